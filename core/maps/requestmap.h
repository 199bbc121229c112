// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/mapquery.h"
#include "core/geo/pointindex.h"
#include "core/geo/route.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CivicDesk {

class Database;

/// What a marker's tooltip and the detail show of one request.
struct MapRequestInfo : MapQuery::Card
{
    QString typeName; ///< in the map's language
};

/// The pending requests on the map, with the names their small indexes stand for.
struct MapPoints
{
    Geo::PointIndex index;
    QStringList typeIds;        ///< by MapPoint::type (0: none)
    QStringList typeGroupIds;   ///< the group of each of them
    QStringList departmentIds;  ///< by MapPoint::department (0: none)
    QStringList crewIds;        ///< by MapPoint::crew (0: none)
    qint64 dataVersion = 0;     ///< what the file was at when they were read

    int typeIndex(const QString &id) const { return int(typeIds.indexOf(id)); }
    int departmentIndex(const QString &id) const { return int(departmentIds.indexOf(id)); }
    int crewIndex(const QString &id) const { return int(crewIds.indexOf(id)); }
    /// A filter letting only the types of @p groupId through (empty: all).
    std::vector<bool> typesOfGroup(const QString &groupId) const;
};

/// One cell of the heat map.
struct HeatCell
{
    QGeoCoordinate centre;
    int count = 0;
};

/// Requests received per cell of HeatMap::cellDegrees in a period.
struct HeatMap
{
    static constexpr double cellDegrees = 0.002;
    QList<HeatCell> cells;
    int maxCount = 0;
    qint64 total = 0;
};

/// A crew's pending requests in the order the route planner gives.
struct CrewRoute
{
    QString crewId;
    QGeoCoordinate depot;
    QList<RouteStop> stops;          ///< in visiting order
    QStringList trackingNumbers;     ///< of the stops, same order
    double distanceM = 0;
};

/// The map's reads: the pending requests as points of a spatial index, one request's marker details, the heat
/// map of a period from the monthly counts (schema 7) and the edges of the period from the requests themselves,
/// and a crew's route.
class RequestMap
{
public:
    /// Names come out in @p language where the catalogue has it.
    explicit RequestMap(Database &db, QString language = {}) : m_db(db), m_language(std::move(language)) {}

    /// Every pending request with a place (one pass over the map index).
    MapPoints loadPoints() const;
    std::optional<MapRequestInfo> info(qint64 localId) const;
    std::optional<MapRequestInfo> infoById(const QString &requestId) const;
    /// Requests received in [@p fromMs, @p toMs) of the service group @p groupId (empty: every group).
    HeatMap heat(qint64 fromMs, qint64 toMs, const QString &groupId) const;
    /// The same counted straight from the requests, for checking.
    HeatMap heatByScan(qint64 fromMs, qint64 toMs, const QString &groupId) const;
    /// Pending requests per district id (from the dashboard's backlog counts), for filling the districts.
    QHash<QString, double> pendingByDistrict() const;
    /// The crew's pending requests from its depot (the municipality's centre when it has none).
    CrewRoute crewRoute(const QString &crewId) const;

    /// The heat map's cell of a point, as schema 7 numbers them.
    static qint64 heatCell(double lat, double lon);
    static QGeoCoordinate heatCellCentre(qint64 cell);

private:
    std::optional<MapRequestInfo> toInfo(const std::optional<MapQuery::Card> &card) const;
    void scanInto(QHash<qint64, int> &cells, qint64 fromMs, qint64 toMs, const QStringList &typeIds) const;
    QStringList typesOf(const QString &groupId) const;

    Database &m_db;
    QString m_language;
};

} // namespace CivicDesk
