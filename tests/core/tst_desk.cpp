// SPDX-License-Identifier: GPL-3.0-or-later
// The operator desk in core: tax ids, citizen checks, the call log, type matching, the gazetteer,
// duplicate geometry, intake, drafts, the citizen profile and merging.
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/geo/geometry.h"

#include "core/domain/messagetext.h"

#include "core/demo/demogenerator.h"
#include "core/desk/callservice.h"
#include "core/desk/citizencheck.h"
#include "core/desk/citizenprofile.h"
#include "core/storage/duplicatefinder.h"
#include "core/desk/gazetteer.h"
#include "core/desk/intake.h"
#include "core/desk/taxid.h"
#include "core/desk/typematcher.h"
#include "core/search/searchservice.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqlitestatement.h"
#include "core/workflow/engine.h"

#include <QFile>
#include <QImage>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

qint64 scalar(Database &db, const char *sql, const QString &bind = {})
{
    SqliteStatement s(SqliteAccess::handle(db), sql);
    if (!bind.isNull())
        s.bind(1, bind);
    REQUIRE(s.step());
    return s.int64(0);
}

} // namespace

TEST_CASE("tax ids are checked by the rules of each country", "[desk][taxid]")
{
    CHECK(checkTaxId(QStringLiteral("GR"), QStringLiteral("094014249")).valid);
    CHECK(checkTaxId(QStringLiteral("GR"), QStringLiteral("EL 094 014 249")).normalised == QStringLiteral("094014249"));
    CHECK_FALSE(checkTaxId(QStringLiteral("GR"), QStringLiteral("094014248")).valid);
    CHECK_FALSE(checkTaxId(QStringLiteral("GR"), QStringLiteral("09401424")).valid);
    CHECK(checkTaxId(QStringLiteral("IT"), QStringLiteral("00743110157")).kind == QStringLiteral("partita IVA"));
    CHECK(checkTaxId(QStringLiteral("IT"), QStringLiteral("00743110157")).valid);
    CHECK_FALSE(checkTaxId(QStringLiteral("IT"), QStringLiteral("00743110158")).valid);
    CHECK(checkTaxId(QStringLiteral("IT"), QStringLiteral("rssmra85t10a562s")).valid);
    CHECK_FALSE(checkTaxId(QStringLiteral("IT"), QStringLiteral("RSSMRA85T10A562T")).valid);
    CHECK(checkTaxId(QStringLiteral("ES"), QStringLiteral("12345678-Z")).valid);
    CHECK_FALSE(checkTaxId(QStringLiteral("ES"), QStringLiteral("12345678A")).valid);
    CHECK(checkTaxId(QStringLiteral("ES"), QStringLiteral("X1234567L")).kind == QStringLiteral("NIE"));
    CHECK(checkTaxId(QStringLiteral("ES"), QStringLiteral("X1234567L")).valid);
    CHECK(checkTaxId(QStringLiteral("ES"), QStringLiteral("B12345674")).valid);
    CHECK(checkTaxId(QStringLiteral("RO"), QStringLiteral("1800101221144")).valid);
    CHECK_FALSE(checkTaxId(QStringLiteral("RO"), QStringLiteral("1800101221145")).valid);
    CHECK(checkTaxId(QStringLiteral("RO"), QStringLiteral("RO18547290")).valid);
    CHECK(checkTaxId(QStringLiteral("FR"), QStringLiteral("12 345 678 901")).valid);
    CHECK_FALSE(checkTaxId(QStringLiteral("FR"), QStringLiteral("??")).valid);
    CHECK(checkTaxId(QStringLiteral("GR"), QString()).valid);
    CHECK(taxIdCheckDigit(QStringLiteral("GR"), QStringLiteral("09401424")) == 9);
}

