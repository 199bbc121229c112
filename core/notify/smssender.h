// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/smstext.h"
#include "core/util/result.h"

#include <QString>

namespace CivicDesk {

/// How the desk or the server reaches its SMS gateway: Kannel's HTTP sendsms interface (Debian's `kannel`), or a
/// gateway that speaks it.
struct SmsSettings
{
    QString url;        ///< "http://127.0.0.1:13013/cgi-bin/sendsms"
    QString username;   ///< a sendsms-user of the gateway
    QString password;
    QString from;       ///< the sender shown on the phone: a number or up to 11 letters
    int quietFrom = 22; ///< no SMS from this hour of the municipality's day …
    int quietTo = 8;    ///< … to this one (equal: none)
    int timeoutMs = 15000;
    int perMinute = 0;   ///< at most this many messages a minute (0: as fast as the server takes them)

    static Result<SmsSettings> fromJson(const QString &json);
    QString toJson() const;
    Status validate() const;
};

/// Sends SMS through Kannel's sendsms over HTTP with libcurl: GSM 7-bit where the text allows, UCS-2 otherwise.
class SmsSender
{
public:
    explicit SmsSender(SmsSettings settings);
    ~SmsSender();
    SmsSender(const SmsSender &) = delete;
    SmsSender &operator=(const SmsSender &) = delete;

    struct Outcome
    {
        bool ok = false;
        bool permanent = false; ///< the gateway refused this message for good (a malformed number: 400)
        int status = 0;         ///< the gateway's HTTP status (0: none)
        QString error;
    };
    /// Sends @p text to @p number (E.164).
    /// Sends @p text to @p number; with a @p reportUrl (Kannel's %d in it: the report's type), the gateway is
    /// asked for the delivery reports of the message there.
    Outcome send(const QString &number, const QString &text, const QString &reportUrl = {});
    const SmsSettings &settings() const { return m_settings; }

private:
    SmsSettings m_settings;
    void *m_curl = nullptr;
};

} // namespace CivicDesk
