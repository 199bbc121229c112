// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerunner.h"

#include "core/notify/outbox.h"
#include "core/storage/database.h"
#include "core/storage/syncstore.h"
#include "core/util/logging.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace CivicDesk {

namespace {

/// A channel of the outbox as the runner keeps it: its settings read from the file at each round, its sender
/// made again only when they change, and the budget of its rate limit (a bucket that fills at the settings'
/// messages a minute and holds a second's worth of them).
template<typename Sender, typename Outbox>
struct Channel
{
    using Settings = std::decay_t<decltype(std::declval<Sender>().settings())>;
    Result<std::optional<Settings>> (*read)(const Database &);
    const char *what;
    std::unique_ptr<Sender> sender;
    QString settingsJson;
    double budget = 0;
    qint64 filledAt = 0;

    /// The round's outcome; nothing when the channel has no settings or the round failed (logged). A round that
    /// has no budget left sends nothing and tells when there is budget again.
    std::optional<OutboxRound> run(Database &db, const Clock &clock, const OutboxWriter &write, const QString &linkBase)
    {
        const Result<std::optional<Settings>> settings = read(db);
        if (!settings || !settings.value()) {
            sender.reset();
            return std::nullopt;
        }
        const Settings &now = *settings.value();
        if (!sender || settingsJson != now.toJson()) {
            sender = std::make_unique<Sender>(now);
            settingsJson = now.toJson();
            budget = 0;
            filledAt = 0;
        }
        constexpr int roundLimit = 200;
        int limit = roundLimit;
        const qint64 t = clock();
        if (now.perMinute > 0) {
            const double most = std::max(1.0, now.perMinute / 60.0);
            budget = filledAt == 0 ? most : std::min(most, budget + double(t - filledAt) * now.perMinute / 60000.0);
            filledAt = t;
            limit = std::min(roundLimit, int(budget));
            if (limit == 0) {
                OutboxRound waiting;
                waiting.wakeAt = t + qint64(std::ceil((1.0 - budget) * 60000.0 / now.perMinute));
                return waiting;
            }
        }
        Outbox outbox(db, *sender, clock);
        outbox.write = write;
        outbox.linkBase = linkBase;
        const Result<OutboxRound> round = outbox.sendDue(limit);
        if (!round) {
            qCWarning(lcDesk) << what << round.error().message;
            return std::nullopt;
        }
        OutboxRound r = round.value();
        if (now.perMinute > 0) {
            budget -= r.sent + r.retried + r.failed;
            // More is due than the budget allowed: the next round when a message's worth has come in.
            if (r.considered == limit && budget < 1.0)
                r.wakeAt = t + qint64(std::ceil((1.0 - budget) * 60000.0 / now.perMinute));
        } else if (r.considered == limit) {
            r.wakeAt = t; // more is due: the next round at once
        }
        return r;
    }
};

} // namespace

MessageRunner::MessageRunner(QString path, Clock clock, int intervalMs, QObject *parent)
    : MessageRunner(DatabaseLocation::file(path), std::move(clock), intervalMs, parent)
{
}

MessageRunner::MessageRunner(DatabaseLocation location, Clock clock, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
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
    m_worker.start([this] { loop(); });
}

void MessageRunner::stop()
{
    m_worker.stop();
}

void MessageRunner::nudge()
{
    m_worker.nudge();
}

void MessageRunner::loop()
{
    std::unique_ptr<Database> db;
    // One sender per channel, kept (with its connection) while the channel's settings stay the same.
    Channel<SmtpSender, EmailOutbox> mail{&readSmtpSettings, "sending e-mails:", {}, {}};
    Channel<SmsSender, SmsOutbox> sms{&readSmsSettings, "sending SMS:", {}, {}};
    while (!m_worker.stopping()) {
        if (!db) {
            Result<std::unique_ptr<Database>> opened = m_location.open();
            if (opened)
                db = std::move(opened).value();
        }
        qint64 wait = m_intervalMs;
        if (db) {
            OutboxWriter write;
            if (m_serverStore)
                write = [store = std::make_shared<SyncStore>(*db)](const std::function<Status()> &work) { return store->write(work); };
            for (const std::optional<OutboxRound> &round : {mail.run(*db, m_clock, write, m_linkBase), sms.run(*db, m_clock, write, m_linkBase)}) {
                if (!round)
                    continue;
                if (round->sent + round->retried + round->failed > 0)
                    Q_EMIT roundDone(round->sent, round->retried, round->failed, round->lastError);
                if (round->sent + round->retried + round->failed + round->deferred > 0)
                    Q_EMIT changed();
                // The next round when something is due, a stale attempt may be made again, or the rate allows
                // more; at the latest after the interval.
                if (round->wakeAt > 0)
                    wait = std::clamp<qint64>(round->wakeAt - m_clock(), 0, wait);
            }
        }
        m_worker.sleep(wait);
    }
}

} // namespace CivicDesk
