// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "storage/cataloguerepository.h"
#include "storage/citizenrepository.h"
#include "storage/database.h"
#include "storage/georepository.h"
#include "storage/organisationrepository.h"
#include "storage/requestrepository.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandInfo(const QCommandLineParser &, Database &db)
{
    const std::optional<Tenant> t = OrganisationRepository(db).tenant();
    out() << "file\t" << db.path() << Qt::endl;
    out() << "schema\t" << db.schemaVersion() << Qt::endl;
    out() << "municipality\t" << (t ? t->name : QString()) << Qt::endl;
    out() << "country\t" << (t ? t->country : QString()) << Qt::endl;
    out() << "districts\t" << GeoRepository(db).districtCount() << Qt::endl;
    out() << "citizens\t" << CitizenRepository(db).count() << Qt::endl;
    out() << "requests\t" << RequestRepository(db).count() << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
