// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow: definitions, the business calendar, routing, transitions, holds, escalation with a moved
// clock, clusters, recurrence, queue pages and crew routes.
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/desk/intake.h"
#include "core/desk/gazetteer.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqlitestatement.h"
#include "core/workflow/calendar.h"
#include "core/workflow/engine.h"
#include "core/workflow/escalation.h"
#include "core/storage/queuequery.h"
#include "core/geo/route.h"

#include <QFile>
#include <QSet>

#include <random>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

qint64 at(const char *iso, const char *zone)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(iso).left(10), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(iso).mid(11, 5), QStringLiteral("HH:mm")), QTimeZone(zone))
        .toMSecsSinceEpoch();
}

constexpr qint64 hour = 3600000;

QList<RequestStatus> pathOf(Database &db, const QString &requestId)
{
    QList<RequestStatus> path;
    for (const RequestEvent &e : RequestRepository(db).events(requestId))
        if (e.kind == EventKind::StatusChange)
            path.append(*requestStatusFromCode(e.toValue));
    return path;
}

/// A new pothole filed by the desk at Ερμού 12 at the demo's clock.
FiledRequest filePothole(Demo &d, const QString &address = QStringLiteral("Ερμού 12"), const QString &citizenId = {})
{
    IntakeService intake(d.db(), d.tenant, d.operatorId, d.clock);
    IntakeDraft draft;
    draft.typeId = d.type("road.pothole").id;
    draft.citizenId = citizenId;
    draft.attributes.insert(QStringLiteral("size"), QStringLiteral("large"));
    const AddressMatch where = *intake.gazetteer().resolve(address);
    draft.address = where.label;
    draft.location = where.location;
    draft.districtId = where.districtId;
    Result<FiledRequest> r = intake.file(draft);
    REQUIRE(r.ok());
    return r.value();
}

Actor actorOf(const User &u)
{
    return {u.id, u.role, u.departmentId};
}

} // namespace

TEST_CASE("Easter, Western and Orthodox, from 2024 to 2035", "[calendar]")
{
    const QList<std::tuple<int, QDate, QDate>> table{
        {2024, QDate(2024, 3, 31), QDate(2024, 5, 5)},   {2025, QDate(2025, 4, 20), QDate(2025, 4, 20)},
        {2026, QDate(2026, 4, 5), QDate(2026, 4, 12)},   {2027, QDate(2027, 3, 28), QDate(2027, 5, 2)},
        {2028, QDate(2028, 4, 16), QDate(2028, 4, 16)},  {2029, QDate(2029, 4, 1), QDate(2029, 4, 8)},
        {2030, QDate(2030, 4, 21), QDate(2030, 4, 28)},  {2031, QDate(2031, 4, 13), QDate(2031, 4, 13)},
        {2032, QDate(2032, 3, 28), QDate(2032, 5, 2)},   {2033, QDate(2033, 4, 17), QDate(2033, 4, 24)},
        {2034, QDate(2034, 4, 9), QDate(2034, 4, 9)},    {2035, QDate(2035, 3, 25), QDate(2035, 4, 29)}};
    for (const auto &[year, western, orthodox] : table) {
        INFO(year);
        CHECK(westernEaster(year) == western);
        CHECK(orthodoxEaster(year) == orthodox);
    }
}

