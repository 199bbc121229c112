// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>
#include <QPointF>

namespace CivicDesk::WebMercator {

/// Tiles are 256 pixels square; zoom z has 2^z × 2^z of them.
constexpr int tileSize = 256;
constexpr int maxZoom = 22;
/// Web Mercator cuts the poles off at ±85.0511°.
constexpr double maxLatitude = 85.05112877980659;

/// One slippy-map tile (XYZ scheme: y grows southwards).
struct Tile
{
    int z = 0;
    int x = 0;
    int y = 0;
    bool operator==(const Tile &) const = default;
    /// The row of this tile in an MBTiles file (TMS scheme: y flipped).
    int tmsRow() const { return (1 << z) - 1 - y; }
};

/// World pixel coordinates at zoom @p z (0 … 256·2^z on both axes, origin top left) of @p c; latitudes are
/// clamped to the projection's range and longitudes wrapped into −180 … 180.
QPointF project(const QGeoCoordinate &c, double z);
/// The coordinate at world pixel @p p of zoom @p z (x wraps around the world, y is clamped).
QGeoCoordinate unproject(const QPointF &p, double z);

/// The tile holding @p c at zoom @p z.
Tile tileAt(const QGeoCoordinate &c, int z);
/// The area a tile covers.
QGeoRectangle bounds(const Tile &t);
/// The tiles covering @p area at zoom @p z, row by row (an area crossing the antimeridian included).
QList<Tile> tilesCovering(const QGeoRectangle &area, int z);
/// Ground metres per screen pixel at latitude @p latitude and zoom @p z.
double metresPerPixel(double latitude, double z);

} // namespace CivicDesk::WebMercator
