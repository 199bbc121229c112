// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's figures: summary tables kept by triggers, checked against hand-computed answers and
// against a rebuild from scratch after random work.
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/reports/dashboard.h"
#include "core/reports/report.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqlitestatement.h"
#include "core/workflow/engine.h"
#include "core/text/datetext.h"
#include "core/text/localdays.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <random>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

constexpr qint64 hour = 3600000;

/// An instant in the fixture's municipality (Athens): its days are the ones counted.
qint64 at(int month, int day, int h = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(h, 0), QTimeZone("Europe/Athens")).toMSecsSinceEpoch();
}

/// Two departments, two types in two groups, two districts.
struct Fixture
{
    TempDatabase t;
    int n = 0;

    Fixture()
    {
        Database &db = *t.db;
        REQUIRE(db.transaction([&]() -> Status {
            OrganisationRepository org(db);
            for (const char *code : {"roads", "parks"}) {
                Department d;
                d.id = QString::fromLatin1(code);
                d.tenantId = QStringLiteral("tenant");
                d.code = d.id;
                d.name.set(QStringLiteral("en"), d.id);
                d.stamp = {1, QStringLiteral("test")};
                if (Status s = org.saveDepartment(d); !s)
                    return s;
            }
            CatalogueRepository cat(db);
            for (const char *code : {"g-roads", "g-green"}) {
                ServiceGroup g;
                g.id = QString::fromLatin1(code);
                g.tenantId = QStringLiteral("tenant");
                g.code = g.id;
                g.name.set(QStringLiteral("en"), g.id);
                if (Status s = cat.saveGroup(g); !s)
                    return s;
            }
            for (const auto &[id, group, dept] : {std::tuple{"pothole", "g-roads", "roads"}, std::tuple{"tree", "g-green", "parks"}}) {
                ServiceType type;
                type.id = QString::fromLatin1(id);
                type.tenantId = QStringLiteral("tenant");
                type.code = type.id;
                type.groupId = QString::fromLatin1(group);
                type.departmentId = QString::fromLatin1(dept);
                type.name.set(QStringLiteral("en"), type.id);
                if (Status s = cat.saveType(type); !s)
                    return s;
            }
            return {};
        }).ok());
    }
    Database &db() { return *t.db; }

    QString add(const char *type, const char *dept, qint64 created, qint64 closed = 0, qint64 due = 0, int satisfaction = 0,
                std::optional<AccuracyRating> accuracy = {}, Channel channel = Channel::Phone)
    {
        ServiceRequest r;
        r.id = QStringLiteral("r%1").arg(++n);
        r.tenantId = QStringLiteral("tenant");
        r.trackingNumber = QStringLiteral("26-T1-%1").arg(n, 5, 10, QLatin1Char('0'));
        r.serviceTypeId = QString::fromLatin1(type);
        r.departmentId = QString::fromLatin1(dept);
        r.channel = channel;
        r.status = closed ? RequestStatus::Closed : RequestStatus::New;
        r.createdAt = created;
        r.closedAt = closed;
        r.dueAt = due ? due : created + 72 * hour;
        r.satisfaction = satisfaction;
        r.accuracy = accuracy;
        r.stamp = {created, QStringLiteral("test")};
        REQUIRE(db().transaction([&] { return RequestRepository(db()).insert(r); }).ok());
        return r.id;
    }
    void exec(const QString &sql)
    {
        REQUIRE(db().exec(sql).ok());
    }
};

DashboardFilter period(QDate from, QDate to)
{
    DashboardFilter f;
    f.from = from;
    f.to = to;
    return f;
}

/// Every figure of both summary tables, zero rows left out, in a stable order.
QStringList snapshot(Database &db)
{
    QStringList rows;
    SqliteStatement s(SqliteAccess::handle(db), "SELECT * FROM request_stats ORDER BY 1, 2, 3, 4, 5");
    while (s.step()) {
        QStringList v;
        bool zero = true;
        for (int c = 0; c < 23; ++c) { // 4 keys, 7 channels, recurrences, closed, on time, 5 ratings, 4 accuracies
            v.append(s.text(c));
            if (c >= 4 && s.int64(c) != 0)
                zero = false;
        }
        if (!zero)
            rows.append(v.join(u'|'));
    }
    SqliteStatement r(SqliteAccess::handle(db), "SELECT * FROM request_resolution WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5");
    while (r.step()) {
        QStringList v;
        for (int c = 0; c < 6; ++c)
            v.append(r.text(c));
        rows.append(QStringLiteral("resolution|") + v.join(u'|'));
    }
    SqliteStatement m(SqliteAccess::handle(db), "SELECT * FROM request_stats_month ORDER BY 1, 2, 3, 4");
    while (m.step()) {
        QStringList v;
        bool zero = true;
        for (int c = 0; c < 23; ++c) {
            v.append(m.text(c));
            if (c >= 4 && m.int64(c) != 0)
                zero = false;
        }
        if (!zero)
            rows.append(QStringLiteral("month|") + v.join(u'|'));
    }
    SqliteStatement mr(SqliteAccess::handle(db), "SELECT * FROM request_resolution_month WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5");
    while (mr.step()) {
        QStringList v;
        for (int c = 0; c < 6; ++c)
            v.append(mr.text(c));
        rows.append(QStringLiteral("month resolution|") + v.join(u'|'));
    }
    SqliteStatement b(SqliteAccess::handle(db), "SELECT * FROM request_backlog WHERE n <> 0 ORDER BY 1, 2, 3, 4");
    while (b.step()) {
        QStringList v;
        for (int c = 0; c < 5; ++c)
            v.append(b.text(c));
        rows.append(QStringLiteral("backlog|") + v.join(u'|'));
    }
    return rows;
}

} // namespace

