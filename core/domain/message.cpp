// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CivicDesk {

QString Message::toJson() const
{
    if (code.isEmpty())
        return {};
    QJsonObject o{{QStringLiteral("code"), code}};
    if (!args.isEmpty())
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Message Message::fromJson(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Message m;
    m.code = o.value(QStringLiteral("code")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("args")).toArray())
        m.args.append(v.toString());
    return m;
}

} // namespace CivicDesk
