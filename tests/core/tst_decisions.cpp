// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow's decisions as pure functions: no database, no clock, only the request, the rules and the time.
#include "core/domain/messagetext.h"
#include "core/workflow/decisions.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QTranslator>

using namespace CivicDesk;

namespace {

qint64 athens(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Athens")).toMSecsSinceEpoch();
}

/// A pothole filed on Monday 2 November 2026 at 09:00 in Athens, due after 16 working hours.
ServiceRequest filed(const BusinessCalendar &calendar)
{
    ServiceRequest r;
    r.id = QStringLiteral("r1");
    r.trackingNumber = QStringLiteral("26-D0-00001");
    r.status = RequestStatus::InProgress;
    r.createdAt = athens(2026, 11, 2, 9);
    r.work.targetMs = 16 * 3600000LL;
    r.dueAt = calendar.addWorkingTime(r.createdAt, r.work.targetMs);
    r.work.nextEscalationAt = calendar.addWorkingTime(r.createdAt, 12 * 3600000LL);
    return r;
}

const Actor staff{QStringLiteral("u-staff"), Role::DepartmentStaff, QStringLiteral("d-roads")};

} // namespace

TEST_CASE("a hold keeps the working time left and a resume gives it back, decided without a database", "[decisions]")
{
    const BusinessCalendar calendar = BusinessCalendar::forCountry(QStringLiteral("GR"));
    const Workflow &wf = Workflow::standard();
    const ServiceRequest r = filed(calendar);

    // On hold on Tuesday at 10:00: some working hours are used, the rest is kept and the ladder stops.
    const qint64 holdAt = athens(2026, 11, 3, 10);
    Result<Decisions::Transition> held = Decisions::transition(r, RequestStatus::OnHold, staff, QStringLiteral("waiting for the water company"),
                                                               std::nullopt, wf, calendar, holdAt);
    REQUIRE(held);
    const qint64 left = calendar.workingTimeBetween(holdAt, r.dueAt);
    CHECK(left > 0);
    CHECK(left < r.work.targetMs);
    CHECK(held->after.status == RequestStatus::OnHold);
    CHECK(held->after.work.holdRemainingMs == left);
    CHECK(held->after.work.nextEscalationAt == 0);
    CHECK(held->after.stamp.updatedAt == holdAt);
    CHECK(held->after.stamp.updatedBy == staff.userId);
    REQUIRE(held->events.size() == 1);
    CHECK(held->events[0].kind == EventKind::StatusChange);
    CHECK(held->events[0].fromValue == QLatin1String("in_progress"));
    CHECK(held->events[0].toValue == QLatin1String("on_hold"));
    CHECK(held->events[0].body == QLatin1String("waiting for the water company"));
    CHECK(held->notices.isEmpty());
    CHECK_FALSE(held->closesCluster);

    // Resumed a week later: the same working time is left from then on, and the ladder starts again.
    const qint64 resumeAt = athens(2026, 11, 10, 11);
    Result<Decisions::Transition> resumed =
        Decisions::transition(held->after, RequestStatus::InProgress, staff, {}, std::nullopt, wf, calendar, resumeAt);
    REQUIRE(resumed);
    CHECK(calendar.workingTimeBetween(resumeAt, resumed->after.dueAt) == left);
    CHECK(resumed->after.dueAt > r.dueAt);
    CHECK(resumed->after.work.holdRemainingMs == -1);
    CHECK(resumed->after.work.nextEscalationAt > resumeAt);
    CHECK(resumed->after.work.nextEscalationAt < resumed->after.dueAt);
}

