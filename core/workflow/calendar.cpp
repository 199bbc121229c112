// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar.h"

#include "core/util/tr.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace CivicDesk {
namespace {

const char *const dayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

Error bad(const QString &message)
{
    return Error{QStringLiteral("calendar.invalid"), message};
}

bool parseMonthDay(const QString &text, int &month, int &day)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    month = m.captured(1).toInt();
    day = m.captured(2).toInt();
    return QDate(2024, month, day).isValid(); // a leap year: 02-29 is a possible holiday
}

int dayOfYear(int month, int day)
{
    return QDate(2024, month, day).dayOfYear();
}

} // namespace

QDate westernEaster(int y)
{
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(y, month, day);
}

QDate orthodoxEaster(int y)
{
    const int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    // Julian date → Gregorian: 13 days between 1900 and 2099.
    return QDate(y, month, day).addDays(13);
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(Tr::tr("The calendar is not valid JSON: %1.").arg(error.errorString()));
    const QJsonObject o = doc.object();
    BusinessCalendar c;
    c.m_source = json;
    const QString zone = o.value(QLatin1String("timeZone")).toString(QStringLiteral("UTC"));
    c.m_zone = QTimeZone(zone.toUtf8());
    if (!c.m_zone.isValid())
        return bad(Tr::tr("Unknown time zone “%1”.").arg(zone));
    const QString easter = o.value(QLatin1String("easter")).toString(QStringLiteral("western"));
    if (easter != QLatin1String("western") && easter != QLatin1String("orthodox"))
        return bad(Tr::tr("Easter is “western” or “orthodox”, not “%1”.").arg(easter));
    c.m_orthodox = easter == QLatin1String("orthodox");

    const QJsonObject hours = o.value(QLatin1String("hours")).toObject();
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        const int d = int(std::find_if(std::begin(dayKeys), std::end(dayKeys), [&](const char *k) { return it.key() == QLatin1String(k); }) -
                          std::begin(dayKeys));
        if (d >= 7)
            return bad(Tr::tr("Unknown weekday “%1” in the working hours (mon … sun).").arg(it.key()));
        QList<Span> spans;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonArray pair = v.toArray();
            const QTime from = QTime::fromString(pair.at(0).toString(), QStringLiteral("HH:mm"));
            QTime to = QTime::fromString(pair.at(1).toString(), QStringLiteral("HH:mm"));
            if (pair.at(1).toString() == QLatin1String("24:00"))
                to = QTime(23, 59, 59, 999);
            if (pair.size() != 2 || !from.isValid() || !to.isValid() || to <= from)
                return bad(Tr::tr("Working hours of %1 must be pairs of times from earlier to later, like [\"08:00\", \"16:00\"].").arg(it.key()));
            spans.append({from, to});
        }
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
        for (qsizetype i = 1; i < spans.size(); ++i)
            if (spans[i].from < spans[i - 1].to)
                return bad(Tr::tr("Working hours of %1 overlap.").arg(it.key()));
        c.m_hours[size_t(d)] = spans;
    }

    QList<std::pair<int, int>> fixedDays; // (day of year from, to) of fixed dates and ranges, with their index
    QStringList fixedNames;
    QList<Holiday> fixedHolidays;
    for (const QJsonValue &v : o.value(QLatin1String("holidays")).toArray()) {
        const QJsonObject h = v.toObject();
        Holiday hol;
        hol.name = h.value(QLatin1String("name")).toString();
        if (h.contains(QLatin1String("date"))) {
            hol.kind = Holiday::Kind::Fixed;
            if (!parseMonthDay(h.value(QLatin1String("date")).toString(), hol.month, hol.day))
                return bad(Tr::tr("Holiday “%1”: the date is MM-DD.").arg(hol.name));
            hol.toMonth = hol.month;
            hol.toDay = hol.day;
        } else if (h.contains(QLatin1String("from"))) {
            hol.kind = Holiday::Kind::Range;
            if (!parseMonthDay(h.value(QLatin1String("from")).toString(), hol.month, hol.day) ||
                !parseMonthDay(h.value(QLatin1String("to")).toString(), hol.toMonth, hol.toDay) ||
                dayOfYear(hol.toMonth, hol.toDay) < dayOfYear(hol.month, hol.day))
                return bad(Tr::tr("Holiday “%1”: a period is “from” MM-DD “to” a later MM-DD of the same year.").arg(hol.name));
        } else if (h.contains(QLatin1String("easter"))) {
            hol.kind = Holiday::Kind::Easter;
            hol.easterOffset = h.value(QLatin1String("easter")).toInt();
            if (std::abs(hol.easterOffset) > 120)
                return bad(Tr::tr("Holiday “%1”: days from Easter must be within ±120.").arg(hol.name));
        } else if (h.contains(QLatin1String("on"))) {
            hol.kind = Holiday::Kind::Once;
            hol.once = QDate::fromString(h.value(QLatin1String("on")).toString(), Qt::ISODate);
            if (!hol.once.isValid())
                return bad(Tr::tr("Holiday “%1”: the date is YYYY-MM-DD.").arg(hol.name));
        } else {
            return bad(Tr::tr("Holiday “%1” has no date, period, Easter offset or single day.").arg(hol.name));
        }
        for (const auto &[key, year] : {std::pair{"firstYear", &hol.firstYear}, std::pair{"lastYear", &hol.lastYear}}) {
            const QJsonValue y = h.value(QLatin1String(key));
            if (y.isUndefined())
                continue;
            *year = y.toInt(-1);
            if (!y.isDouble() || *year < 1900 || *year > 2200)
                return bad(Tr::tr("Holiday “%1”: %2 is a year from 1900 to 2200.").arg(hol.name, QLatin1String(key)));
        }
        if (hol.firstYear && hol.lastYear && hol.lastYear < hol.firstYear)
            return bad(Tr::tr("Holiday “%1”: its last year comes before its first.").arg(hol.name));
        if (hol.kind == Holiday::Kind::Fixed || hol.kind == Holiday::Kind::Range) {
            const std::pair<int, int> span{dayOfYear(hol.month, hol.day), dayOfYear(hol.toMonth, hol.toDay)};
            for (qsizetype i = 0; i < fixedDays.size(); ++i) {
                const Holiday &other = fixedHolidays[i];
                const bool sameYears = (hol.firstYear == 0 || other.lastYear == 0 || hol.firstYear <= other.lastYear) &&
                    (other.firstYear == 0 || hol.lastYear == 0 || other.firstYear <= hol.lastYear);
                if (sameYears && span.first <= fixedDays[i].second && fixedDays[i].first <= span.second)
                    return bad(Tr::tr("The holidays “%1” and “%2” overlap.").arg(fixedNames[i], hol.name));
            }
            fixedDays.append(span);
            fixedNames.append(hol.name);
            fixedHolidays.append(hol);
        }
        c.m_holidays.append(hol);
    }
    return c;
}

