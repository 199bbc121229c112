// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/importing/citizenimporter.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandImportCitizens(const QCommandLineParser &p, Database &db)
{
    if (!p.isSet(QStringLiteral("csv")))
        return fail(QCoreApplication::translate("admin", "import-citizens needs --csv FILE."));
    return printReport(CitizenImporter(db).importFile(p.value(QStringLiteral("csv"))));
}

} // namespace CivicDesk::Admin
