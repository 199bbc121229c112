// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/util/result.h"

#include <QGeoRectangle>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace CivicDesk {

class Database;

/// Districts and the street gazetteer.
class GeoRepository
{
public:
    explicit GeoRepository(Database &db) : m_db(db) {}

    Status saveDistrict(const District &district);
    QList<District> districts() const;
    /// The districts' names by id, without their polygons.
    QHash<QString, QString> districtNames() const;
    int districtCount() const;
    /// What the districts and the street segments are now (their counts and latest changes): equal stamps, the
    /// same geography.
    QString geographyStamp() const;
    int segmentCount() const;

    Status saveStreet(const Street &street);
    Status saveSegment(const StreetSegment &segment);
    /// Removes every street of @p tenantId with its segments (a gazetteer imported again).
    Status removeStreets(const QString &tenantId);
    int streetCount() const;
    /// The id of the district of @p tenantId with @p code, if there is one.
    std::optional<QString> districtIdByCode(const QString &tenantId, const QString &code) const;
    /// The streets, by folded name: (street, its folded name).
    QList<std::pair<Street, QString>> streets() const;
    /// The segments of every street, by street and first house number.
    QList<StreetSegment> segments() const;

private:
    Database &m_db;
};

/// Finds the district of a point; districts are held in memory with their bounding boxes.
class DistrictLocator
{
public:
    explicit DistrictLocator(QList<District> districts);
    /// The id of the district containing @p point, or empty.
    QString districtAt(const QGeoCoordinate &point) const;
    const QList<District> &districts() const { return m_districts; }
    /// How far (metres) @p point lies outside the box around every district: 0 inside it or when there are
    /// no districts.
    double metresOutside(const QGeoCoordinate &point) const;

private:
    /// A ring as plain numbers, with its box: an import locates hundreds of thousands of points.
    struct Ring
    {
        std::vector<double> lat, lon;
        double south = 0, north = 0, west = 0, east = 0;
        bool contains(double y, double x) const;
    };
    struct Part
    {
        Ring outer;
        std::vector<Ring> holes;
    };
    QList<District> m_districts;
    std::vector<std::vector<Part>> m_parts; ///< per district
    double m_south = 90, m_north = -90, m_west = 180, m_east = -180;
};

} // namespace CivicDesk
