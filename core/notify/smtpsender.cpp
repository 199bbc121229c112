// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsender.h"

#include "core/notify/curlupload.h"
#include "core/notify/mailmessage.h"
#include "core/util/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>

namespace CivicDesk {

Result<SmtpSettings> SmtpSettings::fromJson(const QString &json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &e);
    if (!doc.isObject())
        return Error{QStringLiteral("notify.settings"), Tr::tr("The mail settings kept in the file cannot be read (%1).").arg(e.errorString())};
    const QJsonObject o = doc.object();
    SmtpSettings s;
    s.url = o.value(QStringLiteral("url")).toString();
    s.requireTls = o.value(QStringLiteral("requireTls")).toBool();
    s.login = o.value(QStringLiteral("login")).toString();
    s.password = o.value(QStringLiteral("password")).toString();
    s.fromAddress = o.value(QStringLiteral("from")).toString();
    s.fromName = o.value(QStringLiteral("fromName")).toString();
    s.caFile = o.value(QStringLiteral("ca")).toString();
    s.timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(30000);
    s.perMinute = o.value(QStringLiteral("perMinute")).toInt(0);
    return s;
}

QString SmtpSettings::toJson() const
{
    QJsonObject o{{QStringLiteral("url"), url}, {QStringLiteral("requireTls"), requireTls}, {QStringLiteral("from"), fromAddress},
                  {QStringLiteral("fromName"), fromName}, {QStringLiteral("timeoutMs"), timeoutMs}};
    if (!login.isEmpty()) {
        o.insert(QStringLiteral("login"), login);
        o.insert(QStringLiteral("password"), password);
    }
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("ca"), caFile);
    if (perMinute > 0)
        o.insert(QStringLiteral("perMinute"), perMinute);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status SmtpSettings::validate() const
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("smtp") && u.scheme() != QLatin1String("smtps")) || u.host().isEmpty())
        return Error{QStringLiteral("notify.settings"),
                     Tr::tr("\"%1\" is not a mail server's address: write smtp://name:587 (or smtps://name:465).").arg(url)};
    if (!Mail::isAddress(fromAddress))
        return Error{QStringLiteral("notify.settings"), Tr::tr("\"%1\" is not an e-mail address to send from.").arg(fromAddress)};
    if (timeoutMs < 1000)
        return Error{QStringLiteral("notify.settings"), Tr::tr("The mail server's time limit must be at least one second.")};
    if (perMinute < 0)
        return Error{QStringLiteral("notify.settings"), Tr::tr("The number of messages a minute cannot be negative (0: no limit).")};
    return {};
}

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
    , m_curl(curl_easy_init())
{
}

SmtpSender::~SmtpSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

SmtpSender::Outcome SmtpSender::send(const QString &to, const QByteArray &message)
{
    Outcome out;
    auto *h = static_cast<CURL *>(m_curl);
    if (!h) {
        out.error = Tr::tr("libcurl could not be started.");
        return out;
    }
    // The same handle each time: libcurl keeps the connection to the server open between messages.
    curl_easy_reset(h);
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray from = "<" + m_settings.fromAddress.toUtf8() + ">";
    const QByteArray rcpt = "<" + to.toUtf8() + ">";
    const QByteArray login = m_settings.login.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray ca = m_settings.caFile.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, rcpt.constData());
    CurlUpload::Source upload{&message};
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &CurlUpload::read);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(h, CURLOPT_USE_SSL, long(m_settings.requireTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_settings.timeoutMs, 10000)));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
    if (!login.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, login.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    const CURLcode rc = curl_easy_perform(h);
    long reply = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(recipients);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
    out.reply = int(reply);
    if (rc == CURLE_OK) {
        out.ok = true;
        return out;
    }
    const QString detail = errorText[0] ? QString::fromUtf8(errorText) : QString::fromUtf8(curl_easy_strerror(rc));
    // A 5xx answer to this message (550 no such mailbox, 553, 554) is final; a refused login (535) is the
    // settings', not the message's, and passes once they are put right; anything else (no connection, 4xx) may pass.
    out.permanent = reply >= 500 && reply < 600 && reply != 535 && rc != CURLE_LOGIN_DENIED;
    out.error = reply > 0 ? Tr::tr("the mail server answered %1: %2").arg(reply).arg(detail) : Tr::tr("the mail server could not be reached: %1").arg(detail);
    return out;
}

} // namespace CivicDesk
