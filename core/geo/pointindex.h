// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QRectF>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace CivicDesk::Geo {

/// One request on the map: where it is (world pixels at zoom 24, i.e. 2^32 units round the world, about 1 cm)
/// and what its marker shows. The row id finds the request again; the small indexes point into the lists of
/// the data set the points came from (statuses, types, departments).
struct MapPoint
{
    std::uint32_t x = 0, y = 0;
    std::int64_t localId = 0;
    std::uint16_t type = 0;
    std::uint16_t department = 0;
    std::uint16_t crew = 0;
    std::uint8_t status = 0;
    std::uint8_t priority = 2;
    bool emergency = false;
};

/// The zoom the world units of MapPoint belong to.
constexpr int pointZoom = 24;
/// World units of a coordinate, and back.
MapPoint atCoordinate(const QGeoCoordinate &c);
QGeoCoordinate coordinateOf(double x, double y);

/// Which points a view shows. Empty masks let everything through.
struct PointFilter
{
    std::uint32_t statuses = 0xffffffffu;   ///< bit per status index
    std::vector<bool> types;                ///< by type index; empty: all types
    int department = -1;                    ///< department index, or −1 for all
    int crew = -1;                          ///< crew index, or −1 for all
    int minPriority = 1;
    bool emergencyOnly = false;

    bool accepts(const MapPoint &p) const
    {
        return (statuses >> p.status & 1u) && (types.empty() || (p.type < types.size() && types[p.type]))
            && (department < 0 || p.department == department) && (crew < 0 || p.crew == crew)
            && p.priority >= minPriority && (!emergencyOnly || p.emergency);
    }
};

/// A group of points drawn as one marker: a single request when count is 1.
struct PointCluster
{
    double x = 0, y = 0;      ///< centroid, world units
    int count = 0;
    int emergencies = 0;
    int maxPriority = 0;
    int first = -1;           ///< index of a point of the cluster (the only one when count is 1)
};

/// A grid over the world (cells of 2^16 units, i.e. zoom-16 tiles, about 600 m at the equator) holding points
/// sorted by cell: the points of a viewport are those of the cells it touches, read without looking at the rest.
class PointIndex
{
public:
    static constexpr int cellShift = 16;

    PointIndex() = default;
    explicit PointIndex(std::vector<MapPoint> points);

    const std::vector<MapPoint> &points() const { return m_points; }
    qsizetype size() const { return qsizetype(m_points.size()); }
    int cellCount() const { return int(m_cellKeys.size()); }

    /// Calls @p visit(index) for every point in @p area (world units, edges included) that @p filter accepts.
    template<typename Visit>
    void forEachIn(const QRectF &area, const PointFilter &filter, Visit &&visit) const;
    /// The indexes of the points in @p area that @p filter accepts.
    std::vector<int> query(const QRectF &area, const PointFilter &filter) const;
    /// Groups the points in @p area into cells of @p cellUnits world units aligned on the world (so clusters do not
    /// move while the map pans); every accepted point lands in exactly one cluster.
    std::vector<PointCluster> cluster(const QRectF &area, double cellUnits, const PointFilter &filter) const;
    /// The index of the point nearest to (@p x, @p y) within @p radius units that @p filter accepts, or −1.
    int nearest(double x, double y, double radius, const PointFilter &filter) const;
    /// The index of the point with @p localId, or −1.
    int find(std::int64_t localId) const;

private:
    struct CellRange
    {
        std::uint32_t begin, end;
    };
    template<typename Visit>
    void forEachCell(const QRectF &area, Visit &&visit) const;

    std::vector<MapPoint> m_points;
    std::vector<std::uint32_t> m_cellKeys;  ///< row << 16 | column of the occupied cells, ascending
    std::vector<CellRange> m_cellRanges;    ///< their points
};

template<typename Visit>
void PointIndex::forEachCell(const QRectF &area, Visit &&visit) const
{
    if (m_cellKeys.empty() || area.isEmpty())
        return;
    const auto cellOf = [](double v) { return std::uint32_t(std::clamp(v, 0.0, 4294967295.0)) >> cellShift; };
    const std::uint32_t c0 = cellOf(area.left()), c1 = cellOf(area.right());
    const std::uint32_t r0 = cellOf(area.top()), r1 = cellOf(area.bottom());
    const std::uint64_t touched = std::uint64_t(c1 - c0 + 1) * (r1 - r0 + 1);
    if (touched >= m_cellKeys.size()) { // a wide view: walk the occupied cells
        for (size_t i = 0; i < m_cellKeys.size(); ++i) {
            const std::uint32_t key = m_cellKeys[i], r = key >> 16, c = key & 0xffffu;
            if (r >= r0 && r <= r1 && c >= c0 && c <= c1)
                visit(m_cellRanges[i], r == r0 || r == r1 || c == c0 || c == c1);
        }
        return;
    }
    for (std::uint32_t r = r0; r <= r1; ++r) {
        auto it = std::lower_bound(m_cellKeys.begin(), m_cellKeys.end(), r << 16 | c0);
        for (; it != m_cellKeys.end() && *it <= (r << 16 | c1); ++it) {
            const std::uint32_t c = *it & 0xffffu;
            visit(m_cellRanges[size_t(it - m_cellKeys.begin())], r == r0 || r == r1 || c == c0 || c == c1);
        }
    }
}

template<typename Visit>
void PointIndex::forEachIn(const QRectF &area, const PointFilter &filter, Visit &&visit) const
{
    forEachCell(area, [&](const CellRange &range, bool edge) {
        for (std::uint32_t i = range.begin; i < range.end; ++i) {
            const MapPoint &p = m_points[i];
            if (edge && (p.x < area.left() || p.x > area.right() || p.y < area.top() || p.y > area.bottom()))
                continue;
            if (filter.accepts(p))
                visit(int(i));
        }
    });
}

} // namespace CivicDesk::Geo
