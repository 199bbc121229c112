// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayers.h"

#include "ui/map/mapdetail.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGeoPolygon>
#include <QPainter>
#include <QSet>
#include <QTransform>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace CivicDesk {
namespace {

/// The part of @p line inside @p box (Liang–Barsky); a null line when none is.
QLineF clipped(const QLineF &line, const QRectF &box)
{
    const double dx = line.dx(), dy = line.dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - box.left(), box.right() - line.x1(), line.y1() - box.top(), box.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return {};
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return {};
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

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


void HeatLayer::setHeat(const HeatMap &heat)
{
    m_heat = heat;
    m_image = QImage();
}

void HeatLayer::paint(QPainter &p, const MapViewport &view)
{
    if (m_heat.cells.isEmpty())
        return;
    if (m_image.isNull()) {
        constexpr int down = 4; // drawn at a quarter of the resolution, then smoothed up
        const int gw = view.size.width() / down + 2, gh = view.size.height() / down + 2;
        std::vector<float> grid(size_t(gw) * size_t(gh), 0.f);
        const double cellPixels = HeatMap::cellDegrees / 360.0 * WebMercator::tileSize * std::exp2(view.zoom);
        const int r = std::clamp(int(cellPixels / down * 1.2), 2, 60);
        const double sigma = r / 2.0;
        std::vector<float> kernel(size_t((2 * r + 1) * (2 * r + 1)));
        for (int dy = -r; dy <= r; ++dy)
            for (int dx = -r; dx <= r; ++dx)
                kernel[size_t((dy + r) * (2 * r + 1) + dx + r)] = float(std::exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)));
        for (const HeatCell &cell : std::as_const(m_heat.cells)) {
            const QPointF s = view.toScreen(cell.centre) / down;
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
        const float scaleTo = std::max(1.f, float(m_heat.maxCount) * 0.8f);
        m_image = QImage(gw, gh, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < gh; ++y) {
            auto *out = reinterpret_cast<QRgb *>(m_image.scanLine(y));
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
    }
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(0, 0, m_image.width() * 4.0, m_image.height() * 4.0), m_image);
    p.restore();
}

void RouteLayer::paint(QPainter &p, const MapViewport &view)
{
    if (m_route.stops.isEmpty())
        return;
    QPolygonF line;
    line.append(view.toScreen(m_route.depot));
    for (const RouteStop &s : std::as_const(m_route.stops))
        line.append(view.toScreen(s.at));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 200), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
    p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(line);
    QFont f = m_font;
    f.setBold(true);
    f.setPointSizeF(8);
    p.setFont(f);
    // The depot, then the stops numbered in order.
    const QRectF depot(line.first().x() - 9, line.first().y() - 9, 18, 18);
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(QColor(0x0d, 0x47, 0xa1));
    p.drawRect(depot);
    p.setPen(Qt::white);
    p.drawText(depot, Qt::AlignCenter, QCoreApplication::translate("CivicDesk::MapWidget", "D", "depot marker"));
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QRectF circle(line[i].x() - 10, line[i].y() - 10, 20, 20);
        p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
        p.setBrush(Qt::white);
        p.drawEllipse(circle);
        p.setPen(QColor(0x0d, 0x47, 0xa1));
        p.drawText(circle, Qt::AlignCenter, QString::number(i));
    }
}

void DistrictLayer::setDistricts(const QList<District> &districts)
{
    m_districts = districts;
    m_paths.clear();
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
                    poly.append(MapDetail::worldZero(c));
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
        m_paths.append(path);
    }
}

void DistrictLayer::setMeasure(const QHash<QString, double> &measure, const QString &what)
{
    m_measure = measure;
    m_measureName = what;
    m_measureMax = 0;
    for (double v : measure)
        m_measureMax = std::max(m_measureMax, v);
}

