// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing.h"

#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/util/tr.h"

#include <QHash>

namespace CivicDesk {

Routing::Routing(Database &db)
    : m_rules(OrganisationRepository(db).routingRules())
{
    for (const Department &d : OrganisationRepository(db).departments()) {
        m_parent.insert(d.id, d.parentId);
        if (m_dispatch.isEmpty() && d.kind == DepartmentKind::DispatchDesk)
            m_dispatch = d.id;
    }
}

QString Routing::departmentFor(const QString &typeId, const QString &catalogueDepartmentId, const QString &districtId) const
{
    int best = -1;
    QString chosen;
    for (const RoutingRule &r : m_rules) {
        if (!r.serviceTypeId.isEmpty() && r.serviceTypeId != typeId)
            continue;
        if (!r.districtId.isEmpty() && r.districtId != districtId)
            continue;
        // type and district 3, type 2, district 1, a catch-all rule 0
        const int specificity = (r.serviceTypeId.isEmpty() ? 0 : 2) + (r.districtId.isEmpty() ? 0 : 1);
        if (specificity > best) {
            best = specificity;
            chosen = r.departmentId;
        }
    }
    // The catalogue's department is as specific as a rule for the type alone.
    if (best >= 2)
        return chosen;
    if (!catalogueDepartmentId.isEmpty())
        return catalogueDepartmentId;
    if (best >= 0)
        return chosen;
    return m_dispatch;
}

bool Routing::handles(const QString &departmentId, const QString &typeId, const QString &catalogueDepartmentId) const
{
    if (departmentId.isEmpty())
        return false;
    if (departmentId == m_dispatch)
        return true;
    QStringList handlers{catalogueDepartmentId};
    for (const RoutingRule &r : m_rules)
        if (r.serviceTypeId == typeId)
            handlers.append(r.departmentId);
    // A department handles what its crews and its sub-departments handle, and the other way round.
    for (QString d = departmentId; !d.isEmpty(); d = m_parent.value(d))
        if (handlers.contains(d))
            return true;
    for (const QString &h : std::as_const(handlers))
        for (QString d = h; !d.isEmpty(); d = m_parent.value(d))
            if (d == departmentId)
                return true;
    return false;
}

Status Routing::saveRule(Database &db, const QString &tenantId, const RoutingRule &rule, const QString &actor, qint64 now)
{
    return OrganisationRepository(db).saveRoutingRule(tenantId, rule, actor, now);
}

} // namespace CivicDesk
