// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QVariant>

namespace CivicDesk {
namespace {

qint64 dayNumber(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / 86400000;
}

QDate dateOf(qint64 day)
{
    return QDateTime::fromMSecsSinceEpoch(day * 86400000, Qt::UTC).date();
}

void bindAll(SqliteStatement &s, const QList<QVariant> &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        if (binds[i].typeId() == QMetaType::QString)
            s.bind(i + 1, binds[i].toString());
        else
            s.bind(i + 1, binds[i].toLongLong());
    }
}

constexpr const char *statsColumns = "sum(s.received), sum(s.closed), sum(s.closed_on_time), sum(s.recurrences), "
                                     "sum(s.s1), sum(s.s2), sum(s.s3), sum(s.s4), sum(s.s5), "
                                     "sum(s.a_accurate), sum(s.a_partly), sum(s.a_inaccurate), sum(s.a_false)";

void readStats(const SqliteStatement &s, int first, Performance &p)
{
    p.received = s.int64(first);
    p.closed = s.int64(first + 1);
    p.closedOnTime = s.int64(first + 2);
    p.recurrences = s.int64(first + 3);
    for (int i = 0; i < 5; ++i)
        p.satisfaction[size_t(i)] = s.int64(first + 4 + i);
    for (int i = 0; i < 4; ++i)
        p.accuracy[size_t(i)] = s.int64(first + 9 + i);
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

const std::array<int, 15> &Dashboard::bucketHours()
{
    static const std::array<int, 15> hours{1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440};
    return hours;
}

std::optional<double> Dashboard::resolutionPercentileHours(const std::array<qint64, 16> &h, double share)
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
            const double high = b < bucketHours().size() ? bucketHours()[b] : bucketHours().back() * 2.0;
            return low + (high - low) * (target - seen) / double(h[b]);
        }
        seen += double(h[b]);
    }
    return bucketHours().back() * 2.0;
}

QByteArray Dashboard::where(const DashboardFilter &f, QList<QVariant> &binds, const char *alias) const
{
    const QByteArray a(alias);
    QByteArray w = " WHERE " + a + ".day BETWEEN ? AND ?";
    binds << dayNumber(f.from) << dayNumber(f.to);
    if (!f.departmentId.isEmpty()) {
        w += " AND " + a + ".department_id = ?";
        binds << f.departmentId;
    }
    if (!f.districtId.isEmpty()) {
        w += " AND " + a + ".district_id = ?";
        binds << f.districtId;
    }
    if (!f.groupId.isEmpty()) {
        w += " AND " + a + ".service_type_id IN (SELECT id FROM service_type WHERE group_id = ?)";
        binds << f.groupId;
    }
    return w;
}

QList<ReceivedBucket> Dashboard::receivedOverTime(const DashboardFilter &f, Granularity g)
{
    QList<QVariant> binds;
    const QByteArray sql = QByteArray("SELECT s.day, s.channel, sum(s.received) FROM request_stats s") + where(f, binds) +
        " GROUP BY s.day, s.channel HAVING sum(s.received) <> 0 ORDER BY s.day";
    SqliteStatement s(m_db.handle(), sql.constData());
    bindAll(s, binds);
    auto startOf = [g](const QDate &d) {
        switch (g) {
        case Granularity::Day: return d;
        case Granularity::Week: return d.addDays(1 - d.dayOfWeek());
        case Granularity::Month: return QDate(d.year(), d.month(), 1);
        }
        return d;
    };
    QList<ReceivedBucket> out;
    // Every step of the period, empty ones too: a chart shows the gaps.
    for (QDate d = startOf(f.from); d.isValid() && d <= f.to;) {
        out.append({d, {}});
        d = g == Granularity::Day ? d.addDays(1) : g == Granularity::Week ? d.addDays(7) : d.addMonths(1);
    }
    qsizetype i = 0;
    while (s.step()) {
        const QDate start = startOf(dateOf(s.int64(0)));
        while (i < out.size() && out[i].start < start)
            ++i;
        if (i < out.size() && out[i].start == start)
            out[i].byChannel[s.text(1)] += s.int64(2);
    }
    return out;
}

Performance Dashboard::totals(const DashboardFilter &f)
{
    Performance p;
    QList<QVariant> binds;
    QByteArray sql = QByteArray("SELECT ") + statsColumns + " FROM request_stats s" + where(f, binds);
    SqliteStatement s(m_db.handle(), sql.constData());
    bindAll(s, binds);
    if (s.step())
        readStats(s, 0, p);
    QList<QVariant> rbinds;
    sql = QByteArray("SELECT s.bucket, sum(s.n) FROM request_resolution s") + where(f, rbinds) + " GROUP BY s.bucket";
    SqliteStatement r(m_db.handle(), sql.constData());
    bindAll(r, rbinds);
    while (r.step())
        if (r.int64(0) >= 0 && r.int64(0) < 16)
            p.resolution[size_t(r.int64(0))] = r.int64(1);
    return p;
}

