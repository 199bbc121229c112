// SPDX-License-Identifier: GPL-3.0-or-later
#include "georepository.h"

#include <algorithm>
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "database.h"
#include "core/geo/geojson.h"
#include "core/geo/geometry.h"
#include "core/text/textfold.h"
#include "sqlitestatement.h"
#include "core/util/tr.h"

namespace CivicDesk {

Status GeoRepository::saveDistrict(const District &d)
{
    const QGeoRectangle box = Geo::boundingBox(d.polygons);
    if (!box.isValid())
        return Error{QStringLiteral("district.no-geometry"), Tr::tr("District %1 has no usable polygon.").arg(d.name)};
    Statement s(m_db,
                      "INSERT INTO district(id, tenant_id, code, name, geometry, min_lat, min_lon, max_lat, max_lon, source, "
                      "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                      "code=excluded.code, name=excluded.name, geometry=excluded.geometry, min_lat=excluded.min_lat, "
                      "min_lon=excluded.min_lon, max_lat=excluded.max_lat, max_lon=excluded.max_lon, source=excluded.source, "
                      "updated_at=excluded.updated_at, updated_by=excluded.updated_by");
    s.bind(1, d.id);
    s.bind(2, d.tenantId);
    s.bind(3, d.code);
    s.bind(4, d.name);
    s.bind(5, GeoJson::geometryToJson(d.polygons));
    s.bind(6, box.bottomLeft().latitude());
    s.bind(7, box.bottomLeft().longitude());
    s.bind(8, box.topRight().latitude());
    s.bind(9, box.topRight().longitude());
    s.bind(10, d.source);
    s.bind(11, d.stamp.updatedAt);
    s.bind(12, d.stamp.updatedBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving district %1").arg(d.name));
    return {};
}

QHash<QString, QString> GeoRepository::districtNames() const
{
    QHash<QString, QString> out;
    Statement s(m_db, "SELECT id, name FROM district");
    while (s.step())
        out.insert(s.text(0), s.text(1));
    return out;
}

QList<District> GeoRepository::districts() const
{
    QList<District> out;
    Statement s(m_db,
                      "SELECT id, tenant_id, code, name, geometry, source, updated_at, updated_by FROM district ORDER BY name");
    while (s.step()) {
        District d;
        d.id = s.text(0);
        d.tenantId = s.text(1);
        d.code = s.text(2);
        d.name = s.text(3);
        d.polygons = GeoJson::geometryFromJson(s.text(4));
        d.source = s.text(5);
        d.stamp = {s.int64(6), s.text(7)};
        out.append(d);
    }
    return out;
}

int GeoRepository::districtCount() const
{
    Statement s(m_db, "SELECT count(*) FROM district");
    return s.step() ? int(s.int64(0)) : 0;
}

QString GeoRepository::geographyStamp() const
{
    Statement s(m_db, "SELECT (SELECT CAST(count(*) AS TEXT) || ':' || CAST(ifnull(max(updated_at), 0) AS TEXT) FROM district) || ' ' || "
                      "(SELECT CAST(count(*) AS TEXT) || ':' || CAST(ifnull(max(updated_at), 0) AS TEXT) FROM street_segment)");
    return s.step() ? s.text(0) : QString();
}

int GeoRepository::segmentCount() const
{
    Statement s(m_db, "SELECT count(*) FROM street_segment");
    return s.step() ? int(s.int64(0)) : 0;
}

Status GeoRepository::saveStreet(const Street &st)
{
    Statement s(m_db,
                      "INSERT INTO street(id, tenant_id, name, kind, name_folded, updated_at, updated_by, number_min, number_max) "
                      "VALUES (?,?,?,?,?,?,?,?,?) "
                      "ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind, name_folded=excluded.name_folded, "
                      "updated_at=excluded.updated_at, updated_by=excluded.updated_by, number_min=excluded.number_min, "
                      "number_max=excluded.number_max");
    s.bind(1, st.id);
    s.bind(2, st.tenantId);
    s.bind(3, st.name);
    s.bind(4, st.kind);
    s.bind(5, TextFold::queryWords(st.name).join(u' '));
    s.bind(6, st.stamp.updatedAt);
    s.bind(7, st.stamp.updatedBy);
    if (st.numberMin > 0 || st.numberMax > 0) {
        s.bind(8, st.numberMin);
        s.bind(9, st.numberMax);
    } else {
        s.bindNull(8);
        s.bindNull(9);
    }
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving street %1").arg(st.name));
    return {};
}

Status GeoRepository::saveSegment(const StreetSegment &seg)
{
    Statement s(m_db,
                      "INSERT INTO street_segment(id, street_id, from_number, to_number, from_lat, from_lon, to_lat, to_lon, "
                      "district_id, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, seg.id);
    s.bind(2, seg.streetId);
    s.bind(3, seg.fromNumber);
    s.bind(4, seg.toNumber);
    s.bind(5, seg.from.latitude());
    s.bind(6, seg.from.longitude());
    s.bind(7, seg.to.latitude());
    s.bind(8, seg.to.longitude());
    s.bindOptional(9, seg.districtId);
    s.bind(10, seg.stamp.updatedAt);
    s.bind(11, seg.stamp.updatedBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a street segment"));
    return {};
}

Status GeoRepository::removeStreets(const QString &tenantId)
{
    Statement segments(m_db,
                             "DELETE FROM street_segment WHERE street_id IN (SELECT id FROM street WHERE tenant_id = ?)");
    segments.bind(1, tenantId);
    Statement streets(m_db, "DELETE FROM street WHERE tenant_id = ?");
    streets.bind(1, tenantId);
    if (!segments.exec() || !streets.exec())
        return m_db.lastError(Tr::tr("removing the streets"));
    return {};
}

int GeoRepository::streetCount() const
{
    Statement s(m_db, "SELECT count(*) FROM street");
    return s.step() ? int(s.int64(0)) : 0;
}

DistrictLocator::DistrictLocator(QList<District> districts)
    : m_districts(std::move(districts))
{
    auto ringOf = [](const QList<QGeoCoordinate> &path) {
        Ring r;
        r.lat.reserve(size_t(path.size()));
        r.lon.reserve(size_t(path.size()));
        r.south = 90, r.north = -90, r.west = 180, r.east = -180;
        for (const QGeoCoordinate &c : path) {
            r.lat.push_back(c.latitude());
            r.lon.push_back(c.longitude());
            r.south = std::min(r.south, c.latitude());
            r.north = std::max(r.north, c.latitude());
            r.west = std::min(r.west, c.longitude());
            r.east = std::max(r.east, c.longitude());
        }
        return r;
    };
    for (const District &d : std::as_const(m_districts)) {
        const QGeoRectangle box = Geo::boundingBox(d.polygons);
        if (box.isValid()) {
            m_south = std::min(m_south, box.bottomLeft().latitude());
            m_north = std::max(m_north, box.topRight().latitude());
            m_west = std::min(m_west, box.bottomLeft().longitude());
            m_east = std::max(m_east, box.topRight().longitude());
        }
        std::vector<Part> parts;
        for (const QGeoPolygon &p : d.polygons) {
            Part part{ringOf(p.perimeter()), {}};
            for (int h = 0; h < p.holesCount(); ++h)
                part.holes.push_back(ringOf(p.holePath(h)));
            parts.push_back(std::move(part));
        }
        m_parts.push_back(std::move(parts));
    }
}

bool DistrictLocator::Ring::contains(double y, double x) const
{
    if (y < south || y > north || x < west || x > east)
        return false;
    bool inside = false;
    const size_t n = lat.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const double yi = lat[i], xi = lon[i], yj = lat[j], xj = lon[j];
        if (((yi > y) != (yj > y)) && (x < (xj - xi) * (y - yi) / (yj - yi) + xi))
            inside = !inside;
    }
    return inside;
}

double DistrictLocator::metresOutside(const QGeoCoordinate &point) const
{
    if (!point.isValid() || m_south > m_north) // no district with a place
        return 0;
    const QGeoCoordinate nearest(std::clamp(point.latitude(), m_south, m_north), std::clamp(point.longitude(), m_west, m_east));
    return nearest.distanceTo(point);
}

QString DistrictLocator::districtAt(const QGeoCoordinate &point) const
{
    if (!point.isValid())
        return {};
    const double y = point.latitude(), x = point.longitude();
    for (size_t i = 0; i < m_parts.size(); ++i) {
        for (const Part &part : m_parts[i]) {
            if (!part.outer.contains(y, x))
                continue;
            if (std::none_of(part.holes.begin(), part.holes.end(), [&](const Ring &h) { return h.contains(y, x); }))
                return m_districts[qsizetype(i)].id;
        }
    }
    return {};
}

std::optional<QString> GeoRepository::districtIdByCode(const QString &tenantId, const QString &code) const
{
    Statement s(m_db, "SELECT id FROM district WHERE tenant_id = ? AND code = ?");
    s.bind(1, tenantId);
    s.bind(2, code);
    if (!s.step())
        return std::nullopt;
    return s.text(0);
}

QList<std::pair<Street, QString>> GeoRepository::streets() const
{
    QList<std::pair<Street, QString>> out;
    Statement s(m_db, "SELECT id, tenant_id, name, ifnull(kind, ''), name_folded, ifnull(number_min, 0), ifnull(number_max, 0) "
                                                  "FROM street ORDER BY name_folded");
    while (s.step()) {
        Street street;
        street.id = s.text(0);
        street.tenantId = s.text(1);
        street.name = s.text(2);
        street.kind = s.text(3);
        street.numberMin = int(s.int64(5));
        street.numberMax = int(s.int64(6));
        out.append({street, s.text(4)});
    }
    return out;
}

QList<StreetSegment> GeoRepository::segments() const
{
    QList<StreetSegment> out;
    Statement s(m_db, "SELECT id, street_id, from_number, to_number, from_lat, from_lon, to_lat, to_lon, ifnull(district_id, '') "
                                     "FROM street_segment ORDER BY street_id, from_number");
    while (s.step()) {
        StreetSegment g;
        g.id = s.text(0);
        g.streetId = s.text(1);
        g.fromNumber = int(s.int64(2));
        g.toNumber = int(s.int64(3));
        g.from = QGeoCoordinate(s.real(4), s.real(5));
        g.to = QGeoCoordinate(s.real(6), s.real(7));
        g.districtId = s.text(8);
        out.append(g);
    }
    return out;
}

} // namespace CivicDesk
