// SPDX-License-Identifier: GPL-3.0-or-later
#include "smssender.h"

#include "core/util/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <curl/curl.h>

namespace CivicDesk {

Result<SmsSettings> SmsSettings::fromJson(const QString &json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &e);
    if (!doc.isObject())
        return Error{QStringLiteral("notify.settings"), Tr::tr("The SMS settings kept in the file cannot be read (%1).").arg(e.errorString())};
    const QJsonObject o = doc.object();
    SmsSettings s;
    s.url = o.value(QStringLiteral("url")).toString();
    s.username = o.value(QStringLiteral("username")).toString();
    s.password = o.value(QStringLiteral("password")).toString();
    s.from = o.value(QStringLiteral("from")).toString();
    s.quietFrom = o.value(QStringLiteral("quietFrom")).toInt(22);
    s.quietTo = o.value(QStringLiteral("quietTo")).toInt(8);
    s.timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(15000);
    s.perMinute = o.value(QStringLiteral("perMinute")).toInt(0);
    return s;
}

QString SmsSettings::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url},           {QStringLiteral("username"), username},   {QStringLiteral("password"), password},
                  {QStringLiteral("from"), from},         {QStringLiteral("quietFrom"), quietFrom}, {QStringLiteral("quietTo"), quietTo},
                  {QStringLiteral("timeoutMs"), timeoutMs}};
    if (perMinute > 0)
        o.insert(QStringLiteral("perMinute"), perMinute);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status SmsSettings::validate() const
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) || u.host().isEmpty())
        return Error{QStringLiteral("notify.settings"),
                     Tr::tr("\"%1\" is not an SMS gateway's address: write http://name:13013/cgi-bin/sendsms.").arg(url)};
    if (username.isEmpty())
        return Error{QStringLiteral("notify.settings"), Tr::tr("The SMS gateway needs the user CivicDesk sends as.")};
    if (quietFrom < 0 || quietFrom > 23 || quietTo < 0 || quietTo > 23)
        return Error{QStringLiteral("notify.settings"), Tr::tr("Quiet hours are hours of the day, 0 to 23.")};
    if (perMinute < 0)
        return Error{QStringLiteral("notify.settings"), Tr::tr("The number of messages a minute cannot be negative (0: no limit).")};
    return {};
}

SmsSender::SmsSender(SmsSettings settings)
    : m_settings(std::move(settings))
    , m_curl(curl_easy_init())
{
}

SmsSender::~SmsSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

namespace {
size_t collect(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}
} // namespace

SmsSender::Outcome SmsSender::send(const QString &number, const QString &text, const QString &reportUrl)
{
    Outcome out;
    auto *h = static_cast<CURL *>(m_curl);
    if (!h) {
        out.error = Tr::tr("libcurl could not be started.");
        return out;
    }
    QUrl url(m_settings.url);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("username"), m_settings.username);
    q.addQueryItem(QStringLiteral("password"), m_settings.password);
    if (!m_settings.from.isEmpty())
        q.addQueryItem(QStringLiteral("from"), m_settings.from);
    q.addQueryItem(QStringLiteral("to"), number);
    q.addQueryItem(QStringLiteral("charset"), QStringLiteral("UTF-8"));
    q.addQueryItem(QStringLiteral("coding"), isGsm7(text) ? QStringLiteral("0") : QStringLiteral("2"));
    q.addQueryItem(QStringLiteral("text"), text);
    QString query = q.query(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B"));
    if (!reportUrl.isEmpty()) {
        // Every report: delivered (1), undelivered (2), queued at the carrier (4), taken by it (8), refused (16).
        query += QStringLiteral("&dlr-mask=31&dlr-url=") + QString::fromLatin1(QUrl::toPercentEncoding(reportUrl));
    }
    url.setQuery(query);
    const QByteArray address = url.toEncoded();
    QByteArray answer;
    curl_easy_reset(h);
    curl_easy_setopt(h, CURLOPT_URL, address.constData());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_settings.timeoutMs, 10000)));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    const CURLcode rc = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    out.status = int(status);
    const QString said = QString::fromUtf8(answer).trimmed().left(200);
    if (rc != CURLE_OK) {
        out.error = Tr::tr("the SMS gateway could not be reached: %1").arg(QString::fromUtf8(curl_easy_strerror(rc)));
        return out;
    }
    // Kannel: 202 "0: Accepted for delivery" or "3: Queued for later delivery"; 400 a malformed request (a
    // number it cannot use); 403 a wrong user or password (the settings', passing once they are put right); 503
    // its queue is full.
    if (status >= 200 && status < 300) {
        out.ok = true;
        return out;
    }
    out.permanent = status == 400;
    out.error = Tr::tr("the SMS gateway answered %1: %2").arg(status).arg(said);
    return out;
}

} // namespace CivicDesk
