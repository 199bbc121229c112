// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/gazetteer.h"
#include "core/domain/organisation.h"
#include "core/maps/requestmap.h"
#include "core/maps/tiles.h"
#include "ui/map/maplayers.h"
#include "ui/map/mapviewport.h"

#include <QCache>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QImage>
#include <QPainterPath>
#include <QPixmap>
#include <QVariantAnimation>
#include <QWidget>

#include <functional>
#include <memory>

namespace CivicDesk {

/// A slippy map: a base map (raster tiles from a TileSource, or a vector map drawn from the districts and the
/// street gazetteer), and over it the districts, a heat map, a crew's route and the requests as markers,
/// clustered with counts when they crowd. Drag, wheel, pinch, arrows and +/− move it; Tab walks the markers in
/// view, Enter opens one; a click on a marker activates it, a click on a cluster zooms into it, and in pick mode
/// a click elsewhere picks the place.
class MapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapWidget)

public:
    enum class Layer { Districts, Requests, Heat, Route, Legend };

    explicit MapWidget(QWidget *parent = nullptr);
    ~MapWidget() override;

    // The view.
    void setView(const QGeoCoordinate &centre, double zoom);
    /// Moves smoothly to @p centre (at @p zoom, or the present zoom when negative); instant when hidden.
    void flyTo(const QGeoCoordinate &centre, double zoom = -1);
    /// The zoom and centre that show all of @p area.
    void fitTo(const QGeoRectangle &area);
    QGeoCoordinate centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    QPointF toScreen(const QGeoCoordinate &c) const;
    QGeoCoordinate toCoordinate(const QPointF &screen) const;
    QGeoRectangle visibleArea() const;
    void setZoomRange(double minZoom, double maxZoom);

    // The base map.
    /// Raster tiles from @p source (the widget owns it); nullptr: the vector base map.
    void setTileSource(Geo::TileSource *source);
    Geo::TileSource *tileSource() const { return m_source; }
    void setStreets(const QList<StreetLine> &streets);
    /// The vector base map's streets come from OpenStreetMap: its attribution names the contributors (ODbL).
    void setStreetsFromOpenStreetMap(bool osm) { m_streetsFromOsm = osm; }

    // The layers.
    void setDistricts(const QList<District> &districts);
    /// A measure per district id for the districts' fill (none: outlines only), with what it measures.
    void setDistrictMeasure(const QHash<QString, double> &measure, const QString &what);
    void setPoints(std::shared_ptr<const MapPoints> points);
    std::shared_ptr<const MapPoints> points() const { return m_points; }
    void setFilter(const Geo::PointFilter &filter);
    void setHeat(const HeatMap &heat);
    void setRoute(const CrewRoute &route);
    void setLayerVisible(Layer layer, bool visible);
    bool isLayerVisible(Layer layer) const { return m_layers.value(int(layer), true); }

    // Selection and picking.
    /// Where the widget learns which request a marker stands for (its points carry the file's compact keys).
    void setRequestMap(const RequestMap *requests) { m_requests = requests; }
    void setSelectedRequest(const QString &requestId);
    QString selectedRequest() const { return m_selectedId; }
    /// In pick mode a click on the map (not on a marker) picks a place.
    void setPickMode(bool on) { m_pickMode = on; }
    void setPin(const QGeoCoordinate &at);
    QGeoCoordinate pin() const { return m_pin; }
    /// The text of a marker's tooltip.
    void setTooltipProvider(std::function<QString(const QString &requestId)> provider) { m_tooltip = std::move(provider); }

    /// What the last frame showed: markers, clusters, and the requests they stand for.
    struct FrameStats
    {
        int markers = 0, clusters = 0;
        qint64 requests = 0;
        int tilesDrawn = 0, tilesMissing = 0;
    };
    FrameStats lastFrame() const
    {
        layoutMarkers();
        return m_stats;
    }
    /// Where the marker of @p requestId is drawn (or the cluster holding it), if in view.
    std::optional<QPointF> markerPosition(const QString &requestId) const;
    /// The problems with the base map so far, one line per kind (empty when all is well).
    QStringList problems() const;
    /// The view in world units (Geo::pointZoom) with a margin of @p marginPixels, and the size of the cells the
    /// markers are clustered in: whole zoom levels, so clusters do not reshuffle while zooming smoothly.
    QRectF worldArea(double marginPixels) const;
    double clusterCellUnits() const;
    static double clusterCellPixels(double zoom) { return zoom < 17 ? 56 : 14; }
    /// The legend's entries (colour name, text), for the legend and for tests.
    static QList<std::pair<QColor, QString>> statusLegend();
    static QColor statusColour(RequestStatus status);

Q_SIGNALS:
    /// A marker was clicked.
    void requestActivated(const QString &requestId);
    /// Enter was pressed on a marker, or it was double-clicked.
    void requestOpened(const QString &requestId);
    /// Tab moved onto a marker.
    void requestFocused(const QString &requestId);
    void locationPicked(const QGeoCoordinate &at);
    void viewChanged();
    /// Said once per kind of problem, not per tile.
    void problem(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;

private:
    using Marker = MapMarker;

    /// The view as the layers draw it.
    MapViewport viewport() const { return {m_centre, m_zoom, size(), devicePixelRatioF()}; }
    QPointF worldCentre() const;             ///< the centre in world pixels at the present zoom
    QPointF toScreenWorld(double x, double y, double worldZoom) const;
    void zoomAround(const QPointF &screen, double newZoom);
    void panBy(const QPointF &delta);
    void changed();
    void layoutMarkers() const;
    int markerAt(const QPointF &screen) const;
    void cycleMarker(bool forward);

    void paintMarkers(QPainter &p);
    void paintOverlay(QPainter &p);

    void tileArrived(int z, int x, int y, const QByteArray &data, bool fromCache);
    void tileFailed(int z, int x, int y, Geo::TileProblem problem, const QString &detail);
    void report(Geo::TileProblem kind, const QString &text);

    QGeoRectangle m_pendingFit; ///< fitted once the widget has its size
    QGeoCoordinate m_centre{37.9755, 23.7348};
    double m_zoom = 13;
    double m_minZoom = 2, m_maxZoom = 19;
    QVariantAnimation m_flight;
    QGeoCoordinate m_flightFrom, m_flightTo;
    double m_flightZoomFrom = 0, m_flightZoomTo = 0;

    Geo::TileSource *m_source = nullptr;
    bool m_streetsFromOsm = false;
    QHash<int, QString> m_problems; ///< by TileProblem

    std::unique_ptr<DistrictLayer> m_districtLayer;
    std::unique_ptr<BaseMapLayer> m_base; ///< draws the districts with it

    std::shared_ptr<const MapPoints> m_points;
    Geo::PointFilter m_filter;
    std::unique_ptr<HeatLayer> m_heat;
    std::unique_ptr<MarkerLayer> m_markerLayer;
    std::unique_ptr<RouteLayer> m_route;
    QHash<int, bool> m_layers;

    /// The request a point stands for.
    QString requestIdOf(qint64 localId) const;
    void selectPoint(qint64 localId);
    qint64 m_selectedRow = 0; ///< the selected request's key among the points
    QString m_selectedId;
    const RequestMap *m_requests = nullptr;
    int m_focused = -1; ///< index into m_markers
    bool m_pickMode = false;
    QGeoCoordinate m_pin;
    std::function<QString(const QString &)> m_tooltip;

    mutable QList<Marker> m_markers;
    mutable bool m_markersValid = false;
    mutable FrameStats m_stats;

    QPointF m_pressAt;
    QPointF m_lastDrag;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace CivicDesk
