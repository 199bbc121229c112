// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapwidget.h"

#include "geo/webmercator.h"
#include "util/logging.h"

#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace CivicDesk {
namespace {

constexpr double worldPointZoom = Geo::pointZoom;

QPointF worldZero(const QGeoCoordinate &c)
{
    return WebMercator::project(c, 0);
}

QString distanceText(double metres)
{
    return metres >= 1000 ? MapWidget::tr("%1 km").arg(metres / 1000.0, 0, 'g', 3) : MapWidget::tr("%1 m").arg(qRound(metres));
}

} // namespace

MapWidget::MapWidget(QWidget *parent)
    : QWidget(parent)
    , m_tiles(240)
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
    return WebMercator::project(m_centre, m_zoom);
}

QPointF MapWidget::toScreenWorld(double x, double y, double worldZoom) const
{
    const double scale = std::exp2(m_zoom - worldZoom);
    const QPointF c = worldCentre();
    return {x * scale - c.x() + width() / 2.0, y * scale - c.y() + height() / 2.0};
}

QPointF MapWidget::toScreen(const QGeoCoordinate &c) const
{
    const QPointF w = WebMercator::project(c, m_zoom);
    const QPointF centre = worldCentre();
    return {w.x() - centre.x() + width() / 2.0, w.y() - centre.y() + height() / 2.0};
}

QGeoCoordinate MapWidget::toCoordinate(const QPointF &screen) const
{
    const QPointF centre = worldCentre();
    return WebMercator::unproject(QPointF(screen.x() - width() / 2.0 + centre.x(), screen.y() - height() / 2.0 + centre.y()), m_zoom);
}

QGeoRectangle MapWidget::visibleArea() const
{
    return QGeoRectangle(toCoordinate(QPointF(0, 0)), toCoordinate(QPointF(width(), height())));
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
    m_heatImage = QImage();
    update();
    Q_EMIT viewChanged();
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_pendingFit.isValid())
        fitTo(std::exchange(m_pendingFit, QGeoRectangle()));
    m_markersValid = false;
    m_heatImage = QImage();
}

// --- data -----------------------------------------------------------------------------------------------

void MapWidget::setTileSource(Geo::TileSource *source)
{
    if (m_source == source)
        return;
    delete m_source;
    m_source = source;
    m_tiles.clear();
    m_failedTiles.clear();
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
    m_baseCache = QImage();
    m_streets = streets;
    m_streetPaths.clear();
    m_streetBoxes.clear();
    m_streetLabels.clear();
    for (const StreetLine &s : streets) {
        QPainterPath path;
        QLineF longest;
        for (const auto &[a, b] : s.segments) {
            const QLineF line(worldZero(a), worldZero(b));
            path.moveTo(line.p1());
            path.lineTo(line.p2());
            if (line.length() > longest.length())
                longest = line;
        }
        m_streetPaths.append(path);
        m_streetBoxes.append(path.boundingRect());
        m_streetLabels.append({s.name, longest});
    }
    update();
}

void MapWidget::setDistricts(const QList<District> &districts)
{
    m_baseCache = QImage();
    m_districts = districts;
    m_districtPaths.clear();
    for (const District &d : districts) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QGeoPolygon &polygon : d.polygons) {
            const auto ring = [&](const QList<QGeoCoordinate> &points) {
                if (points.size() < 3)
                    return;
                QPolygonF poly;
                poly.reserve(points.size());
                for (const QGeoCoordinate &c : points)
                    poly.append(worldZero(c));
                path.addPolygon(poly);
                path.closeSubpath();
            };
            ring(polygon.perimeter());
            for (int h = 0; h < polygon.holesCount(); ++h) {
                QList<QGeoCoordinate> hole;
                for (const QVariant &v : polygon.hole(h))
                    hole.append(v.value<QGeoCoordinate>());
                ring(hole);
            }
        }
        m_districtPaths.append(path);
    }
    update();
}

void MapWidget::setDistrictMeasure(const QHash<QString, double> &measure, const QString &what)
{
    m_baseCache = QImage();
    m_measure = measure;
    m_measureName = what;
    m_measureMax = 0;
    for (double v : measure)
        m_measureMax = std::max(m_measureMax, v);
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
    m_heat = heat;
    m_heatImage = QImage();
    update();
}

void MapWidget::setRoute(const CrewRoute &route)
{
    m_route = route;
    update();
}

void MapWidget::setLayerVisible(Layer layer, bool visible)
{
    m_layers.insert(int(layer), visible);
    m_markersValid = false;
    update();
}

