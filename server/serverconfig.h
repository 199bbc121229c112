// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QStringList>

namespace CivicDesk {

/// How civicdesk-server runs: its configuration file (INI) with the command line's flags over it.
struct ServerConfig
{
    QString db;               ///< the server's catalog file; tenants' data beside it
    /// Or: a PostgreSQL connection string ("host=db1 dbname=civicdesk user=civicdesk"): the catalog and every
    /// tenant's data there, shared by any number of server instances.
    QString postgres;
    /// Where snapshots for new desks are made (default: beside --db, or the system's temporary folder).
    QString snapshotDir;
    /// With --postgres: where the photos are kept (every instance's, a shared folder when there are several).
    QString filesDir;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8470;
    QString tlsCert;
    QString tlsKey;
    QString logLevel = QStringLiteral("info"); ///< debug, info, warning
    int tokenHours = 12;
    int ladderSeconds = 60;   ///< how often the escalation ladder runs (0: never)
    int pollSeconds = 25;
    /// own: server/httpserver.* (the default); qt: Qt's QHttpServer module, kept to measure it against ours.
    QString httpLayer = QStringLiteral("own");
    /// Where citizens and the SMS gateway reach this server ("https://311.example.gr"; SyncService::Options).
    QString publicUrl;
    /// Open311 calls a minute one client address may make, and of them POSTs (0: no limit).
    int open311PerMinute = 3000;
    int open311PostsPerMinute = 60;
    /// Load balancers in front of this server (their IP addresses): the client's address of a request through
    /// one of them is the one it names in X-Forwarded-For (the per-address limits, the logs).
    QStringList trustedProxies;

    /// Reads @p arguments (argv without the program); --help and --version are the caller's.
    static Result<ServerConfig> fromArguments(const QStringList &arguments);
    /// Whether @p host is a loopback address (plain HTTP is allowed there only).
    static bool isLoopback(const QString &host);
};

} // namespace CivicDesk
