// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/citizen.h"
#include "core/domain/organisation.h"
#include "core/util/clock.h"
#include "core/domain/idgenerator.h"
#include "core/storage/database.h"

#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace CivicDesk::Test {

/// A database file in a fresh temporary directory.
struct TempDatabase
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;

    explicit TempDatabase(const QString &country = QStringLiteral("GR"));
    /// Opens the file again (after db.reset()).
    void reopen();
};

/// Path of a file under ../shared/data, or empty (and a warning) if it is not there.
QString sharedData(const QString &relative);

/// A hash of every row of each table (by name), rows in a stable order, implicit rowids left out.
QMap<QString, QByteArray> tableHashes(Database &db);

/// Adds a tenant of @p country to an empty database.
void addTenant(Database &db, const QString &country, const QString &tenantId = QStringLiteral("tenant"));

/// A person with a phone typed as given.
Citizen person(const QString &given, const QString &family, const QString &phone = {}, const QString &country = QStringLiteral("GR"));

/// A small demo municipality (300 citizens, 1,500 requests, seed 5, until 2026-11-01) with a clock tests move.
struct Demo
{
    TempDatabase t{QString()};
    Tenant tenant;
    qint64 now = QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    Clock clock = [this] { return now; };
    QString operatorId;

    Demo();
    Database &db() { return *t.db; }
    ServiceType type(const char *code);
    /// A citizen of the registry with a valid phone.
    Citizen someCitizen();
    /// Checks and saves a new citizen of this municipality.
    Citizen save(Citizen c);
    /// The first active user of @p role (and of @p departmentCode's department, if given).
    User user(Role role, const QString &departmentCode = {});
    QString departmentId(const QString &code);
};

} // namespace CivicDesk::Test

namespace CivicDesk {
class PgScratchDatabase;
}

namespace CivicDesk::Test {

/// A fresh database in the test PostgreSQL cluster (CIVICDESK_TEST_PG, a superuser's connection string, set by
/// packaging/dev.sh test or the pg_cluster fixture of ctest), owned by a plain role as a deployment's would be;
/// dropped at the end. Fails the test when there is no cluster.
struct PgTestDatabase
{
    std::unique_ptr<PgScratchDatabase> scratch; ///< made and dropped as a simulation run's database is
    QString name;
    QString admin;    ///< the superuser, in the new database
    QString conninfo; ///< the plain role (civicdesk_app), in the new database

    PgTestDatabase();
    ~PgTestDatabase();
    /// Runs @p sql as the superuser in the new database; its first value (empty when none).
    QString adminValue(const QString &sql) const;
};

} // namespace CivicDesk::Test
