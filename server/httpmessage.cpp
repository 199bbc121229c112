// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace CivicDesk {
namespace {

bool isToken(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

HttpParser::Result invalid(int status, const char *code, const char *message)
{
    return {HttpParser::Outcome::Invalid, 0, status, QString::fromLatin1(code), QString::fromLatin1(message)};
}

} // namespace

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray out = head(keepAlive);
    if (bodyFile.isEmpty())
        out += body;
    return out;
}

QByteArray HttpResponse::head(bool keepAlive) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpParser::reason(status) + "\r\n";
    if (!body.isEmpty() || status != 204)
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(bodyFile.isEmpty() ? body.size() : QFileInfo(bodyFile).size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "Cache-Control: no-store\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

const char *HttpParser::reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

HttpParser::Result HttpParser::parse(const QByteArray &buffer, const Limits &limits, HttpRequest &out)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > limits.maxHeaderBytes)
            return invalid(431, "http.headers-too-large", "The request's headers are too large.");
        return {};
    }
    if (end > limits.maxHeaderBytes)
        return invalid(431, "http.headers-too-large", "The request's headers are too large.");
    QList<QByteArray> lines = buffer.left(end + 2).split('\n'); // every line with its CR; an empty one after the last
    lines.removeLast();
    // Request line: METHOD SP target SP HTTP/1.x
    if (!lines.first().endsWith('\r'))
        return invalid(400, "http.bad-request-line", "The request line does not end in CR LF.");
    const QByteArray requestLine = lines.first().chopped(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return invalid(400, "http.bad-request-line", "The request line is not METHOD target HTTP/1.1.");
    for (char c : parts[0])
        if (!isToken(c))
            return invalid(400, "http.bad-method", "The request's method is not a token.");
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return invalid(505, "http.version", "Only HTTP/1.1 and 1.0 are spoken here.");
    if (!parts[1].startsWith('/'))
        return invalid(400, "http.bad-target", "The request's target is not a path.");
    HttpRequest r;
    r.method = parts[0];
    r.target = parts[1];
    const qsizetype q = r.target.indexOf('?');
    r.path = QUrl::fromPercentEncoding(q < 0 ? r.target : r.target.left(q));
    if (q >= 0)
        r.query = QUrlQuery(QString::fromUtf8(r.target.mid(q + 1)));
    r.keepAlive = parts[2] == "HTTP/1.1";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r'))
            return invalid(400, "http.bad-header", "A header line does not end in CR LF.");
        line.chop(1);
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t')
            return invalid(400, "http.bad-header", "A header is folded or empty.");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return invalid(400, "http.bad-header", "A header has no name.");
        const QByteArray name = line.left(colon).toLower();
        for (char c : name)
            if (!isToken(c))
                return invalid(400, "http.bad-header", "A header's name is not a token.");
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && r.headers.contains(name) && r.headers.value(name) != value)
            return invalid(400, "http.bad-length", "Two different Content-Length headers.");
        r.headers.insert(name, value);
    }
    const QByteArray connection = r.headers.value("connection").toLower();
    if (connection == "close")
        r.keepAlive = false;
    else if (connection == "keep-alive")
        r.keepAlive = true;
    if (r.headers.contains("transfer-encoding"))
        return invalid(501, "http.chunked", "Bodies are sent with a Content-Length here, not chunked.");
    qsizetype length = 0;
    if (r.headers.contains("content-length")) {
        const QByteArray text = r.headers.value("content-length");
        if (text.isEmpty() || text.size() > 12)
            return invalid(400, "http.bad-length", "The Content-Length is not a number.");
        for (char c : text)
            if (c < '0' || c > '9')
                return invalid(400, "http.bad-length", "The Content-Length is not a number.");
        length = text.toLongLong();
    } else if (r.method == "POST" || r.method == "PUT") {
        return invalid(411, "http.length-required", "A body needs a Content-Length.");
    }
    if (length > limits.maxBodyBytes)
        return invalid(413, "http.body-too-large", "The request's body is too large.");
    const qsizetype total = end + 4 + length;
    if (buffer.size() < total)
        return {};
    r.body = buffer.mid(end + 4, length);
    out = std::move(r);
    return {Outcome::Complete, total, 0, {}, {}};
}

QString clientAddress(const HttpRequest &request, const QStringList &trustedProxies)
{
    if (trustedProxies.isEmpty())
        return request.peer;
    QHostAddress peer(request.peer);
    if (bool mapped = false; peer.protocol() == QAbstractSocket::IPv6Protocol) {
        const QHostAddress v4(peer.toIPv4Address(&mapped));
        if (mapped)
            peer = v4;
    }
    const bool trusted = std::any_of(trustedProxies.cbegin(), trustedProxies.cend(), [&](const QString &p) { return QHostAddress(p).isEqual(peer); });
    const QByteArray forwarded = request.header("x-forwarded-for");
    if (!trusted || forwarded.isEmpty())
        return request.peer;
    const QString last = QString::fromLatin1(forwarded.split(',').constLast()).trimmed();
    return QHostAddress(last).isNull() ? request.peer : QHostAddress(last).toString();
}

} // namespace CivicDesk
