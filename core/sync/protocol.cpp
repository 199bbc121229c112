// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include "core/sync/transport.h"
#include "core/util/tr.h"

#include <QFile>

namespace CivicDesk {

SyncReply SyncTransport::postBytes(const QString &, const QByteArray &, const QString &)
{
    SyncReply reply;
    reply.transportError = QStringLiteral("this transport carries no photos");
    return reply;
}

SyncReply SyncTransport::download(const QString &path, const QString &token, const QString &toFile)
{
    SyncReply reply = get(path, token, 600000);
    if (reply.ok()) {
        QFile out(toFile);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(reply.raw) != reply.raw.size()) {
            reply.status = 0;
            reply.transportError = out.errorString();
        }
        reply.raw.clear();
    }
    return reply;
}

} // namespace CivicDesk

namespace CivicDesk::SyncProtocol {

QJsonObject rowToJson(const SyncRow &row)
{
    QJsonObject o{{QStringLiteral("t"), row.table}, {QStringLiteral("k"), row.key}};
    o.insert(QStringLiteral("v"), row.values ? QJsonValue(*row.values) : QJsonValue(QJsonValue::Null));
    return o;
}

std::optional<SyncRow> rowFromJson(const QJsonValue &json, QString *error)
{
    const QJsonObject o = json.toObject();
    const QJsonValue t = o.value(QStringLiteral("t")), k = o.value(QStringLiteral("k")), v = o.value(QStringLiteral("v"));
    if (!json.isObject() || !t.isString() || !k.isArray() || k.toArray().isEmpty() || !(v.isArray() || v.isNull())) {
        if (error)
            *error = Tr::tr("A row is not {t: table, k: [key], v: [values] or null}.");
        return std::nullopt;
    }
    if (!SyncStore::syncedTables().contains(t.toString()) && !SyncStore::summaryTables().contains(t.toString())) {
        if (error)
            *error = Tr::tr("A row names the table %1, which does not travel.").arg(t.toString());
        return std::nullopt;
    }
    SyncRow row{t.toString(), k.toArray(), std::nullopt};
    if (v.isArray())
        row.values = v.toArray();
    return row;
}

QJsonArray rowsToJson(const QList<SyncRow> &rows)
{
    QJsonArray out;
    for (const SyncRow &r : rows)
        out.append(rowToJson(r));
    return out;
}

Result<QList<SyncRow>> rowsFromJson(const QJsonValue &json)
{
    if (!json.isArray())
        return Error{QStringLiteral("sync.malformed"), Tr::tr("The rows are not a list.")};
    QList<SyncRow> out;
    for (const QJsonValue &v : json.toArray()) {
        QString error;
        std::optional<SyncRow> row = rowFromJson(v, &error);
        if (!row)
            return Error{QStringLiteral("sync.malformed"), error};
        out.append(*row);
    }
    return out;
}

QJsonArray keysToJson(const QList<SyncKey> &keys)
{
    QJsonArray out;
    for (const SyncKey &k : keys)
        out.append(QJsonObject{{QStringLiteral("t"), k.table}, {QStringLiteral("k"), k.key}});
    return out;
}

Result<QList<SyncKey>> keysFromJson(const QJsonValue &json)
{
    if (!json.isArray() && !json.isUndefined() && !json.isNull())
        return Error{QStringLiteral("sync.malformed"), Tr::tr("The keys are not a list.")};
    QList<SyncKey> out;
    for (const QJsonValue &v : json.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue t = o.value(QStringLiteral("t")), k = o.value(QStringLiteral("k"));
        if (!t.isString() || !k.isArray() || k.toArray().isEmpty() || !SyncStore::syncedTables().contains(t.toString()))
            return Error{QStringLiteral("sync.malformed"), Tr::tr("A key is not {t: synced table, k: [values]}.")};
        for (const QJsonValue &part : k.toArray()) {
            if (!part.isString() && !part.isDouble())
                return Error{QStringLiteral("sync.malformed"), Tr::tr("A key holds something other than text and numbers.")};
        }
        out.append(SyncKey{t.toString(), k.toArray()});
    }
    return out;
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

} // namespace CivicDesk::SyncProtocol