void MapWidget::setSelectedRow(qint64 rowId)
{
    m_selectedRow = rowId;
    update();
}

void MapWidget::setPin(const QGeoCoordinate &at)
{
    m_pin = at;
    update();
}

// --- markers --------------------------------------------------------------------------------------------

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
    // The view in world units, with a margin so markers at the edge are not cut.
    const double toUnits = std::exp2(worldPointZoom - m_zoom);
    const QPointF c = worldCentre();
    const double margin = 24;
    const QRectF area((c.x() - width() / 2.0 - margin) * toUnits, (c.y() - height() / 2.0 - margin) * toUnits,
                      (width() + 2 * margin) * toUnits, (height() + 2 * margin) * toUnits);
    // Clusters in cells of whole zoom levels, so they do not reshuffle while zooming smoothly.
    const double cellPixels = m_zoom < 17 ? 56 : 14;
    const double cellUnits = cellPixels * std::exp2(worldPointZoom - std::round(m_zoom));
    const std::vector<Geo::PointCluster> clusters = m_points->index.cluster(area, cellUnits, m_filter);
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
        const double radius = m.count > 1 ? 12 + 3 * std::log10(double(m.count)) + 2 : 10;
        const double d = QLineF(m.at, screen).length();
        if (d <= radius && (best < 0 || d < bestD)) {
            best = int(i);
            bestD = d;
        }
    }
    return best;
}

std::optional<QPointF> MapWidget::markerPosition(qint64 rowId) const
{
    layoutMarkers();
    if (!m_points)
        return std::nullopt;
    const int index = m_points->index.find(rowId);
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
    const double cellPixels = m_zoom < 17 ? 56 : 14;
    for (const Marker &m : std::as_const(m_markers))
        if (m.count > 1 && QLineF(m.at, exact).length() <= cellPixels * 1.5)
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
        Q_EMIT requestFocused(m_points->index.points()[size_t(m.point)].rowId);
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
            const qint64 row = m_points->index.points()[size_t(m.point)].rowId;
            setSelectedRow(row);
            Q_EMIT requestActivated(row);
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
        Q_EMIT requestOpened(m_points->index.points()[size_t(m_markers[hit].point)].rowId);
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
                const qint64 row = m_points->index.points()[size_t(m.point)].rowId;
                setSelectedRow(row);
                Q_EMIT requestOpened(row);
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
        const QString text = m.count > 1 ? tr("%n requests here; click to zoom in", nullptr, m.count)
                                         : (m_tooltip ? m_tooltip(m_points->index.points()[size_t(m.point)].rowId) : QString());
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
    QImage image;
    if (!image.loadFromData(data) || image.isNull()) {
        m_failedTiles.insert(Geo::tileKey({z, x, y}));
        report(Geo::TileProblem::Corrupt, tr("some tiles are damaged (not a readable image)"));
        return;
    }
    m_tiles.insert(Geo::tileKey({z, x, y}), new QPixmap(QPixmap::fromImage(std::move(image))));
    update();
}

void MapWidget::tileFailed(int z, int x, int y, Geo::TileProblem problem, const QString &detail)
{
    m_failedTiles.insert(Geo::tileKey({z, x, y}));
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

// --- painting -------------------------------------------------------------------------------------------

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xef, 0xea, 0xe2));
    p.setRenderHint(QPainter::Antialiasing);
    m_stats.tilesDrawn = m_stats.tilesMissing = 0;
    if (m_source) {
        paintTiles(p);
        if (isLayerVisible(Layer::Districts))
            paintDistricts(p);
    } else {
        paintBaseCached(p);
    }
    if (isLayerVisible(Layer::Heat))
        paintHeat(p);
    if (isLayerVisible(Layer::Route))
        paintRoute(p);
    paintMarkers(p);
    paintOverlay(p);
}

