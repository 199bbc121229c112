// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace CivicDesk {

/// What the street gazetteer takes from an OpenStreetMap extract (.osm.pbf), read with libosmium.
struct OsmExtract
{
    struct Street
    {
        QString name;                          ///< as tagged (name=*)
        QList<QList<QGeoCoordinate>> lines;    ///< each named highway way of that name
    };
    struct Address
    {
        QString street;  ///< addr:street
        int number = 0;  ///< the leading number of addr:housenumber ("12", "12A", "12-14" → 12 and 14)
        QString label;   ///< addr:housenumber as tagged
        QGeoCoordinate location; ///< the node, or the middle of the building outline
    };
    struct Boundary
    {
        QString name;
        QList<QGeoPolygon> polygons;
    };
    QList<Street> streets;       ///< one per name, in order of first appearance
    QList<Address> addresses;
    QList<Boundary> boundaries;  ///< administrative boundaries of the level asked for
    QMap<int, int> boundaryLevels; ///< every administrative level present → how many boundaries (for the message)

    /// Reads @p path; @p adminLevel > 0 also assembles the boundary relations of that admin_level.
    static Result<OsmExtract> read(const QString &path, int adminLevel = 0);
};

} // namespace CivicDesk
