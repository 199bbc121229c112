// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/georepository.h"

#include <QGeoCoordinate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace CivicDesk {

class Database;

/// An address the gazetteer knows, or nearly.
struct AddressMatch
{
    QString streetId;
    QString street;    ///< as written in the gazetteer, local script
    int number = 0;    ///< 0: no house number given
    bool numberKnown = false; ///< the number lies on a segment of the street
    QGeoCoordinate location;  ///< interpolated along the segment; the street's middle when no number
    QString districtId;
    QString label;     ///< "Ερμού 12"
};

/// A street of the gazetteer as lines, for drawing it.
struct StreetLine
{
    QString name;
    QList<std::pair<QGeoCoordinate, QGeoCoordinate>> segments;
};

/// Address autocomplete and geocoding from the municipality's street gazetteer, held in memory.
///
/// "ερμου 12", "Ermou 12", "ΕΡΜΟΎ 12" all find Ερμού 12: every word typed must begin a word of the street
/// name, accent- and case-free, in the local script or in Greeklish; a number (before or after the street)
/// picks the segment it lies on and the point along it.
class Gazetteer
{
public:
    explicit Gazetteer(Database &db);

    /// Addresses for what has been typed so far, best first.
    QList<AddressMatch> complete(const QString &text, int limit = 10) const;
    /// The one address @p text names, if exactly one street matches best.
    std::optional<AddressMatch> resolve(const QString &text) const;
    /// The address nearest to @p point within @p maxMetres of a street (reverse geocoding): the street, the
    /// house number interpolated on the nearest segment (0 when the segment has no numbers), @p point itself as
    /// the location and the district it lies in.
    std::optional<AddressMatch> nearest(const QGeoCoordinate &point, double maxMetres = 150) const;
    /// Every street with its segments.
    QList<StreetLine> streetLines() const;
    const QList<District> &districts() const { return m_districts->districts(); }
    /// District of a point (from the district polygons).
    QString districtAt(const QGeoCoordinate &point) const;
    /// True when the municipality has district polygons and @p point lies in none of them.
    bool isOutside(const QGeoCoordinate &point) const;
    QString districtName(const QString &id) const;
    int streetCount() const { return int(m_streets.size()); }

private:
    struct Segment
    {
        int from = 0, to = 0;
        QGeoCoordinate a, b;
        QString districtId;
    };
    struct StreetEntry
    {
        QString id;
        QString name;
        QStringList words; ///< folded, with skeletons
        QString folded;
        int numberMin = 0, numberMax = 0; ///< the register's range, for a street without geometry
        QList<Segment> segments;
    };
    AddressMatch locate(const StreetEntry &street, int number) const;

    QList<StreetEntry> m_streets;
    std::unique_ptr<DistrictLocator> m_districts;
};

} // namespace CivicDesk
