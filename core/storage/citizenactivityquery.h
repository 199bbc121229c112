// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CivicDesk {

class Database;

/// What a citizen did and received, read for their page: requests they filed or reported too, the ratings
/// they gave, their calls, the messages sent to them and the records merged into theirs.
class CitizenActivityQuery
{
public:
    explicit CitizenActivityQuery(Database &db) : m_db(db) {}

    struct Request
    {
        QString id;
        QString trackingNumber;
        QString typeId;
        QString citizenId; ///< who filed it (another citizen when @p citizenId only reported it too)
        RequestStatus status = RequestStatus::New;
        Channel channel = Channel::Phone;
        qint64 createdAt = 0;
        qint64 dueAt = 0;
        qint64 closedAt = 0;
        QString address;
        int satisfaction = 0;
        std::optional<AccuracyRating> accuracy;
    };
    /// The requests the citizen filed, newest first, then those they reported too, newest first (a request may
    /// come twice).
    QList<Request> requests(const QString &citizenId) const;

    struct Rating
    {
        qint64 at = 0;
        QString value; ///< as the event holds it ("1".."5")
        QString comment;
        QString requestId;
        QString trackingNumber;
    };
    /// The satisfaction ratings recorded as events on the citizen's own requests, oldest first.
    QList<Rating> ratings(const QString &citizenId) const;

    struct CallRow
    {
        QString id;
        QString callerNumber;
        qint64 startedAt = 0;
        qint64 endedAt = 0;
        QList<std::pair<QString, QString>> requests; ///< (tracking number, relation: filed, linked, viewed)
        int filed = 0;
        std::optional<CallOutcome> outcome;
        QString outcomeNote;
    };
    /// The citizen's calls, newest first.
    QList<CallRow> calls(const QString &citizenId) const;

    struct NotificationRow
    {
        qint64 createdAt = 0;
        ContactChannel channel = ContactChannel::Sms;
        QString kind;
        QString status; ///< queued, sent, failed
        QString body;
        QString requestId;
        QString lastError; ///< why it failed, or the last trouble
        QString report;    ///< the SMS gateway's delivery report ("" none)
    };
    /// The newest @p limit messages to the citizen, newest first.
    QList<NotificationRow> notifications(const QString &citizenId, int limit) const;

    /// The records merged into @p citizenId: (when, the merged record as JSON), oldest first.
    QList<std::pair<qint64, QString>> merges(const QString &citizenId) const;

private:
    Database &m_db;
};

} // namespace CivicDesk
