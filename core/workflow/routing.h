// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/organisation.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace CivicDesk {

class Database;

/// Where a new request goes: the most specific rule for its type and district (type and district, then type,
/// then district), else the service type's department from the catalogue, else the dispatch desk.
class Routing
{
public:
    explicit Routing(Database &db);

    QString departmentFor(const QString &typeId, const QString &catalogueDepartmentId, const QString &districtId) const;
    /// True if @p departmentId may take requests of @p typeId: the catalogue's department, a department a rule
    /// sends the type to, one of their crews or parents, or the dispatch desk.
    bool handles(const QString &departmentId, const QString &typeId, const QString &catalogueDepartmentId) const;
    QString dispatchDesk() const { return m_dispatch; }

    /// Adds or replaces the rule for (type, district); the department must exist.
    static Status saveRule(Database &db, const QString &tenantId, const RoutingRule &rule, const QString &actor, qint64 now);
    const QList<RoutingRule> &rules() const { return m_rules; }

private:
    QList<RoutingRule> m_rules;
    QString m_dispatch;
    QHash<QString, QString> m_parent; ///< department → parent
};

} // namespace CivicDesk
