// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatestore.h"

#include "core/storage/database.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

namespace CivicDesk {
namespace {

MessageTemplate read(Statement &s)
{
    MessageTemplate t;
    t.event = s.text(0);
    t.language = s.text(1);
    t.channel = s.text(2);
    t.subject = s.text(3);
    t.body = s.text(4);
    t.html = s.text(5);
    t.stamp = {s.int64(6), s.text(7)};
    t.custom = true;
    return t;
}

constexpr char columns[] = "SELECT event, language, channel, subject, body, body_html, updated_at, updated_by FROM message_template ";

} // namespace

QString TemplateStore::idOf(const QString &event, const QString &language, const QString &channel)
{
    return event + u'.' + language + u'.' + channel;
}

std::optional<MessageTemplate> TemplateStore::get(const QString &event, const QString &language, const QString &channel) const
{
    Statement s(m_db, (QByteArray(columns) + "WHERE event = ? AND language = ? AND channel = ?").constData());
    s.bind(1, event);
    s.bind(2, language);
    s.bind(3, channel);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

QList<MessageTemplate> TemplateStore::all() const
{
    Statement s(m_db, (QByteArray(columns) + "ORDER BY event, language, channel").constData());
    QList<MessageTemplate> out;
    while (s.step())
        out.append(read(s));
    return out;
}

Status TemplateStore::save(const QString &tenantId, const MessageTemplate &t)
{
    Statement s(m_db,
                      "INSERT INTO message_template(id, tenant_id, event, language, channel, subject, body, body_html, updated_at, updated_by) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET subject = excluded.subject, body = excluded.body, "
                      "body_html = excluded.body_html, updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    s.bind(1, idOf(t.event, t.language, t.channel));
    s.bind(2, tenantId);
    s.bind(3, t.event);
    s.bind(4, t.language);
    s.bind(5, t.channel);
    s.bind(6, t.subject);
    s.bind(7, t.body);
    s.bind(8, t.html);
    s.bind(9, t.stamp.updatedAt);
    s.bind(10, t.stamp.updatedBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a message template"));
    return {};
}

Status TemplateStore::remove(const QString &event, const QString &language, const QString &channel)
{
    Statement s(m_db, "DELETE FROM message_template WHERE id = ?");
    s.bind(1, idOf(event, language, channel));
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a message template"));
    return {};
}

} // namespace CivicDesk
