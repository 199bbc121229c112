// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "core/storage/database.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/organisationrepository.h"
#include "core/text/localdays.h"
#include "core/storage/summaryquery.h"

#include <QDateTime>
#include <QHash>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <QVariant>

namespace CivicDesk {
namespace {

qint64 dayNumber(const QDate &d)
{
    return LocalDays::dayNumber(d);
}

const char *const channelCodes[7] = {"phone", "walk_in", "web", "mobile_app", "email", "open311", "import"};

void add(Performance &into, const Performance &p)
{
    into.received += p.received;
    into.closed += p.closed;
    into.closedOnTime += p.closedOnTime;
    into.closedWithDeadline += p.closedWithDeadline;
    into.recurrences += p.recurrences;
    for (size_t i = 0; i < 5; ++i)
        into.satisfaction[i] += p.satisfaction[i];
    for (size_t i = 0; i < 4; ++i)
        into.accuracy[i] += p.accuracy[i];
    for (size_t i = 0; i < into.resolution.size(); ++i)
        into.resolution[i] += p.resolution[i];
    into.openOverdue += p.openOverdue;
}

QList<Performance> ordered(const QHash<QString, Performance> &map)
{
    QList<Performance> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it->received == 0 && it->closed == 0 && it->openOverdue == 0)
            continue;
        Performance p = *it;
        p.key = it.key();
        out.append(p);
    }
    std::sort(out.begin(), out.end(), [](const Performance &a, const Performance &b) { return a.key < b.key; });
    return out;
}

SummaryQuery::Scope scopeOf(const DashboardFilter &f)
{
    return {f.departmentId, f.districtId, f.groupId};
}

/// A period as whole months (read from the monthly tables) and the days at its edges (from the daily ones).
struct PeriodParts
{
    bool months = false;
    qint64 firstMonth = 0, lastMonth = 0;
    QList<std::pair<qint64, qint64>> dayRanges; ///< day numbers, both ends included
};

PeriodParts partsOf(const DashboardFilter &f)
{
    PeriodParts parts;
    auto monthOf = [](const QDate &day) { return qint64(day.year()) * 12 + day.month() - 1; };
    const bool period = f.from.isValid() && f.to.isValid() && f.from <= f.to;
    if (!period)
        return parts;
    const QDate firstFull = f.from.day() == 1 ? f.from : QDate(f.from.year(), f.from.month(), 1).addMonths(1);
    const QDate lastFull = f.to.addDays(1).day() == 1 ? f.to : QDate(f.to.year(), f.to.month(), 1).addDays(-1);
    parts.months = firstFull <= lastFull;
    if (!parts.months) {
        parts.dayRanges.append({dayNumber(f.from), dayNumber(f.to)});
        return parts;
    }
    parts.firstMonth = monthOf(firstFull);
    parts.lastMonth = monthOf(lastFull);
    if (f.from < firstFull)
        parts.dayRanges.append({dayNumber(f.from), dayNumber(firstFull.addDays(-1))});
    if (lastFull < f.to)
        parts.dayRanges.append({dayNumber(lastFull.addDays(1)), dayNumber(f.to)});
    return parts;
}

/// Every summary row of the period: the monthly tables for its whole months, the daily ones for its edges.
void readPeriod(const SummaryQuery &summaries, const PeriodParts &parts, const SummaryQuery::Scope &scope,
                const std::function<void(const SummaryQuery::StatsRow &)> &stats, const std::function<void(const SummaryQuery::ResolutionRow &)> &resolution)
{
    if (parts.months) {
        summaries.forEachStats(true, parts.firstMonth, parts.lastMonth, scope, stats);
        summaries.forEachResolution(true, parts.firstMonth, parts.lastMonth, scope, resolution);
    }
    for (const auto &[from, to] : parts.dayRanges) {
        summaries.forEachStats(false, from, to, scope, stats);
        summaries.forEachResolution(false, from, to, scope, resolution);
    }
}

