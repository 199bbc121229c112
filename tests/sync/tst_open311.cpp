// SPDX-License-Identifier: GPL-3.0-or-later
// Open311 GeoReport v2 on the server, called in-process with the real Boston catalogue: every endpoint in XML
// (read with a real parser, the specification's element names in its order) and JSON; a post taking a phone
// request's path; keys, jurisdictions and rates; bad input answered in the format asked, nothing applied.
#include <catch2/catch.hpp>

#include "core/commands/commandrunner.h"
#include "core/desk/intake.h"
#include "core/domain/idgenerator.h"
#include "core/importing/servicecatalogimporter.h"
#include "core/notify/links.h"
#include "core/workflow/messagetemplates.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/publicrequestquery.h"
#include "core/storage/requestrepository.h"
#include "core/storage/servercatalog.h"
#include "core/storage/syncstore.h"
#include "server/httpmessage.h"
#include "server/syncservice.h"
#include "server/tenantadmin.h"
#include "serverstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <limits>

using namespace CivicDesk;

namespace {

QString sharedData(const QString &relative)
{
    const QString path = QStringLiteral(CIVICDESK_SHARED_DATA "/") + relative;
    return QFileInfo::exists(path) ? path : QString();
}

/// An XML element as read by QXmlStreamReader: its name, text and children in document order.
struct Element
{
    QString name;
    QString text;
    QList<Element> children;
    QStringList names() const
    {
        QStringList out;
        for (const Element &c : children)
            out.append(c.name);
        return out;
    }
    const Element *child(const QString &n) const
    {
        for (const Element &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    QString value(const QString &n) const { return child(n) ? child(n)->text : QStringLiteral("<missing>"); }
};

Element readXml(const QByteArray &bytes)
{
    QXmlStreamReader r(bytes);
    QList<Element> stack;
    Element root;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            stack.append(Element{r.name().toString(), {}, {}});
        } else if (r.isCharacters() && !stack.isEmpty()) {
            stack.last().text += r.text();
        } else if (r.isEndElement()) {
            Element done = stack.takeLast();
            if (stack.isEmpty())
                root = done;
            else
                stack.last().children.append(done);
        }
    }
    INFO(bytes.left(400).toStdString());
    REQUIRE_FALSE(r.hasError());
    return root;
}

const QStringList requestElements{QStringLiteral("service_request_id"), QStringLiteral("status"), QStringLiteral("status_notes"),
                                  QStringLiteral("service_name"), QStringLiteral("service_code"), QStringLiteral("description"),
                                  QStringLiteral("agency_responsible"), QStringLiteral("service_notice"), QStringLiteral("requested_datetime"),
                                  QStringLiteral("updated_datetime"), QStringLiteral("expected_datetime"), QStringLiteral("address"),
                                  QStringLiteral("address_id"), QStringLiteral("zipcode"), QStringLiteral("lat"), QStringLiteral("long"),
                                  QStringLiteral("media_url")};

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

struct Open311Server
{
    QTemporaryDir dir;
    std::unique_ptr<Test::TestCatalog> store; ///< the server's store under test (its scratch database, on PostgreSQL)
    std::unique_ptr<ServerCatalog> catalog;
    std::unique_ptr<SyncService> service;
    qint64 now = 1798761600000LL; // 2027-01-01T00:00:00Z
    QString key;
    QString otherKey; ///< of PAT
    QGeoCoordinate inside;
    bool ready = false;

    explicit Open311Server(int postsPerMinute = 0)
    {
        const QString services = sharedData(QStringLiteral("catalogs/boston_open311_services.json"));
        const QString definitions = sharedData(QStringLiteral("catalogs/boston_open311_service_definitions_4.json"));
        if (services.isEmpty() || definitions.isEmpty()) {
            WARN("skipped: the Boston catalogue is not at " CIVICDESK_SHARED_DATA "/catalogs");
            return;
        }
        store = std::make_unique<Test::TestCatalog>(dir.path());
        catalog = std::move(store->catalog);
        REQUIRE(TenantAdmin::addTenant(*catalog, QStringLiteral("ATH"), QStringLiteral("Athens"), QStringLiteral("GR")).ok());
        DemoOptions demo;
        demo.citizens = 40;
        demo.requests = 300;
        demo.until = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        REQUIRE(TenantAdmin::generate(*catalog, QStringLiteral("ATH"), demo, {}).ok());
        REQUIRE(TenantAdmin::addTenant(*catalog, QStringLiteral("PAT"), QStringLiteral("Patras"), QStringLiteral("GR")).ok());
        {
            std::unique_ptr<Database> db = data();
            Result<ImportReport> imported = Error{};
            REQUIRE(SyncStore(*db).write([&]() -> Status {
                        imported = ServiceCatalogImporter(*db).importFiles(services, definitions, QStringLiteral("en"));
                        return imported ? Status{} : Status(imported.error());
                    })
                        .ok());
            REQUIRE(imported->imported == 118);
            for (qint64 local = 1; local < 300 && !inside.isValid(); ++local)
                if (const std::optional<ServiceRequest> r = RequestRepository(*db).getByLocalId(local); r && r->location.isValid())
                    inside = r->location;
        }
        REQUIRE(inside.isValid());
        key = TenantAdmin::addApiKey(*catalog, QStringLiteral("ATH"), QStringLiteral("Fix my Athens")).value().first;
        otherKey = TenantAdmin::addApiKey(*catalog, QStringLiteral("PAT"), QStringLiteral("Patras app")).value().first;
        SyncService::Options o;
        o.clock = [this] { return now; };
        o.open311PostsPerMinute = postsPerMinute;
        service = std::make_unique<SyncService>(*catalog, o);
        ready = true;
    }
    std::unique_ptr<Database> data() { return std::move(catalog->tenantData(QStringLiteral("ATH")).open()).value(); }

