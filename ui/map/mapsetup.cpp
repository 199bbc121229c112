// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapsetup.h"

#include "core/session/desksession.h"
#include "core/geo/geometry.h"
#include "mapwidget.h"
#include "core/storage/database.h"

#include <QDir>
#include <QStandardPaths>

namespace CivicDesk {

QString setUpMap(MapWidget &map, DeskSession &desk)
{
    const Gazetteer &gazetteer = desk.intake().gazetteer();
    map.setDistricts(gazetteer.districts());
    QString problem;
    const Result<Geo::BaseMapConfig> config = Geo::readBaseMapConfig(desk.db());
    if (!config.ok()) {
        problem = config.error().message;
    } else if (config->kind == Geo::BaseMapConfig::Kind::Xyz) {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
        QDir().mkpath(cache);
        auto *source = new Geo::XyzTileSource(config.value(), cache);
        map.setTileSource(source);
        map.setZoomRange(2, config->maxZoom);
    } else if (config->kind == Geo::BaseMapConfig::Kind::MbTiles) {
        Result<std::unique_ptr<Geo::MbTilesSource>> source = Geo::MbTilesSource::open(config->path);
        if (source.ok()) {
            map.setZoomRange(std::max(2, source.value()->minZoom()), std::max(source.value()->maxZoom(), 19));
            map.setTileSource(std::move(source).value().release());
        } else {
            problem = source.error().message;
        }
    }
    // The vector base map, or under raster tiles what stands where a tile cannot be had.
    map.setStreets(gazetteer.streetLines());
    map.setStreetsFromOpenStreetMap(desk.db().localSetting(QStringLiteral("gazetteer_source")) == QLatin1String("openstreetmap"));
    // The municipality in view: its districts, else its centre.
    QList<QGeoPolygon> all;
    for (const District &d : gazetteer.districts())
        all.append(d.polygons);
    if (!all.isEmpty())
        map.fitTo(Geo::boundingBox(all));
    else if (desk.tenant().centre.isValid())
        map.setView(desk.tenant().centre, 14);
    return problem;
}

} // namespace CivicDesk
