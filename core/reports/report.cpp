// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "core/reports/dashboard.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/reportquery.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
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

qint64 startMs(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

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
    p.limit = std::max(1, o.value(QLatin1String("limit")).toInt(10000));
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

Result<ReportTable> ReportBuilder::build(const ReportParameters &p)
{
    if (!p.from.isValid() || !p.to.isValid())
        return Error{QStringLiteral("report.period"), Tr::tr("Give the first and the last day of the period.")};
    if (p.from > p.to)
        return Error{QStringLiteral("report.period"), Tr::tr("The period ends (%1) before it starts (%2).")
                                                          .arg(QLocale().toString(p.to, QLocale::ShortFormat), QLocale().toString(p.from, QLocale::ShortFormat))};
    if (p.from.daysTo(p.to) > 20 * 366 || p.from.year() < 1990)
        return Error{QStringLiteral("report.period"), Tr::tr("A report covers at most twenty years, from 1990 on.")};
    ReportTable t;
    t.title = displayName(p.kind);
    const QLocale locale;
    t.parameters.append(Tr::tr("Period: %1 – %2").arg(locale.toString(p.from, QLocale::ShortFormat), locale.toString(p.to, QLocale::ShortFormat)));
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
    switch (p.kind) {
    case ReportKind::RequestList: return requestList(p, t);
    case ReportKind::PerStatus: return perStatus(p, t);
    case ReportKind::CrewWorkload: return crewWorkload(p, t);
    default: return figures(p, t);
    }
}

Result<ReportTable> ReportBuilder::requestList(const ReportParameters &p, ReportTable t)
{
    ReportQuery::ListFilter filter;
    filter.fromMs = startMs(p.from);
    filter.toMs = startMs(p.to.addDays(1));
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
    const ReportQuery query(m_db);
    t.matching = query.count(filter);
    t.columns = {Tr::tr("Tracking no."), Tr::tr("Filed"), Tr::tr("Type"), Tr::tr("Status"), Tr::tr("Priority"), Tr::tr("Department"),
                 Tr::tr("District"), Tr::tr("Address"), Tr::tr("Deadline"), Tr::tr("Closed")};
    const QLocale locale;
    const QString format = locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm");
    auto when = [&](qint64 ms) { return ms > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(ms), format) : QString(); };
    QString current;
    bool first = true;
    for (const ReportQuery::ListRow &row : query.list(filter)) {
        const QString &key = row.groupKey;
        if (first || key != current) {
            QString name = key;
            if (p.groupBy == QLatin1String("department"))
                name = nameOf(QStringLiteral("department"), key);
            else if (p.groupBy == QLatin1String("type"))
                name = nameOf(QStringLiteral("type"), key);
            else if (p.groupBy == QLatin1String("district"))
                name = nameOf(QStringLiteral("district"), key);
            else if (p.groupBy == QLatin1String("status"))
                name = displayName(requestStatusFromCode(key).value_or(RequestStatus::New));
            t.groups.append({name, {}, {}});
            current = key;
            first = false;
        }
        t.groups.back().rows.append({row.trackingNumber, when(row.createdAt), nameOf(QStringLiteral("type"), row.typeId),
                                     displayName(requestStatusFromCode(row.status).value_or(RequestStatus::New)),
                                     displayName(Priority(std::clamp(row.priority, 1, 5))), nameOf(QStringLiteral("department"), row.departmentId),
                                     nameOf(QStringLiteral("district"), row.districtId), row.address, when(row.dueAt), when(row.closedAt)});
        ++t.rowCount;
    }
    for (ReportTable::Group &g : t.groups)
        if (!p.groupBy.isEmpty())
            g.subtotal = {Tr::tr("%n request(s)", nullptr, int(g.rows.size()))};
    t.total = {Tr::tr("Total: %n request(s)", nullptr, int(t.matching))};
    if (t.matching > t.rowCount)
        t.parameters.append(Tr::tr("The first %1 of %2 requests are listed.").arg(locale.toString(t.rowCount), locale.toString(t.matching)));
    return t;
}

