// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertstore.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

namespace CivicDesk {

Status AlertStore::insert(const Row &a)
{
    Statement s(m_db, "INSERT INTO alert(id, tenant_id, request_id, level, recipient_role, recipient_id, department_id, "
                                     "message, coded, created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,'',?,?,?,'escalation')");
    s.bind(1, a.id);
    s.bind(2, a.tenantId);
    s.bind(3, a.requestId);
    s.bind(4, a.level);
    s.bind(5, a.recipientRole);
    s.bindOptional(6, a.recipientId);
    s.bindOptional(7, a.departmentId);
    s.bind(8, a.message.toJson());
    s.bind(9, a.createdAt);
    s.bind(10, a.createdAt);
    if (!s.exec())
        return m_db.lastError(Tr::tr("running the escalation ladder"));
    return {};
}

QList<AlertStore::Row> AlertStore::open(const QString &role, const QString &departmentId, int limit) const
{
    QList<Row> out;
    Statement s(m_db, "SELECT a.id, a.request_id, r.tracking_number, a.level, a.recipient_role, ifnull(a.recipient_id, ''), "
                                     "ifnull(a.department_id, ''), a.message, a.created_at, a.coded, a.tenant_id FROM alert a "
                                     "JOIN service_request r ON r.id = a.request_id "
                                     "WHERE a.acknowledged_at IS NULL AND a.recipient_role = ? AND (? = '' OR a.department_id = ?) "
                                     "ORDER BY a.created_at DESC LIMIT ?");
    s.bind(1, role);
    s.bind(2, departmentId);
    s.bind(3, departmentId);
    s.bind(4, limit);
    while (s.step()) {
        Row row;
        row.id = s.text(0);
        row.requestId = s.text(1);
        row.trackingNumber = s.text(2);
        row.level = int(s.int64(3));
        row.recipientRole = s.text(4);
        row.recipientId = s.text(5);
        row.departmentId = s.text(6);
        const QString coded = s.text(9);
        if (coded.isEmpty())
            row.legacyText = s.text(7);
        else
            row.message = Message::fromJson(coded);
        row.createdAt = s.int64(8);
        row.tenantId = s.text(10);
        out.append(row);
    }
    return out;
}

Status AlertStore::acknowledge(const QString &alertId, const QString &userId, qint64 now)
{
    Statement s(m_db, "UPDATE alert SET acknowledged_at = ?, acknowledged_by = ?, updated_at = ?, updated_by = ? WHERE id = ?");
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