TEST_CASE("the business calendar counts working time only", "[calendar]")
{
    const BusinessCalendar gr = BusinessCalendar::forCountry(QStringLiteral("GR"));
    const BusinessCalendar it = BusinessCalendar::forCountry(QStringLiteral("IT"));
    const BusinessCalendar ro = BusinessCalendar::forCountry(QStringLiteral("RO"));
    // Movable holidays from each Easter.
    CHECK(gr.holidayName(QDate(2026, 2, 23)) == QStringLiteral("Καθαρά Δευτέρα"));
    CHECK(!gr.isWorkingDay(QDate(2026, 4, 10)));   // Orthodox Good Friday
    CHECK(!gr.isWorkingDay(QDate(2026, 4, 13)));   // Orthodox Easter Monday
    CHECK(!gr.isWorkingDay(QDate(2026, 6, 1)));    // Whit Monday (Easter + 50)
    CHECK(gr.isWorkingDay(QDate(2026, 4, 6)));     // Western Easter Monday is a working day in Greece …
    CHECK(!it.isWorkingDay(QDate(2026, 4, 6)));    // … and a holiday in Italy
    CHECK(it.isWorkingDay(QDate(2026, 4, 13)));
    CHECK(!ro.isWorkingDay(QDate(2026, 5, 31)));   // Orthodox Pentecost Sunday, Romania
    CHECK(!ro.isWorkingDay(QDate(2026, 1, 2)));    // a range: 1–2 January
    CHECK(!gr.isWorkingDay(QDate(2026, 11, 28)));  // a Saturday
    CHECK(gr.isWorkingDay(QDate(2026, 11, 27)));

    // Friday 14:00 in Athens + 2 working hours: 1 h on Friday (to 15:00), 1 h on Monday from 07:00.
    CHECK(gr.addWorkingTime(at("2026-11-27T14:00", "Europe/Athens"), 2 * hour) == at("2026-11-30T08:00", "Europe/Athens"));
    // Started outside hours: the clock starts at the next opening.
    CHECK(gr.addWorkingTime(at("2026-11-27T20:00", "Europe/Athens"), hour) == at("2026-11-30T08:00", "Europe/Athens"));
    // Over Orthodox Easter 2026: Thursday 9 April 14:00 + 2 h → Tuesday 14 April 08:00.
    CHECK(gr.addWorkingTime(at("2026-04-09T14:00", "Europe/Athens"), 2 * hour) == at("2026-04-14T08:00", "Europe/Athens"));
    // Between two instants, and the inverse of adding.
    CHECK(gr.workingTimeBetween(at("2026-11-27T14:00", "Europe/Athens"), at("2026-11-30T08:00", "Europe/Athens")) == 2 * hour);
    CHECK(gr.workingTimeBetween(at("2026-11-30T08:00", "Europe/Athens"), at("2026-11-27T14:00", "Europe/Athens")) == 0);
    std::mt19937_64 random(7);
    const qint64 base = at("2026-01-01T00:00", "Europe/Athens");
    for (int i = 0; i < 200; ++i) {
        const qint64 start = base + qint64(random() % (365ULL * 24 * 3600000));
        const qint64 work = qint64(random() % (200ULL * 3600000)) + 1;
        const qint64 end = gr.addWorkingTime(start, work);
        REQUIRE(gr.workingTimeBetween(start, end) == work);
    }
    // The week of the daylight-saving change of 29 March 2026: four days of 8 office hours (25 March is a holiday).
    CHECK(gr.workingTimeBetween(at("2026-03-23T00:00", "Europe/Athens"), at("2026-03-30T00:00", "Europe/Athens")) == 32 * hour);
    CHECK(gr.workingTimeBetween(at("2026-03-30T00:00", "Europe/Athens"), at("2026-04-06T00:00", "Europe/Athens")) == 40 * hour);
    // A round-the-clock calendar: the night the clocks go forward has 23 hours, the night they go back 25.
    Result<BusinessCalendar> always = BusinessCalendar::fromJson(
        R"({"timeZone": "Europe/Athens", "hours": {"mon": [["00:00","24:00"]], "tue": [["00:00","24:00"]], "wed": [["00:00","24:00"]],
            "thu": [["00:00","24:00"]], "fri": [["00:00","24:00"]], "sat": [["00:00","24:00"]], "sun": [["00:00","24:00"]]}})");
    REQUIRE(always.ok());
    CHECK(std::llabs(always->workingTimeBetween(at("2026-03-29T00:00", "Europe/Athens"), at("2026-03-30T00:00", "Europe/Athens")) - 23 * hour) < 1000);
    CHECK(std::llabs(always->workingTimeBetween(at("2026-10-25T00:00", "Europe/Athens"), at("2026-10-26T00:00", "Europe/Athens")) - 25 * hour) < 1000);
}

TEST_CASE("a broken calendar is refused with a message", "[calendar]")
{
    auto refused = [](const char *json) {
        Result<BusinessCalendar> c = BusinessCalendar::fromJson(json);
        if (c.ok())
            return QString();
        return c.error().message;
    };
    CHECK(refused(R"({"timeZone": "Mars/Olympus"})").contains(QStringLiteral("Mars/Olympus")));
    CHECK(refused(R"({"timeZone": "UTC", "holidays": [{"name": "Christmas", "from": "12-24", "to": "12-26"}, {"name": "Boxing Day", "date": "12-26"}]})")
              .contains(QStringLiteral("overlap")));
    CHECK(refused(R"({"timeZone": "UTC", "holidays": [{"name": "A", "date": "01-01"}, {"name": "B", "date": "01-01"}]})").contains(QStringLiteral("overlap")));
    CHECK_FALSE(refused(R"({"timeZone": "UTC", "hours": {"mon": [["08:00","12:00"], ["11:00","15:00"]]}})").isEmpty());
    CHECK_FALSE(refused(R"({"timeZone": "UTC", "hours": {"mon": [["16:00","08:00"]]}})").isEmpty());
    CHECK_FALSE(refused(R"({"timeZone": "UTC", "hours": {"someday": [["08:00","16:00"]]}})").isEmpty());
    CHECK_FALSE(refused(R"({"timeZone": "UTC", "holidays": [{"name": "A", "date": "02-30"}]})").isEmpty());
    CHECK_FALSE(refused(R"({"timeZone": "UTC", "easter": "lunar"})").isEmpty());
    CHECK_FALSE(refused("{not json").isEmpty());
    // Every built-in calendar loads.
    for (const char *c : {"GR", "RO", "IT", "ES"}) {
        QFile f(QStringLiteral(":/civicdesk/calendars/%1.json").arg(QLatin1String(c)));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(BusinessCalendar::fromJson(f.readAll()).ok());
    }
    CHECK(refused(R"({"timeZone": "UTC", "holidays": [{"name": "A", "date": "10-04", "firstYear": 2030, "lastYear": 2026}]})").contains(QStringLiteral("before")));
    CHECK(refused(R"({"timeZone": "UTC", "holidays": [{"name": "A", "date": "10-04", "firstYear": "soon"}]})").contains(QStringLiteral("firstYear")));
}