TEST_CASE("resolving asks for a survey, closing closes the cluster, a refusal says why and changes nothing", "[decisions]")
{
    const BusinessCalendar calendar = BusinessCalendar::forCountry(QStringLiteral("GR"));
    const Workflow &wf = Workflow::standard();
    const ServiceRequest r = filed(calendar);
    const qint64 now = athens(2026, 11, 3, 12);

    Result<Decisions::Transition> resolved =
        Decisions::transition(r, RequestStatus::Resolved, staff, QStringLiteral("patched"), AccuracyRating::Accurate, wf, calendar, now);
    REQUIRE(resolved);
    CHECK(resolved->notices == QStringList{QStringLiteral("resolved"), QStringLiteral("survey")});
    CHECK(resolved->after.closedAt == 0); // resolved is not closed yet
    CHECK(resolved->after.work.nextEscalationAt == 0);
    CHECK(resolved->after.accuracy == AccuracyRating::Accurate);
    REQUIRE(resolved->events.size() == 2);
    CHECK(resolved->events[1].kind == EventKind::Rating);
    CHECK(resolved->events[1].toValue == QLatin1String("accurate"));

    const Actor supervisor{QStringLiteral("u-sup"), Role::Supervisor, {}};
    Result<Decisions::Transition> closed =
        Decisions::transition(resolved->after, RequestStatus::Closed, supervisor, {}, std::nullopt, wf, calendar, now + 1000);
    REQUIRE(closed);
    CHECK(closed->closesCluster);
    CHECK(closed->after.closedAt == now + 1000);

    // An operator may not resolve work; nothing is decided.
    const Actor operatorActor{QStringLiteral("u-op"), Role::Operator, {}};
    Result<Decisions::Transition> refused =
        Decisions::transition(r, RequestStatus::Resolved, operatorActor, QStringLiteral("done"), std::nullopt, wf, calendar, now);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QLatin1String("workflow.refused"));
    CHECK_FALSE(refused.error().message.isEmpty());

    // Satisfaction: only once resolved, and from 1 to 5.
    CHECK_FALSE(Decisions::rateSatisfaction(r, 4, {}, staff, now));
    CHECK_FALSE(Decisions::rateSatisfaction(resolved->after, 6, {}, staff, now));
    auto rated = Decisions::rateSatisfaction(resolved->after, 4, QStringLiteral(" quick "), staff, now);
    REQUIRE(rated);
    CHECK(rated->first.satisfaction == 4);
    CHECK(rated->first.satisfactionComment == QLatin1String("quick"));
    CHECK(rated->second.toValue == QLatin1String("4"));
}

TEST_CASE("a reroute leaves the old department's crew behind, an assignment may start the work, each refusal says why", "[decisions]")
{
    const BusinessCalendar calendar = BusinessCalendar::forCountry(QStringLiteral("GR"));
    ServiceRequest r = filed(calendar);
    r.status = RequestStatus::Accepted;
    r.departmentId = QStringLiteral("d-roads");
    r.crewId = QStringLiteral("c-roads-1");
    r.assigneeId = QStringLiteral("u-roads");
    const qint64 now = athens(2026, 11, 3, 9);
    Department lighting;
    lighting.id = QStringLiteral("d-lighting");
    lighting.name = LocalizedText::fromJson(QStringLiteral("{\"en\":\"Street lighting\"}"));

    // Reroute: a reason, an open request, another department that handles the type.
    CHECK_FALSE(Decisions::reroute(r, lighting, true, QStringLiteral("Pothole"), QStringLiteral("  "), staff, now));
    CHECK_FALSE(Decisions::reroute(r, std::nullopt, true, QStringLiteral("Pothole"), QStringLiteral("wrong desk"), staff, now));
    Result<Decisions::Change> unhandled = Decisions::reroute(r, lighting, false, QStringLiteral("Pothole"), QStringLiteral("wrong desk"), staff, now);
    REQUIRE_FALSE(unhandled);
    CHECK(unhandled.error().message.contains(QStringLiteral("Street lighting")));
    Result<Decisions::Change> moved = Decisions::reroute(r, lighting, true, QStringLiteral("Pothole"), QStringLiteral(" wrong desk "), staff, now);
    REQUIRE(moved);
    CHECK(moved->after.departmentId == lighting.id);
    CHECK(moved->after.crewId.isEmpty());
    CHECK(moved->after.assigneeId.isEmpty());
    REQUIRE(moved->events.size() == 1);
    CHECK(moved->events[0].kind == EventKind::Routing);
    CHECK(moved->events[0].fromValue == QLatin1String("d-roads"));
    CHECK(moved->events[0].body == QLatin1String("wrong desk"));
    ServiceRequest closed = r;
    closed.status = RequestStatus::Closed;
    CHECK_FALSE(Decisions::reroute(closed, lighting, true, QStringLiteral("Pothole"), QStringLiteral("late"), staff, now));

    // Assignment: a crew of the request's own department; an accepted request moves to "assigned".
    Department crew;
    crew.id = QStringLiteral("c-roads-2");
    crew.kind = DepartmentKind::Crew;
    crew.parentId = QStringLiteral("d-roads");
    Result<Decisions::Change> given = Decisions::assign(r, crew.id, crew, QStringLiteral("u-2"), staff, Workflow::standard(), now);
    REQUIRE(given);
    CHECK(given->after.crewId == crew.id);
    CHECK(given->after.assigneeId == QLatin1String("u-2"));
    CHECK(given->statusChanged);
    CHECK(given->after.status == RequestStatus::Assigned);
    REQUIRE(given->events.size() == 2);
    CHECK(given->events[0].fromValue == QLatin1String("c-roads-1/u-roads"));
    CHECK(given->events[1].toValue == QLatin1String("assigned"));
    Department otherCrew = crew;
    otherCrew.parentId = QStringLiteral("d-lighting");
    CHECK_FALSE(Decisions::assign(r, otherCrew.id, otherCrew, {}, staff, Workflow::standard(), now));
    CHECK_FALSE(Decisions::assign(r, QStringLiteral("nobody"), std::nullopt, {}, staff, Workflow::standard(), now));
    const Actor operatorActor{QStringLiteral("u-op"), Role::Operator, {}};
    CHECK_FALSE(Decisions::assign(r, crew.id, crew, {}, operatorActor, Workflow::standard(), now));
    // Work already in progress keeps its status.
    ServiceRequest working = r;
    working.status = RequestStatus::InProgress;
    Result<Decisions::Change> regiven = Decisions::assign(working, crew.id, crew, {}, staff, Workflow::standard(), now);
    REQUIRE(regiven);
    CHECK_FALSE(regiven->statusChanged);
    CHECK(regiven->after.status == RequestStatus::InProgress);
}