QList<Performance> Dashboard::breakdown(const DashboardFilter &f, const QString &by)
{
    QByteArray key = by == QLatin1String("type") ? "s.service_type_id"
        : by == QLatin1String("district")         ? "s.district_id"
        : by == QLatin1String("group")            ? "ifnull((SELECT group_id FROM service_type WHERE id = s.service_type_id), '')"
                                                  : "s.department_id";
    QList<QVariant> binds;
    QByteArray sql = "SELECT " + key + ", " + statsColumns + " FROM request_stats s" + where(f, binds) + " GROUP BY 1 ORDER BY 1";
    SqliteStatement s(m_db.handle(), sql.constData());
    bindAll(s, binds);
    QList<Performance> out;
    QMap<QString, qsizetype> index;
    while (s.step()) {
        Performance p;
        p.key = s.text(0);
        readStats(s, 1, p);
        if (p.received == 0 && p.closed == 0)
            continue;
        index.insert(p.key, out.size());
        out.append(p);
    }
    QList<QVariant> rbinds;
    sql = "SELECT " + key + ", s.bucket, sum(s.n) FROM request_resolution s" + where(f, rbinds) + " GROUP BY 1, 2";
    SqliteStatement r(m_db.handle(), sql.constData());
    bindAll(r, rbinds);
    while (r.step()) {
        const auto it = index.constFind(r.text(0));
        if (it != index.cend() && r.int64(1) >= 0 && r.int64(1) < 16)
            out[*it].resolution[size_t(r.int64(1))] = r.int64(2);
    }
    return out;
}

QMap<RequestStatus, qint64> Dashboard::backlog(const DashboardFilter &f)
{
    QByteArray sql = "SELECT status, count(*) FROM service_request INDEXED BY service_request_queue_all "
                     "WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened')";
    QList<QVariant> binds;
    if (!f.departmentId.isEmpty()) {
        sql += " AND department_id = ?";
        binds << f.departmentId;
    }
    if (!f.districtId.isEmpty()) {
        sql += " AND district_id = ?";
        binds << f.districtId;
    }
    if (!f.groupId.isEmpty()) {
        sql += " AND service_type_id IN (SELECT id FROM service_type WHERE group_id = ?)";
        binds << f.groupId;
    }
    sql += " GROUP BY status";
    SqliteStatement s(m_db.handle(), sql.constData());
    bindAll(s, binds);
    QMap<RequestStatus, qint64> out;
    while (s.step())
        if (const auto st = requestStatusFromCode(s.text(0)))
            out.insert(*st, s.int64(1));
    return out;
}

std::array<qint64, 3> Dashboard::escalations(const DashboardFilter &f)
{
    // One escalation step is one event; its alerts (one or two) share level and time.
    QByteArray sql = "SELECT a.level, count(DISTINCT a.request_id || ':' || a.level) FROM alert a JOIN service_request r ON r.id = a.request_id "
                     "WHERE a.created_at >= ? AND a.created_at < ?";
    QList<QVariant> binds;
    binds << dayNumber(f.from) * 86400000 << (dayNumber(f.to) + 1) * 86400000;
    if (!f.departmentId.isEmpty()) {
        sql += " AND r.department_id = ?";
        binds << f.departmentId;
    }
    if (!f.districtId.isEmpty()) {
        sql += " AND r.district_id = ?";
        binds << f.districtId;
    }
    if (!f.groupId.isEmpty()) {
        sql += " AND r.service_type_id IN (SELECT id FROM service_type WHERE group_id = ?)";
        binds << f.groupId;
    }
    sql += " GROUP BY a.level";
    SqliteStatement s(m_db.handle(), sql.constData());
    bindAll(s, binds);
    std::array<qint64, 3> out{};
    while (s.step())
        if (s.int64(0) >= 1 && s.int64(0) <= 3)
            out[size_t(s.int64(0) - 1)] = s.int64(1);
    return out;
}

QList<std::pair<QString, qint64>> Dashboard::top(const DashboardFilter &f, const QString &by, int limit)
{
    const QByteArray key = by == QLatin1String("district") ? "s.district_id" : "s.service_type_id";
    QList<QVariant> binds;
    QByteArray sql = "SELECT " + key + ", sum(s.received) FROM request_stats s" + where(f, binds) + " GROUP BY 1 HAVING sum(s.received) > 0 "
                     "ORDER BY 2 DESC, 1 LIMIT ?";
    binds << limit;
    SqliteStatement s(m_db.handle(), sql.constData());
    bindAll(s, binds);
    QList<std::pair<QString, qint64>> out;
    while (s.step())
        out.append({s.text(0), s.int64(1)});
    return out;
}

} // namespace CivicDesk