TEST_CASE("a citizen record is checked before it is saved", "[desk][citizen]")
{
    const PhoneNormalizer gr(QStringLiteral("GR"));
    Citizen c = person(QString(), QString(), QStringLiteral("6944 123 456"));
    CitizenCheck check = checkCitizen(c, gr, QStringLiteral("GR"));
    CHECK_FALSE(check.canSave());
    CHECK_FALSE(check.messageFor(QStringLiteral("name")).isEmpty());

    c.givenName = QStringLiteral("  Μαρία ");
    c.phones.append({{}, QStringLiteral("ext. 12 ask for Maria"), QStringLiteral("work"), false});
    c.emails = {{QStringLiteral("maria at example.gr"), {}}};
    c.taxId = QStringLiteral("123");
    check = checkCitizen(c, gr, QStringLiteral("GR"));
    CHECK_FALSE(check.canSave());
    CHECK_FALSE(check.messageFor(QStringLiteral("email0")).isEmpty());
    CHECK_FALSE(check.messageFor(QStringLiteral("taxId")).isEmpty());
    // The unparseable phone is a warning and is kept as typed.
    CHECK_FALSE(check.messageFor(QStringLiteral("phone1")).isEmpty());
    REQUIRE(check.citizen.phones.size() == 2);
    CHECK(check.citizen.phones[0].e164 == QStringLiteral("+306944123456"));
    CHECK(check.citizen.phones[1].typed == QStringLiteral("ext. 12 ask for Maria"));
    CHECK(check.citizen.phones[1].e164.isEmpty());
    CHECK(check.citizen.givenName == QStringLiteral("Μαρία"));

    c.emails = {{QStringLiteral("maria@example.gr"), {}}};
    c.taxId = QStringLiteral("EL094014249");
    check = checkCitizen(c, gr, QStringLiteral("GR"));
    CHECK(check.canSave());
    CHECK(check.citizen.taxId == QStringLiteral("094014249"));

    Citizen company;
    company.kind = CitizenKind::LegalEntity;
    company.givenName = QStringLiteral("Nikos");
    CHECK_FALSE(checkCitizen(company, gr, QStringLiteral("GR")).messageFor(QStringLiteral("organisation")).isEmpty());
    company.organisation = QStringLiteral("Kafeneio AE");
    company.consents = {{ContactChannel::Email, true, 1}};
    CHECK_FALSE(checkCitizen(company, gr, QStringLiteral("GR")).messageFor(QStringLiteral("consent")).isEmpty());
}

TEST_CASE("an incoming call finds the caller by number and is logged", "[desk][call]")
{
    Demo d;
    const Citizen known = d.someCitizen();
    CallService calls(d.db(), d.tenant.id, d.tenant.country, d.operatorId, d.clock);

    SECTION("one citizen: their profile")
    {
        const QString national = PhoneNormalizer(d.tenant.country).parse(known.phones.front().e164).national;
        Result<ScreenPop> pop = calls.incoming(national);
        REQUIRE(pop.ok());
        bool found = false;
        for (const CallerMatch &m : pop->matches)
            found = found || m.citizenId == known.id;
        CHECK(found);
        CHECK(pop->warning.isEmpty());
        const std::optional<Call> logged = calls.call(pop->call.id);
        REQUIRE(logged);
        CHECK(logged->callerNumber == national);
        CHECK(logged->callerE164 == known.phones.front().e164);
        CHECK(logged->operatorId == d.operatorId);
        CHECK(logged->startedAt == d.now);
        CHECK(logged->endedAt == 0);
        d.now += 95000;
        REQUIRE(calls.end(pop->call.id).ok());
        CHECK(calls.call(pop->call.id)->endedAt == d.now);
    }
    SECTION("several citizens with one number: all of them")
    {
        Citizen a = d.save(person(QStringLiteral("Άννα"), QStringLiteral("Κ"), QStringLiteral("210 111 2233")));
        Citizen b = d.save(person(QStringLiteral("Γιώργος"), QStringLiteral("Κ"), QStringLiteral("+30 2101112233")));
        Result<ScreenPop> pop = calls.incoming(QStringLiteral("00302101112233"));
        REQUIRE(pop.ok());
        CHECK(pop->matches.size() == 2);
        CHECK(pop->call.citizenId.isEmpty());
        REQUIRE(calls.setCitizen(pop->call.id, b.id).ok());
        CHECK(calls.call(pop->call.id)->citizenId == b.id);
    }
    SECTION("an unknown number: nobody, and a registration")
    {
        Result<ScreenPop> pop = calls.incoming(QStringLiteral("6999 000 001"));
        REQUIRE(pop.ok());
        CHECK(pop->matches.isEmpty());
        CHECK(pop->phone.e164 == QStringLiteral("+306999000001"));
    }
    SECTION("withheld numbers, extensions and letters: a warning, the number as typed")
    {
        for (const QString &bad : {QStringLiteral("anonymous"), QStringLiteral("Απόκρυψη"), QStringLiteral("ext. 12"), QStringLiteral("CALLME")}) {
            Result<ScreenPop> pop = calls.incoming(bad);
            REQUIRE(pop.ok());
            CHECK(pop->matches.isEmpty());
            CHECK_FALSE(pop->warning.isEmpty());
            CHECK(calls.call(pop->call.id)->callerNumber == bad);
        }
    }
    SECTION("a request looked at never hides one filed in the same call")
    {
        Result<ScreenPop> pop = calls.incoming(QString());
        REQUIRE(pop.ok());
        SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT id FROM service_request LIMIT 2");
        REQUIRE(s.step());
        const QString r1 = s.text(0);
        REQUIRE(s.step());
        const QString r2 = s.text(0);
        REQUIRE(calls.noteRequest(pop->call.id, r1, QStringLiteral("filed")).ok());
        REQUIRE(calls.noteRequest(pop->call.id, r1, QStringLiteral("looked_at")).ok());
        REQUIRE(calls.noteRequest(pop->call.id, r2, QStringLiteral("looked_at")).ok());
        const auto links = calls.requestsOf(pop->call.id);
        REQUIRE(links.size() == 2);
        for (const auto &[id, relation] : links)
            CHECK(relation == (id == r1 ? QStringLiteral("filed") : QStringLiteral("looked_at")));
    }
}

