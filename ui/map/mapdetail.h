// SPDX-License-Identifier: GPL-3.0-or-later
// What the map widget's interaction and its painting (mapwidget.cpp, mappainting.cpp) share; not a public API.
#pragma once

#include "core/geo/pointindex.h"
#include "core/geo/webmercator.h"

#include <QGeoCoordinate>
#include <QPointF>

#include <cmath>

namespace CivicDesk::MapDetail {

constexpr double worldPointZoom = Geo::pointZoom;
/// How far beyond the view the cached vector base map reaches, so panning only shifts it.
constexpr int baseMargin = 160;

/// The radius of a cluster's disc, growing slowly with its count.
inline double clusterRadius(int count)
{
    return 12 + 3 * std::log10(double(count));
}

/// World pixels at zoom 0.
inline QPointF worldZero(const QGeoCoordinate &c)
{
    return WebMercator::project(c, 0);
}

} // namespace CivicDesk::MapDetail
