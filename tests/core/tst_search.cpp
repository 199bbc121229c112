// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/search/searchservice.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/requestrepository.h"

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

struct SearchFixture
{
    TempDatabase t;
    Citizen maria = person(QStringLiteral("Μαρία"), QStringLiteral("Παπαδοπούλου"), QStringLiteral("210 372 1000"));
    Citizen giorgos = person(QStringLiteral("Γιώργος"), QStringLiteral("Παπαδόπουλος"), QStringLiteral("6941234567"));
    Citizen company;
    ServiceRequest pothole;

    SearchFixture()
    {
        maria.emails.append({QStringLiteral("maria.p@example.gr"), {}});
        giorgos.taxId = QStringLiteral("123456789");
        company = person(QString(), QString(), QStringLiteral("+30 210 555 0000"));
        company.kind = CitizenKind::LegalEntity;
        company.organisation = QStringLiteral("Κατασκευαστική Παπαδόπουλος Ε.Π.Ε.");
        company.taxId = QStringLiteral("EL099999999");
        CitizenRepository citizens(*t.db);
        CatalogueRepository catalogue(*t.db);
        RequestRepository requests(*t.db);
        ServiceType type;
        type.id = QStringLiteral("type-pothole");
        type.tenantId = QStringLiteral("tenant");
        type.code = QStringLiteral("road.pothole");
        type.name.set(QStringLiteral("en"), QStringLiteral("Pothole"));
        type.stamp = {1, QStringLiteral("test")};
        pothole.id = QStringLiteral("request-1");
        pothole.tenantId = QStringLiteral("tenant");
        pothole.trackingNumber = QStringLiteral("26-T1-00042");
        pothole.serviceTypeId = type.id;
        pothole.description = QStringLiteral("Μεγάλη λακκούβα μπροστά στο περίπτερο");
        pothole.address = QStringLiteral("Ερμού 12");
        pothole.createdAt = 1700000000000;
        pothole.stamp = {1700000000000, QStringLiteral("test")};
        REQUIRE(t.db->transaction([&]() -> Status {
            for (const Citizen *c : {&maria, &giorgos, &company}) {
                if (Status s = citizens.insert(*c); !s)
                    return s;
            }
            if (Status s = catalogue.saveType(type); !s)
                return s;
            return requests.insert(pothole);
        }).ok());
    }

    QList<SearchHit> find(const QString &q)
    {
        SearchService search(*t.db, QStringLiteral("GR"));
        return search.search(q);
    }
};

} // namespace

TEST_CASE("the same caller is found from any way of writing the number, exact hit first", "[search]")
{
    SearchFixture f;
    for (const char *typed : {"210 372 1000", "+30 210 3721000", "00302103721000", "2103721000"}) {
        const QList<SearchHit> hits = f.find(QString::fromUtf8(typed));
        INFO(typed);
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().id == f.maria.id);
        CHECK(hits.first().reason == SearchHit::Reason::PhoneExact);
    }
    const QList<SearchHit> fragment = f.find(QStringLiteral("694 12"));
    REQUIRE(fragment.size() == 1);
    CHECK(fragment.first().id == f.giorgos.id);
    CHECK(fragment.first().reason == SearchHit::Reason::PhonePrefix);
    CHECK(f.find(QStringLiteral("210")).size() == 2); // both 210 numbers start so
}

TEST_CASE("tracking numbers are found with or without separators and rank first", "[search]")
{
    SearchFixture f;
    for (const char *typed : {"26-T1-00042", "26t100042", "26 T1 00042"}) {
        const QList<SearchHit> hits = f.find(QString::fromUtf8(typed));
        INFO(typed);
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().kind == SearchHit::Kind::Request);
        CHECK(hits.first().reason == SearchHit::Reason::TrackingExact);
        CHECK(hits.first().title == QStringLiteral("26-T1-00042"));
    }
    const QList<SearchHit> prefix = f.find(QStringLiteral("26-T1"));
    REQUIRE_FALSE(prefix.isEmpty());
    CHECK(prefix.first().reason == SearchHit::Reason::TrackingPrefix);
}

TEST_CASE("e-mail, tax id and organisation names are searchable", "[search]")
{
    SearchFixture f;
    QList<SearchHit> hits = f.find(QStringLiteral("maria.p@example.gr"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().reason == SearchHit::Reason::EmailExact);
    hits = f.find(QStringLiteral("MARIA.P@"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().reason == SearchHit::Reason::EmailPrefix);
    hits = f.find(QStringLiteral("123456789"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().id == f.giorgos.id);
    CHECK(hits.first().reason == SearchHit::Reason::TaxIdExact);
    hits = f.find(QStringLiteral("099999999")); // VAT number without its EL prefix
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().id == f.company.id);
    hits = f.find(QStringLiteral("κατασκευαστικη"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().title.startsWith(QStringLiteral("Κατασκευαστική")));
}

TEST_CASE("names rank exact before prefix before Greeklish, and say why", "[search]")
{
    SearchFixture f;
    QList<SearchHit> hits = f.find(QStringLiteral("Παπαδόπουλος"));
    REQUIRE(hits.size() >= 2);
    CHECK(hits.first().reason == SearchHit::Reason::NameExact);
    hits = f.find(QStringLiteral("papadopoulou"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().id == f.maria.id);
    CHECK(hits.first().reason == SearchHit::Reason::NameGreeklish);
    CHECK(hits.first().why().contains(QStringLiteral("Greeklish")));
}

TEST_CASE("request text finds descriptions, also in Greeklish", "[search]")
{
    SearchFixture f;
    for (const char *typed : {"λακκουβα", "ΛΑΚΚΟΎΒΑ", "lakkouva", "lakouva", "περιπτερ"}) {
        const QList<SearchHit> hits = f.find(QString::fromUtf8(typed));
        INFO(typed);
        REQUIRE(hits.size() == 1);
        CHECK(hits.first().id == f.pothole.id);
        CHECK(hits.first().reason == SearchHit::Reason::RequestText);
    }
    CHECK(f.find(QStringLiteral("σκουπίδια")).isEmpty());
}

TEST_CASE("odd input finds nothing and breaks nothing", "[search]")
{
    SearchFixture f;
    for (const char *typed : {"", "   ", "🙂", "\"*", "' OR 1=1 --", "%", "NEAR(", "a\"b", "@", "+", "00"})
        CHECK_NOTHROW(f.find(QString::fromUtf8(typed)));
    CHECK(f.find(QStringLiteral("🙂")).isEmpty());
    CHECK(f.find(QStringLiteral("zzzzzz")).isEmpty());
}

TEST_CASE("an edited citizen is found under the new name only", "[search]")
{
    SearchFixture f;
    CitizenRepository repo(*f.t.db);
    Citizen changed = f.maria;
    changed.familyName = QStringLiteral("Ιωάννου");
    changed.phones = {{QStringLiteral("+306977777777"), QStringLiteral("697 777 7777"), {}, true}};
    REQUIRE(f.t.db->transaction([&] { return repo.update(changed); }).ok());
    bool oldFound = false;
    for (const SearchHit &h : f.find(QStringLiteral("Μαρία Παπαδοπούλου")))
        oldFound = oldFound || h.id == f.maria.id;
    CHECK_FALSE(oldFound);
    CHECK(f.find(QStringLiteral("ioannou")).first().id == f.maria.id);
    CHECK(f.find(QStringLiteral("6977777777")).first().id == f.maria.id);
    CHECK(f.find(QStringLiteral("2103721000")).isEmpty());
}