TEST_CASE("a service type is found by typing in any of the desk's languages", "[desk][types]")
{
    Demo d;
    const QList<ServiceType> types = CatalogueRepository(d.db()).types();
    const QHash<QString, int> freq = ServiceTypeMatcher::frequencies(d.db(), types, 0);
    ServiceTypeMatcher en(types, CatalogueRepository(d.db()).groups(), freq, {QStringLiteral("en"), QStringLiteral("el")});
    const QString pothole = d.type("road.pothole").id;

    CHECK(en.match(QStringLiteral("poth")).value(0).typeId == pothole);
    // The Greek name and keyword, without accents or in capitals, and in Greeklish.
    CHECK(en.match(QStringLiteral("λακκουβα")).value(0).typeId == pothole);
    CHECK(en.match(QStringLiteral("ΛΑΚΚΟΎΒΑ")).value(0).typeId == pothole);
    CHECK(en.match(QStringLiteral("lakkouva")).value(0).typeId == pothole);
    // A keyword finds it too, and says which.
    const QList<TypeMatch> asphalt = en.match(QStringLiteral("asphalt"));
    REQUIRE_FALSE(asphalt.isEmpty());
    CHECK(asphalt.front().typeId == pothole);
    CHECK(asphalt.front().matched == QStringLiteral("asphalt"));
    // Nothing typed: every type, most frequent first.
    const QList<TypeMatch> all = en.match(QString(), 100);
    REQUIRE(all.size() >= 40);
    for (qsizetype i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].frequency >= all[i].frequency);
    CHECK(en.match(QStringLiteral("zzzz")).isEmpty());
    // A short word inside a compound ("φωτ" in "οδοφωτισμού") counts as the name; among name matches the
    // common problem comes first, not a rare urgent one that shares the word.
    ServiceTypeMatcher el(types, CatalogueRepository(d.db()).groups(), freq, {QStringLiteral("el")});
    const QList<TypeMatch> light = el.match(QStringLiteral("φωτ"));
    REQUIRE(light.size() >= 3);
    CHECK(light.front().typeId == d.type("light.out").id);
    CHECK(light.front().groupName == QStringLiteral("Οδοφωτισμός"));
    for (qsizetype i = 1; i < light.size(); ++i)
        CHECK((light[i - 1].score > light[i].score || light[i - 1].frequency >= light[i].frequency));
    CHECK(el.match(QStringLiteral("καμένη λάμπα")).value(0).typeId == d.type("light.out").id);
    CHECK(el.match(QStringLiteral("κολόνα γερμένη")).value(0).typeId == d.type("light.pole").id);
    // The citizen's language counts: a Romanian speaker's word.
    ServiceTypeMatcher ro(types, {}, freq, {QStringLiteral("en"), QStringLiteral("ro")});
    CHECK(ro.match(QStringLiteral("groapa")).value(0).typeId == pothole);
}

