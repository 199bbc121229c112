// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/organisation.h"
#include "util/result.h"

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

    Status saveDepartment(const Department &department);
    std::optional<Department> department(const QString &id) const;
    QList<Department> departments() const;

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