TEST_CASE("resolution percentiles are read off the histogram", "[dashboard]")
{
    std::array<qint64, ResolutionBuckets::count> h{};
    CHECK_FALSE(Dashboard::resolutionPercentileHours(h, 0.5));
    h[5] = 10; // ten requests closed after 12 to 24 hours
    CHECK(*Dashboard::resolutionPercentileHours(h, 0.5) == Approx(18));
    CHECK(*Dashboard::resolutionPercentileHours(h, 0.9) == Approx(22.8));
    h[0] = 10; // and ten within the hour
    CHECK(*Dashboard::resolutionPercentileHours(h, 0.5) == Approx(1));
    CHECK(*Dashboard::resolutionPercentileHours(h, 0.9) == Approx(12 + 12 * 0.8));
    // The buckets reach five years; beyond, a percentile reads as at least five years.
    h = {};
    h[ResolutionBuckets::count - 1] = 3;
    CHECK(*Dashboard::resolutionPercentileHours(h, 0.5) == Approx(43800));
    CHECK(ResolutionBuckets::of(200LL * 24 * 3600000) == 18); // ≤ 270 days
    CHECK(ResolutionBuckets::of(3600000) == 0);
    CHECK(ResolutionBuckets::of(6LL * 365 * 24 * 3600000) == int(ResolutionBuckets::count) - 1);
}

TEST_CASE("the dashboard's figures match hand-computed ones", "[dashboard]")
{
    Fixture fx;
    // March 2026: five potholes and two trees, on the period's edges too.
    fx.add("pothole", "roads", at(3, 1, 0), at(3, 1, 0) + 30 * 60000, 0, 5, AccuracyRating::Accurate);            // closed in 30 min, on time
    fx.add("pothole", "roads", at(3, 10), at(3, 12), at(3, 11), 2, AccuracyRating::PartlyAccurate, Channel::Web);  // 48 h, late
    fx.add("pothole", "roads", at(3, 31, 23));                                                                       // last day, open
    fx.add("pothole", "roads", at(2, 26), at(3, 2), 0, 4);                                                           // filed in Feb, closed in Mar (96 h, late)
    fx.add("pothole", "roads", at(4, 1, 0));                                                                         // the day after
    fx.add("tree", "parks", at(3, 5), at(3, 5) + 5 * hour, 0, 0, AccuracyRating::FalseReport, Channel::Email);       // 5 h, on time
    fx.add("tree", "parks", at(3, 20), 0, 0, 0, {}, Channel::Email);

    Dashboard dash(fx.db());
    const DashboardFilter march = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    const Performance t = dash.totals(march);
    CHECK(t.received == 5);   // 3 potholes + 2 trees filed in March
    CHECK(t.closed == 4);     // closed in March: 30 min, 48 h, 96 h (filed in Feb), 5 h
    CHECK(t.closedOnTime == 2);
    CHECK(t.onTimeShare() == Approx(0.5));
    CHECK(t.satisfaction == std::array<qint64, 5>{0, 1, 0, 1, 1});
    CHECK(*t.meanSatisfaction() == Approx((5 + 2 + 4) / 3.0));
    CHECK(t.accuracy == std::array<qint64, 4>{1, 1, 0, 1});
    CHECK(t.resolution[0] == 1);  // ≤ 1 h
    CHECK(t.resolution[3] == 1);  // 5 h: ≤ 8 h
    CHECK(t.resolution[6] == 1);  // 48 h: ≤ 2 d
    CHECK(t.resolution[8] == 1);  // 96 h: ≤ 5 d
    CHECK(*Dashboard::resolutionPercentileHours(t.resolution, 0.5) == Approx(8)); // the second of four: top of "≤ 8 h"

    // Per department and per group.
    const QList<Performance> depts = dash.breakdown(march, QStringLiteral("department"));
    REQUIRE(depts.size() == 2);
    CHECK(depts[0].key == QStringLiteral("parks"));
    CHECK(depts[0].received == 2);
    CHECK(depts[0].closed == 1);
    CHECK(depts[1].key == QStringLiteral("roads"));
    CHECK(depts[1].received == 3);
    CHECK(depts[1].closedOnTime == 1);
    const QList<Performance> groups = dash.breakdown(march, QStringLiteral("group"));
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].key == QStringLiteral("g-green"));
    // Filters.
    DashboardFilter roads = march;
    roads.departmentId = QStringLiteral("roads");
    CHECK(dash.totals(roads).received == 3);
    DashboardFilter green = march;
    green.groupId = QStringLiteral("g-green");
    CHECK(dash.totals(green).received == 2);
    // Over time: every day of March, channels apart; weeks and months add up to the same.
    const QList<ReceivedBucket> days = dash.receivedOverTime(march, Granularity::Day);
    REQUIRE(days.size() == 31);
    CHECK(days[0].byChannel.value(QStringLiteral("phone")) == 1);
    CHECK(days[9].byChannel.value(QStringLiteral("web")) == 1);
    CHECK(days[30].total() == 1);
    for (Granularity g : {Granularity::Week, Granularity::Month}) {
        qint64 sum = 0;
        for (const ReceivedBucket &b : dash.receivedOverTime(march, g))
            sum += b.total();
        CHECK(sum == 5);
    }
    // Open now: the pothole of 31 March, the one of 1 April and the tree of 20 March.
    const QMap<RequestStatus, qint64> open = dash.backlog(march);
    CHECK(open.value(RequestStatus::New) == 3);
    CHECK(open.size() == 1);
    const auto topTypes = dash.top(march, QStringLiteral("type"));
    REQUIRE(topTypes.size() == 2);
    CHECK(topTypes[0] == std::pair<QString, qint64>{QStringLiteral("pothole"), 3});

    // A period across months reads whole months and edge days: the same as its parts added up.
    const Performance across = dash.totals(period(QDate(2026, 2, 20), QDate(2026, 4, 5)));
    const Performance feb = dash.totals(period(QDate(2026, 2, 20), QDate(2026, 2, 28)));
    const Performance apr = dash.totals(period(QDate(2026, 4, 1), QDate(2026, 4, 5)));
    CHECK(across.received == feb.received + t.received + apr.received);
    CHECK(across.received == 7);
    CHECK(across.closed == feb.closed + t.closed + apr.closed);
    CHECK(across.resolution[8] == 1);
    qint64 weeks = 0;
    for (const ReceivedBucket &b : dash.receivedOverTime(period(QDate(2026, 2, 20), QDate(2026, 4, 5)), Granularity::Week))
        weeks += b.total();
    CHECK(weeks == 7);
    // One day; an empty period; a reversed period reads nothing.
    CHECK(dash.totals(period(QDate(2026, 3, 31), QDate(2026, 3, 31))).received == 1);
    const Performance none = dash.totals(period(QDate(2025, 1, 1), QDate(2025, 1, 31)));
    CHECK(none.received == 0);
    CHECK(none.closed == 0);
    CHECK_FALSE(none.meanSatisfaction());
    CHECK_FALSE(Dashboard::resolutionPercentileHours(none.resolution, 0.5));
    CHECK(dash.totals(period(QDate(2026, 3, 31), QDate(2026, 3, 1))).received == 0);
}