TEST_CASE("the gazetteer completes addresses and places them", "[desk][gazetteer]")
{
    Demo d;
    Gazetteer g(d.db());
    REQUIRE(g.streetCount() > 40);
    for (const QString &typed : {QStringLiteral("ερμ 12"), QStringLiteral("ΕΡΜΟΥ 12"), QStringLiteral("Ερμού 12"), QStringLiteral("ermou 12"),
                                 QStringLiteral("12 Ερμου")}) {
        const QList<AddressMatch> m = g.complete(typed);
        INFO(typed.toStdString());
        REQUIRE_FALSE(m.isEmpty());
        CHECK(m.front().street == QStringLiteral("Ερμού"));
        CHECK(m.front().number == 12);
        CHECK(m.front().numberKnown);
        CHECK(m.front().location.isValid());
        CHECK_FALSE(m.front().districtId.isEmpty());
        CHECK(m.front().label == QStringLiteral("Ερμού 12"));
    }
    // Two different numbers lie at two different points.
    const AddressMatch a = *g.resolve(QStringLiteral("Ερμού 2"));
    const AddressMatch b = *g.resolve(QStringLiteral("Ερμού 40"));
    CHECK(Geo::distanceMetres(a.location, b.location) > 20);
    // A word inside the name: "Αλεξάνδρας" finds "Λεωφόρος Αλεξάνδρας".
    CHECK(g.complete(QStringLiteral("αλεξανδ")).value(0).street == QStringLiteral("Λεωφόρος Αλεξάνδρας"));
    // Not in the gazetteer.
    CHECK(g.complete(QStringLiteral("Baker Street 221")).isEmpty());
    CHECK_FALSE(g.resolve(QStringLiteral("Baker Street 221")));
    // A number beyond the street's segments: the street, but not a place.
    const QList<AddressMatch> far = g.complete(QStringLiteral("Ερμού 9999"));
    REQUIRE_FALSE(far.isEmpty());
    CHECK_FALSE(far.front().numberKnown);
    CHECK_FALSE(far.front().location.isValid());
    // Outside the municipality.
    CHECK(g.isOutside(QGeoCoordinate(40.64, 22.94)));
    CHECK_FALSE(g.isOutside(a.location));
}

TEST_CASE("duplicates are open requests of the type, within the radius, from the last 30 days", "[desk][duplicates]")
{
    TempDatabase t;
    Database &db = *t.db;
    ServiceType pothole;
    pothole.id = QStringLiteral("type-pothole");
    pothole.tenantId = QStringLiteral("tenant");
    pothole.code = QStringLiteral("road.pothole");
    pothole.name.set(QStringLiteral("en"), QStringLiteral("Pothole"));
    pothole.duplicateRadiusM = 50;
    ServiceType light = pothole;
    light.id = QStringLiteral("type-light");
    light.code = QStringLiteral("light.out");
    REQUIRE(db.transaction([&]() -> Status {
        CatalogueRepository cat(db);
        if (Status s = cat.saveType(pothole); !s)
            return s;
        return cat.saveType(light);
    }).ok());

    const QGeoCoordinate here(37.9755, 23.7348);
    const qint64 now = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    auto at = [&](double northM, double eastM) {
        return here.atDistanceAndAzimuth(std::hypot(northM, eastM), std::atan2(eastM, northM) * 180 / M_PI);
    };
    int n = 0;
    auto add = [&](const QString &type, const QGeoCoordinate &where, qint64 ageDays, RequestStatus status) {
        ServiceRequest r;
        r.id = QStringLiteral("r%1").arg(++n);
        r.tenantId = QStringLiteral("tenant");
        r.trackingNumber = QStringLiteral("26-T1-%1").arg(n, 5, 10, QLatin1Char('0'));
        r.serviceTypeId = type;
        r.location = where;
        r.status = status;
        r.createdAt = now - ageDays * 86400000 - 1000;
        r.stamp = {r.createdAt, QStringLiteral("test")};
        REQUIRE(db.transaction([&] { return RequestRepository(db).insert(r); }).ok());
        return r.id;
    };
    const QString near20 = add(pothole.id, at(20, 0), 2, RequestStatus::InProgress);
    const QString near45 = add(pothole.id, at(-30, 33), 29, RequestStatus::New);
    add(pothole.id, at(80, 0), 1, RequestStatus::New);         // too far
    add(pothole.id, at(0, 10), 1, RequestStatus::Closed);      // no longer open
    add(pothole.id, at(0, 5), 31, RequestStatus::Accepted);    // too old
    add(light.id, at(5, 5), 1, RequestStatus::New);            // another type
    add(pothole.id, at(0, 3), -1, RequestStatus::New);         // after "now" (a clock behind)

    DuplicateFinder finder(db);
    const QList<DuplicateCandidate> found = finder.find(pothole.id, here, pothole.duplicateRadiusM, now);
    REQUIRE(found.size() == 2);
    CHECK(found[0].requestId == near20);
    CHECK(found[0].distanceM == Approx(20).margin(0.5));
    CHECK(found[1].requestId == near45);
    CHECK(found[1].distanceM == Approx(std::hypot(30, 33)).margin(0.5));
    CHECK(found[1].status == RequestStatus::New);
    // A wider radius takes the far one as well; no location, no type: nothing.
    CHECK(finder.find(pothole.id, here, 100, now).size() == 3);
    CHECK(finder.find(pothole.id, QGeoCoordinate(), 50, now).isEmpty());
    CHECK(finder.find(QString(), here, 50, now).isEmpty());
    // Near the poles and the antimeridian the box still holds the circle.
    CHECK(Geo::distanceMetres(QGeoCoordinate(0, 179.9999), QGeoCoordinate(0, -179.9999)) == Approx(22.2).margin(0.2));
}

