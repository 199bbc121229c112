// SPDX-License-Identifier: GPL-3.0-or-later
// The map's core: the spatial index and clustering, the heat map's counts, reverse geocoding, and the base
// map's tile sources (an MBTiles file made here, an XYZ server on loopback speaking real HTTP).
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/desk/gazetteer.h"
#include "core/geo/geojson.h"
#include "core/geo/geometry.h"
#include "core/maps/mappointsloader.h"
#include "core/geo/pointindex.h"
#include "core/maps/requestmap.h"
#include "core/maps/tiles.h"
#include "core/importing/districtimporter.h"
#include "core/importing/open311importer.h"
#include "core/storage/georepository.h"
#include "core/storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <random>
#include <sqlite3.h>

using namespace CivicDesk;
using namespace CivicDesk::Test;
using Geo::MapPoint;
using Geo::PointFilter;
using Geo::PointIndex;

namespace {

std::vector<MapPoint> randomPoints(int n, std::mt19937 &random, const QGeoRectangle &area)
{
    std::uniform_real_distribution<double> lat(area.bottomRight().latitude(), area.topLeft().latitude());
    std::uniform_real_distribution<double> lon(area.topLeft().longitude(), area.bottomRight().longitude());
    std::uniform_int_distribution<int> small(0, 9);
    std::vector<MapPoint> out;
    for (int i = 0; i < n; ++i) {
        MapPoint p = Geo::atCoordinate(QGeoCoordinate(lat(random), lon(random)));
        p.localId = i + 1;
        p.status = std::uint8_t(small(random) % 6);
        p.priority = std::uint8_t(1 + small(random) % 5);
        p.emergency = small(random) == 0;
        p.type = std::uint16_t(small(random));
        p.department = std::uint16_t(small(random) % 4);
        out.push_back(p);
    }
    return out;
}

bool insideRect(const MapPoint &p, const QRectF &r)
{
    return p.x >= r.left() && p.x <= r.right() && p.y >= r.top() && p.y <= r.bottom();
}

/// Waits for @p done while the event loop runs, at most @p ms.
template<typename F>
bool waitFor(F done, int ms = 5000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

/// A tile server on loopback: /z/x/y.png answers "tile z/x/y" after a short delay; zoom 5 answers 404; it
/// records the User-Agent and how many requests were open at once.
class TileServer : public QObject
{
public:
    int open = 0, mostOpen = 0, served = 0;
    QByteArray userAgent;
    QByteArray cacheControl = "max-age=0, must-revalidate";

    TileServer()
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                serve(s);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void stop() { m_server.close(); }

private:
    void serve(QTcpSocket *s)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
            buffer->append(s->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            const QList<QByteArray> lines = buffer->split('\n');
            const QByteArray path = lines.first().split(' ').value(1);
            for (const QByteArray &l : lines)
                if (l.toLower().startsWith("user-agent:"))
                    userAgent = l.mid(11).trimmed();
            buffer->clear();
            ++open;
            mostOpen = std::max(mostOpen, open);
            QTimer::singleShot(30, s, [this, s, path] {
                --open;
                ++served;
                const QList<QByteArray> parts = path.split('/');
                QByteArray reply;
                if (parts.value(1) == "5") {
                    reply = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                } else {
                    const QByteArray body = "tile " + path.mid(1).replace(".png", "");
                    reply = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: " + cacheControl + "\r\nLast-Modified: Sun, 01 Nov 2026 10:00:00 GMT\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
                }
                s->write(reply);
                s->disconnectFromHost();
            });
        });
    }

    QTcpServer m_server;
};

} // namespace

