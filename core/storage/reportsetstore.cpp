// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsetstore.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QFile>
#include <QJsonDocument>

namespace CivicDesk {
namespace {

const QString prefix = QStringLiteral("report.set.");
const QString logoKey = QStringLiteral("report.logo.png");
const QString headerKey = QStringLiteral("report.header");

} // namespace

QStringList ReportSetStore::names() const
{
    QStringList out;
    Statement s(m_db, "SELECT substr(key, 12) FROM local_setting WHERE key LIKE 'report.set.%' ORDER BY key");
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

QByteArray ReportSetStore::logo() const
{
    const QString kept = m_db.localSetting(logoKey);
    if (!kept.isEmpty())
        return QByteArray::fromBase64(kept.toLatin1());
    // An older version kept only the path of an image file.
    const QString path = m_db.localSetting(QStringLiteral("report.logo"));
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(8 << 20);
}

Status ReportSetStore::setLogo(const QByteArray &png)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = m_db.setLocalSetting(logoKey, QString::fromLatin1(png.toBase64())); !s)
            return s;
        return m_db.setLocalSetting(QStringLiteral("report.logo"), QString());
    });
}

QString ReportSetStore::header() const
{
    return m_db.localSetting(headerKey);
}

Status ReportSetStore::setHeader(const QString &text)
{
    return m_db.setLocalSetting(headerKey, text.trimmed());
}

} // namespace CivicDesk
