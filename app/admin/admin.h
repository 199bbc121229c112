// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"
#include "core/importing/importreport.h"
#include "core/util/result.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <memory>

namespace CivicDesk {

class Database;
class ServerCatalog;

namespace Admin {

QTextStream &out();
QTextStream &err();
/// Prints a long task's progress on standard error, every five per cent.
std::function<bool(int, const QString &)> progressPrinter();
/// Prints @p message on standard error; the exit code of a failed command.
int fail(const QString &message);
int fail(const Error &error);
/// The database of --db, migrated; null (and the exit code in @p exitCode) when it cannot be opened.
std::unique_ptr<Database> openOrReport(const QString &path, int *exitCode);
/// An import's report on standard output, or its failure.
int printReport(const Result<ImportReport> &report);
/// Stores the definition in --set FILE with @p save (which checks it first).
int storeDefinition(const QCommandLineParser &p, Database &db, Status (*save)(Database &, const QByteArray &, const QString &, qint64));

// One command each, in a file of its own (command_<name>.cpp).
int commandInit(const QCommandLineParser &p, Database &db);
int commandGenerate(const QCommandLineParser &p, Database &db);
int commandImportDistricts(const QCommandLineParser &p, Database &db);
int commandImportRequests(const QCommandLineParser &p, Database &db);
int commandImportCitizens(const QCommandLineParser &p, Database &db);
int commandSearch(const QCommandLineParser &p, Database &db);
int commandInfo(const QCommandLineParser &p, Database &db);
int commandCalendar(const QCommandLineParser &p, Database &db);
int commandWorkflow(const QCommandLineParser &p, Database &db);
int commandEscalate(const QCommandLineParser &p, Database &db);
int commandReport(const QCommandLineParser &p, Database &db);
int commandMap(const QCommandLineParser &p, Database &db);
int commandReportHeader(const QCommandLineParser &p, Database &db);
int commandMailSettings(const QCommandLineParser &p, Database &db);
int commandMailboxSettings(const QCommandLineParser &p, Database &db);
int commandSmsSettings(const QCommandLineParser &p, Database &db);
int commandSendMessages(const QCommandLineParser &p, Database &db);
/// The password: the first line of standard input (never a flag, which every user of the machine can read).
QString readPassword();
int commandImportStreets(const QCommandLineParser &p, Database &db);
int commandGeocode(const QCommandLineParser &p, Database &db);

// A server's file (command_server.cpp): --db is the server's catalog, not a municipality's data.
/// The server's file of --db; null (and the exit code in @p code) when it cannot be opened.
std::unique_ptr<ServerCatalog> openCatalog(const QCommandLineParser &p, int *code);
int commandTenantAdd(const QCommandLineParser &p);
int commandUserAdd(const QCommandLineParser &p);
int commandTenantBackup(const QCommandLineParser &p);
int commandTenantRestore(const QCommandLineParser &p);
int commandUserDisable(const QCommandLineParser &p);
int commandDesks(const QCommandLineParser &p);
/// generate --tenant CODE: a server's tenant filled with a demo municipality.
int commandGenerateTenant(const QCommandLineParser &p);
/// The demo's options of --country, --citizens, --requests, --seed, --until; 0, or the exit code of bad ones.
int demoOptionsFrom(const QCommandLineParser &p, DemoOptions &o);
// The citizens' channels (command_open311.cpp).
int commandImportServices(const QCommandLineParser &p, Database &db);
/// import-services --tenant CODE: into a server's tenant, as a change its desks pull.
int commandImportServicesTenant(const QCommandLineParser &p);
int commandApiKeyAdd(const QCommandLineParser &p);
int commandApiKeyRevoke(const QCommandLineParser &p);
int commandApiKeys(const QCommandLineParser &p);
/// One push-and-pull round of a desk file with a server.
int commandSync(const QCommandLineParser &p);

} // namespace Admin
} // namespace CivicDesk