TEST_CASE("filing a request writes it whole, with its history, reporter, call and confirmation", "[desk][intake]")
{
    Demo d;
    const ServiceType pothole = d.type("road.pothole");
    Citizen caller = person(QStringLiteral("Ελένη"), QStringLiteral("Παππά"), QStringLiteral("6944 555 111"));
    caller.consents = {{ContactChannel::Sms, true, 1}};
    caller.preferredLanguage = QStringLiteral("el");
    caller = d.save(caller);
    CallService calls(d.db(), d.tenant.id, d.tenant.country, d.operatorId, d.clock);
    Result<ScreenPop> pop = calls.incoming(QStringLiteral("6944555111"));
    REQUIRE(pop.ok());
    REQUIRE(pop->matches.size() == 1);

    IntakeService intake(d.db(), d.tenant, d.operatorId, d.clock);
    IntakeDraft draft;
    draft.callId = pop->call.id;
    draft.citizenId = caller.id;
    draft.typeId = pothole.id;
    draft.address = QStringLiteral("Ερμού 12");

    // Incomplete: no place, a required attribute missing.
    QList<FieldProblem> problems = intake.check(draft);
    auto has = [&](const QString &field) {
        return std::any_of(problems.begin(), problems.end(), [&](const FieldProblem &p) { return p.field == field; });
    };
    CHECK(has(QStringLiteral("address")));
    CHECK(has(QStringLiteral("attr:size")));
    CHECK_FALSE(intake.file(draft).ok());
    const qint64 requestsBefore = d.db().countedRows("service_request");

    draft.attributes.insert(QStringLiteral("size"), QStringLiteral("huge"));
    draft.location = QGeoCoordinate(40.64, 22.94); // Thessaloniki
    problems = intake.check(draft);
    CHECK(has(QStringLiteral("attr:size")));
    CHECK(has(QStringLiteral("location")));

    const AddressMatch where = *intake.gazetteer().resolve(draft.address);
    draft.location = where.location;
    draft.districtId = where.districtId;
    draft.attributes.insert(QStringLiteral("size"), QStringLiteral("large"));
    draft.description = QStringLiteral("Βαθιά λακκούβα μπροστά στο περίπτερο");
    REQUIRE(intake.check(draft).isEmpty());

    Result<FiledRequest> filed = intake.file(draft);
    REQUIRE(filed.ok());
    CHECK(d.db().countedRows("service_request") == requestsBefore + 1);
    CHECK(filed->trackingNumber.startsWith(QStringLiteral("26-")));
    CHECK(filed->departmentId == pothole.departmentId);
    CHECK(filed->notificationChannel == QStringLiteral("sms"));
    const ServiceRequest r = *RequestRepository(d.db()).get(filed->requestId);
    CHECK(r.citizenId == caller.id);
    CHECK(r.channel == Channel::Phone);
    CHECK(r.status == RequestStatus::New);
    CHECK(r.districtId == where.districtId);
    CHECK(r.attributes.value(QStringLiteral("size")) == QStringLiteral("large"));
    CHECK(r.priority == pothole.defaultPriority);
    CHECK(r.dueAt == calendarOf(d.db()).addWorkingTime(d.now, qint64(pothole.deadlineHours) * 3600000));
    const QList<RequestEvent> events = RequestRepository(d.db()).events(r.id);
    REQUIRE(events.size() >= 3);
    CHECK(events[0].kind == EventKind::Created);
    CHECK(std::any_of(events.begin(), events.end(), [](const RequestEvent &e) { return e.kind == EventKind::Routing; }));
    CHECK(std::any_of(events.begin(), events.end(), [](const RequestEvent &e) { return e.kind == EventKind::Notification; }));
    CHECK(RequestRepository(d.db()).reporters(r.id) == QStringList{caller.id});
    CHECK(calls.requestsOf(pop->call.id) == QList<std::pair<QString, QString>>{{r.id, QStringLiteral("filed")}});
    SqliteStatement n(SqliteAccess::handle(d.db()), "SELECT channel, address, language, body, status FROM notification WHERE request_id = ?");
    n.bind(1, r.id);
    REQUIRE(n.step());
    CHECK(n.text(1) == QStringLiteral("+306944555111"));
    CHECK(n.text(2) == QStringLiteral("el"));
    CHECK(n.text(3).contains(r.trackingNumber));
    CHECK(n.text(3).contains(QStringLiteral("καταχωρίστηκε")));
    CHECK(n.text(4) == QStringLiteral("queued"));

    SECTION("a second caller joins the request instead of filing a duplicate")
    {
        Citizen second = d.save(person(QStringLiteral("Kostas"), QStringLiteral("Dimou"), QStringLiteral("6944 555 222")));
        Result<ScreenPop> pop2 = calls.incoming(QStringLiteral("6944555222"));
        REQUIRE(pop2.ok());
        DuplicateFinder finder(d.db());
        const QList<DuplicateCandidate> dups = finder.find(pothole.id, where.location, pothole.duplicateRadiusM, d.now + 60000);
        REQUIRE_FALSE(dups.isEmpty());
        CHECK(dups.front().requestId == r.id);
        CHECK(dups.front().reporters == 1);
        IntakeDraft again;
        again.callId = pop2->call.id;
        again.citizenId = second.id;
        again.typeId = pothole.id;
        again.emergency = true;
        const qint64 before = d.db().countedRows("service_request");
        Result<FiledRequest> linked = intake.link(again, r.id);
        REQUIRE(linked.ok());
        CHECK(linked->linked);
        CHECK(linked->trackingNumber == r.trackingNumber);
        CHECK(linked->notificationChannel.isEmpty()); // no consent given
        CHECK(d.db().countedRows("service_request") == before);
        CHECK(RequestRepository(d.db()).reporters(r.id).size() == 2);
        CHECK(finder.find(pothole.id, where.location, 50, d.now + 60000).front().reporters == 2);
        CHECK(calls.requestsOf(pop2->call.id).value(0).second == QStringLiteral("linked"));
        const ServiceRequest after = *RequestRepository(d.db()).get(r.id);
        CHECK(after.emergency);
        CHECK(after.priority == Priority::Emergency);
        // Joining twice does not count the same person twice.
        REQUIRE(intake.link(again, r.id).ok());
        CHECK(RequestRepository(d.db()).reporters(r.id).size() == 2);
    }
    SECTION("an emergency goes to the top priority and is logged")
    {
        draft.emergency = true;
        Result<FiledRequest> e = intake.file(draft);
        REQUIRE(e.ok());
        CHECK(e->priority == Priority::Emergency);
        const QList<RequestEvent> ev = RequestRepository(d.db()).events(e->requestId);
        CHECK(std::any_of(ev.begin(), ev.end(), [&](const RequestEvent &x) {
            return x.kind == EventKind::Emergency && x.message.code == QLatin1String(MessageCode::EmergencyTold) &&
                   x.message.args == QStringList{d.tenant.emergencyNumber} &&
                   MessageText::describe(x, {}).contains(d.tenant.emergencyNumber);
        }));
    }
    SECTION("photos are stored beside the database; other files are refused")
    {
        QImage img(40, 30, QImage::Format_RGB32);
        img.fill(Qt::darkGray);
        const QString photo = d.t.dir.filePath(QStringLiteral("hole.png"));
        REQUIRE(img.save(photo));
        const QString text = d.t.dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a photo\n");
        f.close();
        draft.attachments = {text};
        CHECK_FALSE(intake.check(draft).isEmpty());
        draft.attachments = {d.t.dir.filePath(QStringLiteral("missing.jpg"))};
        CHECK_FALSE(intake.check(draft).isEmpty());
        draft.attachments = {photo};
        Result<FiledRequest> withPhoto = intake.file(draft);
        REQUIRE(withPhoto.ok());
        const QList<Attachment> att = RequestRepository(d.db()).attachments(withPhoto->requestId);
        REQUIRE(att.size() == 1);
        CHECK(att[0].mimeType == QStringLiteral("image/png"));
        CHECK(QFile::exists(intake.attachmentDirectory() + u'/' + att[0].storedPath));
    }
}