void DistrictLayer::paint(QPainter &p, const MapViewport &v)
{
    if (m_paths.isEmpty())
        return;
    const double scale = std::exp2(v.zoom);
    const QPointF c = v.worldCentre();
    QTransform t;
    t.translate(v.size.width() / 2.0 - c.x(), v.size.height() / 2.0 - c.y());
    t.scale(scale, scale);
    // The view and the margin the cached base map keeps around it.
    const QRectF area = QRectF(QPointF(0, 0), QSizeF(v.size)).adjusted(-MapDetail::baseMargin, -MapDetail::baseMargin, MapDetail::baseMargin, MapDetail::baseMargin);
    const QRectF view = t.inverted().mapRect(area);
    QFont f = m_font;
    f.setBold(true);
    f.setPointSizeF(std::round(std::clamp(7.0 + (v.zoom - 12) * 0.8, 7.5, 11.0) * 2) / 2); // half points: labels reused
    p.setFont(f);
    const QFontMetricsF fm(f);
    if (m_labelSize != f.pointSizeF()) {
        m_labels.clear();
        m_labelSize = f.pointSizeF();
    }
    QList<std::pair<qsizetype, QPainterPath>> shown;
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        if (!m_paths[i].boundingRect().intersects(view))
            continue;
        shown.append({i, t.map(m_paths[i])});
        QBrush fill(Qt::NoBrush);
        if (m_measureMax > 0) {
            const double share = m_measure.value(m_districts[i].id) / m_measureMax;
            fill = QColor::fromHsvF(0.07, 0.15 + 0.75 * share, 0.98, 0.18 + 0.4 * share);
        }
        p.setBrush(fill);
        p.setPen(QPen(QColor(0x3b, 0x4c, 0x8c, 170), 1.6));
        p.drawPath(shown.last().second);
    }
    // Names where the district is big enough on screen.
    for (const auto &[i, screen] : std::as_const(shown)) {
        const QRectF box = screen.boundingRect();
        const QString &name = m_districts[i].name;
        if (box.width() < fm.horizontalAdvance(name) + 10 || box.height() < fm.height() * 2)
            continue;
        QPointF at = box.center();
        if (!screen.contains(at)) {
            // A concave district: just inside its first edge on the row through the centre.
            bool found = false;
            for (double x = box.left(); x <= box.right() && !found; x += box.width() / 24)
                if (screen.contains(QPointF(x, at.y()))) {
                    at.setX(x + fm.horizontalAdvance(name) / 2 + 4);
                    found = true;
                }
            if (!found)
                continue;
        }
        auto label = m_labels.constFind(name);
        if (label == m_labels.constEnd()) {
            // The name with a white halo, drawn once per size.
            const qreal dpr = v.devicePixelRatio;
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
            label = m_labels.insert(name, pm);
        }
        p.drawPixmap(QPointF(at.x() - label->width() / label->devicePixelRatio() / 2, at.y() - label->height() / label->devicePixelRatio() / 2), *label);
    }
}

BaseMapLayer::BaseMapLayer(DistrictLayer &districts)
    : m_districts(districts)
    , m_tiles(240)
{
}

void BaseMapLayer::setTileSource(Geo::TileSource *source)
{
    m_source = source;
    m_tiles.clear();
    m_failed.clear();
}

bool BaseMapLayer::tileArrived(int z, int x, int y, const QByteArray &data)
{
    QImage image;
    if (!image.loadFromData(data) || image.isNull()) {
        m_failed.insert(Geo::tileKey({z, x, y}));
        return false;
    }
    m_tiles.insert(Geo::tileKey({z, x, y}), new QPixmap(QPixmap::fromImage(std::move(image))));
    return true;
}

void BaseMapLayer::tileFailed(int z, int x, int y)
{
    m_failed.insert(Geo::tileKey({z, x, y}));
}

void BaseMapLayer::setStreets(const QList<StreetLine> &streets)
{
    m_cache = QImage();
    m_streetPaths.clear();
    m_streetBoxes.clear();
    m_streetNames.clear();
    for (const StreetLine &s : streets) {
        QPainterPath path;
        for (const auto &[a, b] : s.segments) {
            path.moveTo(MapDetail::worldZero(a));
            path.lineTo(MapDetail::worldZero(b));
        }
        m_streetPaths.append(path);
        // A little larger than the street: a box of no height (a street due east) intersects nothing.
        constexpr double e = 1e-9; // world units at zoom 0, a hair of a millimetre
        m_streetBoxes.append(path.boundingRect().adjusted(-e, -e, e, e));
        m_streetNames.append(s.name);
    }
}

void BaseMapLayer::paint(QPainter &p, const MapViewport &v)
{
    m_tilesDrawn = m_tilesMissing = 0;
    if (m_source) {
        paintTiles(p, v);
        if (m_withDistricts)
            m_districts.paint(p, v);
    } else {
        paintCached(p, v, m_withDistricts);
    }
}

