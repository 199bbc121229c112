// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "core/notify/links.h"
#include "core/notify/mailmessage.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/storage/organisationrepository.h"
#include "core/text/desktranslations.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace CivicDesk {
namespace {

const QString settingsKey = QStringLiteral("notify.smtp");

} // namespace

Result<std::optional<SmtpSettings>> readSmtpSettings(const Database &db)
{
    const QString json = db.localSetting(settingsKey);
    if (json.isEmpty())
        return std::optional<SmtpSettings>();
    Result<SmtpSettings> s = SmtpSettings::fromJson(json);
    if (!s)
        return s.error();
    if (s->url.isEmpty())
        return std::optional<SmtpSettings>();
    return std::optional<SmtpSettings>(s.value());
}

Status writeSmtpSettings(Database &db, const SmtpSettings &settings)
{
    if (settings.url.isEmpty())
        return db.setLocalSetting(settingsKey, QString());
    if (Status s = settings.validate(); !s)
        return s;
    return db.setLocalSetting(settingsKey, settings.toJson());
}

Status sendTestEmail(const SmtpSettings &settings, const QString &to, const QString &municipality, qint64 now)
{
    if (Status st = settings.validate(); !st)
        return st;
    if (!Mail::isAddress(to))
        return Error{QStringLiteral("notify.address"), Tr::tr("\"%1\" is not an e-mail address").arg(to)};
    Mail::Message m;
    m.fromAddress = settings.fromAddress;
    m.fromName = settings.fromName.isEmpty() ? municipality : settings.fromName;
    m.to = to;
    m.subject = Tr::tr("CivicDesk: a test message");
    m.text = Tr::tr("This message was sent from the CivicDesk desk to try the mail settings of %1. Messages to citizens will "
                    "come from the same address.")
                 .arg(municipality);
    m.messageId = QStringLiteral("test-%1@%2").arg(now).arg(settings.fromAddress.section(QLatin1Char('@'), 1));
    m.date = now;
    SmtpSender sender(settings);
    const SmtpSender::Outcome sent = sender.send(to, m.toBytes());
    if (!sent.ok)
        return Error{QStringLiteral("notify.smtp"), sent.error};
    return {};
}

EmailOutbox::EmailOutbox(Database &db, SmtpSender &sender, Clock clock)
    : m_db(db)
    , m_sender(sender)
    , m_clock(std::move(clock))
{
}

qint64 EmailOutbox::backoffMs(int attempts, double jitter)
{
    const double minutes = std::min(360.0, std::pow(2.0, std::clamp(attempts - 1, 0, 16)));
    return qint64(minutes * 60000.0 * (1.0 + 0.2 * std::clamp(jitter, -1.0, 1.0)));
}