Performance fromStats(const SummaryQuery::StatsRow &row)
{
    Performance p;
    for (qint64 n : row.received)
        p.received += n;
    p.recurrences = row.recurrences;
    p.closed = row.closed;
    p.closedOnTime = row.closedOnTime;
    p.closedWithDeadline = row.closedWithDeadline;
    for (size_t i = 0; i < 5; ++i)
        p.satisfaction[i] = row.satisfaction[i];
    for (size_t i = 0; i < 4; ++i)
        p.accuracy[i] = row.accuracy[i];
    return p;
}

} // namespace

qint64 ReceivedBucket::total() const
{
    qint64 n = 0;
    for (qint64 v : byChannel)
        n += v;
    return n;
}

std::optional<double> Performance::meanSatisfaction() const
{
    const qint64 n = ratings();
    if (n == 0)
        return std::nullopt;
    double sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += double(i + 1) * double(satisfaction[size_t(i)]);
    return sum / double(n);
}

qint64 Performance::ratings() const
{
    qint64 n = 0;
    for (qint64 v : satisfaction)
        n += v;
    return n;
}

const std::array<int, ResolutionBuckets::upperHours.size()> &Dashboard::bucketHours()
{
    return ResolutionBuckets::upperHours;
}

std::optional<double> Dashboard::resolutionPercentileHours(const std::array<qint64, ResolutionBuckets::count> &h, double share)
{
    qint64 total = 0;
    for (qint64 v : h)
        total += v;
    if (total == 0)
        return std::nullopt;
    const double target = share * double(total);
    double seen = 0;
    for (size_t b = 0; b < h.size(); ++b) {
        if (h[b] == 0)
            continue;
        if (seen + double(h[b]) >= target) {
            const double low = b == 0 ? 0.0 : bucketHours()[b - 1];
            if (b >= bucketHours().size())
                return low; // the open bucket: at least this long
            const double high = bucketHours()[b];
            return low + (high - low) * (target - seen) / double(h[b]);
        }
        seen += double(h[b]);
    }
    return bucketHours().back();
}

std::optional<double> Performance::onTimeShare() const
{
    if (closedWithDeadline == 0)
        return std::nullopt;
    return double(closedOnTime) / double(closedWithDeadline);
}

std::optional<double> Performance::deadlineCompliance() const
{
    const qint64 judged = closedWithDeadline + openOverdue;
    if (judged == 0)
        return std::nullopt;
    return double(closedOnTime) / double(judged);
}

std::optional<double> DashboardData::deadlineCompliance() const
{
    return totals.deadlineCompliance();
}

