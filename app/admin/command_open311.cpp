// SPDX-License-Identifier: GPL-3.0-or-later
// The citizens' channels: a service catalogue from Open311 documents, and the API keys of the applications
// that post to a server's Open311 API.
#include "admin.h"

#include "core/importing/servicecatalogimporter.h"
#include "core/storage/database.h"
#include "core/storage/servercatalog.h"
#include "core/storage/syncstore.h"
#include "server/tenantadmin.h"

#include <QCoreApplication>
#include <QDateTime>

namespace CivicDesk::Admin {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

Result<ImportReport> importServices(const QCommandLineParser &p, Database &db)
{
    const QString services = p.value(QStringLiteral("services"));
    if (services.isEmpty())
        return Error{QStringLiteral("import.usage"), tr("import-services needs --services FILE (an Open311 services.json) [--definitions FILE] [--lang L].")};
    return ServiceCatalogImporter(db).importFiles(services, p.value(QStringLiteral("definitions")),
                                                  p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang")) : QString());
}

} // namespace

int commandImportServices(const QCommandLineParser &p, Database &db)
{
    return printReport(importServices(p, db));
}

int commandImportServicesTenant(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    const QString tenant = p.value(QStringLiteral("tenant"));
    if (!catalog->tenant(tenant))
        return fail(tr("There is no tenant %1 on this server.").arg(tenant));
    Result<std::unique_ptr<Database>> opened = catalog->tenantData(tenant).open();
    if (!opened)
        return fail(opened.error());
    std::unique_ptr<Database> db = std::move(opened).value();
    // Written as a change of the tenant's data (a running server's desks pull it).
    Result<ImportReport> report = Error{};
    const Status st = SyncStore(*db).write([&]() -> Status {
        report = importServices(p, *db);
        return report ? Status{} : Status(report.error());
    });
    if (!st)
        return fail(st.error());
    return printReport(report);
}

int commandApiKeyAdd(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    bool ok = true;
    const int perMinute = p.isSet(QStringLiteral("per-minute")) ? p.value(QStringLiteral("per-minute")).toInt(&ok) : 0;
    if (!ok || perMinute < 0)
        return fail(tr("--per-minute is a number of requests a minute, 0 or more."));
    Result<std::pair<QString, QString>> added = TenantAdmin::addApiKey(*catalog, p.value(QStringLiteral("tenant")), p.value(QStringLiteral("name")), perMinute);
    if (!added)
        return fail(added.error());
    // The key alone on standard output (for scripts), what it is on standard error: it is never shown again.
    out() << added->first << Qt::endl;
    err() << tr("API key %1 for %2 of %3; keep it now, only its hash is stored.").arg(added->second, p.value(QStringLiteral("name")), p.value(QStringLiteral("tenant")))
          << Qt::endl;
    return 0;
}

int commandApiKeyRevoke(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    const QString tenant = p.value(QStringLiteral("tenant")), key = p.value(QStringLiteral("key"));
    if (tenant.isEmpty() || key.isEmpty())
        return fail(tr("apikey-revoke needs --tenant CODE --key ID (as apikeys prints it, or the application's name: all its keys)."));
    Result<int> revoked = catalog->revokeApiKey(tenant, key, QDateTime::currentMSecsSinceEpoch());
    if (!revoked)
        return fail(revoked.error());
    if (revoked.value() == 0)
        return fail(tr("%1 has no key %2 in use.").arg(tenant, key));
    out() << QCoreApplication::translate("admin", "%n key(s) revoked", nullptr, revoked.value()) << Qt::endl;
    return 0;
}

int commandApiKeys(const QCommandLineParser &p)
{
    int code = 0;
    std::unique_ptr<ServerCatalog> catalog = openCatalog(p, &code);
    if (!catalog)
        return code;
    const QString tenant = p.value(QStringLiteral("tenant"));
    if (!catalog->tenant(tenant))
        return fail(tr("There is no tenant %1 on this server.").arg(tenant));
    for (const ServerCatalog::ApiKey &k : catalog->apiKeys(tenant)) {
        const QString when = QDateTime::fromMSecsSinceEpoch(k.createdAt).toString(Qt::ISODate);
        out() << k.id << '\t' << k.name << '\t' << when << '\t'
              << (k.revokedAt ? tr("revoked %1").arg(QDateTime::fromMSecsSinceEpoch(k.revokedAt).toString(Qt::ISODate)) : tr("in use")) << '\t'
              << (k.perMinute > 0 ? tr("%1 a minute").arg(k.perMinute) : tr("server's rate")) << Qt::endl;
    }
    return 0;
}

} // namespace CivicDesk::Admin
