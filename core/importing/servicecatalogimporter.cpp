// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicecatalogimporter.h"

#include "core/domain/catalogue.h"
#include "core/domain/idgenerator.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CivicDesk {
namespace {

Result<QJsonArray> arrayOf(const QByteArray &bytes, const QString &what)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError)
        return Error{QStringLiteral("import.json"), Tr::tr("%1 is not JSON (at byte %2: %3).").arg(what).arg(e.offset).arg(e.errorString())};
    if (!doc.isArray())
        return Error{QStringLiteral("import.json"), Tr::tr("%1 is not a list of services.").arg(what)};
    return doc.array();
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(60);
}

QString textOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().trimmed() : QString();
}

} // namespace

Result<ImportReport> ServiceCatalogImporter::importFiles(const QString &servicesPath, const QString &definitionsPath, const QString &language)
{
    const auto read = [](const QString &path) -> Result<QByteArray> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("import.read"), Tr::tr("Cannot read %1: %2").arg(path, f.errorString())};
        return f.readAll();
    };
    Result<QByteArray> services = read(servicesPath);
    if (!services)
        return services.error();
    QByteArray definitions;
    if (!definitionsPath.isEmpty()) {
        Result<QByteArray> d = read(definitionsPath);
        if (!d)
            return d.error();
        definitions = d.value();
    }
    return import(services.value(), definitions, language);
}

