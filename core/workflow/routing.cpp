// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing.h"

#include "domain/idgenerator.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "util/tr.h"

#include <QHash>

namespace CivicDesk {

Routing::Routing(Database &db)
{
    SqliteStatement rules(db.handle(), "SELECT id, ifnull(service_type_id, ''), ifnull(district_id, ''), department_id FROM routing_rule");
    while (rules.step())
        m_rules.append({rules.text(0), rules.text(1), rules.text(2), rules.text(3)});
    SqliteStatement depts(db.handle(), "SELECT id, ifnull(parent_id, ''), kind FROM department");
    while (depts.step()) {
        m_parent.insert(depts.text(0), depts.text(1));
        if (m_dispatch.isEmpty() && depts.text(2) == QLatin1String("dispatch_desk"))
            m_dispatch = depts.text(0);
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
    SqliteStatement del(db.handle(), "DELETE FROM routing_rule WHERE tenant_id = ? AND ifnull(service_type_id, '') = ? AND ifnull(district_id, '') = ?");
    del.bind(1, tenantId);
    del.bind(2, rule.serviceTypeId);
    del.bind(3, rule.districtId);
    if (!del.exec())
        return db.lastError(Tr::tr("saving a routing rule"));
    SqliteStatement s(db.handle(), "INSERT INTO routing_rule(id, tenant_id, service_type_id, district_id, department_id, updated_at, updated_by) "
                                   "VALUES (?,?,?,?,?,?,?)");
    s.bind(1, rule.id.isEmpty() ? newRowId(now) : rule.id);
    s.bind(2, tenantId);
    s.bindOptional(3, rule.serviceTypeId);
    s.bindOptional(4, rule.districtId);
    s.bind(5, rule.departmentId);
    s.bind(6, now);
    s.bind(7, actor);
    if (!s.exec())
        return db.lastError(Tr::tr("saving a routing rule"));
    return {};
}

} // namespace CivicDesk
