// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsetstore.h"
#include "core/storage/sqliteaccess.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QJsonDocument>

namespace CivicDesk {
namespace {

const QString prefix = QStringLiteral("report.set.");

} // namespace

QStringList ReportSetStore::names() const
{
    QStringList out;
    SqliteStatement s(SqliteAccess::handle(m_db), "SELECT substr(key, 12) FROM local_setting WHERE key LIKE 'report.set.%' ORDER BY key");
    while (s.step())
        out.append(s.text(0));
    return out;
}

std::optional<QJsonObject> ReportSetStore::load(const QString &name) const
{
    const QString json = m_db.localSetting(prefix + name);
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

Status ReportSetStore::save(const QString &name, const QJsonObject &parameters)
{
    return m_db.setLocalSetting(prefix + name, QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)));
}

QString ReportSetStore::logo() const
{
    return m_db.localSetting(QStringLiteral("report.logo"));
}

} // namespace CivicDesk