void BaseMapLayer::paintTiles(QPainter &p, const MapViewport &v)
{
    const int tz = std::clamp(int(std::lround(v.zoom)), m_source->minZoom(), m_source->maxZoom());
    const double scale = std::exp2(v.zoom - tz);
    const QPointF c = WebMercator::project(v.centre, tz);
    const double size = WebMercator::tileSize * scale;
    const int count = 1 << tz;
    const double left = c.x() - v.size.width() / 2.0 / scale, top = c.y() - v.size.height() / 2.0 / scale;
    const int x0 = int(std::floor(left / WebMercator::tileSize)), y0 = std::max(0, int(std::floor(top / WebMercator::tileSize)));
    const int x1 = int(std::floor((left + v.size.width() / scale) / WebMercator::tileSize));
    const int y1 = std::min(count - 1, int(std::floor((top + v.size.height() / scale) / WebMercator::tileSize)));
    QSet<quint64> wanted;
    QPainterPath holes;
    p.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(scale - 1.0) > 1e-3);
    for (int ty = y0; ty <= y1; ++ty) {
        for (int tx = x0; tx <= x1; ++tx) {
            const int wx = ((tx % count) + count) % count;
            const QRectF target((tx * WebMercator::tileSize - c.x()) * scale + v.size.width() / 2.0,
                                (ty * WebMercator::tileSize - c.y()) * scale + v.size.height() / 2.0, size + 0.5, size + 0.5);
            const quint64 key = Geo::tileKey({tz, wx, ty});
            if (const QPixmap *pm = m_tiles.object(key)) {
                p.drawPixmap(target, *pm, pm->rect());
                ++m_tilesDrawn;
                continue;
            }
            ++m_tilesMissing;
            if (!m_failed.contains(key)) {
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
            if (!drawn)
                holes.addRect(target);
        }
    }
    m_source->keepOnly(wanted);
    // Where no tile stands, the streets of the gazetteer: the map stays readable with the tile server down.
    if (!holes.isEmpty() && !m_streetPaths.isEmpty()) {
        p.save();
        p.setClipPath(holes);
        paintCached(p, v, false);
        p.restore();
    }
}

