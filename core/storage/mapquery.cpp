// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapquery.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"

namespace CivicDesk {

void MapQuery::forEachOpenPoint(const std::function<void(const Point &)> &visit) const
{
    Statement q(m_db,
                      "SELECT local_id, lat, lon, status, priority, emergency, service_type_id, department_id, crew_id "
                      "FROM service_request INDEXED BY service_request_map "
                      "WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND lat IS NOT NULL AND lon IS NOT NULL");
    Point p;
    while (q.step()) {
        p.localId = q.int64(0);
        p.lat = q.real(1);
        p.lon = q.real(2);
        p.status = q.text(3);
        p.priority = int(q.int64(4));
        p.emergency = q.int64(5) != 0;
        p.typeId = q.text(6);
        p.departmentId = q.text(7);
        p.crewId = q.text(8);
        visit(p);
    }
}

std::optional<MapQuery::Card> MapQuery::readCard(const char *where, const QVariant &key) const
{
    QByteArray sql = "SELECT r.local_id, r.id, r.tracking_number, t.name, r.address, r.status, r.priority, r.emergency, r.lat, r.lon, "
                     "r.created_at FROM service_request r LEFT JOIN service_type t ON t.id = r.service_type_id WHERE ";
    sql += where;
    Statement q(m_db, sql.constData());
    q.bindAll({key});
    if (!q.step())
        return std::nullopt;
    Card c;
    c.localId = q.int64(0);
    c.id = q.text(1);
    c.trackingNumber = q.text(2);
    c.typeNameJson = q.text(3);
    c.address = q.text(4);
    c.statusCode = q.text(5);
    c.priority = int(q.int64(6));
    c.emergency = q.int64(7) != 0;
    if (!q.isNull(8) && !q.isNull(9))
        c.at = QGeoCoordinate(q.real(8), q.real(9));
    c.createdAt = q.int64(10);
    return c;
}

std::optional<MapQuery::Card> MapQuery::card(qint64 localId) const
{
    return readCard("r.local_id = ?", localId);
}

std::optional<MapQuery::Card> MapQuery::card(const QString &requestId) const
{
    return readCard("r.id = ?", requestId);
}

QStringList MapQuery::typeIds(const QString &groupId) const
{
    QStringList out;
    Statement q(m_db, groupId.isEmpty() ? "SELECT id FROM service_type ORDER BY id"
                                                       : "SELECT id FROM service_type WHERE group_id = ? ORDER BY id");
    if (!groupId.isEmpty())
        q.bind(1, groupId);
    while (q.step())
        out.append(q.text(0));
    return out;
}

QStringList MapQuery::groupIds() const
{
    QStringList out;
    Statement q(m_db, "SELECT id FROM service_group");
    while (q.step())
        out.append(q.text(0));
    return out;
}

void MapQuery::forEachFiledPosition(const QString &typeId, qint64 fromMs, qint64 toMs, const std::function<void(double, double)> &visit) const
{
    Statement q(m_db, "SELECT lat, lon FROM service_request INDEXED BY service_request_type_time "
                                     "WHERE service_type_id = ? AND created_at >= ? AND created_at < ? AND lat IS NOT NULL AND lon IS NOT NULL");
    q.bindAll({typeId, fromMs, toMs});
    while (q.step())
        visit(q.real(0), q.real(1));
}

void MapQuery::forEachHeatCell(const QString &groupId, int firstMonth, int lastMonth, const std::function<void(qint64, int)> &visit) const
{
    Statement q(m_db, "SELECT cell, n FROM request_heat_month WHERE group_id = ? AND month BETWEEN ? AND ?");
    q.bindAll({groupId, firstMonth, lastMonth});
    while (q.step())
        visit(q.int64(0), int(q.int64(1)));
}

QHash<QString, double> MapQuery::backlogByDistrict() const
{
    QHash<QString, double> out;
    Statement q(m_db, "SELECT district_id, sum(n) FROM request_backlog WHERE district_id <> '' GROUP BY district_id");
    while (q.step())
        out.insert(q.text(0), double(q.int64(1)));
    return out;
}

QList<MapQuery::Stop> MapQuery::crewStops(const QString &crewId, int limit) const
{
    QList<Stop> out;
    Statement q(m_db, "SELECT id, lat, lon, priority, tracking_number FROM service_request INDEXED BY service_request_map "
                                     "WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND lat IS NOT NULL AND lon IS NOT NULL "
                                     "AND crew_id = ? AND status <> 'on_hold' ORDER BY id LIMIT ?");
    q.bind(1, crewId);
    q.bind(2, limit);
    while (q.step())
        out.append({q.text(0), QGeoCoordinate(q.real(1), q.real(2)), int(q.int64(3)), q.text(4)});
    return out;
}

} // namespace CivicDesk
