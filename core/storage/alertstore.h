// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

namespace CivicDesk {

class Database;

/// The escalation ladder's alerts: who must act on which request, until they acknowledge it.
class AlertStore
{
public:
    explicit AlertStore(Database &db) : m_db(db) {}

    struct Row
    {
        QString id;
        QString tenantId;
        QString requestId;
        QString trackingNumber; ///< read with the request; not written
        int level = 1;
        QString recipientRole;
        QString recipientId;
        QString departmentId;
        Message message;     ///< the coded message (schema 9 on)
        QString legacyText;  ///< an older alert's text as it was written, when it could not be coded
        qint64 createdAt = 0;
    };
    /// Writes a new alert (the caller holds the transaction).
    Status insert(const Row &alert);
    /// Alerts not acknowledged for @p role (and @p departmentId unless empty), newest first.
    QList<Row> open(const QString &role, const QString &departmentId, int limit) const;
    Status acknowledge(const QString &alertId, const QString &userId, qint64 now);

private:
    Database &m_db;
};

} // namespace CivicDesk