TEST_CASE("a draft survives a crash and is gone once filed", "[desk][draft]")
{
    TempDatabase t;
    IntakeDraft d;
    d.callerNumber = QStringLiteral("6944 000 111");
    d.typeId = QStringLiteral("type");
    d.attributes.insert(QStringLiteral("size"), QStringLiteral("large"));
    d.address = QStringLiteral("Ερμού 1");
    d.location = QGeoCoordinate(37.97, 23.73);
    d.description = QStringLiteral("Λακκούβα «βαθιά»\nδεύτερη γραμμή");
    d.urgency = 3;
    d.emergency = true;
    d.attachments = {QStringLiteral("/tmp/a.jpg")};
    CHECK(IntakeDraft().isEmpty());
    CHECK_FALSE(d.isEmpty());
    REQUIRE(DraftStore(*t.db).save(QStringLiteral("intake"), d.toJson(), 1).ok());
    t.reopen(); // the process went away without clearing anything
    const std::optional<QJsonObject> back = DraftStore(*t.db).load(QStringLiteral("intake"));
    REQUIRE(back);
    const IntakeDraft r = IntakeDraft::fromJson(*back);
    CHECK(r.callerNumber == d.callerNumber);
    CHECK(r.attributes == d.attributes);
    CHECK(r.address == d.address);
    CHECK(r.location == d.location);
    CHECK(r.description == d.description);
    CHECK(r.urgency == 3);
    CHECK(r.emergency);
    CHECK(r.attachments == d.attachments);
    REQUIRE(DraftStore(*t.db).clear(QStringLiteral("intake")).ok());
    CHECK_FALSE(DraftStore(*t.db).load(QStringLiteral("intake")));
    // A garbled draft is ignored, not a crash.
    SqliteStatement s(SqliteAccess::handle(*t.db), "INSERT INTO draft(key, payload, updated_at) VALUES ('intake', '{not json', 1)");
    REQUIRE(s.exec());
    CHECK_FALSE(DraftStore(*t.db).load(QStringLiteral("intake")));
}

