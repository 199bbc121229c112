// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QTimeZone>

#include <vector>

namespace CivicDesk {

/// The municipality's calendar days and months, as counted in its own time zone: a request filed at 00:30 in
/// Athens belongs to that Athens day, whatever UTC says, and a daylight-saving day has 23 or 25 hours. A day is
/// numbered as its date's distance from 1 January 1970 (so the number of a date does not depend on the zone,
/// only which instants fall in it); a month is year × 12 + month − 1. The summary tables, the dashboard and
/// the reports all count with this one class (the SQL functions cd_local_day and cd_local_month wrap it).
class LocalDays
{
public:
    /// UTC when @p zone is not valid.
    explicit LocalDays(const QTimeZone &zone = QTimeZone::utc());
    /// By IANA name; UTC for an empty or unknown name. Made once per name and process (thread-safe).
    static const LocalDays &named(const QByteArray &ianaName);

    const QTimeZone &zone() const { return m_zone; }

    /// The local day an instant (ms since the epoch) falls in.
    qint64 dayOf(qint64 ms) const;
    /// The local month an instant falls in.
    qint64 monthOf(qint64 ms) const;
    /// Its offset from UTC at that instant, in seconds.
    int offsetAt(qint64 ms) const;
    /// The first instant of a local date (midnight, or the first time that exists on a day whose midnight is
    /// skipped by a daylight-saving change).
    qint64 startOf(const QDate &date) const;
    /// The instants of [first, last] as a half-open interval [start of first, start of the day after last).
    std::pair<qint64, qint64> span(const QDate &first, const QDate &last) const;

    static qint64 dayNumber(const QDate &date) { return date.toJulianDay() - epochJulianDay; }
    static QDate dateOfDay(qint64 day) { return QDate::fromJulianDay(day + epochJulianDay); }
    static qint64 monthNumber(const QDate &date) { return qint64(date.year()) * 12 + date.month() - 1; }

private:
    static constexpr qint64 epochJulianDay = 2440588; // 1970-01-01
    QTimeZone m_zone;
    std::vector<qint64> m_at;   ///< transitions, ms since the epoch, ascending
    std::vector<int> m_offset;  ///< offset in seconds from each transition on
    int m_before = 0;           ///< offset before the first transition
};

} // namespace CivicDesk
