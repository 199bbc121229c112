// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryquery.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"

#include <QVariant>

namespace CivicDesk {
namespace {

QByteArray filters(const SummaryQuery::Scope &f, QList<QVariant> &binds, const char *alias)
{
    const QByteArray a(alias);
    QByteArray w;
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

Statement prepare(Database &db, const char *table, bool months, qint64 first, qint64 last, const SummaryQuery::Scope &scope)
{
    // The columns by name: their order differs between the stores (PostgreSQL's tables start with the tenant,
    // SQLite's got closed_with_deadline last, from schema 14).
    static const QByteArray statsColumns = "department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, "
                                           "received_mobile_app, received_email, received_open311, received_import, recurrences, closed, "
                                           "closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false, closed_with_deadline";
    static const QByteArray resolutionColumns = "department_id, service_type_id, district_id, bucket, n";
    const bool stats = qstrcmp(table, "request_stats") == 0;
    QList<QVariant> binds{first, last};
    const QByteArray sql = QByteArray("SELECT ") + (months ? "s.month, " : "s.day, ") + (stats ? statsColumns : resolutionColumns) + " FROM " + table +
        (months ? "_month s WHERE s.month" : " s WHERE s.day") + " BETWEEN ? AND ?" + filters(scope, binds, "s");
    Statement s(db, sql.constData());
    s.bindAll(binds);
    return s;
}

} // namespace

// The summary tables' columns: day or month, department_id, service_type_id, district_id, then the figures.
void SummaryQuery::forEachStats(bool months, qint64 first, qint64 last, const Scope &scope, const std::function<void(const StatsRow &)> &visit) const
{
    Statement s = prepare(m_db, "request_stats", months, first, last, scope);
    StatsRow row;
    while (s.step()) {
        row.departmentId = s.utf8(1);
        row.typeId = s.utf8(2);
        row.districtId = s.utf8(3);
        for (int c = 0; c < 7; ++c)
            row.received[size_t(c)] = s.int64(4 + c);
        row.recurrences = s.int64(11);
        row.closed = s.int64(12);
        row.closedOnTime = s.int64(13);
        row.closedWithDeadline = s.int64(23); // added by schema 14, after the others
        for (int i = 0; i < 5; ++i)
            row.satisfaction[size_t(i)] = s.int64(14 + i);
        for (int i = 0; i < 4; ++i)
            row.accuracy[size_t(i)] = s.int64(19 + i);
        visit(row);
    }
}

void SummaryQuery::forEachResolution(bool months, qint64 first, qint64 last, const Scope &scope,
                                     const std::function<void(const ResolutionRow &)> &visit) const
{
    Statement s = prepare(m_db, "request_resolution", months, first, last, scope);
    ResolutionRow row;
    while (s.step()) {
        row.departmentId = s.utf8(1);
        row.typeId = s.utf8(2);
        row.districtId = s.utf8(3);
        row.bucket = int(s.int64(4));
        row.count = s.int64(5);
        visit(row);
    }
}

QList<std::pair<qint64, std::array<qint64, 7>>> SummaryQuery::receivedPerDay(qint64 firstDay, qint64 lastDay, const Scope &scope) const
{
    QList<QVariant> binds{firstDay, lastDay};
    const QByteArray sql = QByteArray("SELECT s.day, sum(s.received_phone), sum(s.received_walk_in), sum(s.received_web), "
                                      "sum(s.received_mobile_app), sum(s.received_email), sum(s.received_open311), sum(s.received_import) "
                                      "FROM request_stats s WHERE s.day BETWEEN ? AND ?") +
        filters(scope, binds, "s") + " GROUP BY s.day";
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    QList<std::pair<qint64, std::array<qint64, 7>>> out;
    while (s.step()) {
        std::array<qint64, 7> counts{};
        for (int c = 0; c < 7; ++c)
            counts[size_t(c)] = s.int64(1 + c);
        out.append({s.int64(0), counts});
    }
    return out;
}

QList<std::pair<QString, qint64>> SummaryQuery::backlog(const Scope &scope) const
{
    QList<QVariant> binds;
    QByteArray sql = "SELECT b.status, sum(b.n) FROM request_backlog b WHERE true" + filters(scope, binds, "b");
    sql += " GROUP BY b.status";
    return readCounts(m_db, sql, binds);
}

void SummaryQuery::forEachOpenOverdue(qint64 nowMs, const Scope &scope,
                                      const std::function<void(QByteArrayView, QByteArrayView, QByteArrayView, qint64)> &visit) const
{
    // The partial index of schema 12 holds exactly these rows: the count reads the late ones only.
    QList<QVariant> binds{nowMs};
    const QByteArray sql = "SELECT coalesce(r.department_id, ''), coalesce(r.service_type_id, ''), coalesce(r.district_id, ''), count(*) "
                           "FROM service_request r INDEXED BY service_request_open_due WHERE r.status IN "
                           "('new', 'accepted', 'assigned', 'in_progress', 'reopened') AND r.due_at IS NOT NULL AND r.due_at < ?"
        + filters(scope, binds, "r") + " GROUP BY 1, 2, 3";
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    while (s.step())
        visit(s.utf8(0), s.utf8(1), s.utf8(2), s.int64(3));
}

std::optional<qint64> SummaryQuery::medianOpenCreatedAt(qint64 open, const Scope &scope) const
{
    if (open <= 0)
        return std::nullopt;
    // The partial index of schema 13 holds the open requests in filing order: the middle one is read by offset.
    QList<QVariant> binds;
    QByteArray sql = "SELECT r.created_at FROM service_request r INDEXED BY service_request_open_created WHERE r.status IN "
                     "('new', 'accepted', 'assigned', 'in_progress', 'on_hold', 'reopened')"
        + filters(scope, binds, "r") + " ORDER BY r.created_at LIMIT 1 OFFSET ?";
    binds << (open - 1) / 2;
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    if (!s.step())
        return std::nullopt;
    return s.int64(0);
}

SummaryQuery::CallFigures SummaryQuery::calls(qint64 fromMs, qint64 toMs) const
{
    Statement s(m_db, "SELECT count(*), avg(CASE WHEN ended_at > started_at THEN ended_at - started_at END) "
                                                  "FROM phone_call WHERE started_at >= ? AND started_at < ?");
    s.bind(1, fromMs);
    s.bind(2, toMs);
    CallFigures out;
    if (s.step()) {
        out.count = s.int64(0);
        if (!s.isNull(1))
            out.meanSeconds = s.real(1) / 1000.0;
    }
    return out;
}

std::array<qint64, 3> SummaryQuery::escalations(qint64 fromMs, qint64 toMs, const Scope &scope) const
{
    // One escalation step is one event; its alerts (one or two) share level and time.
    QByteArray sql = "SELECT a.level, count(DISTINCT a.request_id || ':' || a.level) FROM alert a JOIN service_request r ON r.id = a.request_id "
                     "WHERE a.created_at >= ? AND a.created_at < ?";
    QList<QVariant> binds{fromMs, toMs};
    sql += filters(scope, binds, "r");
    sql += " GROUP BY a.level";
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    std::array<qint64, 3> out{};
    while (s.step())
        if (s.int64(0) >= 1 && s.int64(0) <= 3)
            out[size_t(s.int64(0) - 1)] = s.int64(1);
    return out;
}

} // namespace CivicDesk