TEST_CASE("a refusal made under the Greek UI reads in English: its code and arguments travel with it", "[decisions][messages]")
{
    const BusinessCalendar calendar = BusinessCalendar::forCountry(QStringLiteral("GR"));
    ServiceRequest r = filed(calendar);
    r.status = RequestStatus::Closed;
    const qint64 now = athens(2026, 11, 3, 9);
    Department lighting;
    lighting.id = QStringLiteral("d-lighting");

    QTranslator greek;
    REQUIRE(greek.load(QStringLiteral(":/i18n/civicdesk_el.qm")));
    QCoreApplication::installTranslator(&greek);
    Result<Decisions::Change> closed = Decisions::reroute(r, lighting, true, QStringLiteral("Pothole"), QStringLiteral("wrong desk"), staff, now);
    const Actor operatorActor{QStringLiteral("u-op"), Role::Operator, {}};
    ServiceRequest working = filed(calendar);
    Result<Decisions::Transition> role =
        Decisions::transition(working, RequestStatus::Resolved, operatorActor, QStringLiteral("done"), std::nullopt, Workflow::standard(), calendar, now);
    QCoreApplication::removeTranslator(&greek);

    REQUIRE_FALSE(closed);
    REQUIRE_FALSE(role);
    // Written for the Greek desk: Greek words, the status by its Greek name.
    CHECK(closed.error().message.contains(QStringLiteral("26-D0-00001")));
    CHECK_FALSE(closed.error().message.contains(QStringLiteral("rerouted")));
    CHECK(closed.error().key == QLatin1String("refused.reroute-closed"));
    CHECK(closed.error().args == QStringList{QStringLiteral("26-D0-00001"), QStringLiteral("closed")});
    // Read by an English reader: the same refusal in English, the status and role by their English names.
    CHECK(MessageText::renderError(closed.error()) == QLatin1String("Request 26-D0-00001 is Closed: it can no longer be rerouted."));
    CHECK(role.error().key == QLatin1String("refused.role"));
    CHECK(MessageText::renderError(role.error()) ==
          QStringLiteral("A user with the role “Operator” may not move a request from “In progress” to “Resolved”."));
    CHECK(MessageText::renderError(role.error()) != role.error().message);
    // An error with words only renders as it was made.
    const Error plain{QStringLiteral("db.full"), QStringLiteral("The disk is full.")};
    CHECK(MessageText::renderError(plain) == plain.message);
}

