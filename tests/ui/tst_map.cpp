// SPDX-License-Identifier: GPL-3.0-or-later
// The map as the user meets it: a click on the intake form's map fills the address and the district; markers
// and the queue stay in step in the main window; the keyboard moves the map and walks the markers; clusters
// account for every request; a tile file with damaged and missing tiles is said once and the map goes on.
#include "ui/desk/callpanel.h"
#include "core/storage/sqliteaccess.h"
#include "core/session/desksession.h"
#include "ui/desk/intakeform.h"
#include "ui/desk/matchfield.h"
#include "core/maps/tiles.h"
#include "core/geo/webmercator.h"
#include "ui/mainwindow.h"
#include "ui/request/requestpage.h"
#include "ui/map/mappanel.h"
#include "ui/map/mapwidget.h"
#include "ui/queue/queuepanel.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/sqlitestatement.h"
#include "widgettestsupport.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace CivicDesk;
using WidgetTests::userNamed;

namespace {

QByteArray png(QColor colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 300, 3000, 21);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
    }

    void clickingTheIntakeMapSetsAddressAndDistrict()
    {
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), systemClock(), userNamed(*m_db, QStringLiteral("operator1")).id);
        CallPanel panel(desk);
        panel.resize(1280, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.newRequest();
        IntakeForm *form = panel.intakeForm();
        MapWidget *map = form->map();
        QVERIFY(map->isVisible());
        // A street segment's middle, a few metres off the street: the click lands there.
        SqliteStatement seg(SqliteAccess::handle(*m_db), "SELECT s.name, g.from_number, g.to_number, g.from_lat, g.from_lon, g.to_lat, g.to_lon, g.district_id "
                                            "FROM street_segment g JOIN street s ON s.id = g.street_id ORDER BY g.to_number - g.from_number DESC, g.id LIMIT 1");
        QVERIFY(seg.step());
        const QGeoCoordinate middle((seg.real(3) + seg.real(5)) / 2, (seg.real(4) + seg.real(6)) / 2);
        map->setView(middle, 18);
        const QPointF at = map->toScreen(middle) + QPointF(2, 1);
        QTest::mouseClick(map, Qt::LeftButton, {}, at.toPoint());
        const QString street = seg.text(0);
        QVERIFY2(form->addressField()->text().startsWith(street), qPrintable(form->addressField()->text()));
        const int number = form->addressField()->text().mid(street.size()).trimmed().toInt();
        QVERIFY(number >= seg.int64(1) && number <= seg.int64(2));
        const QGeoCoordinate picked = map->toCoordinate(QPointF(map->toScreen(middle) + QPointF(2, 1)).toPoint());
        QVERIFY(form->draft().location.distanceTo(picked) < 1.0);
        QVERIFY(form->draft().location.distanceTo(middle) < 10.0);
        const QString district = desk.intake().gazetteer().districtName(desk.intake().gazetteer().districtAt(form->draft().location));
        QVERIFY(!district.isEmpty());
        QCOMPARE(form->draft().districtId, desk.intake().gazetteer().districtAt(form->draft().location));
        QVERIFY2(form->placeLabel()->text().startsWith(district), qPrintable(form->placeLabel()->text()));
        QCOMPARE(map->pin(), form->draft().location);

        // Outside the municipality: said, and the place stays what it was.
        const QGeoCoordinate before = form->draft().location;
        map->setView(QGeoCoordinate(before.latitude() + 0.5, before.longitude()), 15);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->rect().center());
        QCOMPARE(form->draft().location, before);
        QVERIFY(form->problemLabel(QStringLiteral("location"))->isVisibleTo(form));

        // Typing an address moves the pin there.
        form->setAddress(*desk.intake().gazetteer().resolve(street + QStringLiteral(" ") + QString::number(seg.int64(1))));
        QVERIFY(map->pin().distanceTo(before) > 0.0 || seg.int64(1) == number);
        QCOMPARE(map->pin(), form->draft().location);
    }

    void mapAndQueueStayInStep()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskSession session(*m_db, *m_search, QLocale().name().left(2), systemClock(), userNamed(*m_db, QStringLiteral("supervisor")).id);
        MainWindow window(session, settings);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        MapPanel *panel = window.mapPanel();
        tabs->setCurrentWidget(panel);
        QTRY_VERIFY(panel->map()->points() != nullptr);
        MapWidget *map = panel->map();
        QVERIFY(map->points()->index.size() > 100);
        // Zoomed out, every pending request is in one marker or cluster.
        map->setView(map->centre(), 12);
        QCOMPARE(map->lastFrame().requests, map->points()->index.size());
        QVERIFY(map->lastFrame().clusters > 0);

        // A click on a single marker selects the request in the queue.
        const Geo::MapPoint p = map->points()->index.points()[map->points()->index.size() / 2];
        const QGeoCoordinate at = Geo::coordinateOf(p.x, p.y);
        map->setView(at, 19);
        // The marker off the centre: the click must not move the view (the queue's selection coming back).
        map->setView(map->toCoordinate(map->toScreen(at) + QPointF(200, 100)), 19);
        const QGeoCoordinate viewed = map->centre();
        const QString pointId = RequestMap(*m_db).info(p.localId)->id;
        const std::optional<QPointF> marker = map->markerPosition(pointId);
        QVERIFY(marker);
        QSignalSpy selected(panel, &MapPanel::requestSelected);
        QTest::mouseClick(map, Qt::LeftButton, {}, marker->toPoint());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(map->selectedRequest(), pointId);
        QTest::qWait(500); // longer than a flight
        QVERIFY(map->centre().distanceTo(viewed) < 0.01);
        window.queuePanel()->refresh();
        QTest::qWait(500);
        QVERIFY(map->centre().distanceTo(viewed) < 0.01);
        const QString id = selected.first().first().toString();
        const std::optional<MapRequestInfo> info = RequestMap(*m_db).infoById(id);
        QVERIFY(info);
        QVERIFY(window.queuePanel()->selectedIds().contains(id));
        QVERIFY(panel->detailLine()->text().startsWith(info->trackingNumber));

        // A selection in the queue centres the map on its request.
        tabs->setCurrentWidget(window.queuePanel());
        QTableView *view = window.queuePanel()->view();
        QTRY_VERIFY(view->model()->rowCount() > 3);
        view->setCurrentIndex(view->model()->index(3, 0));
        const QString chosen = window.queuePanel()->selectedIds().value(0);
        const std::optional<MapRequestInfo> chosenInfo = RequestMap(*m_db).infoById(chosen);
        QVERIFY(chosenInfo);
        if (chosenInfo->at.isValid()) {
            QVERIFY(map->centre().distanceTo(chosenInfo->at) < 1.0);
            QCOMPARE(map->selectedRequest(), chosen);
        }

        // Keyboard: +/− zoom by one level, arrows pan, Tab walks the markers, Enter opens one in the queue.
        tabs->setCurrentWidget(panel);
        map->setFocus();
        map->setView(at, 15);
        QTest::keyClick(map, Qt::Key_Plus);
        QCOMPARE(map->zoom(), 16.0);
        QTest::keyClick(map, Qt::Key_Minus);
        QTest::keyClick(map, Qt::Key_Minus);
        QCOMPARE(map->zoom(), 14.0);
        const QPointF before = map->toScreen(at);
        QTest::keyClick(map, Qt::Key_Right);
        QVERIFY(map->toScreen(at).x() < before.x() - 40);
        QTest::keyClick(map, Qt::Key_Left);
        QVERIFY(std::abs(map->toScreen(at).x() - before.x()) < 1.0);
        for (double z = 19; z >= 14 && map->lastFrame().markers < 2; z -= 1)
            map->setView(at, z);
        QVERIFY(map->lastFrame().markers >= 2);
        QSignalSpy focused(map, &MapWidget::requestFocused);
        const int stops = map->lastFrame().markers + map->lastFrame().clusters;
        for (int i = 0; i < stops && focused.isEmpty(); ++i)
            QTest::keyClick(map, Qt::Key_Tab);
        QVERIFY(map->hasFocus());
        QCOMPARE(focused.count(), 1);
        QVERIFY(RequestMap(*m_db).infoById(focused.first().first().toString())); // signals speak request ids
        QSignalSpy opened(panel, &MapPanel::openRequested);
        QTest::keyClick(map, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        // Enter opens the request's page.
        auto *page = qobject_cast<RequestPage *>(tabs->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->requestId(), opened.first().first().toString());

        // A click on a cluster zooms into it.
        tabs->setCurrentWidget(panel);
        map->setView(map->centre(), 13);
        map->setFocus();
        const double zoom = map->zoom();
        const std::vector<Geo::PointCluster> clusters = map->points()->index.cluster(map->worldArea(0), map->clusterCellUnits(), {});
        bool zoomedIn = false;
        for (const Geo::PointCluster &c : clusters) {
            const std::optional<MapRequestInfo> first = RequestMap(*m_db).info(map->points()->index.points()[size_t(c.first)].localId);
            const std::optional<QPointF> pos = first ? map->markerPosition(first->id) : std::nullopt;
            if (c.count > 3 && pos && map->rect().adjusted(40, 40, -40, -40).contains(pos->toPoint())) {
                QTest::mouseClick(map, Qt::LeftButton, {}, pos->toPoint());
                QTRY_VERIFY(map->zoom() >= zoom + 2 - 1e-6);
                zoomedIn = true;
                break;
            }
        }
        QVERIFY(zoomedIn);

        // Filters: one status only.
        panel->statusFilter()->setCurrentIndex(1); // new
        map->setView(map->centre(), 11);
        SqliteStatement fresh(SqliteAccess::handle(*m_db), "SELECT count(*) FROM service_request WHERE status = 'new' AND lat IS NOT NULL");
        QVERIFY(fresh.step());
        QCOMPARE(map->lastFrame().requests, fresh.int64(0));
        fresh.reset(); // a statement left on a row holds a read transaction: this connection would see no later commit
        // The heat map layer reads its figures when switched on.
        QSignalSpy said(panel, &MapPanel::message);
        panel->layerBox(int(MapWidget::Layer::Heat))->setChecked(true);
        QVERIFY(said.count() >= 1);
        // Districts shaded by their pending requests, said in the legend.
        panel->districtFill()->setChecked(true);
        map->repaint();
        panel->districtFill()->setChecked(false);
        // A crew's route: the crew's pending requests numbered in order.
        bool routed = false;
        for (int i = 1; i < panel->crewChoice()->count() && !routed; ++i) {
            panel->crewChoice()->setCurrentIndex(i);
            const CrewRoute route = RequestMap(*m_db).crewRoute(panel->crewChoice()->currentData().toString());
            routed = !route.stops.isEmpty();
            if (routed) // the map shows the stops: all of them in view once the route is fitted
                for (const RouteStop &stop : route.stops)
                    QVERIFY(map->rect().contains(map->toScreen(stop.at).toPoint()));
        }
        QVERIFY(routed);
        // The address search flies to the street.
        SqliteStatement street(SqliteAccess::handle(*m_db), "SELECT name FROM street ORDER BY name LIMIT 1");
        QVERIFY(street.step());
        const QString streetName = street.text(0);
        street.reset();
        panel->searchField()->setTextQuietly(streetName);
        Q_EMIT panel->searchField()->chosen(streetName, streetName);
        QTRY_VERIFY(map->pin().isValid() && map->centre().distanceTo(map->pin()) < 1.0);

        // Another desk closes three requests: the map hears of it at its next look, goes on with the points it
        // has while they are read again in the background, and shows the new ones when they are here.
        const std::shared_ptr<const MapPoints> shown = map->points();
        {
            Result<std::unique_ptr<Database>> other = Database::open(m_db->path());
            QVERIFY(other.ok());
            QVERIFY(other.value()->exec(QStringLiteral("UPDATE service_request SET status = 'closed' WHERE local_id IN (SELECT local_id FROM service_request "
                                                       "WHERE status IN ('new', 'accepted', 'assigned') AND lat IS NOT NULL LIMIT 3)")).ok());
        }
        panel->refresh(); // what its timer does every few seconds
        QCOMPARE(map->points(), shown);
        QTRY_VERIFY(map->points() != shown);
        QCOMPARE(map->points()->index.size(), shown->index.size() - 3);
    }

    void brokenAndMissingTilesAreSaidOnce()
    {
        // An MBTiles file with one good tile, one damaged tile, and nothing else.
        const QString path = m_dir.filePath(QStringLiteral("tiles.mbtiles"));
        const QGeoCoordinate centre(37.9755, 23.7348);
        const WebMercator::Tile good = WebMercator::tileAt(centre, 15);
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                                      "INSERT INTO metadata VALUES ('minzoom', '10'), ('maxzoom', '16'), ('attribution', 'Test tiles');",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            SqliteStatement insert(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)");
            insert.bindAll({15, good.x, good.tmsRow(), png(Qt::darkGreen)});
            QVERIFY(insert.exec());
            insert.reset();
            insert.bindAll({15, good.x + 1, good.tmsRow(), QByteArray("\x89PNG\r\n\x1a\n broken", 17)});
            QVERIFY(insert.exec());
            sqlite3_close(db);
        }
        Result<std::unique_ptr<Geo::MbTilesSource>> source = Geo::MbTilesSource::open(path);
        QVERIFY(source.ok());
        MapWidget map;
        map.resize(800, 600);
        map.setTileSource(std::move(source).value().release());
        QSignalSpy problems(&map, &MapWidget::problem);
        map.setView(WebMercator::bounds(good).center(), 15);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_COMPARE(problems.count(), 2); // damaged, missing: once each
        map.repaint();
        QVERIFY(map.lastFrame().tilesDrawn >= 1);
        // Where no tile stands (missing, damaged), the gazetteer's streets: a street across the view shows beside
        // the good tile, and the good tile over it.
        const QGeoCoordinate middle = WebMercator::bounds(good).center();
        StreetLine across;
        across.name = QStringLiteral("Across");
        across.segments.append({QGeoCoordinate(middle.latitude(), middle.longitude() - 0.05), QGeoCoordinate(middle.latitude(), middle.longitude() + 0.05)});
        map.setStreets({across});
        const QImage shot = map.grab().toImage();
        const QPoint onStreet = map.toScreen(middle).toPoint();
        QCOMPARE(shot.pixelColor(onStreet - QPoint(250, 0)), QColor(Qt::white));
        QCOMPARE(shot.pixelColor(onStreet + QPoint(250, 0)), QColor(Qt::white)); // the damaged tile's place
        QCOMPARE(shot.pixelColor(onStreet), QColor(Qt::darkGreen));
        // More views, more missing tiles: nothing more said.
        for (int i = 0; i < 5; ++i) {
            map.setView(WebMercator::bounds(good).center(), 15 - i * 0.5);
            map.repaint();
            QTest::qWait(20);
        }
        QCOMPARE(problems.count(), 2);
        QCOMPARE(map.problems().size(), 2);
        // A self-intersecting district is drawn by the even-odd rule, with its name.
        District bow;
        bow.id = QStringLiteral("bow");
        bow.name = QStringLiteral("Bow tie");
        bow.polygons.append(QGeoPolygon(QList<QGeoCoordinate>{{37.90, 23.70}, {37.96, 23.76}, {37.90, 23.76}, {37.93, 23.70}}));
        map.setDistricts({bow});
        map.setDistrictMeasure({{QStringLiteral("bow"), 5.0}}, QStringLiteral("Pending requests per district"));
        map.setView(QGeoCoordinate(37.93, 23.73), 13);
        map.repaint();
        // Coordinates outside the projection: clamped, the map still draws.
        map.setView(QGeoCoordinate(89.99, 400), 3);
        QVERIFY(std::abs(map.centre().latitude()) <= WebMercator::maxLatitude);
        QVERIFY(map.centre().longitude() >= -180 && map.centre().longitude() <= 180);
        map.repaint();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"
