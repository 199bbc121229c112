// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportquery.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"

#include "core/util/tr.h"

#include <QVariant>

#include <limits>

namespace CivicDesk {
namespace {

QByteArray whereOf(const ReportQuery::ListFilter &f, QList<QVariant> &binds)
{
    QByteArray where = " WHERE r.created_at >= ? AND r.created_at < ?";
    binds << f.fromMs << f.toMs;
    auto filter = [&](const char *sql, const QVariant &value) {
        where += sql;
        binds << value;
    };
    if (!f.departmentId.isEmpty())
        filter(" AND r.department_id = ?", f.departmentId);
    if (!f.typeId.isEmpty())
        filter(" AND r.service_type_id = ?", f.typeId);
    if (!f.districtId.isEmpty())
        filter(" AND r.district_id = ?", f.districtId);
    if (!f.status.isEmpty())
        filter(" AND r.status = ?", f.status);
    if (!f.channel.isEmpty())
        filter(" AND r.channel = ?", f.channel);
    if (f.minPriority > 0)
        filter(" AND r.priority >= ?", qint64(f.minPriority));
    return where;
}

QByteArray groupOf(const ReportQuery::ListFilter &f)
{
    return f.groupBy == QLatin1String("department") ? "ifnull(r.department_id, '')"
        : f.groupBy == QLatin1String("type")         ? "r.service_type_id"
        : f.groupBy == QLatin1String("status")       ? "r.status"
        : f.groupBy == QLatin1String("district")     ? "ifnull(r.district_id, '')"
                                                     : "''";
}

} // namespace

qint64 ReportQuery::count(const ListFilter &f) const
{
    QList<QVariant> binds;
    Statement count(m_db,
                          (QByteArray("SELECT count(*) FROM service_request r INDEXED BY service_request_created") + whereOf(f, binds)).constData());
    count.bindAll(binds);
    return count.step() ? count.int64(0) : 0;
}

QList<std::pair<QString, qint64>> ReportQuery::groupCounts(const ListFilter &f) const
{
    QList<QVariant> binds;
    const QByteArray where = whereOf(f, binds);
    const QByteArray sql = "SELECT " + groupOf(f) + ", count(*) FROM service_request r INDEXED BY service_request_created" + where + " GROUP BY 1 ORDER BY 1";
    return readCounts(m_db, sql, binds);
}

void ReportQuery::forEachResolution(qint64 fromMs, qint64 toMs, const QString &departmentId, const QString &districtId,
                                    const std::function<void(const QString &, const QString &, const QString &, qint64)> &visit) const
{
    QByteArray sql = "SELECT ifnull(department_id, ''), service_type_id, ifnull(district_id, ''), closed_at - created_at "
                     "FROM service_request INDEXED BY service_request_closed WHERE closed_at >= ? AND closed_at < ?";
    QList<QVariant> binds{fromMs, toMs};
    if (!departmentId.isEmpty()) {
        sql += " AND department_id = ?";
        binds << departmentId;
    }
    if (!districtId.isEmpty()) {
        sql += " AND district_id = ?";
        binds << districtId;
    }
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    while (s.step())
        visit(s.text(0), s.text(1), s.text(2), s.int64(3));
}

Status ReportQuery::forEachRow(const ListFilter &f, const std::function<void(const ListRow &)> &visit) const
{
    QList<QVariant> binds;
    const QByteArray where = whereOf(f, binds);
    const QByteArray group = groupOf(f);
    const QByteArray order = f.sortBy == QLatin1String("deadline") ? "ifnull(r.due_at, 0), r.tracking_number"
        : f.sortBy == QLatin1String("priority")                     ? "r.priority DESC, r.created_at"
        : f.sortBy == QLatin1String("tracking")                     ? "r.tracking_number"
                                                                    : "r.created_at, r.tracking_number";
    const QByteArray sql = "SELECT " + group + ", r.tracking_number, r.created_at, r.service_type_id, r.status, r.priority, "
        "ifnull(r.department_id, ''), ifnull(r.district_id, ''), r.address, ifnull(r.due_at, 0), ifnull(r.closed_at, 0) "
        "FROM service_request r INDEXED BY service_request_created" + where + " ORDER BY 1, " + order + " LIMIT ?";
    // No limit: the largest one (SQLite reads a negative limit as none, PostgreSQL refuses it).
    binds << qint64(f.limit > 0 ? f.limit : std::numeric_limits<qint64>::max());
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    ListRow row;
    while (s.step()) {
        row = {s.text(0), s.text(1), s.int64(2), s.text(3), s.text(4), int(s.int64(5)), s.text(6), s.text(7), s.text(8), s.int64(9), s.int64(10)};
        visit(row);
    }
    if (s.failed())
        return Error{QStringLiteral("report.read"), Tr::tr("The requests of the report could not be read: %1").arg(s.errorMessage())};
    return {};
}

QList<std::pair<QString, qint64>> ReportQuery::perStatus(qint64 fromMs, qint64 toMs, const QString &departmentId, const QString &districtId,
                                                         const QString &typeId) const
{
    QByteArray sql = "SELECT status, count(*) FROM service_request INDEXED BY service_request_created WHERE created_at >= ? AND created_at < ?";
    QList<QVariant> binds{fromMs, toMs};
    if (!departmentId.isEmpty()) {
        sql += " AND department_id = ?";
        binds << departmentId;
    }
    if (!districtId.isEmpty()) {
        sql += " AND district_id = ?";
        binds << districtId;
    }
    if (!typeId.isEmpty()) {
        sql += " AND service_type_id = ?";
        binds << typeId;
    }
    sql += " GROUP BY status";
    return readCounts(m_db, sql, binds);
}

QList<ReportQuery::CrewLoad> ReportQuery::crewWorkload(qint64 fromMs, qint64 toMs, const QString &departmentId) const
{
    QByteArray sql = "SELECT crew_id, status, count(*), min(created_at) FROM service_request INDEXED BY service_request_queue_all "
                     "WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND crew_id IS NOT NULL "
                     "AND created_at >= ? AND created_at < ?";
    QList<QVariant> binds{fromMs, toMs};
    if (!departmentId.isEmpty()) {
        sql += " AND department_id = ?";
        binds << departmentId;
    }
    sql += " GROUP BY crew_id, status ORDER BY crew_id";
    Statement s(m_db, sql.constData());
    s.bindAll(binds);
    QList<CrewLoad> out;
    while (s.step())
        out.append({s.text(0), s.text(1), s.int64(2), s.int64(3)});
    return out;
}

} // namespace CivicDesk
