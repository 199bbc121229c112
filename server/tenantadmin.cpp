// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantadmin.h"

#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/syncstore.h"
#include "core/util/tr.h"
#include "server/passwords.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QLockFile>

namespace CivicDesk::TenantAdmin {
namespace {

struct CountryDefaults
{
    QStringList languages;
    QString zone;
};

std::optional<CountryDefaults> defaultsOf(const QString &country)
{
    if (country == QLatin1String("GR"))
        return CountryDefaults{{QStringLiteral("el"), QStringLiteral("en")}, QStringLiteral("Europe/Athens")};
    if (country == QLatin1String("RO"))
        return CountryDefaults{{QStringLiteral("ro"), QStringLiteral("en")}, QStringLiteral("Europe/Bucharest")};
    if (country == QLatin1String("IT"))
        return CountryDefaults{{QStringLiteral("it"), QStringLiteral("en")}, QStringLiteral("Europe/Rome")};
    if (country == QLatin1String("ES"))
        return CountryDefaults{{QStringLiteral("ca"), QStringLiteral("es"), QStringLiteral("en")}, QStringLiteral("Europe/Madrid")};
    return std::nullopt;
}

/// Makes the tenant's data file a server store: the server's desk code and the change log.
Status serve(Database &db, bool newEpoch)
{
    if (Status st = db.setLocalSetting(QStringLiteral("device_code"), QString::fromLatin1(ServerDeskCode)); !st)
        return st;
    SyncStore store(db);
    if (Status st = store.enableServerTracking(); !st)
        return st;
    return newEpoch ? store.newEpoch() : Status{};
}

} // namespace

std::optional<Role> roleFromOption(const QString &option)
{
    if (option == QLatin1String("operator"))
        return Role::Operator;
    if (option == QLatin1String("staff"))
        return Role::DepartmentStaff;
    if (option == QLatin1String("head"))
        return Role::DepartmentHead;
    if (option == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (option == QLatin1String("admin"))
        return Role::Administrator;
    return std::nullopt;
}

Status addTenant(ServerCatalog &catalog, const QString &code, const QString &name, const QString &country)
{
    const std::optional<CountryDefaults> defaults = defaultsOf(country);
    if (!defaults)
        return Error{QStringLiteral("tenant.bad-country"), Tr::tr("The country is one of GR, RO, IT, ES; %1 is not.").arg(country)};
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("tenant.no-name"), Tr::tr("A tenant needs a name.")};
    if (catalog.tenant(code))
        return Error{QStringLiteral("tenant.exists"), Tr::tr("There is a tenant %1 already.").arg(code)};
    const DatabaseLocation location = catalog.tenantData(code);
    if (!location.isPostgres()) {
        if (QFileInfo::exists(location.path))
            return Error{QStringLiteral("tenant.file-exists"), Tr::tr("%1 exists already; move it away or choose another code.").arg(location.path)};
        QDir().mkpath(QFileInfo(location.path).absolutePath());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Tenant t;
    t.id = newRowId(now);
    t.name = name.trimmed();
    t.country = country;
    t.languages = defaults->languages;
    t.timeZone = defaults->zone;
    t.deviceCode = QString::fromLatin1(ServerDeskCode);
    t.stamp = {now, QStringLiteral("admin")};
    {
        Result<std::unique_ptr<Database>> db = location.open();
        if (!db)
            return db.error();
        if (location.isPostgres() && OrganisationRepository(*db.value()).tenant())
            return Error{QStringLiteral("tenant.data-exists"), Tr::tr("The PostgreSQL store holds data of a tenant %1 already.").arg(code)};
        if (Status st = db.value()->transaction([&] { return OrganisationRepository(*db.value()).saveTenant(t); }); !st)
            return st;
        if (Status st = serve(*db.value(), false); !st)
            return st;
    }
    return catalog.addTenant(ServerCatalog::TenantEntry{code, t.id, t.name, country, now});
}

Result<DemoSummary> generate(ServerCatalog &catalog, const QString &code, DemoOptions options,
                             const std::function<bool(int, const QString &)> &progress)
{
    const std::optional<ServerCatalog::TenantEntry> entry = catalog.tenant(code);
    if (!entry)
        return Error{QStringLiteral("tenant.unknown"), Tr::tr("There is no tenant %1 on this server.").arg(code)};
    const DatabaseLocation location = catalog.tenantData(code);
    {
        Result<std::unique_ptr<Database>> db = location.open();
        if (!db)
            return db.error();
        if (db.value()->countedRows("citizen") > 0 || db.value()->countedRows("service_request") > 0)
            return Error{QStringLiteral("tenant.not-empty"), Tr::tr("Tenant %1 holds citizens or requests already; the demo needs an empty one.").arg(code)};
    }
    // The demo is a municipality of its own: it replaces the empty one, under the tenant's name and code. On
    // PostgreSQL it is made in a file of its own first (the generator writes SQLite's bulk paths), then copied in.
    QTemporaryDir staging;
    const QString path = location.isPostgres() ? staging.filePath(QStringLiteral("demo.civicdesk")) : location.path;
    Database::removeFiles(path);
    options.country = entry->country;
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return db.error();
    Result<DemoSummary> summary = DemoGenerator(*db.value(), options).run(progress);
    if (!summary)
        return summary;
    OrganisationRepository org(*db.value());
    std::optional<Tenant> t = org.tenant();
    if (!t)
        return Error{QStringLiteral("tenant.generate"), Tr::tr("The demo made no municipality.")};
    t->name = entry->name; // the demo's data under the tenant's own name; the catalog takes the demo's id
    if (Status st = db.value()->transaction([&] { return org.saveTenant(*t); }); !st)
        return st.error();
    if (location.isPostgres()) {
        Result<std::unique_ptr<Database>> store = location.open();
        if (!store)
            return store.error();
        SyncStore target(*store.value());
        if (Status st = store.value()->transaction([&]() -> Status {
                // The load is not logged row by row: serve() below starts a new epoch, and desks take a new copy.
                if (Status u = target.leaveUnlogged(); !u)
                    return u;
                if (Status c = target.clearSynced(); !c)
                    return c;
                return SyncStore(*db.value()).copyTo(target);
            });
            !st)
            return st.error();
        target.countForPlanner();
        db = std::move(store);
    }
    ServerCatalog::TenantEntry updated = *entry;
    updated.id = t->id;
    if (Status st = catalog.updateTenant(updated); !st)
        return st.error();
    if (Status st = serve(*db.value(), true); !st)
        return st.error();
    return summary;
}

Status backup(ServerCatalog &catalog, const QString &code, const QString &to)
{
    if (!catalog.tenant(code))
        return Error{QStringLiteral("tenant.unknown"), Tr::tr("There is no tenant %1 on this server.").arg(code)};
    if (catalog.isPostgres())
        return Error{QStringLiteral("tenant.pg-backup"),
                     Tr::tr("A server on PostgreSQL is backed up with PostgreSQL's own tools (pg_dump; README, \"Backups\").")};
    if (QFileInfo::exists(to))
        return Error{QStringLiteral("tenant.backup-exists"), Tr::tr("%1 exists already; a backup goes to a new file.").arg(to)};
    Result<std::unique_ptr<Database>> db = Database::open(catalog.tenantDataPath(code));
    if (!db)
        return db.error();
    return SyncStore(*db.value()).backupTo(to);
}

Result<QString> restore(ServerCatalog &catalog, const QString &code, const QString &from)
{
    const std::optional<ServerCatalog::TenantEntry> entry = catalog.tenant(code);
    if (!entry)
        return Error{QStringLiteral("tenant.unknown"), Tr::tr("There is no tenant %1 on this server.").arg(code)};
    if (catalog.isPostgres())
        return Error{QStringLiteral("tenant.pg-backup"),
                     Tr::tr("A server on PostgreSQL is restored with PostgreSQL's own tools (pg_restore; README, \"Backups\").")};
    const QString path = catalog.tenantDataPath(code);
    QLockFile serving(catalog.servingLockPath());
    if (!serving.tryLock(0))
        return Error{QStringLiteral("tenant.in-use"), Tr::tr("A server is serving these files: stop it before a restore.")};
    const QString staged = path + QStringLiteral(".restoring");
    Database::removeFiles(staged);
    if (!QFile::copy(from, staged))
        return Error{QStringLiteral("tenant.restore-read"), Tr::tr("%1 could not be copied to %2.").arg(from, staged)};
    const auto discard = [&](const Error &e) -> Result<QString> {
        Database::removeFiles(staged);
        return e;
    };
    {
        Result<std::unique_ptr<Database>> db = Database::open(staged); // an older backup is migrated here
        if (!db)
            return discard(db.error());
        const std::optional<Tenant> t = OrganisationRepository(*db.value()).tenant();
        if (!t || t->id != entry->id)
            return discard(Error{QStringLiteral("tenant.restore-other"), Tr::tr("%1 is not a backup of tenant %2.").arg(from, code)});
        if (Status st = serve(*db.value(), true); !st)
            return discard(st.error());
    }
    const QString kept = path + QStringLiteral(".before-restore-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (Status st = Database::replaceFile(path, staged, kept); !st)
        return discard(st.error());
    return kept;
}

Status addUser(ServerCatalog &catalog, const QString &tenant, const QString &login, Role role, const QString &departmentCode,
               const QString &password, const QString &displayName)
{
    const std::optional<ServerCatalog::TenantEntry> entry = catalog.tenant(tenant);
    if (!entry)
        return Error{QStringLiteral("tenant.unknown"), Tr::tr("There is no tenant %1 on this server.").arg(tenant)};
    if (login.trimmed().isEmpty() || login.contains(u' '))
        return Error{QStringLiteral("user.bad-login"), Tr::tr("A login is one word.")};
    if (password.size() < 8)
        return Error{QStringLiteral("user.weak-password"), Tr::tr("A password has at least 8 characters.")};
    if (catalog.credential(tenant, login))
        return Error{QStringLiteral("user.exists"), Tr::tr("Tenant %1 has a user %2 already.").arg(tenant, login)};
    Result<std::unique_ptr<Database>> db = catalog.tenantData(tenant).open();
    if (!db)
        return db.error();
    OrganisationRepository org(*db.value());
    QString departmentId;
    if (!departmentCode.isEmpty()) {
        for (const Department &d : org.departments())
            if (d.code == departmentCode)
                departmentId = d.id;
        if (departmentId.isEmpty())
            return Error{QStringLiteral("user.unknown-department"), Tr::tr("Tenant %1 has no department %2.").arg(tenant, departmentCode)};
    }
    if ((role == Role::DepartmentStaff || role == Role::DepartmentHead) && departmentId.isEmpty())
        return Error{QStringLiteral("user.needs-department"), Tr::tr("Department staff and heads need --department CODE.")};
    const QString hash = Passwords::hash(password);
    if (hash.isEmpty())
        return Error{QStringLiteral("user.hash"), Tr::tr("The password could not be hashed (libsodium).")};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    User user;
    for (const User &u : org.users())
        if (u.username == login)
            user = u;
    if (user.id.isEmpty()) {
        user.id = newRowId(now);
        user.tenantId = entry->id;
        user.username = login;
    }
    user.displayName = displayName.isEmpty() ? (user.displayName.isEmpty() ? login : user.displayName) : displayName;
    user.role = role;
    user.departmentId = departmentId;
    user.active = true;
    user.stamp = {now, QStringLiteral("admin")};
    SyncStore store(*db.value());
    if (Status st = store.write([&] { return org.saveUser(user); }); !st)
        return st;
    return catalog.addCredential(ServerCatalog::Credential{tenant, login, user.id, toCode(role), departmentId, hash, true, 0, 0});
}

Result<std::pair<QString, QString>> addApiKey(ServerCatalog &catalog, const QString &code, const QString &name, int perMinute)
{
    if (!catalog.tenant(code))
        return Error{QStringLiteral("tenant.unknown"), Tr::tr("There is no tenant %1 on this server.").arg(code)};
    if (name.trimmed().isEmpty())
        return Error{QStringLiteral("apikey.name"), Tr::tr("Name the application the key is for.")};
    if (perMinute < 0)
        return Error{QStringLiteral("apikey.rate"), Tr::tr("The rate is a number of requests a minute, 0 or more.")};
    const QString key = Passwords::newToken();
    ServerCatalog::ApiKey k;
    k.hash = Passwords::tokenHash(key);
    k.id = QStringLiteral("k-") + k.hash.left(10);
    k.tenantCode = code;
    k.name = name.trimmed();
    k.createdAt = QDateTime::currentMSecsSinceEpoch();
    k.perMinute = perMinute;
    if (Status st = catalog.addApiKey(k); !st)
        return st.error();
    return std::pair{key, k.id};
}

} // namespace CivicDesk::TenantAdmin
