// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsql.h"
#include "core/domain/organisation.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace CivicDesk {

class Database;

namespace Bench {

/// Prints the line "BENCH <name> <value>".
void bench(const char *name, double value);
/// The @p p quantile (0…1) of @p v; 0 when empty.
double percentile(std::vector<double> v, double p);
/// The id of a user in @p role (the last one listed), empty when there is none.
QString userInRole(Database &db, Role role);

// The scenarios; each returns the process's exit code.
/// lookup [--mix file|fixed]: the as-you-type mix from the file (default), or the first fixed list.
int benchLookup(Database &db, const QStringList &args);
int benchOpen(const QString &path);
int benchGenerate(const QString &path, const QStringList &args);
/// import --db NEWFILE [--rows N] [--keep-csv]: a generated Open311 CSV of N rows (320,000) imported (bench_import.cpp).
int benchImport(const QString &path, const QStringList &args);
int benchScreenPop(Database &db);
int benchDuplicates(Database &db);
int benchQueue(Database &db);
int benchDashboard(Database &db);
int benchMap(Database &db, const QStringList &args);
/// sync-sim --seeds N [--from S]: the deterministic simulation of a server and its desks (bench_sync.cpp).
int benchSyncSim(const QStringList &args);
/// sync: the server's figures over real HTTP on loopback (bench_sync.cpp).
int benchSync(const QStringList &args);
/// civicdesk-bench scale: a city loaded into PostgreSQL, several server instances behind HAProxy, many desks.
int benchScale(const QStringList &args);
/// civicdesk-bench notify [--messages N]: e-mails to a real SMTP server on loopback.
int benchNotify(const QStringList &args);
/// civicdesk-bench open311 [--seconds S] [--rounds R] [--connections C] [--posts N]: GET requests.json against nginx
/// serving the same bytes, and POSTs with a photo (bench_open311.cpp).
int benchOpen311(const QStringList &args);

} // namespace Bench
} // namespace CivicDesk
