// SPDX-License-Identifier: GPL-3.0-or-later
#include "localizedtext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace CivicDesk {

QString LocalizedText::best(const QString &lang) const
{
    if (const auto it = m_texts.constFind(lang); it != m_texts.cend() && !it->isEmpty())
        return *it;
    if (const auto it = m_texts.constFind(QStringLiteral("en")); it != m_texts.cend() && !it->isEmpty())
        return *it;
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

QString LocalizedText::toJson() const
{
    QJsonObject o;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

LocalizedText LocalizedText::fromJson(const QString &json)
{
    LocalizedText t;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        t.set(it.key(), it.value().toString());
    return t;
}

} // namespace CivicDesk