Result<ImportReport> ServiceCatalogImporter::import(const QByteArray &servicesJson, const QByteArray &definitionsJson, const QString &languageIn)
{
    Result<QJsonArray> services = arrayOf(servicesJson, Tr::tr("The services file"));
    if (!services)
        return services.error();
    QJsonArray definitions;
    if (!definitionsJson.isEmpty()) {
        Result<QJsonArray> d = arrayOf(definitionsJson, Tr::tr("The definitions file"));
        if (!d)
            return d.error();
        definitions = d.value();
    }
    const std::optional<Tenant> tenant = OrganisationRepository(m_db).tenant();
    if (!tenant)
        return Error{QStringLiteral("import.no-tenant"), Tr::tr("The database holds no municipality.")};
    const QString language = languageIn.isEmpty() ? tenant->languages.value(0, QStringLiteral("en")) : languageIn;
    QHash<QString, QJsonObject> definitionOf;
    for (const QJsonValue &v : std::as_const(definitions))
        if (const QString code = textOf(v.toObject().value(QStringLiteral("service_code"))); !code.isEmpty())
            definitionOf.insert(code, v.toObject());

    ImportReport report;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ChangeStamp stamp{now, QStringLiteral("import")};
    const Status st = m_db.transaction([&]() -> Status {
        CatalogueRepository catalogue(m_db);
        QHash<QString, ServiceGroup> groups;
        for (const ServiceGroup &g : catalogue.groups())
            groups.insert(g.code, g);
        QHash<QString, QString> departments;
        for (const Department &d : OrganisationRepository(m_db).departments())
            departments.insert(d.code.toLower(), d.id);
        int line = 0;
        for (const QJsonValue &v : std::as_const(services.value())) {
            ++line;
            ++report.read;
            const QJsonObject s = v.toObject();
            const QString code = textOf(s.value(QStringLiteral("service_code")));
            if (!v.isObject() || code.isEmpty() || code.size() > 64) {
                ++report.skipped;
                report.skippedRows.append({line, Tr::tr("service %1 has no service_code (or one longer than 64 characters)").arg(line)});
                continue;
            }
            const QString name = textOf(s.value(QStringLiteral("service_name")));
            if (name.isEmpty())
                report.warnings.append({line, Tr::tr("service_name of %1 is empty: the type is named by its code").arg(code)});
            ServiceType t = catalogue.typeByCode(code).value_or(ServiceType{});
            const bool isNew = t.id.isEmpty();
            if (isNew) {
                t.id = newRowId(now);
                t.tenantId = tenant->id;
                t.code = code;
            }
            t.name.set(language, name.isEmpty() ? code : name);
            if (const QString d = textOf(s.value(QStringLiteral("description"))); !d.isEmpty())
                t.description.set(language, d);
            if (const QString k = textOf(s.value(QStringLiteral("keywords"))); !k.isEmpty())
                t.keywords.set(language, k);
            if (const QString groupName = textOf(s.value(QStringLiteral("group"))); !groupName.isEmpty()) {
                const QString groupCode = slug(groupName);
                ServiceGroup &g = groups[groupCode];
                if (g.id.isEmpty()) {
                    g.id = newRowId(now);
                    g.tenantId = tenant->id;
                    g.code = groupCode;
                    g.sortOrder = int(groups.size());
                }
                g.name.set(language, groupName);
                g.stamp = stamp;
                if (Status gs = catalogue.saveGroup(g); !gs)
                    return gs;
                t.groupId = g.id;
            }
            const QJsonObject definition = definitionOf.value(code);
            if (isNew) {
                const QJsonObject where = !definition.isEmpty() ? definition.value(QStringLiteral("definitions")).toObject()
                                                                : s.value(QStringLiteral("definitions")).toObject();
                const QString departmentCode = textOf(where.value(QStringLiteral("service_departments")).toArray().first().toObject().value(QStringLiteral("code")));
                t.departmentId = departments.value(departmentCode.toLower());
                if (!departmentCode.isEmpty() && t.departmentId.isEmpty())
                    report.notes.append(Tr::tr("%1: no department %2 here; requests go to the dispatch desk until a department is set").arg(code, departmentCode));
            }
            if (!definition.isEmpty()) {
                QList<ServiceAttribute> attributes;
                for (const QJsonValue &av : definition.value(QStringLiteral("attributes")).toArray()) {
                    const QJsonObject a = av.toObject();
                    ServiceAttribute attr;
                    attr.code = textOf(a.value(QStringLiteral("code")));
                    // Boston's "informational" is the standard's text that is shown, not asked: a string, not variable.
                    const QString datatype = textOf(a.value(QStringLiteral("datatype"))).toLower();
                    const bool informational = datatype == QLatin1String("informational");
                    const std::optional<AttributeDatatype> type = informational ? AttributeDatatype::String : attributeDatatypeFromCode(datatype);
                    if (attr.code.isEmpty() || !type) {
                        report.warnings.append({line, Tr::tr("%1: an attribute without a code or with an unknown datatype is left out").arg(code)});
                        continue;
                    }
                    // Keep the other languages of an attribute already there.
                    for (const ServiceAttribute &old : std::as_const(t.attributes))
                        if (old.code == attr.code)
                            attr = old;
                    attr.datatype = *type;
                    attr.required = a.value(QStringLiteral("required")).toBool();
                    attr.variable = !informational && a.value(QStringLiteral("variable")).toBool(true);
                    attr.order = a.value(QStringLiteral("order")).toInt(int(attributes.size()) + 1);
                    attr.description.set(language, textOf(a.value(QStringLiteral("description"))));
                    if (const QString dd = textOf(a.value(QStringLiteral("datatype_description"))); !dd.isEmpty())
                        attr.datatypeDescription.set(language, dd);
                    QList<AttributeValue> values;
                    for (const QJsonValue &vv : a.value(QStringLiteral("values")).toArray()) {
                        const QJsonObject vo = vv.toObject();
                        const QString key = vo.value(QStringLiteral("key")).isDouble() ? QString::number(vo.value(QStringLiteral("key")).toDouble())
                                                                                       : textOf(vo.value(QStringLiteral("key")));
                        if (key.isEmpty() || key.contains(u',')) {
                            report.warnings.append({line, Tr::tr("%1: a value of %2 without a key, or with a comma in it, is left out").arg(code, attr.code)});
                            continue;
                        }
                        AttributeValue value;
                        value.key = key;
                        for (const AttributeValue &old : std::as_const(attr.values))
                            if (old.key == key)
                                value = old;
                        value.name.set(language, textOf(vo.value(QStringLiteral("name"))).isEmpty() ? key : textOf(vo.value(QStringLiteral("name"))));
                        values.append(value);
                    }
                    attr.values = values;
                    attributes.append(attr);
                }
                t.attributes = attributes;
                ++report.updated;
            }
            t.stamp = stamp;
            if (Status ts = catalogue.saveType(t); !ts)
                return ts;
            ++report.imported;
            if (isNew)
                report.notes.append(Tr::tr("new service type %1 (%2)").arg(t.name.best(language), code));
        }
        return {};
    });
    if (!st)
        return st.error();
    return report;
}

} // namespace CivicDesk
