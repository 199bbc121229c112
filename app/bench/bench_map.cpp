// SPDX-License-Identifier: GPL-3.0-or-later
// The map: the spatial index, a frame, the heat map, a change of the file.
#include "benchsupport.h"

#include "core/session/desksession.h"
#include "core/geo/geometry.h"
#include "core/maps/mappointsloader.h"
#include "core/maps/requestmap.h"
#include "ui/map/mapsetup.h"
#include "ui/map/mapwidget.h"
#include "core/storage/searchindexer.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "core/util/processinfo.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImage>

#include <algorithm>
#include <vector>

namespace CivicDesk::Bench {

/// The map: reading the pending requests into the spatial index, the clusters of a city-wide view, one frame
/// with every pending request in view, and a year's heat map.
int benchMap(Database &db, const QStringList &args)
{
    const QString png = args.indexOf(QStringLiteral("--png")) >= 0 ? args.value(args.indexOf(QStringLiteral("--png")) + 1) : QString();
    const qint64 end = newestRequestAt(db);
    SearchService search(db, tenantRegion(db));
    DeskSession desk(db, search, QStringLiteral("el"), [end] { return end; }, userInRole(db, Role::Supervisor));
    RequestMap &map = desk.requestMap();
    std::vector<double> load;
    MapPoints points;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        points = map.loadPoints();
        load.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    auto shared = std::make_shared<const MapPoints>(std::move(points));

    MapWidget widget;
    widget.resize(1280, 800);
    setUpMap(widget, desk);
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.show();
    QApplication::processEvents();
    QList<QGeoPolygon> all;
    for (const District &d : desk.intake().gazetteer().districts())
        all.append(d.polygons);
    widget.fitTo(Geo::boundingBox(all));
    widget.setPoints(shared);

    // The city-wide view's clusters, as the widget asks for them.
    const QRectF area = widget.worldArea(24);
    const double cell = widget.clusterCellUnits();
    std::vector<double> viewport, filtered;
    qint64 inView = 0, clusters = 0;
    Geo::PointFilter group;
    group.types = shared->typesOfGroup(shared->typeGroupIds.value(1));
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        const std::vector<Geo::PointCluster> k = shared->index.cluster(area, cell, {});
        viewport.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        (void)shared->index.cluster(area, cell, group);
        filtered.push_back(double(t.nsecsElapsed()) / 1e6);
        inView = 0;
        for (const Geo::PointCluster &x : k)
            inView += x.count;
        clusters = qint64(k.size());
    }

    // Frames while panning (the view moves a few pixels, every marker and cluster laid out again), and frames
    // after a zoom step, where the base map is drawn again too.
    QImage frame(1280, 800, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frames, zoomFrames;
    const QGeoCoordinate home = widget.centre();
    const double homeZoom = widget.zoom();
    for (int i = 0; i < 21; ++i) {
        widget.setView(widget.toCoordinate(QPointF(640 + (i % 4 < 2 ? 7 : -7), 400)), homeZoom);
        QElapsedTimer t;
        t.start();
        widget.render(&frame);
        frames.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 11; ++i) {
        widget.setView(home, homeZoom + (i % 2 ? 0.25 : 0));
        QElapsedTimer t;
        t.start();
        widget.render(&frame);
        zoomFrames.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    widget.setView(home, homeZoom);
    const MapWidget::FrameStats stats = widget.lastFrame();

    // A year's heat map of every group: the figures, then drawn.
    std::vector<double> heat, heatQuery;
    HeatMap h;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        h = map.heat(end - 365 * 86400000ll, end + 1, QString());
        heatQuery.push_back(double(t.nsecsElapsed()) / 1e6);
        widget.setHeat(h);
        widget.setLayerVisible(MapWidget::Layer::Heat, true);
        widget.render(&frame);
        heat.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double rss = residentMemoryBytes() / 1048576.0;
    // And the same straight from the requests, for comparison.
    QElapsedTimer scan;
    scan.start();
    const HeatMap byScan = map.heatByScan(end - 365 * 86400000ll, end + 1, QString());
    const double scanMs = double(scan.nsecsElapsed()) / 1e6;
    if (!png.isEmpty())
        frame.save(png);

    // A change of the file while the map is open: the window asks for the points (and gets the ones it has while
    // they are read again in the background), then draws the new ones when they come. The longest the window
    // is held either time, and how long until the change is on the map.
    std::vector<double> changeHeld, changeFresh;
    (void)desk.mapPoints();
    for (int i = 0; i < 5; ++i) {
        if (!db.setLocalSetting(QStringLiteral("bench.map-change"), QString::number(i)).ok())
            break;
        QElapsedTimer fresh;
        fresh.start();
        std::shared_ptr<const MapPoints> arrived;
        const QMetaObject::Connection c = QObject::connect(&desk.mapPointsLoader(), &MapPointsLoader::loaded, &widget,
                                                           [&arrived](std::shared_ptr<const MapPoints> p) { arrived = std::move(p); });
        QElapsedTimer t;
        t.start();
        const std::shared_ptr<const MapPoints> current = desk.mapPoints();
        const double asked = double(t.nsecsElapsed()) / 1e6;
        QDeadlineTimer deadline(20000);
        while (!arrived && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QObject::disconnect(c);
        if (!arrived || arrived == current)
            break;
        t.restart();
        widget.setPoints(arrived);
        widget.render(&frame);
        changeHeld.push_back(std::max(asked, double(t.nsecsElapsed()) / 1e6));
        changeFresh.push_back(double(fresh.nsecsElapsed()) / 1e6);
    }
    bench("map_points", double(shared->index.size()));
    bench("map_load_ms", percentile(load, 0.5));
    bench("map_viewport_requests", double(inView));
    bench("map_viewport_clusters", double(clusters));
    bench("map_viewport_ms", percentile(viewport, 0.5));
    bench("map_viewport_p95_ms", percentile(viewport, 0.95));
    bench("map_viewport_group_ms", percentile(filtered, 0.5));
    bench("map_frame_requests", double(stats.requests));
    bench("map_frame_ms", percentile(frames, 0.5));
    bench("map_frame_p95_ms", percentile(frames, 0.95));
    bench("map_frame_zoom_ms", percentile(zoomFrames, 0.5));
    bench("heatmap_requests", double(h.total));
    bench("heatmap_ms", percentile(heat, 0.5));
    bench("heatmap_query_ms", percentile(heatQuery, 0.5));
    bench("heatmap_scan_ms", scanMs);
    bench("heatmap_scan_equal", byScan.total == h.total ? 1 : 0);
    bench("map_rss_mb", rss);
    bench("map_change_held_ms", percentile(changeHeld, 0.5));
    bench("map_change_shown_ms", percentile(changeFresh, 0.5));
    return 0;
}

} // namespace CivicDesk::Bench