    HttpResponse call(const QByteArray &method, const QString &target, const QByteArray &body = {},
                      const QByteArray &contentType = "application/x-www-form-urlencoded", const QString &peer = QStringLiteral("127.0.0.1"))
    {
        HttpRequest r;
        r.method = method;
        r.target = target.toUtf8();
        const qsizetype mark = target.indexOf(u'?');
        r.path = QUrl::fromPercentEncoding(target.left(mark < 0 ? target.size() : mark).toUtf8());
        r.query = QUrlQuery(mark < 0 ? QString() : target.mid(mark + 1));
        if (method == "POST")
            r.headers.insert("content-type", contentType);
        r.headers.insert("host", "311.example.gr");
        r.body = body;
        r.peer = peer;
        return service->handle(r);
    }
    HttpResponse get(const QString &target) { return call("GET", target); }
    HttpResponse post(const QString &target, const QList<std::pair<QString, QString>> &fields) { return call("POST", target, form(fields)); }
    /// A pothole-like report at a place of the municipality, with @p extra fields.
    QList<std::pair<QString, QString>> report(const QString &code, QList<std::pair<QString, QString>> extra = {})
    {
        QList<std::pair<QString, QString>> f{{QStringLiteral("api_key"), key},
                                             {QStringLiteral("jurisdiction_id"), QStringLiteral("ATH")},
                                             {QStringLiteral("service_code"), code},
                                             {QStringLiteral("lat"), QString::number(inside.latitude(), 'f', 7)},
                                             {QStringLiteral("long"), QString::number(inside.longitude(), 'f', 7)},
                                             {QStringLiteral("description"), QStringLiteral("Birds nest under the bridge")}};
        return f + extra;
    }
    int requests() { return int(RequestRepository(*data()).count()); }
};

/// The error document's descriptions, checked to be the standard's shape in either format.
QStringList errorsOf(const HttpResponse &r, bool json)
{
    QStringList out;
    if (json) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        REQUIRE(doc.isArray());
        for (const QJsonValue &v : doc.array()) {
            CHECK(v.toObject().value(QStringLiteral("code")).toInt() == r.status);
            out.append(v.toObject().value(QStringLiteral("description")).toString());
        }
    } else {
        const Element e = readXml(r.body);
        REQUIRE(e.name == QStringLiteral("errors"));
        for (const Element &err : e.children) {
            CHECK(err.name == QStringLiteral("error"));
            CHECK(err.names() == QStringList{QStringLiteral("code"), QStringLiteral("description")});
            CHECK(err.value(QStringLiteral("code")).toInt() == r.status);
            out.append(err.value(QStringLiteral("description")));
        }
    }
    REQUIRE_FALSE(out.isEmpty());
    return out;
}

} // namespace

TEST_CASE("open311: discovery, services and definitions of the real Boston catalogue, in XML and JSON", "[open311][stores]")
{
    Open311Server s;
    if (!s.ready)
        return;
    const HttpResponse discovery = s.get(QStringLiteral("/open311/v2/discovery.xml?jurisdiction_id=ATH"));
    REQUIRE(discovery.status == 200);
    CHECK(discovery.contentType.startsWith("text/xml"));
    const Element d = readXml(discovery.body);
    CHECK(d.name == QStringLiteral("discovery"));
    CHECK(d.names() == QStringList{QStringLiteral("changeset"), QStringLiteral("contact"), QStringLiteral("key_service"), QStringLiteral("endpoints")});
    const Element *endpoint = d.child(QStringLiteral("endpoints"))->child(QStringLiteral("endpoint"));
    REQUIRE(endpoint);
    CHECK(endpoint->value(QStringLiteral("url")) == QStringLiteral("http://311.example.gr/open311/v2/"));
    CHECK(endpoint->child(QStringLiteral("formats"))->children.size() == 2);

    // One municipality with a catalogue here, another without: jurisdiction_id picks.
    const HttpResponse services = s.get(QStringLiteral("/open311/v2/services.xml?jurisdiction_id=ATH"));
    REQUIRE(services.status == 200);
    const Element list = readXml(services.body);
    CHECK(list.name == QStringLiteral("services"));
    int boston = 0;
    for (const Element &service : list.children) {
        CHECK(service.name == QStringLiteral("service"));
        CHECK(service.names() == QStringList{QStringLiteral("service_code"), QStringLiteral("service_name"), QStringLiteral("description"),
                                             QStringLiteral("metadata"), QStringLiteral("type"), QStringLiteral("keywords"), QStringLiteral("group")});
        const QString metadata = service.value(QStringLiteral("metadata"));
        CHECK((metadata == QStringLiteral("true") || metadata == QStringLiteral("false")));
        CHECK(service.value(QStringLiteral("type")) == QStringLiteral("realtime"));
        if (service.value(QStringLiteral("service_code")) == QStringLiteral("ABNDBIKE")) {
            CHECK(service.value(QStringLiteral("service_name")) == QStringLiteral("Bicycle abandoned on the street or sidewalk"));
            CHECK(service.value(QStringLiteral("group")) == QStringLiteral("Traffic-Vehicles"));
            CHECK(service.value(QStringLiteral("keywords")) == QStringLiteral("Abandoned bicycle, bike"));
        }
        if (service.value(QStringLiteral("service_code")) == QStringLiteral("BIRDINFEST"))
            CHECK(metadata == QStringLiteral("true"));
        ++boston;
    }
    CHECK(boston >= 118); // the 118 of Boston beside the demo's own types
    const QJsonDocument json = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/services.json?jurisdiction_id=ATH")).body);
    REQUIRE(json.isArray());
    CHECK(json.array().size() == list.children.size());
    CHECK(json.array().first().toObject().keys().size() == 7);

    // A definition with every kind of attribute Boston uses; the informational ones are not variable.
    const Element def = readXml(s.get(QStringLiteral("/open311/v2/services/MTRECYDBI.xml?jurisdiction_id=ATH")).body);
    CHECK(def.name == QStringLiteral("service_definition"));
    CHECK(def.names() == QStringList{QStringLiteral("service_code"), QStringLiteral("attributes")});
    const QList<Element> attributes = def.child(QStringLiteral("attributes"))->children;
    REQUIRE(attributes.size() == 18);
    QStringList datatypes;
    int previousOrder = 0;
    for (const Element &a : attributes) {
        QStringList expected{QStringLiteral("variable"), QStringLiteral("code"), QStringLiteral("datatype"), QStringLiteral("required"),
                             QStringLiteral("datatype_description"), QStringLiteral("order"), QStringLiteral("description")};
        if (a.value(QStringLiteral("datatype")).endsWith(QLatin1String("valuelist")))
            expected.append(QStringLiteral("values"));
        CHECK(a.names() == expected);
        datatypes.append(a.value(QStringLiteral("datatype")));
        CHECK(a.value(QStringLiteral("order")).toInt() > previousOrder);
        previousOrder = a.value(QStringLiteral("order")).toInt();
        if (a.value(QStringLiteral("code")) == QStringLiteral("TRSHHHITMS"))
            CHECK(a.value(QStringLiteral("variable")) == QStringLiteral("false"));
        if (a.value(QStringLiteral("code")) == QStringLiteral("SR-MTRECYDBI1"))
            CHECK(a.value(QStringLiteral("required")) == QStringLiteral("true"));
    }
    for (const char *t : {"string", "text", "singlevaluelist", "multivaluelist"})
        CHECK(datatypes.contains(QLatin1String(t)));
    const QJsonObject defJson = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/services/BIRDINFEST.json?jurisdiction_id=ATH")).body).object();
    CHECK(defJson.value(QStringLiteral("service_code")).toString() == QStringLiteral("BIRDINFEST"));
    const QJsonArray birdAttributes = defJson.value(QStringLiteral("attributes")).toArray();
    REQUIRE(birdAttributes.size() == 3);
    CHECK(birdAttributes[1].toObject().value(QStringLiteral("values")).toArray().size() == 4);
    CHECK(birdAttributes[0].toObject().value(QStringLiteral("variable")).toBool());

    // Not there, in the format asked.
    const HttpResponse missing = s.get(QStringLiteral("/open311/v2/services/NOPE.json?jurisdiction_id=ATH"));
    CHECK(missing.status == 404);
    CHECK(errorsOf(missing, true).first().contains(QStringLiteral("NOPE")));
    const HttpResponse nowhere = s.get(QStringLiteral("/open311/v2/services.xml?jurisdiction_id=XXX"));
    CHECK(nowhere.status == 404);
    errorsOf(nowhere, false);
    // Two municipalities on this server: which one must be said.
    const HttpResponse which = s.get(QStringLiteral("/open311/v2/services.xml"));
    CHECK(which.status == 400);
    CHECK(errorsOf(which, false).first().contains(QStringLiteral("ATH")));
}

