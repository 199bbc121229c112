// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguerepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "database.h"
#include "sqlitestatement.h"
#include "core/util/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CivicDesk {
namespace {

constexpr const char *typeSelect =
    "SELECT id, tenant_id, code, group_id, name, keywords, description, department_id, default_priority, deadline_hours, "
    "duplicate_radius_m, workflow_code, attributes, active, imported, updated_at, updated_by FROM service_type ";

ServiceType readType(const Statement &s)
{
    ServiceType t;
    t.id = s.text(0);
    t.tenantId = s.text(1);
    t.code = s.text(2);
    t.groupId = s.text(3);
    t.name = LocalizedText::fromJson(s.text(4));
    t.keywords = LocalizedText::fromJson(s.text(5));
    t.description = LocalizedText::fromJson(s.text(6));
    t.departmentId = s.text(7);
    t.defaultPriority = Priority(std::clamp(int(s.int64(8)), 1, 5));
    t.deadlineHours = int(s.int64(9));
    t.duplicateRadiusM = int(s.int64(10));
    t.workflowCode = s.text(11);
    t.attributes = CatalogueRepository::attributesFromJson(s.text(12));
    t.active = s.int64(13) != 0;
    t.imported = s.int64(14) != 0;
    t.stamp = {s.int64(15), s.text(16)};
    return t;
}

QJsonObject localizedToJson(const LocalizedText &t)
{
    return QJsonDocument::fromJson(t.toJson().toUtf8()).object();
}

LocalizedText localizedFromJson(const QJsonValue &v)
{
    return LocalizedText::fromJson(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
}

} // namespace

QString CatalogueRepository::attributesToJson(const QList<ServiceAttribute> &attributes)
{
    QJsonArray arr;
    for (const ServiceAttribute &a : attributes) {
        QJsonObject o{{QStringLiteral("code"), a.code},
                      {QStringLiteral("datatype"), toCode(a.datatype)},
                      {QStringLiteral("required"), a.required},
                      {QStringLiteral("order"), a.order},
                      {QStringLiteral("description"), localizedToJson(a.description)}};
        if (!a.values.isEmpty()) {
            QJsonArray values;
            for (const AttributeValue &v : a.values)
                values.append(QJsonObject{{QStringLiteral("key"), v.key}, {QStringLiteral("name"), localizedToJson(v.name)}});
            o.insert(QStringLiteral("values"), values);
        }
        if (!a.variable)
            o.insert(QStringLiteral("variable"), false);
        if (!a.datatypeDescription.isEmpty())
            o.insert(QStringLiteral("datatypeDescription"), localizedToJson(a.datatypeDescription));
        arr.append(o);
    }
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<ServiceAttribute> CatalogueRepository::attributesFromJson(const QString &json)
{
    QList<ServiceAttribute> out;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        ServiceAttribute a;
        a.code = o.value(QLatin1String("code")).toString();
        a.datatype = attributeDatatypeFromCode(o.value(QLatin1String("datatype")).toString()).value_or(AttributeDatatype::String);
        a.required = o.value(QLatin1String("required")).toBool();
        a.order = o.value(QLatin1String("order")).toInt();
        a.description = localizedFromJson(o.value(QLatin1String("description")));
        a.variable = o.value(QLatin1String("variable")).toBool(true);
        a.datatypeDescription = localizedFromJson(o.value(QLatin1String("datatypeDescription")));
        for (const QJsonValue &val : o.value(QLatin1String("values")).toArray()) {
            const QJsonObject vo = val.toObject();
            a.values.append({vo.value(QLatin1String("key")).toString(), localizedFromJson(vo.value(QLatin1String("name")))});
        }
        out.append(a);
    }
    return out;
}

Status CatalogueRepository::saveGroup(const ServiceGroup &g)
{
    Statement s(m_db,
                      "INSERT INTO service_group(id, tenant_id, code, name, sort_order, updated_at, updated_by) "
                      "VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET code=excluded.code, name=excluded.name, "
                      "sort_order=excluded.sort_order, updated_at=excluded.updated_at, updated_by=excluded.updated_by");
    s.bind(1, g.id);
    s.bind(2, g.tenantId);
    s.bind(3, g.code);
    s.bind(4, g.name.toJson());
    s.bind(5, g.sortOrder);
    s.bind(6, g.stamp.updatedAt);
    s.bind(7, g.stamp.updatedBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a catalogue group"));
    return {};
}

QList<ServiceGroup> CatalogueRepository::groups() const
{
    QList<ServiceGroup> out;
    Statement s(m_db,
                      "SELECT id, tenant_id, code, name, sort_order, updated_at, updated_by FROM service_group ORDER BY sort_order, code");
    while (s.step())
        out.append({s.text(0), s.text(1), s.text(2), LocalizedText::fromJson(s.text(3)), int(s.int64(4)), {s.int64(5), s.text(6)}});
    return out;
}

Status CatalogueRepository::saveType(const ServiceType &t)
{
    Statement s(m_db,
                      "INSERT INTO service_type(id, tenant_id, code, group_id, name, keywords, description, department_id, "
                      "default_priority, deadline_hours, duplicate_radius_m, workflow_code, attributes, active, imported, "
                      "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                      "code=excluded.code, group_id=excluded.group_id, name=excluded.name, keywords=excluded.keywords, "
                      "description=excluded.description, department_id=excluded.department_id, "
                      "default_priority=excluded.default_priority, deadline_hours=excluded.deadline_hours, "
                      "duplicate_radius_m=excluded.duplicate_radius_m, workflow_code=excluded.workflow_code, "
                      "attributes=excluded.attributes, active=excluded.active, imported=excluded.imported, "
                      "updated_at=excluded.updated_at, updated_by=excluded.updated_by");
    s.bind(1, t.id);
    s.bind(2, t.tenantId);
    s.bind(3, t.code);
    s.bindOptional(4, t.groupId);
    s.bind(5, t.name.toJson());
    s.bind(6, t.keywords.toJson());
    s.bind(7, t.description.toJson());
    s.bindOptional(8, t.departmentId);
    s.bind(9, int(t.defaultPriority));
    s.bind(10, t.deadlineHours);
    s.bind(11, t.duplicateRadiusM);
    s.bind(12, t.workflowCode);
    s.bind(13, attributesToJson(t.attributes));
    s.bind(14, t.active ? 1 : 0);
    s.bind(15, t.imported ? 1 : 0);
    s.bind(16, t.stamp.updatedAt);
    s.bind(17, t.stamp.updatedBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving request type %1").arg(t.code));
    return {};
}

std::optional<ServiceType> CatalogueRepository::type(const QString &id) const
{
    Statement s(m_db, (QByteArray(typeSelect) + "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.step())
        return readType(s);
    return std::nullopt;
}

std::optional<ServiceType> CatalogueRepository::typeByCode(const QString &code) const
{
    Statement s(m_db, (QByteArray(typeSelect) + "WHERE code = ?").constData());
    s.bind(1, code);
    if (s.step())
        return readType(s);
    return std::nullopt;
}

QList<ServiceType> CatalogueRepository::types() const
{
    QList<ServiceType> out;
    Statement s(m_db, (QByteArray(typeSelect) + "ORDER BY code").constData());
    while (s.step())
        out.append(readType(s));
    return out;
}

QHash<QString, QString> CatalogueRepository::typeGroups() const
{
    QHash<QString, QString> out;
    Statement q(m_db, "SELECT id, ifnull(group_id, '') FROM service_type");
    while (q.step())
        out.insert(q.text(0), q.text(1));
    return out;
}

} // namespace CivicDesk