void MapWidget::paintTiles(QPainter &p)
{
    const int tz = std::clamp(int(std::lround(m_zoom)), m_source->minZoom(), m_source->maxZoom());
    const double scale = std::exp2(m_zoom - tz);
    const QPointF c = WebMercator::project(m_centre, tz);
    const double size = WebMercator::tileSize * scale;
    const int count = 1 << tz;
    const double left = c.x() - width() / 2.0 / scale, top = c.y() - height() / 2.0 / scale;
    const int x0 = int(std::floor(left / WebMercator::tileSize)), y0 = std::max(0, int(std::floor(top / WebMercator::tileSize)));
    const int x1 = int(std::floor((left + width() / scale) / WebMercator::tileSize));
    const int y1 = std::min(count - 1, int(std::floor((top + height() / scale) / WebMercator::tileSize)));
    QSet<quint64> wanted;
    p.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(scale - 1.0) > 1e-3);
    for (int ty = y0; ty <= y1; ++ty) {
        for (int tx = x0; tx <= x1; ++tx) {
            const int wx = ((tx % count) + count) % count;
            const QRectF target((tx * WebMercator::tileSize - c.x()) * scale + width() / 2.0,
                                (ty * WebMercator::tileSize - c.y()) * scale + height() / 2.0, size + 0.5, size + 0.5);
            const quint64 key = Geo::tileKey({tz, wx, ty});
            if (const QPixmap *pm = m_tiles.object(key)) {
                p.drawPixmap(target, *pm, pm->rect());
                ++m_stats.tilesDrawn;
                continue;
            }
            ++m_stats.tilesMissing;
            if (!m_failedTiles.contains(key)) {
                wanted.insert(key);
                m_source->fetch({tz, wx, ty});
            }
            // Meanwhile: the four tiles of the next level, or a coarser tile blown up.
            bool drawn = false;
            if (tz + 1 <= m_source->maxZoom()) {
                const QPixmap *children[4] = {};
                bool all = true;
                for (int i = 0; i < 4 && all; ++i) {
                    children[i] = m_tiles.object(Geo::tileKey({tz + 1, wx * 2 + (i & 1), ty * 2 + (i >> 1)}));
                    all = children[i] != nullptr;
                }
                if (all) {
                    for (int i = 0; i < 4; ++i)
                        p.drawPixmap(QRectF(target.x() + (i & 1) * size / 2, target.y() + (i >> 1) * size / 2, size / 2 + 0.5, size / 2 + 0.5),
                                     *children[i], children[i]->rect());
                    drawn = true;
                }
            }
            for (int k = 1; !drawn && k <= 6 && tz - k >= m_source->minZoom(); ++k) {
                const QPixmap *parent = m_tiles.object(Geo::tileKey({tz - k, wx >> k, ty >> k}));
                if (!parent)
                    continue;
                const double part = double(parent->width()) / (1 << k);
                const QRectF source((wx & ((1 << k) - 1)) * part, (ty & ((1 << k) - 1)) * part, part, part);
                p.drawPixmap(target, *parent, source);
                drawn = true;
            }
        }
    }
    m_source->keepOnly(wanted);
}

void MapWidget::paintBaseCached(QPainter &p)
{
    // The vector base map and the districts change only with the zoom: drawn once into an image a margin larger
    // than the view, panning just shifts it.
    constexpr int margin = 160;
    const QPointF c = worldCentre();
    const qreal dpr = devicePixelRatioF();
    const bool usable = !m_baseCache.isNull() && m_baseZoom == m_zoom && m_baseLayers == m_layers.value(int(Layer::Districts), true)
        && m_baseCache.size() == QSize(width() + 2 * margin, height() + 2 * margin) * dpr
        && std::abs(c.x() - m_baseOrigin.x()) <= margin - 1 && std::abs(c.y() - m_baseOrigin.y()) <= margin - 1;
    if (!usable) {
        m_baseCache = QImage(QSize(width() + 2 * margin, height() + 2 * margin) * dpr, QImage::Format_ARGB32_Premultiplied);
        m_baseCache.setDevicePixelRatio(dpr);
        m_baseCache.fill(QColor(0xef, 0xea, 0xe2));
        m_baseZoom = m_zoom;
        m_baseOrigin = c;
        m_baseLayers = m_layers.value(int(Layer::Districts), true);
        QPainter q(&m_baseCache);
        q.setRenderHint(QPainter::Antialiasing);
        q.translate(margin, margin);
        paintVectorBase(q);
        if (m_baseLayers)
            paintDistricts(q);
    }
    p.drawImage(QPointF(m_baseOrigin.x() - c.x() - margin, m_baseOrigin.y() - c.y() - margin), m_baseCache);
}

