// SPDX-License-Identifier: GPL-3.0-or-later
// The workflow's decisions as pure functions: no database, no clock, only the request, the rules and the time.
#include "core/workflow/decisions.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

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
