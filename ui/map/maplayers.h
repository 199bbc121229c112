// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/maps/requestmap.h"
#include "ui/map/mapviewport.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QPixmap>

class QPainter;

namespace CivicDesk {

/// One layer of the map, drawn over the ones below it through the map's viewport.
class MapLayer
{
public:
    virtual ~MapLayer() = default;
    virtual void paint(QPainter &p, const MapViewport &view) = 0;
    /// The view moved or was resized: what the layer drew for the old one is stale.
    virtual void viewChanged() {}
    /// The layer has something to draw (the legend lists only those).
    virtual bool isEmpty() const = 0;
};

/// Where requests were filed, as a smoothed heat map scaled against the period's busiest cell (so panning does
/// not recolour); drawn at a quarter of the resolution and kept until the view moves.
class HeatLayer final : public MapLayer
{
public:
    void setHeat(const HeatMap &heat);
    void paint(QPainter &p, const MapViewport &view) override;
    void viewChanged() override { m_image = QImage(); }
    bool isEmpty() const override { return m_heat.cells.isEmpty(); }

private:
    HeatMap m_heat;
    QImage m_image;
};

/// A crew's route: the depot, then the stops numbered in the order planned.
class RouteLayer final : public MapLayer
{
public:
    void setRoute(const CrewRoute &route) { m_route = route; }
    /// The font of the stop numbers (the map's own).
    void setFont(const QFont &font) { m_font = font; }
    void paint(QPainter &p, const MapViewport &view) override;
    bool isEmpty() const override { return m_route.stops.isEmpty(); }

private:
    CrewRoute m_route;
    QFont m_font;
};

/// The districts: their outlines, shaded by a measure when one is set (pending requests per district), and their
/// names where a district is large enough on screen. Drawn on the base map, or into its cache with it.
class DistrictLayer final : public MapLayer
{
public:
    void setDistricts(const QList<District> &districts);
    void setMeasure(const QHash<QString, double> &measure, const QString &what);
    void setFont(const QFont &font) { m_font = font; }
    void paint(QPainter &p, const MapViewport &view) override;
    bool isEmpty() const override { return m_paths.isEmpty(); }

    /// The outlines in world pixels at zoom 0 (the base map shades the municipality's land with them).
    const QList<QPainterPath> &paths() const { return m_paths; }
    /// What the shading measures, empty when nothing is measured.
    QString measureName() const { return m_measureMax > 0 ? m_measureName : QString(); }

private:
    QList<District> m_districts;
    QList<QPainterPath> m_paths;
    QHash<QString, double> m_measure;
    QString m_measureName;
    double m_measureMax = 0;
    QFont m_font;
    QHash<QString, QPixmap> m_labels; ///< names with their halo, at the present label size
    double m_labelSize = 0;
};

} // namespace CivicDesk