void MapWidget::paintVectorBase(QPainter &p)
{
    const double scale = std::exp2(m_zoom);
    const QPointF c = worldCentre();
    QTransform t;
    t.translate(width() / 2.0 - c.x(), height() / 2.0 - c.y());
    t.scale(scale, scale);
    const QRectF view = t.inverted().mapRect(QRectF(rect()).adjusted(-160, -160, 160, 160));
    // The municipality's land a shade lighter than the world around it.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf8, 0xf6, 0xf1));
    for (const QPainterPath &d : std::as_const(m_districtPaths))
        if (d.boundingRect().intersects(view))
            p.drawPath(t.map(d));
    if (m_streetPaths.isEmpty())
        return;
    const double width = std::clamp((m_zoom - 12.5) * 1.7, 0.6, 14.0);
    // Separate lines stroke far faster than one path of many pieces.
    QList<QLineF> lines;
    QList<int> shown;
    for (qsizetype i = 0; i < m_streetPaths.size(); ++i) {
        if (!m_streetBoxes[i].intersects(view))
            continue;
        shown.append(int(i));
        const QPainterPath &path = m_streetPaths[i];
        for (int k = 0; k + 1 < path.elementCount(); k += 2)
            lines.append(QLineF(t.map(QPointF(path.elementAt(k))), t.map(QPointF(path.elementAt(k + 1)))));
    }
    p.setBrush(Qt::NoBrush);
    // Hairlines need no antialiasing, and are much cheaper without.
    p.setRenderHint(QPainter::Antialiasing, width > 1.5);
    if (width > 1.5) {
        p.setPen(QPen(QColor(0xc9, 0xc2, 0xb6), width + 1.6, Qt::SolidLine, Qt::SquareCap));
        p.drawLines(lines);
    }
    // Square caps close the bends without the curves round caps cost.
    p.setPen(QPen(width > 1.5 ? QColor(Qt::white) : QColor(0xb8, 0xb0, 0xa4), width, Qt::SolidLine, Qt::SquareCap));
    p.drawLines(lines);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_zoom < 15.5)
        return;
    // Street names along their longest segment, where they fit and do not collide.
    QFont f = font();
    f.setPointSizeF(std::clamp(7.0 + (m_zoom - 16) * 1.0, 7.0, 10.0));
    p.setFont(f);
    const QFontMetricsF fm(f);
    QList<QRectF> taken;
    p.setPen(QColor(0x55, 0x50, 0x48));
    for (int i : std::as_const(shown)) {
        const auto &[name, line] = m_streetLabels[i];
        const QLineF s(t.map(line.p1()), t.map(line.p2()));
        const double textWidth = fm.horizontalAdvance(name);
        if (s.length() < textWidth + 8)
            continue;
        const QPointF mid = (s.p1() + s.p2()) / 2;
        const QRectF box(mid.x() - textWidth / 2 - 2, mid.y() - fm.height() / 2 - 2, textWidth + 4, fm.height() + 4);
        if (!QRectF(rect()).adjusted(-160, -160, 160, 160).contains(box))
            continue;
        bool clash = false;
        for (const QRectF &r : std::as_const(taken))
            clash = clash || r.intersects(box);
        if (clash)
            continue;
        taken.append(box);
        double angle = s.angle();
        if (angle > 90 && angle < 270)
            angle -= 180;
        p.save();
        p.translate(mid);
        p.rotate(-angle);
        p.drawText(QRectF(-textWidth / 2, -fm.height() / 2, textWidth, fm.height()), Qt::AlignCenter, name);
        p.restore();
    }
}

