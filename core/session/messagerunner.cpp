// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerunner.h"

#include "core/notify/outbox.h"
#include "core/storage/database.h"
#include "core/util/logging.h"

#include <memory>
#include <optional>

namespace CivicDesk {

MessageRunner::MessageRunner(QString path, Clock clock, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_clock(std::move(clock))
    , m_intervalMs(intervalMs)
{
}

MessageRunner::~MessageRunner()
{
    stop();
}

void MessageRunner::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { loop(); });
}

void MessageRunner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void MessageRunner::nudge()
{
    {
        std::lock_guard lock(m_mutex);
        m_nudged = true;
    }
    m_wake.notify_all();
}

void MessageRunner::loop()
{
    std::unique_ptr<Database> db;
    std::unique_ptr<SmtpSender> sender;
    QString settingsJson;
    std::unique_ptr<SmsSender> sms;
    QString smsJson;
    while (!m_stop) {
        if (!db) {
            Result<std::unique_ptr<Database>> opened = Database::open(m_path);
            if (opened)
                db = std::move(opened).value();
        }
        if (db) {
            const Result<std::optional<SmtpSettings>> settings = readSmtpSettings(*db);
            if (settings && settings.value().has_value()) {
                const SmtpSettings &now = *settings.value();
                // A sender per settings: one connection kept to the server while they hold.
                if (!sender || settingsJson != now.toJson()) {
                    sender = std::make_unique<SmtpSender>(now);
                    settingsJson = now.toJson();
                }
                EmailOutbox outbox(*db, *sender, m_clock);
                const Result<EmailOutbox::Round> round = outbox.sendDue();
                if (!round)
                    qCWarning(lcDesk) << "sending e-mails:" << round.error().message;
                else if (round->sent + round->retried + round->failed > 0)
                    Q_EMIT roundDone(round->sent, round->retried, round->failed, round->lastError);
            } else {
                sender.reset();
            }
            const Result<std::optional<SmsSettings>> gateway = readSmsSettings(*db);
            if (gateway && gateway.value().has_value()) {
                const SmsSettings &now = *gateway.value();
                if (!sms || smsJson != now.toJson()) {
                    sms = std::make_unique<SmsSender>(now);
                    smsJson = now.toJson();
                }
                SmsOutbox outbox(*db, *sms, m_clock);
                const Result<SmsOutbox::Round> round = outbox.sendDue();
                if (!round)
                    qCWarning(lcDesk) << "sending SMS:" << round.error().message;
                else if (round->sent + round->retried + round->failed > 0)
                    Q_EMIT roundDone(round->sent, round->retried, round->failed, round->lastError);
            } else {
                sms.reset();
            }
        }
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop || m_nudged; });
        m_nudged = false;
    }
}

} // namespace CivicDesk