TEST_CASE("viewport queries return exactly the points a brute-force scan finds", "[map][index]")
{
    std::mt19937 random(11);
    const QGeoRectangle city(QGeoCoordinate(38.02, 23.68), QGeoCoordinate(37.93, 23.80));
    const std::vector<MapPoint> points = randomPoints(20000, random, city);
    const PointIndex index(points);
    REQUIRE(index.size() == 20000);
    REQUIRE(index.cellCount() > 10);
    const MapPoint a = Geo::atCoordinate(city.topLeft()), b = Geo::atCoordinate(city.bottomRight());
    std::uniform_real_distribution<double> fx(a.x, b.x), fy(a.y, b.y), fw(0, double(b.x - a.x) * 0.6);
    for (int round = 0; round < 200; ++round) {
        const QRectF area(fx(random), fy(random), fw(random), fw(random));
        PointFilter filter;
        if (round % 3 == 1)
            filter.statuses = 0b000101u;
        if (round % 4 == 2) {
            filter.types.assign(10, false);
            filter.types[3] = filter.types[7] = true;
            filter.minPriority = 3;
        }
        if (round % 5 == 3)
            filter.department = 2;
        std::vector<std::int64_t> expected, got;
        for (const MapPoint &p : points)
            if (insideRect(p, area) && filter.accepts(p))
                expected.push_back(p.localId);
        for (int i : index.query(area, filter))
            got.push_back(index.points()[size_t(i)].localId);
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        REQUIRE(got == expected);
    }
    // The whole world, and nothing.
    CHECK(index.query(QRectF(0, 0, 4294967295.0, 4294967295.0), {}).size() == 20000);
    CHECK(index.query(QRectF(0, 0, 1000, 1000), {}).empty());
    CHECK(PointIndex().query(QRectF(0, 0, 4294967295.0, 4294967295.0), {}).empty());
}

TEST_CASE("clusters hold every visible point once, wherever the view and whatever the cell size", "[map][index]")
{
    std::mt19937 random(5);
    const QGeoRectangle city(QGeoCoordinate(42.40, -71.19), QGeoCoordinate(42.23, -70.99));
    const PointIndex index(randomPoints(30000, random, city));
    const MapPoint a = Geo::atCoordinate(city.topLeft()), b = Geo::atCoordinate(city.bottomRight());
    for (double cell : {64.0 * 256, 64.0 * 4096, 64.0 * 65536, 1e9}) {
        for (int round = 0; round < 20; ++round) {
            const double w = double(b.x - a.x) * (0.1 + 0.05 * round);
            const QRectF area(a.x + (b.x - a.x) * 0.02 * round, a.y + (b.y - a.y) * 0.01 * round, w, w * 0.6);
            PointFilter filter;
            filter.emergencyOnly = round % 7 == 6;
            const std::vector<Geo::PointCluster> clusters = index.cluster(area, cell, filter);
            const std::vector<int> visible = index.query(area, filter);
            qsizetype sum = 0, emergencies = 0;
            for (const Geo::PointCluster &c : clusters) {
                REQUIRE(c.count > 0);
                sum += c.count;
                emergencies += c.emergencies;
                REQUIRE(c.first >= 0);
                REQUIRE(insideRect(index.points()[size_t(c.first)], area));
                REQUIRE(c.x >= area.left() - 1);
                REQUIRE(c.x <= area.right() + 1);
            }
            REQUIRE(sum == qsizetype(visible.size()));
            qsizetype expectedEmergencies = 0;
            for (int i : visible)
                expectedEmergencies += index.points()[size_t(i)].emergency ? 1 : 0;
            REQUIRE(emergencies == expectedEmergencies);
        }
    }
    // The nearest point to a click, within a radius only.
    const MapPoint &p = index.points()[1234];
    CHECK(index.nearest(p.x + 3.0, p.y - 2.0, 50.0, {}) >= 0);
    CHECK(index.points()[size_t(index.nearest(p.x + 0.0, p.y + 0.0, 50.0, {}))].localId == p.localId);
    CHECK(index.find(p.localId) == 1234);
    CHECK(index.find(-5) == -1);
}

