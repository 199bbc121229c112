// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapwidget.h"

#include "mapdetail.h"

#include "core/geo/webmercator.h"
#include "core/util/logging.h"

#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace CivicDesk {

using namespace MapDetail;

MapWidget::MapWidget(QWidget *parent)
    : QWidget(parent)
    , m_districtLayer(std::make_unique<DistrictLayer>())
    , m_base(std::make_unique<BaseMapLayer>(*m_districtLayer))
    , m_heat(std::make_unique<HeatLayer>())
    , m_markerLayer(std::make_unique<MarkerLayer>())
    , m_route(std::make_unique<RouteLayer>())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Map"));
    grabGesture(Qt::PinchGesture);
    m_flight.setDuration(350);
    m_flight.setStartValue(0.0);
    m_flight.setEndValue(1.0);
    m_flight.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_flight, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        const double t = v.toDouble();
        // Along the straight line in projected space, so the path looks straight on the map.
        const QPointF a = worldZero(m_flightFrom), b = worldZero(m_flightTo);
        m_zoom = m_flightZoomFrom + (m_flightZoomTo - m_flightZoomFrom) * t;
        m_centre = WebMercator::unproject(a + (b - a) * t, 0);
        changed();
    });
}

MapWidget::~MapWidget() = default;

// --- the view -------------------------------------------------------------------------------------------

void MapWidget::setZoomRange(double minZoom, double maxZoom)
{
    m_minZoom = std::clamp(minZoom, 0.0, double(WebMercator::maxZoom));
    m_maxZoom = std::clamp(maxZoom, m_minZoom, double(WebMercator::maxZoom));
    m_zoom = std::clamp(m_zoom, m_minZoom, m_maxZoom);
    changed();
}

void MapWidget::setView(const QGeoCoordinate &centre, double zoom)
{
    m_flight.stop();
    if (centre.isValid())
        m_centre = QGeoCoordinate(std::clamp(centre.latitude(), -WebMercator::maxLatitude, WebMercator::maxLatitude),
                                  WebMercator::unproject(WebMercator::project(centre, 0), 0).longitude());
    if (std::isfinite(zoom))
        m_zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    changed();
}

void MapWidget::flyTo(const QGeoCoordinate &centre, double zoom)
{
    if (!centre.isValid())
        return;
    const double target = zoom < 0 ? m_zoom : std::clamp(zoom, m_minZoom, m_maxZoom);
    if (!isVisible()) {
        setView(centre, target);
        return;
    }
    m_flight.stop();
    m_flightFrom = m_centre;
    m_flightTo = QGeoCoordinate(std::clamp(centre.latitude(), -WebMercator::maxLatitude, WebMercator::maxLatitude), centre.longitude());
    m_flightZoomFrom = m_zoom;
    m_flightZoomTo = target;
    m_flight.start();
}

void MapWidget::fitTo(const QGeoRectangle &area)
{
    if (!area.isValid())
        return;
    m_pendingFit = isVisible() || testAttribute(Qt::WA_Resized) ? QGeoRectangle() : area;
    const QPointF a = worldZero(area.topLeft()), b = worldZero(area.bottomRight());
    const double w = std::max(1e-9, std::abs(b.x() - a.x())), h = std::max(1e-9, std::abs(b.y() - a.y()));
    const double zoom = std::log2(std::min(std::max(100, width() - 40) / w, std::max(100, height() - 40) / h));
    setView(WebMercator::unproject((a + b) / 2, 0), std::floor(zoom * 4) / 4);
}

QPointF MapWidget::worldCentre() const
{
    return viewport().worldCentre();
}

QPointF MapWidget::toScreenWorld(double x, double y, double worldZoom) const
{
    return viewport().toScreenWorld(x, y, worldZoom);
}

QPointF MapWidget::toScreen(const QGeoCoordinate &c) const
{
    return viewport().toScreen(c);
}

QGeoCoordinate MapWidget::toCoordinate(const QPointF &screen) const
{
    return viewport().toCoordinate(screen);
}

QGeoRectangle MapWidget::visibleArea() const
{
    return viewport().visibleArea();
}

