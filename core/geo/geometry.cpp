// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometry.h"

#include <cmath>

namespace CivicDesk::Geo {
namespace {

bool ringContains(const QList<QGeoCoordinate> &ring, double lat, double lon)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const double yi = ring[i].latitude(), xi = ring[i].longitude();
        const double yj = ring[j].latitude(), xj = ring[j].longitude();
        if (((yi > lat) != (yj > lat)) && (lon < (xj - xi) * (lat - yi) / (yj - yi) + xi))
            inside = !inside;
    }
    return inside;
}

} // namespace

bool contains(const QGeoPolygon &polygon, const QGeoCoordinate &point)
{
    const double lat = point.latitude(), lon = point.longitude();
    if (!ringContains(polygon.perimeter(), lat, lon))
        return false;
    for (int h = 0; h < polygon.holesCount(); ++h) {
        if (ringContains(polygon.holePath(h), lat, lon))
            return false;
    }
    return true;
}

bool contains(const QList<QGeoPolygon> &parts, const QGeoCoordinate &point)
{
    for (const QGeoPolygon &p : parts) {
        if (contains(p, point))
            return true;
    }
    return false;
}

QGeoRectangle boundingBox(const QList<QGeoPolygon> &parts)
{
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (const QGeoPolygon &p : parts) {
        for (const QGeoCoordinate &c : p.perimeter()) {
            minLat = std::min(minLat, c.latitude());
            maxLat = std::max(maxLat, c.latitude());
            minLon = std::min(minLon, c.longitude());
            maxLon = std::max(maxLon, c.longitude());
        }
    }
    if (minLat > maxLat)
        return {};
    return QGeoRectangle(QGeoCoordinate(maxLat, minLon), QGeoCoordinate(minLat, maxLon));
}

double distanceMetres(const QGeoCoordinate &a, const QGeoCoordinate &b)
{
    return a.distanceTo(b); // Qt Positioning's great circle (spherical Earth, haversine)
}

bool isUsableRing(const QList<QGeoCoordinate> &ring)
{
    if (ring.size() < 3)
        return false;
    double area = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        area += (ring[j].longitude() + ring[i].longitude()) * (ring[j].latitude() - ring[i].latitude());
    return std::abs(area) > 1e-14;
}

} // namespace CivicDesk::Geo
