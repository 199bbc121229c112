// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointindex.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>

namespace CivicDesk::Geo {
namespace {

std::uint32_t cellKey(const MapPoint &p)
{
    return (p.y >> PointIndex::cellShift) << 16 | (p.x >> PointIndex::cellShift);
}

} // namespace

MapPoint atCoordinate(const QGeoCoordinate &c)
{
    const QPointF w = WebMercator::project(c, pointZoom);
    constexpr double limit = 4294967295.0;
    MapPoint p;
    p.x = std::uint32_t(std::clamp(std::floor(w.x()), 0.0, limit));
    p.y = std::uint32_t(std::clamp(std::floor(w.y()), 0.0, limit));
    return p;
}

QGeoCoordinate coordinateOf(double x, double y)
{
    return WebMercator::unproject(QPointF(x, y), pointZoom);
}

PointIndex::PointIndex(std::vector<MapPoint> points)
    : m_points(std::move(points))
{
    std::sort(m_points.begin(), m_points.end(), [](const MapPoint &a, const MapPoint &b) {
        const std::uint32_t ka = cellKey(a), kb = cellKey(b);
        return ka != kb ? ka < kb : a.localId < b.localId;
    });
    for (std::uint32_t i = 0; i < m_points.size();) {
        const std::uint32_t key = cellKey(m_points[i]);
        std::uint32_t j = i + 1;
        while (j < m_points.size() && cellKey(m_points[j]) == key)
            ++j;
        m_cellKeys.push_back(key);
        m_cellRanges.push_back({i, j});
        i = j;
    }
}

std::vector<int> PointIndex::query(const QRectF &area, const PointFilter &filter) const
{
    std::vector<int> out;
    forEachIn(area, filter, [&](int i) { out.push_back(i); });
    return out;
}

std::vector<PointCluster> PointIndex::cluster(const QRectF &area, double cellUnits, const PointFilter &filter) const
{
    std::vector<PointCluster> out;
    if (area.isEmpty() || !(cellUnits > 0))
        return out;
    // A dense table over the cells the area touches: no hashing per point.
    const double bx0 = std::floor(area.left() / cellUnits), by0 = std::floor(area.top() / cellUnits);
    const qint64 columns = qint64(std::floor(area.right() / cellUnits) - bx0) + 1;
    const qint64 rows = qint64(std::floor(area.bottom() / cellUnits) - by0) + 1;
    if (columns * rows > 4'000'000) // a cell size far too small for the area: nothing sensible to draw
        return out;
    struct Sum
    {
        double x = 0, y = 0;
        int count = 0, emergencies = 0, maxPriority = 0, first = -1;
    };
    std::vector<Sum> sums(size_t(columns * rows));
    const double inv = 1.0 / cellUnits;
    forEachIn(area, filter, [&](int i) {
        const MapPoint &p = m_points[size_t(i)];
        const qint64 c = std::clamp(qint64(std::floor(p.x * inv - bx0)), qint64(0), columns - 1);
        const qint64 r = std::clamp(qint64(std::floor(p.y * inv - by0)), qint64(0), rows - 1);
        Sum &s = sums[size_t(r * columns + c)];
        s.x += p.x;
        s.y += p.y;
        if (s.count++ == 0)
            s.first = i;
        s.emergencies += p.emergency ? 1 : 0;
        s.maxPriority = std::max<int>(s.maxPriority, p.priority);
    });
    for (const Sum &s : sums) {
        if (s.count == 0)
            continue;
        out.push_back({s.x / s.count, s.y / s.count, s.count, s.emergencies, s.maxPriority, s.first});
    }
    return out;
}

int PointIndex::nearest(double x, double y, double radius, const PointFilter &filter) const
{
    int best = -1;
    double bestD = radius * radius;
    forEachIn(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), filter, [&](int i) {
        const double dx = m_points[size_t(i)].x - x, dy = m_points[size_t(i)].y - y;
        const double d = dx * dx + dy * dy;
        if (d <= bestD) {
            bestD = d;
            best = i;
        }
    });
    return best;
}

int PointIndex::find(std::int64_t localId) const
{
    for (size_t i = 0; i < m_points.size(); ++i)
        if (m_points[i].localId == localId)
            return int(i);
    return -1;
}

} // namespace CivicDesk::Geo