void MapWidget::zoomAround(const QPointF &screen, double newZoom)
{
    newZoom = std::clamp(newZoom, m_minZoom, m_maxZoom);
    if (newZoom == m_zoom)
        return;
    m_flight.stop();
    const QGeoCoordinate under = toCoordinate(screen);
    m_zoom = newZoom;
    const QPointF w = WebMercator::project(under, m_zoom);
    m_centre = WebMercator::unproject(QPointF(w.x() - screen.x() + width() / 2.0, w.y() - screen.y() + height() / 2.0), m_zoom);
    changed();
}

void MapWidget::panBy(const QPointF &delta)
{
    m_flight.stop();
    const QPointF c = worldCentre() - delta;
    m_centre = WebMercator::unproject(c, m_zoom);
    changed();
}

void MapWidget::changed()
{
    m_markersValid = false;
    m_heat->viewChanged();
    update();
    Q_EMIT viewChanged();
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_pendingFit.isValid())
        fitTo(std::exchange(m_pendingFit, QGeoRectangle()));
    m_markersValid = false;
    m_heat->viewChanged();
}

// --- data -----------------------------------------------------------------------------------------------

void MapWidget::setTileSource(Geo::TileSource *source)
{
    if (m_source == source)
        return;
    delete m_source;
    m_source = source;
    m_base->setTileSource(source);
    m_problems.clear();
    if (m_source) {
        m_source->setParent(this);
        connect(m_source, &Geo::TileSource::tileReady, this, &MapWidget::tileArrived);
        connect(m_source, &Geo::TileSource::tileFailed, this, &MapWidget::tileFailed);
    }
    update();
}

void MapWidget::setStreets(const QList<StreetLine> &streets)
{
    m_base->setStreets(streets);
    update();
}

void MapWidget::setDistricts(const QList<District> &districts)
{
    m_districtLayer->setDistricts(districts);
    m_base->districtsChanged();
    update();
}

void MapWidget::setDistrictMeasure(const QHash<QString, double> &measure, const QString &what)
{
    m_districtLayer->setMeasure(measure, what);
    m_base->districtsChanged();
    update();
}

void MapWidget::setPoints(std::shared_ptr<const MapPoints> points)
{
    // Keep the focused marker's request, if it is still there.
    m_points = std::move(points);
    m_focused = -1;
    m_markersValid = false;
    update();
}

void MapWidget::setFilter(const Geo::PointFilter &filter)
{
    m_filter = filter;
    m_focused = -1;
    m_markersValid = false;
    update();
}

void MapWidget::setHeat(const HeatMap &heat)
{
    m_heat->setHeat(heat);
    update();
}

void MapWidget::setRoute(const CrewRoute &route)
{
    m_route->setRoute(route);
    update();
}

void MapWidget::setLayerVisible(Layer layer, bool visible)
{
    m_layers.insert(int(layer), visible);
    m_markersValid = false;
    update();
}

QString MapWidget::requestIdOf(qint64 localId) const
{
    if (!m_requests)
        return {};
    const std::optional<MapRequestInfo> i = m_requests->info(localId);
    return i ? i->id : QString();
}

void MapWidget::selectPoint(qint64 localId)
{
    m_selectedRow = localId;
    m_selectedId = requestIdOf(localId);
    update();
}

void MapWidget::setSelectedRequest(const QString &requestId)
{
    std::optional<MapRequestInfo> i;
    if (m_requests && !requestId.isEmpty())
        i = m_requests->infoById(requestId);
    m_selectedRow = i ? i->localId : 0;
    m_selectedId = i ? requestId : QString();
    update();
}

void MapWidget::setPin(const QGeoCoordinate &at)
{
    m_pin = at;
    update();
}

// --- markers --------------------------------------------------------------------------------------------

QRectF MapWidget::worldArea(double marginPixels) const
{
    const double toUnits = std::exp2(worldPointZoom - m_zoom);
    const QPointF c = worldCentre();
    return QRectF((c.x() - width() / 2.0 - marginPixels) * toUnits, (c.y() - height() / 2.0 - marginPixels) * toUnits,
                  (width() + 2 * marginPixels) * toUnits, (height() + 2 * marginPixels) * toUnits);
}

double MapWidget::clusterCellUnits() const
{
    return clusterCellPixels(m_zoom) * std::exp2(worldPointZoom - std::round(m_zoom));
}