namespace {

struct Attempt
{
    bool ok = false;
    bool permanent = false;
    QString error;
};

/// The round of one channel: what cannot be sent fails at once, what must wait waits, the rest is tried with
/// the attempt recorded first.
struct OutboxChannel
{
    QString name;
    qint64 staleMs = 0;
    std::function<QString(const NotificationStore::Outgoing &)> refuse;   ///< why it can never be sent (empty: it can)
    std::function<qint64(qint64 now)> notBefore;                         ///< later than now: wait until then
    QString waitReason;
    std::function<QString(const NotificationStore::Outgoing &)> idOf;
    std::function<Attempt(const NotificationStore::Outgoing &, const QString &id)> send;
};

Result<OutboxRound> runDue(Database &db, const OutboxChannel &ch, const Clock &clock, int limit, const std::function<void(const QString &)> &afterAccepted,
                           const OutboxWriter &write)
{
    OutboxRound round;
    NotificationStore store(db);
    const auto recorded = [&](const std::function<Status()> &work) { return write ? write(work) : work(); };
    const QList<NotificationStore::Outgoing> due = store.due(ch.name, clock(), limit);
    round.considered = int(due.size());
    for (const NotificationStore::Outgoing &n : due) {
        const qint64 now = clock();
        if (const QString why = ch.refuse(n); !why.isEmpty()) {
            if (Status st = recorded([&] { return store.markFailed(n.id, why, now); }); !st)
                return st.error();
            ++round.failed;
            continue;
        }
        if (ch.notBefore) {
            if (const qint64 at = ch.notBefore(now); at > now) {
                if (Status st = recorded([&] { return store.markRetry(n.id, at, ch.waitReason, now); }); !st)
                    return st.error();
                ++round.deferred;
                continue;
            }
        }
        // The id every attempt at this message carries: made once, kept.
        const QString messageId = !n.messageId.isEmpty() ? n.messageId : ch.idOf(n);
        // Another sender's attempt under way is left to it; one older than two time limits was cut short.
        bool mine = false;
        if (Status st = recorded([&]() -> Status {
                const Result<bool> began = store.beginAttempt(n.id, messageId, now, now - ch.staleMs);
                if (!began)
                    return began.error();
                mine = began.value();
                return {};
            });
            !st)
            return st.error();
        if (!mine)
            continue;
        const Attempt sent = ch.send(n, messageId);
        const qint64 after = clock();
        if (sent.ok) {
            if (afterAccepted)
                afterAccepted(n.id);
            if (Status st = recorded([&] { return store.markSent(n.id, after); }); !st)
                return st.error();
            ++round.sent;
            continue;
        }
        round.lastError = sent.error;
        const int attempts = n.attempts + 1;
        if (sent.permanent || attempts >= EmailOutbox::maxAttempts) {
            const QString why = sent.permanent ? sent.error : Tr::tr("given up after %1 attempts: %2").arg(attempts).arg(sent.error);
            if (Status st = recorded([&] { return store.markFailed(n.id, why, after); }); !st)
                return st.error();
            ++round.failed;
        } else {
            const double jitter = QRandomGenerator::global()->generateDouble() * 2.0 - 1.0;
            if (Status st = recorded([&] { return store.markRetry(n.id, after + EmailOutbox::backoffMs(attempts, jitter), sent.error, after); }); !st)
                return st.error();
            ++round.retried;
        }
    }
    round.wakeAt = store.nextWake(ch.name, ch.staleMs);
    return round;
}

const QString smsSettingsKey = QStringLiteral("notify.sms");

} // namespace

Result<EmailOutbox::Round> EmailOutbox::sendDue(int limit)
{
    const std::optional<Tenant> tenant = OrganisationRepository(m_db).tenant();
    const SmtpSettings &settings = m_sender.settings();
    const QByteArray secret = linkBase.isEmpty() ? QByteArray() : NotifyLinks::secret(m_db);
    OutboxChannel ch;
    ch.name = QStringLiteral("email");
    ch.staleMs = 2 * qint64(settings.timeoutMs);
    ch.refuse = [](const NotificationStore::Outgoing &n) {
        return Mail::isAddress(n.address) ? QString() : Tr::tr("\"%1\" is not an e-mail address").arg(n.address);
    };
    ch.idOf = [&](const NotificationStore::Outgoing &n) { return n.id + QLatin1Char('@') + settings.fromAddress.section(QLatin1Char('@'), 1); };
    ch.send = [&](const NotificationStore::Outgoing &n, const QString &messageId) {
        Mail::Message m;
        m.fromAddress = settings.fromAddress;
        m.fromName = settings.fromName.isEmpty() && tenant ? tenant->name : settings.fromName;
        m.to = n.address;
        const QString tracking = n.message.args.value(0);
        m.subject = !n.subject.isEmpty() ? n.subject
                    : tenant      ? (tracking.isEmpty() ? tenant->name : tenant->name + QStringLiteral(" · ") + tracking)
                                  : tracking;
        m.text = NotifyLinks::withSurveyLinks(n.body, secret, linkBase);
        m.html = NotifyLinks::withSurveyLinks(n.html, secret, linkBase);
        m.messageId = messageId;
        m.unsubscribeMail = QStringLiteral("mailto:%1?subject=unsubscribe").arg(settings.fromAddress);
        if (!linkBase.isEmpty() && !secret.isEmpty() && !n.citizenId.isEmpty()) {
            m.unsubscribe = linkBase + QStringLiteral("/optout/") + NotifyLinks::optOutToken(secret, n.citizenId, ContactChannel::Email);
            m.text += QStringLiteral("\n\n-- \n")
                      + wordsIn(n.language, QT_TRANSLATE_NOOP("CivicDesk", "No more e-mails from %1: %2")).arg(m.fromName, m.unsubscribe);
        }
        m.date = n.createdAt;
        const SmtpSender::Outcome sent = m_sender.send(n.address, m.toBytes());
        return Attempt{sent.ok, sent.permanent, sent.error};
    };
    return runDue(m_db, ch, m_clock, limit, afterAccepted, write);
}

