// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationstore.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

#include <sqlite3.h>

namespace CivicDesk {

Status NotificationStore::queue(const Queued &n)
{
    Statement s(m_db, "INSERT INTO notification(id, tenant_id, citizen_id, request_id, channel, address, kind, language, "
                                     "body, message, status, created_at, updated_at, updated_by, subject, body_html, user_id, campaign_id, "
                                     "next_attempt_at) VALUES (?,?,?,?,?,?,?,?,?,?,'queued',?,?,?,?,?,?,?,?)");
    s.bind(1, n.id);
    s.bind(2, n.tenantId);
    s.bindOptional(3, n.citizenId);
    s.bindOptional(4, n.requestId);
    s.bind(5, n.channel);
    s.bind(6, n.address);
    s.bind(7, n.kind);
    s.bind(8, n.language);
    s.bind(9, n.body);
    s.bind(10, n.message.toJson());
    s.bind(11, n.at);
    s.bind(12, n.at);
    s.bind(13, n.actor);
    s.bind(14, n.subject);
    s.bind(15, n.html);
    s.bindOptional(16, n.userId);
    s.bindOptional(17, n.campaignId);
    s.bind(18, n.notBefore);
    if (!s.exec())
        return m_db.lastError(n.userId.isEmpty() ? Tr::tr("queueing a message to a citizen") : Tr::tr("queueing a message to a member of staff"));
    return {};
}

Status NotificationStore::moveToCitizen(const QString &fromId, const QString &toId)
{
    Statement s(m_db, "UPDATE notification SET citizen_id = ? WHERE citizen_id = ?");
    s.bind(1, toId);
    s.bind(2, fromId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("merging citizen records"));
    return {};
}

namespace {

const char outgoingColumns[] = "id, tenant_id, ifnull(request_id, ''), channel, address, kind, language, body, message, message_id, attempts, "
                               "created_at, sending_since, subject, body_html, ifnull(citizen_id, '')";

NotificationStore::Outgoing readOutgoing(Statement &s)
{
    NotificationStore::Outgoing o;
    o.id = s.text(0);
    o.tenantId = s.text(1);
    o.requestId = s.text(2);
    o.channel = s.text(3);
    o.address = s.text(4);
    o.kind = s.text(5);
    o.language = s.text(6);
    o.body = s.text(7);
    o.message = Message::fromJson(s.text(8));
    o.messageId = s.text(9);
    o.attempts = int(s.int64(10));
    o.createdAt = s.int64(11);
    o.sendingSince = s.int64(12);
    o.subject = s.text(13);
    o.html = s.text(14);
    o.citizenId = s.text(15);
    return o;
}

} // namespace

QList<NotificationStore::Outgoing> NotificationStore::due(const QString &channel, qint64 now, int limit) const
{
    QList<Outgoing> out;
    const QByteArray sql = QByteArray("SELECT ") + outgoingColumns
                           + " FROM notification WHERE status = 'queued' AND next_attempt_at <= ? AND channel = ? "
                             "ORDER BY next_attempt_at, created_at LIMIT ?";
    Statement s(m_db, sql.constData());
    s.bind(1, now);
    s.bind(2, channel);
    s.bind(3, qint64(limit));
    while (s.step())
        out.append(readOutgoing(s));
    return out;
}

qint64 NotificationStore::nextWake(const QString &channel, qint64 staleMs) const
{
    Statement s(m_db, "SELECT min(CASE WHEN sending_since > 0 THEN max(next_attempt_at, sending_since + ?) "
                                                  "ELSE next_attempt_at END) FROM notification WHERE status = 'queued' AND channel = ?");
    s.bind(1, staleMs);
    s.bind(2, channel);
    if (!s.step() || s.isNull(0))
        return 0;
    return std::max<qint64>(1, s.int64(0));
}

Result<bool> NotificationStore::beginAttempt(const QString &id, const QString &messageId, qint64 now, qint64 staleBefore)
{
    Statement s(m_db, "UPDATE notification SET sending_since = ?, message_id = ?, attempts = attempts + 1, "
                                                  "updated_at = ?, updated_by = 'outbox' WHERE id = ? AND status = 'queued' "
                                                  "AND (sending_since = 0 OR sending_since < ?)");
    s.bind(1, now);
    s.bind(2, messageId);
    s.bind(3, now);
    s.bind(4, id);
    s.bind(5, staleBefore);
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording a message's sending"));
    return m_db.changes() == 1;
}

Status NotificationStore::markSent(const QString &id, qint64 now)
{
    Statement s(m_db, "UPDATE notification SET status = 'sent', sent_at = ?, sending_since = 0, last_error = '', "
                                                  "updated_at = ?, updated_by = 'outbox' WHERE id = ?");
    s.bind(1, now);
    s.bind(2, now);
    s.bind(3, id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording a message's sending"));
    return {};
}

Status NotificationStore::markRetry(const QString &id, qint64 nextAt, const QString &error, qint64 now)
{
    Statement s(m_db, "UPDATE notification SET next_attempt_at = ?, sending_since = 0, last_error = ?, "
                                                  "updated_at = ?, updated_by = 'outbox' WHERE id = ?");
    s.bind(1, nextAt);
    s.bind(2, error);
    s.bind(3, now);
    s.bind(4, id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording a message's sending"));
    return {};
}

Status NotificationStore::markFailed(const QString &id, const QString &error, qint64 now)
{
    Statement s(m_db, "UPDATE notification SET status = 'failed', sending_since = 0, last_error = ?, "
                                                  "updated_at = ?, updated_by = 'outbox' WHERE id = ?");
    s.bind(1, error);
    s.bind(2, now);
    s.bind(3, id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording a message's sending"));
    return {};
}

std::optional<NotificationStore::Delivery> NotificationStore::delivery(const QString &id) const
{
    Statement s(m_db, "SELECT status, attempts, ifnull(sent_at, 0), next_attempt_at, message_id, last_error, "
                                                  "delivery, delivered_at FROM notification WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return Delivery{s.text(0), int(s.int64(1)), s.int64(2), s.int64(3), s.text(4), s.text(5), s.text(6), s.int64(7)};
}

Result<bool> NotificationStore::recordReport(const QString &id, const QString &report, qint64 at)
{
    Statement s(m_db, "UPDATE notification SET delivery = ?, delivered_at = ?, updated_at = ?, updated_by = 'gateway' "
                                                  "WHERE id = ? AND delivery NOT IN ('delivered', 'undelivered', 'refused') "
                                                  "AND delivery IS DISTINCT FROM ?");
    s.bind(1, report);
    s.bind(2, at);
    s.bind(3, at);
    s.bind(4, id);
    s.bind(5, report);
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording a delivery report"));
    return m_db.changes() == 1;
}

Result<int> NotificationStore::cancelQueued(const QString &citizenId, const QString &channel, const QString &reason, qint64 now)
{
    Statement s(m_db, "UPDATE notification SET status = 'failed', last_error = ?, sending_since = 0, updated_at = ?, "
                                                  "updated_by = 'opt-out' WHERE citizen_id = ? AND channel = ? AND status = 'queued'");
    s.bind(1, reason);
    s.bind(2, now);
    s.bind(3, citizenId);
    s.bind(4, channel);
    if (!s.exec())
        return m_db.lastError(Tr::tr("cancelling a citizen's messages"));
    return int(m_db.changes());
}

QList<std::pair<NotificationStore::Outgoing, NotificationStore::Delivery>> NotificationStore::ofRequest(const QString &requestId) const
{
    QList<std::pair<Outgoing, Delivery>> out;
    const QByteArray sql = QByteArray("SELECT ") + outgoingColumns
                           + ", status, ifnull(sent_at, 0), next_attempt_at, last_error, delivery, delivered_at FROM notification "
                             "WHERE request_id = ? ORDER BY created_at, id";
    Statement s(m_db, sql.constData());
    s.bind(1, requestId);
    while (s.step()) {
        Outgoing o = readOutgoing(s);
        Delivery d{s.text(16), o.attempts, s.int64(17), s.int64(18), o.messageId, s.text(19), s.text(20), s.int64(21)};
        out.append({std::move(o), std::move(d)});
    }
    return out;
}

} // namespace CivicDesk