TEST_CASE("open311: a posted request takes a phone request's path and reads back with its public side only", "[open311][stores]")
{
    Open311Server s;
    if (!s.ready)
        return;
    const int before = s.requests();
    const HttpResponse posted = s.post(QStringLiteral("/open311/v2/requests.xml"),
                                       s.report(QStringLiteral("BIRDINFEST"), {{QStringLiteral("attribute[SR-BIRDINFEST1]"), QStringLiteral("Yes")},
                                                                              {QStringLiteral("attribute[SR-BIRDINFEST2]"), QStringLiteral("Roof")},
                                                                              {QStringLiteral("email"), QStringLiteral("Maria.K@example.org")},
                                                                              {QStringLiteral("first_name"), QStringLiteral("Μαρία")},
                                                                              {QStringLiteral("last_name"), QStringLiteral("Κ.")},
                                                                              {QStringLiteral("phone"), QStringLiteral("6944 123 456")},
                                                                              {QStringLiteral("account_id"), QStringLiteral("acc-77")},
                                                                              {QStringLiteral("locale"), QStringLiteral("el_GR")}}));
    INFO(posted.body.toStdString());
    REQUIRE(posted.status == 201);
    const Element answer = readXml(posted.body);
    CHECK(answer.name == QStringLiteral("service_requests"));
    REQUIRE(answer.children.size() == 1);
    const Element &request = answer.children.first();
    CHECK(request.names() == QStringList{QStringLiteral("service_request_id"), QStringLiteral("service_notice"), QStringLiteral("account_id")});
    CHECK(request.value(QStringLiteral("account_id")) == QStringLiteral("acc-77"));
    const QString id = request.value(QStringLiteral("service_request_id"));
    CHECK(id.split(u'-').value(1) == QStringLiteral("S0")); // the server's own numbers, never a desk's
    CHECK(s.requests() == before + 1);

    // In the data as a phone request would be: routed, a deadline, the citizen registered with the consent to
    // e-mail they gave by leaving their address, the confirmation queued.
    {
        std::unique_ptr<Database> db = s.data();
        const std::optional<ServiceRequest> r = RequestRepository(*db).byTrackingNumber(id);
        REQUIRE(r.has_value());
        CHECK(r->channel == Channel::Open311);
        CHECK(r->dueAt > s.now);
        CHECK(r->attributes.value(QStringLiteral("SR-BIRDINFEST2")) == QStringLiteral("Roof"));
        CHECK(r->stamp.updatedBy == QStringLiteral("open311"));
        const std::optional<Citizen> c = CitizenRepository(*db).get(r->citizenId);
        REQUIRE(c.has_value());
        CHECK(c->givenName == QStringLiteral("Μαρία"));
        CHECK(c->preferredLanguage == QStringLiteral("el"));
        CHECK(c->phones.value(0).e164 == QStringLiteral("+306944123456"));
        CHECK(std::any_of(c->consents.cbegin(), c->consents.cend(), [](const Consent &k) { return k.channel == ContactChannel::Email && k.granted; }));
    }

    // Read back in JSON by its number: public fields only, W3C times with the municipality's offset.
    const HttpResponse one = s.get(QStringLiteral("/open311/v2/requests/%1.json?jurisdiction_id=ATH").arg(id));
    REQUIRE(one.status == 200);
    CHECK_FALSE(one.body.contains("example.org"));
    CHECK_FALSE(one.body.contains("6944"));
    CHECK_FALSE(one.body.contains("Μαρία"));
    const QJsonArray arr = QJsonDocument::fromJson(one.body).array();
    REQUIRE(arr.size() == 1);
    const QJsonObject o = arr.first().toObject();
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(o.value(QStringLiteral("service_code")).toString() == QStringLiteral("BIRDINFEST"));
    CHECK(o.value(QStringLiteral("requested_datetime")).toString() == QStringLiteral("2027-01-01T02:00:00+02:00"));
    CHECK(o.value(QStringLiteral("lat")).toDouble() == Approx(s.inside.latitude()));
    CHECK(o.value(QStringLiteral("expected_datetime")).isString());

    // The same in XML, elements in the specification's order.
    const Element xml = readXml(s.get(QStringLiteral("/open311/v2/requests/%1.xml?jurisdiction_id=ATH").arg(id)).body);
    CHECK(xml.children.value(0).names() == requestElements);

    // The same problem posted again nearby by someone else: joined, the same number, said so.
    const HttpResponse again = s.post(QStringLiteral("/open311/v2/requests.json"),
                                      s.report(QStringLiteral("BIRDINFEST"), {{QStringLiteral("email"), QStringLiteral("nikos@example.org")}}));
    REQUIRE(again.status == 201);
    const QJsonObject joined = QJsonDocument::fromJson(again.body).array().first().toObject();
    CHECK(joined.value(QStringLiteral("service_request_id")).toString() == id);
    CHECK(joined.value(QStringLiteral("service_notice")).toString().contains(id));
    CHECK(s.requests() == before + 1);
    {
        std::unique_ptr<Database> db = s.data();
        const std::optional<ServiceRequest> r = RequestRepository(*db).byTrackingNumber(id);
        CHECK(RequestRepository(*db).reporters(r->id).size() == 2);
    }

    // Anonymous, by address only is refused when the address is not the municipality's.
    const HttpResponse anonymous = s.post(QStringLiteral("/open311/v2/requests.json"),
                                          {{QStringLiteral("api_key"), s.key}, {QStringLiteral("jurisdiction_id"), QStringLiteral("ATH")},
                                           {QStringLiteral("service_code"), QStringLiteral("BOS311GEN")},
                                           {QStringLiteral("address_string"), QStringLiteral("1 Nowhere Lane")}});
    CHECK(anonymous.status == 400);
    CHECK(errorsOf(anonymous, true).first().startsWith(QStringLiteral("address_string")));
}