TEST_CASE("holidays follow the law: San Francesco is Italy's again from 2026", "[calendar]")
{
    const BusinessCalendar italy = BusinessCalendar::forCountry(QStringLiteral("IT"));
    CHECK(italy.holidayName(QDate(2025, 10, 4)).isEmpty()); // a Saturday, but no holiday then
    CHECK_FALSE(italy.holidayName(QDate(2026, 10, 4)).isEmpty());
    CHECK_FALSE(italy.isWorkingDay(QDate(2027, 10, 4))); // a Monday, a holiday from the law on
    CHECK(italy.isWorkingDay(QDate(2027, 10, 5)));
    // A deadline of 8 working hours filed on Friday 1 October 2027 at 13:00 in Rome: 1 h that Friday, Monday
    // 4 October is the holiday, so the rest runs on Tuesday the 5th (08:00-14:00, then 15:00-16:00).
    const qint64 filed = QDateTime(QDate(2027, 10, 1), QTime(13, 0), QTimeZone("Europe/Rome")).toMSecsSinceEpoch();
    CHECK(QDateTime::fromMSecsSinceEpoch(italy.addWorkingTime(filed, 8 * 3600000LL), QTimeZone("Europe/Rome")) ==
          QDateTime(QDate(2027, 10, 5), QTime(16, 0), QTimeZone("Europe/Rome")));
    // A holiday with a first and a last year, and entries on the same day in different years do not clash.
    Result<BusinessCalendar> c = BusinessCalendar::fromJson(
        R"({"timeZone": "UTC", "holidays": [{"name": "Old", "date": "06-01", "lastYear": 2020}, {"name": "New", "date": "06-01", "firstYear": 2021}]})");
    REQUIRE(c.ok());
    CHECK(c->holidayName(QDate(2020, 6, 1)) == QStringLiteral("Old"));
    CHECK(c->holidayName(QDate(2021, 6, 1)) == QStringLiteral("New"));
    CHECK(c->holidayName(QDate(1999, 6, 1)) == QStringLiteral("Old"));
}

TEST_CASE("a workflow definition is checked when it is loaded", "[workflow]")
{
    const Workflow &w = Workflow::standard();
    CHECK(w.initial() == RequestStatus::New);
    CHECK(w.isLegalPath({RequestStatus::Accepted, RequestStatus::Assigned, RequestStatus::InProgress, RequestStatus::Resolved, RequestStatus::Closed}));
    CHECK(w.isLegalPath({RequestStatus::Accepted, RequestStatus::OnHold, RequestStatus::InProgress, RequestStatus::Resolved, RequestStatus::Reopened}));
    CHECK_FALSE(w.isLegalPath({RequestStatus::Closed}));
    CHECK_FALSE(w.isLegalPath({RequestStatus::Rejected, RequestStatus::Accepted}));
    CHECK(w.next(RequestStatus::New, Role::DepartmentStaff).contains(RequestStatus::Accepted));
    CHECK_FALSE(w.next(RequestStatus::New, Role::Operator).contains(RequestStatus::Accepted));
    CHECK(w.refusal(RequestStatus::New, RequestStatus::Closed, Role::Supervisor, {}).contains(QStringLiteral("cannot go")));
    CHECK(w.refusal(RequestStatus::New, RequestStatus::Rejected, Role::DepartmentHead, {}).contains(QStringLiteral("note")));
    CHECK(w.refusal(RequestStatus::New, RequestStatus::Rejected, Role::DepartmentHead, QStringLiteral("private land")).isEmpty());

    auto refused = [](const char *json) {
        Result<Workflow> r = Workflow::fromJson(json);
        return r.ok() ? QString() : r.error().message;
    };
    // A status nobody can reach, a dead end, unknown statuses and roles, doubles.
    CHECK(refused(R"({"initial": "new", "done": ["closed"], "transitions": [{"from": "new", "to": "closed", "roles": ["supervisor"]},
                                                                              {"from": "on_hold", "to": "closed", "roles": ["supervisor"]}]})")
              .contains(QStringLiteral("cannot be reached")));
    CHECK(refused(R"({"initial": "new", "done": ["closed"], "transitions": [{"from": "new", "to": "accepted", "roles": ["supervisor"]}]})")
              .contains(QStringLiteral("dead end")));
    CHECK_FALSE(refused(R"({"initial": "new", "transitions": [{"from": "new", "to": "teleported", "roles": ["supervisor"]}]})").isEmpty());
    CHECK_FALSE(refused(R"({"initial": "new", "done": ["closed"], "transitions": [{"from": "new", "to": "closed", "roles": ["king"]}]})").isEmpty());
    CHECK_FALSE(refused(R"({"initial": "new", "done": ["closed"], "transitions": [{"from": "new", "to": "closed", "roles": ["supervisor"]},
                                                                                    {"from": "new", "to": "closed", "roles": ["operator"]}]})").isEmpty());
    CHECK_FALSE(refused("[]").isEmpty());
}

