// SPDX-License-Identifier: GPL-3.0-or-later
#include "route.h"

#include "core/geo/geometry.h"

#include <vector>

namespace CivicDesk {
namespace {

/// Distances between the depot (index 0) and the stops (1 … n).
struct Matrix
{
    explicit Matrix(const QGeoCoordinate &depot, const QList<RouteStop> &stops)
        : n(int(stops.size()) + 1)
        , d(size_t(n) * size_t(n))
    {
        std::vector<QGeoCoordinate> at{depot};
        for (const RouteStop &s : stops)
            at.push_back(s.at);
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                d[size_t(i) * size_t(n) + size_t(j)] = d[size_t(j) * size_t(n) + size_t(i)] = Geo::distanceMetres(at[size_t(i)], at[size_t(j)]);
    }
    double operator()(int i, int j) const { return d[size_t(i) * size_t(n) + size_t(j)]; }
    int n;
    std::vector<double> d;
};

std::vector<double> weights(const QList<RouteStop> &stops)
{
    std::vector<double> w;
    w.reserve(size_t(stops.size()));
    for (const RouteStop &s : stops)
        w.push_back(RoutePlanner::weight(s.priority));
    return w;
}

double routeCost(const Matrix &m, const std::vector<double> &w, const std::vector<int> &order, double *distance)
{
    double travelled = 0, cost = 0;
    int at = 0;
    for (int s : order) {
        travelled += m(at, s + 1);
        cost += travelled * w[size_t(s)];
        at = s + 1;
    }
    if (distance)
        *distance = travelled;
    return cost;
}

} // namespace

double RoutePlanner::cost(const QGeoCoordinate &depot, const QList<RouteStop> &stops, const QList<int> &order, double *distance)
{
    const Matrix m(depot, stops);
    const std::vector<double> w = weights(stops);
    return routeCost(m, w, std::vector<int>(order.begin(), order.end()), distance);
}

static std::vector<int> nearest(const Matrix &m, const std::vector<double> &w)
{
    const int n = m.n - 1;
    std::vector<int> order;
    std::vector<bool> done(size_t(n), false);
    int at = 0;
    for (int k = 0; k < n; ++k) {
        int best = -1;
        double bestScore = 0;
        for (int j = 0; j < n; ++j) {
            if (done[size_t(j)])
                continue;
            const double score = m(at, j + 1) / w[size_t(j)];
            if (best < 0 || score < bestScore) {
                best = j;
                bestScore = score;
            }
        }
        done[size_t(best)] = true;
        order.push_back(best);
        at = best + 1;
    }
    return order;
}

RoutePlan RoutePlanner::nearestNeighbour(const QGeoCoordinate &depot, const QList<RouteStop> &stops)
{
    const Matrix m(depot, stops);
    const std::vector<double> w = weights(stops);
    const std::vector<int> order = nearest(m, w);
    RoutePlan p;
    p.order = QList<int>(order.begin(), order.end());
    p.cost = routeCost(m, w, order, &p.distanceM);
    return p;
}

RoutePlan RoutePlanner::plan(const QGeoCoordinate &depot, const QList<RouteStop> &stops)
{
    const Matrix m(depot, stops);
    const std::vector<double> w = weights(stops);
    std::vector<int> order = nearest(m, w);
    const int n = int(order.size());
    // 2-opt on the weighted cost: reverse a stretch whenever that lowers it; stop when no reversal helps.
    // Each candidate is priced in the length of the stretch: arrivals before it do not change, arrivals after
    // it all shift by the same distance (times the weight still to come).
    std::vector<double> arrival(static_cast<size_t>(n));
    std::vector<double> weightFrom(static_cast<size_t>(n) + 1);
    auto refresh = [&] {
        double t = 0;
        int at = 0;
        for (int p = 0; p < n; ++p) {
            t += m(at, order[size_t(p)] + 1);
            arrival[size_t(p)] = t;
            at = order[size_t(p)] + 1;
        }
        weightFrom[size_t(n)] = 0;
        for (int p = n - 1; p >= 0; --p)
            weightFrom[size_t(p)] = weightFrom[size_t(p) + 1] + w[size_t(order[size_t(p)])];
    };
    refresh();
    for (int pass = 0; pass < 100; ++pass) {
        bool improved = false;
        for (int i = 0; i < n - 1; ++i) {
            const int prev = i == 0 ? 0 : order[size_t(i) - 1] + 1;
            const double before = i == 0 ? 0 : arrival[size_t(i) - 1];
            double oldSegment = 0;
            for (int k = i; k < n; ++k) {
                oldSegment += w[size_t(order[size_t(k)])] * arrival[size_t(k)];
                if (k == i)
                    continue;
                // The stretch i..k reversed: from prev to order[k], back down to order[i].
                double t = before + m(prev, order[size_t(k)] + 1);
                double newSegment = w[size_t(order[size_t(k)])] * t;
                for (int p = k - 1; p >= i; --p) {
                    t += m(order[size_t(p) + 1] + 1, order[size_t(p)] + 1);
                    newSegment += w[size_t(order[size_t(p)])] * t;
                }
                double shift = 0;
                if (k + 1 < n) {
                    const int next = order[size_t(k) + 1] + 1;
                    shift = (t + m(order[size_t(i)] + 1, next)) - (arrival[size_t(k)] + m(order[size_t(k)] + 1, next));
                }
                const double delta = newSegment - oldSegment + shift * weightFrom[size_t(k) + 1];
                if (delta < -1e-6) {
                    std::reverse(order.begin() + i, order.begin() + k + 1);
                    refresh();
                    improved = true;
                    oldSegment = 0;
                    for (int p = i; p <= k; ++p)
                        oldSegment += w[size_t(order[size_t(p)])] * arrival[size_t(p)];
                }
            }
        }
        if (!improved)
            break;
    }
    RoutePlan p;
    p.order = QList<int>(order.begin(), order.end());
    p.cost = routeCost(m, w, order, &p.distanceM);
    return p;
}

} // namespace CivicDesk
