// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation.h"

#include "domain/messagetext.h"

#include "domain/idgenerator.h"
#include "storage/database.h"
#include "storage/requestrepository.h"
#include "storage/sqlitestatement.h"
#include "util/tr.h"
#include "workflow/engine.h"

namespace CivicDesk {

namespace {

/// The requests with a step due at the bound time, by the ladder's index.
constexpr char dueRequests[] = "SELECT local_id FROM service_request INDEXED BY service_request_escalation "
                               "WHERE next_escalation_at IS NOT NULL AND next_escalation_at <= ?";

} // namespace

EscalationScheduler::EscalationScheduler(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_calendar(calendarOf(db))
{
}

Result<int> EscalationScheduler::escalate(qint64 localId, qint64 now)
{
    int steps = 0;
    Status st = m_db.transaction([&]() -> Status {
        SqliteStatement s(m_db.handle(), "SELECT id, tenant_id, tracking_number, department_id, assignee_id, due_at, ifnull(target_ms, 0), "
                                         "escalation_level, next_escalation_at, status FROM service_request WHERE local_id = ?");
        s.bind(1, localId);
        if (!s.step())
            return {};
        const QString id = s.text(0), tenant = s.text(1), tracking = s.text(2), department = s.text(3), assignee = s.text(4);
        const qint64 due = s.int64(5);
        const qint64 target = s.int64(6) > 0 ? s.int64(6) : 72 * 3600000LL;
        int level = int(s.int64(7));
        qint64 next = s.isNull(8) ? 0 : s.int64(8);
        const std::optional<RequestStatus> status = requestStatusFromCode(s.text(9));
        s.reset();
        if (!status || !isOpen(*status) || *status == RequestStatus::OnHold) {
            SqliteStatement clear(m_db.handle(), "UPDATE service_request SET next_escalation_at = NULL WHERE local_id = ?");
            clear.bind(1, localId);
            return clear.exec() ? Status{} : m_db.lastError(Tr::tr("running the escalation ladder"));
        }
        RequestRepository repo(m_db);
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
            for (const auto &[role, person] : std::as_const(recipients)) {
                SqliteStatement a(m_db.handle(), "INSERT INTO alert(id, tenant_id, request_id, level, recipient_role, recipient_id, department_id, "
                                                 "message, coded, created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,'',?,?,?,'escalation')");
                a.bind(1, newRowId(stepAt));
                a.bind(2, tenant);
                a.bind(3, id);
                a.bind(4, level);
                a.bind(5, role);
                a.bindOptional(6, person);
                a.bindOptional(7, department);
                a.bind(8, message.toJson());
                a.bind(9, stepAt);
                a.bind(10, stepAt);
                if (!a.exec())
                    return m_db.lastError(Tr::tr("running the escalation ladder"));
            }
            QStringList to;
            for (const auto &r : std::as_const(recipients))
                to.append(r.first);
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
        SqliteStatement up(m_db.handle(), "UPDATE service_request SET escalation_level = ?, next_escalation_at = ? WHERE local_id = ?");
        up.bind(1, level);
        if (next > 0)
            up.bind(2, next);
        else
            up.bindNull(2);
        up.bind(3, localId);
        return up.exec() ? Status{} : m_db.lastError(Tr::tr("running the escalation ladder"));
    });
    if (!st)
        return st.error();
    return steps;
}

Result<int> EscalationScheduler::runOnce(int limit)
{
    const qint64 now = m_clock();
    QList<qint64> due;
    {
        SqliteStatement s(m_db.handle(), (QByteArray(dueRequests) + " ORDER BY next_escalation_at LIMIT ?").constData());
        s.bind(1, now);
        s.bind(2, limit);
        while (s.step())
            due.append(s.int64(0));
    }
    int steps = 0;
    for (qint64 localId : std::as_const(due)) {
        Result<int> n = escalate(localId, now);
        if (!n)
            return n.error();
        steps += n.value();
    }
    return steps;
}

bool EscalationScheduler::hasDue() const
{
    SqliteStatement s(m_db.handle(), (QByteArray(dueRequests) + " LIMIT 1").constData());
    s.bind(1, m_clock());
    return s.step();
}

Result<int> EscalationScheduler::runFor(const QString &requestId)
{
    SqliteStatement s(m_db.handle(), "SELECT local_id, ifnull(next_escalation_at, 0) FROM service_request WHERE id = ?");
    s.bind(1, requestId);
    if (!s.step())
        return 0;
    const qint64 localId = s.int64(0), next = s.int64(1);
    s.reset();
    const qint64 now = m_clock();
    if (next <= 0 || next > now)
        return 0;
    return escalate(localId, now);
}

QList<Alert> EscalationScheduler::openAlerts(const QString &role, const QString &departmentId, int limit) const
{
    QList<Alert> out;
    SqliteStatement s(m_db.handle(), "SELECT a.id, a.request_id, r.tracking_number, a.level, a.recipient_role, ifnull(a.recipient_id, ''), "
                                     "ifnull(a.department_id, ''), a.message, a.created_at, a.coded FROM alert a JOIN service_request r ON r.id = a.request_id "
                                     "WHERE a.acknowledged_at IS NULL AND a.recipient_role = ? AND (? = '' OR a.department_id = ?) "
                                     "ORDER BY a.created_at DESC LIMIT ?");
    s.bind(1, role);
    s.bind(2, departmentId);
    s.bind(3, departmentId);
    s.bind(4, limit);
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2), int(s.int64(3)), s.text(4), s.text(5), s.text(6),
                    s.text(9).isEmpty() ? s.text(7) : MessageText::render(Message::fromJson(s.text(9))), s.int64(8)});
    return out;
}

Status EscalationScheduler::acknowledge(const QString &alertId, const QString &userId)
{
    SqliteStatement s(m_db.handle(), "UPDATE alert SET acknowledged_at = ?, acknowledged_by = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    const qint64 now = m_clock();
    s.bind(1, now);
    s.bind(2, userId);
    s.bind(3, now);
    s.bind(4, userId);
    s.bind(5, alertId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("acknowledging an alert"));
    return {};
}

} // namespace CivicDesk