TEST_CASE("random moves never leave the workflow and every history is a legal path", "[workflow][property]")
{
    Demo d;
    WorkflowEngine engine(d.db(), d.clock);
    const QList<User> users = OrganisationRepository(d.db()).users();
    REQUIRE(users.size() >= 5);
    std::mt19937 random(2026);
    // Open requests of the demo, moved at random by random users to random statuses.
    QStringList ids;
    SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT id FROM service_request WHERE status NOT IN ('closed','rejected','duplicate') ORDER BY id LIMIT 60");
    while (s.step())
        ids.append(s.text(0));
    REQUIRE(ids.size() >= 40);
    int accepted = 0, refused = 0;
    for (int i = 0; i < 1500; ++i) {
        const QString id = ids[int(random() % ids.size())];
        const User &u = users[int(random() % users.size())];
        const RequestStatus before = RequestRepository(d.db()).get(id)->status;
        // Half the time a move the workflow offers this role, half the time any status at all.
        const QList<RequestStatus> offered = Workflow::standard().next(before, u.role);
        const RequestStatus to = random() % 2 && !offered.isEmpty() ? offered[int(random() % offered.size())]
                                                                    : allRequestStatuses()[int(random() % allRequestStatuses().size())];
        const qint64 eventsBefore = RequestRepository(d.db()).events(id).size();
        d.now += qint64(random() % (8 * hour));
        Result<ServiceRequest> r = engine.transition(id, to, actorOf(u), random() % 2 ? QStringLiteral("checked on site") : QString());
        const ServiceRequest after = *RequestRepository(d.db()).get(id);
        if (r.ok()) {
            ++accepted;
            REQUIRE(Workflow::standard().find(before, to) != nullptr);
            REQUIRE(after.status == to);
            REQUIRE(RequestRepository(d.db()).events(id).size() > eventsBefore);
        } else {
            ++refused;
            REQUIRE(after.status == before); // nothing changed
            REQUIRE(RequestRepository(d.db()).events(id).size() == eventsBefore);
            REQUIRE_FALSE(r.error().message.isEmpty());
        }
    }
    CHECK(accepted > 50); // most random users belong to another department
    CHECK(refused > 100);
    for (const QString &id : std::as_const(ids)) {
        INFO(id.toStdString());
        CHECK(Workflow::standard().isLegalPath(pathOf(d.db(), id)));
    }
}

TEST_CASE("who may move a request, and the notes some moves need", "[workflow]")
{
    Demo d;
    WorkflowEngine engine(d.db(), d.clock);
    const FiledRequest f = filePothole(d);
    const User roadsStaff = d.user(Role::DepartmentStaff, QStringLiteral("roads"));
    const User waterStaff = d.user(Role::DepartmentStaff, QStringLiteral("water"));
    const User roadsHead = d.user(Role::DepartmentHead, QStringLiteral("roads"));
    REQUIRE(!roadsStaff.id.isEmpty());
    REQUIRE(!waterStaff.id.isEmpty());
    CHECK(f.departmentId == d.departmentId(QStringLiteral("roads")));
    CHECK_FALSE(engine.transition(f.requestId, RequestStatus::Accepted, {d.operatorId, Role::Operator, {}}, {}).ok());
    const Result<ServiceRequest> other = engine.transition(f.requestId, RequestStatus::Accepted, actorOf(waterStaff), {});
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("another department")));
    CHECK_FALSE(engine.transition(f.requestId, RequestStatus::Closed, actorOf(roadsHead), {}).ok());
    const Result<ServiceRequest> noNote = engine.transition(f.requestId, RequestStatus::Rejected, actorOf(roadsHead), {});
    REQUIRE_FALSE(noNote.ok());
    CHECK(noNote.error().message.contains(QStringLiteral("note")));
    REQUIRE(engine.transition(f.requestId, RequestStatus::Accepted, actorOf(roadsStaff), {}).ok());
    const QList<RequestEvent> events = RequestRepository(d.db()).events(f.requestId);
    const RequestEvent &last = events.back();
    CHECK(last.kind == EventKind::StatusChange);
    CHECK(last.actorId == roadsStaff.id);
    CHECK(last.fromValue == QStringLiteral("new"));
    CHECK(last.toValue == QStringLiteral("accepted"));
    CHECK(last.at == d.now);
}

