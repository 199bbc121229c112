// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/maps/tiles.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace CivicDesk::Admin {

/// Prints the base map, or sets it (checked first: an MBTiles file must open and hold tiles).
int commandMap(const QCommandLineParser &p, Database &db)
{
    Geo::BaseMapConfig c;
    const bool set = p.isSet(QStringLiteral("xyz")) || p.isSet(QStringLiteral("mbtiles")) || p.isSet(QStringLiteral("vector"));
    if (set) {
        if (p.isSet(QStringLiteral("xyz"))) {
            c.kind = Geo::BaseMapConfig::Kind::Xyz;
            c.url = p.value(QStringLiteral("xyz"));
        } else if (p.isSet(QStringLiteral("mbtiles"))) {
            c.kind = Geo::BaseMapConfig::Kind::MbTiles;
            c.path = QFileInfo(p.value(QStringLiteral("mbtiles"))).absoluteFilePath();
            Result<std::unique_ptr<Geo::MbTilesSource>> file = Geo::MbTilesSource::open(c.path);
            if (!file)
                return fail(file.error());
            c.maxZoom = file.value()->maxZoom();
            c.attribution = file.value()->attribution();
        }
        if (p.isSet(QStringLiteral("attribution")))
            c.attribution = p.value(QStringLiteral("attribution"));
        if (c.kind == Geo::BaseMapConfig::Kind::Xyz) {
            bool ok = false;
            c.maxZoom = p.value(QStringLiteral("max-zoom")).toInt(&ok);
            if (!ok)
                return fail(QCoreApplication::translate("admin", "--max-zoom needs a number."));
        }
        if (Status s = Geo::writeBaseMapConfig(db, c); !s)
            return fail(s.error());
    }
    const Result<Geo::BaseMapConfig> now = Geo::readBaseMapConfig(db);
    if (!now)
        return fail(now.error());
    switch (now->kind) {
    case Geo::BaseMapConfig::Kind::Vector:
        out() << "vector base map (districts and street gazetteer)" << Qt::endl;
        break;
    case Geo::BaseMapConfig::Kind::Xyz:
        out() << "xyz " << now->url << " max zoom " << now->maxZoom << Qt::endl;
        break;
    case Geo::BaseMapConfig::Kind::MbTiles:
        out() << "mbtiles " << now->path << " max zoom " << now->maxZoom << Qt::endl;
        break;
    }
    if (!now->attribution.isEmpty())
        out() << "attribution " << now->attribution << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
