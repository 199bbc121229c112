// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapsetup.h"

#include "core/session/desksession.h"
#include "core/geo/geometry.h"
#include "mapwidget.h"
#include "core/storage/database.h"

#include <QDir>
#include <QStandardPaths>

namespace CivicDesk {

QString setBaseMap(MapWidget &map, const Geo::BaseMapConfig &config)
{
    map.setTileSource(nullptr);
    map.setZoomRange(2, 19);
    if (config.kind == Geo::BaseMapConfig::Kind::Xyz) {
        if (Status s = config.validate(); !s)
            return s.error().message;
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
        QDir().mkpath(cache);
        map.setTileSource(new Geo::XyzTileSource(config, cache));
        map.setZoomRange(2, config.maxZoom);
    } else if (config.kind == Geo::BaseMapConfig::Kind::MbTiles) {
        Result<std::unique_ptr<Geo::MbTilesSource>> source = Geo::MbTilesSource::open(config.path);
        if (!source.ok())
            return source.error().message;
        map.setZoomRange(std::max(2, source.value()->minZoom()), std::max(source.value()->maxZoom(), 19));
        map.setTileSource(std::move(source).value().release());
    }
    return {};
}

QString setUpMap(MapWidget &map, DeskSession &desk)
{
    const Gazetteer &gazetteer = desk.intake().gazetteer();
    map.setDistricts(gazetteer.districts());
    const Result<Geo::BaseMapConfig> config = Geo::readBaseMapConfig(desk.db());
    const QString problem = config.ok() ? setBaseMap(map, config.value()) : config.error().message;
    // The vector base map, or under raster tiles what stands where a tile cannot be had.
    map.setStreets(gazetteer.streetLines());
    map.setStreetsFromOpenStreetMap(desk.db().localSetting(QStringLiteral("gazetteer_source")) == QLatin1String("openstreetmap"));
    showMunicipality(map, desk);
    return problem;
}

void showMunicipality(MapWidget &map, DeskSession &desk)
{
    // Its districts, else its centre.
    QList<QGeoPolygon> all;
    for (const District &d : desk.intake().gazetteer().districts())
        all.append(d.polygons);
    if (!all.isEmpty())
        map.fitTo(Geo::boundingBox(all));
    else if (desk.tenant().centre.isValid())
        map.setView(desk.tenant().centre, 14);
}

} // namespace CivicDesk
