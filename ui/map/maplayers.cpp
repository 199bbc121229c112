// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayers.h"

#include <QCoreApplication>
#include <QPainter>
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

} // namespace CivicDesk