TEST_CASE("routing: the most specific rule wins, rerouting needs a reason and a department that handles the type", "[workflow][routing]")
{
    Demo d;
    const ServiceType pothole = d.type("road.pothole");
    const QString roads = d.departmentId(QStringLiteral("roads")), traffic = d.departmentId(QStringLiteral("traffic")),
                  water = d.departmentId(QStringLiteral("water")), police = d.departmentId(QStringLiteral("police"));
    IntakeService probe(d.db(), d.tenant, d.operatorId, d.clock);
    const AddressMatch here = *probe.gazetteer().resolve(QStringLiteral("Ερμού 12"));
    REQUIRE(!here.districtId.isEmpty());
    {
        Routing routing(d.db());
        CHECK(routing.departmentFor(pothole.id, pothole.departmentId, here.districtId) == roads);
        CHECK(routing.departmentFor(pothole.id, QString(), here.districtId) == routing.dispatchDesk());
        CHECK_FALSE(routing.dispatchDesk().isEmpty());
    }
    REQUIRE(d.db().transaction([&]() -> Status {
        if (Status s = Routing::saveRule(d.db(), d.tenant.id, {{}, {}, here.districtId, police}, QStringLiteral("test"), d.now); !s)
            return s; // anything in this district → police (less specific than the catalogue)
        return Routing::saveRule(d.db(), d.tenant.id, {{}, pothole.id, here.districtId, traffic}, QStringLiteral("test"), d.now);
    }).ok());
    {
        Routing routing(d.db());
        CHECK(routing.departmentFor(pothole.id, pothole.departmentId, here.districtId) == traffic);
        CHECK(routing.departmentFor(pothole.id, pothole.departmentId, QStringLiteral("elsewhere")) == roads);
        CHECK(routing.departmentFor(d.type("light.out").id, QString(), here.districtId) == police);
    }
    const FiledRequest f = filePothole(d);
    CHECK(f.departmentId == traffic);

    WorkflowEngine engine(d.db(), d.clock);
    const Actor supervisor = actorOf(d.user(Role::Supervisor));
    CHECK_FALSE(engine.reroute(f.requestId, roads, QString(), supervisor).ok());
    const Status wrong = engine.reroute(f.requestId, water, QStringLiteral("wrong desk"), supervisor);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("does not handle")));
    CHECK(RequestRepository(d.db()).get(f.requestId)->departmentId == traffic);
    REQUIRE(engine.reroute(f.requestId, roads, QStringLiteral("road surface, not signs"), supervisor).ok());
    CHECK(RequestRepository(d.db()).get(f.requestId)->departmentId == roads);
    const RequestEvent last = RequestRepository(d.db()).events(f.requestId).back();
    CHECK(last.kind == EventKind::Routing);
    CHECK(last.fromValue == traffic);
    CHECK(last.toValue == roads);
    CHECK(last.body == QStringLiteral("road surface, not signs"));
}

TEST_CASE("deadlines run on the calendar and stop while on hold", "[workflow][deadline]")
{
    Demo d;
    d.now = at("2026-11-27T10:00", "Europe/Athens"); // a Friday
    const FiledRequest f = filePothole(d);
    WorkflowEngine engine(d.db(), d.clock);
    const BusinessCalendar &cal = engine.calendar();
    const ServiceType pothole = d.type("road.pothole");
    CHECK(f.dueAt == cal.addWorkingTime(d.now, qint64(pothole.deadlineHours) * hour));
    const Actor staff = actorOf(d.user(Role::DepartmentStaff, QStringLiteral("roads")));
    REQUIRE(engine.transition(f.requestId, RequestStatus::Accepted, staff, {}).ok());
    d.now += 2 * hour;
    const qint64 leftAtHold = cal.workingTimeBetween(d.now, f.dueAt);
    REQUIRE(engine.transition(f.requestId, RequestStatus::OnHold, staff, QStringLiteral("waiting for the water company")).ok());
    ServiceRequest r = *RequestRepository(d.db()).get(f.requestId);
    DeadlineInfo info = engine.deadline(r, engine.workState(f.requestId), d.now + 30 * 24 * hour);
    CHECK(info.state == DeadlineState::Paused); // a month later, still paused: the clock stopped
    CHECK(info.workingMsLeft == leftAtHold);
    d.now = at("2026-12-14T09:00", "Europe/Athens");
    REQUIRE(engine.transition(f.requestId, RequestStatus::InProgress, staff, {}).ok());
    r = *RequestRepository(d.db()).get(f.requestId);
    CHECK(r.dueAt == cal.addWorkingTime(d.now, leftAtHold));
    info = engine.deadline(r, engine.workState(f.requestId), d.now);
    CHECK(info.state == DeadlineState::OnTrack);
    info = engine.deadline(r, engine.workState(f.requestId), r.dueAt - 1 * hour);
    CHECK(info.state == DeadlineState::AtRisk);
    info = engine.deadline(r, engine.workState(f.requestId), r.dueAt + 1);
    CHECK(info.state == DeadlineState::Breached);
    // The request filed at the desk is in the roads department's queue.
    QueueFilter roads;
    roads.departmentId = d.departmentId(QStringLiteral("roads"));
    bool listed = false;
    std::optional<QueueRow> last;
    for (QList<QueueRow> page; !(page = WorkQueueQuery(d.db()).page(roads, QueueSort::Deadline, last ? &*last : nullptr, 50, d.now)).isEmpty();) {
        for (const QueueRow &q : page)
            listed = listed || q.id == f.requestId;
        last = page.back();
    }
    CHECK(listed);
}

