// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"

#include <QString>

namespace CivicDesk::Permissions {

/// Whether a user of @p role may issue the command @p name at all. What they may do to a given request (a
/// department's people act on their department's requests; which statuses a role may set) is the workflow's
/// to decide, on the server as on the desk.
bool mayRun(Role role, const QString &commandName);

/// Commands that change only the desk they are made on (a draft): never pushed.
bool isLocalOnly(const QString &commandName);

} // namespace CivicDesk::Permissions
