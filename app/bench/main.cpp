// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-bench: measures the figures the issues name and prints one line "BENCH <name> <value>" each.
#include "demo/demogenerator.h"
#include "geo/geometry.h"
#include "geo/mappointsloader.h"
#include "geo/requestmap.h"
#include "map/mapsetup.h"
#include "map/mapwidget.h"
#include "desk/callpanel.h"
#include "desk/citizenpage.h"
#include "desk/deskcontext.h"
#include "desk/intakeform.h"
#include "desk/matchfield.h"
#include "queue/queuepanel.h"
#include "queue/workqueuemodel.h"
#include "reports/dashboard.h"
#include "dashboard/dashboardpanel.h"
#include "reports/report.h"
#include "reports/reportpainter.h"
#include "util/processinfo.h"
#include "storage/organisationrepository.h"
#include "workflow/escalation.h"
#include "workflow/route.h"
#include "search/searchindexer.h"
#include "search/searchservice.h"
#include "search/phonenormalizer.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QApplication>
#include <QImage>
#include <QHeaderView>
#include <QTableView>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace CivicDesk;

namespace {

void bench(const char *name, double value)
{
    std::printf("BENCH %s %.3f\n", name, value);
    std::fflush(stdout);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

int usage()
{
    std::fprintf(stderr, "usage: civicdesk-bench lookup|open|screenpop|duplicates|queue|dashboard|map --db FILE [--png FRAME.png]\n"
                         "       civicdesk-bench generate --db NEWFILE [--citizens N] [--requests M] [--country CC]\n");
    return 2;
}

// What an operator types, one keystroke at a time: every prefix from the third character on is a lookup.
QStringList keystrokes(const QString &text)
{
    QStringList out;
    for (qsizetype i = 3; i <= text.size(); ++i)
        out.append(text.left(i));
    return out;
}

QStringList sampleColumn(Database &db, const char *sql, int count)
{
    QStringList out;
    SqliteStatement total(db.handle(), "SELECT max(rowid) FROM citizen");
    SqliteStatement s(db.handle(), sql);
    const qint64 max = total.step() ? total.int64(0) : 0;
    for (int i = 1; i <= count && max > 0; ++i) {
        s.bind(1, max * i / (count + 1)); // spread over the file, the same rows every run
        if (s.step())
            out.append(s.text(0));
        s.reset();
    }
    return out;
}

// Replays the statements a search ran, on bare SQLite: the cost of the lookups without any project code.
class FloorReplayer
{
public:
    explicit FloorReplayer(sqlite3 *db) : m_db(db) {}
    ~FloorReplayer()
    {
        for (sqlite3_stmt *s : std::as_const(m_statements))
            sqlite3_finalize(s);
    }
    void run(const QList<SearchStatement> &trace)
    {
        for (const SearchStatement &st : trace) {
            sqlite3_stmt *&s = m_statements[st.sql];
            if (!s)
                sqlite3_prepare_v3(m_db, st.sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
            for (int i = 0; i < st.binds.size(); ++i) {
                const QVariant &v = st.binds[i];
                if (v.typeId() == QMetaType::QString) {
                    const QByteArray &u = m_utf8.emplace_back(v.toString().toUtf8());
                    sqlite3_bind_text(s, i + 1, u.constData(), int(u.size()), SQLITE_STATIC);
                } else {
                    sqlite3_bind_int64(s, i + 1, v.toLongLong());
                }
            }
            for (int r = 0; r <= st.rowsRead; ++r) { // the rows the search read, and the step that ended it
                if (sqlite3_step(s) != SQLITE_ROW)
                    break;
            }
            sqlite3_reset(s);
        }
    }
    void prepareBinds(const QList<SearchStatement> &) { m_utf8.clear(); }

private:
    sqlite3 *m_db;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
    std::vector<QByteArray> m_utf8;
};

/// When the newest request of the file was made (now for an empty file): the benchmarks' clock.
qint64 newestRequestAt(Database &db)
{
    SqliteStatement last(db.handle(), "SELECT max(created_at) FROM service_request");
    return last.step() && !last.isNull(0) ? last.int64(0) : QDateTime::currentMSecsSinceEpoch();
}

/// The id of a user in @p role (the last one listed), empty when there is none.
QString userInRole(Database &db, Role role)
{
    QString id;
    for (const User &u : OrganisationRepository(db).users())
        if (u.role == role)
            id = u.id;
    return id;
}

int benchLookup(Database &db)
{
    QStringList queries;
    const QStringList typed{QStringLiteral("Παπαδόπουλος"), QStringLiteral("Γεωργίου"), QStringLiteral("Κωνσταντινίδου"),
                            QStringLiteral("Μαρία Οικονόμου"), QStringLiteral("Χρήστος Παπ"), QStringLiteral("papadopoulos"),
                            QStringLiteral("georgiou"), QStringLiteral("xristos"), QStringLiteral("giannis papad"),
                            QStringLiteral("konstantinidis"), QStringLiteral("oikonomou eleni")};
    for (const QString &t : typed)
        queries += keystrokes(t);
    // Real phone numbers and tracking numbers of this file, typed the way callers read them out.
    const QStringList phones = sampleColumn(db, "SELECT typed FROM citizen_phone p JOIN citizen c ON c.id = p.citizen_id WHERE c.rowid >= ? LIMIT 1", 6);
    for (const QString &p : phones)
        queries += keystrokes(p);
    const QStringList tracking = sampleColumn(db, "SELECT tracking_number FROM service_request WHERE rowid >= ? * 3 LIMIT 1", 6);
    for (const QString &t : tracking)
        queries += keystrokes(t);

    SearchService search(db, tenantRegion(db));
    for (const QString &q : std::as_const(queries)) // warm the page cache and the statement cache
        (void)search.search(q);

    FloorReplayer floor(db.handle());
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
            floor.prepareBinds(trace);
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

// Phone numbers of citizens spread over the registry, as their telephone would deliver them.
QStringList callerNumbers(Database &db, int count)
{
    return sampleColumn(db, "SELECT p.typed FROM citizen c JOIN citizen_phone p ON p.citizen_id = c.id "
                            "WHERE c.rowid >= ? AND p.valid = 1 LIMIT 1", count);
}

// From the call event arriving to the caller's profile painted: the lookup, the call written to the log,
// the 360° profile read, the page filled and painted (charts included), on an offscreen window of
// 1280×800. Each call is ended before the next.
int benchScreenPop(Database &db)
{
    SearchService search(db, tenantRegion(db));
    DeskContext desk(db, search, QStringLiteral("el"));
    CallPanel panel(desk);
    panel.resize(1280, 800);
    panel.show();
    QApplication::processEvents();
    const QStringList numbers = callerNumbers(db, 220);
    if (numbers.size() < 30) {
        std::fprintf(stderr, "not enough citizens with phones in %s\n", qPrintable(db.path()));
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
    DeskContext desk(db, search, QStringLiteral("el"), [&now] { return now; });
    IntakeForm form(desk);
    form.resize(1280, 800);
    form.show();
    QApplication::processEvents();
    // Requests spread over the last 30 days of the file.
    const qint64 end = newestRequestAt(db);
    SqliteStatement pick(db.handle(), "SELECT service_type_id, lat, lon, created_at FROM service_request INDEXED BY service_request_created "
                                      "WHERE created_at >= ? AND lat IS NOT NULL LIMIT 1");
    std::vector<double> ms, lookupMs;
    double found = 0;
    for (int i = 0; i < 220; ++i) {
        pick.bind(1, end - qint64(30 - i * 30.0 / 220.0) * 86400000 - qint64(i) * 60000);
        if (!pick.step()) {
            pick.reset();
            continue;
        }
        const QString typeId = pick.text(0);
        AddressMatch place;
        place.location = QGeoCoordinate(pick.real(1), pick.real(2));
        place.label = QStringLiteral("bench");
        now = pick.int64(3) + 86400000;
        pick.reset();
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

// The work queue of the department with the most pending requests: the first screen (model page, count and
// painted table), a re-sort by deadline, one status change with its event and escalation check, and the
// ordering of 200 stops for a crew.
int benchQueue(Database &db)
{
    SearchService search(db, tenantRegion(db));
    QString department;
    {
        SqliteStatement s(db.handle(), "SELECT department_id, count(*) FROM service_request INDEXED BY service_request_queue_all "
                                       "WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') "
                                       "GROUP BY department_id ORDER BY 2 DESC LIMIT 1");
        if (s.step())
            department = s.text(0);
    }
    User head;
    for (const User &u : OrganisationRepository(db).users())
        if (u.role == Role::DepartmentHead && u.departmentId == department)
            head = u;
    if (department.isEmpty() || head.id.isEmpty()) {
        std::fprintf(stderr, "no department with pending requests and a head in %s\n", qPrintable(db.path()));
        return 1;
    }
    qint64 now = newestRequestAt(db) + 3600000;
    DeskContext desk(db, search, QStringLiteral("el"), [&now] { return now; }, head.id);
    QueueFilter filter;
    filter.departmentId = department;

    std::vector<double> open, sorted;
    qint64 pending = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        WorkQueueModel model(desk);
        model.setFilter(filter);
        QTableView view;
        view.setModel(&model);
        view.resize(1280, 800);
        view.show();
        view.repaint();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        pending = model.totalCount();
        if (i > 0)
            open.push_back(elapsed);
        for (int k = 0; k < 2; ++k) {
            QElapsedTimer s;
            s.start();
            model.setSort(k == 0 ? QueueSort::Deadline : QueueSort::Priority);
            view.repaint();
            if (i > 0)
                sorted.push_back(double(s.nsecsElapsed()) / 1e6);
        }
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    bench("queue_pending", double(pending));
    bench("queue_open_ms", percentile(open, 0.5));
    bench("queue_open_p95_ms", percentile(open, 0.95));
    bench("queue_sort_ms", percentile(sorted, 0.5));
    bench("queue_sort_p95_ms", percentile(sorted, 0.95));

    // Status changes: requests of the department put on hold and back, each its own transaction.
    QStringList ids;
    {
        SqliteStatement s(db.handle(), "SELECT id FROM service_request INDEXED BY service_request_queue WHERE department_id = ? "
                                       "AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened') "
                                       "AND status IN ('accepted','assigned','in_progress') LIMIT 100");
        s.bind(1, department);
        while (s.step())
            ids.append(s.text(0));
    }
    std::vector<double> moves;
    const Actor actor{head.id, head.role, head.departmentId};
    for (const QString &id : std::as_const(ids)) {
        for (RequestStatus to : {RequestStatus::OnHold, RequestStatus::InProgress}) {
            QElapsedTimer t;
            t.start();
            Result<ServiceRequest> r = desk.workflow().transition(id, to, actor, QStringLiteral("benchmark"));
            (void)desk.escalation().runFor(id);
            if (r)
                moves.push_back(double(t.nsecsElapsed()) / 1e6);
            now += 1000;
        }
    }
    bench("transitions", double(moves.size()));
    bench("transition_ms", percentile(moves, 0.5));
    bench("transition_p95_ms", percentile(moves, 0.95));

    // 200 stops of the department's pending requests, from the municipality's centre.
    QList<RouteStop> stops;
    {
        SqliteStatement s(db.handle(), "SELECT id, lat, lon, priority FROM service_request INDEXED BY service_request_queue WHERE department_id = ? "
                                       "AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND lat IS NOT NULL LIMIT 200");
        s.bind(1, department);
        while (s.step())
            stops.append({s.text(0), QGeoCoordinate(s.real(1), s.real(2)), int(s.int64(3))});
    }
    const QGeoCoordinate depot = desk.tenant().centre.isValid() ? desk.tenant().centre : stops.value(0).at;
    std::vector<double> routes;
    double ratio = 0;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer t;
        t.start();
        const RoutePlan plan = RoutePlanner::plan(depot, stops);
        if (i > 0)
            routes.push_back(double(t.nsecsElapsed()) / 1e6);
        ratio = plan.cost / RoutePlanner::nearestNeighbour(depot, stops).cost;
    }
    bench("route_stops", double(stops.size()));
    bench("route_200_ms", percentile(routes, 0.5));
    bench("route_cost_vs_nearest_neighbour", ratio);

    // The escalation ladder catching up on a backlog (1,000 open requests of the department with a step long due,
    // as on the first start after a pause), in the runs the queue panel makes between events: how long each run
    // holds the window.
    if (const Status backlog = db.exec(QStringLiteral("UPDATE service_request SET escalation_level = 0, next_escalation_at = 1 WHERE rowid IN "
                                                      "(SELECT rowid FROM service_request WHERE department_id = '%1' AND status IN "
                                                      "('new','accepted','assigned','in_progress','reopened') LIMIT 1000)").arg(department));
        !backlog) {
        std::fprintf(stderr, "%s\n", qPrintable(backlog.error().message));
        return 1;
    }
    std::vector<double> runs;
    qint64 ladderSteps = 0;
    QElapsedTimer whole;
    whole.start();
    while (desk.escalation().hasDue() && runs.size() < 1000) {
        QElapsedTimer t;
        t.start();
        const Result<int> n = desk.escalation().runOnce(QueuePanel::escalationChunk);
        if (!n || n.value() == 0)
            break;
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        ladderSteps += n.value();
    }
    bench("ladder_steps", double(ladderSteps));
    bench("ladder_run_ms", percentile(runs, 0.5));
    bench("ladder_run_max_ms", runs.empty() ? 0 : *std::max_element(runs.begin(), runs.end()));
    bench("ladder_steps_per_s", ladderSteps / (double(whole.nsecsElapsed()) / 1e9));
    return 0;
}

// Every figure of the dashboard for the last year of the file, whole municipality: what one refresh reads.
int benchDashboard(Database &db)
{
    const qint64 end = newestRequestAt(db);
    DashboardFilter year;
    year.to = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).date();
    year.from = year.to.addYears(-1).addDays(1);
    Dashboard dash(db);
    std::vector<double> ms;
    qint64 received = 0;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer t;
        t.start();
        const DashboardData data = dash.load(year, Granularity::Week);
        if (i > 0)
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        received = data.totals.received;
    }
    // The same with the charts drawn: the dashboard window of a supervisor, offscreen at 1280×800.
    std::vector<double> drawn;
    {
        SearchService search(db, tenantRegion(db));
        DeskContext desk(db, search, QStringLiteral("el"), [end] { return end; }, userInRole(db, Role::Supervisor));
        DashboardPanel panel(desk);
        panel.resize(1280, 800);
        panel.show();
        panel.setPeriod(year.from, year.to);
        for (int i = 0; i < 11; ++i) {
            QElapsedTimer t;
            t.start();
            panel.refresh();
            panel.repaint();
            if (i > 0)
                drawn.push_back(double(t.nsecsElapsed()) / 1e6);
            QApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }
    // A 10,000-row request list of the last weeks, grouped by department, to PDF.
    double reportMs = 0, reportRows = 0;
    {
        QTemporaryDir dir;
        ReportParameters params;
        params.kind = ReportKind::RequestList;
        params.to = year.to;
        params.from = year.to.addDays(-30);
        params.groupBy = QStringLiteral("department");
        params.limit = 10000;
        QElapsedTimer t;
        t.start();
        Result<ReportTable> table = ReportBuilder(db, QStringLiteral("el"), end).build(params);
        if (table && ReportPainter::writePdf(dir.filePath(QStringLiteral("report.pdf")), table.value(), {QStringLiteral("bench"), {}, {}, {}}))
            reportRows = double(table->rowCount);
        reportMs = double(t.nsecsElapsed()) / 1e6;
    }
    bench("report_10k_rows", reportRows);
    bench("report_10k_pdf_ms", reportMs);
    bench("report_10k_rss_mb", residentMemoryBytes() / 1048576.0);
    SqliteStatement rows(db.handle(), "SELECT count(*) FROM request_stats");
    bench("dashboard_refresh_ms", percentile(drawn, 0.5));
    bench("dashboard_refresh_p95_ms", percentile(drawn, 0.95));
    bench("dashboard_requests_in_period", double(received));
    bench("dashboard_summary_rows", rows.step() ? double(rows.int64(0)) : 0);
    bench("dashboard_figures_ms", percentile(ms, 0.5));
    bench("dashboard_figures_p95_ms", percentile(ms, 0.95));
    return 0;
}

/// The map: reading the pending requests into the spatial index, the clusters of a city-wide view, one frame
/// with every pending request in view, and a year's heat map.
int benchMap(Database &db, const QStringList &args)
{
    const QString png = args.indexOf(QStringLiteral("--png")) >= 0 ? args.value(args.indexOf(QStringLiteral("--png")) + 1) : QString();
    const qint64 end = newestRequestAt(db);
    SearchService search(db, tenantRegion(db));
    DeskContext desk(db, search, QStringLiteral("el"), [end] { return end; }, userInRole(db, Role::Supervisor));
    RequestMap &map = desk.requestMap();
    std::vector<double> load;
    MapPoints points;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        points = map.loadPoints();
        load.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    auto shared = std::make_shared<const MapPoints>(std::move(points));

    MapWidget widget;
    widget.resize(1280, 800);
    setUpMap(widget, desk);
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.show();
    QApplication::processEvents();
    QList<QGeoPolygon> all;
    for (const District &d : desk.intake().gazetteer().districts())
        all.append(d.polygons);
    widget.fitTo(Geo::boundingBox(all));
    widget.setPoints(shared);

    // The city-wide view's clusters, as the widget asks for them.
    const QRectF area = widget.worldArea(24);
    const double cell = widget.clusterCellUnits();
    std::vector<double> viewport, filtered;
    qint64 inView = 0, clusters = 0;
    Geo::PointFilter group;
    group.types = shared->typesOfGroup(shared->typeGroupIds.value(1));
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        const std::vector<Geo::PointCluster> k = shared->index.cluster(area, cell, {});
        viewport.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        (void)shared->index.cluster(area, cell, group);
        filtered.push_back(double(t.nsecsElapsed()) / 1e6);
        inView = 0;
        for (const Geo::PointCluster &x : k)
            inView += x.count;
        clusters = qint64(k.size());
    }

    // Frames while panning (the view moves a few pixels, every marker and cluster laid out again), and frames
    // after a zoom step, where the base map is drawn again too.
    QImage frame(1280, 800, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frames, zoomFrames;
    const QGeoCoordinate home = widget.centre();
    const double homeZoom = widget.zoom();
    for (int i = 0; i < 21; ++i) {
        widget.setView(widget.toCoordinate(QPointF(640 + (i % 4 < 2 ? 7 : -7), 400)), homeZoom);
        QElapsedTimer t;
        t.start();
        widget.render(&frame);
        frames.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 11; ++i) {
        widget.setView(home, homeZoom + (i % 2 ? 0.25 : 0));
        QElapsedTimer t;
        t.start();
        widget.render(&frame);
        zoomFrames.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    widget.setView(home, homeZoom);
    const MapWidget::FrameStats stats = widget.lastFrame();

    // A year's heat map of every group: the figures, then drawn.
    std::vector<double> heat, heatQuery;
    HeatMap h;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        h = map.heat(end - 365 * 86400000ll, end + 1, QString());
        heatQuery.push_back(double(t.nsecsElapsed()) / 1e6);
        widget.setHeat(h);
        widget.setLayerVisible(MapWidget::Layer::Heat, true);
        widget.render(&frame);
        heat.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double rss = residentMemoryBytes() / 1048576.0;
    // And the same straight from the requests, for comparison.
    QElapsedTimer scan;
    scan.start();
    const HeatMap byScan = map.heatByScan(end - 365 * 86400000ll, end + 1, QString());
    const double scanMs = double(scan.nsecsElapsed()) / 1e6;
    if (!png.isEmpty())
        frame.save(png);

    // A change of the file while the map is open: the window asks for the points (and gets the ones it has while
    // they are read again in the background), then draws the new ones when they come. The longest the window
    // is held either time, and how long until the change is on the map.
    std::vector<double> changeHeld, changeFresh;
    (void)desk.mapPoints();
    for (int i = 0; i < 5; ++i) {
        if (!db.setLocalSetting(QStringLiteral("bench.map-change"), QString::number(i)).ok())
            break;
        QElapsedTimer fresh;
        fresh.start();
        std::shared_ptr<const MapPoints> arrived;
        const QMetaObject::Connection c = QObject::connect(&desk.mapPointsLoader(), &MapPointsLoader::loaded, &widget,
                                                           [&arrived](std::shared_ptr<const MapPoints> p) { arrived = std::move(p); });
        QElapsedTimer t;
        t.start();
        const std::shared_ptr<const MapPoints> current = desk.mapPoints();
        const double asked = double(t.nsecsElapsed()) / 1e6;
        QDeadlineTimer deadline(20000);
        while (!arrived && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QObject::disconnect(c);
        if (!arrived || arrived == current)
            break;
        t.restart();
        widget.setPoints(arrived);
        widget.render(&frame);
        changeHeld.push_back(std::max(asked, double(t.nsecsElapsed()) / 1e6));
        changeFresh.push_back(double(fresh.nsecsElapsed()) / 1e6);
    }
    bench("map_points", double(shared->index.size()));
    bench("map_load_ms", percentile(load, 0.5));
    bench("map_viewport_requests", double(inView));
    bench("map_viewport_clusters", double(clusters));
    bench("map_viewport_ms", percentile(viewport, 0.5));
    bench("map_viewport_p95_ms", percentile(viewport, 0.95));
    bench("map_viewport_group_ms", percentile(filtered, 0.5));
    bench("map_frame_requests", double(stats.requests));
    bench("map_frame_ms", percentile(frames, 0.5));
    bench("map_frame_p95_ms", percentile(frames, 0.95));
    bench("map_frame_zoom_ms", percentile(zoomFrames, 0.5));
    bench("heatmap_requests", double(h.total));
    bench("heatmap_ms", percentile(heat, 0.5));
    bench("heatmap_query_ms", percentile(heatQuery, 0.5));
    bench("heatmap_scan_ms", scanMs);
    bench("heatmap_scan_equal", byScan.total == h.total ? 1 : 0);
    bench("map_rss_mb", rss);
    bench("map_change_held_ms", percentile(changeHeld, 0.5));
    bench("map_change_shown_ms", percentile(changeFresh, 0.5));
    return 0;
}

} // namespace

// The offscreen platform warns at every window resize that it cannot pass size hints on: noise here.
QtMessageHandler previousHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

int main(int argc, char *argv[])
{
    const bool widgets = argc > 1 && (qstrcmp(argv[1], "screenpop") == 0 || qstrcmp(argv[1], "duplicates") == 0 || qstrcmp(argv[1], "queue") == 0 ||
                         qstrcmp(argv[1], "dashboard") == 0 || qstrcmp(argv[1], "map") == 0);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (widgets)
        previousHandler = qInstallMessageHandler(quietOffscreen);
    std::unique_ptr<QCoreApplication> application = widgets ? std::make_unique<QApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3 || args[1] != QLatin1String("--db"))
        return usage();
    const QString scenario = args[0];
    const QString path = args[2];
    if (scenario == QLatin1String("generate"))
        return benchGenerate(path, args.mid(3));
    if (scenario == QLatin1String("open"))
        return benchOpen(path);

    if (widgets) {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        if (scenario == QLatin1String("queue"))
            return benchQueue(*db.value());
        if (scenario == QLatin1String("dashboard"))
            return benchDashboard(*db.value());
        if (scenario == QLatin1String("map"))
            return benchMap(*db.value(), args.mid(3));
        return scenario == QLatin1String("screenpop") ? benchScreenPop(*db.value()) : benchDuplicates(*db.value());
    }
    if (scenario != QLatin1String("lookup"))
        return usage();
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    return benchLookup(*db.value());
}