TEST_CASE("open311: bad input is refused in the format asked, with the field, and nothing is applied", "[open311][bad][stores]")
{
    Open311Server s;
    if (!s.ready)
        return;
    const int before = s.requests();
    const auto refused = [&](const QList<std::pair<QString, QString>> &fields, int status, const QString &field) {
        for (const bool json : {false, true}) {
            const HttpResponse r = s.post(json ? QStringLiteral("/open311/v2/requests.json") : QStringLiteral("/open311/v2/requests.xml"), fields);
            INFO(field.toStdString() << ": " << r.body.toStdString());
            CHECK(r.status == status);
            const QStringList errors = errorsOf(r, json);
            CHECK(errors.join(u'\n').contains(field));
        }
    };
    QList<std::pair<QString, QString>> noKey = s.report(QStringLiteral("BIRDINFEST"));
    noKey.removeFirst();
    refused(noKey, 403, QStringLiteral("api_key"));
    refused(s.report(QStringLiteral("BIRDINFEST"), {}).mid(1) + QList<std::pair<QString, QString>>{{QStringLiteral("api_key"), QStringLiteral("forged")}}, 403,
            QStringLiteral("api_key"));
    // A key of another municipality.
    QList<std::pair<QString, QString>> foreign = s.report(QStringLiteral("BIRDINFEST"));
    foreign[0].second = s.otherKey;
    refused(foreign, 403, QStringLiteral("ATH"));
    refused(s.report(QStringLiteral("NOSUCH")), 400, QStringLiteral("service_code"));
    refused(s.report(QString()), 400, QStringLiteral("service_code"));
    refused(s.report(QStringLiteral("BIRDINFEST"), {{QStringLiteral("attribute[SR-BIRDINFEST2]"), QStringLiteral("Chimney")}}), 400,
            QStringLiteral("attribute[SR-BIRDINFEST2]"));
    refused(s.report(QStringLiteral("BIRDINFEST"), {{QStringLiteral("attribute[SR-BIRDINFEST2][]"), QStringLiteral("Roof")},
                                                   {QStringLiteral("attribute[SR-BIRDINFEST2][]"), QStringLiteral("Other")}}),
            400, QStringLiteral("attribute[SR-BIRDINFEST2]"));
    refused(s.report(QStringLiteral("BIRDINFEST"), {{QStringLiteral("attribute[NOT-ASKED]"), QStringLiteral("x")}}), 400, QStringLiteral("NOT-ASKED"));
    refused(s.report(QStringLiteral("CEMTRYMAIN")), 400, QStringLiteral("attribute[SR-CEMTRYMAIN1]")); // required, missing
    refused(s.report(QStringLiteral("MTRECYDBI"), {{QStringLiteral("attribute[SR-MTRECYDBI1]"), QStringLiteral("x")},
                                                  {QStringLiteral("attribute[TRSHHHITMS]"), QStringLiteral("an answer")}}),
            400, QStringLiteral("TRSHHHITMS"));
    // Boston's own coordinates are far outside Athens; a latitude of 91 is no place; one coordinate alone.
    QList<std::pair<QString, QString>> boston = s.report(QStringLiteral("BIRDINFEST"));
    boston[3].second = QStringLiteral("42.3594");
    boston[4].second = QStringLiteral("-71.0587");
    refused(boston, 400, QStringLiteral("outside the municipality"));
    QList<std::pair<QString, QString>> pole = s.report(QStringLiteral("BIRDINFEST"));
    pole[3].second = QStringLiteral("91");
    refused(pole, 400, QStringLiteral("lat"));
    QList<std::pair<QString, QString>> half = s.report(QStringLiteral("BIRDINFEST"));
    half.removeAt(4);
    refused(half, 400, QStringLiteral("lat"));
    QList<std::pair<QString, QString>> nowhere = s.report(QStringLiteral("BIRDINFEST"));
    nowhere.removeAt(3);
    nowhere.removeAt(3);
    refused(nowhere, 400, QStringLiteral("lat"));
    refused(s.report(QStringLiteral("BIRDINFEST"), {{QStringLiteral("email"), QStringLiteral("not an address")}}), 400, QStringLiteral("email"));
    refused(s.report(QStringLiteral("BIRDINFEST"), {{QStringLiteral("phone"), QStringLiteral("12")}}), 400, QStringLiteral("phone"));
    refused(s.report(QStringLiteral("BIRDINFEST"), {{QStringLiteral("media_url"), QStringLiteral("javascript:alert(1)")}}), 400, QStringLiteral("media_url"));
    QList<std::pair<QString, QString>> longText = s.report(QStringLiteral("BIRDINFEST"));
    longText[5].second = QString(4001, u'x');
    refused(longText, 400, QStringLiteral("4001"));
    // 10 MB of description: refused by the form's reader before anything else.
    longText[5].second = QString(10 * 1024 * 1024, u'x');
    refused(longText, 400, QStringLiteral("description"));

    // Invalid UTF-8 and a broken percent-escape.
    for (const QByteArray &body : {QByteArray("api_key=") + s.key.toUtf8() + "&jurisdiction_id=ATH&service_code=BIRDINFEST&description=%C3%28",
                                   QByteArray("api_key=") + s.key.toUtf8() + "&jurisdiction_id=ATH&service_code=BIRDINFEST&description=%G1"}) {
        const HttpResponse r = s.call("POST", QStringLiteral("/open311/v2/requests.json"), body);
        CHECK(r.status == 400);
        CHECK(errorsOf(r, true).first().contains(QStringLiteral("description")));
    }
    // Multipart: a file that is not a photo, a file under another name, a body cut short, no boundary.
    const QByteArray boundary = "CivicDeskBoundary";
    const auto multipart = [&](const QList<std::pair<QString, QString>> &fields, const QByteArray &fileName, const QByteArray &bytes,
                               const QByteArray &field = "media", bool close = true) {
        QByteArray b;
        for (const auto &[k, v] : fields)
            b += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k.toUtf8() + "\"\r\n\r\n" + v.toUtf8() + "\r\n";
        if (!fileName.isEmpty())
            b += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName +
                 "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n";
        if (close)
            b += "--" + boundary + "--\r\n";
        return b;
    };
    const QByteArray type = "multipart/form-data; boundary=" + boundary;
    HttpResponse r = s.call("POST", QStringLiteral("/open311/v2/requests.json"),
                            multipart(s.report(QStringLiteral("BIRDINFEST")), "invoice.pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), type);
    CHECK(r.status == 400);
    CHECK(errorsOf(r, true).first().contains(QStringLiteral("not a photo")));
    r = s.call("POST", QStringLiteral("/open311/v2/requests.json"), multipart(s.report(QStringLiteral("BIRDINFEST")), "a.jpg", "\xff\xd8\xff", "attachment"), type);
    CHECK(r.status == 400);
    r = s.call("POST", QStringLiteral("/open311/v2/requests.json"), multipart(s.report(QStringLiteral("BIRDINFEST")), {}, {}, "media", false), type);
    CHECK(r.status == 400);
    CHECK(errorsOf(r, true).first().contains(QStringLiteral("closing boundary")));
    r = s.call("POST", QStringLiteral("/open311/v2/requests.json"), multipart(s.report(QStringLiteral("BIRDINFEST")), {}, {}), "multipart/form-data");
    CHECK(r.status == 400);
    r = s.call("POST", QStringLiteral("/open311/v2/requests.json"), "{\"service_code\":\"BIRDINFEST\"}", "application/json");
    CHECK(r.status == 400);
    // GET parameters that are not what they should be.
    for (const char *bad : {"status=pending", "start_date=yesterday", "page_size=5000", "page=0", "updated_after=2026-13-40T00:00:00Z"}) {
        const HttpResponse g = s.get(QStringLiteral("/open311/v2/requests.xml?jurisdiction_id=ATH&") + QLatin1String(bad));
        INFO(bad);
        CHECK(g.status == 400);
        errorsOf(g, false);
    }
    CHECK(s.call("DELETE", QStringLiteral("/open311/v2/requests.xml")).status == 405);
    CHECK(s.requests() == before);

    // Injection attempts are text, in both formats.
    const QString sly = QStringLiteral("</description><status>closed</status>\"},{\"status\":\"closed\" & <![CDATA[ ]]> \x01");
    const HttpResponse ok = s.post(QStringLiteral("/open311/v2/requests.json"), s.report(QStringLiteral("BOS311GEN"), {{QStringLiteral("description"), sly}}).mid(0, 5) +
                                                                                     QList<std::pair<QString, QString>>{{QStringLiteral("description"), sly}});
    REQUIRE(ok.status == 201);
    const QString id = QJsonDocument::fromJson(ok.body).array().first().toObject().value(QStringLiteral("service_request_id")).toString();
    const Element xml = readXml(s.get(QStringLiteral("/open311/v2/requests/%1.xml?jurisdiction_id=ATH").arg(id)).body);
    CHECK(xml.children.value(0).value(QStringLiteral("status")) == QStringLiteral("open"));
    CHECK(xml.children.value(0).value(QStringLiteral("description")) == QString(sly).remove(QChar(1)));
    const QJsonArray json = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests/%1.json?jurisdiction_id=ATH").arg(id)).body).array();
    CHECK(json.first().toObject().value(QStringLiteral("status")).toString() == QStringLiteral("open"));
    CHECK(json.first().toObject().value(QStringLiteral("description")).toString() == sly);
}

TEST_CASE("open311: a photo posted with the request is kept with it", "[open311][stores]")
{
    Open311Server s;
    if (!s.ready)
        return;
    QFile png(QStringLiteral(CIVICDESK_TESTS_DIR "/../resources/icons/civicdesk.png"));
    QByteArray photo;
    if (png.open(QIODevice::ReadOnly))
        photo = png.readAll();
    if (photo.isEmpty())
        photo = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    QByteArray body;
    for (const auto &[k, v] : s.report(QStringLiteral("BOS311GEN")))
        body += "--b0undary\r\nContent-Disposition: form-data; name=\"" + k.toUtf8() + "\"\r\n\r\n" + v.toUtf8() + "\r\n";
    body += "--b0undary\r\nContent-Disposition: form-data; name=\"media\"; filename=\"../../etc/lamp.png\"\r\nContent-Type: image/png\r\n\r\n" + photo +
            "\r\n--b0undary--\r\n";
    const HttpResponse r = s.call("POST", QStringLiteral("/open311/v2/requests.json"), body, "multipart/form-data; boundary=b0undary");
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    const QString id = QJsonDocument::fromJson(r.body).array().first().toObject().value(QStringLiteral("service_request_id")).toString();
    std::unique_ptr<Database> db = s.data();
    const std::optional<ServiceRequest> request = RequestRepository(*db).byTrackingNumber(id);
    REQUIRE(request.has_value());
    const QList<Attachment> attachments = RequestRepository(*db).attachments(request->id);
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.first().fileName == QStringLiteral("lamp.png"));
    CHECK(attachments.first().mimeType == QStringLiteral("image/png"));
    QFile kept(attachmentDirectoryOf(db->path()) + u'/' + attachments.first().storedPath);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == photo);
}

