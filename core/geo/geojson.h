// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QGeoPolygon>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace CivicDesk::GeoJson {

/// One polygonal feature of a GeoJSON file.
struct Feature
{
    int index = 0; ///< position in the file's feature list, for messages
    QVariantMap properties;
    QList<QGeoPolygon> polygons;
};

/// Features whose geometry could not be used, with the reason.
struct Skipped
{
    int index = 0;
    QString reason;
};

struct FeatureCollection
{
    QList<Feature> features;
    QList<Skipped> skipped;
};

/// Reads the Polygon and MultiPolygon features of a GeoJSON FeatureCollection (or a single Feature).
Result<FeatureCollection> readFile(const QString &path);
Result<FeatureCollection> parse(const QByteArray &json);

/// A GeoJSON geometry object for the parts (Polygon for one part, else MultiPolygon), compact text.
QString geometryToJson(const QList<QGeoPolygon> &parts);
/// The parts of a GeoJSON geometry text, as written by geometryToJson or read from a file.
QList<QGeoPolygon> geometryFromJson(const QString &json);

} // namespace CivicDesk::GeoJson