TEST_CASE("the figures follow every change of a request", "[dashboard]")
{
    Fixture fx;
    const QString id = fx.add("pothole", "roads", at(3, 10));
    Dashboard dash(fx.db());
    const DashboardFilter march = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(dash.totals(march).closed == 0);
    // Closed on the 11th, rated, rerouted: each figure moves, none is counted twice.
    fx.exec(QStringLiteral("UPDATE service_request SET closed_at = %1, status = 'closed' WHERE id = '%2'").arg(at(3, 11)).arg(id));
    CHECK(dash.totals(march).closed == 1);
    CHECK(dash.totals(march).closedOnTime == 1);
    fx.exec(QStringLiteral("UPDATE service_request SET satisfaction = 3 WHERE id = '%1'").arg(id));
    fx.exec(QStringLiteral("UPDATE service_request SET satisfaction = 5 WHERE id = '%1'").arg(id));
    CHECK(dash.totals(march).satisfaction == std::array<qint64, 5>{0, 0, 0, 0, 1});
    fx.exec(QStringLiteral("UPDATE service_request SET department_id = 'parks' WHERE id = '%1'").arg(id));
    DashboardFilter roads = march;
    roads.departmentId = QStringLiteral("roads");
    CHECK(dash.totals(roads).received == 0);
    CHECK(dash.totals(march).received == 1);
    // Reopened: no longer closed.
    fx.exec(QStringLiteral("UPDATE service_request SET closed_at = NULL, status = 'reopened' WHERE id = '%1'").arg(id));
    CHECK(dash.totals(march).closed == 0);
    CHECK(dash.totals(march).resolution == std::array<qint64, ResolutionBuckets::count>{});
    fx.exec(QStringLiteral("DELETE FROM service_request WHERE id = '%1'").arg(id));
    CHECK(dash.totals(march).received == 0);
}

TEST_CASE("after random work the kept figures equal a rebuild from scratch", "[dashboard][property]")
{
    Demo d;
    WorkflowEngine engine(d.db(), d.clock);
    const QList<User> users = OrganisationRepository(d.db()).users();
    std::mt19937 random(6);
    QStringList ids;
    SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT id FROM service_request ORDER BY id LIMIT 120");
    while (s.step())
        ids.append(s.text(0));
    for (int i = 0; i < 800; ++i) {
        const QString id = ids[int(random() % ids.size())];
        const User &u = users[int(random() % users.size())];
        d.now += qint64(random() % (6 * hour));
        const RequestStatus before = RequestRepository(d.db()).get(id)->status;
        const QList<RequestStatus> moves = Workflow::standard().next(before, u.role);
        if (!moves.isEmpty())
            (void)engine.transition(id, moves[int(random() % moves.size())], {u.id, u.role, u.departmentId}, QStringLiteral("x"),
                                    random() % 3 ? std::nullopt : std::optional(AccuracyRating(random() % 4)));
        if (random() % 5 == 0)
            (void)engine.rateSatisfaction(id, 1 + int(random() % 5), {}, {u.id, u.role, u.departmentId});
    }
    const QStringList kept = snapshot(d.db());
    QFile rebuild(QStringLiteral(":/civicdesk/sql/stats_rebuild.sql"));
    REQUIRE(rebuild.open(QIODevice::ReadOnly));
    REQUIRE(d.db().exec(QString::fromUtf8(rebuild.readAll())).ok());
    const QStringList fresh = snapshot(d.db());
    CHECK(kept.size() == fresh.size());
    CHECK(kept == fresh);
}