TEST_CASE("Boston's neighbourhoods and request sample: point in polygon and the map's points", "[map][shared]")
{
    const QString requests = sharedData(QStringLiteral("requests/boston_open311_requests_sample2000.csv"));
    const QString hoods = sharedData(QStringLiteral("geography/boston_neighborhoods.geojson"));
    if (requests.isEmpty() || hoods.isEmpty())
        return;
    Result<GeoJson::FeatureCollection> file = GeoJson::readFile(hoods);
    REQUIRE(file.ok());
    auto nameAt = [&](double lat, double lon) {
        for (const GeoJson::Feature &f : file->features)
            if (Geo::contains(f.polygons, QGeoCoordinate(lat, lon)))
                return f.properties.value(QStringLiteral("Name")).toString();
        return QString();
    };
    CHECK(nameAt(42.3467, -71.0972) == QStringLiteral("Fenway"));       // Fenway Park
    CHECK(nameAt(42.3601, -71.0545) == QStringLiteral("Downtown"));     // Faneuil Hall
    CHECK(nameAt(42.3663, -71.0544) == QStringLiteral("North End"));    // Paul Revere House
    CHECK(nameAt(42.3500, -71.0810) == QStringLiteral("Back Bay"));     // Copley Square
    CHECK(nameAt(42.3736, -71.1190).isEmpty());                          // Harvard Square: Cambridge
    CHECK(nameAt(42.3370, -71.2092).isEmpty());                          // Newton

    TempDatabase t(QStringLiteral("US"));
    REQUIRE(DistrictImporter(*t.db).importFile(hoods, QStringLiteral("Name")).ok());
    REQUIRE(Open311Importer(*t.db).importFile(requests).ok());
    const MapPoints points = RequestMap(*t.db).loadPoints();
    SqliteStatement open(SqliteAccess::handle(*t.db), "SELECT count(*) FROM service_request WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND lat IS NOT NULL");
    REQUIRE(open.step());
    CHECK(points.index.size() == open.int64(0));
    CHECK(points.index.size() > 100);
    // The whole city in clusters of zoom-12 screen cells: all there once.
    const MapPoint nw = Geo::atCoordinate(QGeoCoordinate(42.40, -71.20)), se = Geo::atCoordinate(QGeoCoordinate(42.22, -70.98));
    const QRectF city(nw.x, nw.y, double(se.x - nw.x), double(se.y - nw.y));
    qsizetype sum = 0;
    for (const Geo::PointCluster &c : points.index.cluster(city, 64.0 * (1 << 12), {}))
        sum += c.count;
    CHECK(sum == points.index.size());
    // Every point found again by its row and back at its request's place.
    const MapPoint &p = points.index.points().front();
    const std::optional<MapRequestInfo> info = RequestMap(*t.db).info(p.localId);
    REQUIRE(info);
    const MapPoint again = Geo::atCoordinate(info->at);
    CHECK(again.x == p.x);
    CHECK(again.y == p.y);
    CHECK(RequestMap(*t.db).infoById(info->id)->localId == p.localId);
}