TEST_CASE("the citizen page gathers requests, calls, messages and ratings", "[desk][profile]")
{
    Demo d;
    // The demo citizen with the most rated reports.
    SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT citizen_id FROM service_request WHERE citizen_id IS NOT NULL AND satisfaction IS NOT NULL "
                                       "GROUP BY citizen_id ORDER BY count(*) DESC, citizen_id LIMIT 1");
    REQUIRE(s.step());
    const QString id = s.text(0);
    CallService calls(d.db(), d.tenant.id, d.tenant.country, d.operatorId, d.clock);
    const Citizen c = *CitizenRepository(d.db()).get(id);
    Result<ScreenPop> pop = calls.incoming(c.phones.value(0).typed);
    REQUIRE(pop.ok());
    REQUIRE(calls.setCitizen(pop->call.id, id).ok());

    CitizenProfileService profiles(d.db(), QStringLiteral("en"), d.clock);
    Result<CitizenProfile> p = profiles.load(id);
    REQUIRE(p.ok());
    const qint64 own = scalar(d.db(), "SELECT count(*) FROM service_request WHERE citizen_id = ?", id);
    CHECK(std::count_if(p->requests.begin(), p->requests.end(), [](const CitizenRequest &r) { return r.ownReport; }) == own);
    for (qsizetype i = 1; i < p->requests.size(); ++i)
        CHECK(p->requests[i - 1].createdAt >= p->requests[i].createdAt);
    CHECK_FALSE(p->requests.front().typeName.isEmpty());
    CHECK(p->satisfaction.size() == scalar(d.db(), "SELECT count(*) FROM service_request WHERE citizen_id = ? AND satisfaction IS NOT NULL", id));
    CHECK(p->calls == 1);
    // The call counts as a phone contact because it filed nothing.
    int contacts = 0;
    for (int n : p->contactsPerChannel)
        contacts += n;
    CHECK(contacts == own + 1);
    CHECK(p->timeline.front().kind == TimelineEntry::Kind::Call); // the newest
    const qint64 rated = scalar(d.db(), "SELECT count(*) FROM service_request WHERE citizen_id = ? AND accuracy IS NOT NULL", id);
    CHECK(p->ratedReports == rated);
    CHECK(p->accuracyScore.has_value() == (rated > 0));

    CHECK(CitizenProfileService::accuracyScore({AccuracyRating::Accurate, AccuracyRating::FalseReport}).value() == Approx(50));
    CHECK(CitizenProfileService::accuracyScore({AccuracyRating::PartlyAccurate, AccuracyRating::Inaccurate}).value() == Approx(40));
    CHECK_FALSE(CitizenProfileService::accuracyScore({}));
    CHECK_FALSE(profiles.load(QStringLiteral("no-such-citizen")).ok());
}