TEST_CASE("deadline compliance counts the requests open past their deadline as missed", "[dashboard]")
{
    Demo d;
    Dashboard dash(d.db());
    DashboardFilter year{QDate(2025, 11, 2), QDate(2026, 11, 1), {}, {}, {}};
    // Brute force: every open request (not on hold) whose deadline passed, however many there are.
    auto late = [&](const QString &department) {
        QByteArray sql = "SELECT count(*) FROM service_request WHERE status IN ('new','accepted','assigned','in_progress','reopened') "
                         "AND due_at IS NOT NULL AND due_at < ?";
        if (!department.isEmpty())
            sql += " AND department_id = ?";
        SqliteStatement s(SqliteAccess::handle(d.db()), sql.constData());
        s.bind(1, d.now);
        if (!department.isEmpty())
            s.bind(2, department);
        return s.step() ? s.int64(0) : -1;
    };
    const DashboardData all = dash.load(year, Granularity::Month, d.now);
    REQUIRE(all.openOverdue == late({}));
    REQUIRE(all.openOverdue > 0); // the demo has late open requests
    REQUIRE(all.deadlineCompliance().has_value());
    CHECK(*all.deadlineCompliance() < all.totals.onTimeShare());
    CHECK(*all.deadlineCompliance() == Approx(double(all.totals.closedOnTime) / double(all.totals.closed + all.openOverdue)));
    // Per department, through the same filter as the rest of the figures.
    const QString roads = d.user(Role::DepartmentHead, QStringLiteral("roads")).departmentId;
    DashboardFilter oneDepartment = year;
    oneDepartment.departmentId = roads;
    CHECK(dash.load(oneDepartment, Granularity::Month, d.now).openOverdue == late(roads));
    // Without a time, nothing is judged late.
    CHECK(dash.load(year).openOverdue == 0);
    // The count reads the partial index, not the table.
    SqliteStatement plan(SqliteAccess::handle(d.db()), "EXPLAIN QUERY PLAN SELECT count(*) FROM service_request r INDEXED BY service_request_open_due "
                                                       "WHERE r.status IN ('new', 'accepted', 'assigned', 'in_progress', 'reopened') AND r.due_at IS NOT NULL AND r.due_at < 1");
    QString how;
    while (plan.step())
        how += plan.text(3);
    CHECK(how.contains(QStringLiteral("service_request_open_due")));
}

TEST_CASE("reports: lists grouped with subtotals, figures per department, CSV read back", "[report]")
{
    Fixture fx;
    fx.add("pothole", "roads", at(3, 1), at(3, 2));
    fx.add("pothole", "roads", at(3, 3));
    fx.add("tree", "parks", at(3, 4), at(3, 4) + 2 * hour, 0, 5);
    fx.add("tree", "parks", at(4, 2)); // outside March
    ReportBuilder builder(fx.db(), QStringLiteral("en"), at(5, 1));
    ReportParameters p;
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    p.groupBy = QStringLiteral("department");
    Result<ReportTable> list = builder.build(p);
    REQUIRE(list.ok());
    CHECK(list->rowCount == 3);
    CHECK(list->matching == 3);
    REQUIRE(list->groups.size() == 2);
    CHECK(list->groups[0].name == QStringLiteral("parks"));
    CHECK(list->groups[0].rows.size() == 1);
    CHECK(list->groups[1].rows.size() == 2);
    CHECK(list->groups[1].subtotal.value(0).contains(QStringLiteral("2")));
    CHECK(list->total.value(0).contains(QStringLiteral("3")));
    CHECK(list->parameters.value(0).startsWith(QStringLiteral("Period")));

    // CSV: one line per request with its group, subtotals, the total; fields with commas quoted.
    const QByteArray csv = reportToCsv(list.value());
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 3 + 2 + 1);
    int requests = 0;
    for (const QString &l : lines)
        requests += l.contains(QStringLiteral("26-T1-")) ? 1 : 0;
    CHECK(requests == 3);
    CHECK(lines.back().startsWith(QStringLiteral("Total,")));

    // A limit: the first rows, and the report says so.
    p.limit = 2;
    Result<ReportTable> cut = builder.build(p);
    REQUIRE(cut.ok());
    CHECK(cut->rowCount == 2);
    CHECK(cut->matching == 3);
    CHECK(cut->parameters.join(u' ').contains(QStringLiteral("first 2 of 3")));

    // Figures per department, deadline compliance, per status.
    p.kind = ReportKind::PerDepartment;
    Result<ReportTable> depts = builder.build(p);
    REQUIRE(depts.ok());
    CHECK(depts->rowCount == 2);
    CHECK(depts->total.value(1) == QStringLiteral("3")); // received
    CHECK(depts->total.value(2) == QStringLiteral("0")); // received in the month before
    CHECK(depts->total.value(4) == QStringLiteral("2")); // closed
    CHECK(depts->columnKinds.value(1) == ColumnKind::Number);
    // An executive summary and a chart of the departments, the largest first, with the previous period marked.
    CHECK(depts->summary.join(u' ').contains(QStringLiteral("Received: 3")));
    REQUIRE(depts->chart.bars.size() == 2);
    CHECK(depts->chart.bars[0].parts.value(0) >= depts->chart.bars[1].parts.value(0));
    CHECK(depts->chart.bars[0].marker == 0.0);
    p.kind = ReportKind::DeadlineCompliance;
    Result<ReportTable> deadlines = builder.build(p);
    REQUIRE(deadlines.ok());
    CHECK(deadlines->total.value(1) == QStringLiteral("2")); // closed
    CHECK(deadlines->total.value(2) == QStringLiteral("0")); // without a deadline
    CHECK(deadlines->total.value(3) == QStringLiteral("2")); // both within the deadline
    // The two open ones are past their deadline on 1 May (April's too: open late is judged now, not per period)
    // and count as missed: 2 of 4, where the closed ones alone would say 100 %.
    CHECK(deadlines->total.value(5) == QStringLiteral("2"));
    CHECK(deadlines->total.value(6) == QStringLiteral("100.0 %"));
    CHECK(deadlines->total.value(7) == QStringLiteral("50.0 %"));
    CHECK(deadlines->chart.percent);
    REQUIRE(deadlines->chart.bars.size() == 2);
    CHECK(deadlines->chart.bars[0].parts.size() == 3);
    p.kind = ReportKind::PerStatus;
    Result<ReportTable> statuses = builder.build(p);
    REQUIRE(statuses.ok());
    CHECK(statuses->total.value(1) == QStringLiteral("3"));

    // Empty, reversed and absurd periods.
    p.kind = ReportKind::RequestList;
    p.from = QDate(2025, 1, 1);
    p.to = QDate(2025, 1, 31);
    Result<ReportTable> empty = builder.build(p);
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
    CHECK(reportToHtml(empty.value(), QStringLiteral("Test"), QStringLiteral("me"), QStringLiteral("now")).contains(QStringLiteral("No requests match")));
    p.from = QDate(2026, 4, 1);
    p.to = QDate(2026, 3, 1);
    CHECK_FALSE(builder.build(p).ok());
    p.from = QDate(1900, 1, 1);
    CHECK_FALSE(builder.build(p).ok());
    // Saved parameter sets come back the same.
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    p.status = RequestStatus::Closed;
    p.channel = Channel::Web;
    const ReportParameters back = ReportParameters::fromJson(p.toJson());
    CHECK(back.toJson() == p.toJson());
}

