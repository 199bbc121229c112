// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "core/util/tr.h"

#include <QFile>
#include <QJsonDocument>

namespace CivicDesk {
namespace {

Result<QJsonObject> readJson(const QString &name)
{
    QFile f(QStringLiteral(":/civicdesk/demo/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo.missing"), Tr::tr("Demo data %1 is missing from this build.").arg(name)};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return Error{QStringLiteral("demo.syntax"), Tr::tr("Demo data %1 is damaged: %2").arg(name, err.errorString())};
    return doc.object();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

QStringList DemoCountry::available()
{
    return {QStringLiteral("GR"), QStringLiteral("RO"), QStringLiteral("IT"), QStringLiteral("ES")};
}

Result<DemoCountry> DemoCountry::load(const QString &countryCode)
{
    const QString code = countryCode.toUpper();
    if (!available().contains(code)) {
        return Error{QStringLiteral("demo.country"),
                     Tr::tr("There is no demo data for country %1 (available: %2).").arg(countryCode, available().join(QLatin1String(", ")))};
    }
    Result<QJsonObject> json = readJson(code + QStringLiteral(".json"));
    if (!json)
        return json.error();
    const QJsonObject &o = json.value();
    DemoCountry c;
    c.code = code;
    c.municipality = o.value(QLatin1String("municipality")).toString();
    c.languages = strings(o.value(QLatin1String("languages")));
    c.timeZone = o.value(QLatin1String("timeZone")).toString();
    const QJsonArray centre = o.value(QLatin1String("centre")).toArray();
    c.centre = QGeoCoordinate(centre.at(0).toDouble(), centre.at(1).toDouble());
    c.emergencyNumber = o.value(QLatin1String("emergency")).toString();
    c.streetKind = o.value(QLatin1String("streetKind")).toString();
    c.districts = strings(o.value(QLatin1String("districts")));
    c.streets = strings(o.value(QLatin1String("streets")));
    c.maleGiven = strings(o.value(QLatin1String("maleGiven")));
    c.femaleGiven = strings(o.value(QLatin1String("femaleGiven")));
    for (const QJsonValue &p : o.value(QLatin1String("familyPairs")).toArray())
        c.families.append({p.toArray().at(0).toString(), p.toArray().at(1).toString()});
    c.doubleSurname = o.value(QLatin1String("doubleSurname")).toBool();
    c.companies = strings(o.value(QLatin1String("companies")));
    c.volunteers = strings(o.value(QLatin1String("volunteers")));
    c.municipalServices = strings(o.value(QLatin1String("municipalServices")));
    c.processingBodies = strings(o.value(QLatin1String("processingBodies")));
    c.emailDomains = strings(o.value(QLatin1String("emailDomains")));
    const QJsonObject phones = o.value(QLatin1String("phones")).toObject();
    c.mobilePatterns = strings(phones.value(QLatin1String("mobile")));
    c.fixedPatterns = strings(phones.value(QLatin1String("fixed")));
    c.taxIdDigits = o.value(QLatin1String("taxIdDigits")).toInt(9);
    const QJsonObject desc = o.value(QLatin1String("descriptions")).toObject();
    for (auto it = desc.begin(); it != desc.end(); ++it)
        c.descriptions.insert(it.key(), strings(it.value()));
    if (c.districts.size() < 12 || c.streets.isEmpty() || c.families.isEmpty() || c.maleGiven.isEmpty())
        return Error{QStringLiteral("demo.incomplete"), Tr::tr("Demo data for %1 is incomplete.").arg(code)};
    return c;
}

Result<DemoCatalogue> DemoCatalogue::load()
{
    Result<QJsonObject> catalogue = readJson(QStringLiteral("catalogue.json"));
    if (!catalogue)
        return catalogue.error();
    Result<QJsonObject> organisation = readJson(QStringLiteral("organisation.json"));
    if (!organisation)
        return organisation.error();
    DemoCatalogue out;
    out.groups = catalogue->value(QLatin1String("groups")).toArray();
    out.types = catalogue->value(QLatin1String("types")).toArray();
    out.units = organisation->value(QLatin1String("units")).toArray();
    return out;
}

} // namespace CivicDesk
