// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <optional>

namespace CivicDesk {

class Database;

/// Tenants, the department tree and users.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    Status saveTenant(const Tenant &tenant);
    std::optional<Tenant> tenant() const; ///< the municipality of this file (the first one)
    std::optional<Tenant> tenant(const QString &id) const;

    /// The municipality's base map configuration as JSON (see BaseMapConfig); nothing without a municipality.
    std::optional<QString> mapConfig() const;
    Status setMapConfig(const QString &json);

    Status saveDepartment(const Department &department);
    std::optional<Department> department(const QString &id) const;
    QList<Department> departments() const;

    QList<RoutingRule> routingRules() const;
    /// Adds or replaces the rule for the rule's (type, district) (the caller holds the transaction).
    Status saveRoutingRule(const QString &tenantId, const RoutingRule &rule, const QString &actor, qint64 now);

    Status saveUser(const User &user);
    std::optional<User> user(const QString &id) const;
    QList<User> users() const;
    /// The names a request's history shows for the ids it holds: users, departments and crews (in
    /// @p language where a name has it), and the escalation ladder.
    QHash<QString, QString> displayNames(const QString &language) const;

private:
    Database &m_db;
};

} // namespace CivicDesk
