// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/workflow/escalation.h"

namespace CivicDesk::Admin {

/// Runs the escalation ladder once, as a timer or the server does.
int commandEscalate(const QCommandLineParser &, Database &db)
{
    Result<int> steps = EscalationScheduler(db).runOnce(100000);
    if (!steps)
        return fail(steps.error());
    out() << "escalation steps " << steps.value() << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
