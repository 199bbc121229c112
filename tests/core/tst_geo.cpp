// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "geo/geojson.h"
#include "geo/geometry.h"
#include "importing/districtimporter.h"

#include <QFile>

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
