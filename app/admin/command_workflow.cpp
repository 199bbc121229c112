// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/workflow/engine.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

/// Stores the workflow definition of --set FILE, checked first.
int commandWorkflow(const QCommandLineParser &p, Database &db)
{
    if (!p.isSet(QStringLiteral("set")))
        return fail(QCoreApplication::translate("admin", "workflow needs --set FILE."));
    return storeDefinition(p, db, &saveWorkflow);
}

} // namespace CivicDesk::Admin