TEST_CASE("the heat map's kept counts equal a count of the requests, through every change", "[map][heat]")
{
    Demo d;
    RequestMap map(d.db());
    const auto same = [&](qint64 from, qint64 to, const QString &group) {
        const HeatMap kept = map.heat(from, to, group);
        const HeatMap counted = map.heatByScan(from, to, group);
        QHash<qint64, int> a, b;
        for (const HeatCell &c : kept.cells)
            a.insert(RequestMap::heatCell(c.centre.latitude(), c.centre.longitude()), c.count);
        for (const HeatCell &c : counted.cells)
            b.insert(RequestMap::heatCell(c.centre.latitude(), c.centre.longitude()), c.count);
        INFO("period " << from << " … " << to << " group " << group.toStdString());
        REQUIRE(kept.total == counted.total);
        REQUIRE(a == b);
        return kept.total;
    };
    SqliteStatement range(SqliteAccess::handle(d.db()), "SELECT min(created_at), max(created_at) + 1 FROM service_request");
    REQUIRE(range.step());
    const qint64 first = range.int64(0), last = range.int64(1);
    SqliteStatement group(SqliteAccess::handle(d.db()), "SELECT group_id FROM service_type WHERE group_id IS NOT NULL GROUP BY group_id ORDER BY count(*) DESC LIMIT 1");
    REQUIRE(group.step());
    const QString groupId = group.text(0);
    // Everything; a group; periods starting and ending mid-month, within one month, and empty.
    CHECK(same(first, last, QString()) == 1500);
    CHECK(same(first, last, groupId) > 0);
    const qint64 day = 86400000;
    same(first + 17 * day + 3600000, last - 40 * day, QString());
    same(first + 17 * day, first + 25 * day, groupId);
    CHECK(same(last - 200 * day, last - 200 * day, QString()) == 0);
    // Moves, a new type's group, deletions: the triggers follow.
    REQUIRE(d.db().exec(QStringLiteral("UPDATE service_request SET lat = lat + 0.01 WHERE local_id % 7 = 0")).ok());
    REQUIRE(d.db().exec(QStringLiteral("UPDATE service_request SET created_at = created_at - 40 * 86400000 WHERE local_id % 11 = 0")).ok());
    REQUIRE(d.db().exec(QStringLiteral("UPDATE service_request SET lat = NULL, lon = NULL WHERE local_id % 13 = 0")).ok());
    REQUIRE(d.db().exec(QStringLiteral("UPDATE service_type SET group_id = (SELECT id FROM service_group ORDER BY id LIMIT 1) WHERE id IN (SELECT id FROM service_type ORDER BY code LIMIT (SELECT count(*) / 3 FROM service_type))")).ok());
    REQUIRE(d.db().exec(QStringLiteral("DELETE FROM service_request WHERE local_id % 17 = 0 AND id NOT IN (SELECT request_id FROM request_reporter) "
                                       "AND id NOT IN (SELECT request_id FROM request_event) AND id NOT IN (SELECT duplicate_of FROM service_request WHERE duplicate_of IS NOT NULL)")).ok());
    SqliteStatement again(SqliteAccess::handle(d.db()), "SELECT min(created_at), max(created_at) + 1 FROM service_request");
    REQUIRE(again.step());
    same(again.int64(0), again.int64(1), QString());
    same(again.int64(0), again.int64(1), groupId);
    same(again.int64(0) + 45 * day, again.int64(1) - 3 * day, groupId);
    // And a rebuild from scratch gives the same table.
    SqliteStatement kept(SqliteAccess::handle(d.db()), "SELECT group_concat(group_id || ':' || month || ':' || cell || ':' || n) FROM (SELECT * FROM request_heat_month ORDER BY 1, 2, 3)");
    REQUIRE(kept.step());
    const QString before = kept.text(0);
    kept.reset();
    QFile rebuild(QStringLiteral(":/civicdesk/sql/heat_rebuild.sql"));
    REQUIRE(rebuild.open(QIODevice::ReadOnly));
    REQUIRE(d.db().exec(QString::fromUtf8(rebuild.readAll())).ok());
    REQUIRE(kept.step());
    CHECK(kept.text(0) == before);
}

TEST_CASE("map points read in the background equal a read here, follow changes and say when the file is gone", "[map][loader]")
{
    Demo d;
    const auto rows = [](const MapPoints &m) {
        std::vector<std::pair<qint64, int>> out;
        for (const MapPoint &p : m.index.points())
            out.emplace_back(p.localId, int(p.status));
        std::sort(out.begin(), out.end());
        return out;
    };
    MapPointsLoader loader(d.db().path());
    std::vector<std::shared_ptr<const MapPoints>> got;
    QStringList failed;
    QObject::connect(&loader, &MapPointsLoader::loaded, &loader, [&](std::shared_ptr<const MapPoints> p) { got.push_back(std::move(p)); });
    QObject::connect(&loader, &MapPointsLoader::failed, &loader, [&](const QString &m) { failed.append(m); });

    loader.request();
    CHECK(loader.isLoading());
    REQUIRE(waitFor([&] { return !got.empty(); }));
    CHECK(!loader.isLoading());
    const MapPoints here = RequestMap(d.db()).loadPoints();
    REQUIRE(here.index.size() > 20);
    CHECK(rows(*got[0]) == rows(here));

    // A change made here, then three requests while a read runs: one read more, which sees the change.
    REQUIRE(d.db().exec(QStringLiteral("UPDATE service_request SET status = 'closed' WHERE local_id IN "
                                       "(SELECT local_id FROM service_request WHERE status IN ('new', 'accepted', 'assigned') AND lat IS NOT NULL LIMIT 5)")).ok());
    loader.request();
    loader.request();
    loader.request();
    REQUIRE(waitFor([&] { return got.size() >= 2 && !loader.isLoading(); }));
    QCoreApplication::processEvents();
    CHECK(got.size() == 3);
    CHECK(rows(*got.back()) == rows(RequestMap(d.db()).loadPoints()));
    CHECK(got.back()->index.size() == here.index.size() - 5);
    CHECK(failed.isEmpty());

    // A file that cannot be read: said, and nothing loaded.
    MapPointsLoader lost(d.t.dir.filePath(QStringLiteral("gone.civicdesk")));
    QStringList lostFailed;
    QObject::connect(&lost, &MapPointsLoader::failed, &lost, [&](const QString &m) { lostFailed.append(m); });
    lost.request();
    REQUIRE(waitFor([&] { return !lostFailed.isEmpty(); }));
    CHECK(lostFailed.first().contains(QStringLiteral("does not exist")));
    CHECK(!lost.isLoading());

    // Destroyed while a read runs: it waits for the read, and nothing arrives afterwards.
    {
        MapPointsLoader quick(d.db().path());
        QObject::connect(&quick, &MapPointsLoader::loaded, &quick, [&](std::shared_ptr<const MapPoints>) { FAIL("a destroyed loader delivered"); });
        quick.request();
    }
    QCoreApplication::processEvents();
}