TEST_CASE("the demo municipality's pending requests are on the escalation ladder", "[workflow][escalation]")
{
    Demo d;
    SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT count(*), count(next_escalation_at), count(target_ms) FROM service_request "
                                       "WHERE status IN ('new','accepted','assigned','in_progress','reopened')");
    REQUIRE(s.step());
    CHECK(s.int64(0) > 0);
    CHECK(s.int64(1) == s.int64(0));
    CHECK(s.int64(2) == s.int64(0));
}

TEST_CASE("the escalation ladder climbs as the clock passes the deadline", "[workflow][escalation]")
{
    Demo d;
    d.now = at("2026-11-23T09:00", "Europe/Athens"); // a Monday
    const FiledRequest f = filePothole(d);
    WorkflowEngine engine(d.db(), d.clock);
    EscalationScheduler ladder(d.db(), d.clock);
    const WorkState w = engine.workState(f.requestId);
    const qint64 riskAt = engine.calendar().addWorkingTime(at("2026-11-23T09:00", "Europe/Athens"), qint64(double(w.targetMs) * 0.75));
    const qint64 marginAt = engine.calendar().addWorkingTime(f.dueAt, w.targetMs / 4);
    // Nothing due yet (other demo requests may be: only this one's steps are counted).
    REQUIRE(ladder.runFor(f.requestId).value() == 0);
    d.now = riskAt - 1;
    CHECK(ladder.runFor(f.requestId).value() == 0);
    d.now = riskAt;
    CHECK(ladder.runFor(f.requestId).value() == 1);
    CHECK(engine.workState(f.requestId).escalationLevel == 1);
    const QString roads = d.departmentId(QStringLiteral("roads"));
    auto alertsFor = [&](const char *role) {
        int n = 0;
        for (const Alert &a : ladder.openAlerts(QString::fromLatin1(role)))
            n += a.requestId == f.requestId ? 1 : 0;
        return n;
    };
    CHECK(alertsFor("department_head") == 1);
    CHECK(alertsFor("supervisor") == 0);
    CHECK(ladder.runFor(f.requestId).value() == 0); // a step is taken once
    d.now = f.dueAt + 1;
    CHECK(ladder.runFor(f.requestId).value() == 1);
    CHECK(alertsFor("supervisor") == 1);
    CHECK(alertsFor("administrator") == 0);
    d.now = marginAt + 1;
    CHECK(ladder.runFor(f.requestId).value() == 1);
    CHECK(alertsFor("administrator") == 1);
    d.now += 30 * 24 * hour;
    CHECK(ladder.runFor(f.requestId).value() == 0); // the top of the ladder
    const QList<RequestEvent> events = RequestRepository(d.db()).events(f.requestId);
    CHECK(std::count_if(events.begin(), events.end(), [](const RequestEvent &e) { return e.kind == EventKind::Escalation; }) == 3);
    // Acknowledged alerts leave the list.
    for (const Alert &a : ladder.openAlerts(QStringLiteral("supervisor")))
        if (a.requestId == f.requestId)
            REQUIRE(ladder.acknowledge(a.id, d.user(Role::Supervisor).id).ok());
    CHECK(alertsFor("supervisor") == 0);
    CHECK(ladder.openAlerts(QStringLiteral("department_head"), roads).size() >= 1);

    // A scheduler that did not run for a week takes every step at once; resolved requests leave the ladder.
    d.now = at("2026-11-23T09:00", "Europe/Athens");
    const FiledRequest g = filePothole(d, QStringLiteral("Αθηνάς 5"));
    const FiledRequest h = filePothole(d, QStringLiteral("Σταδίου 7"));
    const Actor staff = actorOf(d.user(Role::DepartmentStaff, QStringLiteral("roads")));
    for (RequestStatus s : {RequestStatus::Accepted, RequestStatus::InProgress, RequestStatus::Resolved})
        REQUIRE(engine.transition(h.requestId, s, staff, {}).ok());
    d.now += 21 * 24 * hour;
    CHECK(ladder.hasDue());
    REQUIRE(ladder.runOnce(100000).ok());
    CHECK(engine.workState(g.requestId).escalationLevel == 3);
    CHECK(engine.workState(h.requestId).escalationLevel == 0);
    CHECK(!ladder.hasDue());

    // A row at the top of the ladder that still says a step is due (an import, an old file) leaves the ladder
    // at its next run instead of being picked again and again.
    REQUIRE(d.db().exec(QStringLiteral("UPDATE service_request SET next_escalation_at = 1 WHERE id = '%1'").arg(g.requestId)).ok());
    CHECK(ladder.hasDue());
    CHECK(ladder.runOnce().value() == 0);
    CHECK(!ladder.hasDue());
    CHECK(engine.workState(g.requestId).escalationLevel == 3);
}

