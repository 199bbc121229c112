// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace CivicDesk {

/// How the desk or the server reaches its mail server.
struct SmtpSettings
{
    QString url;         ///< "smtp://mail.example.gr:587" (STARTTLS when offered) or "smtps://mail.example.gr:465"
    bool requireTls = false; ///< refuse to send in clear text (STARTTLS must work)
    QString login;       ///< empty: no authentication
    QString password;
    QString fromAddress; ///< "noreply@example.gr"
    QString fromName;    ///< "Δήμος Νέας Αρμονίας"
    QString caFile;      ///< the certificate authority of a mail server with its own CA
    int timeoutMs = 30000;
    int perMinute = 0;   ///< at most this many messages a minute (0: as fast as the server takes them)

    static Result<SmtpSettings> fromJson(const QString &json);
    QString toJson() const;
    /// Why these settings cannot send, if they cannot.
    Status validate() const;
};

/// Sends e-mails over SMTP with libcurl, one connection kept open between messages.
class SmtpSender
{
public:
    explicit SmtpSender(SmtpSettings settings);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    struct Outcome
    {
        bool ok = false;
        bool permanent = false; ///< the server refused this message for good (a 5xx answer): trying again is useless
        int reply = 0;          ///< the server's last SMTP reply code (0: none)
        QString error;
    };
    /// Sends @p message (RFC 5322 bytes) to @p to.
    Outcome send(const QString &to, const QByteArray &message);
    const SmtpSettings &settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
    void *m_curl = nullptr;
};

} // namespace CivicDesk
