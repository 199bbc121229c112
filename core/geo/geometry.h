// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QGeoRectangle>
#include <QList>

namespace CivicDesk::Geo {

/// True if @p point lies inside @p polygon (outer ring minus holes); even-odd rule on lon/lat,
/// which is exact enough for municipal areas far from the poles and the antimeridian.
bool contains(const QGeoPolygon &polygon, const QGeoCoordinate &point);
bool contains(const QList<QGeoPolygon> &parts, const QGeoCoordinate &point);

/// Bounding box of all parts.
QGeoRectangle boundingBox(const QList<QGeoPolygon> &parts);

/// Great-circle distance in metres.
double distanceMetres(const QGeoCoordinate &a, const QGeoCoordinate &b);

/// A ring is usable if it has at least three distinct points and a non-zero area.
bool isUsableRing(const QList<QGeoCoordinate> &ring);

} // namespace CivicDesk::Geo