BusinessCalendar BusinessCalendar::forCountry(const QString &country)
{
    QFile f(QStringLiteral(":/civicdesk/calendars/%1.json").arg(country.toUpper()));
    if (f.open(QIODevice::ReadOnly)) {
        Result<BusinessCalendar> c = fromJson(f.readAll());
        if (c)
            return c.value();
    }
    Result<BusinessCalendar> fallback = fromJson(
        R"({"timeZone": "UTC", "hours": {"mon": [["08:00","16:00"]], "tue": [["08:00","16:00"]], "wed": [["08:00","16:00"]],
            "thu": [["08:00","16:00"]], "fri": [["08:00","16:00"]]}})");
    return fallback.value();
}

QByteArray BusinessCalendar::toJson() const
{
    return m_source;
}

const QHash<QDate, QString> &BusinessCalendar::holidaysOf(int year) const
{
    auto it = m_byYear.find(year);
    if (it != m_byYear.end())
        return *it;
    QHash<QDate, QString> days;
    const QDate easter = m_orthodox ? orthodoxEaster(year) : westernEaster(year);
    for (const Holiday &h : m_holidays) {
        if (!h.inForce(year))
            continue;
        switch (h.kind) {
        case Holiday::Kind::Fixed:
        case Holiday::Kind::Range: {
            QDate d(year, h.month, h.day);
            const QDate end(year, h.toMonth, h.toDay);
            for (; d.isValid() && d <= end; d = d.addDays(1))
                days.insert(d, h.name);
            break;
        }
        case Holiday::Kind::Easter:
            days.insert(easter.addDays(h.easterOffset), h.name);
            break;
        case Holiday::Kind::Once:
            if (h.once.year() == year)
                days.insert(h.once, h.name);
            break;
        }
    }
    return *m_byYear.insert(year, days);
}

QString BusinessCalendar::holidayName(const QDate &date) const
{
    return holidaysOf(date.year()).value(date);
}

bool BusinessCalendar::isWorkingDay(const QDate &date) const
{
    return !m_hours[size_t(date.dayOfWeek() - 1)].isEmpty() && !holidaysOf(date.year()).contains(date);
}

QList<std::pair<qint64, qint64>> BusinessCalendar::intervals(const QDate &date) const
{
    QList<std::pair<qint64, qint64>> out;
    if (!isWorkingDay(date))
        return out;
    for (const Span &s : m_hours[size_t(date.dayOfWeek() - 1)]) {
        // Local wall-clock times; on a daylight-saving day the hour that does not exist moves forward.
        const qint64 a = QDateTime(date, s.from, m_zone).toMSecsSinceEpoch();
        const qint64 b = QDateTime(date, s.to, m_zone).toMSecsSinceEpoch();
        if (b > a)
            out.append({a, b});
    }
    return out;
}

qint64 BusinessCalendar::addWorkingTime(qint64 startMs, qint64 workingMs) const
{
    if (workingMs <= 0)
        return startMs;
    qint64 left = workingMs;
    QDate date = QDateTime::fromMSecsSinceEpoch(startMs, m_zone).date();
    // Ten years of days at most: a calendar without any working day must not loop for ever.
    for (int guard = 0; guard < 3660; ++guard, date = date.addDays(1)) {
        for (const auto &[a, b] : intervals(date)) {
            const qint64 from = std::max(a, startMs);
            if (from >= b)
                continue;
            if (b - from >= left)
                return from + left;
            left -= b - from;
        }
    }
    return startMs + workingMs; // no working time at all: plain time
}

qint64 BusinessCalendar::workingTimeBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    qint64 total = 0;
    QDate date = QDateTime::fromMSecsSinceEpoch(fromMs, m_zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, m_zone).date();
    for (; date <= last; date = date.addDays(1)) {
        for (const auto &[a, b] : intervals(date)) {
            const qint64 x = std::max(a, fromMs), y = std::min(b, toMs);
            if (y > x)
                total += y - x;
        }
    }
    return total;
}

} // namespace CivicDesk
