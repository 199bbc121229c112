// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation.h"

#include "core/workflow/staffnotifier.h"

#include "core/domain/messagetext.h"

#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"
#include "core/storage/alertstore.h"
#include "core/util/tr.h"
#include "core/workflow/engine.h"

namespace CivicDesk {

EscalationScheduler::EscalationScheduler(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_calendar(calendarOf(db))
{
}

Result<int> EscalationScheduler::escalate(const QString &requestId, qint64 now)
{
    int steps = 0;
    Status st = m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        const std::optional<RequestRepository::LadderRow> r = repo.ladderRow(requestId);
        if (!r)
            return {};
        const QString &id = r->id, &tenant = r->tenantId, &tracking = r->trackingNumber, &department = r->departmentId,
                      &assignee = r->assigneeId;
        const qint64 due = r->dueAt;
        const qint64 target = r->targetMs > 0 ? r->targetMs : 72 * 3600000LL;
        int level = r->level;
        qint64 next = r->nextAt;
        if (!isOpen(r->status) || r->status == RequestStatus::OnHold)
            return repo.updateLadder(id, level, 0);
        while (next > 0 && next <= now && level < 3) {
            ++level;
            QList<std::pair<QString, QString>> recipients; // role, person
            Message message;
            if (level == 1) {
                message = {QString::fromLatin1(MessageCode::AtRisk), {tracking, QString::number(int(WorkflowEngine::riskShare * 100))}};
                if (!assignee.isEmpty())
                    recipients.append({QStringLiteral("department_staff"), assignee});
                recipients.append({QStringLiteral("department_head"), QString()});
                next = due;
            } else if (level == 2) {
                message = {QString::fromLatin1(MessageCode::Breached), {tracking}};
                recipients.append({QStringLiteral("supervisor"), QString()});
                next = m_calendar.addWorkingTime(due, qint64(double(target) * WorkflowEngine::managementMarginShare));
            } else {
                message = {QString::fromLatin1(MessageCode::LongOverdue), {tracking}};
                recipients.append({QStringLiteral("administrator"), QString()});
                next = 0;
            }
            const qint64 stepAt = now;
            StaffNotifier staff(m_db);
            for (const auto &[role, person] : std::as_const(recipients)) {
                AlertStore::Row alert;
                alert.id = newRowId(stepAt);
                alert.tenantId = tenant;
                alert.requestId = id;
                alert.level = level;
                alert.recipientRole = role;
                alert.recipientId = person;
                alert.departmentId = department;
                alert.message = message;
                alert.createdAt = stepAt;
                if (Status e = AlertStore(m_db).insert(alert); !e)
                    return e;
                if (Result<int> mailed = staff.alerted(alert, QStringLiteral("escalation"), stepAt); !mailed)
                    return mailed.error();
            }
            QStringList to;
            for (const auto &recipient : std::as_const(recipients))
                to.append(recipient.first);
            Message withRoles = message; // the roles alerted follow the message's own arguments
            withRoles.args.append(to.join(u','));
            if (Status e = repo.appendEvent({newRowId(stepAt), id, EventKind::Escalation, stepAt, QStringLiteral("escalation"),
                                             QString::number(level - 1), QString::number(level), {}, withRoles});
                !e)
                return e;
            ++steps;
        }
        if (level >= 3)
            next = 0; // the top of the ladder: nothing further is due, whatever the row said
        return repo.updateLadder(id, level, next);
    });
    if (!st)
        return st.error();
    return steps;
}

Result<int> EscalationScheduler::runOnce(int limit)
{
    const qint64 now = m_clock();
    const QStringList due = RequestRepository(m_db).ladderDue(now, limit);
    int steps = 0;
    for (const QString &id : due) {
        Result<int> n = escalate(id, now);
        if (!n)
            return n.error();
        steps += n.value();
    }
    return steps;
}

bool EscalationScheduler::hasDue() const
{
    return !RequestRepository(m_db).ladderDue(m_clock(), 1).isEmpty();
}

Result<int> EscalationScheduler::runFor(const QString &requestId)
{
    const qint64 next = RequestRepository(m_db).work(requestId).nextEscalationAt;
    const qint64 now = m_clock();
    if (next <= 0 || next > now)
        return 0;
    return escalate(requestId, now);
}

QList<Alert> EscalationScheduler::openAlerts(const QString &role, const QString &departmentId, int limit) const
{
    QList<Alert> out;
    for (const AlertStore::Row &a : AlertStore(m_db).open(role, departmentId, limit))
        out.append({a.id, a.requestId, a.trackingNumber, a.level, a.recipientRole, a.recipientId, a.departmentId,
                    a.legacyText.isEmpty() ? MessageText::render(a.message) : a.legacyText, a.createdAt});
    return out;
}

Status EscalationScheduler::acknowledge(const QString &alertId, const QString &userId)
{
    return AlertStore(m_db).acknowledge(alertId, userId, m_clock());
}

} // namespace CivicDesk
