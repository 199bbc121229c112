// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

#include <QJsonDocument>

namespace CivicDesk {

Status DraftStore::save(const QString &key, const QJsonObject &payload, qint64 now)
{
    Statement s(m_db, "INSERT INTO draft(key, payload, updated_at) VALUES (?,?,?) "
                                     "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at");
    s.bind(1, key);
    s.bind(2, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    s.bind(3, now);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving the draft"));
    return {};
}

std::optional<QJsonObject> DraftStore::load(const QString &key) const
{
    Statement s(m_db, "SELECT payload FROM draft WHERE key = ?");
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(s.text(0).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

Status DraftStore::clear(const QString &key)
{
    Statement s(m_db, "DELETE FROM draft WHERE key = ?");
    s.bind(1, key);
    if (!s.exec())
        return m_db.lastError(Tr::tr("removing the draft"));
    return {};
}

} // namespace CivicDesk
