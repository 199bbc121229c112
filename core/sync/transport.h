// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace CivicDesk {

/// What came back from the server: an HTTP status and a JSON body (or raw bytes: a snapshot); status 0 when
/// nothing came back (no connection, a timeout), with the reason in transportError.
struct SyncReply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
    QString transportError;

    bool reached() const { return status != 0; }
    bool ok() const { return status >= 200 && status < 300; }
    QString code() const { return body.value(QStringLiteral("code")).toString(); }
    QString message() const { return body.value(QStringLiteral("message")).toString(); }
};

/// How a desk talks to the server: real HTTP (CurlTransport), or a simulated network in the simulation. Calls
/// block; a desk runs them off its user interface thread.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    /// POSTs @p body as JSON to @p path with the bearer @p token (empty: none).
    virtual SyncReply post(const QString &path, const QJsonObject &body, const QString &token) = 0;
    /// GETs @p path (with its query) with the bearer @p token; @p timeoutMs bounds a long poll.
    virtual SyncReply get(const QString &path, const QString &token, int timeoutMs = 30000) = 0;
    /// POSTs the raw bytes @p body (application/octet-stream) to @p path.
    virtual SyncReply postBytes(const QString &path, const QByteArray &body, const QString &token);
    /// GETs @p path into the file @p toFile (a snapshot: never whole in memory where the transport can help it).
    virtual SyncReply download(const QString &path, const QString &token, const QString &toFile);
};

} // namespace CivicDesk
