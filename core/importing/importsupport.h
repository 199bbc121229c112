// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/util/result.h"

#include <QFile>

#include <memory>

namespace CivicDesk {

class Database;

/// The municipality an import writes into, or an Error saying to create one first.
Result<Tenant> importTenant(Database &db);

/// @p path opened for reading, or an Error naming the file and the reason.
Result<std::unique_ptr<QFile>> openImportFile(const QString &path);

} // namespace CivicDesk
