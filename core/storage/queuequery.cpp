// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuequery.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"

namespace CivicDesk {
namespace {

const char *openStatuses = "('new','accepted','assigned','in_progress','on_hold','reopened')";

struct Built
{
    QByteArray sql;
    QList<QVariant> binds;
};

void addFilter(const QueueFilter &f, qint64 now, QByteArray &where, QList<QVariant> &binds)
{
    where += " WHERE r.status IN ";
    where += openStatuses;
    if (!f.departmentId.isEmpty()) {
        where += " AND r.department_id = ?";
        binds.append(f.departmentId);
    }
    if (!f.statuses.isEmpty()) {
        where += " AND r.status IN (";
        for (qsizetype i = 0; i < f.statuses.size(); ++i) {
            where += i ? ",?" : "?";
            binds.append(toCode(f.statuses[i]));
        }
        where += ")";
    }
    if (!f.typeId.isEmpty()) {
        where += " AND r.service_type_id = ?";
        binds.append(f.typeId);
    }
    if (!f.districtId.isEmpty()) {
        where += " AND r.district_id = ?";
        binds.append(f.districtId);
    }
    if (f.mineOnly) {
        where += " AND r.assignee_id = ?";
        binds.append(f.userId);
    }
    if (f.deadline == QueueFilter::Deadline::Breached) {
        where += " AND r.status <> 'on_hold' AND r.due_at <= ?";
        binds.append(now);
    } else if (f.deadline == QueueFilter::Deadline::AtRisk) {
        where += " AND r.status <> 'on_hold' AND r.due_at > ? AND (r.escalation_level >= 1 OR r.next_escalation_at <= ?)";
        binds.append(now);
        binds.append(now);
    }
}

} // namespace

QList<QueueRow> WorkQueueQuery::page(const QueueFilter &f, QueueSort sort, const QueueRow *after, int limit, qint64 now)
{
    QByteArray sql = "SELECT r.local_id, r.id, r.tracking_number, r.service_type_id, r.status, r.priority, r.emergency, ifnull(r.due_at, 0), "
                     "r.created_at, r.address, ifnull(r.district_id, ''), ifnull(r.department_id, ''), ifnull(r.crew_id, ''), "
                     "ifnull(r.assignee_id, ''), ifnull(r.citizen_id, ''), "
                     "(SELECT count(*) FROM request_reporter rr WHERE rr.request_id = r.id), r.escalation_level, "
                     "ifnull(r.hold_remaining_ms, -1), ifnull(r.target_ms, 0), ifnull(r.next_escalation_at, 0), r.recurrence_of IS NOT NULL, "
                     "ifnull(r.lat, 0), ifnull(r.lon, 0) FROM service_request r ";
    const bool department = !f.departmentId.isEmpty();
    switch (sort) {
    case QueueSort::Priority: sql += department ? "INDEXED BY service_request_queue" : "INDEXED BY service_request_queue_all"; break;
    case QueueSort::Deadline: sql += department ? "INDEXED BY service_request_queue_due" : ""; break;
    case QueueSort::Age: sql += department ? "INDEXED BY service_request_queue_age" : ""; break;
    }
    QList<QVariant> binds;
    QByteArray where;
    addFilter(f, now, where, binds);
    if (after) {
        switch (sort) {
        case QueueSort::Priority:
            where += " AND (r.priority < ? OR (r.priority = ? AND (r.due_at > ? OR (r.due_at = ? AND r.id > ?))))";
            binds << after->priority << after->priority << after->dueAt << after->dueAt << after->id;
            break;
        case QueueSort::Deadline:
            where += " AND (r.due_at > ? OR (r.due_at = ? AND r.id > ?))";
            binds << after->dueAt << after->dueAt << after->id;
            break;
        case QueueSort::Age:
            where += " AND (r.created_at > ? OR (r.created_at = ? AND r.id > ?))";
            binds << after->createdAt << after->createdAt << after->id;
            break;
        }
    }
    sql += where;
    switch (sort) {
    case QueueSort::Priority: sql += " ORDER BY r.priority DESC, r.due_at, r.id"; break;
    case QueueSort::Deadline: sql += " ORDER BY r.due_at, r.id"; break;
    case QueueSort::Age: sql += " ORDER BY r.created_at, r.id"; break;
    }
    sql += " LIMIT ?";
    binds << limit;
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    QList<QueueRow> out;
    while (s.step()) {
        QueueRow r;
        r.localId = s.int64(0);
        r.id = s.text(1);
        r.trackingNumber = s.text(2);
        r.typeId = s.text(3);
        r.status = requestStatusFromCode(s.text(4)).value_or(RequestStatus::New);
        r.priority = int(s.int64(5));
        r.emergency = s.int64(6) != 0;
        r.dueAt = s.int64(7);
        r.createdAt = s.int64(8);
        r.address = s.text(9);
        r.districtId = s.text(10);
        r.departmentId = s.text(11);
        r.crewId = s.text(12);
        r.assigneeId = s.text(13);
        r.citizenId = s.text(14);
        r.reporters = int(s.int64(15));
        r.escalationLevel = int(s.int64(16));
        r.holdRemainingMs = s.int64(17);
        r.targetMs = s.int64(18);
        r.nextEscalationAt = s.int64(19);
        r.recurrence = s.int64(20) != 0;
        r.lat = s.real(21);
        r.lon = s.real(22);
        out.append(r);
    }
    return out;
}

qint64 WorkQueueQuery::count(const QueueFilter &f, qint64 now)
{
    QByteArray sql = "SELECT count(*) FROM service_request r ";
    sql += f.departmentId.isEmpty() ? "INDEXED BY service_request_queue_all" : "INDEXED BY service_request_queue";
    QList<QVariant> binds;
    QByteArray where;
    addFilter(f, now, where, binds);
    sql += where;
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    return s.step() ? s.int64(0) : 0;
}

} // namespace CivicDesk
