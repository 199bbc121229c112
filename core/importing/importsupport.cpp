// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsupport.h"

#include "core/domain/idgenerator.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/text/textfold.h"
#include "core/util/tr.h"

namespace CivicDesk {

Result<Tenant> importTenant(Database &db)
{
    std::optional<Tenant> tenant = OrganisationRepository(db).tenant();
    if (!tenant)
        return Error{QStringLiteral("import.no-tenant"), Tr::tr("The database has no municipality yet; run \"init\" or \"generate\" first.")};
    return *tenant;
}

Result<std::unique_ptr<QFile>> openImportFile(const QString &path)
{
    auto f = std::make_unique<QFile>(path);
    if (!f->open(QIODevice::ReadOnly))
        return Error{QStringLiteral("import.unreadable"), Tr::tr("Cannot read %1: %2").arg(path, f->errorString())};
    return f;
}

Status saveImportedDistrict(GeoRepository &geo, IdGenerator &ids, const QString &tenantId, const QString &name,
                            const QList<QGeoPolygon> &polygons, const QString &source, qint64 now)
{
    District d;
    d.tenantId = tenantId;
    d.code = TextFold::queryWords(name).join(u'-');
    d.name = name;
    d.polygons = polygons;
    d.source = source;
    d.stamp = {now, QStringLiteral("import")};
    const std::optional<QString> known = geo.districtIdByCode(d.tenantId, d.code);
    d.id = known ? *known : ids.next(now);
    return geo.saveDistrict(d);
}

} // namespace CivicDesk
