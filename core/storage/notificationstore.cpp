// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationstore.h"
#include "core/storage/sqliteaccess.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

namespace CivicDesk {

Status NotificationStore::queue(const Queued &n)
{
    SqliteStatement s(SqliteAccess::handle(m_db), "INSERT INTO notification(id, tenant_id, citizen_id, request_id, channel, address, kind, language, "
                                     "body, message, status, created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,'queued',?,?,?)");
    s.bind(1, n.id);
    s.bind(2, n.tenantId);
    s.bind(3, n.citizenId);
    s.bind(4, n.requestId);
    s.bind(5, n.channel);
    s.bind(6, n.address);
    s.bind(7, n.kind);
    s.bind(8, n.language);
    s.bind(9, n.body);
    s.bind(10, n.message.toJson());
    s.bind(11, n.at);
    s.bind(12, n.at);
    s.bind(13, n.actor);
    if (!s.exec())
        return m_db.lastError(Tr::tr("queueing a message to a citizen"));
    return {};
}

Status NotificationStore::moveToCitizen(const QString &fromId, const QString &toId)
{
    SqliteStatement s(SqliteAccess::handle(m_db), "UPDATE notification SET citizen_id = ? WHERE citizen_id = ?");
    s.bind(1, toId);
    s.bind(2, fromId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("merging citizen records"));
    return {};
}

} // namespace CivicDesk
