// SPDX-License-Identifier: GPL-3.0-or-later
#include "localdays.h"

#include <QDateTime>
#include <QMutex>

#include <map>
#include <memory>

#include <algorithm>

namespace CivicDesk {
namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

LocalDays::LocalDays(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    // Every transition from 1900 to 2200, read once: a lookup is then a binary search, fast enough for the
    // triggers of a bulk load and for rebuilding the summaries of millions of requests.
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);
    m_before = m_zone.offsetFromUtc(from);
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = m_zone.transitions(from, to);
        m_at.reserve(size_t(transitions.size()));
        m_offset.reserve(size_t(transitions.size()));
        for (const QTimeZone::OffsetData &t : transitions) {
            m_at.push_back(t.atUtc.toMSecsSinceEpoch());
            m_offset.push_back(t.offsetFromUtc);
        }
    }
}

const LocalDays &LocalDays::named(const QByteArray &ianaName)
{
    static QMutex mutex;
    static std::map<QByteArray, std::unique_ptr<const LocalDays>> made;
    const QMutexLocker lock(&mutex);
    std::unique_ptr<const LocalDays> &days = made[ianaName];
    if (!days) {
        const QTimeZone zone = ianaName.isEmpty() ? QTimeZone::utc() : QTimeZone(ianaName);
        days = std::make_unique<const LocalDays>(zone.isValid() ? zone : QTimeZone::utc());
    }
    return *days;
}

int LocalDays::offsetAt(qint64 ms) const
{
    const auto it = std::upper_bound(m_at.begin(), m_at.end(), ms);
    if (it == m_at.begin())
        return m_before;
    return m_offset[size_t(it - m_at.begin() - 1)];
}

qint64 LocalDays::dayOf(qint64 ms) const
{
    return floorDiv(ms + qint64(offsetAt(ms)) * 1000, 86400000);
}

qint64 LocalDays::monthOf(qint64 ms) const
{
    return monthNumber(dateOfDay(dayOf(ms)));
}

qint64 LocalDays::startOf(const QDate &date) const
{
    // Local midnight is UTC midnight minus the offset in force then; the offset is read just before and
    // after, because a change may fall between (a day whose midnight does not exist starts at the change).
    const qint64 utcMidnight = dayNumber(date) * 86400000;
    for (const int guessOffset : {offsetAt(utcMidnight - 86400000), offsetAt(utcMidnight + 86400000)}) {
        const qint64 candidate = utcMidnight - qint64(guessOffset) * 1000;
        if (dayOf(candidate) == dayNumber(date) && dayOf(candidate - 1) < dayNumber(date))
            return candidate;
    }
    // Midnight skipped: the day starts at the transition that skipped it.
    const auto it = std::lower_bound(m_at.begin(), m_at.end(), utcMidnight - 86400000);
    for (auto t = it; t != m_at.end() && *t < utcMidnight + 2 * 86400000; ++t) {
        if (dayOf(*t) == dayNumber(date) && dayOf(*t - 1) < dayNumber(date))
            return *t;
    }
    return utcMidnight - qint64(offsetAt(utcMidnight)) * 1000;
}

std::pair<qint64, qint64> LocalDays::span(const QDate &first, const QDate &last) const
{
    return {startOf(first), startOf(last.addDays(1))};
}

} // namespace CivicDesk
