// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "core/reports/dashboard.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/reportquery.h"
#include "core/text/datetext.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QVariant>

#include <array>

namespace CivicDesk {
namespace {

constexpr std::array<std::pair<ReportKind, const char *>, 8> kinds{{
    {ReportKind::RequestList, "requests"},
    {ReportKind::PerType, "per-type"},
    {ReportKind::PerDepartment, "per-department"},
    {ReportKind::PerStatus, "per-status"},
    {ReportKind::PerDistrict, "per-district"},
    {ReportKind::DeadlineCompliance, "deadlines"},
    {ReportKind::Satisfaction, "satisfaction"},
    {ReportKind::CrewWorkload, "crews"},
}};

QString csvField(const QString &v)
{
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v;
}

QString hours(std::optional<double> h)
{
    return h ? QLocale().toString(*h, 'f', 0) : QStringLiteral("–");
}

} // namespace

QString ReportChart::colour(qsizetype part) const
{
    static const char *const palette[] = {"#0072B2", "#E69F00", "#D55E00", "#56B4E9", "#009E73", "#CC79A7", "#F0E442"};
    static const char *const deadlines[] = {"#009E73", "#E69F00", "#D55E00"};
    static const char *const ratings[] = {"#D55E00", "#E69F00", "#F0E442", "#56B4E9", "#009E73"};
    if (percent && series.size() == 3)
        return QLatin1String(deadlines[std::clamp<qsizetype>(part, 0, 2)]);
    if (percent && series.size() == 5)
        return QLatin1String(ratings[std::clamp<qsizetype>(part, 0, 4)]);
    return QLatin1String(palette[part % 7]);
}

QString toCode(ReportKind kind)
{
    for (const auto &[k, code] : kinds)
        if (k == kind)
            return QString::fromLatin1(code);
    return {};
}

std::optional<ReportKind> reportKindFromCode(const QString &code)
{
    for (const auto &[k, c] : kinds)
        if (code == QLatin1String(c))
            return k;
    return std::nullopt;
}

QString displayName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::RequestList: return Tr::tr("Requests");
    case ReportKind::PerType: return Tr::tr("Requests per type");
    case ReportKind::PerDepartment: return Tr::tr("Requests per department");
    case ReportKind::PerStatus: return Tr::tr("Requests per status");
    case ReportKind::PerDistrict: return Tr::tr("Requests per district");
    case ReportKind::DeadlineCompliance: return Tr::tr("Deadline compliance");
    case ReportKind::Satisfaction: return Tr::tr("Citizen satisfaction");
    case ReportKind::CrewWorkload: return Tr::tr("Crew workload");
    }
    return {};
}

const QList<ReportKind> &allReportKinds()
{
    static const QList<ReportKind> all = [] {
        QList<ReportKind> l;
        for (const auto &[k, c] : kinds)
            l.append(k);
        return l;
    }();
    return all;
}

QJsonObject ReportParameters::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), toCode(kind));
    o.insert(QLatin1String("from"), from.toString(Qt::ISODate));
    o.insert(QLatin1String("to"), to.toString(Qt::ISODate));
    o.insert(QLatin1String("department"), departmentId);
    o.insert(QLatin1String("type"), typeId);
    o.insert(QLatin1String("district"), districtId);
    o.insert(QLatin1String("status"), status ? CivicDesk::toCode(*status) : QString());
    o.insert(QLatin1String("channel"), channel ? CivicDesk::toCode(*channel) : QString());
    o.insert(QLatin1String("minPriority"), minPriority);
    o.insert(QLatin1String("groupBy"), groupBy);
    o.insert(QLatin1String("sortBy"), sortBy);
    o.insert(QLatin1String("limit"), limit);
    return o;
}

ReportParameters ReportParameters::fromJson(const QJsonObject &o)
{
    ReportParameters p;
    p.kind = reportKindFromCode(o.value(QLatin1String("kind")).toString()).value_or(ReportKind::RequestList);
    p.from = QDate::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
    p.to = QDate::fromString(o.value(QLatin1String("to")).toString(), Qt::ISODate);
    p.departmentId = o.value(QLatin1String("department")).toString();
    p.typeId = o.value(QLatin1String("type")).toString();
    p.districtId = o.value(QLatin1String("district")).toString();
    p.status = requestStatusFromCode(o.value(QLatin1String("status")).toString());
    p.channel = channelFromCode(o.value(QLatin1String("channel")).toString());
    p.minPriority = o.value(QLatin1String("minPriority")).toInt();
    p.groupBy = o.value(QLatin1String("groupBy")).toString();
    p.sortBy = o.value(QLatin1String("sortBy")).toString(QStringLiteral("filed"));
    p.limit = std::max(0, o.value(QLatin1String("limit")).toInt(10000));
    return p;
}

ReportBuilder::ReportBuilder(Database &db, QString language, qint64 now)
    : m_db(db)
    , m_language(std::move(language))
    , m_now(now)
{
    for (const Department &d : OrganisationRepository(db).departments())
        m_names[QStringLiteral("department")].insert(d.id, d.name.best(m_language));
    for (const ServiceType &t : CatalogueRepository(db).types())
        m_names[QStringLiteral("type")].insert(t.id, t.name.best(m_language));
    for (const District &d : GeoRepository(db).districts())
        m_names[QStringLiteral("district")].insert(d.id, d.name);
    m_names[QStringLiteral("district")].insert(QString(), Tr::tr("No district"));
    m_names[QStringLiteral("department")].insert(QString(), Tr::tr("Not routed"));
}

