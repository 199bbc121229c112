// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/importing/districtimporter.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandImportDistricts(const QCommandLineParser &p, Database &db)
{
    if (!p.isSet(QStringLiteral("geojson")))
        return fail(QCoreApplication::translate("admin", "import-districts needs --geojson FILE."));
    return printReport(DistrictImporter(db).importFile(p.value(QStringLiteral("geojson")), p.value(QStringLiteral("name-property"))));
}

} // namespace CivicDesk::Admin
