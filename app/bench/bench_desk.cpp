// SPDX-License-Identifier: GPL-3.0-or-later
// The operator desk: the screen pop of a call, duplicates nearby at intake.
#include "benchsupport.h"

#include "ui/desk/callpanel.h"
#include "ui/desk/citizenpage.h"
#include "core/session/desksession.h"
#include "ui/desk/intakeform.h"
#include "ui/desk/matchfield.h"
#include "core/storage/searchindexer.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <vector>

namespace CivicDesk::Bench {

namespace {

// Phone numbers of citizens spread over the registry, as their telephone would deliver them.
QStringList callerNumbers(Database &db, int count)
{
    return samplePhones(db, count, true);
}

} // namespace

// From the call event arriving to the caller's profile painted: the lookup, the call written to the log,
// the 360° profile read, the page filled and painted (charts included), on an offscreen window of
// 1280×800. Each call is ended before the next.
int benchScreenPop(Database &db)
{
    SearchService search(db, tenantRegion(db));
    DeskSession desk(db, search, QStringLiteral("el"), systemClock());
    CallPanel panel(desk);
    panel.resize(1280, 800);
    panel.show();
    QApplication::processEvents();
    const QStringList numbers = callerNumbers(db, 220);
    if (numbers.size() < 30) {
        std::fprintf(stderr,
                     "screenpop needs at least 30 citizens with a phone number; %s has %lld (an imported Open311 history brings requests, "
                     "not citizens: import the registry with import-citizens)\n",
                     qPrintable(db.path()), qint64(numbers.size()));
        return 1;
    }
    std::vector<double> ms;
    double first = 0;
    int profiles = 0;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        QElapsedTimer t;
        t.start();
        panel.incomingCall(numbers[i]);
        panel.repaint();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (i == 0)
            first = elapsed;
        else if (i >= 20) // the first calls warm the caches and the chart fonts
            ms.push_back(elapsed);
        profiles += panel.page() == CallPanel::Page::Citizen ? 1 : 0;
        if (qEnvironmentVariableIsSet("CIVICDESK_BENCH_VERBOSE"))
            std::fprintf(stderr, "%lld %.2f ms %lld requests\n", qint64(i), elapsed, qint64(panel.citizenPage()->profile().requests.size()));
        panel.endCall();
        // What the event loop does between two calls, deferred deletions included.
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    bench("screenpop_first_ms", first);
    bench("screenpop_median_ms", percentile(ms, 0.5));
    bench("screenpop_p95_ms", percentile(ms, 0.95));
    bench("screenpop_max_ms", percentile(ms, 1.0));
    bench("screenpop_calls", double(ms.size()));
    bench("screenpop_profiles_shown", profiles);
    bench("citizens", double(db.countedRows("citizen")));
    return 0;
}

// From the place being set on the intake form to the duplicate suggestions painted, for requests of the
// database's last month: the same type at the same place, the desk's clock one day after the original.
int benchDuplicates(Database &db)
{
    SearchService search(db, tenantRegion(db));
    qint64 now = 0;
    DeskSession desk(db, search, QStringLiteral("el"), [&now] { return now; });
    IntakeForm form(desk);
    form.resize(1280, 800);
    form.show();
    QApplication::processEvents();
    // Requests spread over the last 30 days of the file.
    const qint64 end = newestRequestAt(db);
    std::vector<double> ms, lookupMs;
    double found = 0;
    for (int i = 0; i < 220; ++i) {
        const std::optional<FiledSample> pick = filedSince(db, end - qint64(30 - i * 30.0 / 220.0) * 86400000 - qint64(i) * 60000);
        if (!pick)
            continue;
        const QString typeId = pick->typeId;
        AddressMatch place;
        place.location = pick->at;
        place.label = QStringLiteral("bench");
        now = pick->createdAt + 86400000;
        form.start({}, {}, {}, QStringLiteral("el"));
        Q_EMIT form.typeField()->chosen(typeId, QString());
        QElapsedTimer t;
        t.start();
        form.setAddress(place);
        form.repaint();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (i >= 20) {
            ms.push_back(elapsed);
            lookupMs.push_back(form.lastDuplicateLookupMs());
            found += double(form.duplicates().size());
        }
    }
    if (ms.empty()) {
        std::fprintf(stderr, "no recent requests with a place in %s\n", qPrintable(db.path()));
        return 1;
    }
    bench("duplicates_median_ms", percentile(ms, 0.5));
    bench("duplicates_p95_ms", percentile(ms, 0.95));
    bench("duplicates_lookup_p95_ms", percentile(lookupMs, 0.95));
    bench("duplicates_found_mean", found / double(ms.size()));
    bench("requests", double(db.countedRows("service_request")));
    return 0;
}

} // namespace CivicDesk::Bench
