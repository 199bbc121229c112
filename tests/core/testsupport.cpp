// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "search/phonenormalizer.h"
#include "storage/organisationrepository.h"

#include <QFileInfo>

namespace CivicDesk::Test {

TempDatabase::TempDatabase(const QString &country)
    : path(dir.filePath(QStringLiteral("test.civicdesk")))
{
    reopen();
    if (!country.isEmpty())
        addTenant(*db, country);
}

void TempDatabase::reopen()
{
    db.reset();
    Result<std::unique_ptr<Database>> r = Database::open(path);
    REQUIRE(r.ok());
    db = std::move(r).value();
}

QString sharedData(const QString &relative)
{
    const QString path = QStringLiteral(CIVICDESK_SHARED_DATA "/") + relative;
    if (!QFileInfo::exists(path)) {
        WARN("skipped: shared test data not found at " << path.toStdString());
        return {};
    }
    return path;
}

void addTenant(Database &db, const QString &country, const QString &tenantId)
{
    Tenant t;
    t.id = tenantId;
    t.name = QStringLiteral("Test municipality");
    t.country = country;
    t.languages = {QStringLiteral("el"), QStringLiteral("en")};
    t.timeZone = QStringLiteral("Europe/Athens");
    t.deviceCode = QStringLiteral("T1");
    t.stamp = {1, QStringLiteral("test")};
    OrganisationRepository repo(db);
    REQUIRE(db.transaction([&] { return repo.saveTenant(t); }).ok());
}

Citizen person(const QString &given, const QString &family, const QString &phone, const QString &country)
{
    static IdGenerator ids(99);
    Citizen c;
    c.id = ids.next(1700000000000);
    c.tenantId = QStringLiteral("tenant");
    c.givenName = given;
    c.familyName = family;
    if (!phone.isEmpty()) {
        const ParsedPhone p = PhoneNormalizer(country).parse(phone);
        c.phones.append({p.e164, phone, QStringLiteral("mobile"), p.valid});
    }
    c.createdAt = 1700000000000;
    c.stamp = {1700000000000, QStringLiteral("test")};
    return c;
}

} // namespace CivicDesk::Test
