// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/domain/servicerequest.h"
#include "core/util/result.h"
#include "core/workflow/calendar.h"
#include "core/workflow/workflow.h"

#include <QStringList>

#include <optional>

namespace CivicDesk {

/// Who does something: a user with a role, working for a department (empty for municipality-wide roles).
struct Actor
{
    QString userId;
    Role role = Role::Operator;
    QString departmentId;
};

/// The decisions of the request workflow as pure functions: what a change makes of a request, given the request
/// as loaded, the rules (workflow, calendar) and the time. No database, no clock: the engine loads what they need,
/// calls them and applies what they return; a server runs the same functions against its own store.
namespace Decisions {

/// The share of the working time after which a request is at risk (the ladder's first step).
inline constexpr double riskShare = 0.75;
/// How far past the deadline, as a share of the target, management is alerted.
inline constexpr double managementMarginShare = 0.25;

/// A refusal of the workflow ("workflow.refused") saying message @p code (see MessageCode) with @p args, in words
/// now and coded for other readers.
Error refused(const char *code, const QStringList &args = {});
/// The request asked for no longer exists ("request.missing").
Error requestGone();

/// What a status change makes: the request as it will be, its history entries (without ids: the applier
/// gives them), whom to tell, and whether the request's cluster closes with it.
struct Transition
{
    ServiceRequest after;
    QList<RequestEvent> events;
    QStringList notices;        ///< for the reporters, in order: "accepted", "scheduled", "resolved", "survey", "rejected"
    bool closesCluster = false; ///< closed or rejected: its open members close with it
};

/// Moves @p request to @p to by @p actor with @p note (and the accuracy rating of the report, if given):
/// refused with the workflow's reason when the move is not allowed. The deadline follows the working time:
/// putting on hold keeps the working time left, resuming gives it back from @p now, reopening starts the
/// target again; the escalation ladder's next step moves with it.
Result<Transition> transition(const ServiceRequest &request, RequestStatus to, const Actor &actor, const QString &note,
                              std::optional<AccuracyRating> accuracy, const Workflow &workflow, const BusinessCalendar &calendar, qint64 now);

/// What a reroute or an assignment makes: the request as it will be and its history entries (without ids).
struct Change
{
    ServiceRequest after;
    QList<RequestEvent> events;
    bool statusChanged = false; ///< the status moved too (an assignment that starts the work)
};

/// Sends @p request to @p target (nothing: the department does not exist) for @p reason; @p handles says whether
/// the routing lets that department take requests of the request's type (@p typeName names the type in the
/// refusal). It arrives without the old department's crew or assignee.
Result<Change> reroute(const ServiceRequest &request, const std::optional<Department> &target, bool handles, const QString &typeName,
                       const QString &reason, const Actor &actor, qint64 now);

/// Gives @p request to @p crew (nothing for none; it must be a crew of the request's department) and
/// @p assigneeId; an accepted or reopened request then moves to "assigned" when the workflow lets the actor.
/// @p crewId is the crew asked for (empty: none), so that an unknown one is refused.
Result<Change> assign(const ServiceRequest &request, const QString &crewId, const std::optional<Department> &crew, const QString &assigneeId,
                      const Actor &actor, const Workflow &workflow, qint64 now);

/// What linking a duplicate makes: the cluster's master it joins (the master of @p master's cluster) and the
/// history entries of both (the request's status change, the master's link).
struct DuplicateLink
{
    QString root;
    QList<RequestEvent> events;
};

/// Makes @p request a duplicate of @p master: refused for itself, a closed master, a loop in the cluster, or a
/// status the workflow does not let the actor leave for "duplicate".
Result<DuplicateLink> linkDuplicate(const ServiceRequest &request, const ServiceRequest &master, const Actor &actor, const Workflow &workflow,
                                    qint64 now);

/// The priority a cluster's master follows from its distinct reporters (one step up per @p step reporters
/// after the first, at most @p cap, never below the one it had before): nothing when it stays as it is, and
/// an emergency always stays one.
std::optional<int> clusterPriority(int current, int base, int step, int cap, int reporters);

/// Records the citizen's satisfaction (1…5) with the work: refused out of range or before the work is done.
Result<std::pair<ServiceRequest, RequestEvent>> rateSatisfaction(const ServiceRequest &request, int score, const QString &comment,
                                                                 const Actor &actor, qint64 now);

} // namespace Decisions
} // namespace CivicDesk