TEST_CASE("open311: GET requests by the standard's parameters, paged, and FixMyStreet's updates", "[open311][stores]")
{
    Open311Server s;
    if (!s.ready)
        return;
    // The demo's requests of the last 90 days by default, newest first; at most 1,000.
    const QJsonArray all = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests.json?jurisdiction_id=ATH")).body).array();
    REQUIRE(all.size() > 10);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : all) {
        const qint64 ms = QDateTime::fromString(v.toObject().value(QStringLiteral("requested_datetime")).toString(), Qt::ISODate).toMSecsSinceEpoch();
        CHECK(ms <= s.now);
        CHECK(ms > s.now - 90LL * 86400000);
        CHECK(ms <= previous);
        previous = ms;
    }
    // Paged: two pages of 5 are the first ten, in order.
    const QJsonArray p1 = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests.json?jurisdiction_id=ATH&page_size=5&page=1")).body).array();
    const QJsonArray p2 = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests.json?jurisdiction_id=ATH&page_size=5&page=2")).body).array();
    REQUIRE(p1.size() == 5);
    REQUIRE(p2.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(p1[i] == all[i]);
        CHECK(p2[i] == all[i + 5]);
    }
    // By status and code, and by ids (other parameters then left aside).
    const QString code = all[0].toObject().value(QStringLiteral("service_code")).toString();
    const QJsonArray ofCode = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests.json?jurisdiction_id=ATH&service_code=%1").arg(code)).body).array();
    REQUIRE_FALSE(ofCode.isEmpty());
    for (const QJsonValue &v : ofCode)
        CHECK(v.toObject().value(QStringLiteral("service_code")).toString() == code);
    int open = 0, closed = 0;
    for (const char *st : {"open", "closed"}) {
        const QJsonArray part = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests.json?jurisdiction_id=ATH&status=") + QLatin1String(st)).body).array();
        for (const QJsonValue &v : part)
            CHECK(v.toObject().value(QStringLiteral("status")).toString() == QLatin1String(st));
        (QLatin1String(st) == QLatin1String("open") ? open : closed) = int(part.size());
    }
    CHECK(open + closed == all.size());
    const QString a = all[0].toObject().value(QStringLiteral("service_request_id")).toString();
    const QString b = all[3].toObject().value(QStringLiteral("service_request_id")).toString();
    const QJsonArray byId = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests.json?jurisdiction_id=ATH&status=closed&service_request_id=%1,%2").arg(a, b)).body).array();
    CHECK(byId.size() == 2);
    // A window of dates with offsets.
    const QString from = QDateTime::fromMSecsSinceEpoch(s.now - 7LL * 86400000, QTimeZone(3 * 3600)).toString(Qt::ISODate);
    const QJsonArray week = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests.json?jurisdiction_id=ATH&start_date=%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(from)))).body).array();
    for (const QJsonValue &v : week)
        CHECK(QDateTime::fromString(v.toObject().value(QStringLiteral("requested_datetime")).toString(), Qt::ISODate).toMSecsSinceEpoch() >= s.now - 7LL * 86400000);
    CHECK(week.size() < all.size());

    // A request posted to a type of a department, then resolved there with a note for the citizen and an
    // internal note.
    User head;
    {
        std::unique_ptr<Database> db = s.data();
        for (const User &u : OrganisationRepository(*db).users())
            if (u.role == Role::DepartmentHead && !u.departmentId.isEmpty() && u.active)
                head = u;
        REQUIRE_FALSE(head.id.isEmpty());
        ServiceType general = CatalogueRepository(*db).typeByCode(QStringLiteral("BOS311GEN")).value();
        general.departmentId = head.departmentId;
        REQUIRE(SyncStore(*db).write([&] { return CatalogueRepository(*db).saveType(general); }).ok());
    }
    const HttpResponse posted = s.post(QStringLiteral("/open311/v2/requests.json"), s.report(QStringLiteral("BOS311GEN")));
    REQUIRE(posted.status == 201);
    const QString id = QJsonDocument::fromJson(posted.body).array().first().toObject().value(QStringLiteral("service_request_id")).toString();
    s.now += 3600000;
    {
        std::unique_ptr<Database> db = s.data();
        const std::optional<ServiceRequest> r = RequestRepository(*db).byTrackingNumber(id);
        REQUIRE(r.has_value());
        CommandRunner runner(*db);
        const auto run = [&](const char *name, QJsonObject args) {
            s.now += 1000;
            const Result<QJsonObject> done = runner.run(Command{newRowId(s.now), QString::fromLatin1(name), s.now, head.id, std::move(args)});
            INFO((done ? QString() : done.error().message).toStdString());
            REQUIRE(done.ok());
        };
        REQUIRE(SyncStore(*db).write([&]() -> Status {
                    run(CommandName::AddNote, {{QStringLiteral("requestId"), r->id}, {QStringLiteral("text"), QStringLiteral("Internal: the caller is the mayor's cousin")}});
                    run(CommandName::Transition, {{QStringLiteral("requestId"), r->id}, {QStringLiteral("to"), QStringLiteral("accepted")}, {QStringLiteral("note"), QString()}});
                    run(CommandName::Transition, {{QStringLiteral("requestId"), r->id}, {QStringLiteral("to"), QStringLiteral("in_progress")}, {QStringLiteral("note"), QStringLiteral("The crew is on its way.")}});
                    run(CommandName::Transition, {{QStringLiteral("requestId"), r->id}, {QStringLiteral("to"), QStringLiteral("resolved")},
                                                  {QStringLiteral("note"), QStringLiteral("The nest was moved by the parks crew.")}});
                    return Status{};
                }).ok());
    }
    s.now += 60000;
    const QJsonObject resolved = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests/%1.json?jurisdiction_id=ATH&extensions=true").arg(id)).body).array().first().toObject();
    CHECK(resolved.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(resolved.value(QStringLiteral("status_notes")).toString() == QStringLiteral("The nest was moved by the parks crew."));
    const QJsonObject ext = resolved.value(QStringLiteral("extended_attributes")).toObject();
    CHECK(ext.value(QStringLiteral("channel")).toString() == QStringLiteral("open311"));
    CHECK(ext.value(QStringLiteral("extended_status")).toString() == QStringLiteral("FIXED"));
    const QByteArray resolvedBody = s.get(QStringLiteral("/open311/v2/requests/%1.json?jurisdiction_id=ATH&extensions=true").arg(id)).body;
    CHECK_FALSE(resolvedBody.contains("cousin")); // never an internal note
    CHECK(ext.value(QStringLiteral("notes")).toArray().size() == 4); // filed, accepted, in progress, resolved

    // updated_after finds it; FixMyStreet's updates list its status changes, then a citizen's own update.
    const QString since = QDateTime::fromMSecsSinceEpoch(s.now - 2 * 3600000, Qt::UTC).toString(Qt::ISODate);
    const QJsonArray changed = QJsonDocument::fromJson(s.get(QStringLiteral("/open311/v2/requests.json?jurisdiction_id=ATH&updated_after=%1").arg(since)).body).array();
    CHECK(std::any_of(changed.begin(), changed.end(), [&](const QJsonValue &v) { return v.toObject().value(QStringLiteral("service_request_id")).toString() == id; }));
    const HttpResponse update = s.post(QStringLiteral("/open311/v2/servicerequestupdates.xml"),
                                       {{QStringLiteral("api_key"), s.key}, {QStringLiteral("jurisdiction_id"), QStringLiteral("ATH")},
                                        {QStringLiteral("service_request_id"), id}, {QStringLiteral("first_name"), QStringLiteral("Eleni")},
                                        {QStringLiteral("description"), QStringLiteral("Thank you, it is gone.")},
                                        {QStringLiteral("updated_datetime"), QStringLiteral("2027-01-01T03:01:00+02:00")}});
    REQUIRE(update.status == 201);
    const Element u = readXml(update.body);
    CHECK(u.name == QStringLiteral("service_request_updates"));
    CHECK_FALSE(u.children.value(0).value(QStringLiteral("update_id")).isEmpty());
    const Element updates = readXml(s.get(QStringLiteral("/open311/v2/servicerequestupdates.xml?jurisdiction_id=ATH&start_date=%1").arg(since)).body);
    QStringList statuses, texts;
    for (const Element &e : updates.children) {
        CHECK(e.names() == QStringList{QStringLiteral("update_id"), QStringLiteral("service_request_id"), QStringLiteral("status"),
                                       QStringLiteral("updated_datetime"), QStringLiteral("description"), QStringLiteral("media_url")});
        if (e.value(QStringLiteral("service_request_id")) == id) {
            statuses.append(e.value(QStringLiteral("status")));
            texts.append(e.value(QStringLiteral("description")));
        }
    }
    CHECK(statuses == QStringList{QStringLiteral("INVESTIGATING"), QStringLiteral("IN_PROGRESS"), QStringLiteral("FIXED"), QStringLiteral("FIXED")});
    CHECK(texts.last() == QStringLiteral("Eleni: Thank you, it is gone."));
    CHECK_FALSE(texts.join(u' ').contains(QStringLiteral("cousin")));
    // An update for a request that is not there.
    CHECK(s.post(QStringLiteral("/open311/v2/servicerequestupdates.json"),
                 {{QStringLiteral("api_key"), s.key}, {QStringLiteral("jurisdiction_id"), QStringLiteral("ATH")},
                  {QStringLiteral("service_request_id"), QStringLiteral("26-S0-99999")}, {QStringLiteral("description"), QStringLiteral("x")}})
              .status == 404);
    // tokens/{token}: the request's own id.
    std::unique_ptr<Database> db = s.data();
    const QString token = RequestRepository(*db).byTrackingNumber(id)->id;
    const Element t = readXml(s.get(QStringLiteral("/open311/v2/tokens/%1.xml?jurisdiction_id=ATH").arg(token)).body);
    CHECK(t.children.value(0).names() == QStringList{QStringLiteral("service_request_id"), QStringLiteral("token")});
    CHECK(t.children.value(0).value(QStringLiteral("service_request_id")) == id);
    CHECK(s.get(QStringLiteral("/open311/v2/tokens/nope.xml?jurisdiction_id=ATH")).status == 404);
}

