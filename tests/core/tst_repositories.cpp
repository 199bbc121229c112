// SPDX-License-Identifier: GPL-3.0-or-later
// Every aggregate is written and read back unchanged.
#include "testsupport.h"

#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestlistquery.h"
#include "core/storage/requestrepository.h"

using namespace CivicDesk;
using namespace CivicDesk::Test;

TEST_CASE("ids are UUIDv7, time-ordered and unique", "[ids]")
{
    IdGenerator ids;
    QSet<QString> seen;
    QString last;
    for (int i = 0; i < 5000; ++i) {
        const QString id = ids.next(1700000000000 + i / 10);
        CHECK(IdGenerator::isValid(id));
        CHECK(id > last);
        seen.insert(id);
        last = id;
    }
    CHECK(seen.size() == 5000);
    CHECK(IdGenerator::timestampOf(last) == 1700000000000 + 4999 / 10);
    CHECK(IdGenerator(5).next(1) == IdGenerator(5).next(1));
    CHECK_FALSE(IdGenerator::isValid(QStringLiteral("not-an-id")));
}

TEST_CASE("organisation: tenant, department tree, users", "[repository]")
{
    TempDatabase t;
    OrganisationRepository repo(*t.db);
    Department dir{QStringLiteral("d1"), QStringLiteral("tenant"), {}, DepartmentKind::Directorate,
                   LocalizedText{{QStringLiteral("en"), QStringLiteral("Technical")}, {QStringLiteral("el"), QStringLiteral("Τεχνική")}},
                   QStringLiteral("dir"), false, {}, 0, {}, {5, QStringLiteral("u")}};
    Department crew{QStringLiteral("d2"), QStringLiteral("tenant"), QStringLiteral("d1"), DepartmentKind::Crew,
                    LocalizedText{{QStringLiteral("en"), QStringLiteral("Lighting crew")}}, QStringLiteral("crew"), true,
                    QStringLiteral("Fotonet"), 48, QGeoCoordinate(37.9, 23.7), {6, QStringLiteral("u")}};
    User user{QStringLiteral("u1"), QStringLiteral("tenant"), QStringLiteral("op"), QStringLiteral("Όλγα"), Role::DepartmentHead,
              QStringLiteral("d2"), true, {7, QStringLiteral("admin")}, QStringLiteral("olga@example.gr"), true};
    REQUIRE(t.db->transaction([&]() -> Status {
        if (Status s = repo.saveDepartment(dir); !s)
            return s;
        if (Status s = repo.saveDepartment(crew); !s)
            return s;
        return repo.saveUser(user);
    }).ok());
    CHECK(repo.department(QStringLiteral("d1")) == dir);
    CHECK(repo.department(QStringLiteral("d2")) == crew);
    CHECK(repo.user(QStringLiteral("u1")) == user);
    CHECK(repo.departments().size() == 2);
    REQUIRE(repo.tenant().has_value());
    CHECK(repo.tenant()->country == QStringLiteral("GR"));
    CHECK(repo.tenant()->deviceCode == QStringLiteral("T1"));
    // A department under a parent that does not exist is refused.
    Department orphan = crew;
    orphan.id = QStringLiteral("d3");
    orphan.code = QStringLiteral("orphan");
    orphan.parentId = QStringLiteral("nope");
    CHECK_FALSE(t.db->transaction([&] { return repo.saveDepartment(orphan); }).ok());
}

TEST_CASE("catalogue types keep their attributes and names per language", "[repository]")
{
    TempDatabase t;
    CatalogueRepository repo(*t.db);
    ServiceGroup g{QStringLiteral("g1"), QStringLiteral("tenant"), QStringLiteral("roads"),
                   LocalizedText{{QStringLiteral("el"), QStringLiteral("Οδοί")}}, 1, {1, QStringLiteral("t")}};
    ServiceType type;
    type.id = QStringLiteral("ty1");
    type.tenantId = QStringLiteral("tenant");
    type.code = QStringLiteral("road.pothole");
    type.groupId = g.id;
    type.name = LocalizedText{{QStringLiteral("en"), QStringLiteral("Pothole")}, {QStringLiteral("el"), QStringLiteral("Λακκούβα")}};
    type.keywords = LocalizedText{{QStringLiteral("el"), QStringLiteral("λακκούβα, τρύπα")}};
    type.defaultPriority = Priority::High;
    type.deadlineHours = 72;
    type.duplicateRadiusM = 30;
    ServiceAttribute size{QStringLiteral("size"), AttributeDatatype::SingleValueList, true,
                          LocalizedText{{QStringLiteral("en"), QStringLiteral("Size")}},
                          {{QStringLiteral("small"), LocalizedText{{QStringLiteral("en"), QStringLiteral("Small")}}},
                           {QStringLiteral("large"), LocalizedText{{QStringLiteral("en"), QStringLiteral("Large")}}}},
                          0};
    ServiceAttribute count{QStringLiteral("count"), AttributeDatatype::Number, false, {}, {}, 1};
    type.attributes = {size, count};
    type.imported = true;
    type.stamp = {2, QStringLiteral("t")};
    REQUIRE(t.db->transaction([&]() -> Status {
        if (Status s = repo.saveGroup(g); !s)
            return s;
        return repo.saveType(type);
    }).ok());
    CHECK(repo.type(QStringLiteral("ty1")) == type);
    CHECK(repo.typeByCode(QStringLiteral("road.pothole")) == type);
    CHECK(repo.groups().first() == g);
    CHECK(repo.type(QStringLiteral("ty1"))->name.best(QStringLiteral("ro")) == QStringLiteral("Pothole"));
}