TEST_CASE("a cluster's priority rises with its distinct reporters, capped, and closes with its master", "[workflow][cluster]")
{
    Demo d;
    WorkflowEngine engine(d.db(), d.clock);
    const ServiceType pothole = d.type("road.pothole"); // demo catalogue: priority 3; rule: +1 per 3 reporters, cap 4
    QList<Citizen> people;
    for (int i = 0; i < 7; ++i)
        people.append(d.save(person(QStringLiteral("Person%1").arg(i), QStringLiteral("Test"), QStringLiteral("69440000%1").arg(10 + i))));
    const FiledRequest master = filePothole(d, QStringLiteral("Ερμού 12"), people[0].id);
    const Actor staff = actorOf(d.user(Role::DepartmentStaff, QStringLiteral("roads")));
    QStringList members;
    auto priorityOf = [&](const QString &id) { return int(RequestRepository(d.db()).get(id)->priority); };
    for (int i = 1; i < 7; ++i) {
        d.now += hour;
        const FiledRequest dup = filePothole(d, QStringLiteral("Ερμού 14"), people[i].id);
        REQUIRE(engine.linkDuplicate(dup.requestId, master.requestId, staff).ok());
        members.append(dup.requestId);
        const int reporters = i + 1;
        CHECK(priorityOf(master.requestId) == std::min(4, int(pothole.defaultPriority) + (reporters - 1) / 3));
    }
    CHECK(priorityOf(master.requestId) == 4); // capped
    CHECK(RequestRepository(d.db()).reporters(master.requestId).size() == 7);
    for (const QString &m : std::as_const(members)) {
        const ServiceRequest r = *RequestRepository(d.db()).get(m);
        CHECK(r.status == RequestStatus::Duplicate);
        CHECK(r.clusterId == master.requestId);
        CHECK(r.duplicateOf == master.requestId);
    }
    CHECK_FALSE(engine.linkDuplicate(master.requestId, master.requestId, staff).ok());
    // The same reporter twice counts once.
    const FiledRequest again = filePothole(d, QStringLiteral("Ερμού 16"), people[1].id);
    REQUIRE(engine.linkDuplicate(again.requestId, master.requestId, staff).ok());
    CHECK(RequestRepository(d.db()).reporters(master.requestId).size() == 7);

    // Closing the master closes the cluster.
    const Actor head = actorOf(d.user(Role::DepartmentHead, QStringLiteral("roads")));
    for (RequestStatus s : {RequestStatus::Accepted, RequestStatus::InProgress, RequestStatus::Resolved})
        REQUIRE(engine.transition(master.requestId, s, staff, {}, s == RequestStatus::Resolved ? std::optional(AccuracyRating::Accurate) : std::nullopt).ok());
    REQUIRE(engine.transition(master.requestId, RequestStatus::Closed, head, {}).ok());
    for (const QString &m : std::as_const(members))
        CHECK(RequestRepository(d.db()).get(m)->closedAt == d.now);
    CHECK(RequestRepository(d.db()).get(master.requestId)->accuracy == AccuracyRating::Accurate);
}

TEST_CASE("a problem fixed here lately comes back: a recurrence, counted against who closed it", "[workflow][recurrence]")
{
    Demo d;
    WorkflowEngine engine(d.db(), d.clock);
    const Actor staff = actorOf(d.user(Role::DepartmentStaff, QStringLiteral("roads")));
    const Actor head = actorOf(d.user(Role::DepartmentHead, QStringLiteral("roads")));
    const FiledRequest first = filePothole(d);
    for (RequestStatus s : {RequestStatus::Accepted, RequestStatus::InProgress, RequestStatus::Resolved})
        REQUIRE(engine.transition(first.requestId, s, staff, {}).ok());
    REQUIRE(engine.transition(first.requestId, RequestStatus::Closed, head, {}).ok());
    const qint64 since = d.now;
    d.now += 20 * 24 * hour;
    const FiledRequest again = filePothole(d, QStringLiteral("Ερμού 13"));
    CHECK(again.recurrenceOf == first.trackingNumber);
    CHECK(engine.workState(again.requestId).recurrenceOf == first.requestId);
    CHECK(WorkflowEngine(d.db(), d.clock).recurrencesByDepartment(since).value(d.departmentId(QStringLiteral("roads"))) == 1);
    // Far away, or long after: not a recurrence.
    CHECK(filePothole(d, QStringLiteral("Πατησίων 200")).recurrenceOf.isEmpty());
    d.now += 100 * 24 * hour;
    CHECK(filePothole(d, QStringLiteral("Ερμού 12")).recurrenceOf.isEmpty());
}