void MapWidget::layoutMarkers() const
{
    if (m_markersValid)
        return;
    m_markersValid = true;
    m_markers.clear();
    m_stats.markers = m_stats.clusters = 0;
    m_stats.requests = 0;
    if (!m_points || !isLayerVisible(Layer::Requests))
        return;
    // A margin so markers at the edge are not cut.
    const std::vector<Geo::PointCluster> clusters = m_points->index.cluster(worldArea(24), clusterCellUnits(), m_filter);
    m_markers.reserve(qsizetype(clusters.size()));
    for (const Geo::PointCluster &k : clusters) {
        Marker m;
        m.at = toScreenWorld(k.x, k.y, worldPointZoom);
        m.count = k.count;
        m.emergencies = k.emergencies;
        m.maxPriority = k.maxPriority;
        m.point = k.first;
        m_markers.append(m);
        m_stats.requests += k.count;
        ++(k.count == 1 ? m_stats.markers : m_stats.clusters);
    }
    // Reading order: Tab walks them top to bottom, left to right.
    std::sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) {
        const int ra = int(a.at.y() / 24), rb = int(b.at.y() / 24);
        return ra != rb ? ra < rb : a.at.x() < b.at.x();
    });
}

int MapWidget::markerAt(const QPointF &screen) const
{
    layoutMarkers();
    int best = -1;
    double bestD = 0;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers[i];
        const double radius = m.count > 1 ? clusterRadius(m.count) + 2 : 10;
        const double d = QLineF(m.at, screen).length();
        if (d <= radius && (best < 0 || d < bestD)) {
            best = int(i);
            bestD = d;
        }
    }
    return best;
}

std::optional<QPointF> MapWidget::markerPosition(const QString &requestId) const
{
    layoutMarkers();
    if (!m_points || !m_requests)
        return std::nullopt;
    const std::optional<MapRequestInfo> info = m_requests->infoById(requestId);
    if (!info)
        return std::nullopt;
    const int index = m_points->index.find(info->localId);
    if (index < 0)
        return std::nullopt;
    const Geo::MapPoint &p = m_points->index.points()[size_t(index)];
    const QPointF exact = toScreenWorld(p.x, p.y, worldPointZoom);
    if (!rect().contains(exact.toPoint()))
        return std::nullopt;
    // The marker itself, or the cluster it fell into.
    for (const Marker &m : std::as_const(m_markers))
        if (m.point == index)
            return m.at;
    for (const Marker &m : std::as_const(m_markers))
        if (m.count > 1 && QLineF(m.at, exact).length() <= clusterCellPixels(m_zoom) * 1.5)
            return m.at;
    return exact;
}

void MapWidget::cycleMarker(bool forward)
{
    layoutMarkers();
    if (m_markers.isEmpty())
        return;
    const int n = int(m_markers.size());
    m_focused = m_focused < 0 ? (forward ? 0 : n - 1) : (m_focused + (forward ? 1 : n - 1)) % n;
    const Marker &m = m_markers[m_focused];
    if (m.count == 1 && m_points)
        Q_EMIT requestFocused(requestIdOf(m_points->index.points()[size_t(m.point)].localId));
    update();
}

bool MapWidget::focusNextPrevChild(bool next)
{
    layoutMarkers();
    if (!hasFocus() || m_markers.isEmpty())
        return QWidget::focusNextPrevChild(next);
    // Past the last marker (or before the first) focus leaves the map as usual.
    if ((next && m_focused == int(m_markers.size()) - 1) || (!next && m_focused == 0)) {
        m_focused = -1;
        update();
        return QWidget::focusNextPrevChild(next);
    }
    cycleMarker(next);
    return true;
}

