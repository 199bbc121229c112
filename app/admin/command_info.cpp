// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandInfo(const QCommandLineParser &, Database &db)
{
    const std::optional<Tenant> t = OrganisationRepository(db).tenant();
    out() << "file\t" << db.path() << Qt::endl;
    out() << "schema\t" << db.schemaVersion() << Qt::endl;
    if (db.isReadOnly())
        out() << "read-only\t" << (db.readOnlyReason().isEmpty() ? QStringLiteral("yes") : db.readOnlyReason()) << Qt::endl;
    out() << "municipality\t" << (t ? t->name : QString()) << Qt::endl;
    out() << "country\t" << (t ? t->country : QString()) << Qt::endl;
    out() << "districts\t" << GeoRepository(db).districtCount() << Qt::endl;
    out() << "citizens\t" << CitizenRepository(db).count() << Qt::endl;
    out() << "requests\t" << RequestRepository(db).count() << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
