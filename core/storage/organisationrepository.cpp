// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "database.h"
#include "core/domain/idgenerator.h"
#include "sqlitestatement.h"
#include "core/util/tr.h"

namespace CivicDesk {
namespace {

QGeoCoordinate coordinate(const Statement &s, int latCol)
{
    if (s.isNull(latCol) || s.isNull(latCol + 1))
        return {};
    return QGeoCoordinate(s.real(latCol), s.real(latCol + 1));
}

void bindCoordinate(Statement &s, int index, const QGeoCoordinate &c)
{
    if (c.isValid()) {
        s.bind(index, c.latitude());
        s.bind(index + 1, c.longitude());
    } else {
        s.bindNull(index);
        s.bindNull(index + 1);
    }
}

constexpr const char *tenantColumns = "id, name, country, languages, time_zone, emergency_number, centre_lat, centre_lon, "
                                      "updated_at, updated_by";

Tenant readTenant(const Statement &s, const Database &db)
{
    Tenant t;
    t.id = s.text(0);
    t.name = s.text(1);
    t.country = s.text(2);
    t.languages = s.text(3).split(u',', Qt::SkipEmptyParts);
    t.timeZone = s.text(4);
    t.emergencyNumber = s.text(5);
    t.centre = coordinate(s, 6);
    t.stamp = {s.int64(8), s.text(9)};
    t.deviceCode = db.localSetting(QStringLiteral("device_code"));
    return t;
}

constexpr const char *departmentColumns = "id, tenant_id, parent_id, kind, code, name, is_contractor, contractor_name, "
                                          "contract_deadline_hours, depot_lat, depot_lon, updated_at, updated_by";

Department readDepartment(const Statement &s)
{
    Department d;
    d.id = s.text(0);
    d.tenantId = s.text(1);
    d.parentId = s.text(2);
    d.kind = departmentKindFromCode(s.text(3)).value_or(DepartmentKind::Department);
    d.code = s.text(4);
    d.name = LocalizedText::fromJson(s.text(5));
    d.isContractor = s.int64(6) != 0;
    d.contractorName = s.text(7);
    d.contractDeadlineHours = int(s.int64(8));
    d.depot = coordinate(s, 9);
    d.stamp = {s.int64(11), s.text(12)};
    return d;
}

constexpr const char *userColumns = "id, tenant_id, username, display_name, role, department_id, active, updated_at, updated_by, email, notify_by_email";

User readUser(const Statement &s)
{
    User u;
    u.id = s.text(0);
    u.tenantId = s.text(1);
    u.username = s.text(2);
    u.displayName = s.text(3);
    u.role = roleFromCode(s.text(4)).value_or(Role::Operator);
    u.departmentId = s.text(5);
    u.active = s.int64(6) != 0;
    u.stamp = {s.int64(7), s.text(8)};
    u.email = s.text(9);
    u.notifyByEmail = s.int64(10) != 0;
    return u;
}

QByteArray selectSql(const char *columns, const char *table, const char *tail)
{
    return QByteArray("SELECT ") + columns + " FROM " + table + ' ' + tail;
}

} // namespace

Status OrganisationRepository::saveTenant(const Tenant &t)
{
    Statement s(m_db,
                      "INSERT INTO tenant(id, name, country, languages, time_zone, emergency_number, centre_lat, centre_lon, "
                      "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                      "name=excluded.name, country=excluded.country, languages=excluded.languages, "
                      "time_zone=excluded.time_zone, emergency_number=excluded.emergency_number, "
                      "centre_lat=excluded.centre_lat, centre_lon=excluded.centre_lon, "
                      "updated_at=excluded.updated_at, updated_by=excluded.updated_by");
    s.bind(1, t.id);
    s.bind(2, t.name);
    s.bind(3, t.country);
    s.bind(4, t.languages.join(u','));
    s.bind(5, t.timeZone);
    s.bind(6, t.emergencyNumber);
    bindCoordinate(s, 7, t.centre);
    s.bind(9, t.stamp.updatedAt);
    s.bind(10, t.stamp.updatedBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving the municipality"));
    if (!t.deviceCode.isEmpty())
        return m_db.setLocalSetting(QStringLiteral("device_code"), t.deviceCode);
    return {};
}

std::optional<Tenant> OrganisationRepository::tenant() const
{
    Statement s(m_db, selectSql(tenantColumns, "tenant", "ORDER BY id LIMIT 1").constData());
    if (s.step())
        return readTenant(s, m_db);
    return std::nullopt;
}

std::optional<Tenant> OrganisationRepository::tenant(const QString &id) const
{
    Statement s(m_db, selectSql(tenantColumns, "tenant", "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.step())
        return readTenant(s, m_db);
    return std::nullopt;
}

Status OrganisationRepository::saveDepartment(const Department &d)
{
    Statement s(m_db,
                      "INSERT INTO department(id, tenant_id, parent_id, kind, code, name, is_contractor, contractor_name, "
                      "contract_deadline_hours, depot_lat, depot_lon, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                      "ON CONFLICT(id) DO UPDATE SET parent_id=excluded.parent_id, kind=excluded.kind, code=excluded.code, "
                      "name=excluded.name, is_contractor=excluded.is_contractor, contractor_name=excluded.contractor_name, "
                      "contract_deadline_hours=excluded.contract_deadline_hours, depot_lat=excluded.depot_lat, "
                      "depot_lon=excluded.depot_lon, updated_at=excluded.updated_at, updated_by=excluded.updated_by");
    s.bind(1, d.id);
    s.bind(2, d.tenantId);
    s.bindOptional(3, d.parentId);
    s.bind(4, toCode(d.kind));
    s.bind(5, d.code);
    s.bind(6, d.name.toJson());
    s.bind(7, d.isContractor ? 1 : 0);
    s.bindOptional(8, d.contractorName);
    s.bind(9, d.contractDeadlineHours);
    bindCoordinate(s, 10, d.depot);
    s.bind(12, d.stamp.updatedAt);
    s.bind(13, d.stamp.updatedBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a department"));
    return {};
}

std::optional<Department> OrganisationRepository::department(const QString &id) const
{
    Statement s(m_db, selectSql(departmentColumns, "department", "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.step())
        return readDepartment(s);
    return std::nullopt;
}

QList<Department> OrganisationRepository::departments() const
{
    QList<Department> out;
    Statement s(m_db, selectSql(departmentColumns, "department", "ORDER BY code").constData());
    while (s.step())
        out.append(readDepartment(s));
    return out;
}

std::optional<QString> OrganisationRepository::mapConfig() const
{
    Statement q(m_db, "SELECT map_config FROM tenant ORDER BY id LIMIT 1");
    if (!q.step())
        return std::nullopt;
    return q.text(0);
}

Status OrganisationRepository::setMapConfig(const QString &json)
{
    Statement q(m_db, "UPDATE tenant SET map_config = ?");
    q.bind(1, json);
    if (!q.exec())
        return m_db.lastError(Tr::tr("saving the base map"));
    return {};
}

QList<RoutingRule> OrganisationRepository::routingRules() const
{
    QList<RoutingRule> out;
    Statement s(m_db, "SELECT id, ifnull(service_type_id, ''), ifnull(district_id, ''), department_id FROM routing_rule");
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2), s.text(3)});
    return out;
}

Status OrganisationRepository::saveRoutingRule(const QString &tenantId, const RoutingRule &rule, const QString &actor, qint64 now)
{
    Statement del(m_db, "DELETE FROM routing_rule WHERE tenant_id = ? AND ifnull(service_type_id, '') = ? AND ifnull(district_id, '') = ?");
    del.bind(1, tenantId);
    del.bind(2, rule.serviceTypeId);
    del.bind(3, rule.districtId);
    if (!del.exec())
        return m_db.lastError(Tr::tr("saving a routing rule"));
    Statement s(m_db, "INSERT INTO routing_rule(id, tenant_id, service_type_id, district_id, department_id, updated_at, updated_by) "
                                     "VALUES (?,?,?,?,?,?,?)");
    s.bind(1, rule.id.isEmpty() ? newRowId(now) : rule.id);
    s.bind(2, tenantId);
    s.bindOptional(3, rule.serviceTypeId);
    s.bindOptional(4, rule.districtId);
    s.bind(5, rule.departmentId);
    s.bind(6, now);
    s.bind(7, actor);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a routing rule"));
    return {};
}

Status OrganisationRepository::saveUser(const User &u)
{
    Statement s(m_db,
                      "INSERT INTO app_user(id, tenant_id, username, display_name, role, department_id, active, updated_at, "
                      "updated_by, email, notify_by_email) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET username=excluded.username, "
                      "display_name=excluded.display_name, role=excluded.role, department_id=excluded.department_id, "
                      "active=excluded.active, updated_at=excluded.updated_at, updated_by=excluded.updated_by, email=excluded.email, "
                      "notify_by_email=excluded.notify_by_email");
    s.bind(1, u.id);
    s.bind(2, u.tenantId);
    s.bind(3, u.username);
    s.bind(4, u.displayName);
    s.bind(5, toCode(u.role));
    s.bindOptional(6, u.departmentId);
    s.bind(7, u.active ? 1 : 0);
    s.bind(8, u.stamp.updatedAt);
    s.bind(9, u.stamp.updatedBy);
    s.bind(10, u.email);
    s.bind(11, u.notifyByEmail ? 1 : 0);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a user"));
    return {};
}

std::optional<User> OrganisationRepository::user(const QString &id) const
{
    Statement s(m_db, selectSql(userColumns, "app_user", "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.step())
        return readUser(s);
    return std::nullopt;
}

QList<User> OrganisationRepository::users() const
{
    QList<User> out;
    Statement s(m_db, selectSql(userColumns, "app_user", "ORDER BY role, username").constData());
    while (s.step())
        out.append(readUser(s));
    return out;
}

QHash<QString, QString> OrganisationRepository::displayNames(const QString &language) const
{
    QHash<QString, QString> names;
    for (const User &u : users())
        names.insert(u.id, u.displayName);
    for (const Department &d : departments())
        names.insert(d.id, d.name.best(language));
    names.insert(QStringLiteral("escalation"), Tr::tr("Escalation ladder"));
    return names;
}

} // namespace CivicDesk
