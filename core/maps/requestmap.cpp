// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestmap.h"

#include "domain/enums.h"
#include "domain/localizedtext.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace CivicDesk {
namespace {

/// Month number (year × 12 + month − 1) of a UTC instant, as schema 7 counts them.
int monthOf(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return d.year() * 12 + d.month() - 1;
}

qint64 monthStart(int month)
{
    return QDateTime(QDate(month / 12, month % 12 + 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

int smallIndex(QHash<QString, int> &ids, QStringList &list, const QString &id)
{
    if (id.isEmpty())
        return 0;
    auto it = ids.constFind(id);
    if (it != ids.constEnd())
        return *it;
    if (list.size() >= 65535)
        return 0;
    list.append(id);
    return ids.insert(id, int(list.size() - 1)).value();
}

/// Counted cells as a heat map (empty cells left out).
HeatMap toHeatMap(const QHash<qint64, int> &cells)
{
    HeatMap out;
    out.cells.reserve(cells.size());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        out.cells.append({RequestMap::heatCellCentre(it.key()), it.value()});
        out.maxCount = std::max(out.maxCount, it.value());
        out.total += it.value();
    }
    return out;
}

} // namespace

std::vector<bool> MapPoints::typesOfGroup(const QString &groupId) const
{
    if (groupId.isEmpty())
        return {};
    std::vector<bool> out(size_t(typeIds.size()), false);
    for (qsizetype i = 0; i < typeGroupIds.size(); ++i)
        out[size_t(i)] = typeGroupIds[i] == groupId;
    return out;
}

MapPoints RequestMap::loadPoints() const
{
    MapPoints out;
    out.typeIds.append(QString());
    out.typeGroupIds.append(QString());
    out.departmentIds.append(QString());
    out.crewIds.append(QString());
    QHash<QString, int> types, departments, crews;
    SqliteStatement version(m_db.handle(), "PRAGMA data_version");
    if (version.step())
        out.dataVersion = version.int64(0);
    std::vector<Geo::MapPoint> points;
    points.reserve(size_t(m_db.countedRows("service_request") / 16 + 16));
    SqliteStatement q(m_db.handle(),
                      "SELECT local_id, lat, lon, status, priority, emergency, service_type_id, department_id, crew_id "
                      "FROM service_request INDEXED BY service_request_map "
                      "WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND lat IS NOT NULL AND lon IS NOT NULL");
    while (q.step()) {
        Geo::MapPoint p = Geo::atCoordinate(QGeoCoordinate(q.real(1), q.real(2)));
        p.localId = q.int64(0);
        p.status = std::uint8_t(int(requestStatusFromCode(q.text(3)).value_or(RequestStatus::New)));
        p.priority = std::uint8_t(std::clamp(int(q.int64(4)), 1, 5));
        p.emergency = q.int64(5) != 0;
        p.type = std::uint16_t(smallIndex(types, out.typeIds, q.text(6)));
        p.department = std::uint16_t(smallIndex(departments, out.departmentIds, q.text(7)));
        p.crew = std::uint16_t(smallIndex(crews, out.crewIds, q.text(8)));
        points.push_back(p);
    }
    SqliteStatement groups(m_db.handle(), "SELECT ifnull(group_id, '') FROM service_type WHERE id = ?");
    for (qsizetype i = 1; i < out.typeIds.size(); ++i) {
        groups.reset();
        groups.bind(1, out.typeIds[i]);
        out.typeGroupIds.append(groups.step() ? groups.text(0) : QString());
    }
    out.index = Geo::PointIndex(std::move(points));
    return out;
}

std::optional<MapRequestInfo> RequestMap::readInfo(const char *where, const QVariant &key) const
{
    QByteArray sql = "SELECT r.local_id, r.id, r.tracking_number, t.name, r.address, r.status, r.priority, r.emergency, r.lat, r.lon, "
                     "r.created_at FROM service_request r LEFT JOIN service_type t ON t.id = r.service_type_id WHERE ";
    sql += where;
    SqliteStatement q(m_db.handle(), sql.constData());
    q.bindAll({key});
    if (!q.step())
        return std::nullopt;
    MapRequestInfo i;
    i.localId = q.int64(0);
    i.id = q.text(1);
    i.trackingNumber = q.text(2);
    i.typeName = LocalizedText::fromJson(q.text(3)).best(m_language);
    i.address = q.text(4);
    i.statusCode = q.text(5);
    i.priority = int(q.int64(6));
    i.emergency = q.int64(7) != 0;
    if (!q.isNull(8) && !q.isNull(9))
        i.at = QGeoCoordinate(q.real(8), q.real(9));
    i.createdAt = q.int64(10);
    return i;
}

std::optional<MapRequestInfo> RequestMap::info(qint64 localId) const
{
    return readInfo("r.local_id = ?", localId);
}

std::optional<MapRequestInfo> RequestMap::infoById(const QString &requestId) const
{
    return readInfo("r.id = ?", requestId);
}

qint64 RequestMap::heatCell(double lat, double lon)
{
    return qint64((lat + 90) * 500) * 200000 + qint64((lon + 180) * 500);
}

QGeoCoordinate RequestMap::heatCellCentre(qint64 cell)
{
    const double row = double(cell / 200000), column = double(cell % 200000);
    return QGeoCoordinate((row + 0.5) / 500.0 - 90.0, (column + 0.5) / 500.0 - 180.0);
}

QStringList RequestMap::typesOf(const QString &groupId) const
{
    QStringList out;
    SqliteStatement q(m_db.handle(), groupId.isEmpty() ? "SELECT id FROM service_type ORDER BY id"
                                                       : "SELECT id FROM service_type WHERE group_id = ? ORDER BY id");
    if (!groupId.isEmpty())
        q.bind(1, groupId);
    while (q.step())
        out.append(q.text(0));
    return out;
}

void RequestMap::scanInto(QHash<qint64, int> &cells, qint64 fromMs, qint64 toMs, const QStringList &typeIds) const
{
    if (fromMs >= toMs)
        return;
    SqliteStatement q(m_db.handle(), "SELECT lat, lon FROM service_request INDEXED BY service_request_type_time "
                                     "WHERE service_type_id = ? AND created_at >= ? AND created_at < ? AND lat IS NOT NULL AND lon IS NOT NULL");
    for (const QString &type : typeIds) {
        q.reset();
        q.bindAll({type, fromMs, toMs});
        while (q.step())
            ++cells[heatCell(q.real(0), q.real(1))];
    }
}

HeatMap RequestMap::heat(qint64 fromMs, qint64 toMs, const QString &groupId) const
{
    QHash<qint64, int> cells;
    const QStringList types = typesOf(groupId);
    if (fromMs < toMs) {
        // Whole months from the monthly counts, the rest from the requests.
        int firstFull = monthOf(fromMs);
        if (monthStart(firstFull) < fromMs)
            ++firstFull;
        const int lastFull = monthOf(toMs) - 1; // the month before the one holding toMs
        if (firstFull <= lastFull) {
            QStringList groups;
            if (groupId.isEmpty()) {
                groups.append(QString());
                SqliteStatement all(m_db.handle(), "SELECT id FROM service_group");
                while (all.step())
                    groups.append(all.text(0));
            } else {
                groups.append(groupId);
            }
            SqliteStatement q(m_db.handle(), "SELECT cell, n FROM request_heat_month WHERE group_id = ? AND month BETWEEN ? AND ?");
            for (const QString &g : std::as_const(groups)) {
                q.reset();
                q.bindAll({g, firstFull, lastFull});
                while (q.step())
                    cells[q.int64(0)] += int(q.int64(1));
            }
            scanInto(cells, fromMs, monthStart(firstFull), types);
            scanInto(cells, monthStart(lastFull + 1), toMs, types);
        } else {
            scanInto(cells, fromMs, toMs, types);
        }
    }
    return toHeatMap(cells);
}

HeatMap RequestMap::heatByScan(qint64 fromMs, qint64 toMs, const QString &groupId) const
{
    QHash<qint64, int> cells;
    scanInto(cells, fromMs, toMs, typesOf(groupId));
    return toHeatMap(cells);
}

QHash<QString, double> RequestMap::pendingByDistrict() const
{
    QHash<QString, double> out;
    SqliteStatement q(m_db.handle(), "SELECT district_id, sum(n) FROM request_backlog WHERE district_id <> '' GROUP BY district_id");
    while (q.step())
        out.insert(q.text(0), double(q.int64(1)));
    return out;
}

CrewRoute RequestMap::crewRoute(const QString &crewId) const
{
    CrewRoute out;
    out.crewId = crewId;
    OrganisationRepository org(m_db);
    if (const std::optional<Department> crew = org.department(crewId); crew && crew->depot.isValid())
        out.depot = crew->depot;
    else if (const std::optional<Tenant> t = org.tenant())
        out.depot = t->centre;
    QList<RouteStop> stops;
    QStringList numbers;
    SqliteStatement q(m_db.handle(), "SELECT id, lat, lon, priority, tracking_number FROM service_request INDEXED BY service_request_map "
                                     "WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND lat IS NOT NULL AND lon IS NOT NULL "
                                     "AND crew_id = ? AND status <> 'on_hold' ORDER BY id LIMIT 500");
    q.bind(1, crewId);
    while (q.step()) {
        stops.append({q.text(0), QGeoCoordinate(q.real(1), q.real(2)), int(q.int64(3))});
        numbers.append(q.text(4));
    }
    if (stops.isEmpty())
        return out;
    if (!out.depot.isValid())
        out.depot = stops.first().at;
    const RoutePlan plan = RoutePlanner::plan(out.depot, stops);
    for (int i : plan.order) {
        out.stops.append(stops[i]);
        out.trackingNumbers.append(numbers[i]);
    }
    out.distanceM = plan.distanceM;
    return out;
}

} // namespace CivicDesk