TEST_CASE("open311: rates per address and per key are answered 429 with Retry-After, and a revoked key is refused", "[open311][stores]")
{
    Open311Server s(3);
    if (!s.ready)
        return;
    QList<int> statuses;
    HttpResponse last;
    for (int i = 0; i < 5; ++i) {
        last = s.post(QStringLiteral("/open311/v2/requests.json"), s.report(QStringLiteral("BOS311GEN")));
        statuses.append(last.status);
        s.now += 10; // well inside the minute
    }
    CHECK(statuses == QList<int>{201, 201, 201, 429, 429});
    CHECK(last.status == 429);
    const auto retry = std::find_if(last.headers.cbegin(), last.headers.cend(), [](const auto &h) { return h.first == "Retry-After"; });
    REQUIRE(retry != last.headers.cend());
    CHECK(retry->second.toInt() >= 1);
    CHECK(retry->second.toInt() <= 20);
    errorsOf(last, true);
    // The web form shares the address's budget of reports.
    const HttpResponse web = s.call("POST", QStringLiteral("/report/ATH/?lang=el"), form({{QStringLiteral("service_code"), QStringLiteral("light.out")}}));
    CHECK(web.status == 429);
    CHECK(web.contentType.startsWith("text/html"));
    // Another address may still post; the first may again once its time has passed.
    CHECK(s.call("POST", QStringLiteral("/open311/v2/requests.json"), form(s.report(QStringLiteral("BOS311GEN"))), "application/x-www-form-urlencoded",
                 QStringLiteral("10.1.2.3"))
              .status == 201);
    s.now += qint64(retry->second.toInt()) * 1000;
    CHECK(s.post(QStringLiteral("/open311/v2/requests.json"), s.report(QStringLiteral("BOS311GEN"))).status == 201);

    // A key's own rate.
    const auto [slowKey, slowId] = TenantAdmin::addApiKey(*s.catalog, QStringLiteral("ATH"), QStringLiteral("Slow app"), 2).value();
    QList<int> keyed;
    for (int i = 0; i < 3; ++i) {
        keyed.append(s.call("GET", QStringLiteral("/open311/v2/services.json?jurisdiction_id=ATH&api_key=%1").arg(slowKey), {}, {}, QStringLiteral("10.9.9.%1").arg(i)).status);
        s.now += 10;
    }
    CHECK(keyed == QList<int>{200, 200, 429}); // a burst of its whole rate when it is under ten a minute
    // Revoked: refused at once, by id.
    REQUIRE(s.catalog->revokeApiKey(QStringLiteral("ATH"), slowId, s.now).value() == 1);
    const HttpResponse revoked = s.call("GET", QStringLiteral("/open311/v2/services.json?jurisdiction_id=ATH&api_key=%1").arg(slowKey));
    CHECK(revoked.status == 403);
    CHECK(errorsOf(revoked, true).first().contains(QStringLiteral("revoked")));
}

