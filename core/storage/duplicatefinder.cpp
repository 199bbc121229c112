// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/geo/geometry.h"

#include "core/storage/database.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace CivicDesk {

DuplicateFinder::DuplicateFinder(Database &db)
    : m_db(db)
    , m_near(db,
             "SELECT local_id, lat, lon, created_at, status FROM service_request INDEXED BY service_request_type_time "
             "WHERE service_type_id = ? AND created_at >= ? AND created_at <= ? "
             "AND status NOT IN ('resolved','closed','rejected','duplicate') "
             "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
    , m_detail(db, "SELECT id, tracking_number, address, description, citizen_id FROM service_request WHERE local_id = ?")
    , m_reporters(db, "SELECT count(*) FROM request_reporter WHERE request_id = ?")
{
}

QList<DuplicateCandidate> DuplicateFinder::find(const QString &typeId, const QGeoCoordinate &where, int radiusM, qint64 now, int days)
{
    QList<DuplicateCandidate> out;
    if (typeId.isEmpty() || !where.isValid() || radiusM <= 0)
        return out;
    const double dLat = radiusM / 111320.0;
    const double dLon = radiusM / (111320.0 * std::max(0.01, std::cos(where.latitude() * std::numbers::pi / 180.0)));
    Statement &s = *m_near;
    s.bind(1, typeId);
    s.bind(2, now - qint64(days) * 86400000);
    s.bind(3, now);
    s.bind(4, where.latitude() - dLat);
    s.bind(5, where.latitude() + dLat);
    s.bind(6, where.longitude() - dLon);
    s.bind(7, where.longitude() + dLon);
    QList<std::pair<qint64, DuplicateCandidate>> near;
    while (s.step()) {
        DuplicateCandidate c;
        c.distanceM = Geo::distanceMetres(where, QGeoCoordinate(s.real(1), s.real(2)));
        if (c.distanceM > radiusM)
            continue;
        c.createdAt = s.int64(3);
        c.status = requestStatusFromCode(s.text(4)).value_or(RequestStatus::New);
        near.append({s.int64(0), c});
    }
    s.reset();
    for (auto &[localId, c] : near) {
        Statement &d = *m_detail;
        d.bind(1, localId);
        if (d.step()) {
            c.requestId = d.text(0);
            c.trackingNumber = d.text(1);
            c.address = d.text(2);
            c.description = d.text(3);
            const bool hasCitizen = !d.isNull(4);
            d.reset();
            Statement &r = *m_reporters;
            r.bind(1, c.requestId);
            if (r.step())
                c.reporters = std::max<int>(hasCitizen ? 1 : 0, int(r.int64(0)));
            r.reset();
            out.append(c);
        } else {
            d.reset();
        }
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        if (std::abs(a.distanceM - b.distanceM) > 0.5)
            return a.distanceM < b.distanceM;
        return a.createdAt > b.createdAt;
    });
    return out;
}

} // namespace CivicDesk
