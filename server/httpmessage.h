// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace CivicDesk {

/// One HTTP/1.1 request as the server reads it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< as sent: path and query
    QString path;      ///< decoded path, without the query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    bool keepAlive = true;
    QString peer;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

/// One answer. A status of 0 asks the server to hold the request (a long poll) until the tenant named in
/// waitTenant moves past waitAfterSeq, or the poll times out.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString waitTenant;
    qint64 waitAfterSeq = 0;
    /// A body too large to hold in memory (a snapshot): streamed from this file, which is removed afterwards.
    QString bodyFile;
    QString logTenant; ///< for the access log

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse error(int status, const QString &code, const QString &message);
    /// The bytes on the wire (status line, headers, body); without the body when it is in bodyFile.
    QByteArray serialize(bool keepAlive) const;
    /// The status line and headers alone (the body then goes as it is, uncopied).
    QByteArray head(bool keepAlive) const;
};

/// The client's address: the connection's peer, or, when the peer is one of @p trustedProxies (a load balancer
/// in front of the server), the address it put last in X-Forwarded-For, the one it saw. A header from anyone
/// else is ignored, and so is one that does not end in an IP address.
QString clientAddress(const HttpRequest &request, const QStringList &trustedProxies);

/// Reads requests off a connection's bytes. Stateless: each call looks at the whole buffer from its start,
/// so that a fuzzer can give it anything.
class HttpParser
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 26 * 1024 * 1024; ///< a photo of up to 25 MB, and a push of 200 mutations
    };
    enum class Outcome { NeedMore, Complete, Invalid };
    struct Result
    {
        Outcome outcome = Outcome::NeedMore;
        qsizetype consumed = 0; ///< bytes of the buffer the complete request took
        int status = 0;         ///< for Invalid: the 4xx/5xx to answer
        QString code;           ///< for Invalid: machine-readable
        QString message;
    };

    /// Looks for one complete request at the start of @p buffer.
    static Result parse(const QByteArray &buffer, const Limits &limits, HttpRequest &out);
    static const char *reason(int status);
};

} // namespace CivicDesk
