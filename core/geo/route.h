// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QString>

namespace CivicDesk {

/// A place a crew must go to.
struct RouteStop
{
    QString requestId;
    QGeoCoordinate at;
    int priority = 2; ///< 1 (low) … 5 (emergency)
};

/// An order of the stops and what it costs.
struct RoutePlan
{
    QList<int> order;      ///< indexes into the stops, in visiting order
    double distanceM = 0;  ///< from the depot through every stop
    double cost = 0;       ///< what the planner minimises
};

/// Orders a crew's stops from its depot, weighing priority and distance: the cost of a route is the sum over
/// the stops of (distance travelled until reaching it) × (its priority weight), so urgent stops come early
/// unless they are far out of the way. Nearest neighbour (distance divided by weight) gives a first route,
/// 2-opt improves it; the result is never costlier than the nearest-neighbour route.
class RoutePlanner
{
public:
    static double weight(int priority) { return double(std::clamp(priority, 1, 5)); }

    static RoutePlan nearestNeighbour(const QGeoCoordinate &depot, const QList<RouteStop> &stops);
    static RoutePlan plan(const QGeoCoordinate &depot, const QList<RouteStop> &stops);
    static double cost(const QGeoCoordinate &depot, const QList<RouteStop> &stops, const QList<int> &order, double *distance = nullptr);
};

} // namespace CivicDesk