namespace {

/// The attributes QXmlStreamReader saw: collected again with a reader that keeps them.
struct Control
{
    QString tag, id, type, name;
};

QList<Control> controlsOf(const QByteArray &html, QStringList *labelFor, QStringList *titles)
{
    QXmlStreamReader r(html);
    QList<Control> out;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const QString tag = r.name().toString();
        const QXmlStreamAttributes a = r.attributes();
        if (tag == QStringLiteral("input") || tag == QStringLiteral("select") || tag == QStringLiteral("textarea"))
            out.append({tag, a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("type")).toString(), a.value(QStringLiteral("name")).toString()});
        else if (tag == QStringLiteral("label"))
            labelFor->append(a.value(QStringLiteral("for")).toString());
        else if (tag == QStringLiteral("h1"))
            titles->append(r.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    INFO(html.left(300).toStdString());
    REQUIRE_FALSE(r.hasError());
    return out;
}

QByteArray multipartOf(const QList<std::pair<QString, QString>> &fields, const QByteArray &photo = {})
{
    QByteArray b;
    for (const auto &[k, v] : fields)
        b += "--FormBoundary7\r\nContent-Disposition: form-data; name=\"" + k.toUtf8() + "\"\r\n\r\n" + v.toUtf8() + "\r\n";
    if (!photo.isEmpty())
        b += "--FormBoundary7\r\nContent-Disposition: form-data; name=\"media\"; filename=\"lamp.png\"\r\nContent-Type: image/png\r\n\r\n" + photo + "\r\n";
    else
        b += "--FormBoundary7\r\nContent-Disposition: form-data; name=\"media\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n";
    return b + "--FormBoundary7--\r\n";
}

QByteArray headerOf(const HttpResponse &r, const QByteArray &name)
{
    for (const auto &[k, v] : r.headers)
        if (k == name)
            return v;
    return {};
}

} // namespace