QString ReportBuilder::nameOf(const QString &kind, const QString &id) const
{
    return m_names.value(kind).value(id, id);
}

Status ReportBuilder::checkPeriod(const ReportParameters &p) const
{
    if (!p.from.isValid() || !p.to.isValid())
        return Error{QStringLiteral("report.period"), Tr::tr("Give the first and the last day of the period.")};
    if (p.from > p.to)
        return Error{QStringLiteral("report.period"), Tr::tr("The period ends (%1) before it starts (%2).")
                                                          .arg(DateText::date(p.to), DateText::date(p.from))};
    if (p.from.daysTo(p.to) > 20 * 366 || p.from.year() < 1990)
        return Error{QStringLiteral("report.period"), Tr::tr("A report covers at most twenty years, from 1990 on.")};
    return {};
}

std::pair<qint64, qint64> ReportBuilder::span(const ReportParameters &p) const
{
    return Dashboard(m_db).span(p.from, p.to); // the municipality's days
}

Result<ReportTable> ReportBuilder::build(const ReportParameters &p)
{
    if (Status st = checkPeriod(p); !st)
        return st.error();
    ReportTable t = headed(p);
    switch (p.kind) {
    case ReportKind::RequestList: return requestList(p, t);
    case ReportKind::PerStatus: return perStatus(p, t);
    case ReportKind::CrewWorkload: return crewWorkload(p, t);
    default: return figures(p, t);
    }
}

ReportTable ReportBuilder::headed(const ReportParameters &p) const
{
    ReportTable t;
    t.title = displayName(p.kind);
    t.parameters.append(Tr::tr("Period: %1 – %2").arg(DateText::date(p.from), DateText::date(p.to)));
    if (!p.departmentId.isEmpty())
        t.parameters.append(Tr::tr("Department: %1").arg(nameOf(QStringLiteral("department"), p.departmentId)));
    if (!p.typeId.isEmpty())
        t.parameters.append(Tr::tr("Type: %1").arg(nameOf(QStringLiteral("type"), p.typeId)));
    if (!p.districtId.isEmpty())
        t.parameters.append(Tr::tr("District: %1").arg(nameOf(QStringLiteral("district"), p.districtId)));
    if (p.status)
        t.parameters.append(Tr::tr("Status: %1").arg(displayName(*p.status)));
    if (p.channel)
        t.parameters.append(Tr::tr("Channel: %1").arg(displayName(*p.channel)));
    if (p.minPriority > 0)
        t.parameters.append(Tr::tr("Priority at least: %1").arg(displayName(Priority(std::clamp(p.minPriority, 1, 5)))));
    return t;
}

QStringList ReportBuilder::listCells(const ReportQuery::ListRow &row) const
{
    auto when = [](qint64 ms) { return DateText::dateTime(ms); };
    return {row.trackingNumber, when(row.createdAt), nameOf(QStringLiteral("type"), row.typeId),
            displayName(requestStatusFromCode(row.status).value_or(RequestStatus::New)), displayName(Priority(std::clamp(row.priority, 1, 5))),
            nameOf(QStringLiteral("department"), row.departmentId), nameOf(QStringLiteral("district"), row.districtId), row.address,
            when(row.dueAt), when(row.closedAt)};
}

QString ReportBuilder::groupName(const QString &groupBy, const QString &key) const
{
    if (groupBy == QLatin1String("department"))
        return nameOf(QStringLiteral("department"), key);
    if (groupBy == QLatin1String("type"))
        return nameOf(QStringLiteral("type"), key);
    if (groupBy == QLatin1String("district"))
        return nameOf(QStringLiteral("district"), key);
    if (groupBy == QLatin1String("status"))
        return displayName(requestStatusFromCode(key).value_or(RequestStatus::New));
    return key;
}

namespace {

ReportQuery::ListFilter listFilter(const ReportParameters &p, std::pair<qint64, qint64> span)
{
    ReportQuery::ListFilter filter;
    filter.fromMs = span.first;
    filter.toMs = span.second;
    filter.departmentId = p.departmentId;
    filter.typeId = p.typeId;
    filter.districtId = p.districtId;
    if (p.status)
        filter.status = CivicDesk::toCode(*p.status);
    if (p.channel)
        filter.channel = CivicDesk::toCode(*p.channel);
    filter.minPriority = p.minPriority;
    filter.groupBy = p.groupBy;
    filter.sortBy = p.sortBy;
    filter.limit = p.limit;
    return filter;
}

QStringList listColumns()
{
    return {Tr::tr("Tracking no."), Tr::tr("Filed"), Tr::tr("Type"), Tr::tr("Status"), Tr::tr("Priority"), Tr::tr("Department"),
            Tr::tr("District"), Tr::tr("Address"), Tr::tr("Deadline"), Tr::tr("Closed")};
}

/// A group's subtotal: always the group's true size in the period, whatever the list shows of it.
QString groupSubtotal(qint64 inGroup, qint64 listed)
{
    if (listed >= inGroup)
        return Tr::tr("%n request(s)", nullptr, int(inGroup));
    if (listed == 0)
        return Tr::tr("%1 requests, none of them listed").arg(QLocale().toString(inGroup));
    return Tr::tr("%1 requests, the first %2 of them listed").arg(QLocale().toString(inGroup), QLocale().toString(listed));
}

QString cutNoteOf(qint64 listed, qint64 matching)
{
    if (listed >= matching)
        return {};
    return Tr::tr("The list was cut: the first %1 of %2 requests are listed. Subtotals and totals count them all.")
        .arg(QLocale().toString(listed), QLocale().toString(matching));
}

QString csvLine(const QStringList &fields)
{
    QStringList f;
    for (const QString &v : fields)
        f.append(csvField(v));
    return f.join(u',') + QStringLiteral("\r\n");
}

} // namespace