void MapWidget::paintDistricts(QPainter &p)
{
    if (m_districtPaths.isEmpty())
        return;
    const double scale = std::exp2(m_zoom);
    const QPointF c = worldCentre();
    QTransform t;
    t.translate(width() / 2.0 - c.x(), height() / 2.0 - c.y());
    t.scale(scale, scale);
    const QRectF view = t.inverted().mapRect(QRectF(rect()));
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(std::round(std::clamp(7.0 + (m_zoom - 12) * 0.8, 7.5, 11.0) * 2) / 2); // half points: labels reused
    p.setFont(f);
    const QFontMetricsF fm(f);
    for (qsizetype i = 0; i < m_districtPaths.size(); ++i) {
        if (!m_districtPaths[i].boundingRect().intersects(view))
            continue;
        const QPainterPath screen = t.map(m_districtPaths[i]);
        QBrush fill(Qt::NoBrush);
        if (m_measureMax > 0) {
            const double v = m_measure.value(m_districts[i].id) / m_measureMax;
            fill = QColor::fromHsvF(0.07, 0.15 + 0.75 * v, 0.98, 0.18 + 0.4 * v);
        }
        p.setBrush(fill);
        p.setPen(QPen(QColor(0x3b, 0x4c, 0x8c, 170), 1.6));
        p.drawPath(screen);
    }
    // Names where the district is big enough on screen.
    for (qsizetype i = 0; i < m_districtPaths.size(); ++i) {
        const QRectF box = t.mapRect(m_districtPaths[i].boundingRect());
        const QString &name = m_districts[i].name;
        if (!box.intersects(QRectF(rect()).adjusted(-160, -160, 160, 160)) || box.width() < fm.horizontalAdvance(name) + 10 || box.height() < fm.height() * 2)
            continue;
        QPointF at = box.center();
        const QPainterPath screen = t.map(m_districtPaths[i]);
        if (!screen.contains(at)) {
            // A concave district: the middle of its widest row through the centre.
            const QPointF left(box.left(), at.y());
            bool found = false;
            for (double x = box.left(); x <= box.right() && !found; x += box.width() / 24)
                if (screen.contains(QPointF(x, at.y()))) {
                    at.setX(x + fm.horizontalAdvance(name) / 2 + 4);
                    found = true;
                }
            if (!found)
                continue;
        }
        if (m_labelSize != f.pointSizeF()) {
            m_labelCache.clear();
            m_labelSize = f.pointSizeF();
        }
        auto label = m_labelCache.constFind(name);
        if (label == m_labelCache.constEnd()) {
            // The name with a white halo, drawn once per size.
            const qreal dpr = devicePixelRatioF();
            QPixmap pm(QSizeF(fm.horizontalAdvance(name) + 8, fm.height() + 8).toSize() * dpr);
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter q(&pm);
            q.setRenderHint(QPainter::Antialiasing);
            QPainterPath halo;
            halo.addText(4, 4 + fm.ascent(), f, name);
            q.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            q.drawPath(halo);
            q.setFont(f);
            q.setPen(QColor(0x2a, 0x36, 0x6b));
            q.drawText(QPointF(4, 4 + fm.ascent()), name);
            q.end();
            label = m_labelCache.insert(name, pm);
        }
        p.drawPixmap(QPointF(at.x() - label->width() / label->devicePixelRatio() / 2, at.y() - label->height() / label->devicePixelRatio() / 2), *label);
    }
}

void MapWidget::paintHeat(QPainter &p)
{
    if (m_heat.cells.isEmpty())
        return;
    if (m_heatImage.isNull()) {
        constexpr int down = 4; // drawn at a quarter of the resolution, then smoothed up
        const int gw = width() / down + 2, gh = height() / down + 2;
        std::vector<float> grid(size_t(gw) * size_t(gh), 0.f);
        const double cellPixels = HeatMap::cellDegrees / 360.0 * WebMercator::tileSize * std::exp2(m_zoom);
        const int r = std::clamp(int(cellPixels / down * 1.2), 2, 60);
        const double sigma = r / 2.0;
        std::vector<float> kernel(size_t((2 * r + 1) * (2 * r + 1)));
        for (int dy = -r; dy <= r; ++dy)
            for (int dx = -r; dx <= r; ++dx)
                kernel[size_t((dy + r) * (2 * r + 1) + dx + r)] = float(std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)));
        for (const HeatCell &cell : std::as_const(m_heat.cells)) {
            const QPointF s = toScreen(cell.centre) / down;
            const int cx = int(s.x()), cy = int(s.y());
            if (cx < -r || cy < -r || cx >= gw + r || cy >= gh + r)
                continue;
            const float n = float(cell.count);
            for (int dy = std::max(-r, -cy); dy <= r && cy + dy < gh; ++dy) {
                float *row = grid.data() + size_t(cy + dy) * size_t(gw);
                const float *k = kernel.data() + size_t((dy + r) * (2 * r + 1) + r);
                for (int dx = std::max(-r, -cx); dx <= r && cx + dx < gw; ++dx)
                    row[cx + dx] += n * k[dx];
            }
        }
        // Scale against a high value of the whole period, not of this view, so panning does not recolour.
        float top = 0;
        for (float v : grid)
            top = std::max(top, v);
        const float scaleTo = std::max(1.f, float(m_heat.maxCount) * 0.8f);
        m_heatImage = QImage(gw, gh, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < gh; ++y) {
            auto *out = reinterpret_cast<QRgb *>(m_heatImage.scanLine(y));
            const float *in = grid.data() + size_t(y) * size_t(gw);
            for (int x = 0; x < gw; ++x) {
                const float v = std::min(1.f, in[x] / scaleTo);
                if (v < 0.02f) {
                    out[x] = 0;
                    continue;
                }
                // Blue → green → yellow → red, more opaque where hotter.
                const QColor c = QColor::fromHsvF(std::max(0.0, 0.62 - 0.62 * double(v)), 0.9, 1.0);
                const int a = int(std::min(1.f, 0.25f + v) * 190);
                out[x] = qPremultiply(qRgba(c.red(), c.green(), c.blue(), a));
            }
        }
        Q_UNUSED(top)
    }
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(0, 0, m_heatImage.width() * 4.0, m_heatImage.height() * 4.0), m_heatImage);
    p.restore();
}

