// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/servicerequest.h"
#include "core/storage/sqlitestatement.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CivicDesk {

class Database;

/// A request as the public may see it (Open311's GET requests, the tracking page): what was reported and what
/// became of it, never who reported it, internal notes or the crews' names.
struct PublicRequest
{
    QString id;
    QString trackingNumber;
    QString externalId;
    Channel channel = Channel::Phone;
    RequestStatus status = RequestStatus::New;
    QString statusNotes;
    QString typeCode;
    QString typeNameJson;       ///< LocalizedText JSON
    QString departmentNameJson; ///< LocalizedText JSON ('' none)
    QString description;
    QString address;
    QString mediaUrl;
    QString attributesJson;     ///< code → value
    QString duplicateOfNumber;  ///< tracking number of the request this one duplicates
    QString clusterNumber;      ///< tracking number of the request its cluster hangs on ('' none, or itself)
    Priority priority = Priority::Normal;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 dueAt = 0;
    qint64 closedAt = 0;
    bool located = false;
    double lat = 0;
    double lon = 0;
};

/// Which requests, Open311's parameters as the store reads them.
struct PublicRequestFilter
{
    QStringList numbers;     ///< tracking numbers or external ids (none: any)
    QStringList typeCodes;   ///< none: any
    std::optional<bool> open; ///< none: both
    qint64 createdFrom = 0, createdTo = 0; ///< [from, to), 0: unbounded
    qint64 updatedFrom = 0, updatedTo = 0; ///< [from, to), 0: unbounded
    int offset = 0;
    int limit = 1000;
};

/// The public side of the requests: their list by Open311's filters and their public history.
class PublicRequestQuery
{
public:
    explicit PublicRequestQuery(Database &db);

    /// Newest first.
    QList<PublicRequest> find(const PublicRequestFilter &filter);
    /// The request with tracking number or external id @p number.
    std::optional<PublicRequest> byNumber(const QString &number);
    std::optional<PublicRequest> byId(const QString &id);
    /// What the public sees of its history, oldest first: its filing, each status change with the note said
    /// to the citizen, and what came from the public itself (a channel's update); never staff's notes.
    QList<RequestEvent> publicHistory(const QString &requestId);
    /// The public histories of @p requestIds at once (for a page of requests), each oldest first.
    QHash<QString, QList<RequestEvent>> publicHistories(const QStringList &requestIds);

private:
    Database &m_db;
};

} // namespace CivicDesk