Result<ReportTable> ReportBuilder::requestList(const ReportParameters &p, ReportTable t)
{
    const ReportQuery::ListFilter filter = listFilter(p, span(p));
    const ReportQuery query(m_db);
    const QList<std::pair<QString, qint64>> counts = query.groupCounts(filter);
    t.columns = listColumns();
    t.columnKinds = {ColumnKind::Text, ColumnKind::Date, ColumnKind::Text, ColumnKind::Text, ColumnKind::Text, ColumnKind::Text,
                     ColumnKind::Text, ColumnKind::Text, ColumnKind::Date, ColumnKind::Date};
    // Every group of the period, with its true size, even those the limit leaves no row of.
    QHash<QString, qsizetype> groupOf;
    for (const auto &[key, n] : counts) {
        groupOf.insert(key, t.groups.size());
        t.groups.append({groupName(p.groupBy, key), {}, {}});
        t.matching += n;
    }
    const Status read = query.forEachRow(filter, [&](const ReportQuery::ListRow &row) {
        const qsizetype g = groupOf.value(row.groupKey, -1);
        if (g < 0)
            return; // filed between the two reads
        t.groups[g].rows.append(listCells(row));
        ++t.rowCount;
    });
    if (!read)
        return read.error();
    for (qsizetype g = 0; g < t.groups.size(); ++g)
        if (!p.groupBy.isEmpty())
            t.groups[g].subtotal = {groupSubtotal(counts[g].second, t.groups[g].rows.size())};
    if (p.groupBy.isEmpty() && t.rowCount == 0)
        t.groups.clear();
    t.total = {Tr::tr("Total: %n request(s)", nullptr, int(t.matching))};
    t.cutNote = cutNoteOf(t.rowCount, t.matching);
    if (!t.cutNote.isEmpty())
        t.parameters.append(t.cutNote);
    return t;
}

Result<ReportBuilder::Written> ReportBuilder::writeRequestListCsv(const ReportParameters &parameters, QIODevice &out)
{
    if (Status st = checkPeriod(parameters); !st)
        return st.error();
    ReportParameters p = parameters;
    p.kind = ReportKind::RequestList;
    const ReportQuery::ListFilter filter = listFilter(p, span(p));
    const ReportQuery query(m_db);
    const QList<std::pair<QString, qint64>> counts = query.groupCounts(filter);
    qint64 matching = 0;
    for (const auto &c : counts)
        matching += c.second;
    bool ok = out.write("\xEF\xBB\xBF") == 3;
    auto write = [&](const QStringList &fields) { ok = ok && out.write(csvLine(fields).toUtf8()) >= 0; };
    write(QStringList{Tr::tr("Group")} + listColumns());
    qsizetype next = 0; // the next group whose subtotal is due
    qint64 listedInGroup = 0, written = 0;
    auto closeGroupsUpTo = [&](qsizetype end) {
        for (; next < end; ++next) {
            if (!p.groupBy.isEmpty())
                write({groupName(p.groupBy, counts[next].first) + QStringLiteral(" — ") + Tr::tr("subtotal"), groupSubtotal(counts[next].second, listedInGroup)});
            listedInGroup = 0;
        }
    };
    const Status read = query.forEachRow(filter, [&](const ReportQuery::ListRow &row) {
        qsizetype g = next;
        while (g < counts.size() && counts[g].first != row.groupKey)
            ++g;
        if (g == counts.size())
            return; // filed between the two reads
        closeGroupsUpTo(g);
        write(QStringList{groupName(p.groupBy, row.groupKey)} + listCells(row));
        ++listedInGroup;
        ++written;
    });
    if (!read)
        return read.error();
    closeGroupsUpTo(counts.size());
    write({Tr::tr("Total"), Tr::tr("Total: %n request(s)", nullptr, int(matching))});
    const QString note = cutNoteOf(written, matching);
    if (!note.isEmpty())
        write({note});
    if (!ok)
        return Error{QStringLiteral("report.write"), Tr::tr("Cannot write the report: %1").arg(out.errorString())};
    return Written{written, matching, note};
}

