// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisions.h"

#include "core/domain/messagetext.h"

#include <algorithm>

namespace CivicDesk::Decisions {
namespace {

constexpr qint64 hourMs = 3600000;

} // namespace

Error refused(const char *code, const QStringList &args)
{
    return MessageText::error(QStringLiteral("workflow.refused"), Message{QString::fromLatin1(code), args});
}

Error requestGone()
{
    return MessageText::error(QStringLiteral("request.missing"), Message{QString::fromLatin1(MessageCode::RequestGone), {}});
}

Result<Transition> transition(const ServiceRequest &r, RequestStatus to, const Actor &actor, const QString &note,
                              std::optional<AccuracyRating> accuracy, const Workflow &wf, const BusinessCalendar &calendar, qint64 now)
{
    if (const Message why = wf.refusalMessage(r.status, to, actor.role, note); !why.isEmpty())
        return MessageText::error(QStringLiteral("workflow.refused"), why);
    const RequestStatus from = r.status;
    const RequestWork &w = r.work;
    const qint64 target = w.targetMs > 0 ? w.targetMs : std::max<qint64>(hourMs, r.dueAt - r.createdAt);

    qint64 dueAt = r.dueAt;
    qint64 closedAt = r.closedAt;
    qint64 holdLeft = -1;
    qint64 nextEscalation = w.nextEscalationAt;
    int level = w.escalationLevel;
    auto ladder = [&](qint64 due, qint64 left) -> qint64 {
        if (level == 0) {
            const qint64 riskLeft = qint64(double(target) * (1.0 - riskShare));
            return left > riskLeft ? calendar.addWorkingTime(now, left - riskLeft) : now;
        }
        if (level == 1)
            return due;
        if (level == 2)
            return calendar.addWorkingTime(due, qint64(double(target) * managementMarginShare));
        return 0;
    };

    if (to == RequestStatus::OnHold) {
        holdLeft = std::max<qint64>(0, calendar.workingTimeBetween(now, dueAt));
        nextEscalation = 0;
    } else if (from == RequestStatus::OnHold) {
        const qint64 left = w.holdRemainingMs >= 0 ? w.holdRemainingMs : 0;
        dueAt = calendar.addWorkingTime(now, left);
        nextEscalation = ladder(dueAt, left);
    } else if (to == RequestStatus::Reopened) {
        level = 0;
        dueAt = calendar.addWorkingTime(now, target);
        nextEscalation = ladder(dueAt, target);
        closedAt = 0;
    }
    if (!isOpen(to)) {
        nextEscalation = 0;
        if (to != RequestStatus::Resolved)
            closedAt = now;
    }

    Transition out;
    ServiceRequest &changed = out.after;
    changed = r;
    changed.status = to;
    changed.statusNotes = note.trimmed();
    changed.dueAt = dueAt;
    changed.closedAt = closedAt;
    if (accuracy)
        changed.accuracy = accuracy;
    changed.work.holdRemainingMs = holdLeft;
    changed.work.nextEscalationAt = nextEscalation;
    changed.work.escalationLevel = level;
    changed.work.targetMs = target;
    changed.stamp = {now, actor.userId};

    out.events.append({{}, r.id, EventKind::StatusChange, now, actor.userId, toCode(from), toCode(to), note.trimmed()});
    if (accuracy)
        out.events.append({{}, r.id, EventKind::Rating, now, actor.userId, QStringLiteral("accuracy"), toCode(*accuracy), {}});
    if (to == RequestStatus::Resolved)
        out.notices = {QStringLiteral("resolved"), QStringLiteral("survey")};
    else if (to == RequestStatus::Rejected)
        out.notices = {QStringLiteral("rejected")};
    else if (to == RequestStatus::Accepted && from == RequestStatus::New)
        out.notices = {QStringLiteral("accepted")};
    else if (to == RequestStatus::Assigned && from != RequestStatus::InProgress && from != RequestStatus::OnHold)
        out.notices = {QStringLiteral("scheduled")};
    out.closesCluster = to == RequestStatus::Closed || to == RequestStatus::Rejected;
    return out;
}

Result<Change> reroute(const ServiceRequest &r, const std::optional<Department> &target, bool handles, const QString &typeName,
                       const QString &reason, const Actor &actor, qint64 now)
{
    if (reason.trimmed().isEmpty())
        return refused(MessageCode::RerouteNeedsReason);
    if (!isOpen(r.status))
        return refused(MessageCode::RerouteClosed, {r.trackingNumber, toCode(r.status)});
    if (target && target->id == r.departmentId)
        return refused(MessageCode::AlreadyThere, {r.trackingNumber});
    if (!target)
        return refused(MessageCode::NoSuchDepartment);
    if (!handles)
        return refused(MessageCode::NotHandled, {target->name.best(QStringLiteral("en")), typeName});
    Change out;
    out.after = r; // to the new department, no longer with the old one's crew or assignee
    out.after.departmentId = target->id;
    out.after.crewId.clear();
    out.after.assigneeId.clear();
    out.after.stamp = {now, actor.userId};
    out.events.append({{}, r.id, EventKind::Routing, now, actor.userId, r.departmentId, target->id, reason.trimmed()});
    return out;
}

Result<Change> assign(const ServiceRequest &r, const QString &crewId, const std::optional<Department> &crew, const QString &assigneeId,
                      const Actor &actor, const Workflow &workflow, qint64 now)
{
    if (actor.role == Role::Operator)
        return refused(MessageCode::OperatorsDoNotAssign);
    if (!isOpen(r.status))
        return refused(MessageCode::NothingToAssign, {r.trackingNumber, toCode(r.status)});
    if (!crewId.isEmpty()) {
        if (!crew || crew->kind != DepartmentKind::Crew)
            return refused(MessageCode::NotACrew);
        if (crew->parentId != r.departmentId)
            return refused(MessageCode::CrewElsewhere, {crew->name.best(QStringLiteral("en")), r.trackingNumber});
    }
    Change out;
    out.after = r;
    out.after.crewId = crewId;
    out.after.assigneeId = assigneeId;
    out.after.stamp = {now, actor.userId};
    out.events.append({{}, r.id, EventKind::Assignment, now, actor.userId, r.crewId + u'/' + r.assigneeId, crewId + u'/' + assigneeId, {}});
    // Assigning an accepted request starts it on the workflow's path when the actor may.
    if ((r.status == RequestStatus::Accepted || r.status == RequestStatus::Reopened)
        && workflow.refusalMessage(r.status, RequestStatus::Assigned, actor.role, {}).isEmpty()) {
        out.after.status = RequestStatus::Assigned;
        out.statusChanged = true;
        out.events.append({{}, r.id, EventKind::StatusChange, now, actor.userId, toCode(r.status), toCode(RequestStatus::Assigned), {}});
    }
    return out;
}

Result<DuplicateLink> linkDuplicate(const ServiceRequest &r, const ServiceRequest &master, const Actor &actor, const Workflow &workflow,
                                    qint64 now)
{
    if (r.id == master.id)
        return refused(MessageCode::DuplicateOfItself);
    if (!isOpen(master.status))
        return refused(MessageCode::LinkToOpen, {master.trackingNumber, toCode(master.status)});
    // The master of the master's cluster is the one that counts.
    DuplicateLink out;
    out.root = master.clusterId.isEmpty() ? master.id : master.clusterId;
    if (out.root == r.id)
        return refused(MessageCode::AlreadyInCluster, {master.trackingNumber, r.trackingNumber});
    if (const Message why = workflow.refusalMessage(r.status, RequestStatus::Duplicate, actor.role, QStringLiteral("-")); !why.isEmpty())
        return MessageText::error(QStringLiteral("workflow.refused"), why);
    out.events.append({{}, r.id, EventKind::StatusChange, now, actor.userId, toCode(r.status), toCode(RequestStatus::Duplicate), {},
                       Message{QString::fromLatin1(MessageCode::DuplicateOf), {master.trackingNumber}}});
    out.events.append({{}, out.root, EventKind::Link, now, actor.userId, {}, r.trackingNumber, {},
                       Message{QString::fromLatin1(MessageCode::JoinedCluster), {r.trackingNumber}}});
    return out;
}

std::optional<int> clusterPriority(int current, int base, int step, int cap, int reporters)
{
    if (current >= int(Priority::Emergency))
        return std::nullopt; // an emergency stays one
    const int wanted = std::max(base, std::min(cap, base + std::max(0, reporters - 1) / std::max(1, step)));
    if (wanted == current)
        return std::nullopt;
    return wanted;
}

Result<std::pair<ServiceRequest, RequestEvent>> rateSatisfaction(const ServiceRequest &r, int score, const QString &comment, const Actor &actor,
                                                                 qint64 now)
{
    if (score < 1 || score > 5)
        return refused(MessageCode::SatisfactionRange);
    if (r.status != RequestStatus::Resolved && r.status != RequestStatus::Closed)
        return refused(MessageCode::SatisfactionEarly);
    ServiceRequest changed = r;
    changed.satisfaction = score;
    changed.satisfactionComment = comment.trimmed();
    changed.stamp = {now, actor.userId};
    RequestEvent e{{}, r.id, EventKind::Rating, now, actor.userId, QStringLiteral("satisfaction"), QString::number(score), comment.trimmed()};
    return std::pair<ServiceRequest, RequestEvent>{changed, e};
}

} // namespace CivicDesk::Decisions