TEST_CASE("satisfaction is rated after resolution", "[workflow][rating]")
{
    Demo d;
    WorkflowEngine engine(d.db(), d.clock);
    const FiledRequest f = filePothole(d);
    const Actor op{d.operatorId, Role::Operator, {}};
    CHECK_FALSE(engine.rateSatisfaction(f.requestId, 4, {}, op).ok()); // not resolved yet
    const Actor staff = actorOf(d.user(Role::DepartmentStaff, QStringLiteral("roads")));
    for (RequestStatus s : {RequestStatus::Accepted, RequestStatus::InProgress, RequestStatus::Resolved})
        REQUIRE(engine.transition(f.requestId, s, staff, {}).ok());
    CHECK_FALSE(engine.rateSatisfaction(f.requestId, 6, {}, op).ok());
    REQUIRE(engine.rateSatisfaction(f.requestId, 4, QStringLiteral("Γρήγορα και καθαρά"), op).ok());
    const ServiceRequest r = *RequestRepository(d.db()).get(f.requestId);
    CHECK(r.satisfaction == 4);
    CHECK(r.satisfactionComment == QStringLiteral("Γρήγορα και καθαρά"));
    CHECK(RequestRepository(d.db()).events(f.requestId).back().kind == EventKind::Rating);
}

TEST_CASE("queue pages follow the queue's order without gaps or repeats", "[workflow][queue]")
{
    Demo d;
    WorkQueueQuery q(d.db());
    const QString roads = d.departmentId(QStringLiteral("roads"));
    for (QueueSort sort : {QueueSort::Priority, QueueSort::Deadline, QueueSort::Age}) {
        QueueFilter f;
        f.departmentId = roads;
        QList<QueueRow> all;
        std::optional<QueueRow> last;
        for (;;) {
            const QList<QueueRow> page = q.page(f, sort, last ? &*last : nullptr, 7, d.now);
            if (page.isEmpty())
                break;
            all.append(page);
            last = page.back();
        }
        CHECK(all.size() == q.count(f, d.now));
        CHECK(all.size() > 10);
        QSet<QString> seen;
        for (qsizetype i = 0; i < all.size(); ++i) {
            CHECK(all[i].departmentId == roads);
            CHECK(isOpen(all[i].status));
            CHECK_FALSE(seen.contains(all[i].id));
            seen.insert(all[i].id);
            if (i == 0)
                continue;
            const QueueRow &a = all[i - 1], &b = all[i];
            if (sort == QueueSort::Priority)
                CHECK((a.priority > b.priority || (a.priority == b.priority && (a.dueAt < b.dueAt || (a.dueAt == b.dueAt && a.id < b.id)))));
            else if (sort == QueueSort::Deadline)
                CHECK((a.dueAt < b.dueAt || (a.dueAt == b.dueAt && a.id < b.id)));
            else
                CHECK((a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.id < b.id)));
        }
    }
    QueueFilter breached;
    breached.departmentId = roads;
    breached.deadline = QueueFilter::Deadline::Breached;
    for (const QueueRow &r : q.page(breached, QueueSort::Deadline, nullptr, 100, d.now))
        CHECK((r.dueAt <= d.now && r.status != RequestStatus::OnHold));
}

TEST_CASE("a crew's route is never worse than nearest neighbour and visits every stop once", "[workflow][route]")
{
    std::mt19937 random(11);
    const QGeoCoordinate depot(37.98, 23.72);
    for (int round = 0; round < 30; ++round) {
        QList<RouteStop> stops;
        const int n = 2 + int(random() % 40);
        for (int i = 0; i < n; ++i)
            stops.append({QString::number(i), QGeoCoordinate(37.95 + (random() % 1000) / 10000.0, 23.70 + (random() % 1000) / 10000.0),
                          1 + int(random() % 5)});
        const RoutePlan nn = RoutePlanner::nearestNeighbour(depot, stops);
        const RoutePlan best = RoutePlanner::plan(depot, stops);
        INFO("round " << round);
        CHECK(best.cost <= nn.cost + 1e-6);
        CHECK(best.cost == Approx(RoutePlanner::cost(depot, stops, best.order)));
        QList<int> sorted = best.order;
        std::sort(sorted.begin(), sorted.end());
        QList<int> expected;
        for (int i = 0; i < n; ++i)
            expected.append(i);
        CHECK(sorted == expected);
    }
    // On a line from the depot, equal priorities: in order of distance.
    QList<RouteStop> line;
    for (int i : {3, 1, 4, 2})
        line.append({QString::number(i), depot.atDistanceAndAzimuth(i * 500.0, 90), 2});
    const RoutePlan p = RoutePlanner::plan(depot, line);
    QStringList visited;
    for (int i : p.order)
        visited.append(line[i].requestId);
    CHECK(visited == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    CHECK(p.distanceM == Approx(2000).margin(1));
}