Result<std::optional<SmsSettings>> readSmsSettings(const Database &db)
{
    const QString json = db.localSetting(smsSettingsKey);
    if (json.isEmpty())
        return std::optional<SmsSettings>();
    Result<SmsSettings> s = SmsSettings::fromJson(json);
    if (!s)
        return s.error();
    if (s->url.isEmpty())
        return std::optional<SmsSettings>();
    return std::optional<SmsSettings>(s.value());
}

Status writeSmsSettings(Database &db, const SmsSettings &settings)
{
    if (settings.url.isEmpty())
        return db.setLocalSetting(smsSettingsKey, QString());
    if (Status s = settings.validate(); !s)
        return s;
    return db.setLocalSetting(smsSettingsKey, settings.toJson());
}

SmsOutbox::SmsOutbox(Database &db, SmsSender &sender, Clock clock)
    : m_db(db)
    , m_sender(sender)
    , m_clock(std::move(clock))
{
}

qint64 SmsOutbox::afterQuietHours(qint64 now, const QString &timeZone, int from, int to)
{
    if (from == to)
        return now;
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone.isValid() ? zone : QTimeZone::utc());
    const int hour = local.time().hour();
    const bool quiet = from < to ? (hour >= from && hour < to) : (hour >= from || hour < to);
    if (!quiet)
        return now;
    // The end of the quiet hours: today at `to` when it is still ahead, else tomorrow.
    QDate day = local.date();
    if (hour >= to && from > to)
        day = day.addDays(1);
    return QDateTime(day, QTime(to, 0), local.timeZone()).toMSecsSinceEpoch();
}

Result<SmsOutbox::Round> SmsOutbox::sendDue(int limit)
{
    const std::optional<Tenant> tenant = OrganisationRepository(m_db).tenant();
    const SmsSettings &settings = m_sender.settings();
    const QString zone = tenant ? tenant->timeZone : QStringLiteral("UTC");
    OutboxChannel ch;
    ch.name = QStringLiteral("sms");
    ch.staleMs = 2 * qint64(settings.timeoutMs);
    ch.refuse = [](const NotificationStore::Outgoing &n) {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        return e164.match(n.address).hasMatch() ? QString() : Tr::tr("\"%1\" is not a phone number in international form").arg(n.address);
    };
    ch.notBefore = [&](qint64 now) { return afterQuietHours(now, zone, settings.quietFrom, settings.quietTo); };
    ch.waitReason = Tr::tr("quiet hours: sent at their end");
    ch.idOf = [](const NotificationStore::Outgoing &n) { return n.id; };
    const QByteArray secret = linkBase.isEmpty() ? QByteArray() : NotifyLinks::secret(m_db);
    ch.send = [&](const NotificationStore::Outgoing &n, const QString &) {
        const QString report = secret.isEmpty() ? QString()
                                                : linkBase + QStringLiteral("/sms/report?id=%1&key=%2&type=%d").arg(n.id, NotifyLinks::reportKey(secret, n.id));
        const SmsSender::Outcome sent = m_sender.send(n.address, NotifyLinks::withSurveyLinks(n.body, secret, linkBase), report);
        return Attempt{sent.ok, sent.permanent, sent.error};
    };
    return runDue(m_db, ch, m_clock, limit, afterAccepted, write);
}

} // namespace CivicDesk