TEST_CASE("citizens keep phones as typed, e-mails, consents and every field", "[repository]")
{
    TempDatabase t;
    CitizenRepository repo(*t.db);
    Citizen c = person(QStringLiteral("Ελένη"), QStringLiteral("Βλάχου"), QStringLiteral("210 372 1000"));
    c.kind = CitizenKind::Volunteer;
    c.organisation = QStringLiteral("Εθελοντική Ομάδα Κέντρου");
    c.taxId = QStringLiteral("123456789");
    c.phones.append({{}, QStringLiteral("withheld"), QStringLiteral("work"), false}); // kept as typed, flagged
    c.emails = {{QStringLiteral("eleni@example.gr"), QStringLiteral("home")}};
    c.consents = {{ContactChannel::Email, true, 10}, {ContactChannel::Sms, false, 11}};
    c.address = QStringLiteral("Ερμού 1");
    c.preferredLanguage = QStringLiteral("el");
    c.notes = QStringLiteral("Καλεί συχνά 🙂");
    REQUIRE(t.db->transaction([&] { return repo.insert(c); }).ok());
    std::optional<Citizen> back = repo.get(c.id);
    REQUIRE(back.has_value());
    CHECK(*back == c);
    CHECK(back->displayName() == QStringLiteral("Ελένη Βλάχου"));
    CHECK(repo.count() == 1);
    // The same id twice is refused and leaves the first intact.
    CHECK_FALSE(t.db->transaction([&] { return repo.insert(c); }).ok());
    CHECK(repo.count() == 1);
    CHECK(*repo.get(c.id) == c);
}