TEST_CASE("web form: a citizen reports in Greek without JavaScript, follows the report by its number, and answers the survey once", "[open311][web][stores]")
{
    Open311Server s;
    if (!s.ready)
        return;
    // Two municipalities: the bare address lists them.
    const HttpResponse choose = s.get(QStringLiteral("/report/"));
    CHECK(choose.status == 200);
    CHECK(choose.body.contains("/report/PAT/"));

    // The kinds of problem, in Greek, as links.
    const HttpResponse kinds = s.get(QStringLiteral("/report/ATH/?lang=el"));
    REQUIRE(kinds.status == 200);
    CHECK(kinds.contentType.startsWith("text/html"));
    CHECK(kinds.body.contains("<html lang=\"el\""));
    CHECK(kinds.body.contains("service=light.out"));
    CHECK(kinds.body.contains("Οδοφωτισμός")); // the catalogue's own Greek group name
    readXml(kinds.body);                      // well-formed

    // The form of one kind: every control labelled, the type's questions asked.
    const HttpResponse formPage = s.get(QStringLiteral("/report/ATH/?lang=el&service=light.out"));
    REQUIRE(formPage.status == 200);
    QStringList labels, titles;
    const QList<Control> controls = controlsOf(formPage.body, &labels, &titles);
    int visible = 0;
    for (const Control &c : controls) {
        if (c.type == QStringLiteral("hidden"))
            continue;
        ++visible;
        INFO(c.name.toStdString());
        CHECK_FALSE(c.id.isEmpty());
        CHECK(labels.contains(c.id));
    }
    CHECK(visible >= 9); // address, the pole's number, description, photo, names, e-mail, phone, consent
    CHECK(std::any_of(controls.cbegin(), controls.cend(), [](const Control &c) { return c.name == QStringLiteral("attribute[pole]"); }));

    // Sent with mistakes: said at the top and at each field, what was typed kept.
    const HttpResponse wrong = s.call("POST", QStringLiteral("/report/ATH/?lang=el"),
                                      multipartOf({{QStringLiteral("service_code"), QStringLiteral("light.out")},
                                                   {QStringLiteral("address_string"), QStringLiteral("Οδός που δεν υπάρχει 999")},
                                                   {QStringLiteral("description"), QStringLiteral("Σβηστή λάμπα <b>δύο</b> νύχτες")},
                                                   {QStringLiteral("email"), QStringLiteral("όχι διεύθυνση")},
                                                   {QStringLiteral("consent"), QStringLiteral("yes")}}),
                                      "multipart/form-data; boundary=FormBoundary7");
    CHECK(wrong.status == 400);
    CHECK(wrong.body.contains("role=\"alert\""));
    INFO(wrong.body.toStdString());
    CHECK(wrong.body.contains("href=\"#address_string\""));
    CHECK(wrong.body.contains("href=\"#email\""));
    CHECK(wrong.body.contains("Σβηστή λάμπα &lt;b&gt;δύο&lt;/b&gt; νύχτες")); // kept, and escaped
    CHECK(wrong.body.contains("aria-invalid=\"true\""));
    readXml(wrong.body);

    // Sent right, with a photo: the tracking page with the number.
    std::unique_ptr<Database> db = s.data();
    QString address;
    for (qint64 local = 1; local < 300 && address.isEmpty(); ++local)
        if (const std::optional<ServiceRequest> r = RequestRepository(*db).getByLocalId(local); r && !r->address.isEmpty() && r->address.contains(u' '))
            address = r->address;
    REQUIRE_FALSE(address.isEmpty());
    const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    const HttpResponse sent = s.call("POST", QStringLiteral("/report/ATH/?lang=el"),
                                     multipartOf({{QStringLiteral("service_code"), QStringLiteral("light.out")},
                                                  {QStringLiteral("address_string"), address},
                                                  {QStringLiteral("attribute[pole]"), QStringLiteral("Κ-17")},
                                                  {QStringLiteral("description"), QStringLiteral("Σβηστή λάμπα δύο νύχτες")},
                                                  {QStringLiteral("first_name"), QStringLiteral("Ελένη")},
                                                  {QStringLiteral("email"), QStringLiteral("eleni@example.org")},
                                                  {QStringLiteral("consent"), QStringLiteral("yes")}},
                                                 png),
                                     "multipart/form-data; boundary=FormBoundary7");
    INFO(sent.body.left(2000).toStdString());
    REQUIRE(sent.status == 303);
    const QString location = QString::fromUtf8(headerOf(sent, "Location"));
    REQUIRE(location.startsWith(QStringLiteral("/track/ATH/")));
    const QString number = location.section(u'/', 3, 3).section(u'?', 0, 0);
    CHECK(number.split(u'-').value(1) == QStringLiteral("S0"));
    CHECK(location.endsWith(QStringLiteral("new=1")));
    const HttpResponse tracked = s.get(location);
    REQUIRE(tracked.status == 200);
    CHECK(tracked.body.contains(number.toUtf8()));
    CHECK(tracked.body.contains("class=\"done\""));
    CHECK_FALSE(tracked.body.contains("eleni@example.org"));
    readXml(tracked.body);
    {
        const std::optional<ServiceRequest> r = RequestRepository(*db).byTrackingNumber(number);
        REQUIRE(r.has_value());
        CHECK(r->channel == Channel::Web);
        CHECK(r->attributes.value(QStringLiteral("pole")) == QStringLiteral("Κ-17"));
        CHECK(RequestRepository(*db).attachments(r->id).size() == 1);
        const std::optional<Citizen> c = CitizenRepository(*db).get(r->citizenId);
        REQUIRE(c.has_value());
        CHECK(c->preferredLanguage == QStringLiteral("el"));
        CHECK(std::any_of(c->consents.cbegin(), c->consents.cend(), [](const Consent &k) { return k.channel == ContactChannel::Email && k.granted; }));
    }

    // Found by its number typed in lower case; a number that is not there is said so.
    const HttpResponse byNumber = s.get(QStringLiteral("/track/ATH/?lang=el&n=%1").arg(number.toLower()));
    CHECK(byNumber.status == 303);
    CHECK(QString::fromUtf8(headerOf(byNumber, "Location")).startsWith(QStringLiteral("/track/ATH/") + number));
    const HttpResponse unknown = s.get(QStringLiteral("/track/ATH/?lang=el&n=26-S0-99999"));
    CHECK(unknown.status == 404);
    CHECK(unknown.body.contains("26-S0-99999"));

    // Resolved at the department: the survey from the message's link, answered once.
    const std::optional<ServiceRequest> r = RequestRepository(*db).byTrackingNumber(number);
    User head;
    for (const User &u : OrganisationRepository(*db).users())
        if (u.role == Role::DepartmentHead && u.departmentId == r->departmentId && u.active)
            head = u;
    REQUIRE_FALSE(head.id.isEmpty());
    const QString token = NotifyLinks::surveyToken(NotifyLinks::secret(*db), r->id);
    CHECK(s.get(QStringLiteral("/citizen/ATH/survey/%1?lang=el").arg(token)).body.contains("survey")); // not yet: said so
    {
        CommandRunner runner(*db);
        for (const char *to : {"accepted", "in_progress", "resolved"}) {
            s.now += 1000;
            REQUIRE(SyncStore(*db).write([&]() -> Status {
                        const Result<QJsonObject> done = runner.run(Command{newRowId(s.now), QString::fromLatin1(CommandName::Transition), s.now, head.id,
                                                                            {{QStringLiteral("requestId"), r->id}, {QStringLiteral("to"), QLatin1String(to)},
                                                                             {QStringLiteral("note"), QStringLiteral("Η λάμπα άλλαξε.")}}});
                        return done ? Status{} : Status(done.error());
                    }).ok());
        }
    }
    // The link a message carries once the server sends it.
    const QString link = NotifyLinks::withSurveyLinks(QStringLiteral("Πείτε μας: ") + MessageTemplates::surveyLink(r->id), NotifyLinks::secret(*db),
                                                      QStringLiteral("https://311.example.gr/citizen/ATH"));
    CHECK(link == QStringLiteral("Πείτε μας: https://311.example.gr/citizen/ATH/survey/") + token);
    const HttpResponse survey = s.get(QStringLiteral("/citizen/ATH/survey/%1?lang=el").arg(token));
    REQUIRE(survey.status == 200);
    labels.clear();
    const QList<Control> radios = controlsOf(survey.body, &labels, &titles);
    CHECK(std::count_if(radios.cbegin(), radios.cend(), [](const Control &c) { return c.type == QStringLiteral("radio"); }) == 5);
    for (const Control &c : radios)
        CHECK(labels.contains(c.id));
    const HttpResponse none = s.call("POST", QStringLiteral("/citizen/ATH/survey/%1?lang=el").arg(token), form({{QStringLiteral("comment"), QStringLiteral("x")}}));
    CHECK(none.status == 400);
    const HttpResponse answered = s.call("POST", QStringLiteral("/citizen/ATH/survey/%1?lang=el").arg(token),
                                         form({{QStringLiteral("score"), QStringLiteral("4")}, {QStringLiteral("comment"), QStringLiteral("Γρήγορα, ευχαριστώ")}}));
    CHECK(answered.status == 200);
    CHECK(s.call("POST", QStringLiteral("/citizen/ATH/survey/%1").arg(token), form({{QStringLiteral("score"), QStringLiteral("1")}})).status == 200);
    const std::optional<ServiceRequest> rated = RequestRepository(*db).get(r->id);
    CHECK(rated->satisfaction == 4);
    CHECK(rated->satisfactionComment == QStringLiteral("Γρήγορα, ευχαριστώ"));
    // A forged or cut link.
    CHECK(s.get(QStringLiteral("/citizen/ATH/survey/%1x").arg(token)).status == 404);
    CHECK(s.get(QStringLiteral("/citizen/ATH/survey/%1").arg(token.left(22))).status == 404);
}
