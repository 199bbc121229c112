// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notify/smssender.h"
#include "core/notify/smtpsender.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <functional>

namespace CivicDesk {

class Database;

/// The mail settings of a municipality's file (a desk alone sends its own messages); none: nothing is sent.
Result<std::optional<SmtpSettings>> readSmtpSettings(const Database &db);
/// Keeps @p settings in the file (checked first); empty settings (no url) stop the sending.
Status writeSmtpSettings(Database &db, const SmtpSettings &settings);
/// The SMS gateway of a municipality's file; none: SMS wait in the outbox.
Result<std::optional<SmsSettings>> readSmsSettings(const Database &db);
Status writeSmsSettings(Database &db, const SmsSettings &settings);

/// Sends one test e-mail to @p to with @p settings (an administrator trying the settings before keeping them):
/// the mail server's own words when it fails.
Status sendTestEmail(const SmtpSettings &settings, const QString &to, const QString &municipality, qint64 now);

/// How an outbox records what its attempts did: each change of a message's row as a transaction of its own,
/// made by @p work. Null: written as it is (a desk's file). A server's store wraps it in SyncStore::write, so
/// that the desks pull the messages' states like any other change.
using OutboxWriter = std::function<Status(const std::function<Status()> &work)>;

/// What one round of an outbox did.
struct OutboxRound
{
    int sent = 0;
    int retried = 0;
    int failed = 0;
    int deferred = 0; ///< put off to the end of the quiet hours
    int considered = 0; ///< the due messages the round took up (as many as its limit: more may be due at once)
    qint64 wakeAt = 0;  ///< when the channel has something to do next (0: nothing is queued)
    QString lastError;
};

/// Sends the e-mails queued in the notification outbox, each in its own attempts:
///
/// - an attempt is recorded (and committed) before it is made, with the Message-ID it carries; an attempt a
///   crash cut short is made again with the same Message-ID, so a receiving server or mailbox that already has
///   it recognises the copy, and the outbox never makes a second message of one;
/// - a message the server refuses for good (a 5xx answer, an address that cannot be one) is marked failed with
///   the reason and never tried again; anything else (no connection, a 4xx answer) is tried again after
///   2^attempts minutes (at most six hours) with a fifth of jitter, and given up after maxAttempts.
class EmailOutbox
{
public:
    EmailOutbox(Database &db, SmtpSender &sender, Clock clock);

    using Round = OutboxRound;
    /// Sends what is due now, at most @p limit messages.
    Result<Round> sendDue(int limit = 200);
    static constexpr int maxAttempts = 8;
    /// The wait before the next attempt after @p attempts failed ones, with @p jitter in [-1, 1].
    static qint64 backoffMs(int attempts, double jitter);
    /// Called after a message was accepted by the server and before that is recorded (tests stop here).
    std::function<void(const QString &notificationId)> afterAccepted;
    OutboxWriter write;
    /// Where the municipality's server answers citizens, "https://311.example.gr/citizen/ATH" (a server's
    /// sender): each e-mail to a citizen then carries its opt-out link (List-Unsubscribe, one click, RFC 8058,
    /// and at the foot of the text). Empty: the opt-out is an answer to the sending address.
    QString linkBase;

private:
    Database &m_db;
    SmtpSender &m_sender;
    Clock m_clock;
};

/// Sends the SMS queued in the outbox through the gateway, as EmailOutbox sends e-mails (an attempt recorded
/// before it is made, refusals and passing troubles told apart, the same backoff), never in the quiet hours of
/// the municipality's day: a message due then waits for their end. An attempt cut short after the gateway took
/// it is made again: the gateway has no way to recognise the copy, so the window is kept as short as one
/// request to the gateway.
class SmsOutbox
{
public:
    SmsOutbox(Database &db, SmsSender &sender, Clock clock);
    using Round = OutboxRound;
    Result<Round> sendDue(int limit = 200);
    /// The first moment at or after @p now outside the quiet hours [@p from, @p to) of @p timeZone's day.
    static qint64 afterQuietHours(qint64 now, const QString &timeZone, int from, int to);
    std::function<void(const QString &notificationId)> afterAccepted;
    OutboxWriter write;
    /// As EmailOutbox::linkBase: each SMS then asks the gateway for delivery reports at linkBase/sms/report.
    QString linkBase;

private:
    Database &m_db;
    SmsSender &m_sender;
    Clock m_clock;
};

} // namespace CivicDesk
