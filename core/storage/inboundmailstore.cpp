// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboundmailstore.h"

#include "core/storage/database.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

namespace CivicDesk {
namespace {

constexpr char columns[] = "id, tenant_id, message_id, received_at, from_address, from_name, ifnull(citizen_id, ''), subject, body, photos, "
                           "problems, status, ifnull(request_id, ''), handled_by, handled_at, reason";

InboundMailStore::Row readRow(const Statement &s)
{
    InboundMailStore::Row r;
    r.id = s.text(0);
    r.tenantId = s.text(1);
    r.messageId = s.text(2);
    r.receivedAt = s.int64(3);
    r.fromAddress = s.text(4);
    r.fromName = s.text(5);
    r.citizenId = s.text(6);
    r.subject = s.text(7);
    r.body = s.text(8);
    r.photosJson = s.text(9);
    r.problems = s.text(10);
    const QString state = s.text(11);
    r.state = state == QLatin1String("filed") ? InboundMailStore::State::Filed
              : state == QLatin1String("set_aside") ? InboundMailStore::State::SetAside
                                                     : InboundMailStore::State::Waiting;
    r.requestId = s.text(12);
    r.handledBy = s.text(13);
    r.handledAt = s.int64(14);
    r.reason = s.text(15);
    return r;
}

} // namespace

QString InboundMailStore::toCode(State s)
{
    switch (s) {
    case State::Waiting: return QStringLiteral("waiting");
    case State::Filed: return QStringLiteral("filed");
    case State::SetAside: return QStringLiteral("set_aside");
    }
    return {};
}

Status InboundMailStore::insert(const Row &m, const QString &actor)
{
    Statement s(m_db,
                      "INSERT INTO inbound_mail(id, tenant_id, message_id, received_at, from_address, from_name, citizen_id, subject, body, photos, "
                      "problems, status, request_id, handled_by, handled_at, reason, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, m.id);
    s.bind(2, m.tenantId);
    s.bind(3, m.messageId);
    s.bind(4, m.receivedAt);
    s.bind(5, m.fromAddress);
    s.bind(6, m.fromName);
    s.bindOptional(7, m.citizenId);
    s.bind(8, m.subject);
    s.bind(9, m.body);
    s.bind(10, m.photosJson);
    s.bind(11, m.problems);
    s.bind(12, toCode(m.state));
    s.bindOptional(13, m.requestId);
    s.bind(14, m.handledBy);
    s.bind(15, m.handledAt);
    s.bind(16, m.reason);
    s.bind(17, m.receivedAt);
    s.bind(18, actor);
    if (!s.exec())
        return m_db.lastError(Tr::tr("keeping an e-mail from a citizen"));
    return {};
}

std::optional<InboundMailStore::Row> InboundMailStore::byId(const QString &id) const
{
    Statement s(m_db, QByteArray("SELECT ").append(columns).append(" FROM inbound_mail WHERE id = ?").constData());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::optional<InboundMailStore::Row> InboundMailStore::byMessageId(const QString &tenantId, const QString &messageId) const
{
    Statement s(m_db,
                      QByteArray("SELECT ").append(columns).append(" FROM inbound_mail WHERE tenant_id = ? AND message_id = ?").constData());
    s.bind(1, tenantId);
    s.bind(2, messageId);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

QList<InboundMailStore::Row> InboundMailStore::waiting(int limit) const
{
    QList<Row> out;
    Statement s(m_db, QByteArray("SELECT ")
                                                      .append(columns)
                                                      .append(" FROM inbound_mail WHERE status = 'waiting' ORDER BY received_at, id LIMIT ?")
                                                      .constData());
    s.bind(1, limit);
    while (s.step())
        out.append(readRow(s));
    return out;
}

qint64 InboundMailStore::waitingCount() const
{
    Statement s(m_db, "SELECT COUNT(*) FROM inbound_mail WHERE status = 'waiting'");
    return s.step() ? s.int64(0) : 0;
}

qint64 InboundMailStore::countFrom(const QString &address, qint64 since) const
{
    Statement s(m_db, "SELECT COUNT(*) FROM inbound_mail WHERE from_address = ? AND received_at >= ?");
    s.bind(1, address);
    s.bind(2, since);
    return s.step() ? s.int64(0) : 0;
}

Status InboundMailStore::mark(const QString &id, State state, const QString &requestId, const QString &reason, const QString &actor, qint64 now)
{
    const std::optional<Row> was = byId(id);
    if (!was)
        return Error{QStringLiteral("mail.missing"), Tr::tr("That e-mail is no longer in the list.")};
    if (was->state != State::Waiting)
        return Error{QStringLiteral("mail.handled"), Tr::tr("That e-mail was handled already.")};
    Statement s(m_db, "UPDATE inbound_mail SET status = ?, request_id = ?, reason = ?, handled_by = ?, handled_at = ?, "
                                                  "updated_at = ?, updated_by = ? WHERE id = ?");
    s.bind(1, toCode(state));
    s.bindOptional(2, requestId);
    s.bind(3, reason);
    s.bind(4, actor);
    s.bind(5, now);
    s.bind(6, now);
    s.bind(7, actor);
    s.bind(8, id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("handling an e-mail from a citizen"));
    return {};
}

Status InboundMailStore::markFiled(const QString &id, const QString &requestId, const QString &actor, qint64 now)
{
    return mark(id, State::Filed, requestId, QString(), actor, now);
}

Status InboundMailStore::markSetAside(const QString &id, const QString &reason, const QString &actor, qint64 now)
{
    return mark(id, State::SetAside, QString(), reason, actor, now);
}

} // namespace CivicDesk
