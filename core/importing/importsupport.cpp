// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsupport.h"

#include "core/storage/organisationrepository.h"
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

} // namespace CivicDesk
