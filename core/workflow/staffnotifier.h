// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/storage/alertstore.h"
#include "core/util/result.h"

#include <optional>

namespace CivicDesk {

class Database;

/// Tells staff of their alerts (an assignment, an escalation step) by e-mail too, each person as they asked
/// (User::notifyByEmail, User::email); the desk's alert list shows every alert anyway. The e-mails go through
/// the outbox like the citizens' messages, in the municipality's main language.
class StaffNotifier
{
public:
    explicit StaffNotifier(Database &db) : m_db(db) {}

    /// Queues the e-mails of @p alert, just written (the caller holds the transaction); returns how many.
    Result<int> alerted(const AlertStore::Row &alert, const QString &actor, qint64 now);
    /// Whether @p u is among the people @p alert is for: the person named, else everyone of its role (of its
    /// department, for the departments' roles).
    static bool isFor(const User &u, const AlertStore::Row &alert);
    /// Whether @p email can be a member of staff's address (one @, a dot in the domain, no spaces or brackets).
    static bool isAddress(const QString &email);

private:
    Database &m_db;
    std::optional<QList<User>> m_users;
};

} // namespace CivicDesk