// ── The municipality's own days ─────────────────────────────────────────────────────────────────────────

namespace {

qint64 localMs(const char *zone, QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(zone)).toMSecsSinceEpoch();
}

qint64 receivedOn(Database &db, QDate day)
{
    return Dashboard(db).totals(period(day, day)).received;
}

} // namespace

TEST_CASE("local days: daylight-saving days of 23 and 25 hours, midnights at the edges", "[dashboard][localdays]")
{
    for (const char *zone : {"Europe/Athens", "America/New_York"}) {
        const LocalDays &days = LocalDays::named(zone);
        const bool athens = qstrcmp(zone, "Europe/Athens") == 0;
        const QDate spring = athens ? QDate(2026, 3, 29) : QDate(2026, 3, 8);
        const QDate autumn = athens ? QDate(2026, 10, 25) : QDate(2026, 11, 1);
        CHECK(days.startOf(spring.addDays(1)) - days.startOf(spring) == 23 * hour);
        CHECK(days.startOf(autumn.addDays(1)) - days.startOf(autumn) == 25 * hour);
        CHECK(days.startOf(spring.addDays(2)) - days.startOf(spring.addDays(1)) == 24 * hour);
        for (const QDate d : {QDate(2026, 1, 1), spring, spring.addDays(1), autumn, autumn.addDays(1), QDate(2027, 7, 14)}) {
            const qint64 midnight = localMs(zone, d, QTime(0, 0));
            CHECK(days.startOf(d) == midnight);
            CHECK(days.dayOf(midnight) == LocalDays::dayNumber(d));
            CHECK(days.dayOf(midnight - 1) == LocalDays::dayNumber(d) - 1);
        }
    }
    // A zone whose midnight is skipped (Santiago moves 00:00 → 01:00 in September): the day starts at 01:00.
    const LocalDays &santiago = LocalDays::named("America/Santiago");
    const QDate skipped(2026, 9, 6);
    CHECK(santiago.dayOf(santiago.startOf(skipped)) == LocalDays::dayNumber(skipped));
    CHECK(santiago.dayOf(santiago.startOf(skipped) - 1) == LocalDays::dayNumber(skipped) - 1);
    // Unknown names count in UTC.
    CHECK(LocalDays::named("Nowhere/Atlantis").dayOf(0) == 0);
    CHECK(LocalDays::named("Nowhere/Atlantis").offsetAt(0) == 0);
}