namespace {

QString percentText(std::optional<double> share)
{
    return share ? QLocale().toString(100.0 * *share, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

QString changeText(qint64 now, qint64 before)
{
    if (before == 0)
        return QStringLiteral("–");
    const double change = 100.0 * double(now - before) / double(before);
    return (change > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(change, 'f', 1) + QStringLiteral(" %");
}

constexpr int chartBars = 12;

} // namespace

ReportTable ReportBuilder::figures(const ReportParameters &p, ReportTable t)
{
    DashboardFilter f;
    f.from = p.from;
    f.to = p.to;
    f.departmentId = p.departmentId;
    f.districtId = p.districtId;
    const DashboardData d = Dashboard(m_db).load(f, Granularity::Month, m_now);
    // The period of the same length just before, for comparison.
    const DashboardFilter earlier = f.previous();
    const DashboardData before = Dashboard(m_db).load(earlier, Granularity::Month);
    const QLocale locale;
    const QString kindKey = p.kind == ReportKind::PerType ? QStringLiteral("type") : p.kind == ReportKind::PerDistrict ? QStringLiteral("district")
                                                                                                                        : QStringLiteral("department");
    const QList<Performance> &list = p.kind == ReportKind::PerType ? d.byType : p.kind == ReportKind::PerDistrict ? d.byDistrict : d.byDepartment;
    const QList<Performance> &previousList = p.kind == ReportKind::PerType ? before.byType : p.kind == ReportKind::PerDistrict ? before.byDistrict : before.byDepartment;
    QHash<QString, qint64> previousReceived;
    for (const Performance &x : previousList)
        previousReceived.insert(x.key, x.received);
    const ExactTimes exact = exactTimes(p, kindKey);
    ReportTable::Group g;
    auto row = [&](const QString &name, const Performance &x, qint64 previous) -> QStringList {
        switch (p.kind) {
        case ReportKind::DeadlineCompliance:
            return {name, locale.toString(x.closed), locale.toString(x.closed - x.closedWithDeadline), locale.toString(x.closedOnTime),
                    locale.toString(x.closedWithDeadline - x.closedOnTime), locale.toString(x.openOverdue), percentText(x.onTimeShare()),
                    percentText(x.deadlineCompliance())};
        case ReportKind::Satisfaction: {
            QStringList r{name, locale.toString(x.ratings()), x.meanSatisfaction() ? locale.toString(*x.meanSatisfaction(), 'f', 2) : QStringLiteral("–")};
            for (qint64 n : x.satisfaction)
                r.append(locale.toString(n));
            return r;
        }
        default:
            return {name, locale.toString(x.received), locale.toString(previous), changeText(x.received, previous), locale.toString(x.closed),
                    locale.toString(x.openOverdue), percentText(x.deadlineCompliance()),
                    hours(exact.of(x.key, 0.5)), hours(exact.of(x.key, 0.9)),
                    x.meanSatisfaction() ? locale.toString(*x.meanSatisfaction(), 'f', 2) : QStringLiteral("–"), locale.toString(x.recurrences)};
        }
    };
    const QString nameHeading = kindKey == QLatin1String("type") ? Tr::tr("Type") : kindKey == QLatin1String("district") ? Tr::tr("District") : Tr::tr("Department");
    switch (p.kind) {
    case ReportKind::DeadlineCompliance:
        t.columns = {Tr::tr("Department"), Tr::tr("Closed"), Tr::tr("Without a deadline"), Tr::tr("Within the deadline"), Tr::tr("Closed late"),
                     Tr::tr("Open past the deadline"), Tr::tr("On time, of those closed"), Tr::tr("Deadlines met")};
        break;
    case ReportKind::Satisfaction:
        t.columns = {Tr::tr("Department"), Tr::tr("Ratings"), Tr::tr("Mean"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                     QStringLiteral("4"), QStringLiteral("5")};
        break;
    default:
        t.columns = {nameHeading, Tr::tr("Received"), Tr::tr("Previous period"), Tr::tr("Change"), Tr::tr("Closed"), Tr::tr("Open past the deadline"),
                     Tr::tr("Deadlines met"), Tr::tr("Median hours"), Tr::tr("90 % hours"), Tr::tr("Satisfaction"), Tr::tr("Recurrences")};
        break;
    }
    t.columnKinds = QList<ColumnKind>(t.columns.size(), ColumnKind::Number);
    t.columnKinds[0] = ColumnKind::Text;
    QSet<QString> listed;
    for (const Performance &x : list) {
        if (!p.typeId.isEmpty() && kindKey == QLatin1String("type") && x.key != p.typeId)
            continue;
        g.rows.append(row(nameOf(kindKey, x.key), x, previousReceived.value(x.key)));
        listed.insert(x.key);
    }
    // What came in only in the previous period still shows, with nothing now.
    if (p.kind != ReportKind::DeadlineCompliance && p.kind != ReportKind::Satisfaction)
        for (const Performance &x : previousList)
            if (x.received > 0 && !listed.contains(x.key) && (p.typeId.isEmpty() || kindKey != QLatin1String("type") || x.key == p.typeId))
            {
                Performance nothing;
                nothing.key = x.key;
                g.rows.append(row(nameOf(kindKey, x.key), nothing, x.received));
            }
    std::sort(g.rows.begin(), g.rows.end(), [](const QStringList &a, const QStringList &b) { return a.front().localeAwareCompare(b.front()) < 0; });
    t.rowCount = g.rows.size();
    t.matching = t.rowCount;
    if (!g.rows.isEmpty())
        t.groups.append(g);
    Performance whole = d.totals;
    whole.key = QStringLiteral("\x01total");
    t.total = row(Tr::tr("Total"), whole, before.totals.received);
    if (d.totals.received == 0 && d.totals.closed == 0 && d.totals.openOverdue == 0) {
        t.groups.clear();
        t.rowCount = 0;
        return t;
    }
    summarise(p, t, d, before, earlier, previousReceived, kindKey, exact);
    return t;
}

ReportBuilder::ExactTimes ReportBuilder::exactTimes(const ReportParameters &p, const QString &kindKey) const
{
    // Every closed request's time, read from the requests: the printed percentiles are exact, however long
    // the tail (the dashboard's histogram is good to within a bucket).
    ExactTimes out;
    const auto [from, to] = span(p);
    ReportQuery(m_db).forEachResolution(from, to, p.departmentId, p.districtId,
                                        [&](const QString &department, const QString &type, const QString &district, qint64 ms) {
        const QString &key = kindKey == QLatin1String("type") ? type : kindKey == QLatin1String("district") ? district : department;
        out.perKey[key].push_back(ms);
        out.perKey[QStringLiteral("\x01total")].push_back(ms);
    });
    return out;
}

std::optional<double> ReportBuilder::ExactTimes::of(const QString &key, double share) const
{
    auto it = perKey.find(key);
    if (it == perKey.end() || it->empty())
        return std::nullopt;
    // The nearest rank: the smallest time that at least this share of the requests took no longer than.
    std::vector<qint64> v = *it;
    const size_t rank = size_t(std::max<double>(1.0, std::ceil(share * double(v.size())))) - 1;
    std::nth_element(v.begin(), v.begin() + qsizetype(rank), v.end());
    return double(v[rank]) / 3600000.0;
}

void ReportBuilder::summarise(const ReportParameters &p, ReportTable &t, const DashboardData &d, const DashboardData &before,
                              const DashboardFilter &earlierPeriod, const QHash<QString, qint64> &previousReceived, const QString &kindKey,
                              const ExactTimes &exact)
{
    const QLocale locale;
    const Performance &x = d.totals;
    const QList<Performance> &list = kindKey == QLatin1String("type") ? d.byType : kindKey == QLatin1String("district") ? d.byDistrict : d.byDepartment;
    const QString earlier = DateText::date(earlierPeriod.from) + QStringLiteral(" – ") + DateText::date(earlierPeriod.to);
    t.summary.append(Tr::tr("Received: %1 (previous period, %2: %3; change %4).")
                         .arg(locale.toString(x.received), earlier, locale.toString(before.totals.received), changeText(x.received, before.totals.received)));
    if (x.closedWithDeadline > 0)
        t.summary.append(Tr::tr("Closed: %1; of the %2 that had a deadline, %3 within it (%4; previous period %5).")
                             .arg(locale.toString(x.closed), locale.toString(x.closedWithDeadline), locale.toString(x.closedOnTime),
                                  percentText(x.onTimeShare()), percentText(before.totals.onTimeShare())));
    else if (x.closed > 0)
        t.summary.append(Tr::tr("Closed: %1, none of them with a deadline.").arg(locale.toString(x.closed)));
    t.summary.append(Tr::tr("Open past their deadline now: %1. Deadlines met, counting these as missed: %2.")
                         .arg(locale.toString(x.openOverdue), percentText(x.deadlineCompliance())));
    if (const auto median = exact.of(QStringLiteral("\x01total"), 0.5))
        t.summary.append(Tr::tr("Resolution time: half of the requests within %1 hours, 90 % within %2 hours.")
                             .arg(hours(median), hours(exact.of(QStringLiteral("\x01total"), 0.9))));
    if (const auto mean = x.meanSatisfaction())
        t.summary.append(Tr::tr("Citizen satisfaction: %1 of 5 from %n rating(s).", nullptr, int(x.ratings())).arg(locale.toString(*mean, 'f', 1)));
    // Who stands out.
    const Performance *most = nullptr;
    const Performance *worst = nullptr;
    for (const Performance &y : list) {
        if (!most || y.received > most->received)
            most = &y;
        if (y.closedWithDeadline + y.openOverdue >= 10 && y.deadlineCompliance() && (!worst || *y.deadlineCompliance() < *worst->deadlineCompliance()))
            worst = &y;
    }
    if (list.size() > 1 && most && most->received > 0)
        t.summary.append(Tr::tr("Most requests: %1 (%2).").arg(nameOf(kindKey, most->key), locale.toString(most->received)));
    if (list.size() > 1 && worst)
        t.summary.append(Tr::tr("Fewest deadlines met: %1 (%2).").arg(nameOf(kindKey, worst->key), percentText(worst->deadlineCompliance())));

    // The chart: the largest, at most a dozen.
    ReportChart &c = t.chart;
    QList<const Performance *> chosen;
    for (const Performance &y : list)
        chosen.append(&y);
    auto weight = [&](const Performance *y) {
        return p.kind == ReportKind::DeadlineCompliance ? y->closedWithDeadline + y->openOverdue : p.kind == ReportKind::Satisfaction ? y->ratings() : y->received;
    };
    chosen.erase(std::remove_if(chosen.begin(), chosen.end(), [&](const Performance *y) { return weight(y) == 0; }), chosen.end());
    std::stable_sort(chosen.begin(), chosen.end(), [&](const Performance *a, const Performance *b) { return weight(a) > weight(b); });
    const qsizetype shown = std::min<qsizetype>(chosen.size(), chartBars);
    for (qsizetype i = 0; i < shown; ++i) {
        const Performance &y = *chosen[i];
        ReportChart::Bar bar;
        bar.label = nameOf(kindKey, y.key);
        switch (p.kind) {
        case ReportKind::DeadlineCompliance: {
            const double judged = double(y.closedWithDeadline + y.openOverdue);
            bar.parts = {100.0 * double(y.closedOnTime) / judged, 100.0 * double(y.closedWithDeadline - y.closedOnTime) / judged,
                         100.0 * double(y.openOverdue) / judged};
            break;
        }
        case ReportKind::Satisfaction:
            for (qint64 n : y.satisfaction)
                bar.parts.append(100.0 * double(n) / double(y.ratings()));
            break;
        default:
            bar.parts = {double(y.received)};
            bar.marker = double(previousReceived.value(y.key));
            break;
        }
        c.bars.append(bar);
    }
    const QString what = kindKey == QLatin1String("type") ? Tr::tr("types") : kindKey == QLatin1String("district") ? Tr::tr("districts") : Tr::tr("departments");
    switch (p.kind) {
    case ReportKind::DeadlineCompliance:
        c.title = Tr::tr("Deadlines per department");
        c.series = {Tr::tr("Within the deadline"), Tr::tr("Closed late"), Tr::tr("Open past the deadline")};
        c.percent = true;
        break;
    case ReportKind::Satisfaction:
        c.title = Tr::tr("Ratings per department");
        c.series = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
        c.percent = true;
        break;
    default:
        c.title = kindKey == QLatin1String("type") ? Tr::tr("Requests received per type")
            : kindKey == QLatin1String("district") ? Tr::tr("Requests received per district")
                                                    : Tr::tr("Requests received per department");
        c.series = {Tr::tr("Received")};
        c.markerName = Tr::tr("Previous period");
        break;
    }
    if (chosen.size() > shown)
        c.note = Tr::tr("The %1 largest of %2 %3.").arg(shown).arg(chosen.size()).arg(what);
}

ReportTable ReportBuilder::perStatus(const ReportParameters &p, ReportTable t)
{
    QMap<RequestStatus, qint64> counts;
    qint64 total = 0;
    const auto [from, to] = span(p);
    for (const auto &[code, n] : ReportQuery(m_db).perStatus(from, to, p.departmentId, p.districtId, p.typeId)) {
        if (const auto st = requestStatusFromCode(code)) {
            counts.insert(*st, n);
            total += n;
        }
    }
    const QLocale locale;
    t.columns = {Tr::tr("Status"), Tr::tr("Requests"), Tr::tr("Share")};
    t.columnKinds = {ColumnKind::Text, ColumnKind::Number, ColumnKind::Number};
    ReportTable::Group g;
    t.chart.title = Tr::tr("Requests per status");
    t.chart.series = {Tr::tr("Requests")};
    for (RequestStatus st : allRequestStatuses())
        if (counts.value(st) > 0) {
            g.rows.append({displayName(st), locale.toString(counts.value(st)), locale.toString(100.0 * double(counts.value(st)) / double(total), 'f', 1) + QStringLiteral(" %")});
            t.chart.bars.append({displayName(st), {double(counts.value(st))}, std::nullopt});
        }
    if (total > 0) {
        qint64 open = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (isOpen(it.key()))
                open += it.value();
        t.summary.append(Tr::tr("Of the %1 requests filed in the period, %2 are still open (on hold included) and %3 are resolved, closed, not taken up or joined to another request.")
                             .arg(locale.toString(total), locale.toString(open), locale.toString(total - open)));
    }
    t.rowCount = g.rows.size();
    t.matching = total;
    if (!g.rows.isEmpty())
        t.groups.append(g);
    t.total = {Tr::tr("Total"), locale.toString(total), total ? QStringLiteral("100 %") : QStringLiteral("–")};
    return t;
}

ReportTable ReportBuilder::crewWorkload(const ReportParameters &p, ReportTable t)
{
    // The crews' pending work now; the period bounds when the requests were filed.
    const QLocale locale;
    t.columns = {Tr::tr("Crew"), Tr::tr("Status"), Tr::tr("Requests"), Tr::tr("Oldest")};
    t.columnKinds = {ColumnKind::Text, ColumnKind::Text, ColumnKind::Number, ColumnKind::Number};
    qint64 total = 0;
    const auto [from, to] = span(p);
    for (const ReportQuery::CrewLoad &load : ReportQuery(m_db).crewWorkload(from, to, p.departmentId)) {
        const QString crew = nameOf(QStringLiteral("department"), load.crewId);
        if (t.groups.isEmpty() || t.groups.back().name != crew)
            t.groups.append({crew, {}, {}});
        t.groups.back().rows.append({crew, displayName(requestStatusFromCode(load.status).value_or(RequestStatus::New)), locale.toString(load.count),
                                     Tr::tr("%n day(s)", nullptr, int((m_now - load.oldestCreatedAt) / 86400000))});
        total += load.count;
        ++t.rowCount;
    }
    for (ReportTable::Group &g : t.groups) {
        qint64 n = 0;
        for (const QStringList &r : g.rows)
            n += locale.toLongLong(r.value(2));
        g.subtotal = {g.name, QString(), locale.toString(n), QString()};
    }
    t.matching = total;
    t.total = {Tr::tr("Total"), QString(), locale.toString(total), QString()};
    return t;
}

namespace {

QJsonArray stringsToJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// An array of strings, or nothing when @p value is anything else.
std::optional<QStringList> stringsFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return std::nullopt;
        out.append(v.toString());
    }
    return out;
}

QString kindCode(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Number:
        return QStringLiteral("number");
    case ColumnKind::Date:
        return QStringLiteral("date");
    case ColumnKind::Text:
        break;
    }
    return QStringLiteral("text");
}

} // namespace

QJsonObject reportToJson(const ReportTable &t)
{
    QJsonArray kinds;
    for (ColumnKind k : t.columnKinds)
        kinds.append(kindCode(k));
    QJsonArray groups;
    for (const ReportTable::Group &g : t.groups) {
        QJsonArray rows;
        for (const QStringList &r : g.rows)
            rows.append(stringsToJson(r));
        groups.append(QJsonObject{{QStringLiteral("name"), g.name}, {QStringLiteral("rows"), rows}, {QStringLiteral("subtotal"), stringsToJson(g.subtotal)}});
    }
    QJsonArray bars;
    for (const ReportChart::Bar &b : t.chart.bars) {
        QJsonArray parts;
        for (double v : b.parts)
            parts.append(v);
        QJsonObject bar{{QStringLiteral("label"), b.label}, {QStringLiteral("parts"), parts}};
        if (b.marker)
            bar.insert(QStringLiteral("marker"), *b.marker);
        bars.append(bar);
    }
    const QJsonObject chart{{QStringLiteral("title"), t.chart.title},
                            {QStringLiteral("series"), stringsToJson(t.chart.series)},
                            {QStringLiteral("markerName"), t.chart.markerName},
                            {QStringLiteral("percent"), t.chart.percent},
                            {QStringLiteral("bars"), bars},
                            {QStringLiteral("note"), t.chart.note}};
    return {{QStringLiteral("title"), t.title},
            {QStringLiteral("parameters"), stringsToJson(t.parameters)},
            {QStringLiteral("columns"), stringsToJson(t.columns)},
            {QStringLiteral("columnKinds"), kinds},
            {QStringLiteral("summary"), stringsToJson(t.summary)},
            {QStringLiteral("chart"), chart},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("total"), stringsToJson(t.total)},
            {QStringLiteral("rowCount"), t.rowCount},
            {QStringLiteral("matching"), t.matching},
            {QStringLiteral("cutNote"), t.cutNote}};
}