void MapWidget::paintRoute(QPainter &p)
{
    if (m_route.stops.isEmpty())
        return;
    QPolygonF line;
    line.append(toScreen(m_route.depot));
    for (const RouteStop &s : std::as_const(m_route.stops))
        line.append(toScreen(s.at));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 200), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
    p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(8);
    p.setFont(f);
    // The depot, then the stops numbered in order.
    const QRectF depot(line.first().x() - 9, line.first().y() - 9, 18, 18);
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(QColor(0x0d, 0x47, 0xa1));
    p.drawRect(depot);
    p.setPen(Qt::white);
    p.drawText(depot, Qt::AlignCenter, tr("D", "depot marker"));
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QRectF circle(line[i].x() - 10, line[i].y() - 10, 20, 20);
        p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
        p.setBrush(Qt::white);
        p.drawEllipse(circle);
        p.setPen(QColor(0x0d, 0x47, 0xa1));
        p.drawText(circle, Qt::AlignCenter, QString::number(i));
    }
}

QColor MapWidget::statusColour(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New: return QColor(0x1e, 0x88, 0xe5);
    case RequestStatus::Accepted: return QColor(0x00, 0x89, 0x7b);
    case RequestStatus::Assigned: return QColor(0x8e, 0x24, 0xaa);
    case RequestStatus::InProgress: return QColor(0xf5, 0x7c, 0x00);
    case RequestStatus::OnHold: return QColor(0x75, 0x75, 0x75);
    case RequestStatus::Reopened: return QColor(0xd8, 0x1b, 0x60);
    case RequestStatus::Resolved: return QColor(0x43, 0xa0, 0x47);
    default: return QColor(0x9e, 0x9e, 0x9e);
    }
}

QList<std::pair<QColor, QString>> MapWidget::statusLegend()
{
    QList<std::pair<QColor, QString>> out;
    for (RequestStatus s : {RequestStatus::New, RequestStatus::Accepted, RequestStatus::Assigned, RequestStatus::InProgress,
                            RequestStatus::OnHold, RequestStatus::Reopened})
        out.append({statusColour(s), displayName(s)});
    return out;
}

namespace {

/// The marker's outline for a priority: circle (low, normal), diamond (high), triangle (urgent), square
/// (emergency priority).
QPainterPath markerShape(int priority, double r)
{
    QPainterPath path;
    switch (priority) {
    case 3:
        path.moveTo(0, -r * 1.25);
        path.lineTo(r * 1.25, 0);
        path.lineTo(0, r * 1.25);
        path.lineTo(-r * 1.25, 0);
        path.closeSubpath();
        break;
    case 4:
        path.moveTo(0, -r * 1.3);
        path.lineTo(r * 1.2, r * 0.9);
        path.lineTo(-r * 1.2, r * 0.9);
        path.closeSubpath();
        break;
    case 5:
        path.addRect(QRectF(-r, -r, 2 * r, 2 * r));
        break;
    default:
        path.addEllipse(QPointF(0, 0), priority <= 1 ? r * 0.8 : r, priority <= 1 ? r * 0.8 : r);
        break;
    }
    return path;
}

} // namespace

