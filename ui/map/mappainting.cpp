// SPDX-License-Identifier: GPL-3.0-or-later
// The map widget's painting: base map (tiles or the cached vector map), districts, heat map, route, markers,
// and the overlay (scale bar, attribution, problems, legend).
#include "mapwidget.h"

#include "mapdetail.h"

#include <QPainter>

#include <cmath>

namespace CivicDesk {

using namespace MapDetail;

namespace {

QString distanceText(double metres)
{
    return metres >= 1000 ? MapWidget::tr("%1 km").arg(metres / 1000.0, 0, 'g', 3) : MapWidget::tr("%1 m").arg(qRound(metres));
}

} // namespace

// --- painting -------------------------------------------------------------------------------------------

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xef, 0xea, 0xe2));
    p.setRenderHint(QPainter::Antialiasing);
    // The layers, bottom up, through one viewport.
    const MapViewport view = viewport();
    m_districtLayer->setFont(font());
    m_base->setFont(font());
    m_base->setDistrictsShown(isLayerVisible(Layer::Districts));
    m_base->paint(p, view);
    m_stats.tilesDrawn = m_base->tilesDrawn();
    m_stats.tilesMissing = m_base->tilesMissing();
    if (isLayerVisible(Layer::Heat))
        m_heat->paint(p, view);
    if (isLayerVisible(Layer::Route)) {
        m_route->setFont(font());
        m_route->paint(p, view);
    }
    paintMarkers(p);
    paintOverlay(p);
}

QColor MapWidget::statusColour(RequestStatus status)
{
    return MarkerLayer::statusColour(status);
}

QList<std::pair<QColor, QString>> MapWidget::statusLegend()
{
    QList<std::pair<QColor, QString>> out;
    for (RequestStatus s : {RequestStatus::New, RequestStatus::Accepted, RequestStatus::Assigned, RequestStatus::InProgress,
                            RequestStatus::OnHold, RequestStatus::Reopened})
        out.append({statusColour(s), displayName(s)});
    return out;
}


void MapWidget::paintMarkers(QPainter &p)
{
    layoutMarkers();
    if (m_points && isLayerVisible(Layer::Requests)) {
        m_markerLayer->setFont(font());
        m_markerLayer->show(m_points, m_markers, m_selectedRow, m_focused);
        m_markerLayer->paint(p, viewport());
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
    const QString attribution = m_source           ? m_source->attribution()
                                : m_streetsFromOsm ? tr("Base map: the municipality's districts and streets, © OpenStreetMap contributors")
                                                   : tr("Base map: the municipality's districts and street gazetteer");
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
                             q.drawPath(MarkerLayer::shape(priority, 5));
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
    if (isLayerVisible(Layer::Heat) && !m_heat->isEmpty())
        rows.append({tr("Heat: fewer → more requests"), [](QPainter &q, const QPointF &at) {
                         QLinearGradient g(at - QPointF(7, 0), at + QPointF(7, 0));
                         g.setColorAt(0, QColor::fromHsvF(0.62, 0.9, 1.0));
                         g.setColorAt(0.5, QColor::fromHsvF(0.3, 0.9, 1.0));
                         g.setColorAt(1, QColor::fromHsvF(0.0, 0.9, 1.0));
                         q.setPen(Qt::NoPen);
                         q.setBrush(g);
                         q.drawRect(QRectF(at - QPointF(7, 4), QSizeF(14, 8)));
                     }});
    if (isLayerVisible(Layer::Route) && !m_route->isEmpty())
        rows.append({tr("Crew route, stops in order"), [](QPainter &q, const QPointF &at) {
                         q.setPen(QPen(QColor(0x15, 0x65, 0xc0), 3));
                         q.drawLine(at - QPointF(7, 0), at + QPointF(7, 0));
                     }});
    if (isLayerVisible(Layer::Districts) && !m_districtLayer->measureName().isEmpty())
        rows.append({m_districtLayer->measureName(), [](QPainter &q, const QPointF &at) {
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
