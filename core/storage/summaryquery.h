// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace CivicDesk {

class Database;

/// The summary tables the dashboard and the reports add up (kept by triggers): requests received, closed,
/// closed on time, rated, per day or month and per department, type and district; the resolution-time
/// histogram; the backlog per status; escalations.
class SummaryQuery
{
public:
    explicit SummaryQuery(Database &db) : m_db(db) {}

    /// What every read narrows to (empty: no narrowing).
    struct Scope
    {
        QString departmentId;
        QString districtId;
        QString groupId; ///< a service group: the types of that group
    };

    /// One summary row; the key views are valid during the call only.
    struct StatsRow
    {
        QByteArrayView departmentId;
        QByteArrayView typeId;
        QByteArrayView districtId;
        std::array<qint64, 7> received{}; ///< per channel: phone, walk-in, web, mobile app, e-mail, Open311, import
        qint64 recurrences = 0;
        qint64 closed = 0;
        qint64 closedWithDeadline = 0; ///< of those closed, the ones that had a deadline
        qint64 closedOnTime = 0;
        std::array<qint64, 5> satisfaction{};
        std::array<qint64, 4> accuracy{};
    };
    /// Rows of the municipality's days @p first … @p last (LocalDays::dayNumber), or of its months
    /// (year × 12 + month − 1) when @p months is set.
    void forEachStats(bool months, qint64 first, qint64 last, const Scope &scope, const std::function<void(const StatsRow &)> &visit) const;

    struct ResolutionRow
    {
        QByteArrayView departmentId;
        QByteArrayView typeId;
        QByteArrayView districtId;
        int bucket = 0; ///< of ResolutionBuckets
        qint64 count = 0;
    };
    void forEachResolution(bool months, qint64 first, qint64 last, const Scope &scope,
                           const std::function<void(const ResolutionRow &)> &visit) const;

    /// Requests received per day from @p firstDay to @p lastDay, per channel (as in StatsRow): (day, counts).
    QList<std::pair<qint64, std::array<qint64, 7>>> receivedPerDay(qint64 firstDay, qint64 lastDay, const Scope &scope) const;
    /// Open requests per status code.
    QList<std::pair<QString, qint64>> backlog(const Scope &scope) const;
    /// Open requests (not on hold) whose deadline passed before @p nowMs, per department, type and district
    /// (empty for none); the key views are valid during the call only.
    void forEachOpenOverdue(qint64 nowMs, const Scope &scope,
                            const std::function<void(QByteArrayView department, QByteArrayView type, QByteArrayView district, qint64 count)> &visit) const;
    /// When the middle one of the @p open open requests (on hold included) was filed; empty when none is open.
    std::optional<qint64> medianOpenCreatedAt(qint64 open, const Scope &scope) const;
    /// Calls started from @p fromMs to before @p toMs, and their mean length (of those that ended).
    struct CallFigures
    {
        qint64 count = 0;
        std::optional<double> meanSeconds;
    };
    CallFigures calls(qint64 fromMs, qint64 toMs) const;
    /// Escalation steps taken between @p fromMs and @p toMs per level 1…3 (a step's alerts counted once).
    std::array<qint64, 3> escalations(qint64 fromMs, qint64 toMs, const Scope &scope) const;

private:
    Database &m_db;
};

} // namespace CivicDesk