TEST_CASE("a click on the map finds the nearest address and its district", "[map][gazetteer]")
{
    Demo d;
    Gazetteer gazetteer(d.db());
    SqliteStatement seg(SqliteAccess::handle(d.db()), "SELECT s.name, g.from_number, g.to_number, g.from_lat, g.from_lon, g.to_lat, g.to_lon "
                                         "FROM street_segment g JOIN street s ON s.id = g.street_id WHERE g.to_number - g.from_number >= 10 ORDER BY g.id LIMIT 20");
    int checked = 0;
    while (seg.step()) {
        const double t = 0.5;
        const QGeoCoordinate mid(seg.real(3) + t * (seg.real(5) - seg.real(3)), seg.real(4) + t * (seg.real(6) - seg.real(4)));
        const std::optional<AddressMatch> m = gazetteer.nearest(mid);
        REQUIRE(m);
        // Another street may cross at that point; the distance to the street found is what matters.
        if (m->street != seg.text(0))
            continue;
        CHECK(m->number >= seg.int64(1));
        CHECK(m->number <= seg.int64(2));
        CHECK((m->number - seg.int64(1)) % 2 == 0);
        CHECK(m->location == mid);
        CHECK(m->districtId == gazetteer.districtAt(mid));
        CHECK(m->label == m->street + u' ' + QString::number(m->number));
        ++checked;
    }
    CHECK(checked >= 10);
    // Far from every street: nothing.
    CHECK_FALSE(gazetteer.nearest(QGeoCoordinate(0, 0)));
    CHECK_FALSE(gazetteer.nearest(QGeoCoordinate()));
}

TEST_CASE("self-intersecting and out-of-range district polygons: kept by the even-odd rule or skipped with a reason", "[map][geo]")
{
    // An asymmetric bow tie (its lobes have different areas), a symmetric one (no area at all), a polygon with a
    // latitude of 200, and a good square.
    const QByteArray json = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"bow"},"geometry":{"type":"Polygon","coordinates":[[[23.70,37.90],[23.76,37.96],[23.76,37.90],[23.70,37.93],[23.70,37.90]]]}},
      {"type":"Feature","properties":{"name":"flat"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}},
      {"type":"Feature","properties":{"name":"far"},"geometry":{"type":"Polygon","coordinates":[[[23.7,200],[23.8,37.9],[23.9,37.8],[23.7,200]]]}},
      {"type":"Feature","properties":{"name":"square"},"geometry":{"type":"Polygon","coordinates":[[[23.80,37.90],[23.82,37.90],[23.82,37.92],[23.80,37.92],[23.80,37.90]]]}}
    ]})";
    Result<GeoJson::FeatureCollection> file = GeoJson::parse(json);
    REQUIRE(file.ok());
    QStringList kept;
    for (const GeoJson::Feature &f : file->features)
        kept.append(f.properties.value(QStringLiteral("name")).toString());
    CHECK(kept.contains(QStringLiteral("square")));
    CHECK_FALSE(kept.contains(QStringLiteral("far")));
    CHECK_FALSE(kept.contains(QStringLiteral("flat")));
    CHECK(file->skipped.size() == 4 - kept.size());
    for (const GeoJson::Skipped &s : file->skipped)
        CHECK_FALSE(s.reason.isEmpty());
    for (const GeoJson::Feature &f : file->features) {
        if (f.properties.value(QStringLiteral("name")) != QStringLiteral("bow"))
            continue;
        // Inside either lobe (the edges cross at 37.92, 23.72), outside both.
        CHECK(Geo::contains(f.polygons, QGeoCoordinate(37.93, 23.75)));
        CHECK(Geo::contains(f.polygons, QGeoCoordinate(37.915, 23.705)));
        CHECK_FALSE(Geo::contains(f.polygons, QGeoCoordinate(37.905, 23.74)));
        CHECK_FALSE(Geo::contains(f.polygons, QGeoCoordinate(37.95, 23.71)));
        CHECK_FALSE(Geo::contains(f.polygons, QGeoCoordinate(38.5, 23.74)));
    }
}