DashboardData Dashboard::load(const DashboardFilter &f, Granularity g, qint64 nowMs)
{
    DashboardData d;
    const QHash<QString, QString> groupOf = CatalogueRepository(m_db).typeGroups();
    const SummaryQuery summaries(m_db);
    const SummaryQuery::Scope scope = scopeOf(f);
    auto startOf = [g](const QDate &day) {
        switch (g) {
        case Granularity::Day: return day;
        case Granularity::Week: return day.addDays(1 - day.dayOfWeek());
        case Granularity::Month: return QDate(day.year(), day.month(), 1);
        }
        return day;
    };
    // Every step of the period, empty ones too: a chart shows the gaps.
    QHash<qint64, qsizetype> stepOfDay;
    if (f.from.isValid() && f.to.isValid() && f.from <= f.to) {
        for (QDate day = f.from; day <= f.to; day = day.addDays(1)) {
            const QDate start = startOf(day);
            if (d.overTime.isEmpty() || d.overTime.back().start != start)
                d.overTime.append({start, {}});
            stepOfDay.insert(dayNumber(day), d.overTime.size() - 1);
        }
    }
    // Keys become small numbers once: the summary rows then add up without a string made or hashed per row.
    struct Keys
    {
        std::vector<std::string> names;
        std::unordered_map<std::string_view, int> index;
        std::vector<Performance> figures;
        int of(QByteArrayView utf8)
        {
            const std::string_view key(utf8.data(), size_t(utf8.size()));
            auto it = index.find(key);
            if (it != index.end())
                return it->second;
            names.emplace_back(key);
            figures.emplace_back();
            // std::string's storage may move when the vector grows: rebuild the views.
            index.clear();
            for (size_t i = 0; i < names.size(); ++i)
                index.emplace(std::string_view(names[i]), int(i));
            return int(names.size() - 1);
        }
        QHash<QString, Performance> toHash() const
        {
            QHash<QString, Performance> out;
            for (size_t i = 0; i < names.size(); ++i)
                out.insert(QString::fromUtf8(names[i].data(), qsizetype(names[i].size())), figures[i]);
            return out;
        }
    };
    Keys departments, types, districts;
    QHash<QString, Performance> byGroup;
    auto consumeStats = [&](const SummaryQuery::StatsRow &row) {
        const Performance p = fromStats(row);
        add(d.totals, p);
        add(departments.figures[size_t(departments.of(row.departmentId))], p);
        add(types.figures[size_t(types.of(row.typeId))], p);
        add(districts.figures[size_t(districts.of(row.districtId))], p);
    };
    auto consumeResolution = [&](const SummaryQuery::ResolutionRow &row) {
        const int bucket = row.bucket;
        const qint64 n = row.count;
        if (bucket < 0 || size_t(bucket) >= ResolutionBuckets::count || n == 0)
            return;
        d.totals.resolution[size_t(bucket)] += n;
        departments.figures[size_t(departments.of(row.departmentId))].resolution[size_t(bucket)] += n;
        types.figures[size_t(types.of(row.typeId))].resolution[size_t(bucket)] += n;
        districts.figures[size_t(districts.of(row.districtId))].resolution[size_t(bucket)] += n;
    };
    readPeriod(summaries, partsOf(f), scope, consumeStats, consumeResolution);
    // Received over time, per channel: summed by day in SQL.
    for (const auto &[day, counts] : summaries.receivedPerDay(dayNumber(f.from), dayNumber(f.to), scope)) {
        const qsizetype step = stepOfDay.value(day, -1);
        if (step < 0)
            continue;
        for (size_t c = 0; c < 7; ++c)
            if (const qint64 n = counts[c]; n != 0)
                d.overTime[step].byChannel[QString::fromLatin1(channelCodes[c])] += n;
    }
    // Open past the deadline now, per department, type and district (and so per group).
    if (nowMs > 0) {
        summaries.forEachOpenOverdue(nowMs, scope, [&](QByteArrayView department, QByteArrayView type, QByteArrayView district, qint64 n) {
            d.totals.openOverdue += n;
            departments.figures[size_t(departments.of(department))].openOverdue += n;
            types.figures[size_t(types.of(type))].openOverdue += n;
            districts.figures[size_t(districts.of(district))].openOverdue += n;
        });
        d.openOverdue = d.totals.openOverdue;
    }
    const QHash<QString, Performance> byDepartment = departments.toHash(), byType = types.toHash(), byDistrict = districts.toHash();
    // Groups from their types.
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        add(byGroup[groupOf.value(it.key())], *it);
    d.byDepartment = ordered(byDepartment);
    d.byType = ordered(byType);
    d.byDistrict = ordered(byDistrict);
    d.byGroup = ordered(byGroup);
    d.topTypes = topOf(d.byType, 10);
    d.topDistricts = topOf(d.byDistrict, 10);
    d.backlog = backlog(f);
    d.escalationsKnown = m_rowsSince <= 0 || span(f.from, f.to).first >= m_rowsSince
        || (!m_departmentHeld.isEmpty() && f.departmentId == m_departmentHeld);
    if (d.escalationsKnown)
        d.escalations = escalations(f);
    return d;
}