TEST_CASE("merging two records of one person keeps all their history", "[desk][merge]")
{
    Demo d;
    // Two demo citizens with requests: the second is merged into the first.
    SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT citizen_id FROM service_request WHERE citizen_id IS NOT NULL GROUP BY citizen_id "
                                       "HAVING count(*) >= 2 ORDER BY citizen_id LIMIT 2");
    REQUIRE(s.step());
    const QString survivor = s.text(0);
    REQUIRE(s.step());
    const QString merged = s.text(0);
    s.reset();
    const Citizen m = *CitizenRepository(d.db()).get(merged);
    const Citizen before = *CitizenRepository(d.db()).get(survivor);
    const qint64 survivorRequests = scalar(d.db(), "SELECT count(*) FROM service_request WHERE citizen_id = ?", survivor);
    const qint64 mergedRequests = scalar(d.db(), "SELECT count(*) FROM service_request WHERE citizen_id = ?", merged);
    CallService calls(d.db(), d.tenant.id, d.tenant.country, d.operatorId, d.clock);
    Result<ScreenPop> pop = calls.incoming(QString());
    REQUIRE(pop.ok());
    REQUIRE(calls.setCitizen(pop->call.id, merged).ok());
    const qint64 citizensBefore = d.db().countedRows("citizen");

    CitizenProfileService profiles(d.db(), QStringLiteral("en"), d.clock);
    CHECK_FALSE(profiles.merge(survivor, survivor, d.operatorId).ok());
    REQUIRE(profiles.merge(survivor, merged, d.operatorId).ok());

    CHECK_FALSE(CitizenRepository(d.db()).get(merged));
    CHECK(d.db().countedRows("citizen") == citizensBefore - 1);
    CHECK(scalar(d.db(), "SELECT count(*) FROM service_request WHERE citizen_id = ?", survivor) == survivorRequests + mergedRequests);
    CHECK(scalar(d.db(), "SELECT count(*) FROM request_reporter WHERE citizen_id = ?", merged) == 0);
    CHECK(calls.call(pop->call.id)->citizenId == survivor);
    CHECK(scalar(d.db(), "SELECT count(*) FROM citizen_merge WHERE merged_id = ? AND merged_record <> ''", merged) == 1);
    const Citizen after = *CitizenRepository(d.db()).get(survivor);
    CHECK(after.phones.size() >= before.phones.size());
    for (const CitizenPhone &p : m.phones)
        CHECK(std::any_of(after.phones.begin(), after.phones.end(), [&](const CitizenPhone &q) { return q.e164 == p.e164; }));
    // The merged person's phone now finds the survivor, and only them.
    if (!m.phones.isEmpty()) {
        const QList<CallerMatch> who = calls.citizensWithPhone(m.phones.front().e164);
        CHECK(std::all_of(who.begin(), who.end(), [&](const CallerMatch &c) { return c.citizenId != merged; }));
        CHECK(std::any_of(who.begin(), who.end(), [&](const CallerMatch &c) { return c.citizenId == survivor; }));
    }
    // Their name no longer finds the deleted record.
    SearchService search(d.db(), d.tenant.country);
    for (const SearchHit &h : search.search(m.displayName()))
        CHECK(h.id != merged);
    // Each moved request says so in its history, and the page shows the merge.
    SqliteStatement ev(SqliteAccess::handle(d.db()), "SELECT count(*) FROM request_event WHERE kind = 'merge' AND from_value = ?");
    ev.bind(1, merged);
    REQUIRE(ev.step());
    CHECK(ev.int64(0) >= mergedRequests);
    Result<CitizenProfile> p = profiles.load(survivor);
    REQUIRE(p.ok());
    CHECK(std::any_of(p->timeline.begin(), p->timeline.end(), [](const TimelineEntry &e) { return e.kind == TimelineEntry::Kind::Merge; }));
}