TEST_CASE("MBTiles: tiles read from a file made here, TMS rows flipped, missing ones said", "[map][tiles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.mbtiles"));
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE metadata (name TEXT, value TEXT);"
                                 "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                                 "INSERT INTO metadata VALUES ('name', 'Test town'), ('format', 'png'), ('minzoom', '12'), ('maxzoom', '16'),"
                                 " ('attribution', 'Test data');",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        SqliteStatement insert(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)");
        const WebMercator::Tile syntagma = WebMercator::tileAt(QGeoCoordinate(37.9755, 23.7348), 15);
        insert.bindAll({15, syntagma.x, syntagma.tmsRow(), QByteArray("\x89PNG syntagma", 13)});
        REQUIRE(insert.exec());
        sqlite3_close(db);
    }
    Result<std::unique_ptr<Geo::MbTilesSource>> source = Geo::MbTilesSource::open(path);
    REQUIRE(source.ok());
    Geo::MbTilesSource &s = *source.value();
    CHECK(s.name() == QStringLiteral("Test town"));
    CHECK(s.minZoom() == 12);
    CHECK(s.maxZoom() == 16);
    CHECK(s.attribution() == QStringLiteral("Test data"));
    const WebMercator::Tile syntagma = WebMercator::tileAt(QGeoCoordinate(37.9755, 23.7348), 15);
    CHECK(s.read(syntagma) == QByteArray("\x89PNG syntagma", 13));
    CHECK_FALSE(s.read({15, syntagma.x, syntagma.tmsRow()})); // the unflipped row is another tile
    // Asynchronous answers: one per tile, the missing one as missing.
    QList<QByteArray> ready;
    QList<Geo::TileProblem> failed;
    QObject::connect(&s, &Geo::TileSource::tileReady, [&](int, int, int, const QByteArray &data, bool) { ready.append(data); });
    QObject::connect(&s, &Geo::TileSource::tileFailed, [&](int, int, int, Geo::TileProblem p, const QString &) { failed.append(p); });
    s.fetch(syntagma);
    s.fetch({15, syntagma.x + 1, syntagma.y});
    CHECK(ready.isEmpty()); // never from inside fetch()
    REQUIRE(waitFor([&] { return ready.size() + failed.size() == 2; }));
    CHECK(ready == QList<QByteArray>{QByteArray("\x89PNG syntagma", 13)});
    CHECK(failed == QList<Geo::TileProblem>{Geo::TileProblem::Missing});
    // Not an MBTiles file, or no file at all: said, not crashed.
    QFile junk(dir.filePath(QStringLiteral("junk.mbtiles")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("this is not sqlite");
    junk.close();
    CHECK_FALSE(Geo::MbTilesSource::open(junk.fileName()).ok());
    CHECK_FALSE(Geo::MbTilesSource::open(dir.filePath(QStringLiteral("none.mbtiles"))).ok());
}

TEST_CASE("XYZ tiles over real HTTP: bounded parallel requests, User-Agent, errors, the cache when offline", "[map][tiles][http]")
{
    TileServer server;
    QTemporaryDir cache;
    Geo::BaseMapConfig config;
    config.kind = Geo::BaseMapConfig::Kind::Xyz;
    config.url = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.port());
    config.attribution = QStringLiteral("Test tiles");
    REQUIRE(config.validate().ok());
    Geo::XyzTileSource source(config, cache.path());
    source.setMaxParallel(3);
    QHash<QString, QByteArray> ready;
    QHash<QString, bool> fromCache;
    QHash<QString, Geo::TileProblem> failed;
    const auto name = [](int z, int x, int y) { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); };
    QObject::connect(&source, &Geo::TileSource::tileReady, [&](int z, int x, int y, const QByteArray &data, bool cached) {
        ready.insert(name(z, x, y), data);
        fromCache.insert(name(z, x, y), cached);
    });
    QObject::connect(&source, &Geo::TileSource::tileFailed, [&](int z, int x, int y, Geo::TileProblem p, const QString &) {
        failed.insert(name(z, x, y), p);
    });
    for (int x = 0; x < 12; ++x)
        source.fetch({14, 9000 + x, 6000});
    source.fetch({5, 1, 1});
    source.fetch({14, 9000, 6000}); // asked twice, fetched once
    REQUIRE(waitFor([&] { return ready.size() + failed.size() == 13; }));
    CHECK(ready.size() == 12);
    CHECK(ready.value(QStringLiteral("14/9003/6000")) == QByteArray("tile 14/9003/6000"));
    CHECK(failed.value(QStringLiteral("5/1/1")) == Geo::TileProblem::Http);
    CHECK(server.mostOpen <= 3);
    CHECK(source.highestRunning() == 3);
    CHECK(server.userAgent.startsWith("CivicDesk/"));
    CHECK(server.served == 13);

    // The server goes away: tiles seen before come from the disk cache, others fail as network problems.
    server.stop();
    ready.clear();
    failed.clear();
    fromCache.clear();
    source.fetch({14, 9003, 6000});
    source.fetch({14, 9100, 6000});
    REQUIRE(waitFor([&] { return ready.size() + failed.size() == 2; }, 20000));
    for (auto it = failed.cbegin(); it != failed.cend(); ++it)
        UNSCOPED_INFO("failed " << it.key().toStdString() << " " << int(it.value()));
    CHECK(ready.value(QStringLiteral("14/9003/6000")) == QByteArray("tile 14/9003/6000"));
    CHECK(fromCache.value(QStringLiteral("14/9003/6000")));
    CHECK(failed.value(QStringLiteral("14/9100/6000")) == Geo::TileProblem::Network);

    // Settings that cannot work are refused with the reason.
    Geo::BaseMapConfig bad = config;
    bad.url = QStringLiteral("ftp://tiles.example/{z}/{x}/{y}.png");
    CHECK_FALSE(bad.validate().ok());
    bad.url = QStringLiteral("https://tiles.example/{z}/{x}.png");
    CHECK_FALSE(bad.validate().ok());
    CHECK_FALSE(Geo::BaseMapConfig::fromJson(QStringLiteral("{\"kind\":\"wms\"}")).ok());
    CHECK_FALSE(Geo::BaseMapConfig::fromJson(QStringLiteral("[1,2")).ok());
    const Result<Geo::BaseMapConfig> back = Geo::BaseMapConfig::fromJson(config.toJson());
    REQUIRE(back.ok());
    CHECK(back->url == config.url);
    CHECK(back->kind == Geo::BaseMapConfig::Kind::Xyz);
    CHECK(Geo::BaseMapConfig::fromJson(QStringLiteral("{}"))->kind == Geo::BaseMapConfig::Kind::Vector);
}

TEST_CASE("the base map setting is kept with the municipality", "[map][tiles]")
{
    TempDatabase t;
    CHECK(Geo::readBaseMapConfig(*t.db)->kind == Geo::BaseMapConfig::Kind::Vector);
    Geo::BaseMapConfig c;
    c.kind = Geo::BaseMapConfig::Kind::MbTiles;
    c.path = QStringLiteral("/srv/tiles/town.mbtiles");
    REQUIRE(Geo::writeBaseMapConfig(*t.db, c).ok());
    CHECK(Geo::readBaseMapConfig(*t.db)->path == c.path);
    c.path.clear();
    CHECK_FALSE(Geo::writeBaseMapConfig(*t.db, c).ok());
    CHECK(Geo::readBaseMapConfig(*t.db)->path == QStringLiteral("/srv/tiles/town.mbtiles"));
}
