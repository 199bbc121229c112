// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/webmercator.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QPointF>
#include <QSize>

#include <cmath>

namespace CivicDesk {

/// What part of the world a map shows: its centre, zoom (Web Mercator, fractional) and size in pixels. Every
/// layer draws through the same viewport.
struct MapViewport
{
    QGeoCoordinate centre;
    double zoom = 0;
    QSize size;
    qreal devicePixelRatio = 1;

    /// The centre in world pixels at the present zoom.
    QPointF worldCentre() const { return WebMercator::project(centre, zoom); }
    QPointF toScreen(const QGeoCoordinate &c) const
    {
        const QPointF w = WebMercator::project(c, zoom);
        const QPointF at = worldCentre();
        return {w.x() - at.x() + size.width() / 2.0, w.y() - at.y() + size.height() / 2.0};
    }
    /// World pixels at @p worldZoom to the screen.
    QPointF toScreenWorld(double x, double y, double worldZoom) const
    {
        const double scale = std::exp2(zoom - worldZoom);
        const QPointF at = worldCentre();
        return {x * scale - at.x() + size.width() / 2.0, y * scale - at.y() + size.height() / 2.0};
    }
    QGeoCoordinate toCoordinate(const QPointF &screen) const
    {
        const QPointF at = worldCentre();
        return WebMercator::unproject(QPointF(screen.x() - size.width() / 2.0 + at.x(), screen.y() - size.height() / 2.0 + at.y()), zoom);
    }
    QGeoRectangle visibleArea() const { return QGeoRectangle(toCoordinate(QPointF(0, 0)), toCoordinate(QPointF(size.width(), size.height()))); }
};

} // namespace CivicDesk
