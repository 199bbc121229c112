// SPDX-License-Identifier: GPL-3.0-or-later
#include "curltransport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <curl/curl.h>

namespace CivicDesk {
namespace {

size_t collectBody(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

size_t writeFile(char *data, size_t size, size_t count, void *target)
{
    const qint64 n = static_cast<QFile *>(target)->write(data, qint64(size * count));
    return n < 0 ? 0 : size_t(n); // a short count stops the transfer: the disk is full
}

size_t collectHeader(char *data, size_t size, size_t count, void *target)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        static_cast<QMap<QByteArray, QByteArray> *>(target)->insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return size * count;
}

int reportProgress(void *self, curl_off_t total, curl_off_t received, curl_off_t, curl_off_t)
{
    const auto *t = static_cast<const CurlTransport *>(self);
    if (t->progress)
        t->progress(qint64(received), qint64(total));
    return 0;
}

struct CurlGlobal
{
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

} // namespace

CurlTransport::CurlTransport(QString baseUrl, QString caFile)
    : m_base(std::move(baseUrl))
    , m_caFile(std::move(caFile))
{
    static CurlGlobal global;
    while (m_base.endsWith(u'/'))
        m_base.chop(1);
    m_curl = curl_easy_init();
}

CurlTransport::~CurlTransport()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

SyncReply CurlTransport::post(const QString &path, const QJsonObject &body, const QString &token)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return perform(path, &bytes, token, m_timeoutMs);
}

SyncReply CurlTransport::get(const QString &path, const QString &token, int timeoutMs)
{
    return perform(path, nullptr, token, timeoutMs);
}

SyncReply CurlTransport::download(const QString &path, const QString &token, const QString &toFile)
{
    QFile out(toFile);
    SyncReply reply;
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        reply.transportError = out.errorString();
        return reply;
    }
    reply = perform(path, nullptr, token, 3600000, &out);
    out.close();
    if (!reply.ok() && reply.body.isEmpty()) {
        // An error answer was written to the file: read it back as the answer.
        QFile back(toFile);
        if (back.open(QIODevice::ReadOnly) && back.size() < 65536)
            reply.body = QJsonDocument::fromJson(back.readAll()).object();
    }
    return reply;
}

SyncReply CurlTransport::postBytes(const QString &path, const QByteArray &body, const QString &token)
{
    return perform(path, &body, token, 600000, nullptr, "application/octet-stream");
}

SyncReply CurlTransport::perform(const QString &path, const QByteArray *body, const QString &token, int timeoutMs, QFile *into,
                                 const char *contentType)
{
    SyncReply reply;
    CURL *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        reply.transportError = QStringLiteral("libcurl could not start");
        return reply;
    }
    curl_easy_reset(curl);
    const QByteArray url = (m_base + path).toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_TCP_NODELAY, 1L);
    const QByteArray ca = m_caFile.toLocal8Bit();
    if (!m_caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_slist *headers = nullptr;
    const QByteArray auth = "Authorization: Bearer " + token.toUtf8();
    if (!token.isEmpty())
        headers = curl_slist_append(headers, auth.constData());
    if (body) {
        const QByteArray type = QByteArray("Content-Type: ") + contentType;
        headers = curl_slist_append(headers, type.constData());
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body->constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(body->size()));
    }
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    if (progress) {
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, reportProgress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, this);
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (into) {
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeFile);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, into);
    } else {
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collectBody);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.raw);
    }
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &reply.headers);
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        reply.transportError = QString::fromUtf8(curl_easy_strerror(rc));
        reply.raw.clear();
        return reply;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    reply.status = int(status);
    if (!into && reply.headers.value("content-type").startsWith("application/json")) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(reply.raw, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            reply.status = 0;
            reply.transportError = QStringLiteral("the server's answer is not JSON: %1").arg(error.errorString());
            return reply;
        }
        reply.body = doc.object();
        reply.raw.clear();
    }
    return reply;
}

} // namespace CivicDesk
