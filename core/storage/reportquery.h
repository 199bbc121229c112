// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace CivicDesk {

class Database;

/// The rows of the printed reports that are read from the requests themselves (the figures come from the
/// summary tables, see SummaryQuery): a filtered request list, requests per status, the crews' workload.
class ReportQuery
{
public:
    explicit ReportQuery(Database &db) : m_db(db) {}

    /// Which requests a list holds: filed in [fromMs, toMs), narrowed by what is set.
    struct ListFilter
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QString departmentId;
        QString typeId;
        QString districtId;
        QString status;  ///< a status code
        QString channel; ///< a channel code
        int minPriority = 0;
        QString groupBy; ///< "department", "type", "status", "district", or empty
        QString sortBy;  ///< "deadline", "priority", "tracking", or empty (filing time)
        int limit = 10000; ///< 0: all
    };
    struct ListRow
    {
        QString groupKey; ///< the id or code grouped by
        QString trackingNumber;
        qint64 createdAt = 0;
        QString typeId;
        QString status;
        int priority = 0;
        QString departmentId;
        QString districtId;
        QString address;
        qint64 dueAt = 0;
        qint64 closedAt = 0;
    };
    /// How many requests the filter selects (the list may hold fewer: its limit).
    qint64 count(const ListFilter &filter) const;
    /// The first rows of the list (its limit), by group and then in the order asked, one row at a time (nothing
    /// held: for lists of any length). False with the store's message when the rows could not be read to their end.
    Status forEachRow(const ListFilter &filter, const std::function<void(const ListRow &)> &visit) const;
    /// How many requests the filter selects in each group (all of them, whatever the limit), by group key.
    QList<std::pair<QString, qint64>> groupCounts(const ListFilter &filter) const;

    /// How long each request closed in [fromMs, toMs) took (closing − filing, ms), with its department, type and
    /// district (empty when none), narrowed by what is set: the exact percentiles of the printed figures.
    void forEachResolution(qint64 fromMs, qint64 toMs, const QString &departmentId, const QString &districtId,
                           const std::function<void(const QString &department, const QString &type, const QString &district, qint64 ms)> &visit) const;

    /// Requests filed in [fromMs, toMs) per status code, narrowed by what is set.
    QList<std::pair<QString, qint64>> perStatus(qint64 fromMs, qint64 toMs, const QString &departmentId, const QString &districtId,
                                                const QString &typeId) const;

    struct CrewLoad
    {
        QString crewId;
        QString status;
        qint64 count = 0;
        qint64 oldestCreatedAt = 0;
    };
    /// The crews' open work filed in [fromMs, toMs), per crew and status, in crew order.
    QList<CrewLoad> crewWorkload(qint64 fromMs, qint64 toMs, const QString &departmentId) const;

private:
    Database &m_db;
};

} // namespace CivicDesk
