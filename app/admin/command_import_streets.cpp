// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/importing/streetimporter.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandImportStreets(const QCommandLineParser &p, Database &db)
{
    const bool csv = p.isSet(QStringLiteral("csv")), osm = p.isSet(QStringLiteral("osm"));
    if (csv == osm)
        return fail(QCoreApplication::translate("admin", "import-streets needs either --csv FILE (a street register) or --osm FILE.osm.pbf."));
    StreetImporter importer(db);
    if (osm) {
        int level = 0;
        if (p.isSet(QStringLiteral("districts-admin-level"))) {
            bool ok = false;
            level = p.value(QStringLiteral("districts-admin-level")).toInt(&ok);
            if (!ok || level < 1 || level > 12)
                return fail(QCoreApplication::translate("admin", "--districts-admin-level takes an OpenStreetMap admin_level, 1 to 12."));
        }
        return printReport(importer.importOsm(p.value(QStringLiteral("osm")), level));
    }
    StreetColumns columns;
    if (p.isSet(QStringLiteral("name-column")))
        columns.name = p.value(QStringLiteral("name-column"));
    columns.type = p.value(QStringLiteral("type-column"));
    columns.numberMin = p.value(QStringLiteral("number-min-column"));
    columns.numberMax = p.value(QStringLiteral("number-max-column"));
    return printReport(importer.importCsv(p.value(QStringLiteral("csv")), columns));
}

} // namespace CivicDesk::Admin