TEST_CASE("a duplicate joins the master of its master's cluster, and the master's priority follows its reporters", "[decisions]")
{
    const BusinessCalendar calendar = BusinessCalendar::forCountry(QStringLiteral("GR"));
    ServiceRequest r = filed(calendar);
    r.status = RequestStatus::New;
    ServiceRequest master = filed(calendar);
    master.id = QStringLiteral("r0");
    master.trackingNumber = QStringLiteral("26-D0-00000");
    master.clusterId = QStringLiteral("r-root");
    const qint64 now = athens(2026, 11, 3, 9);

    Result<Decisions::DuplicateLink> linked = Decisions::linkDuplicate(r, master, staff, Workflow::standard(), now);
    REQUIRE(linked);
    CHECK(linked->root == QLatin1String("r-root"));
    REQUIRE(linked->events.size() == 2);
    CHECK(linked->events[0].requestId == r.id);
    CHECK(linked->events[0].toValue == QLatin1String("duplicate"));
    CHECK(linked->events[0].message.args == QStringList{master.trackingNumber});
    CHECK(linked->events[1].requestId == QLatin1String("r-root"));
    CHECK(linked->events[1].kind == EventKind::Link);

    CHECK(Decisions::linkDuplicate(r, r, staff, Workflow::standard(), now).error().key == QLatin1String("refused.duplicate-itself"));
    ServiceRequest closedMaster = master;
    closedMaster.status = RequestStatus::Closed;
    CHECK(Decisions::linkDuplicate(r, closedMaster, staff, Workflow::standard(), now).error().key == QLatin1String("refused.link-closed"));
    ServiceRequest loop = master;
    loop.clusterId = r.id; // r is already the master of the master's cluster
    CHECK(Decisions::linkDuplicate(r, loop, staff, Workflow::standard(), now).error().key == QLatin1String("refused.already-in-cluster"));

    // Priority 2 at first; a step every 3 reporters after the first, never above 4; an emergency stays one.
    CHECK_FALSE(Decisions::clusterPriority(2, 2, 3, 4, 1));
    CHECK_FALSE(Decisions::clusterPriority(2, 2, 3, 4, 3));
    CHECK(Decisions::clusterPriority(2, 2, 3, 4, 4) == 3);
    CHECK(Decisions::clusterPriority(3, 2, 3, 4, 40) == 4);
    CHECK_FALSE(Decisions::clusterPriority(5, 2, 3, 4, 40));
    CHECK(Decisions::clusterPriority(4, 2, 3, 4, 1) == 2); // reporters merged away: back to the base
}

TEST_CASE("a coded refusal renders in any catalogue's language whatever the process has installed", "[decisions][messages]")
{
    const BusinessCalendar calendar = BusinessCalendar::forCountry(QStringLiteral("GR"));
    ServiceRequest r = filed(calendar);
    r.status = RequestStatus::Closed;
    Department lighting;
    lighting.id = QStringLiteral("d-lighting");
    const Result<Decisions::Change> refused =
        Decisions::reroute(r, lighting, true, QStringLiteral("Pothole"), QStringLiteral("wrong desk"), staff, athens(2026, 11, 3, 9));
    REQUIRE_FALSE(refused);
    QTranslator greek, italian;
    REQUIRE(greek.load(QStringLiteral(":/i18n/civicdesk_el.qm")));
    REQUIRE(italian.load(QStringLiteral(":/i18n/civicdesk_it.qm")));

    // As a server would answer three clients, with the Greek catalogue installed in the process all along.
    QCoreApplication::installTranslator(&greek);
    const QString inGreek = MessageText::renderErrorIn(refused.error(), &greek);
    const QString inItalian = MessageText::renderErrorIn(refused.error(), &italian);
    const QString inEnglish = MessageText::renderErrorIn(refused.error(), nullptr);
    const QString installed = MessageText::renderError(refused.error());
    QCoreApplication::removeTranslator(&greek);

    CHECK(inEnglish == QLatin1String("Request 26-D0-00001 is Closed: it can no longer be rerouted."));
    CHECK(inGreek == installed);
    CHECK(inGreek.contains(QStringLiteral("26-D0-00001")));
    CHECK(inGreek.contains(greek.translate("CivicDesk", "Closed")));
    CHECK(inItalian.contains(italian.translate("CivicDesk", "Closed")));
    CHECK(inItalian != inGreek);
    CHECK(inItalian != inEnglish);
    // A message of the history renders the same way.
    const Message duplicate{QString::fromLatin1(MessageCode::DuplicateOf), {QStringLiteral("26-D0-00007")}};
    CHECK(MessageText::renderIn(duplicate, nullptr) == QLatin1String("Duplicate of 26-D0-00007"));
    CHECK(MessageText::renderIn(duplicate, &italian).contains(QStringLiteral("26-D0-00007")));
    CHECK(MessageText::renderIn(duplicate, &italian) != QLatin1String("Duplicate of 26-D0-00007"));
}
