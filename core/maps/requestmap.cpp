// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestmap.h"

#include "core/domain/enums.h"
#include "core/domain/localizedtext.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/mapquery.h"

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
    out.dataVersion = m_db.changeStamp().first;
    std::vector<Geo::MapPoint> points;
    points.reserve(size_t(m_db.countedRows("service_request") / 16 + 16));
    MapQuery query(m_db);
    query.forEachOpenPoint([&](const MapQuery::Point &q) {
        Geo::MapPoint p = Geo::atCoordinate(QGeoCoordinate(q.lat, q.lon));
        p.localId = q.localId;
        p.status = std::uint8_t(int(requestStatusFromCode(q.status).value_or(RequestStatus::New)));
        p.priority = std::uint8_t(std::clamp(q.priority, 1, 5));
        p.emergency = q.emergency;
        p.type = std::uint16_t(smallIndex(types, out.typeIds, q.typeId));
        p.department = std::uint16_t(smallIndex(departments, out.departmentIds, q.departmentId));
        p.crew = std::uint16_t(smallIndex(crews, out.crewIds, q.crewId));
        points.push_back(p);
    });
    const QHash<QString, QString> groups = CatalogueRepository(m_db).typeGroups();
    for (qsizetype i = 1; i < out.typeIds.size(); ++i)
        out.typeGroupIds.append(groups.value(out.typeIds[i]));
    out.index = Geo::PointIndex(std::move(points));
    return out;
}

std::optional<MapRequestInfo> RequestMap::toInfo(const std::optional<MapQuery::Card> &card) const
{
    if (!card)
        return std::nullopt;
    MapRequestInfo i;
    static_cast<MapQuery::Card &>(i) = *card;
    i.typeName = LocalizedText::fromJson(card->typeNameJson).best(m_language);
    return i;
}

std::optional<MapRequestInfo> RequestMap::info(qint64 localId) const
{
    return toInfo(MapQuery(m_db).card(localId));
}

std::optional<MapRequestInfo> RequestMap::infoById(const QString &requestId) const
{
    return toInfo(MapQuery(m_db).card(requestId));
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
    return MapQuery(m_db).typeIds(groupId);
}

void RequestMap::scanInto(QHash<qint64, int> &cells, qint64 fromMs, qint64 toMs, const QStringList &typeIds) const
{
    if (fromMs >= toMs)
        return;
    MapQuery query(m_db);
    for (const QString &type : typeIds)
        query.forEachFiledPosition(type, fromMs, toMs, [&](double lat, double lon) { ++cells[heatCell(lat, lon)]; });
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
                groups.append(MapQuery(m_db).groupIds());
            } else {
                groups.append(groupId);
            }
            for (const QString &g : std::as_const(groups))
                MapQuery(m_db).forEachHeatCell(g, firstFull, lastFull, [&](qint64 cell, int n) { cells[cell] += n; });
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
    return MapQuery(m_db).backlogByDistrict();
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
    for (const MapQuery::Stop &stop : MapQuery(m_db).crewStops(crewId, 500)) {
        stops.append({stop.id, stop.at, stop.priority});
        numbers.append(stop.trackingNumber);
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
