// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which store the server's tests run on: SQLite files beside the catalog (the embedded server, by default), or
// PostgreSQL (CIVICDESK_TEST_SERVER_STORE=postgres), in a database of each test's own in the test cluster
// (CIVICDESK_TEST_PG, or the file CIVICDESK_TEST_PG_FILE names, or the one of ctest's fixture). ctest runs the
// suite once for each.

#include "core/desk/intake.h"
#include "core/storage/pgscratchdatabase.h"
#include "core/storage/servercatalog.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace CivicDesk::Test {

inline bool serverOnPostgres()
{
    return qEnvironmentVariable("CIVICDESK_TEST_SERVER_STORE") == QLatin1String("postgres");
}

inline QString pgCluster()
{
    QString c = qEnvironmentVariable("CIVICDESK_TEST_PG");
    if (c.isEmpty()) {
        // The cluster ctest's pg_cluster fixture started.
        QFile f(qEnvironmentVariable("CIVICDESK_TEST_PG_FILE", QStringLiteral(CIVICDESK_PG_FIXTURE_FILE)));
        if (f.open(QIODevice::ReadOnly))
            c = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (c.isEmpty())
        FAIL("the server's tests on PostgreSQL need a cluster: set CIVICDESK_TEST_PG (bash packaging/pg-cluster.sh start DIR prints it)");
    return c;
}

/// A server's catalog on the store under test: a file in @p dir, or a fresh PostgreSQL database (in the test
/// cluster, or in @p cluster).
struct TestCatalog
{
    std::unique_ptr<PgScratchDatabase> pg;
    std::unique_ptr<ServerCatalog> catalog;

    explicit TestCatalog(const QString &dir, const QString &cluster = {})
    {
        Result<std::unique_ptr<ServerCatalog>> c = [&]() -> Result<std::unique_ptr<ServerCatalog>> {
            if (!serverOnPostgres())
                return ServerCatalog::open(dir + QStringLiteral("/server.db"));
            Result<std::unique_ptr<PgScratchDatabase>> scratch = PgScratchDatabase::create(cluster.isEmpty() ? pgCluster() : cluster, QStringLiteral("cd_synctest"));
            if (!scratch)
                return scratch.error();
            pg = std::move(scratch).value();
            setServerFilesDirectory(dir + QStringLiteral("/files")); // the photos of the in-process server
            return ServerCatalog::openPostgres(pg->conninfo());
        }();
        INFO((c ? QString() : c.error().message).toStdString());
        REQUIRE(c.ok());
        catalog = std::move(c).value();
    }
};

} // namespace CivicDesk::Test
