// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace CivicDesk {

class Database;

/// Messages to citizens, queued in the same transaction as the change they tell of (the outbox).
class NotificationStore
{
public:
    explicit NotificationStore(Database &db) : m_db(db) {}

    struct Queued
    {
        QString id;
        QString tenantId;
        QString citizenId;
        QString requestId;
        QString channel; ///< "sms", "email"
        QString address; ///< the phone in E.164 or the e-mail address
        QString kind;    ///< "confirmation", "resolved", …
        QString language;
        QString body;    ///< the text in the citizen's language, as it will be sent
        QString subject; ///< an e-mail's subject (empty: made by the sender)
        QString html;    ///< an e-mail's HTML (empty: made from the text)
        Message message; ///< what the text says, coded
        qint64 at = 0;
        QString actor;
        QString userId;     ///< a member of staff's message: to them (citizenId empty)
        QString campaignId; ///< a targeted message: its campaign
        qint64 notBefore = 0; ///< not sent before then (a campaign's pace)
    };
    /// Queues a message (the caller holds the transaction).
    Status queue(const Queued &message);
    /// Moves the messages of citizen @p fromId to @p toId (a merge of two records of one person).
    Status moveToCitizen(const QString &fromId, const QString &toId);

    /// A queued message on its way out, with what its attempts so far left.
    struct Outgoing
    {
        QString id;
        QString tenantId;
        QString requestId;
        QString channel;
        QString address;
        QString kind;
        QString language;
        QString body;
        QString subject;
        QString html;
        Message message;
        QString messageId;      ///< the id every attempt carries (empty before the first)
        int attempts = 0;
        qint64 createdAt = 0;
        qint64 sendingSince = 0; ///< an attempt begun whose outcome was never recorded (a crash): made again
        QString citizenId;       ///< empty for a message to staff
    };
    /// The queued messages of @p channel whose time has come (next attempt at or before @p now), oldest first.
    QList<Outgoing> due(const QString &channel, qint64 now, int limit) const;
    /// When a sender of @p channel has something to do next (0: nothing is queued): the earliest due message, or
    /// for one whose attempt was begun and never finished (a sender killed), the moment that attempt turns stale,
    /// @p staleMs after it began.
    qint64 nextWake(const QString &channel, qint64 staleMs) const;
    /// An attempt begins: recorded before it is made, with the id it carries. False when another sender holds
    /// the message (an attempt of its begun at or after @p staleBefore): it is left to that one.
    Result<bool> beginAttempt(const QString &id, const QString &messageId, qint64 now, qint64 staleBefore);
    Status markSent(const QString &id, qint64 now);
    /// The attempt failed for a reason that may pass: tried again at @p nextAt.
    Status markRetry(const QString &id, qint64 nextAt, const QString &error, qint64 now);
    /// The message can never be sent (an address refused, attempts used up): @p error says why.
    Status markFailed(const QString &id, const QString &error, qint64 now);

    /// Where a message stands.
    struct Delivery
    {
        QString status; ///< "queued", "sent", "failed"
        int attempts = 0;
        qint64 sentAt = 0;
        qint64 nextAttemptAt = 0;
        QString messageId;
        QString lastError;
        QString report;         ///< the gateway's last delivery report: "", accepted, queued, delivered, undelivered, refused
        qint64 reportedAt = 0;
    };
    std::optional<Delivery> delivery(const QString &id) const;

    /// Records the gateway's delivery report @p report ("accepted", "queued", "delivered", "undelivered",
    /// "refused") of message @p id. A final report (delivered, undelivered, refused) is never replaced by a
    /// passing one that comes after it; false when nothing changed (an unknown message, a late report).
    Result<bool> recordReport(const QString &id, const QString &report, qint64 at);
    /// The citizen withdrew consent to @p channel: their messages of it still waiting are failed with @p reason,
    /// never sent. How many were.
    Result<int> cancelQueued(const QString &citizenId, const QString &channel, const QString &reason, qint64 now);
    /// The messages of request @p requestId, oldest first: (id, channel, address, delivery).
    QList<std::pair<Outgoing, Delivery>> ofRequest(const QString &requestId) const;

private:
    Database &m_db;
};

} // namespace CivicDesk