// --- input ----------------------------------------------------------------------------------------------

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragging = false;
    m_pressAt = m_lastDrag = event->position();
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    if (!m_dragging && QLineF(m_pressAt, event->position()).length() > 4) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        panBy(event->position() - m_lastDrag);
        m_lastDrag = event->position();
    }
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const int hit = markerAt(event->position());
    if (hit >= 0 && m_points) {
        const Marker m = m_markers[hit];
        if (m.count == 1) {
            m_focused = hit;
            selectPoint(m_points->index.points()[size_t(m.point)].localId);
            Q_EMIT requestActivated(m_selectedId);
        } else {
            // Into the cluster: two levels closer, centred on it.
            flyTo(toCoordinate(m.at), std::min(m_maxZoom, std::floor(m_zoom) + 2));
        }
        return;
    }
    if (m_pickMode) {
        const QGeoCoordinate at = toCoordinate(event->position());
        setPin(at);
        Q_EMIT locationPicked(at);
    }
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int hit = markerAt(event->position());
    if (hit >= 0 && m_points && m_markers[hit].count == 1)
        Q_EMIT requestOpened(requestIdOf(m_points->index.points()[size_t(m_markers[hit].point)].localId));
    else if (hit < 0 && !m_pickMode)
        zoomAround(event->position(), m_zoom + 1);
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAround(event->position(), m_zoom + steps * 0.5);
    event->accept();
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const double step = 80;
    switch (event->key()) {
    case Qt::Key_Left: panBy(QPointF(step, 0)); return;
    case Qt::Key_Right: panBy(QPointF(-step, 0)); return;
    case Qt::Key_Up: panBy(QPointF(0, step)); return;
    case Qt::Key_Down: panBy(QPointF(0, -step)); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround(rect().center(), std::floor(m_zoom + 1e-9) + 1); return;
    case Qt::Key_Minus: zoomAround(rect().center(), std::ceil(m_zoom - 1e-9) - 1); return;
    case Qt::Key_Escape:
        if (m_focused >= 0) {
            m_focused = -1;
            update();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        layoutMarkers();
        if (m_focused >= 0 && m_focused < m_markers.size() && m_points) {
            const Marker m = m_markers[m_focused];
            if (m.count == 1) {
                selectPoint(m_points->index.points()[size_t(m.point)].localId);
                Q_EMIT requestOpened(m_selectedId);
            } else {
                setView(toCoordinate(m.at), std::min(m_maxZoom, std::floor(m_zoom) + 2));
                m_focused = -1;
            }
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool MapWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = markerAt(help->pos());
        if (hit < 0 || !m_points) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Marker &m = m_markers[hit];
        const QString text = m.count > 1 ? tr("%Ln requests here; click to zoom in", nullptr, m.count)
                                         : (m_tooltip ? m_tooltip(requestIdOf(m_points->index.points()[size_t(m.point)].localId)) : QString());
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    case QEvent::NativeGesture: {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(g->position(), m_zoom + std::log2(1.0 + g->value()));
            return true;
        }
        break;
    }
    case QEvent::Gesture: {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged && pinch->scaleFactor() > 0)
                zoomAround(mapFromGlobal(pinch->centerPoint().toPoint()), m_zoom + std::log2(pinch->scaleFactor()));
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

// --- tiles ----------------------------------------------------------------------------------------------

void MapWidget::tileArrived(int z, int x, int y, const QByteArray &data, bool fromCache)
{
    Q_UNUSED(fromCache)
    if (!m_base->tileArrived(z, x, y, data)) {
        report(Geo::TileProblem::Corrupt, tr("some tiles are damaged (not a readable image)"));
        return;
    }
    update();
}

void MapWidget::tileFailed(int z, int x, int y, Geo::TileProblem problem, const QString &detail)
{
    m_base->tileFailed(z, x, y);
    switch (problem) {
    case Geo::TileProblem::Network:
        report(problem, tr("the tile server cannot be reached (%1); showing what is cached").arg(detail));
        break;
    case Geo::TileProblem::Http:
        report(problem, tr("the tile server refuses some tiles (%1)").arg(detail));
        break;
    case Geo::TileProblem::Missing:
        report(problem, tr("the tile file has no tiles for some of this area"));
        break;
    case Geo::TileProblem::Corrupt:
        report(problem, tr("some tiles are damaged (not a readable image)"));
        break;
    }
    update();
}

void MapWidget::report(Geo::TileProblem kind, const QString &text)
{
    if (m_problems.contains(int(kind)))
        return;
    m_problems.insert(int(kind), text);
    qCWarning(lcDesk) << "base map:" << text;
    Q_EMIT problem(tr("Base map: %1.").arg(text));
    update();
}

QStringList MapWidget::problems() const
{
    QStringList out;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        out.append(it.value());
    out.sort();
    return out;
}

} // namespace CivicDesk
