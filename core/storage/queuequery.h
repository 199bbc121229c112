// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"

#include <QList>
#include <QString>
#include <QMetaType>
#include <QVariant>

namespace CivicDesk {

class Database;

/// One line of a work queue.
struct QueueRow
{
    qint64 localId = 0;
    QString id;
    QString trackingNumber;
    QString typeId;
    RequestStatus status = RequestStatus::New;
    int priority = 2;
    bool emergency = false;
    qint64 dueAt = 0;
    qint64 createdAt = 0;
    QString address;
    QString districtId;
    QString departmentId;
    QString crewId;
    QString assigneeId;
    QString citizenId;
    int reporters = 0;
    int escalationLevel = 0;
    qint64 holdRemainingMs = -1;
    qint64 targetMs = 0;
    qint64 nextEscalationAt = 0;
    bool recurrence = false;
    double lat = 0, lon = 0;
};

/// Which pending requests a queue shows.
struct QueueFilter
{
    QString departmentId;          ///< empty: every department (supervisors)
    QList<RequestStatus> statuses; ///< empty: every open status
    QString typeId;
    QString districtId;
    enum class Deadline { Any, AtRisk, Breached } deadline = Deadline::Any;
    bool mineOnly = false;
    QString userId;
};

enum class QueueSort { Priority, Deadline, Age };

/// Pages of a department's pending requests in the queue's order, each page a keyset range scan of one of
/// the partial queue indexes: the first screen of a department with tens of thousands of open requests
/// reads a page, never the whole queue.
class WorkQueueQuery
{
public:
    explicit WorkQueueQuery(Database &db) : m_db(db) {}

    /// Up to @p limit rows after @p after (the last row of the previous page, or none for the first).
    QList<QueueRow> page(const QueueFilter &filter, QueueSort sort, const QueueRow *after, int limit, qint64 now);
    /// The number of pending requests the filter selects (for the status line).
    qint64 count(const QueueFilter &filter, qint64 now);

private:
    Database &m_db;
};

} // namespace CivicDesk
Q_DECLARE_METATYPE(CivicDesk::QueueFilter)