TEST_CASE("requests with history, reporters, attachments and calls", "[repository]")
{
    TempDatabase t;
    CitizenRepository citizens(*t.db);
    CatalogueRepository catalogue(*t.db);
    RequestRepository requests(*t.db);
    Citizen c = person(QStringLiteral("Νίκος"), QStringLiteral("Ζερβός"));
    ServiceType type;
    type.id = QStringLiteral("ty");
    type.tenantId = QStringLiteral("tenant");
    type.code = QStringLiteral("light.out");
    type.name.set(QStringLiteral("en"), QStringLiteral("Street light out"));
    type.stamp = {1, QStringLiteral("t")};
    ServiceRequest r;
    r.id = QStringLiteral("r1");
    r.tenantId = QStringLiteral("tenant");
    r.externalId = QStringLiteral("101000002987");
    r.channel = Channel::Phone;
    r.citizenId = c.id;
    r.serviceTypeId = type.id;
    r.attributes = {{QStringLiteral("pole"), QStringLiteral("A-17")}};
    r.description = QStringLiteral("Η λάμπα δεν ανάβει");
    r.location = QGeoCoordinate(37.97, 23.73);
    r.address = QStringLiteral("Ερμού 12");
    r.priority = Priority::High;
    r.urgency = 3;
    r.emergency = true;
    r.status = RequestStatus::Closed;
    r.dueAt = 2000;
    r.createdAt = 1000;
    r.closedAt = 3000;
    r.accuracy = AccuracyRating::PartlyAccurate;
    r.satisfaction = 4;
    r.satisfactionComment = QStringLiteral("Γρήγορα");
    r.work = {7200000, 1800000, 2, 2500, QString(), 3}; // the working state travels with the request
    r.stamp = {3000, QStringLiteral("u")};
    Call call{QStringLiteral("call1"), QStringLiteral("tenant"), QStringLiteral("+302103721000"), QStringLiteral("+302103721000"),
              900, 1100, {}, c.id, {1100, QStringLiteral("u")}, CallOutcome::Request, QStringLiteral("a lamp out")};
    Attachment photo{QStringLiteral("a1"), r.id, QStringLiteral("lamp.jpg"), QStringLiteral("image/jpeg"), 1234,
                     QStringLiteral("abc"), QStringLiteral("attachments/a1.jpg"), 1000, {1000, QStringLiteral("u")}};
    REQUIRE(t.db->transaction([&]() -> Status {
        for (Status s : {citizens.insert(c), catalogue.saveType(type)}) {
            if (!s)
                return s;
        }
        Result<QString> tracking = requests.nextTrackingNumber(2026);
        if (!tracking)
            return tracking.error();
        r.trackingNumber = tracking.value();
        for (Status s : {requests.insert(r), requests.saveCall(call), requests.linkCall(call.id, r.id, QStringLiteral("filed")),
                         requests.addReporter(r.id, c.id, call.id, 1000), requests.saveAttachment(photo),
                         requests.appendEvent({QStringLiteral("e1"), r.id, EventKind::Created, 1000, QStringLiteral("u"), {}, QStringLiteral("new"), {}}),
                         requests.appendEvent({QStringLiteral("e2"), r.id, EventKind::StatusChange, 3000, QStringLiteral("u"),
                                               QStringLiteral("new"), QStringLiteral("closed"), QStringLiteral("done")})}) {
            if (!s)
                return s;
        }
        return {};
    }).ok());
    CHECK(r.trackingNumber == QStringLiteral("26-T1-00001"));
    CHECK(requests.get(r.id) == r);
    CHECK(requests.byTrackingNumber(QStringLiteral("26t100001")) == r);
    REQUIRE(requests.events(r.id).size() == 2);
    CHECK(requests.events(r.id).at(1).toValue == QStringLiteral("closed"));
    CHECK(requests.reporters(r.id) == QStringList{c.id});
    CHECK(requests.attachments(r.id) == QList<Attachment>{photo});
    CHECK(requests.call(call.id) == call);
    REQUIRE(t.db->transaction([&]() -> Status {
        Result<QString> n = requests.nextTrackingNumber(2026);
        return n && n.value() == QStringLiteral("26-T1-00002") ? Status{} : Status(Error{QStringLiteral("x"), QStringLiteral("sequence")});
    }).ok());
    // A request naming a type that does not exist is refused.
    ServiceRequest bad = r;
    bad.id = QStringLiteral("r2");
    bad.trackingNumber = QStringLiteral("26-T1-99999");
    bad.serviceTypeId = QStringLiteral("missing");
    CHECK_FALSE(t.db->transaction([&] { return requests.insert(bad); }).ok());
    CHECK(requests.count() == 1);
}

TEST_CASE("the request list pages by keyset over the newest first", "[repository]")
{
    TempDatabase t;
    CatalogueRepository catalogue(*t.db);
    RequestRepository requests(*t.db);
    ServiceType type;
    type.id = QStringLiteral("ty");
    type.tenantId = QStringLiteral("tenant");
    type.code = QStringLiteral("x");
    type.name.set(QStringLiteral("el"), QStringLiteral("Τύπος"));
    type.stamp = {1, QStringLiteral("t")};
    REQUIRE(t.db->transaction([&]() -> Status {
        if (Status s = catalogue.saveType(type); !s)
            return s;
        for (int i = 0; i < 450; ++i) {
            ServiceRequest r;
            r.id = QStringLiteral("r%1").arg(i);
            r.tenantId = QStringLiteral("tenant");
            r.trackingNumber = QStringLiteral("T-%1").arg(i);
            r.serviceTypeId = type.id;
            r.createdAt = 1000 + (i / 3); // ties on purpose
            r.stamp = {r.createdAt, QStringLiteral("t")};
            if (Status s = requests.insert(r); !s)
                return s;
        }
        return {};
    }).ok());
    RequestListQuery list(*t.db, QStringLiteral("el"));
    CHECK(list.totalCount() == 450);
    QSet<QString> seen;
    qint64 lastCreated = std::numeric_limits<qint64>::max();
    for (;;) {
        const QList<RequestListRow> page = list.nextPage(100);
        if (page.isEmpty())
            break;
        for (const RequestListRow &row : page) {
            CHECK(row.createdAt <= lastCreated);
            CHECK(row.typeName == QStringLiteral("Τύπος"));
            lastCreated = row.createdAt;
            seen.insert(row.id);
        }
    }
    CHECK(seen.size() == 450);
}
