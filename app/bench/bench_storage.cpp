// SPDX-License-Identifier: GPL-3.0-or-later
// Search lookups as an operator types, opening and closing a database, generating a municipality.
#include "benchsupport.h"

#include "core/demo/demogenerator.h"
#include "core/storage/searchindexer.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "core/workflow/escalation.h"
#include "core/text/textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace CivicDesk::Bench {

namespace {

// What an operator types, one keystroke at a time: every prefix from the third character on is a lookup.
QStringList keystrokes(const QString &text)
{
    QStringList out;
    for (qsizetype i = 3; i <= text.size(); ++i)
        out.append(text.left(i));
    return out;
}

} // namespace

int benchLookup(Database &db, const QStringList &args)
{
    // The as-you-type mix: by default what this file holds (persons' names as written and as typed without
    // accents or in Greeklish, phones, tracking numbers, external case numbers with and without their prefix,
    // addresses); --mix fixed keeps the first mix (Greek names typed in a list) for comparison.
    const bool fixed = args.contains(QStringLiteral("fixed"));
    QStringList queries;
    QHash<QString, int> kinds;
    auto add = [&](const char *kind, const QString &text) {
        if (text.size() < 3)
            return;
        queries += keystrokes(text);
        ++kinds[QString::fromLatin1(kind)];
    };
    if (fixed) {
        for (const QString &t : {QStringLiteral("Παπαδόπουλος"), QStringLiteral("Γεωργίου"), QStringLiteral("Κωνσταντινίδου"),
                                 QStringLiteral("Μαρία Οικονόμου"), QStringLiteral("Χρήστος Παπ"), QStringLiteral("papadopoulos"),
                                 QStringLiteral("georgiou"), QStringLiteral("xristos"), QStringLiteral("giannis papad"),
                                 QStringLiteral("konstantinidis"), QStringLiteral("oikonomou eleni")})
            add("name", t);
    } else {
        const QStringList names = sampleNames(db, 6);
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString &n = names[i];
            // As written; the family name alone; without accents and capitals; in Greeklish when Greek.
            add("name", i % 2 ? n : n.section(u' ', -1));
            const QString plain = TextFold::fold(n);
            add("name", TextFold::hasGreek(plain) ? TextFold::latinize(plain) : plain);
        }
        for (const QString &e : sampleExternalIds(db, 6)) {
            add("external id", e);
            if (e.contains(u'-'))
                add("external id", e.section(u'-', 1));
        }
        for (const QString &a : sampleAddresses(db, 6)) {
            add("address", a);
            add("address", a.toLower());
        }
    }
    // Real phone numbers and tracking numbers of this file, typed the way callers read them out.
    for (const QString &p : samplePhones(db, 6, false))
        add("phone", p);
    for (const QString &t : sampleTrackingNumbers(db, 6))
        add("tracking number", t);
    if (queries.isEmpty()) {
        std::fprintf(stderr, "%s holds no citizen and no request to type\n", qPrintable(db.path()));
        return 1;
    }
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        std::fprintf(stderr, "lookup mix: %s × %d\n", qPrintable(it.key()), it.value());

    SearchService search(db, tenantRegion(db));
    for (const QString &q : std::as_const(queries)) // warm the page cache and the statement cache
        (void)search.search(q);

    FloorReplayer floor(db);
    std::vector<double> ours, bare;
    QElapsedTimer t;
    for (int round = 0; round < 3; ++round) {
        for (const QString &q : std::as_const(queries)) {
            search.setTracing(true);
            t.start();
            const QList<SearchHit> hits = search.search(q);
            ours.push_back(t.nsecsElapsed() / 1e6);
            const QList<SearchStatement> trace = search.takeTrace();
            search.setTracing(false);
            floor.prepareBinds();
            t.start();
            floor.run(trace);
            bare.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    if (qEnvironmentVariableIsSet("CIVICDESK_BENCH_VERBOSE")) {
        std::vector<std::pair<double, QString>> slow;
        for (size_t i = 0; i < ours.size(); ++i)
            slow.emplace_back(ours[i], queries[qsizetype(i % size_t(queries.size()))]);
        std::sort(slow.rbegin(), slow.rend());
        for (size_t i = 0; i < 15 && i < slow.size(); ++i)
            std::fprintf(stderr, "%8.3f ms  %s\n", slow[i].first, qPrintable(slow[i].second));
    }
    bench("lookup_queries", double(ours.size()));
    bench("lookup_p50_ms", percentile(ours, 0.5));
    bench("lookup_p95_ms", percentile(ours, 0.95));
    bench("lookup_max_ms", percentile(ours, 1.0));
    bench("lookup_floor_p50_ms", percentile(bare, 0.5));
    bench("lookup_floor_p95_ms", percentile(bare, 0.95));
    bench("lookup_ratio", percentile(ours, 0.95) / std::max(1e-6, percentile(bare, 0.95)));
    return 0;
}

int benchOpen(const QString &path)
{
    std::vector<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    bench("open_ms", percentile(times, 0.5));
    // Closing after what a desk does every minute (a run of the escalation ladder): the statistics the query
    // planner is left with are refreshed on the way out.
    std::vector<double> closing;
    for (int i = 0; i < 3; ++i) {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db || !EscalationScheduler(*db.value()).runOnce())
            return 1;
        QElapsedTimer t;
        t.start();
        db.value().reset();
        closing.push_back(t.nsecsElapsed() / 1e6);
    }
    bench("close_ms", percentile(closing, 0.5));

    // The desktop client, offscreen, on its own settings so the user's are left alone.
    const QString client = QCoreApplication::applicationDirPath() + QStringLiteral("/civicdesk");
    if (!QFileInfo::exists(client)) {
        std::fprintf(stderr, "client_rss_mb not measured: %s is missing\n", qPrintable(client));
        return 0;
    }
    QTemporaryDir home;
    std::vector<double> rss;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        p.setProcessEnvironment(env);
        p.start(client, {QStringLiteral("--db"), path, QStringLiteral("--print-rss-and-quit")});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::fprintf(stderr, "the client failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (line.startsWith("client_rss_mb "))
                rss.push_back(line.mid(14).toDouble());
        }
    }
    bench("client_rss_mb", percentile(rss, 0.5));
    return 0;
}

int benchGenerate(const QString &path, const QStringList &args)
{
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s exists; generate wants a new file\n", qPrintable(path));
        return 1;
    }
    DemoOptions o;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--citizens"))
            o.citizens = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--requests"))
            o.requests = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--country"))
            o.country = args[i + 1];
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    Result<DemoSummary> r = DemoGenerator(*db.value(), o).run();
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    bench("generate_rows", double(r->totalRows()));
    bench("generate_s", r->milliseconds / 1000.0);
    bench("generate_rows_per_s", r->totalRows() / std::max(0.001, r->milliseconds / 1000.0));
    return 0;
}

} // namespace CivicDesk::Bench