TEST_CASE("summaries count the municipality's days: Athens after midnight, New York's New Year's Eve", "[dashboard][localdays]")
{
    Fixture fx; // Europe/Athens
    // 00:30 in Athens on 1 January 2026 is 22:30 UTC on 31 December: Athens counts it on 1 January.
    fx.add("pothole", "roads", localMs("Europe/Athens", QDate(2026, 1, 1), QTime(0, 30)));
    // 02:59 in Athens the night summer time starts (29 March), and 23:59 on the 25-hour day (25 October).
    fx.add("pothole", "roads", localMs("Europe/Athens", QDate(2026, 3, 29), QTime(2, 59)));
    fx.add("pothole", "roads", localMs("Europe/Athens", QDate(2026, 10, 25), QTime(23, 59)));
    fx.add("tree", "parks", localMs("Europe/Athens", QDate(2026, 10, 26), QTime(0, 0)));
    CHECK(receivedOn(fx.db(), QDate(2025, 12, 31)) == 0);
    CHECK(receivedOn(fx.db(), QDate(2026, 1, 1)) == 1);
    CHECK(receivedOn(fx.db(), QDate(2026, 3, 28)) == 0);
    CHECK(receivedOn(fx.db(), QDate(2026, 3, 29)) == 1);
    CHECK(receivedOn(fx.db(), QDate(2026, 10, 25)) == 1);
    CHECK(receivedOn(fx.db(), QDate(2026, 10, 26)) == 1);
    Dashboard dash(fx.db());
    CHECK(dash.totals(period(QDate(2025, 1, 1), QDate(2025, 12, 31))).received == 0); // whole months
    CHECK(dash.totals(period(QDate(2026, 1, 1), QDate(2026, 12, 31))).received == 4);
    CHECK(dash.totals(period(QDate(2026, 10, 1), QDate(2026, 10, 31))).received == 2);
    CHECK(dash.totals(period(QDate(2026, 10, 26), QDate(2026, 11, 30))).received == 1);

    // The municipality is in New York after all: every day is counted again by its zone.
    fx.exec(QStringLiteral("UPDATE tenant SET time_zone = 'America/New_York'"));
    // 19:49 on New Year's Eve in New York is 00:49 UTC on 1 January: New York's 2025.
    fx.add("pothole", "roads", localMs("America/New_York", QDate(2025, 12, 31), QTime(19, 49)));
    CHECK(dash.totals(period(QDate(2025, 1, 1), QDate(2025, 12, 31))).received == 2); // that one and Athens' 00:30
    CHECK(dash.totals(period(QDate(2026, 1, 1), QDate(2026, 12, 31))).received == 3);
    CHECK(receivedOn(fx.db(), QDate(2025, 12, 31)) == 2);
    // Days of 23 and 25 hours in New York.
    fx.add("tree", "parks", localMs("America/New_York", QDate(2026, 3, 8), QTime(23, 30)));
    fx.add("tree", "parks", localMs("America/New_York", QDate(2026, 11, 1), QTime(0, 30)) + 2 * hour); // the second 01:30
    CHECK(receivedOn(fx.db(), QDate(2026, 3, 8)) == 1);
    CHECK(receivedOn(fx.db(), QDate(2026, 3, 9)) == 0);
    CHECK(receivedOn(fx.db(), QDate(2026, 11, 1)) == 1);

    // What the triggers keep equals a rebuild from the requests.
    const QStringList kept = snapshot(fx.db());
    QFile rebuild(QStringLiteral(":/civicdesk/sql/stats_rebuild.sql"));
    REQUIRE(rebuild.open(QIODevice::ReadOnly));
    fx.exec(QString::fromUtf8(rebuild.readAll()));
    CHECK(snapshot(fx.db()) == kept);

    // A tracking number carries the municipality's year.
    Result<QString> number = Error{};
    REQUIRE(fx.db().transaction([&]() -> Status {
        number = RequestRepository(fx.db()).nextTrackingNumberAt(localMs("America/New_York", QDate(2026, 12, 31), QTime(23, 30)));
        return {};
    }).ok());
    REQUIRE(number.ok());
    CHECK(number->startsWith(QStringLiteral("26-")));
}

TEST_CASE("reports count the municipality's days and print its times", "[report][localdays]")
{
    Fixture fx;
    fx.exec(QStringLiteral("UPDATE tenant SET time_zone = 'America/New_York'"));
    DateText::setMunicipality(QStringLiteral("US"), QStringLiteral("America/New_York"));
    fx.add("pothole", "roads", localMs("America/New_York", QDate(2026, 3, 2), QTime(8, 2)));
    fx.add("pothole", "roads", localMs("America/New_York", QDate(2026, 3, 31), QTime(23, 0))); // 04:00 UTC on 1 April
    ReportParameters p;
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    Result<ReportTable> list = ReportBuilder(fx.db(), QStringLiteral("en"), at(5, 1)).build(p);
    REQUIRE(list.ok());
    CHECK(list->matching == 2);
    REQUIRE(list->groups.size() == 1);
    INFO(list->groups[0].rows.value(0).value(1).toStdString());
    CHECK(list->groups[0].rows.value(0).value(1).contains(QStringLiteral("8:02"))); // not 13:02
    CHECK_FALSE(list->groups[0].rows.value(0).value(1).contains(QStringLiteral("13:02")));
    p.kind = ReportKind::PerDepartment;
    Result<ReportTable> figures = ReportBuilder(fx.db(), QStringLiteral("en"), at(5, 1)).build(p);
    REQUIRE(figures.ok());
    CHECK(figures->total.value(1) == QStringLiteral("2"));
    DateText::setMunicipality({}, {});
}

TEST_CASE("a cut list says so everywhere, and its subtotals and totals stay true", "[report]")
{
    Fixture fx;
    for (int i = 0; i < 7; ++i)
        fx.add("pothole", "roads", at(3, 1 + i));
    for (int i = 0; i < 3; ++i)
        fx.add("tree", "parks", at(3, 10 + i));
    ReportParameters p;
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    p.groupBy = QStringLiteral("department");
    p.limit = 4;
    ReportBuilder builder(fx.db(), QStringLiteral("en"), at(5, 1));
    Result<ReportTable> t = builder.build(p);
    REQUIRE(t.ok());
    CHECK(t->rowCount == 3 + 1); // parks (3) come first by key, then one of roads' 7
    CHECK(t->matching == 10);
    REQUIRE(t->groups.size() == 2);
    CHECK(t->groups[0].subtotal.value(0).startsWith(QStringLiteral("3 request")));
    CHECK(t->groups[1].rows.size() == 1);
    CHECK(t->groups[1].subtotal.value(0) == QStringLiteral("7 requests, the first 1 of them listed"));
    CHECK(t->total.value(0).startsWith(QStringLiteral("Total: 10 request")));
    CHECK(t->cutNote.contains(QStringLiteral("first 4 of 10")));
    CHECK(t->parameters.contains(t->cutNote));
    // A group the limit leaves nothing of is still there, with its true size.
    p.limit = 2;
    Result<ReportTable> shorter = builder.build(p);
    REQUIRE(shorter.ok());
    REQUIRE(shorter->groups.size() == 2);
    CHECK(shorter->groups[1].rows.isEmpty());
    CHECK(shorter->groups[1].subtotal.value(0) == QStringLiteral("7 requests, none of them listed"));
    // CSV and HTML carry the note at the end; the streamed CSV is the same file as the table's.
    const QByteArray csv = reportToCsv(t.value());
    CHECK(QString::fromUtf8(csv).trimmed().endsWith(t->cutNote));
    CHECK(reportToHtml(t.value(), {}, {}, {}).contains(t->cutNote.toHtmlEscaped()));
    p.limit = 4;
    QBuffer streamed;
    streamed.open(QIODevice::WriteOnly);
    Result<ReportBuilder::Written> written = builder.writeRequestListCsv(p, streamed);
    REQUIRE(written.ok());
    CHECK(written->rows == 4);
    CHECK(written->matching == 10);
    CHECK(streamed.data() == csv);
    // All: nothing cut, nothing said.
    p.limit = 0;
    Result<ReportTable> all = builder.build(p);
    REQUIRE(all.ok());
    CHECK(all->rowCount == 10);
    CHECK(all->cutNote.isEmpty());
    CHECK(ReportParameters::fromJson(p.toJson()).limit == 0);
}