QList<std::pair<QString, qint64>> Dashboard::topOf(const QList<Performance> &list, int limit) const
{
    QList<std::pair<QString, qint64>> out;
    for (const Performance &p : list)
        if (p.received > 0)
            out.append({p.key, p.received});
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QList<ReceivedBucket> Dashboard::receivedOverTime(const DashboardFilter &f, Granularity g)
{
    return load(f, g).overTime;
}

Performance Dashboard::totals(const DashboardFilter &f)
{
    // The totals alone: no key is looked at, no chart data is made.
    Performance t;
    const SummaryQuery summaries(m_db);
    const SummaryQuery::Scope scope = scopeOf(f);
    auto consumeStats = [&](const SummaryQuery::StatsRow &row) { add(t, fromStats(row)); };
    auto consumeResolution = [&](const SummaryQuery::ResolutionRow &row) {
        if (row.bucket >= 0 && size_t(row.bucket) < ResolutionBuckets::count)
            t.resolution[size_t(row.bucket)] += row.count;
    };
    readPeriod(summaries, partsOf(f), scope, consumeStats, consumeResolution);
    return t;
}

DashboardFilter DashboardFilter::previous() const
{
    DashboardFilter p = *this;
    p.to = from.addDays(-1);
    p.from = p.to.addDays(-from.daysTo(to));
    return p;
}

Headline Dashboard::headline(const DashboardFilter &f, const DashboardData &d, qint64 nowMs)
{
    Headline h;
    const DashboardFilter earlier = f.previous();
    h.previous = totals(earlier);
    const SummaryQuery summaries(m_db);
    const SummaryQuery::Scope scope = scopeOf(f);
    for (qint64 n : std::as_const(d.backlog))
        h.openNow += n;
    if (const std::optional<qint64> middle = summaries.medianOpenCreatedAt(h.openNow, scope); middle && nowMs > 0)
        h.medianOpenAgeDays = double(nowMs - *middle) / 86400000.0;
    const auto [from, to] = span(f.from, f.to);
    const auto [earlierFrom, earlierTo] = span(earlier.from, earlier.to);
    // Calls are the whole municipality's, whatever the department: held from the scope's start only.
    h.callsKnown = m_rowsSince <= 0 || from >= m_rowsSince;
    h.previousCallsKnown = m_rowsSince <= 0 || earlierFrom >= m_rowsSince;
    if (h.callsKnown) {
        const auto calls = summaries.calls(from, to);
        h.calls = calls.count;
        h.meanCallSeconds = calls.meanSeconds;
    }
    if (h.previousCallsKnown) {
        const auto callsBefore = summaries.calls(earlierFrom, earlierTo);
        h.previousCalls = callsBefore.count;
        h.previousMeanCallSeconds = callsBefore.meanSeconds;
    }
    return h;
}

QList<Performance> Dashboard::breakdown(const DashboardFilter &f, const QString &by)
{
    const DashboardData d = load(f);
    return by == QLatin1String("type") ? d.byType : by == QLatin1String("district") ? d.byDistrict
        : by == QLatin1String("group")  ? d.byGroup
                                         : d.byDepartment;
}

QMap<RequestStatus, qint64> Dashboard::backlog(const DashboardFilter &f)
{
    QMap<RequestStatus, qint64> out;
    for (const auto &[code, n] : SummaryQuery(m_db).backlog(scopeOf(f)))
        if (const auto st = requestStatusFromCode(code); st && n != 0)
            out.insert(*st, n);
    return out;
}

std::array<qint64, 3> Dashboard::escalations(const DashboardFilter &f)
{
    const auto [from, to] = span(f.from, f.to);
    return SummaryQuery(m_db).escalations(from, to, scopeOf(f));
}

std::pair<qint64, qint64> Dashboard::span(const QDate &from, const QDate &to) const
{
    const std::optional<Tenant> tenant = OrganisationRepository(m_db).tenant();
    return LocalDays::named(tenant ? tenant->timeZone.toUtf8() : QByteArray()).span(from, to);
}

QList<std::pair<QString, qint64>> Dashboard::top(const DashboardFilter &f, const QString &by, int limit)
{
    const DashboardData d = load(f);
    return topOf(by == QLatin1String("district") ? d.byDistrict : d.byType, limit);
}

} // namespace CivicDesk
