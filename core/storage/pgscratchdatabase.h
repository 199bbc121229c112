// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>

#include <memory>

namespace CivicDesk {

/// A database of its own in a throwaway PostgreSQL cluster, for a simulation run, a test or a benchmark: made on
/// construction (owned by a plain role, civicdesk_app, made if missing, as a deployment's would be) and dropped
/// on destruction. @p cluster is a superuser's connection string.
class PgScratchDatabase
{
public:
    /// A new database, empty or (@p templateName) a copy of another that no one is connected to.
    static Result<std::unique_ptr<PgScratchDatabase>> create(const QString &cluster, const QString &prefix, const QString &templateName = {});
    ~PgScratchDatabase();
    QString name() const { return m_name; }
    /// The plain role's connection string, what a server would use.
    QString conninfo() const { return m_cluster + QStringLiteral(" dbname=") + m_name + QStringLiteral(" user=civicdesk_app"); }
    /// The superuser's, in this database.
    QString adminConninfo() const { return m_cluster + QStringLiteral(" dbname=") + m_name; }

private:
    PgScratchDatabase(QString cluster, QString name) : m_cluster(std::move(cluster)), m_name(std::move(name)) {}
    QString m_cluster;
    QString m_name;
};

} // namespace CivicDesk