TEST_CASE("a partial replica's dashboard leaves calls and escalations before what it holds unknown, never counted from part", "[dashboard]")
{
    Fixture fx;
    const QString march = fx.add("pothole", "roads", at(3, 2));
    const QString may = fx.add("tree", "parks", at(5, 3));
    fx.exec(QStringLiteral("INSERT INTO alert(id, tenant_id, request_id, level, recipient_role, message, created_at, updated_at, updated_by) VALUES "
                           "('a1', 'tenant', '%1', 2, 'supervisor', 'late', %2, %2, 't'), ('a2', 'tenant', '%3', 1, 'staff', 'at risk', %4, %4, 't')")
                .arg(march).arg(at(3, 9)).arg(may).arg(at(5, 9)));
    fx.exec(QStringLiteral("INSERT INTO phone_call(id, tenant_id, caller_number, started_at, ended_at, updated_at, updated_by) VALUES "
                           "('c1', 'tenant', '210', %1, %2, %1, 't'), ('c2', 'tenant', '210', %3, %4, %3, 't')")
                .arg(at(3, 2)).arg(at(3, 2) + 120000).arg(at(5, 3)).arg(at(5, 3) + 60000));
    const DashboardFilter mayOnly = period(QDate(2026, 5, 1), QDate(2026, 5, 31));
    const DashboardFilter marchOnly = period(QDate(2026, 3, 1), QDate(2026, 3, 31));
    // A whole replica: everything counted.
    {
        Dashboard whole(fx.db());
        const DashboardData d = whole.load(marchOnly, Granularity::Week, at(6, 1));
        CHECK(d.escalationsKnown);
        CHECK(d.escalations[1] == 1);
        const Headline h = whole.headline(marchOnly, d, at(6, 1));
        CHECK(h.callsKnown);
        CHECK(h.calls == 1);
    }
    // Holding requests' own rows from 28 April on: May is known, the month before it not (its calls unknown).
    Dashboard partial(fx.db());
    partial.setRowsSince(at(4, 28), QStringLiteral("roads"));
    const DashboardData inMay = partial.load(mayOnly, Granularity::Week, at(6, 1));
    CHECK(inMay.escalationsKnown);
    CHECK(inMay.escalations[0] == 1);
    const Headline mayHead = partial.headline(mayOnly, inMay, at(6, 1));
    CHECK(mayHead.callsKnown);
    CHECK(mayHead.calls == 1);
    CHECK(mayHead.meanCallSeconds == 60.0);
    CHECK_FALSE(mayHead.previousCallsKnown);
    CHECK(mayHead.previousCalls == 0);
    // March: nothing of calls or escalations counted, rather than a count of part of them.
    const DashboardData inMarch = partial.load(marchOnly, Granularity::Week, at(6, 1));
    CHECK_FALSE(inMarch.escalationsKnown);
    CHECK(inMarch.escalations == std::array<qint64, 3>{});
    CHECK(inMarch.totals.received == 1); // the figures are the server's, whole
    const Headline marchHead = partial.headline(marchOnly, inMarch, at(6, 1));
    CHECK_FALSE(marchHead.callsKnown);
    CHECK_FALSE(marchHead.meanCallSeconds.has_value());
    // The desk's own department is held whole: its escalations are known whenever.
    DashboardFilter roads = marchOnly;
    roads.departmentId = QStringLiteral("roads");
    const DashboardData roadsInMarch = partial.load(roads, Granularity::Week, at(6, 1));
    CHECK(roadsInMarch.escalationsKnown);
    CHECK(roadsInMarch.escalations[1] == 1);
}

