// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace CivicDesk {

class Database;

/// E-mails from citizens waiting at the dispatch desk (schema 20): read from the municipality's mailbox, filed
/// as requests or set aside by an operator.
class InboundMailStore
{
public:
    explicit InboundMailStore(Database &db) : m_db(db) {}

    enum class State { Waiting, Filed, SetAside };
    static QString toCode(State s);

    struct Row
    {
        QString id;
        QString tenantId;
        QString messageId;
        qint64 receivedAt = 0;
        QString fromAddress;
        QString fromName;
        QString citizenId;
        QString subject;
        QString body;
        QString photosJson = QStringLiteral("[]"); ///< the stored photos, as IntakeDraft's "photos" array
        QString problems;
        State state = State::Waiting;
        QString requestId;
        QString handledBy;
        qint64 handledAt = 0;
        QString reason;
    };

    /// Writes a new message (the caller holds the transaction); the same Message-ID twice is refused.
    Status insert(const Row &mail, const QString &actor);
    std::optional<Row> byId(const QString &id) const;
    /// The message of the municipality with @p messageId, if it was read already.
    std::optional<Row> byMessageId(const QString &tenantId, const QString &messageId) const;
    /// The messages still waiting, oldest first.
    QList<Row> waiting(int limit = 500) const;
    qint64 waitingCount() const;
    /// Messages from @p address read since @p since.
    qint64 countFrom(const QString &address, qint64 since) const;
    /// Marks a waiting message filed as (or joined to) @p requestId, or set aside for @p reason.
    Status markFiled(const QString &id, const QString &requestId, const QString &actor, qint64 now);
    Status markSetAside(const QString &id, const QString &reason, const QString &actor, qint64 now);

private:
    Status mark(const QString &id, State state, const QString &requestId, const QString &reason, const QString &actor, qint64 now);
    Database &m_db;
};

} // namespace CivicDesk