void BaseMapLayer::paintCached(QPainter &p, const MapViewport &v, bool withDistricts)
{
    // The vector base map and the districts change only with the zoom: drawn once into an image a margin larger
    // than the view, panning just shifts it.
    constexpr int margin = MapDetail::baseMargin;
    const QPointF c = v.worldCentre();
    const qreal dpr = v.devicePixelRatio;
    const bool usable = !m_cache.isNull() && m_cacheZoom == v.zoom && m_cacheWithDistricts == withDistricts
        && m_cache.size() == QSize(v.size.width() + 2 * margin, v.size.height() + 2 * margin) * dpr
        && std::abs(c.x() - m_cacheOrigin.x()) <= margin - 1 && std::abs(c.y() - m_cacheOrigin.y()) <= margin - 1;
    if (!usable) {
        m_cache = QImage(QSize(v.size.width() + 2 * margin, v.size.height() + 2 * margin) * dpr, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(dpr);
        m_cache.fill(QColor(0xef, 0xea, 0xe2));
        m_cacheZoom = v.zoom;
        m_cacheOrigin = c;
        m_cacheWithDistricts = withDistricts;
        QPainter q(&m_cache);
        q.setRenderHint(QPainter::Antialiasing);
        q.translate(margin, margin);
        paintVector(q, v);
        if (m_cacheWithDistricts)
            m_districts.paint(q, v);
    }
    p.drawImage(QPointF(m_cacheOrigin.x() - c.x() - margin, m_cacheOrigin.y() - c.y() - margin), m_cache);
}

void BaseMapLayer::paintVector(QPainter &p, const MapViewport &v)
{
    const double scale = std::exp2(v.zoom);
    const QPointF c = v.worldCentre();
    QTransform t;
    t.translate(v.size.width() / 2.0 - c.x(), v.size.height() / 2.0 - c.y());
    t.scale(scale, scale);
    const QRectF view = t.inverted().mapRect(QRectF(QRect(QPoint(0, 0), v.size)).adjusted(-MapDetail::baseMargin, -MapDetail::baseMargin, MapDetail::baseMargin, MapDetail::baseMargin));
    // The municipality's land a shade lighter than the world around it.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf8, 0xf6, 0xf1));
    for (const QPainterPath &d : m_districts.paths())
        if (d.boundingRect().intersects(view))
            p.drawPath(t.map(d));
    if (m_streetPaths.isEmpty())
        return;
    const double width = std::clamp((v.zoom - 12.5) * 1.7, 0.6, 14.0);
    // Separate lines stroke far faster than one path of many pieces.
    QList<QLineF> lines;
    QList<std::pair<int, qsizetype>> shown; ///< street, its first line
    for (qsizetype i = 0; i < m_streetPaths.size(); ++i) {
        if (!m_streetBoxes[i].intersects(view))
            continue;
        shown.append({int(i), lines.size()});
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
    if (v.zoom < 15.5)
        return;
    // Street names along the longest piece of one of their segments in the drawn area, where they fit and do not
    // collide: zoomed in, a long street is named wherever it is seen, not only at its longest segment.
    QFont f = m_font;
    f.setPointSizeF(std::clamp(7.0 + (v.zoom - 16) * 1.0, 7.0, 10.0));
    p.setFont(f);
    const QFontMetricsF fm(f);
    const QRectF drawn = QRectF(QRect(QPoint(0, 0), v.size)).adjusted(-MapDetail::baseMargin, -MapDetail::baseMargin, MapDetail::baseMargin, MapDetail::baseMargin);
    const QRectF inner = drawn.adjusted(fm.height(), fm.height(), -fm.height(), -fm.height());
    QList<QRectF> taken;
    p.setPen(QColor(0x55, 0x50, 0x48));
    for (qsizetype k = 0; k < shown.size(); ++k) {
        const auto [street, first] = shown[k];
        const qsizetype end = k + 1 < shown.size() ? shown[k + 1].second : lines.size();
        QLineF s;
        for (qsizetype j = first; j < end; ++j) {
            const QLineF piece = clipped(lines[j], inner);
            if (piece.length() > s.length())
                s = piece;
        }
        const QString &name = m_streetNames[street];
        const double textWidth = fm.horizontalAdvance(name);
        if (s.length() < textWidth + 8)
            continue;
        const QPointF mid = (s.p1() + s.p2()) / 2;
        const QRectF box(mid.x() - textWidth / 2 - 2, mid.y() - fm.height() / 2 - 2, textWidth + 4, fm.height() + 4);
        if (!drawn.contains(box))
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

QPainterPath MarkerLayer::shape(int priority, double r)
{
    return markerShape(priority, r);
}

void MarkerLayer::show(std::shared_ptr<const MapPoints> points, const QList<MapMarker> &markers, qint64 selectedRow, int focused)
{
    m_points = std::move(points);
    m_markers = markers;
    m_selectedRow = selectedRow;
    m_focused = focused;
}

void MarkerLayer::paint(QPainter &p, const MapViewport &v)
{
    if (!m_points)
        return;
    // The selected request last, on top of its neighbours.
    int selected = -1;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const MapMarker &m = m_markers[i];
        if (m.count == 1 && m_points->index.points()[size_t(m.point)].localId == m_selectedRow) {
            selected = int(i);
            continue;
        }
        paintMarker(p, m, false, i == m_focused, v.devicePixelRatio);
    }
    if (selected >= 0)
        paintMarker(p, m_markers[selected], true, selected == m_focused, v.devicePixelRatio);
}

QColor MarkerLayer::statusColour(RequestStatus status)
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

void MarkerLayer::paintMarker(QPainter &p, const MapMarker &m, bool selected, bool focused, qreal dpr)
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
    auto it = m_cache.constFind(key);
    if (it == m_cache.constEnd()) {
        if (m_cache.size() > 4000)
            m_cache.clear();
        QPixmap pm(QSize(2 * half, 2 * half) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter q(&pm);
        q.setRenderHint(QPainter::Antialiasing);
        q.translate(half, half);
        if (m.count > 1) {
            const double r = MapDetail::clusterRadius(m.count);
            if (m.emergencies > 0) {
                q.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 3));
                q.setBrush(Qt::NoBrush);
                q.drawEllipse(QPointF(0, 0), r + 3, r + 3);
            }
            q.setPen(QPen(Qt::white, 1.5));
            q.setBrush(QColor(0x37, 0x47, 0x4f, 225));
            q.drawEllipse(QPointF(0, 0), r, r);
            QFont f = m_font;
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
        it = m_cache.insert(key, pm);
    }
    p.drawPixmap(QPointF(std::round(m.at.x()) - half, std::round(m.at.y()) - half), *it);
    if (focused) {
        p.setPen(QPen(QColor(0x0d, 0x47, 0xa1), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        const double r = m.count > 1 ? MapDetail::clusterRadius(m.count) + 6 : 14;
        p.drawEllipse(m.at, r, r);
    }
}

} // namespace CivicDesk
