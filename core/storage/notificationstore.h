// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"
#include "core/util/result.h"

#include <QString>

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
        Message message; ///< what the text says, coded
        qint64 at = 0;
        QString actor;
    };
    /// Queues a message (the caller holds the transaction).
    Status queue(const Queued &message);
    /// Moves the messages of citizen @p fromId to @p toId (a merge of two records of one person).
    Status moveToCitizen(const QString &fromId, const QString &toId);

private:
    Database &m_db;
};

} // namespace CivicDesk
