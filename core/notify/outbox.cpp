// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "core/notify/mailmessage.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/storage/organisationrepository.h"
#include "core/util/tr.h"

#include <QRandomGenerator>

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

Result<EmailOutbox::Round> EmailOutbox::sendDue(int limit)
{
    Round round;
    NotificationStore store(m_db);
    const std::optional<Tenant> tenant = OrganisationRepository(m_db).tenant();
    const QString host = m_sender.settings().fromAddress.section(QLatin1Char('@'), 1);
    for (const NotificationStore::Outgoing &n : store.due(QStringLiteral("email"), m_clock(), limit)) {
        const qint64 now = m_clock();
        if (!Mail::isAddress(n.address)) {
            if (Status st = store.markFailed(n.id, Tr::tr("\"%1\" is not an e-mail address").arg(n.address), now); !st)
                return st.error();
            ++round.failed;
            continue;
        }
        // The id every attempt at this message carries: made once, kept.
        const QString messageId = !n.messageId.isEmpty() ? n.messageId : n.id + QLatin1Char('@') + host;
        // Another sender's attempt under way is left to it; one older than two time limits was cut short.
        const Result<bool> mine = store.beginAttempt(n.id, messageId, now, now - 2 * qint64(m_sender.settings().timeoutMs));
        if (!mine)
            return mine.error();
        if (!mine.value())
            continue;
        Mail::Message m;
        m.fromAddress = m_sender.settings().fromAddress;
        m.fromName = m_sender.settings().fromName.isEmpty() && tenant ? tenant->name : m_sender.settings().fromName;
        m.to = n.address;
        const QString tracking = n.message.args.value(0);
        m.subject = tenant ? (tracking.isEmpty() ? tenant->name : tenant->name + QStringLiteral(" · ") + tracking) : tracking;
        m.text = n.body;
        m.messageId = messageId;
        m.unsubscribe = QStringLiteral("mailto:%1?subject=unsubscribe").arg(m_sender.settings().fromAddress);
        m.date = n.createdAt;
        const SmtpSender::Outcome sent = m_sender.send(n.address, m.toBytes());
        const qint64 after = m_clock();
        if (sent.ok) {
            if (afterAccepted)
                afterAccepted(n.id);
            if (Status st = store.markSent(n.id, after); !st)
                return st.error();
            ++round.sent;
            continue;
        }
        round.lastError = sent.error;
        const int attempts = n.attempts + 1;
        if (sent.permanent || attempts >= maxAttempts) {
            const QString why = sent.permanent ? sent.error : Tr::tr("given up after %1 attempts: %2").arg(attempts).arg(sent.error);
            if (Status st = store.markFailed(n.id, why, after); !st)
                return st.error();
            ++round.failed;
        } else {
            const double jitter = QRandomGenerator::global()->generateDouble() * 2.0 - 1.0;
            if (Status st = store.markRetry(n.id, after + backoffMs(attempts, jitter), sent.error, after); !st)
                return st.error();
            ++round.retried;
        }
    }
    return round;
}

} // namespace CivicDesk
