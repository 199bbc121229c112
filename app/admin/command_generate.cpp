// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/demo/demogenerator.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace CivicDesk::Admin {

int demoOptionsFrom(const QCommandLineParser &p, DemoOptions &o)
{
    o.country = p.value(QStringLiteral("country")).isEmpty() ? QStringLiteral("GR") : p.value(QStringLiteral("country"));
    bool ok1 = true, ok2 = true, ok3 = true;
    if (p.isSet(QStringLiteral("citizens")))
        o.citizens = p.value(QStringLiteral("citizens")).toLongLong(&ok1);
    if (p.isSet(QStringLiteral("requests")))
        o.requests = p.value(QStringLiteral("requests")).toLongLong(&ok2);
    if (p.isSet(QStringLiteral("seed")))
        o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || o.citizens < 1 || o.requests < 0)
        return fail(QCoreApplication::translate("admin", "--citizens, --requests and --seed take whole numbers (citizens at least 1)."));
    if (p.isSet(QStringLiteral("until"))) {
        const QDate d = QDate::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
        if (!d.isValid())
            return fail(QCoreApplication::translate("admin", "--until takes a date such as 2026-11-01."));
        o.until = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else {
        o.until = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    }
    return 0;
}

int commandGenerate(const QCommandLineParser &p, Database &db)
{
    DemoOptions o;
    if (const int code = demoOptionsFrom(p, o); code != 0)
        return code;
    Result<DemoSummary> r = DemoGenerator(db, o).run(progressPrinter());
    if (!r)
        return fail(r.error());
    const double seconds = std::max<qint64>(1, r->milliseconds) / 1000.0;
    out() << QCoreApplication::translate("admin", "%1 citizens, %2 requests, %3 events, %4 other rows in %5 s (%6 rows/s)")
                 .arg(r->citizens)
                 .arg(r->requests)
                 .arg(r->events)
                 .arg(r->otherRows)
                 .arg(seconds, 0, 'f', 1)
                 .arg(qint64(r->totalRows() / seconds))
          << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
