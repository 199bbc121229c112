// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"
#include "core/storage/servercatalog.h"
#include "core/util/result.h"

#include <functional>

namespace CivicDesk::TenantAdmin {

/// The desk code of what the server files itself (a web or e-mail request): never given to a desk.
inline constexpr char ServerDeskCode[] = "S0";

/// The role codes of the command line ("operator", "staff", "head", "supervisor", "admin").
std::optional<Role> roleFromOption(const QString &option);

/// A new municipality on the server: its entry in the catalog and its own data file, ready to serve.
Status addTenant(ServerCatalog &catalog, const QString &code, const QString &name, const QString &country);
/// Fills tenant @p code, which must hold no citizens or requests yet, with a demo municipality; desks of the
/// tenant start again from a snapshot (a new epoch).
Result<DemoSummary> generate(ServerCatalog &catalog, const QString &code, DemoOptions options,
                             const std::function<bool(int, const QString &)> &progress);
/// A whole copy of tenant @p code's data at @p to (a new file), taken while the server may be serving.
Status backup(ServerCatalog &catalog, const QString &code, const QString &to);
/// Puts the backup @p from (of the same tenant) in the place of tenant @p code's data, the server stopped: the
/// data it replaces is kept beside as CODE.civicdesk.before-restore-TIME (returned), and desks start again from
/// the restored data (a new epoch), carrying their waiting changes.
Result<QString> restore(ServerCatalog &catalog, const QString &code, const QString &from);
/// A user who can sign in: the user in the tenant's data (the one named @p login if there is one already)
/// and the Argon2id hash of @p password in the catalog.
Status addUser(ServerCatalog &catalog, const QString &tenant, const QString &login, Role role, const QString &departmentCode,
               const QString &password, const QString &displayName = {});

/// A new key to tenant @p code's Open311 API for the application @p name (at most @p perMinute requests a
/// minute; 0: the server's default): the key, shown once (only its hash is kept), and its id.
Result<std::pair<QString, QString>> addApiKey(ServerCatalog &catalog, const QString &code, const QString &name, int perMinute = 0);

} // namespace CivicDesk::TenantAdmin
