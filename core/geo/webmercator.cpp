// SPDX-License-Identifier: GPL-3.0-or-later
#include "webmercator.h"

#include <cmath>
#include <numbers>

namespace CivicDesk::WebMercator {
namespace {

constexpr double pi = std::numbers::pi;
constexpr double earthCircumference = 2 * pi * 6378137.0;

double worldSize(double z)
{
    return tileSize * std::exp2(z);
}

double wrapLongitude(double lon)
{
    lon = std::fmod(lon + 180.0, 360.0);
    if (lon < 0)
        lon += 360.0;
    return lon - 180.0;
}

} // namespace

QPointF project(const QGeoCoordinate &c, double z)
{
    const double lat = std::clamp(c.latitude(), -maxLatitude, maxLatitude) * pi / 180.0;
    const double lon = wrapLongitude(c.longitude());
    const double size = worldSize(z);
    const double x = (lon + 180.0) / 360.0 * size;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / pi) / 2.0 * size;
    return {x, y};
}

QGeoCoordinate unproject(const QPointF &p, double z)
{
    const double size = worldSize(z);
    const double y = std::clamp(p.y(), 0.0, size);
    const double lon = wrapLongitude(p.x() / size * 360.0 - 180.0);
    const double n = pi - 2.0 * pi * y / size;
    const double lat = 180.0 / pi * std::atan(std::sinh(n));
    return QGeoCoordinate(lat, lon);
}

Tile tileAt(const QGeoCoordinate &c, int z)
{
    const QPointF p = project(c, z);
    const int last = (1 << z) - 1;
    return {z, std::clamp(int(std::floor(p.x() / tileSize)), 0, last), std::clamp(int(std::floor(p.y() / tileSize)), 0, last)};
}

QGeoRectangle bounds(const Tile &t)
{
    const QGeoCoordinate topLeft = unproject(QPointF(double(t.x) * tileSize, double(t.y) * tileSize), t.z);
    QGeoCoordinate bottomRight = unproject(QPointF(double(t.x + 1) * tileSize, double(t.y + 1) * tileSize), t.z);
    // The last column's right edge is the antimeridian, east side.
    if (t.x + 1 == (1 << t.z))
        bottomRight.setLongitude(180.0);
    return QGeoRectangle(topLeft, bottomRight);
}

QList<Tile> tilesCovering(const QGeoRectangle &area, int z)
{
    QList<Tile> out;
    if (!area.isValid())
        return out;
    const Tile a = tileAt(area.topLeft(), z);
    const Tile b = tileAt(area.bottomRight(), z);
    const int columns = 1 << z;
    // Across the antimeridian the columns run from a.x to the last one, then from 0 to b.x.
    const int width = b.x >= a.x ? b.x - a.x + 1 : columns - a.x + b.x + 1;
    for (int y = a.y; y <= b.y; ++y)
        for (int i = 0; i < std::min(width, columns); ++i)
            out.append({z, (a.x + i) % columns, y});
    return out;
}

double metresPerPixel(double latitude, double z)
{
    return earthCircumference * std::cos(std::clamp(latitude, -maxLatitude, maxLatitude) * pi / 180.0) / worldSize(z);
}

} // namespace CivicDesk::WebMercator