ReportTable ReportBuilder::figures(const ReportParameters &p, ReportTable t)
{
    DashboardFilter f;
    f.from = p.from;
    f.to = p.to;
    f.departmentId = p.departmentId;
    f.districtId = p.districtId;
    const DashboardData d = Dashboard(m_db).load(f, Granularity::Month);
    const QLocale locale;
    const QString kindKey = p.kind == ReportKind::PerType ? QStringLiteral("type") : p.kind == ReportKind::PerDistrict ? QStringLiteral("district")
                                                                                                                        : QStringLiteral("department");
    const QList<Performance> &list = p.kind == ReportKind::PerType ? d.byType : p.kind == ReportKind::PerDistrict ? d.byDistrict : d.byDepartment;
    ReportTable::Group g;
    auto percent = [&](qint64 part, qint64 whole) { return whole ? locale.toString(100.0 * double(part) / double(whole), 'f', 1) + QStringLiteral(" %") : QStringLiteral("–"); };
    auto row = [&](const QString &name, const Performance &x) -> QStringList {
        switch (p.kind) {
        case ReportKind::DeadlineCompliance:
            return {name, locale.toString(x.closed), locale.toString(x.closedOnTime), locale.toString(x.closed - x.closedOnTime),
                    percent(x.closedOnTime, x.closed)};
        case ReportKind::Satisfaction: {
            QStringList r{name, locale.toString(x.ratings()), x.meanSatisfaction() ? locale.toString(*x.meanSatisfaction(), 'f', 2) : QStringLiteral("–")};
            for (qint64 n : x.satisfaction)
                r.append(locale.toString(n));
            return r;
        }
        default:
            return {name, locale.toString(x.received), locale.toString(x.closed), percent(x.closedOnTime, x.closed),
                    hours(Dashboard::resolutionPercentileHours(x.resolution, 0.5)), hours(Dashboard::resolutionPercentileHours(x.resolution, 0.9)),
                    x.meanSatisfaction() ? locale.toString(*x.meanSatisfaction(), 'f', 2) : QStringLiteral("–"), locale.toString(x.recurrences)};
        }
    };
    switch (p.kind) {
    case ReportKind::DeadlineCompliance:
        t.columns = {Tr::tr("Department"), Tr::tr("Closed"), Tr::tr("Within the deadline"), Tr::tr("Late"), Tr::tr("Share met")};
        break;
    case ReportKind::Satisfaction:
        t.columns = {Tr::tr("Department"), Tr::tr("Ratings"), Tr::tr("Mean"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                     QStringLiteral("4"), QStringLiteral("5")};
        break;
    default:
        t.columns = {kindKey == QLatin1String("type") ? Tr::tr("Type") : kindKey == QLatin1String("district") ? Tr::tr("District") : Tr::tr("Department"),
                     Tr::tr("Received"), Tr::tr("Closed"), Tr::tr("Within the deadline"), Tr::tr("Median hours"), Tr::tr("90 % hours"),
                     Tr::tr("Satisfaction"), Tr::tr("Recurrences")};
        break;
    }
    for (const Performance &x : list) {
        if (!p.typeId.isEmpty() && kindKey == QLatin1String("type") && x.key != p.typeId)
            continue;
        g.rows.append(row(nameOf(kindKey, x.key), x));
    }
    std::sort(g.rows.begin(), g.rows.end(), [](const QStringList &a, const QStringList &b) { return a.front().localeAwareCompare(b.front()) < 0; });
    t.rowCount = g.rows.size();
    t.matching = t.rowCount;
    if (!g.rows.isEmpty())
        t.groups.append(g);
    QStringList total = row(Tr::tr("Total"), d.totals);
    t.total = total;
    if (d.totals.received == 0 && d.totals.closed == 0) {
        t.groups.clear();
        t.rowCount = 0;
    }
    return t;
}

ReportTable ReportBuilder::perStatus(const ReportParameters &p, ReportTable t)
{
    QMap<RequestStatus, qint64> counts;
    qint64 total = 0;
    for (const auto &[code, n] : ReportQuery(m_db).perStatus(startMs(p.from), startMs(p.to.addDays(1)), p.departmentId, p.districtId, p.typeId)) {
        if (const auto st = requestStatusFromCode(code)) {
            counts.insert(*st, n);
            total += n;
        }
    }
    const QLocale locale;
    t.columns = {Tr::tr("Status"), Tr::tr("Requests"), Tr::tr("Share")};
    ReportTable::Group g;
    for (RequestStatus st : allRequestStatuses())
        if (counts.value(st) > 0)
            g.rows.append({displayName(st), locale.toString(counts.value(st)), locale.toString(100.0 * double(counts.value(st)) / double(total), 'f', 1) + QStringLiteral(" %")});
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
    qint64 total = 0;
    for (const ReportQuery::CrewLoad &load : ReportQuery(m_db).crewWorkload(startMs(p.from), startMs(p.to.addDays(1)), p.departmentId)) {
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
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString reportToHtml(const ReportTable &t, const QString &municipality, const QString &user, const QString &printedAt)
{
    QString html = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 9pt'>");
    html += QStringLiteral("<p style='font-size: 11pt'><b>%1</b></p>").arg(municipality.toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>").arg(t.title.toHtmlEscaped());
    for (const QString &p : t.parameters)
        html += QStringLiteral("<div>%1</div>").arg(p.toHtmlEscaped());
    html += QStringLiteral("<div>%1</div><br/>").arg(Tr::tr("Printed %1 by %2").arg(printedAt, user).toHtmlEscaped());
    if (t.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3></body></html>").arg(Tr::tr("No requests match these parameters.").toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>");
    for (const QString &c : t.columns)
        html += QStringLiteral("<th align='left'>%1</th>").arg(c.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    const int columns = int(t.columns.size());
    for (const ReportTable::Group &g : t.groups) {
        if (t.groups.size() > 1 || !g.subtotal.isEmpty())
            html += QStringLiteral("<tr><td colspan='%1' style='background: #e8e8e8'><b>%2</b></td></tr>").arg(columns).arg(g.name.toHtmlEscaped());
        for (const QStringList &r : g.rows) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < columns; ++c)
                html += QStringLiteral("<td>%1</td>").arg(r.value(c).toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
        if (!g.subtotal.isEmpty()) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < columns; ++c)
                html += QStringLiteral("<td><i>%1</i></td>").arg(g.subtotal.value(c).toHtmlEscaped());
            html += QStringLiteral("</tr>");
        }
    }
    html += QStringLiteral("<tr>");
    for (int c = 0; c < columns; ++c)
        html += QStringLiteral("<td><b>%1</b></td>").arg(t.total.value(c).toHtmlEscaped());
    html += QStringLiteral("</tr></table></body></html>");
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
