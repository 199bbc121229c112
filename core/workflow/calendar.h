// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace CivicDesk {

/// Western (Gregorian computus) and Orthodox (Julian computus, shifted to the Gregorian calendar) Easter.
QDate westernEaster(int year);
QDate orthodoxEaster(int year);

/// A municipality's working time: office hours per weekday, public holidays (fixed dates, date ranges, days
/// relative to Easter, single dates of one year), in its time zone. Deadlines count working time only.
///
/// Defined as JSON data (resources/calendars/<country>.json, or the municipality's own):
/// {"timeZone": "Europe/Athens", "easter": "orthodox",
///  "hours": {"mon": [["07:00","15:00"]], ...},
///  "holidays": [{"name": "...", "date": "12-25"}, {"name": "...", "from": "12-25", "to": "12-26"},
///               {"name": "...", "easter": -48}, {"name": "...", "on": "2026-06-15"},
///               {"name": "...", "date": "10-04", "firstYear": 2026, "lastYear": 2040}]}
/// A holiday with "firstYear" and/or "lastYear" is one only in those years (a law added or removed it).
class BusinessCalendar
{
public:
    struct Holiday
    {
        QString name;
        enum class Kind { Fixed, Range, Easter, Once } kind = Kind::Fixed;
        int month = 0, day = 0;       ///< Fixed, and the start of a Range
        int toMonth = 0, toDay = 0;   ///< Range end (inclusive)
        int easterOffset = 0;         ///< Easter
        QDate once;                   ///< Once
        int firstYear = 0, lastYear = 0; ///< the years the law kept it (0: no bound): a change of law is data
        bool inForce(int year) const { return (firstYear == 0 || year >= firstYear) && (lastYear == 0 || year <= lastYear); }
    };
    struct Span
    {
        QTime from, to;
    };

    /// Parses and checks a definition: an unknown time zone, a malformed time or date, hours that overlap or
    /// run backwards, fixed holidays that overlap each other: refused with a message.
    static Result<BusinessCalendar> fromJson(const QByteArray &json);
    /// The built-in calendar of @p country (GR, RO, IT, ES), else Monday–Friday 08:00–16:00 in UTC.
    static BusinessCalendar forCountry(const QString &country);

    QByteArray toJson() const;
    QTimeZone timeZone() const { return m_zone; }
    bool orthodox() const { return m_orthodox; }
    const QList<Holiday> &holidays() const { return m_holidays; }

    /// The holiday on @p date (local), or empty.
    QString holidayName(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;

    /// The instant (ms UTC) when @p workingMs of working time have passed after @p startMs.
    qint64 addWorkingTime(qint64 startMs, qint64 workingMs) const;
    /// Working time (ms) between two instants; 0 if @p toMs is not after @p fromMs.
    qint64 workingTimeBetween(qint64 fromMs, qint64 toMs) const;

private:
    /// Working intervals of one local date, as [start, end) in ms UTC.
    QList<std::pair<qint64, qint64>> intervals(const QDate &date) const;
    const QHash<QDate, QString> &holidaysOf(int year) const;

    QTimeZone m_zone = QTimeZone::utc();
    bool m_orthodox = false;
    std::array<QList<Span>, 7> m_hours; ///< Monday = 0
    QList<Holiday> m_holidays;
    QByteArray m_source;
    mutable QHash<int, QHash<QDate, QString>> m_byYear;
};

} // namespace CivicDesk
