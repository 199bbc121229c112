// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/transport.h"

#include <QString>

#include <functional>

class QFile;

namespace CivicDesk {

/// Real HTTP(S) to a CivicDesk server through libcurl: one connection kept open between calls, JSON bodies,
/// bearer tokens. A server's certificate is checked against the system's authorities, or against the file
/// given (a municipality's own authority).
class CurlTransport : public SyncTransport
{
public:
    /// @p baseUrl: "https://host:port" or "http://127.0.0.1:port".
    explicit CurlTransport(QString baseUrl, QString caFile = {});
    ~CurlTransport() override;
    CurlTransport(const CurlTransport &) = delete;
    CurlTransport &operator=(const CurlTransport &) = delete;

    SyncReply post(const QString &path, const QJsonObject &body, const QString &token) override;
    SyncReply get(const QString &path, const QString &token, int timeoutMs = 30000) override;
    SyncReply download(const QString &path, const QString &token, const QString &toFile) override;
    SyncReply postBytes(const QString &path, const QByteArray &body, const QString &token) override;

    /// Bounds a call that is not a long poll (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Told of a download's progress (bytes received, bytes in all or 0 when not known yet); may run on the
    /// calling thread only.
    std::function<void(qint64 received, qint64 total)> progress;

private:
    SyncReply perform(const QString &path, const QByteArray *body, const QString &token, int timeoutMs, QFile *into = nullptr,
                      const char *contentType = "application/json");

    QString m_base;
    QString m_caFile;
    void *m_curl = nullptr;
    int m_timeoutMs = 30000;
};

} // namespace CivicDesk
