// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/desk/gazetteer.h"
#include "core/maps/requestmap.h"
#include "core/maps/tiles.h"
#include "ui/map/mapviewport.h"

#include <QFont>
#include <QCache>
#include <QHash>
#include <QSet>

#include <memory>
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

class DistrictLayer;

/// The base map: raster tiles from a TileSource (the next level's or a coarser tile standing in while one
/// loads, the gazetteer's streets where none can), or without a source a vector map drawn from the districts
/// and the street gazetteer, cached a margin larger than the view so that panning only shifts it.
class BaseMapLayer final : public MapLayer
{
public:
    explicit BaseMapLayer(DistrictLayer &districts);

    /// The source of tiles (not owned), or none for the vector map.
    void setTileSource(Geo::TileSource *source);
    /// A tile came: false when its bytes are not an image (it is not asked for again).
    bool tileArrived(int z, int x, int y, const QByteArray &data);
    /// A tile cannot be had: not asked for again.
    void tileFailed(int z, int x, int y);
    void setStreets(const QList<StreetLine> &streets);
    /// Whether the districts are drawn with the base map (into its cache when it is the vector map).
    void setDistrictsShown(bool shown) { m_withDistricts = shown; }
    void setFont(const QFont &font) { m_font = font; }
    /// The districts or their measure changed: the cached vector map is drawn again.
    void districtsChanged() { m_cache = QImage(); }

    void paint(QPainter &p, const MapViewport &view) override;
    bool isEmpty() const override { return !m_source && m_streetPaths.isEmpty(); }
    int tilesDrawn() const { return m_tilesDrawn; }
    int tilesMissing() const { return m_tilesMissing; }

private:
    void paintTiles(QPainter &p, const MapViewport &v);
    void paintCached(QPainter &p, const MapViewport &v, bool withDistricts);
    void paintVector(QPainter &p, const MapViewport &v);

    DistrictLayer &m_districts; ///< drawn with the base map (its label cache changes as it draws)
    Geo::TileSource *m_source = nullptr;
    QCache<quint64, QPixmap> m_tiles;
    QSet<quint64> m_failed;
    QList<QPainterPath> m_streetPaths; ///< world pixels at zoom 0, per street
    QList<QRectF> m_streetBoxes;
    QStringList m_streetNames;
    QFont m_font;
    bool m_withDistricts = true;
    QImage m_cache;
    QPointF m_cacheOrigin;
    double m_cacheZoom = -1;
    bool m_cacheWithDistricts = true;
    int m_tilesDrawn = 0;
    int m_tilesMissing = 0;
};

/// A request on the map, or a cluster of them, laid out on the screen.
struct MapMarker
{
    QPointF at;          ///< screen
    int count = 1;
    int emergencies = 0;
    int maxPriority = 0;
    int point = -1;      ///< index into the points
};

/// The requests as markers (colour: status; shape: priority; a red ring: emergency) and clusters with their
/// counts, as the map laid them out; each look drawn once into a small pixmap and stamped, so hundreds cost
/// little. The selected request is drawn last and larger, the focused marker ringed.
class MarkerLayer final : public MapLayer
{
public:
    /// What to draw next: the points, the markers laid out for the view, the selected point's key and the
    /// index of the focused marker (-1: none).
    void show(std::shared_ptr<const MapPoints> points, const QList<MapMarker> &markers, qint64 selectedRow, int focused);
    void setFont(const QFont &font) { m_font = font; }
    void paint(QPainter &p, const MapViewport &view) override;
    bool isEmpty() const override { return m_markers.isEmpty(); }

    static QColor statusColour(RequestStatus status);
    /// The marker's outline for a priority: circle (low, normal), diamond (high), triangle (urgent), square
    /// (emergency priority), of radius @p r around the origin.
    static QPainterPath shape(int priority, double r);

private:
    void paintMarker(QPainter &p, const MapMarker &m, bool selected, bool focused, qreal dpr);

    std::shared_ptr<const MapPoints> m_points;
    QList<MapMarker> m_markers;
    qint64 m_selectedRow = 0;
    int m_focused = -1;
    QFont m_font;
    QHash<quint64, QPixmap> m_cache;
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
