// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/geo/geojson.h"
#include "core/geo/geometry.h"
#include "core/geo/webmercator.h"
#include "core/importing/districtimporter.h"

#include <QFile>

#include <random>

using namespace CivicDesk;
using namespace CivicDesk::Test;

TEST_CASE("point in polygon honours holes and multipolygons", "[geo]")
{
    const QByteArray json = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Ring"},"geometry":{"type":"Polygon","coordinates":[
        [[0,0],[10,0],[10,10],[0,10],[0,0]],[[4,4],[6,4],[6,6],[4,6],[4,4]]]}},
      {"type":"Feature","properties":{"name":"Islands"},"geometry":{"type":"MultiPolygon","coordinates":[
        [[[20,0],[21,0],[21,1],[20,1],[20,0]]],[[[30,0],[31,0],[31,1],[30,1],[30,0]]]]}}]})";
    Result<GeoJson::FeatureCollection> fc = GeoJson::parse(json);
    REQUIRE(fc.ok());
    REQUIRE(fc->features.size() == 2);
    const QList<QGeoPolygon> &ring = fc->features[0].polygons;
    CHECK(Geo::contains(ring, QGeoCoordinate(2, 2)));
    CHECK_FALSE(Geo::contains(ring, QGeoCoordinate(5, 5))); // in the hole
    CHECK_FALSE(Geo::contains(ring, QGeoCoordinate(11, 5)));
    const QList<QGeoPolygon> &islands = fc->features[1].polygons;
    CHECK(Geo::contains(islands, QGeoCoordinate(0.5, 30.5)));
    CHECK_FALSE(Geo::contains(islands, QGeoCoordinate(0.5, 25)));
    // Round trip through the stored form.
    CHECK(Geo::contains(GeoJson::geometryFromJson(GeoJson::geometryToJson(ring)), QGeoCoordinate(2, 2)));
    CHECK_FALSE(Geo::contains(GeoJson::geometryFromJson(GeoJson::geometryToJson(ring)), QGeoCoordinate(5, 5)));
}

TEST_CASE("broken GeoJSON is refused or its bad features skipped with reasons", "[geo]")
{
    CHECK_FALSE(GeoJson::parse("{not json").ok());
    CHECK_FALSE(GeoJson::parse(R"({"type":"Point","coordinates":[1,2]})").ok());
    const QByteArray json = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Line"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
      {"type":"Feature","properties":{"name":"Flat"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[2,2],[0,0]]]}},
      {"type":"Feature","properties":{"name":"Far"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[500,0],[0,1],[0,0]]]}},
      {"type":"Feature","properties":{"name":"Text"},"geometry":{"type":"Polygon","coordinates":[[["a","b"],[1,0],[0,1]]]}},
      {"type":"Feature","properties":{"name":"Good"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,1],[0,0]]]}},
      {"type":"Feature","properties":{},"geometry":null}]})";
    Result<GeoJson::FeatureCollection> fc = GeoJson::parse(json);
    REQUIRE(fc.ok());
    CHECK(fc->features.size() == 1);
    CHECK(fc->skipped.size() == 5);
    for (const GeoJson::Skipped &s : fc->skipped)
        CHECK_FALSE(s.reason.isEmpty());
}

TEST_CASE("districts from a file: missing names are skipped, the rest kept", "[geo]")
{
    TempDatabase t;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.geojson"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Κέντρο"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,1],[0,0]]]}},
      {"type":"Feature","properties":{"other":"x"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,1],[0,0]]]}}]})");
    f.close();
    Result<ImportReport> r = DistrictImporter(*t.db).importFile(path, QStringLiteral("name"));
    REQUIRE(r.ok());
    CHECK(r->imported == 1);
    CHECK(r->skipped == 1);
    CHECK(r->skippedRows.first().line == 2);
    CHECK_FALSE(DistrictImporter(*t.db).importFile(dir.filePath(QStringLiteral("none.geojson")), QStringLiteral("name")).ok());
}

TEST_CASE("distances in metres", "[geo]")
{
    const double d = Geo::distanceMetres(QGeoCoordinate(37.9755, 23.7348), QGeoCoordinate(37.9715, 23.7267));
    CHECK(d > 750);
    CHECK(d < 850);
}

TEST_CASE("Web Mercator tile maths", "[geo][tiles]")
{
    using namespace CivicDesk::WebMercator;
    // Known tiles: the world's centre, Athens' Syntagma square, and the poles clamped.
    CHECK(tileAt(QGeoCoordinate(0.0001, 0.0001), 1) == Tile{1, 1, 0});
    CHECK(tileAt(QGeoCoordinate(-0.0001, -0.0001), 1) == Tile{1, 0, 1});
    CHECK(tileAt(QGeoCoordinate(37.9755, 23.7348), 15) == Tile{15, 18544, 12642}); // OpenStreetMap wiki formula, computed apart
    CHECK(tileAt(QGeoCoordinate(90, 0), 3).y == 0);
    CHECK(tileAt(QGeoCoordinate(-90, 0), 3).y == 7);
    CHECK(Tile{15, 18544, 12642}.tmsRow() == (1 << 15) - 1 - 12642);
    // Round trips at every zoom, to well under a pixel.
    std::mt19937 random(3);
    std::uniform_real_distribution<double> lat(-85.0, 85.0), lon(-179.999, 179.999);
    for (int z = 0; z <= maxZoom; ++z) {
        for (int i = 0; i < 200; ++i) {
            const QGeoCoordinate c(lat(random), lon(random));
            const QPointF p = project(c, z);
            const QPointF back = project(unproject(p, z), z);
            REQUIRE(std::abs(back.x() - p.x()) < 1e-3);
            REQUIRE(std::abs(back.y() - p.y()) < 1e-3);
            const Tile t = tileAt(c, z);
            const QGeoRectangle b = bounds(t);
            REQUIRE(c.latitude() <= b.topLeft().latitude() + 1e-9);
            REQUIRE(c.latitude() >= b.bottomRight().latitude() - 1e-9);
            REQUIRE(c.longitude() >= b.topLeft().longitude() - 1e-9);
            REQUIRE(c.longitude() <= b.bottomRight().longitude() + 1e-9);
        }
    }
    // Tiles covering an area; across the antimeridian too.
    const QGeoRectangle athens(QGeoCoordinate(38.05, 23.65), QGeoCoordinate(37.93, 23.80));
    const QList<Tile> tiles = tilesCovering(athens, 12);
    REQUIRE(!tiles.isEmpty());
    for (const Tile &t : tiles)
        CHECK(bounds(t).intersects(athens));
    CHECK(tilesCovering(QGeoRectangle(QGeoCoordinate(10, 179), QGeoCoordinate(-10, -179)), 2).size() == 2 * 2);
    // Scale: about 4.8 m per pixel at the equator at zoom 15, half that at 60° latitude.
    CHECK(metresPerPixel(0, 15) == Approx(4.777).epsilon(0.001));
    CHECK(metresPerPixel(60, 15) == Approx(4.777 / 2).epsilon(0.001));
    // Out of the projection's range: clamped, never NaN.
    const QPointF pole = project(QGeoCoordinate(89.9, 0), 4);
    CHECK(std::isfinite(pole.y()));
    CHECK(pole.y() == Approx(0).margin(1e-6));
}