void MapWidget::paintMarker(QPainter &p, const Marker &m, bool selected, bool focused) const
{
    // Markers are drawn once per look into small pixmaps, then stamped: hundreds per frame cost little.
    quint64 key = 0;
    int half = 0;
    if (m.count > 1) {
        key = 1ull << 62 | quint64(std::min(m.count, 999999)) << 1 | (m.emergencies > 0 ? 1 : 0);
        half = 32;
    } else {
        const Geo::MapPoint &pt = m_points->index.points()[size_t(m.point)];
        key = quint64(pt.status) << 8 | quint64(pt.priority) << 4 | (pt.emergency ? 2 : 0) | (selected ? 1 : 0);
        half = 20;
    }
    auto it = m_markerCache.constFind(key);
    if (it == m_markerCache.constEnd()) {
        if (m_markerCache.size() > 4000)
            m_markerCache.clear();
        const qreal dpr = devicePixelRatioF();
        QPixmap pm(QSize(2 * half, 2 * half) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter q(&pm);
        q.setRenderHint(QPainter::Antialiasing);
        q.translate(half, half);
        if (m.count > 1) {
            const double r = 12 + 3 * std::log10(double(m.count));
            if (m.emergencies > 0) {
                q.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 3));
                q.setBrush(Qt::NoBrush);
                q.drawEllipse(QPointF(0, 0), r + 3, r + 3);
            }
            q.setPen(QPen(Qt::white, 1.5));
            q.setBrush(QColor(0x37, 0x47, 0x4f, 225));
            q.drawEllipse(QPointF(0, 0), r, r);
            QFont f = font();
            f.setBold(true);
            f.setPointSizeF(m.count >= 1000 ? 7.5 : 8.5);
            q.setFont(f);
            q.setPen(Qt::white);
            const QString text = m.count >= 10000 ? QStringLiteral("%1k").arg(m.count / 1000) : QString::number(m.count);
            q.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter, text);
        } else {
            const Geo::MapPoint &pt = m_points->index.points()[size_t(m.point)];
            const double r = selected ? 8.5 : 6.5;
            if (pt.emergency) {
                q.setPen(Qt::NoPen);
                q.setBrush(QColor(0xd3, 0x2f, 0x2f, 90));
                q.drawEllipse(QPointF(0, 0), r + 7, r + 7);
                q.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2.5));
                q.setBrush(Qt::NoBrush);
                q.drawEllipse(QPointF(0, 0), r + 4, r + 4);
            }
            q.setPen(QPen(selected ? QColor(Qt::black) : QColor(Qt::white), selected ? 2.5 : 1.5));
            q.setBrush(statusColour(RequestStatus(pt.status)));
            q.drawPath(markerShape(pt.priority, r));
        }
        q.end();
        it = m_markerCache.insert(key, pm);
    }
    p.drawPixmap(QPointF(std::round(m.at.x()) - half, std::round(m.at.y()) - half), *it);
    if (focused) {
        p.setPen(QPen(QColor(0x0d, 0x47, 0xa1), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        const double r = m.count > 1 ? 18 + 3 * std::log10(double(m.count)) : 14;
        p.drawEllipse(m.at, r, r);
    }
}

void MapWidget::paintMarkers(QPainter &p)
{
    layoutMarkers();
    if (m_points && isLayerVisible(Layer::Requests)) {
        int selected = -1;
        for (qsizetype i = 0; i < m_markers.size(); ++i) {
            const Marker &m = m_markers[i];
            if (m.count == 1 && m_points->index.points()[size_t(m.point)].rowId == m_selectedRow) {
                selected = int(i);
                continue;
            }
            paintMarker(p, m, false, i == m_focused);
        }
        if (selected >= 0)
            paintMarker(p, m_markers[selected], true, selected == m_focused);
    }
    if (m_pin.isValid()) {
        // A pin whose point is the place.
        const QPointF at = toScreen(m_pin);
        QPainterPath pin;
        pin.moveTo(at);
        pin.cubicTo(at + QPointF(-4, -10), at + QPointF(-11, -16), at + QPointF(-11, -24));
        pin.arcTo(QRectF(at.x() - 11, at.y() - 35, 22, 22), 180, -180);
        pin.cubicTo(at + QPointF(11, -16), at + QPointF(4, -10), at);
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawPath(pin);
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(at + QPointF(0, -24), 4, 4);
    }
}

void MapWidget::paintOverlay(QPainter &p)
{
    QFont small = font();
    small.setPointSizeF(8);
    p.setFont(small);
    const QFontMetricsF fm(small);
    // Scale bar: the longest round distance under 120 pixels.
    const double mpp = WebMercator::metresPerPixel(m_centre.latitude(), m_zoom);
    double metres = 1;
    for (double candidate = 1; candidate < 5e6; candidate *= 10)
        for (double f : {1.0, 2.0, 5.0})
            if (candidate * f / mpp <= 120)
                metres = candidate * f;
    const double bar = metres / mpp;
    const QPointF origin(12, height() - 14);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRect(QRectF(origin.x() - 4, origin.y() - fm.height() - 8, bar + 8, fm.height() + 14));
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    p.drawLine(origin, origin + QPointF(bar, 0));
    p.drawLine(origin, origin + QPointF(0, -5));
    p.drawLine(origin + QPointF(bar, 0), origin + QPointF(bar, -5));
    p.drawText(QRectF(origin.x(), origin.y() - fm.height() - 6, bar, fm.height()), Qt::AlignCenter, distanceText(metres));
    // Attribution.
    const QString attribution = m_source ? m_source->attribution() : tr("Base map: the municipality's districts and street gazetteer");
    if (!attribution.isEmpty()) {
        const double w = fm.horizontalAdvance(attribution) + 10;
        const QRectF box(width() - w, height() - fm.height() - 4, w, fm.height() + 4);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 200));
        p.drawRect(box);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(box, Qt::AlignCenter, attribution);
    }
    // What is wrong with the base map, once per kind.
    if (!m_problems.isEmpty()) {
        const QString text = tr("Base map incomplete: %1").arg(problems().join(QStringLiteral("; ")));
        const QRectF box(8, 8, std::min(width() - 16.0, fm.horizontalAdvance(text) + 16), fm.height() + 8);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xff, 0xf3, 0xe0, 235));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(QColor(0x8d, 0x4b, 0x00));
        p.drawText(box.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(text, Qt::ElideRight, box.width() - 16));
    }
    if (!isLayerVisible(Layer::Legend))
        return;
    // Legend, top right.
    QList<std::pair<QString, std::function<void(QPainter &, const QPointF &)>>> rows;
    if (isLayerVisible(Layer::Requests)) {
        for (const auto &[colour, text] : statusLegend()) {
            const QColor c = colour;
            rows.append({text, [c](QPainter &q, const QPointF &at) {
                             q.setPen(QPen(Qt::white, 1));
                             q.setBrush(c);
                             q.drawEllipse(at, 5.5, 5.5);
                         }});
        }
        for (int priority : {3, 4, 5}) {
            rows.append({tr("Priority: %1").arg(displayName(Priority(priority))), [priority](QPainter &q, const QPointF &at) {
                             q.setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
                             q.setBrush(Qt::NoBrush);
                             q.save();
                             q.translate(at);
                             q.drawPath(markerShape(priority, 5));
                             q.restore();
                         }});
        }
        rows.append({tr("Emergency (flagged)"), [](QPainter &q, const QPointF &at) {
                         q.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
                         q.setBrush(Qt::NoBrush);
                         q.drawEllipse(at, 6, 6);
                     }});
        rows.append({tr("Several requests (zoom in)"), [](QPainter &q, const QPointF &at) {
                         q.setPen(Qt::NoPen);
                         q.setBrush(QColor(0x37, 0x47, 0x4f));
                         q.drawEllipse(at, 6.5, 6.5);
                     }});
    }
    if (isLayerVisible(Layer::Heat) && !m_heat.cells.isEmpty())
        rows.append({tr("Heat: fewer → more requests"), [](QPainter &q, const QPointF &at) {
                         QLinearGradient g(at - QPointF(7, 0), at + QPointF(7, 0));
                         g.setColorAt(0, QColor::fromHsvF(0.62, 0.9, 1.0));
                         g.setColorAt(0.5, QColor::fromHsvF(0.3, 0.9, 1.0));
                         g.setColorAt(1, QColor::fromHsvF(0.0, 0.9, 1.0));
                         q.setPen(Qt::NoPen);
                         q.setBrush(g);
                         q.drawRect(QRectF(at - QPointF(7, 4), QSizeF(14, 8)));
                     }});
    if (isLayerVisible(Layer::Route) && !m_route.stops.isEmpty())
        rows.append({tr("Crew route, stops in order"), [](QPainter &q, const QPointF &at) {
                         q.setPen(QPen(QColor(0x15, 0x65, 0xc0), 3));
                         q.drawLine(at - QPointF(7, 0), at + QPointF(7, 0));
                     }});
    if (isLayerVisible(Layer::Districts) && m_measureMax > 0 && !m_measureName.isEmpty())
        rows.append({m_measureName, [](QPainter &q, const QPointF &at) {
                         q.setPen(Qt::NoPen);
                         q.setBrush(QColor::fromHsvF(0.07, 0.8, 0.98, 0.6));
                         q.drawRect(QRectF(at - QPointF(7, 5), QSizeF(14, 10)));
                     }});
    if (rows.isEmpty())
        return;
    double textWidth = 0;
    for (const auto &row : rows)
        textWidth = std::max(textWidth, fm.horizontalAdvance(row.first));
    const double rowHeight = std::max(16.0, fm.height() + 3);
    const QRectF box(width() - textWidth - 44, 8, textWidth + 36, rows.size() * rowHeight + 10);
    p.setPen(QPen(QColor(0, 0, 0, 40), 1));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QPointF symbol(box.left() + 14, box.top() + 5 + rowHeight * (double(i) + 0.5));
        rows[i].second(p, symbol);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(box.left() + 26, symbol.y() - rowHeight / 2, textWidth + 6, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, rows[i].first);
    }
}

} // namespace CivicDesk
