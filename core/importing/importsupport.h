// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/util/result.h"

#include <QFile>

#include <memory>

namespace CivicDesk {

class Database;
class GeoRepository;
class IdGenerator;

/// The municipality an import writes into, or an Error saying to create one first.
Result<Tenant> importTenant(Database &db);

/// @p path opened for reading, or an Error naming the file and the reason.
Result<std::unique_ptr<QFile>> openImportFile(const QString &path);

/// Saves the district named @p name (its code is the folded name): the tenant's district with that code is
/// replaced, or a new one made. Imported again, a district keeps its id and so its requests.
Status saveImportedDistrict(GeoRepository &geo, IdGenerator &ids, const QString &tenantId, const QString &name,
                            const QList<QGeoPolygon> &polygons, const QString &source, qint64 now);

} // namespace CivicDesk
