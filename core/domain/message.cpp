// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CivicDesk {

namespace {

// A JSON string, written by hand: the escalation ladder writes two messages per step, and QJsonDocument's
// round trip through a tree costs more than the row's insert.
void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

} // namespace

QString Message::toJson() const
{
    if (code.isEmpty())
        return {};
    QString out = QStringLiteral("{\"code\":");
    appendJsonString(out, code);
    if (!args.isEmpty()) {
        out += QLatin1String(",\"args\":[");
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (i > 0)
                out += u',';
            appendJsonString(out, args[i]);
        }
        out += u']';
    }
    out += u'}';
    return out;
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
