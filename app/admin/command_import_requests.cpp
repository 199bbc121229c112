// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/importing/open311importer.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandImportRequests(const QCommandLineParser &p, Database &db)
{
    if (!p.isSet(QStringLiteral("open311-csv")))
        return fail(QCoreApplication::translate("admin", "import-requests needs --open311-csv FILE."));
    return printReport(Open311Importer(db).importFile(p.value(QStringLiteral("open311-csv"))));
}

} // namespace CivicDesk::Admin