TEST_CASE("a report read back from its JSON is the same report, and a garbled one is refused whole", "[report]")
{
    Fixture fx;
    for (int i = 0; i < 5; ++i)
        fx.add("pothole", "roads", at(3, 1 + i), i % 2 ? at(3, 2 + i) : 0, 0, i % 2 ? 4 : 0);
    fx.add("tree", "parks", at(3, 10), at(3, 12), 0, 2);
    ReportBuilder builder(fx.db(), QStringLiteral("en"), at(5, 1));
    ReportParameters p;
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    p.groupBy = QStringLiteral("department");
    p.limit = 4;
    for (ReportKind kind : {ReportKind::RequestList, ReportKind::PerDepartment, ReportKind::Satisfaction, ReportKind::DeadlineCompliance}) {
        p.kind = kind;
        Result<ReportTable> made = builder.build(p);
        REQUIRE(made.ok());
        // Through the bytes a server sends: every part back, so the desk prints what the server made.
        const QJsonObject sent = QJsonDocument::fromJson(QJsonDocument(reportToJson(made.value())).toJson(QJsonDocument::Compact)).object();
        Result<ReportTable> back = reportFromJson(sent);
        REQUIRE(back.ok());
        CHECK(reportToCsv(back.value()) == reportToCsv(made.value()));
        CHECK(reportToHtml(back.value(), QStringLiteral("M"), QStringLiteral("U"), QStringLiteral("T")) ==
              reportToHtml(made.value(), QStringLiteral("M"), QStringLiteral("U"), QStringLiteral("T")));
        CHECK(back->columnKinds == made->columnKinds);
        CHECK(back->chart.bars.size() == made->chart.bars.size());
        for (qsizetype b = 0; b < std::min(back->chart.bars.size(), made->chart.bars.size()); ++b) {
            CHECK(back->chart.bars[b].parts == made->chart.bars[b].parts);
            CHECK(back->chart.bars[b].marker == made->chart.bars[b].marker);
        }
        CHECK(back->summary == made->summary);
        CHECK(back->cutNote == made->cutNote);
    }
    p.kind = ReportKind::RequestList;
    const QJsonObject good = reportToJson(builder.build(p).value());
    CHECK(good.value(QStringLiteral("rowCount")).toInt() == 4);
    // Garbled: a part missing or of the wrong kind, rows that do not add up to the count. Refused with a message.
    const auto refused = [](const QJsonObject &o) {
        Result<ReportTable> r = reportFromJson(o);
        return !r.ok() && r.error().code == QLatin1String("report.garbled") && !r.error().message.isEmpty();
    };
    CHECK(refused({}));
    QJsonObject o = good;
    o.remove(QStringLiteral("groups"));
    CHECK(refused(o));
    o = good;
    o.insert(QStringLiteral("rowCount"), 5);
    CHECK(refused(o));
    o = good;
    o.insert(QStringLiteral("columns"), QJsonArray{1, 2});
    CHECK(refused(o));
    o = good;
    QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    QJsonObject first = groups.at(0).toObject();
    first.insert(QStringLiteral("rows"), QJsonArray{QJsonArray{QStringLiteral("a"), 3}});
    groups.replace(0, first);
    o.insert(QStringLiteral("groups"), groups);
    CHECK(refused(o));
    o = good;
    o.insert(QStringLiteral("chart"), QStringLiteral("bars"));
    CHECK(refused(o));
}

TEST_CASE("printed percentiles are exact on a long tail, and without a deadline there is no share", "[report]")
{
    Fixture fx;
    // 20 requests closed in March: 17 within a day, 3 after half a year and more (filed the year before).
    std::vector<qint64> took;
    for (int i = 0; i < 17; ++i) {
        took.push_back((i + 1) * hour);
        fx.add("pothole", "roads", at(3, 2) - took.back(), at(3, 2));
    }
    for (const int days : {200, 300, 400}) {
        took.push_back(qint64(days) * 24 * hour);
        fx.add("pothole", "roads", at(3, 5) - took.back(), at(3, 5));
    }
    std::sort(took.begin(), took.end());
    const double exactP90 = double(took[size_t(std::ceil(0.9 * 20)) - 1]) / double(hour); // nearest rank
    CHECK(exactP90 == 200.0 * 24);
    ReportParameters p;
    p.kind = ReportKind::PerDepartment;
    p.from = QDate(2026, 3, 1);
    p.to = QDate(2026, 3, 31);
    Result<ReportTable> t = ReportBuilder(fx.db(), QStringLiteral("en"), at(5, 1)).build(p);
    REQUIRE(t.ok());
    const int p90Column = int(t->columns.indexOf(QStringLiteral("90 % hours")));
    REQUIRE(p90Column > 0);
    CHECK(t->total.value(p90Column) == QLocale().toString(exactP90, 'f', 0));
    // The dashboard's histogram reaches years: its 90th percentile lies in the right bucket (180-270 days).
    const Performance totals = Dashboard(fx.db()).totals(period(p.from, p.to));
    const std::optional<double> fromHistogram = Dashboard::resolutionPercentileHours(totals.resolution, 0.9);
    REQUIRE(fromHistogram);
    CHECK(*fromHistogram > 180.0 * 24);
    CHECK(*fromHistogram <= 270.0 * 24);

    // Requests without a deadline: no share of deadlines met, a dash rather than 0 %.
    Fixture none;
    none.add("tree", "parks", at(3, 2), at(3, 3));
    none.exec(QStringLiteral("UPDATE service_request SET due_at = NULL"));
    p.kind = ReportKind::DeadlineCompliance;
    Result<ReportTable> d = ReportBuilder(none.db(), QStringLiteral("en"), at(5, 1)).build(p);
    REQUIRE(d.ok());
    CHECK(d->total.value(1) == QStringLiteral("1")); // closed
    CHECK(d->total.value(2) == QStringLiteral("1")); // without a deadline
    CHECK(d->total.value(6) == QStringLiteral("\u2013")); // on time, of those closed
    CHECK(d->total.value(7) == QStringLiteral("\u2013")); // deadlines met
    CHECK_FALSE(Dashboard(none.db()).totals(period(p.from, p.to)).onTimeShare());
}
