// SPDX-License-Identifier: GPL-3.0-or-later
// The commands for a server's file (tenants, users, desks) and a desk's round of synchronisation.
#include "admin.h"

#include "core/commands/commandrunner.h"
#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/storage/servercatalog.h"
#include "core/sync/curltransport.h"
#include "core/sync/desksync.h"
#include "server/tenantadmin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>

namespace CivicDesk::Admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

} // namespace

std::unique_ptr<ServerCatalog> openCatalog(const QCommandLineParser &p, int *code)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString postgres = p.value(QStringLiteral("postgres"));
    if (path.isEmpty() && postgres.isEmpty()) {
        *code = fail(tr("--db FILE (the server's file) or --postgres CONNINFO is required."));
        return nullptr;
    }
    Result<std::unique_ptr<ServerCatalog>> catalog = postgres.isEmpty() ? ServerCatalog::open(path) : ServerCatalog::openPostgres(postgres);
    if (!catalog) {
        *code = fail(catalog.error());
        return nullptr;
    }
    return std::move(catalog).value();
}

/// The password: the first line of standard input (never a flag, which every user of the machine can read).
QString readPassword()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    QString password = QString::fromStdString(line);
    while (password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

int commandTenantAdd(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    const QString tenant = p.value(QStringLiteral("code"));
    if (Status st = TenantAdmin::addTenant(*catalog, tenant, p.value(QStringLiteral("name")), p.value(QStringLiteral("country")).toUpper()); !st)
        return fail(st.error());
    out() << tr("Tenant %1 added; its data is %2").arg(tenant, catalog->tenantData(tenant).path) << Qt::endl;
    return 0;
}

int commandUserAdd(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    const std::optional<Role> role = TenantAdmin::roleFromOption(p.value(QStringLiteral("role")));
    if (!role)
        return fail(tr("--role is operator, staff, head, supervisor or admin."));
    const QString password = readPassword();
    if (password.isEmpty())
        return fail(tr("The password is read from standard input; none came."));
    const QString tenant = p.value(QStringLiteral("tenant")), login = p.value(QStringLiteral("login"));
    if (Status st = TenantAdmin::addUser(*catalog, tenant, login, *role, p.value(QStringLiteral("department")), password,
                                         p.value(QStringLiteral("name")));
        !st)
        return fail(st.error());
    out() << tr("User %1 of %2 added as %3").arg(login, tenant, p.value(QStringLiteral("role"))) << Qt::endl;
    return 0;
}

int commandTenantBackup(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    const QString tenant = p.value(QStringLiteral("tenant")), to = p.value(QStringLiteral("out"));
    if (tenant.isEmpty() || to.isEmpty())
        return fail(tr("tenant-backup needs --tenant CODE --out FILE."));
    if (Status st = TenantAdmin::backup(*catalog, tenant, to); !st)
        return fail(st.error());
    out() << tr("Tenant %1 backed up to %2 (%3 MB)").arg(tenant, to).arg(QFileInfo(to).size() / 1048576.0, 0, 'f', 1) << Qt::endl;
    return 0;
}

int commandTenantRestore(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    const QString tenant = p.value(QStringLiteral("tenant")), from = p.value(QStringLiteral("from"));
    if (tenant.isEmpty() || from.isEmpty())
        return fail(tr("tenant-restore needs --tenant CODE --from BACKUP_FILE, with the server stopped."));
    Result<QString> kept = TenantAdmin::restore(*catalog, tenant, from);
    if (!kept)
        return fail(kept.error());
    out() << tr("Tenant %1 restored from %2; the data it replaced is kept as %3. Desks start again from the restored data "
                "when they next reach the server, their waiting changes with them.")
                 .arg(tenant, from, kept.value())
          << Qt::endl;
    return 0;
}

int commandUserDisable(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    const QString tenant = p.value(QStringLiteral("tenant")), login = p.value(QStringLiteral("login"));
    if (!catalog->credential(tenant, login))
        return fail(tr("Tenant %1 has no user %2.").arg(tenant, login));
    if (Status st = catalog->setActive(tenant, login, false); !st)
        return fail(st.error());
    out() << tr("User %1 of %2 can no longer sign in; their sign-ins are ended.").arg(login, tenant) << Qt::endl;
    return 0;
}

int commandDesks(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    for (const ServerCatalog::TenantEntry &t : catalog->tenants()) {
        if (p.isSet(QStringLiteral("tenant")) && t.code != p.value(QStringLiteral("tenant")))
            continue;
        out() << t.code << '\t' << t.name << '\t' << t.country << Qt::endl;
        for (const ServerCatalog::Credential &c : catalog->credentials(t.code))
            out() << "  user\t" << c.login << '\t' << c.role << (c.active ? "" : "\tdisabled") << Qt::endl;
        for (const ServerCatalog::Desk &d : catalog->desks(t.code))
            out() << "  desk\t" << d.code << '\t' << d.clientId << '\t' << d.login << '\t'
                  << QDateTime::fromMSecsSinceEpoch(d.registeredAt, Qt::UTC).toString(Qt::ISODate) << Qt::endl;
    }
    return 0;
}

int commandGenerateTenant(const QCommandLineParser &p)
{
    DemoOptions options;
    if (const int bad = demoOptionsFrom(p, options); bad != 0)
        return bad;
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    Result<DemoSummary> r = TenantAdmin::generate(*catalog, p.value(QStringLiteral("tenant")), options, progressPrinter());
    if (!r)
        return fail(r.error());
    out() << tr("%1 citizens, %2 requests in tenant %3").arg(r->citizens).arg(r->requests).arg(p.value(QStringLiteral("tenant"))) << Qt::endl;
    return 0;
}

int commandSync(const QCommandLineParser &p)
{
    const QString path = p.value(QStringLiteral("db")), server = p.value(QStringLiteral("server")), tenant = p.value(QStringLiteral("tenant")),
                  login = p.value(QStringLiteral("login"));
    if (path.isEmpty() || server.isEmpty() || tenant.isEmpty() || login.isEmpty())
        return fail(tr("sync needs --db DESK_FILE --server URL --tenant CODE --login LOGIN, and the password on standard input."));
    const QString password = readPassword();
    if (password.isEmpty())
        return fail(tr("The password is read from standard input; none came."));
    CurlTransport transport(server, p.value(QStringLiteral("ca")));
    Result<DeskSync::SignIn> signedIn = DeskSync::signIn(transport, tenant, login, password);
    if (!signedIn)
        return fail(signedIn.error());

    DeskSync::Settings settings;
    bool fresh = !QFileInfo::exists(path);
    if (!fresh) {
        Result<std::unique_ptr<Database>> existing = Database::open(path);
        if (!existing)
            return fail(existing.error());
        CommandRunner runner(*existing.value());
        DeskSync sync(*existing.value(), runner);
        if (!sync.isSynced())
            return fail(tr("%1 is a desk that works alone; a synced desk starts from a new file.").arg(path));
        settings = sync.settings();
        if (settings.tenant != tenant)
            return fail(tr("%1 is a desk of tenant %2, not %3.").arg(path, settings.tenant, tenant));
    } else {
        settings.clientId = newRowId(QDateTime::currentMSecsSinceEpoch());
        settings.tenant = tenant;
    }
    if (fresh) {
        bool numeric = true;
        const int months = p.isSet(QStringLiteral("months")) ? p.value(QStringLiteral("months")).toInt(&numeric) : 0;
        if (!numeric || months < 0 || months > 240)
            return fail(tr("--months is a number of months, 1 to 240 (or 0: the whole municipality)."));
        Result<DeskSync::Settings> joined = DeskSync::join(transport, server, tenant, signedIn.value(), login, settings.clientId, path,
                                                           p.value(QStringLiteral("desk-code")), months);
        if (!joined)
            return fail(joined.error());
        settings = joined.value();
        out() << tr("Fetched the data of %1 at change %2 into %3 (%4 MB)").arg(tenant).arg(settings.cursor).arg(path)
                     .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1) << Qt::endl;
    }
    settings.server = server;
    settings.login = login;
    settings.userId = signedIn->userId;
    settings.token = signedIn->token;
    for (int round = 0;; ++round) {
        int waitingBefore = 0;
        {
            Result<std::unique_ptr<Database>> db = Database::open(path);
            if (!db)
                return fail(db.error());
            CommandRunner runner(*db.value());
            DeskSync sync(*db.value(), runner);
            if (round == 0) {
                if (Status st = sync.adopt(settings); !st)
                    return fail(st.error());
            }
            Result<DeskSync::PushResult> pushed = sync.push(transport);
            if (!pushed)
                return fail(pushed.error());
            Result<DeskSync::PullResult> pulled = sync.pull(transport);
            if (!pulled && pulled.error().code != QLatin1String("sync.snapshot-required"))
                return fail(pulled.error());
            if (!pulled && round > 0)
                return fail(pulled.error());
            if (pulled) {
                out() << tr("Desk %1: pushed %2 (applied %3, rejected %4, again %5); pulled %6 rows in %7 pages to change %8; %9 waiting")
                             .arg(sync.settings().deskCode)
                             .arg(pushed->sent)
                             .arg(pushed->applied)
                             .arg(pushed->rejected)
                             .arg(pushed->duplicates)
                             .arg(pulled->rows)
                             .arg(pulled->pages)
                             .arg(pulled->cursor)
                             .arg(sync.waiting())
                      << Qt::endl;
                for (const Rejection &r : sync.rejections(true))
                    out() << tr("Refused by the server: %1 (%2): %3").arg(r.command.value(QStringLiteral("name")).toString(), r.code, r.message) << Qt::endl;
                return 0;
            }
            waitingBefore = sync.waiting();
        }
        // The server's data was replaced: this desk starts again on its new copy (the file closed above), its
        // waiting changes with it.
        Result<DeskSync::Restart> restarted = DeskSync::restartFromServer(transport, path);
        if (!restarted)
            return fail(restarted.error());
        out() << tr("The server's data was replaced: started again on its copy at change %1; %2 of %3 waiting changes carried and run again; "
                    "the old file is kept as %4")
                     .arg(restarted->cursor)
                     .arg(restarted->rerun)
                     .arg(waitingBefore)
                     .arg(restarted->keptAs)
              << Qt::endl;
    }
}

} // namespace CivicDesk::Admin
