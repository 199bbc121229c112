// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayers.h"

#include "ui/map/mapdetail.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGeoPolygon>
#include <QPainter>
#include <QTransform>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace CivicDesk {

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

} // namespace CivicDesk