Result<ReportTable> reportFromJson(const QJsonObject &o)
{
    const auto garbled = [](const char *part) {
        return Error{QStringLiteral("report.garbled"), Tr::tr("The report from the server is garbled (%1); nothing was printed.").arg(QLatin1String(part))};
    };
    ReportTable t;
    const auto text = [&](const char *key, QString *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    const auto strings = [&](const QJsonValue &v, QStringList *out) {
        std::optional<QStringList> list = stringsFromJson(v);
        if (!list)
            return false;
        *out = *list;
        return true;
    };
    if (!text("title", &t.title) || !text("cutNote", &t.cutNote))
        return garbled("title");
    if (!strings(o.value(QLatin1String("parameters")), &t.parameters) || !strings(o.value(QLatin1String("columns")), &t.columns)
        || !strings(o.value(QLatin1String("summary")), &t.summary) || !strings(o.value(QLatin1String("total")), &t.total))
        return garbled("heading");
    std::optional<QStringList> kinds = stringsFromJson(o.value(QLatin1String("columnKinds")));
    if (!kinds)
        return garbled("columns");
    for (const QString &k : *kinds)
        t.columnKinds.append(k == QLatin1String("number") ? ColumnKind::Number : k == QLatin1String("date") ? ColumnKind::Date : ColumnKind::Text);
    if (!o.value(QLatin1String("rowCount")).isDouble() || !o.value(QLatin1String("matching")).isDouble())
        return garbled("counts");
    t.rowCount = o.value(QLatin1String("rowCount")).toInteger();
    t.matching = o.value(QLatin1String("matching")).toInteger();
    if (!o.value(QLatin1String("groups")).isArray())
        return garbled("groups");
    qint64 rows = 0;
    for (const QJsonValue &gv : o.value(QLatin1String("groups")).toArray()) {
        const QJsonObject go = gv.toObject();
        ReportTable::Group g;
        if (!go.value(QLatin1String("name")).isString() || !go.value(QLatin1String("rows")).isArray()
            || !strings(go.value(QLatin1String("subtotal")), &g.subtotal))
            return garbled("groups");
        g.name = go.value(QLatin1String("name")).toString();
        for (const QJsonValue &rv : go.value(QLatin1String("rows")).toArray()) {
            QStringList row;
            if (!strings(rv, &row))
                return garbled("rows");
            g.rows.append(row);
        }
        rows += g.rows.size();
        t.groups.append(g);
    }
    if (rows != t.rowCount || t.matching < t.rowCount)
        return garbled("counts");
    const QJsonObject chart = o.value(QLatin1String("chart")).toObject();
    if (!chart.value(QLatin1String("title")).isString() || !chart.value(QLatin1String("bars")).isArray()
        || !strings(chart.value(QLatin1String("series")), &t.chart.series))
        return garbled("chart");
    t.chart.title = chart.value(QLatin1String("title")).toString();
    t.chart.markerName = chart.value(QLatin1String("markerName")).toString();
    t.chart.percent = chart.value(QLatin1String("percent")).toBool();
    t.chart.note = chart.value(QLatin1String("note")).toString();
    for (const QJsonValue &bv : chart.value(QLatin1String("bars")).toArray()) {
        const QJsonObject bo = bv.toObject();
        if (!bo.value(QLatin1String("label")).isString() || !bo.value(QLatin1String("parts")).isArray())
            return garbled("chart");
        ReportChart::Bar bar;
        bar.label = bo.value(QLatin1String("label")).toString();
        for (const QJsonValue &pv : bo.value(QLatin1String("parts")).toArray()) {
            if (!pv.isDouble())
                return garbled("chart");
            bar.parts.append(pv.toDouble());
        }
        if (bo.contains(QLatin1String("marker"))) {
            if (!bo.value(QLatin1String("marker")).isDouble())
                return garbled("chart");
            bar.marker = bo.value(QLatin1String("marker")).toDouble();
        }
        t.chart.bars.append(bar);
    }
    return t;
}

QByteArray reportToCsv(const ReportTable &t)
{
    QString out;
    QStringList header{Tr::tr("Group")};
    header.append(t.columns);
    auto line = [&](const QStringList &fields) {
        QStringList f;
        for (const QString &v : fields)
            f.append(csvField(v));
        out += f.join(u',') + QStringLiteral("\r\n");
    };
    line(header);
    for (const ReportTable::Group &g : t.groups) {
        for (const QStringList &r : g.rows)
            line(QStringList{g.name} + r);
        if (!g.subtotal.isEmpty())
            line(QStringList{g.name + QStringLiteral(" — ") + Tr::tr("subtotal")} + g.subtotal);
    }
    if (!t.total.isEmpty())
        line(QStringList{Tr::tr("Total")} + t.total);
    if (!t.cutNote.isEmpty())
        line({t.cutNote});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString reportToHtml(const ReportTable &t, const QString &municipality, const QString &user, const QString &printedAt, const QString &officeLines)
{
    const QString lang = QLocale().name().section(u'_', 0, 0);
    QString html = QStringLiteral("<!DOCTYPE html><html lang='%1'><head><meta charset='utf-8'><title>%2</title></head>"
                                  "<body style='font-family: sans-serif; font-size: 9pt'>")
                       .arg(lang, t.title.toHtmlEscaped());
    html += QStringLiteral("<p style='font-size: 11pt'><b>%1</b></p>").arg(municipality.toHtmlEscaped());
    if (!officeLines.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(officeLines.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<h2>%1</h2>").arg(t.title.toHtmlEscaped());
    for (const QString &p : t.parameters)
        html += QStringLiteral("<div>%1</div>").arg(p.toHtmlEscaped());
    html += QStringLiteral("<div>%1</div><br/>").arg(Tr::tr("Printed %1 by %2").arg(printedAt, user).toHtmlEscaped());
    const QString cut = t.cutNote.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b></p>").arg(t.cutNote.toHtmlEscaped());
    if (t.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3></body></html>").arg(Tr::tr("No requests match these parameters.").toHtmlEscaped());
        return html;
    }
    if (!t.summary.isEmpty()) {
        html += QStringLiteral("<ul style='font-size: 10pt'>");
        for (const QString &s : t.summary)
            html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!t.chart.isEmpty()) {
        // The chart as bars of table cells: readable in any browser and mail program, without scripts.
        double maximum = 0;
        for (const ReportChart::Bar &b : t.chart.bars) {
            double sum = 0;
            for (double v : b.parts)
                sum += v;
            maximum = std::max({maximum, sum, b.marker.value_or(0)});
        }
        if (t.chart.percent || maximum <= 0)
            maximum = 100;
        html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' style='width: 100%'>").arg(t.chart.title.toHtmlEscaped());
        for (const ReportChart::Bar &b : t.chart.bars) {
            html += QStringLiteral("<tr><td style='text-align: right; width: 30%'>%1</td><td><div style='display: flex; width: 100%'>").arg(b.label.toHtmlEscaped());
            for (qsizetype p = 0; p < b.parts.size(); ++p)
                html += QStringLiteral("<div style='background: %1; height: 1em; width: %2%'></div>").arg(t.chart.colour(p)).arg(100.0 * b.parts[p] / maximum, 0, 'f', 2);
            html += QStringLiteral("</div></td></tr>");
        }
        html += QStringLiteral("</table><p>");
        for (qsizetype p = 0; p < t.chart.series.size(); ++p)
            html += QStringLiteral("<span style='color: %1'>&#9632;</span> %2 &nbsp; ").arg(t.chart.colour(p), t.chart.series[p].toHtmlEscaped());
        if (!t.chart.note.isEmpty())
            html += QStringLiteral("<br/><i>%1</i>").arg(t.chart.note.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>");
    const int columns = int(t.columns.size());
    auto align = [&](int c) {
        return t.columnKinds.value(c, ColumnKind::Text) == ColumnKind::Number ? QStringLiteral(" align='right'") : QString();
    };
    for (int c = 0; c < columns; ++c)
        html += QStringLiteral("<th%1>%2</th>").arg(align(c), t.columns[c].toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const ReportTable::Group &g : t.groups) {
        if (t.groups.size() > 1 || !g.subtotal.isEmpty())
            html += QStringLiteral("<tr><td colspan='%1' style='background: #e8e8e8'><b>%2</b></td></tr>").arg(columns).arg(g.name.toHtmlEscaped());
        for (const QStringList &r : g.rows) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < columns; ++c)
                html += QStringLiteral("<td%1>%2</td>").arg(align(c), r.value(c).toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
        if (!g.subtotal.isEmpty()) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < columns; ++c)
                html += QStringLiteral("<td%1><i>%2</i></td>").arg(align(c), g.subtotal.value(c).toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
    }
    html += QStringLiteral("<tr>");
    for (int c = 0; c < columns; ++c)
        html += QStringLiteral("<td%1><b>%2</b></td>").arg(align(c), t.total.value(c).toHtmlEscaped());
    html += QStringLiteral("</tr></table>") + cut + QStringLiteral("</body></html>");
    return html;
}

Status writeReportFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{QStringLiteral("report.write"), Tr::tr("Cannot write %1: %2").arg(path, f.errorString())};
    return {};
}

} // namespace CivicDesk
