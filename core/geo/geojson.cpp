// SPDX-License-Identifier: GPL-3.0-or-later
#include "geojson.h"

#include "geometry.h"
#include "core/util/tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace CivicDesk::GeoJson {
namespace {

// One ring: [[lon, lat], ...]; a wrong ring yields an empty list and a reason.
QList<QGeoCoordinate> readRing(const QJsonArray &ring, QString *why)
{
    QList<QGeoCoordinate> out;
    out.reserve(ring.size());
    for (const QJsonValue &v : ring) {
        const QJsonArray pos = v.toArray();
        if (pos.size() < 2 || !pos.at(0).isDouble() || !pos.at(1).isDouble()) {
            *why = Tr::tr("a position is not a pair of numbers");
            return {};
        }
        const double lon = pos.at(0).toDouble(), lat = pos.at(1).toDouble();
        if (!std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180) {
            *why = Tr::tr("a position lies outside the range of latitude and longitude");
            return {};
        }
        out.append(QGeoCoordinate(lat, lon));
    }
    if (out.size() > 1 && out.first() == out.last())
        out.removeLast();
    if (!Geo::isUsableRing(out)) {
        *why = Tr::tr("a ring has fewer than three points or no area");
        return {};
    }
    return out;
}

bool readPolygon(const QJsonArray &rings, QList<QGeoPolygon> &parts, QString *why)
{
    if (rings.isEmpty()) {
        *why = Tr::tr("a polygon has no rings");
        return false;
    }
    QList<QGeoCoordinate> outer = readRing(rings.at(0).toArray(), why);
    if (outer.isEmpty())
        return false;
    QGeoPolygon polygon(outer);
    for (qsizetype i = 1; i < rings.size(); ++i) {
        QList<QGeoCoordinate> hole = readRing(rings.at(i).toArray(), why);
        if (hole.isEmpty())
            return false;
        polygon.addHole(hole);
    }
    parts.append(polygon);
    return true;
}

bool readGeometry(const QJsonObject &geometry, QList<QGeoPolygon> &parts, QString *why)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coords = geometry.value(QLatin1String("coordinates")).toArray();
    if (type == QLatin1String("Polygon"))
        return readPolygon(coords, parts, why);
    if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue &p : coords) {
            if (!readPolygon(p.toArray(), parts, why))
                return false;
        }
        if (parts.isEmpty())
            *why = Tr::tr("the multipolygon is empty");
        return !parts.isEmpty();
    }
    *why = type.isEmpty() ? Tr::tr("the feature has no geometry") : Tr::tr("geometry type %1 is not an area").arg(type);
    return false;
}

QJsonArray ringToJson(const QList<QGeoCoordinate> &ring)
{
    QJsonArray out;
    for (const QGeoCoordinate &c : ring)
        out.append(QJsonArray{c.longitude(), c.latitude()});
    if (!ring.isEmpty())
        out.append(QJsonArray{ring.first().longitude(), ring.first().latitude()});
    return out;
}

QJsonArray polygonToJson(const QGeoPolygon &p)
{
    QJsonArray rings{ringToJson(p.perimeter())};
    for (int h = 0; h < p.holesCount(); ++h)
        rings.append(ringToJson(p.holePath(h)));
    return rings;
}

} // namespace

Result<FeatureCollection> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("geojson.unreadable"), Tr::tr("Cannot read %1: %2").arg(path, f.errorString())};
    return parse(f.readAll());
}

Result<FeatureCollection> parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        return Error{QStringLiteral("geojson.syntax"),
                     Tr::tr("The GeoJSON is not valid JSON (at character %1: %2).").arg(err.offset).arg(err.errorString())};
    }
    const QJsonObject root = doc.object();
    QJsonArray features;
    const QString type = root.value(QLatin1String("type")).toString();
    if (type == QLatin1String("FeatureCollection"))
        features = root.value(QLatin1String("features")).toArray();
    else if (type == QLatin1String("Feature"))
        features.append(root);
    else
        return Error{QStringLiteral("geojson.type"), Tr::tr("The GeoJSON holds no features (type \"%1\").").arg(type)};

    FeatureCollection out;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject f = features.at(i).toObject();
        Feature feature;
        feature.index = int(i);
        feature.properties = f.value(QLatin1String("properties")).toObject().toVariantMap();
        QString why;
        if (readGeometry(f.value(QLatin1String("geometry")).toObject(), feature.polygons, &why))
            out.features.append(feature);
        else
            out.skipped.append({int(i), why});
    }
    return out;
}

QString geometryToJson(const QList<QGeoPolygon> &parts)
{
    QJsonObject g;
    if (parts.size() == 1) {
        g.insert(QLatin1String("type"), QLatin1String("Polygon"));
        g.insert(QLatin1String("coordinates"), polygonToJson(parts.first()));
    } else {
        QJsonArray polys;
        for (const QGeoPolygon &p : parts)
            polys.append(polygonToJson(p));
        g.insert(QLatin1String("type"), QLatin1String("MultiPolygon"));
        g.insert(QLatin1String("coordinates"), polys);
    }
    return QString::fromUtf8(QJsonDocument(g).toJson(QJsonDocument::Compact));
}

QList<QGeoPolygon> geometryFromJson(const QString &json)
{
    QList<QGeoPolygon> parts;
    QString why;
    readGeometry(QJsonDocument::fromJson(json.toUtf8()).object(), parts, &why);
    return parts;
}

} // namespace CivicDesk::GeoJson
