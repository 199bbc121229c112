// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/importing/open311importer.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandImportRequests(const QCommandLineParser &p, Database &db)
{
    if (!p.isSet(QStringLiteral("open311-csv")))
        return fail(QCoreApplication::translate("admin", "import-requests needs --open311-csv FILE."));
    Open311Importer importer(db);
    const QString bulk = p.value(QStringLiteral("bulk"));
    if (bulk == QLatin1String("yes"))
        importer.setBulk(Open311Importer::Bulk::Always);
    else if (bulk == QLatin1String("no"))
        importer.setBulk(Open311Importer::Bulk::Never);
    else if (bulk != QLatin1String("auto"))
        return fail(QCoreApplication::translate("admin", "--bulk is auto, yes or no, not \"%1\".").arg(bulk));
    return printReport(importer.importFile(p.value(QStringLiteral("open311-csv"))));
}

} // namespace CivicDesk::Admin
