// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/domain/resolutionbuckets.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace CivicDesk {

class Database;

/// What the dashboard looks at: a period of the municipality's days (in its time zone, both ends included) and optionally one department,
/// one district and one group of service types.
struct DashboardFilter
{
    QDate from;
    QDate to;
    QString departmentId;
    QString districtId;
    QString groupId;
    /// The period of the same length just before this one, with the same narrowing.
    DashboardFilter previous() const;
};

enum class Granularity { Day, Week, Month };

/// Requests received in one period step, per channel code.
struct ReceivedBucket
{
    QDate start;
    QMap<QString, qint64> byChannel;
    qint64 total() const;
};

/// Figures of one department (or type, district, group): what came in and how the closed ones went.
struct Performance
{
    QString key;             ///< department, type, district or group id
    qint64 received = 0;
    qint64 closed = 0;
    qint64 closedWithDeadline = 0; ///< of those closed, the ones that had a deadline
    qint64 closedOnTime = 0;
    qint64 recurrences = 0;
    std::array<qint64, 5> satisfaction{}; ///< ratings 1..5
    std::array<qint64, 4> accuracy{};     ///< accurate, partly accurate, inaccurate, false report
    std::array<qint64, ResolutionBuckets::count> resolution{}; ///< closed requests per resolution-time bucket
    /// Open now past the deadline (not bound to the period; 0 when the load was given no time).
    qint64 openOverdue = 0;
    /// Closed within the deadline, of the closed ones that had a deadline; empty when none had one.
    std::optional<double> onTimeShare() const;
    /// Closed within the deadline, of those closed that had a deadline and those open past their deadline now;
    /// empty for neither (requests without a deadline count in neither part).
    std::optional<double> deadlineCompliance() const;
    std::optional<double> meanSatisfaction() const;
    qint64 ratings() const;
};

/// Everything one refresh of the dashboard shows.
struct DashboardData
{
    QList<ReceivedBucket> overTime;
    Performance totals;
    QList<Performance> byDepartment, byType, byDistrict, byGroup; ///< ordered by key
    QMap<RequestStatus, qint64> backlog;
    /// Open requests past their deadline now (not bound to the period; 0 when no time was given).
    qint64 openOverdue = 0;
    /// Closed within the deadline, of those closed in the period and those open past their deadline now: a
    /// share that does not look perfect while late requests stay open. Empty when there is neither.
    std::optional<double> deadlineCompliance() const;
    std::array<qint64, 3> escalations{};
    /// False on a partial replica for a period before what it holds: the escalations are counted from requests'
    /// own rows, which it has only from its scope's start (the figures above are the server's, whole).
    bool escalationsKnown = true;
    QList<std::pair<QString, qint64>> topTypes, topDistricts; ///< most received first, at most 10
};

/// The dashboard's headline tiles beyond the period's own figures: the same figures a period earlier, what is
/// open now and how long it has waited, and the calls.
struct Headline
{
    Performance previous;        ///< the period of the same length just before
    qint64 openNow = 0;          ///< open now, on hold included
    std::optional<double> medianOpenAgeDays; ///< how long the open requests have waited, the middle one
    qint64 calls = 0, previousCalls = 0; ///< calls started in the period (the whole municipality)
    std::optional<double> meanCallSeconds, previousMeanCallSeconds; ///< of the calls that ended
    /// False on a partial replica when the period (or the one before) starts before the calls it holds: then the
    /// figures above are not counted from part of the calls but left at nothing.
    bool callsKnown = true, previousCallsKnown = true;
};

/// The supervisor's indicators, read from the summary tables kept by triggers (schema 6): the cost depends on
/// the period and the number of departments, types and districts, not on the number of requests.
class Dashboard
{
public:
    explicit Dashboard(Database &db) : m_db(db) {}
    /// A partial replica holds requests' own rows (calls, escalations) from @p sinceMs on, and every one of
    /// department @p departmentHeld (empty: none whole): figures of those rows over an earlier span are left
    /// unknown (DashboardData::escalationsKnown, Headline::callsKnown), never counted from part of them.
    void setRowsSince(qint64 sinceMs, const QString &departmentHeld)
    {
        m_rowsSince = sinceMs;
        m_departmentHeld = departmentHeld;
    }

    /// The instants of a period of the municipality's days: [its first midnight, the midnight after it).
    std::pair<qint64, qint64> span(const QDate &from, const QDate &to) const;

    /// Upper bounds of the resolution-time buckets, in hours (the last bucket is open).
    static const std::array<int, ResolutionBuckets::upperHours.size()> &bucketHours();
    /// The @p share (0.5 median, 0.9 90th percentile) of a resolution histogram, in hours: linear within the
    /// bucket it falls in (so within that bucket's bounds of the exact figure; the buckets reach five years and
    /// a percentile beyond reads as five years). Empty when nothing was closed.
    static std::optional<double> resolutionPercentileHours(const std::array<qint64, ResolutionBuckets::count> &histogram, double share);

    /// Every figure at once: one pass over the summary rows of the period.
    /// @p nowMs (0: not counted) is when "open past the deadline" is judged.
    DashboardData load(const DashboardFilter &filter, Granularity granularity = Granularity::Week, qint64 nowMs = 0);

    QList<ReceivedBucket> receivedOverTime(const DashboardFilter &filter, Granularity granularity);
    /// Totals for the whole selection.
    Performance totals(const DashboardFilter &filter);
    /// The headline beside @p data (loaded for @p filter with @p nowMs).
    Headline headline(const DashboardFilter &filter, const DashboardData &data, qint64 nowMs);
    /// The same per department, type, district or type group ("department", "type", "district", "group").
    QList<Performance> breakdown(const DashboardFilter &filter, const QString &by);
    /// Requests still open now, per status (not bound to the period).
    QMap<RequestStatus, qint64> backlog(const DashboardFilter &filter);
    /// Escalation steps taken in the period, per level (1 at risk, 2 breached, 3 management).
    std::array<qint64, 3> escalations(const DashboardFilter &filter);
    /// The most frequent types or districts in the period, most first.
    QList<std::pair<QString, qint64>> top(const DashboardFilter &filter, const QString &by, int limit = 10);

private:
    QList<std::pair<QString, qint64>> topOf(const QList<Performance> &list, int limit) const;

    Database &m_db;
    qint64 m_rowsSince = 0;
    QString m_departmentHeld;
};

} // namespace CivicDesk
