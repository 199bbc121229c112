// SPDX-License-Identifier: GPL-3.0-or-later
// The server's API called in-process: sign-in, tokens, tenants kept apart, every role against every mutation,
// bad input answered with a code and nothing applied.
#include <catch2/catch.hpp>

#include "core/commands/commandrunner.h"
#include "core/domain/idgenerator.h"
#include "core/desk/citizenprofile.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/conflictstore.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/servercatalog.h"
#include "core/storage/syncstore.h"
#include "core/sync/permissions.h"
#include "core/sync/protocol.h"
#include "server/httpmessage.h"
#include "server/serverconfig.h"
#include "server/syncservice.h"
#include "server/tenantadmin.h"
#include "serverstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <libpq-fe.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace CivicDesk;

namespace {

const QString password = QStringLiteral("correct horse battery");

struct Server
{
    QTemporaryDir dir;
    Test::TestCatalog store{dir.path()};
    std::unique_ptr<ServerCatalog> &catalog = store.catalog;
    std::unique_ptr<SyncService> service;
    qint64 now = 1798761600000LL;
    QString roadsCode;
    QString otherCode;

    Server()
    {
        REQUIRE(TenantAdmin::addTenant(*catalog, QStringLiteral("ATH"), QStringLiteral("Athens"), QStringLiteral("GR")).ok());
        DemoOptions demo;
        demo.citizens = 30;
        demo.requests = 200;
        demo.until = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC); // the last days' requests are still new
        REQUIRE(TenantAdmin::generate(*catalog, QStringLiteral("ATH"), demo, {}).ok());
        REQUIRE(TenantAdmin::addTenant(*catalog, QStringLiteral("PAT"), QStringLiteral("Patras"), QStringLiteral("GR")).ok());
        {
            std::unique_ptr<Database> db = std::move(catalog->tenantData(QStringLiteral("ATH")).open()).value();
            // The department of a new request, and another one.
            QHash<QString, QString> codeOf;
            for (const Department &d : OrganisationRepository(*db).departments())
                codeOf.insert(d.id, d.code);
            RequestRepository repo(*db);
            for (qint64 local = 1; local < 400 && roadsCode.isEmpty(); ++local)
                if (const std::optional<ServiceRequest> r = repo.getByLocalId(local); r && r->status == RequestStatus::New && codeOf.contains(r->departmentId))
                    roadsCode = codeOf.value(r->departmentId);
            for (const Department &d : OrganisationRepository(*db).departments())
                if (d.kind == DepartmentKind::Department && d.code != roadsCode && otherCode.isEmpty())
                    otherCode = d.code;
        }
        REQUIRE_FALSE(otherCode.isEmpty());
        const std::pair<const char *, Role> users[] = {{"op", Role::Operator}, {"staff", Role::DepartmentStaff}, {"head", Role::DepartmentHead},
                                                       {"sup", Role::Supervisor}, {"admin", Role::Administrator}};
        for (const auto &[login, role] : users) {
            const bool dept = role == Role::DepartmentStaff || role == Role::DepartmentHead;
            const Status added = TenantAdmin::addUser(*catalog, QStringLiteral("ATH"), QString::fromLatin1(login), role, dept ? roadsCode : QString(), password);
            INFO((added ? QString() : added.error().message).toStdString());
            REQUIRE(added.ok());
        }
        REQUIRE(TenantAdmin::addUser(*catalog, QStringLiteral("PAT"), QStringLiteral("op"), Role::Operator, {}, password).ok());
        SyncService::Options o;
        o.clock = [this] { return now; };
        service = std::make_unique<SyncService>(*catalog, o);
    }

    HttpResponse call(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token = {})
    {
        HttpRequest r;
        r.method = method;
        const qsizetype q = path.indexOf(u'?');
        r.path = q < 0 ? path : path.left(q);
        if (q >= 0)
            r.query = QUrlQuery(path.mid(q + 1));
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token.toLatin1());
        return service->handle(r);
    }
    HttpResponse raw(const QByteArray &body, const QString &path, const QString &token)
    {
        HttpRequest r;
        r.method = "POST";
        r.path = path;
        r.body = body;
        r.headers.insert("authorization", "Bearer " + token.toLatin1());
        return service->handle(r);
    }

    struct Session
    {
        QString token;
        QString userId;
        QString clientId;
        QString deskCode;
    };
    Session signIn(const QString &login, const QString &tenant = QStringLiteral("ATH"))
    {
        const HttpResponse r = call("POST", QString::fromLatin1(SyncProtocol::LoginPath),
                                    {{QStringLiteral("tenant"), tenant}, {QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
        REQUIRE(r.status == 200);
        const QJsonObject o = json(r);
        Session s{o.value(QStringLiteral("token")).toString(), o.value(QStringLiteral("userId")).toString(), newRowId(now + login.size()), {}};
        const HttpResponse reg = call("POST", QString::fromLatin1(SyncProtocol::RegisterPath),
                                      {{QStringLiteral("tenant"), tenant}, {QStringLiteral("clientId"), s.clientId}}, s.token);
        REQUIRE(reg.status == 200);
        s.deskCode = json(reg).value(QStringLiteral("code")).toString();
        return s;
    }
    static QJsonObject json(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    static QString code(const HttpResponse &r) { return json(r).value(QStringLiteral("code")).toString(); }

    /// Pushes one command as the session's next mutation (@p id); the result object of it.
    QJsonObject push(const Session &s, qint64 id, const char *name, QJsonObject args, const QString &tenant = QStringLiteral("ATH"))
    {
        now += 1000;
        const Command c{newRowId(now), QString::fromLatin1(name), now, s.userId, std::move(args)};
        const HttpResponse r = call("POST", QString::fromLatin1(SyncProtocol::PushPath),
                                    {{QStringLiteral("tenant"), tenant},
                                     {QStringLiteral("clientId"), s.clientId},
                                     {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                                     {QStringLiteral("mutations"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("command"), c.toJson()}}}}},
                                    s.token);
        REQUIRE(r.status == 200);
        return json(r).value(QStringLiteral("results")).toArray().at(0).toObject();
    }

    /// A request of the roads department, new.
    QString roadsRequest()
    {
        std::unique_ptr<Database> db = std::move(catalog->tenantData(QStringLiteral("ATH")).open()).value();
        QString roadsId;
        for (const Department &d : OrganisationRepository(*db).departments())
            if (d.code == roadsCode)
                roadsId = d.id;
        RequestRepository repo(*db);
        for (qint64 local = 1; local < 400; ++local)
            if (const std::optional<ServiceRequest> r = repo.getByLocalId(local); r && r->departmentId == roadsId && r->status == RequestStatus::New)
                return r->id;
        return {};
    }
};

} // namespace

TEST_CASE("sign-in: a token for the right password, 401 for a wrong one, 429 after five in a row", "[sync][auth][stores]")
{
    Server s;
    const QString login = QString::fromLatin1(SyncProtocol::LoginPath);
    HttpResponse ok = s.call("POST", login, {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("login"), QStringLiteral("op")},
                                             {QStringLiteral("password"), password}});
    REQUIRE(ok.status == 200);
    CHECK(Server::json(ok).value(QStringLiteral("token")).toString().size() >= 40);
    CHECK(Server::json(ok).value(QStringLiteral("role")).toString() == QStringLiteral("operator"));
    // The token is kept hashed: the catalog does not hold it as sent.
    CHECK_FALSE(s.catalog->token(Server::json(ok).value(QStringLiteral("token")).toString()).has_value());

    const QJsonObject wrong{{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("login"), QStringLiteral("op")},
                            {QStringLiteral("password"), QStringLiteral("guess")}};
    for (int i = 0; i < 4; ++i)
        CHECK(s.call("POST", login, wrong).status == 401);
    CHECK(s.call("POST", login, wrong).status == 401); // the fifth locks
    const HttpResponse locked = s.call("POST", login, {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("login"), QStringLiteral("op")},
                                                       {QStringLiteral("password"), password}});
    CHECK(locked.status == 429);
    CHECK(Server::code(locked) == QStringLiteral("auth.locked"));
    s.now += 16 * 60 * 1000; // the lockout ends
    CHECK(s.call("POST", login, {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("login"), QStringLiteral("op")},
                                 {QStringLiteral("password"), password}}).status == 200);
    // An unknown user or tenant is the same 401, not a hint.
    CHECK(Server::code(s.call("POST", login, {{QStringLiteral("tenant"), QStringLiteral("XXX")}, {QStringLiteral("login"), QStringLiteral("op")},
                                              {QStringLiteral("password"), password}})) == QStringLiteral("auth.invalid"));
    CHECK(s.call("POST", login, {{QStringLiteral("tenant"), 7}}).status == 400);
}

TEST_CASE("tokens expire, are revoked at sign-out and when a user is disabled, and hold for their own tenant only", "[sync][auth][stores]")
{
    Server s;
    Server::Session op = s.signIn(QStringLiteral("op"));
    const QString pull = QString::fromLatin1(SyncProtocol::PullPath);
    const QJsonObject body{{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), op.clientId},
                           {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("epoch"), QStringLiteral("x")},
                           {QStringLiteral("cursor"), 0}};
    CHECK(Server::code(s.call("POST", pull, body, op.token)) == QStringLiteral("sync.snapshot-required")); // signed in; wrong epoch
    CHECK(Server::code(s.call("POST", pull, body)) == QStringLiteral("auth.no-token"));
    CHECK(Server::code(s.call("POST", pull, body, QStringLiteral("forged"))) == QStringLiteral("auth.invalid-token"));

    // Another tenant's token, naming this tenant: refused, and its own tenant's data is all it reaches.
    Server::Session patras = s.signIn(QStringLiteral("op"), QStringLiteral("PAT"));
    QJsonObject asAthens = body;
    asAthens.insert(QStringLiteral("clientId"), patras.clientId);
    CHECK(Server::code(s.call("POST", pull, asAthens, patras.token)) == QStringLiteral("auth.wrong-tenant"));
    CHECK(Server::code(s.call("GET", QString::fromLatin1(SyncProtocol::SnapshotPath) + QStringLiteral("?tenant=ATH"), {}, patras.token))
          == QStringLiteral("auth.wrong-tenant"));
    // A desk registered with Athens cannot be used with a Patras sign-in.
    QJsonObject borrowed = body;
    borrowed.insert(QStringLiteral("tenant"), QStringLiteral("PAT"));
    CHECK(Server::code(s.call("POST", pull, borrowed, patras.token)) == QStringLiteral("sync.unknown-desk"));

    CHECK(s.call("POST", QString::fromLatin1(SyncProtocol::LogoutPath), {}, op.token).status == 200);
    CHECK(Server::code(s.call("POST", pull, body, op.token)) == QStringLiteral("auth.token-revoked"));

    Server::Session staff = s.signIn(QStringLiteral("staff"));
    s.now += 13LL * 3600 * 1000;
    QJsonObject staffBody = body;
    staffBody.insert(QStringLiteral("clientId"), staff.clientId);
    CHECK(Server::code(s.call("POST", pull, staffBody, staff.token)) == QStringLiteral("auth.token-expired"));

    Server::Session sup = s.signIn(QStringLiteral("sup"));
    REQUIRE(s.catalog->setActive(QStringLiteral("ATH"), QStringLiteral("sup"), false).ok());
    QJsonObject supBody = body;
    supBody.insert(QStringLiteral("clientId"), sup.clientId);
    CHECK(Server::code(s.call("POST", pull, supBody, sup.token)) == QStringLiteral("auth.token-revoked"));
}

TEST_CASE("every role against every mutation: the permitted ones run, the others are refused with a code", "[sync][roles][stores]")
{
    // The table itself.
    struct Row
    {
        const char *command;
        bool op, staff, head, sup, admin;
    };
    using namespace CommandName;
    const Row table[] = {{FileRequest, true, true, true, true, true},       {JoinRequest, true, true, true, true, true},
                         {Transition, true, true, true, true, true},        {Reroute, true, true, true, true, true},
                         {Assign, false, true, true, true, true},           {AddNote, true, true, true, true, true},
                         {LinkDuplicate, true, true, true, true, true},     {RateSatisfaction, true, false, false, true, true},
                         {SaveCitizen, true, false, false, true, true},     {MergeCitizens, true, false, false, true, true},
                         {StartCall, true, false, false, true, true},       {SetCallCitizen, true, false, false, true, true},
                         {LinkCall, true, false, false, true, true},        {EndCall, true, false, false, true, true},
                         {SaveTemplate, false, false, false, false, true},  {SendCampaign, false, false, false, true, true},
                         {SetAlertsByEmail, true, true, true, true, true},
                         {SaveDraft, false, false, false, false, false},    {ReceiveMail, false, false, false, false, false},
                         {SetMailAside, true, false, false, true, true}};
    REQUIRE(std::size(table) == size_t(CommandRunner::names().size()));
    for (const Row &row : table) {
        const QString name = QString::fromLatin1(row.command);
        const bool expected[] = {row.op, row.staff, row.head, row.sup, row.admin};
        const Role roles[] = {Role::Operator, Role::DepartmentStaff, Role::DepartmentHead, Role::Supervisor, Role::Administrator};
        for (int i = 0; i < 5; ++i) {
            INFO(row.command << " as " << toCode(roles[i]).toStdString());
            CHECK((Permissions::mayRun(roles[i], name) && !Permissions::isLocalOnly(name)) == expected[i]);
        }
    }

    // Through the server: refusals recorded with their codes; the workflow's own scope for a department.
    Server s;
    Server::Session op = s.signIn(QStringLiteral("op")), staff = s.signIn(QStringLiteral("staff"));
    const QString request = s.roadsRequest();
    REQUIRE_FALSE(request.isEmpty());
    QJsonObject r = s.push(op, 1, Assign, {{QStringLiteral("requestId"), request}});
    CHECK(r.value(QStringLiteral("outcome")).toString() == QStringLiteral("rejected"));
    CHECK(r.value(QStringLiteral("code")).toString() == QStringLiteral("auth.forbidden"));
    r = s.push(staff, 1, StartCall, {{QStringLiteral("number"), QStringLiteral("6944123456")}});
    CHECK(r.value(QStringLiteral("code")).toString() == QStringLiteral("auth.forbidden"));
    r = s.push(op, 2, SaveDraft, {{QStringLiteral("key"), QStringLiteral("k")}, {QStringLiteral("payload"), QJsonObject{{QStringLiteral("a"), 1}}}});
    CHECK(r.value(QStringLiteral("code")).toString() == QStringLiteral("sync.local-only"));
    // An operator may not close a department's request; the department's staff may accept it.
    r = s.push(op, 3, Transition, {{QStringLiteral("requestId"), request}, {QStringLiteral("to"), QStringLiteral("closed")}});
    CHECK(r.value(QStringLiteral("outcome")).toString() == QStringLiteral("rejected"));
    r = s.push(staff, 2, Transition, {{QStringLiteral("requestId"), request}, {QStringLiteral("to"), QStringLiteral("accepted")}});
    CHECK(r.value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
    // Another department's staff: the workflow's scope refuses.
    REQUIRE(TenantAdmin::addUser(*s.catalog, QStringLiteral("ATH"), QStringLiteral("other"), Role::DepartmentStaff, s.otherCode, password).ok());
    Server::Session other = s.signIn(QStringLiteral("other"));
    r = s.push(other, 1, Transition, {{QStringLiteral("requestId"), request}, {QStringLiteral("to"), QStringLiteral("in_progress")}});
    CHECK(r.value(QStringLiteral("outcome")).toString() == QStringLiteral("rejected"));
    CHECK(r.value(QStringLiteral("code")).toString() == QStringLiteral("workflow.refused"));
    // With its message code and arguments, for the desk to say it in its operator's language.
    CHECK(r.value(QStringLiteral("answer")).toObject().value(QStringLiteral("key")).toString() == QStringLiteral("refused.other-department"));
    // A command in another user's name.
    Server::Session forger = op;
    forger.userId = staff.userId;
    r = s.push(forger, 4, AddNote, {{QStringLiteral("requestId"), request}, {QStringLiteral("text"), QStringLiteral("x")}});
    CHECK(r.value(QStringLiteral("code")).toString() == QStringLiteral("sync.actor-mismatch"));
}

TEST_CASE("a mutation pushed again is answered from the record, forged and out-of-order ids are refused", "[sync][push][stores]")
{
    Server s;
    Server::Session op = s.signIn(QStringLiteral("op"));
    const QString request = s.roadsRequest();
    const Command note{newRowId(s.now), QString::fromLatin1(CommandName::AddNote), s.now, op.userId,
                       {{QStringLiteral("requestId"), request}, {QStringLiteral("text"), QStringLiteral("once")}}};
    const auto pushAs = [&](qint64 id, const Command &c) {
        return Server::json(s.call("POST", QString::fromLatin1(SyncProtocol::PushPath),
                                   {{QStringLiteral("tenant"), QStringLiteral("ATH")},
                                    {QStringLiteral("clientId"), op.clientId},
                                    {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                                    {QStringLiteral("mutations"), QJsonArray{QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("command"), c.toJson()}}}}},
                                   op.token))
            .value(QStringLiteral("results"))
            .toArray()
            .at(0)
            .toObject();
    };
    std::unique_ptr<Database> db = std::move(s.catalog->tenantData(QStringLiteral("ATH")).open()).value();
    const qsizetype before = RequestRepository(*db).events(request).size();
    CHECK(pushAs(1, note).value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
    const qint64 seq = SyncStore(*db).currentSeq();
    const QJsonObject again = pushAs(1, note);
    CHECK(again.value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
    CHECK(again.value(QStringLiteral("duplicate")).toBool());
    CHECK(RequestRepository(*db).events(request).size() == before + 1);
    CHECK(SyncStore(*db).currentSeq() == seq); // nothing written
    Command other = note;
    other.id = newRowId(s.now + 5);
    CHECK(pushAs(1, other).value(QStringLiteral("code")).toString() == QStringLiteral("sync.forged-mutation"));
    CHECK(pushAs(5, other).value(QStringLiteral("code")).toString() == QStringLiteral("sync.mutation-gap"));
    CHECK(RequestRepository(*db).events(request).size() == before + 1);
}

TEST_CASE("bad input: a 4xx with a machine-readable code, nothing applied, the server answers the next request", "[sync][input][stores]")
{
    Server s;
    Server::Session op = s.signIn(QStringLiteral("op"));
    const QString push = QString::fromLatin1(SyncProtocol::PushPath);
    std::unique_ptr<Database> db = std::move(s.catalog->tenantData(QStringLiteral("ATH")).open()).value();
    const auto seq = [&] { return SyncStore(*db).currentSeq(); };
    const qint64 start = seq();
    const auto body = [&](QJsonValue mutations, int schema = Database::currentSchemaVersion) {
        return QJsonObject{{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), op.clientId},
                           {QStringLiteral("schemaVersion"), schema}, {QStringLiteral("mutations"), mutations}};
    };
    CHECK(Server::code(s.raw("{not json", push, op.token)) == QStringLiteral("request.malformed-json"));
    CHECK(Server::code(s.raw("[1,2]", push, op.token)) == QStringLiteral("request.malformed-json"));
    CHECK(Server::code(s.call("POST", push, body(QStringLiteral("many")), op.token)) == QStringLiteral("request.bad-field"));
    CHECK(Server::code(s.call("POST", push, body(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("one")}}}), op.token))
          == QStringLiteral("sync.malformed-mutation"));
    const Command unknown{newRowId(s.now), QStringLiteral("request.teleport"), s.now, op.userId, {}};
    QJsonObject r = Server::json(s.call("POST", push, body(QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("command"), unknown.toJson()}}}), op.token));
    CHECK(r.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("command.unknown"));
    // Mutation numbers and a resume's last answered change are whole numbers.
    for (const QJsonValue &bad : {QJsonValue(1.5), QJsonValue(0), QJsonValue(-3), QJsonValue(1e30)})
        CHECK(Server::code(s.call("POST", push, body(QJsonArray{QJsonObject{{QStringLiteral("id"), bad}, {QStringLiteral("command"), unknown.toJson()}}}), op.token))
              == QStringLiteral("sync.malformed-mutation"));
    for (const QJsonValue &bad : {QJsonValue(2.5), QJsonValue(-1), QJsonValue(QStringLiteral("3"))})
        CHECK(Server::code(s.call("POST", QString::fromLatin1(SyncProtocol::ResumePath),
                                  {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), op.clientId},
                                   {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("after"), bad}},
                                  op.token))
              == QStringLiteral("request.bad-field"));
    HttpResponse old = s.call("POST", push, body(QJsonArray{}, Database::currentSchemaVersion - 1), op.token);
    CHECK(old.status == 426);
    CHECK(Server::code(old) == QStringLiteral("sync.client-outdated"));
    HttpResponse newer = s.call("POST", push, body(QJsonArray{}, Database::currentSchemaVersion + 1), op.token);
    CHECK(newer.status == 400);
    CHECK(Server::code(newer) == QStringLiteral("sync.schema-unknown"));
    QJsonArray tooMany;
    for (int i = 0; i <= SyncProtocol::MaxPushBatch; ++i)
        tooMany.append(QJsonObject{{QStringLiteral("id"), i + 1}, {QStringLiteral("command"), unknown.toJson()}});
    CHECK(s.call("POST", push, body(tooMany), op.token).status == 413);
    CHECK(s.call("GET", QStringLiteral("/api/v1/nothing"), {}, op.token).status == 404);
    CHECK(s.call("GET", push, {}, op.token).status == 405);
    CHECK(Server::code(s.call("POST", QString::fromLatin1(SyncProtocol::PullPath),
                              {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), op.clientId},
                               {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("epoch"), SyncStore(*db).epoch()},
                               {QStringLiteral("cursor"), 0}, {QStringLiteral("keys"), QJsonArray{QJsonObject{{QStringLiteral("t"), QStringLiteral("local_setting")}}}}},
                              op.token))
          == QStringLiteral("sync.malformed"));
    // A desk code someone else has.
    Server::Session staff = s.signIn(QStringLiteral("staff"));
    const HttpResponse taken = s.call("POST", QString::fromLatin1(SyncProtocol::RegisterPath),
                                      {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), newRowId(s.now + 99)},
                                       {QStringLiteral("code"), op.deskCode}},
                                      staff.token);
    CHECK(taken.status == 409);
    CHECK(Server::code(taken) == QStringLiteral("sync.desk-code-taken"));
    // A filed request under another desk's number.
    r = s.push(staff, 1, CommandName::FileRequest, {{QStringLiteral("draft"), QJsonObject{}}, {QStringLiteral("trackingNumber"), QStringLiteral("27-") + op.deskCode + QStringLiteral("-00001")}});
    CHECK(r.value(QStringLiteral("code")).toString() == QStringLiteral("sync.foreign-tracking-number"));
    CHECK(seq() == start); // none of it changed a row
    CHECK(s.call("GET", QString::fromLatin1(SyncProtocol::HealthPath), {}).status == 200);
}

TEST_CASE("the HTTP parser: whole requests, limits, and a clear refusal of what is not HTTP", "[sync][http][stores]")
{
    HttpParser::Limits limits;
    limits.maxBodyBytes = 64;
    HttpRequest r;
    const QByteArray ok = "POST /api/v1/sync/push?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nAuthorization: Bearer t\r\n\r\n{}GET";
    HttpParser::Result p = HttpParser::parse(ok.left(20), limits, r);
    CHECK(p.outcome == HttpParser::Outcome::NeedMore);
    p = HttpParser::parse(ok, limits, r);
    REQUIRE(p.outcome == HttpParser::Outcome::Complete);
    CHECK(p.consumed == ok.size() - 3);
    CHECK(r.path == QStringLiteral("/api/v1/sync/push"));
    CHECK(r.query.queryItemValue(QStringLiteral("x")) == QStringLiteral("1"));
    CHECK(r.body == "{}");
    CHECK(r.header("authorization") == "Bearer t");
    const auto status = [&](const QByteArray &bytes) { return HttpParser::parse(bytes, limits, r).status; };
    CHECK(status("POST /x HTTP/1.1\r\nContent-Length: 65\r\n\r\n") == 413);
    CHECK(status("POST /x HTTP/1.1\r\n\r\n") == 411);
    CHECK(status("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n") == 400);
    CHECK(status("POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") == 400);
    CHECK(status("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") == 501);
    CHECK(status("GET /x HTTP/2\r\n\r\n") == 505);
    CHECK(status("GET x HTTP/1.1\r\n\r\n") == 400);
    CHECK(status("GET /x HTTP/1.1\r\n folded\r\n\r\n") == 400);
    const char hello[] = "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n";
    CHECK(status(QByteArray(hello, sizeof hello - 1)) == 400); // TLS spoken to a plain port
    CHECK(status(QByteArray(20000, 'a')) == 431);
}

TEST_CASE("behind a load balancer: the client's address is the one a trusted proxy names, never one anyone else writes", "[sync][http]")
{
    HttpRequest r;
    r.peer = QStringLiteral("10.0.0.5");
    r.headers.insert("x-forwarded-for", "203.0.113.9");
    const QStringList haproxy{QStringLiteral("10.0.0.5")};
    CHECK(clientAddress(r, haproxy) == QStringLiteral("203.0.113.9"));
    CHECK(clientAddress(r, {}) == QStringLiteral("10.0.0.5")); // no proxy trusted: the header is anyone's
    // A client that writes the header itself: HAProxy appends what it saw, and that last entry is the one taken.
    r.headers.insert("x-forwarded-for", "198.51.100.1, 203.0.113.9");
    CHECK(clientAddress(r, haproxy) == QStringLiteral("203.0.113.9"));
    // From a peer that is not the proxy, the header is ignored.
    r.peer = QStringLiteral("203.0.113.50");
    CHECK(clientAddress(r, haproxy) == QStringLiteral("203.0.113.50"));
    // The proxy's address as an IPv4-mapped IPv6 peer is the same proxy.
    r.peer = QStringLiteral("::ffff:10.0.0.5");
    CHECK(clientAddress(r, haproxy) == QStringLiteral("203.0.113.9"));
    // A last entry that is not an address, or no header: the peer.
    r.headers.insert("x-forwarded-for", "203.0.113.9, unknown");
    CHECK(clientAddress(r, haproxy) == QStringLiteral("::ffff:10.0.0.5"));
    r.headers.remove("x-forwarded-for");
    CHECK(clientAddress(r, haproxy) == QStringLiteral("::ffff:10.0.0.5"));
    // The server's flag: addresses only.
    Result<ServerConfig> bad = ServerConfig::fromArguments({QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--trusted-proxy"), QStringLiteral("haproxy.local")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("config.trusted-proxy"));
    Result<ServerConfig> good = ServerConfig::fromArguments({QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--trusted-proxy"), QStringLiteral("10.0.0.5, 10.0.0.6")});
    REQUIRE(good.ok());
    CHECK(good->trustedProxies == QStringList{QStringLiteral("10.0.0.5"), QStringLiteral("10.0.0.6")});
}

TEST_CASE("desk codes: two characters for the first 216 desks, then three, never twice", "[sync][desks][stores]")
{
    QTemporaryDir dir;
    Test::TestCatalog store(dir.path());
    std::unique_ptr<ServerCatalog> &catalog = store.catalog;
    REQUIRE(catalog->addTenant({QStringLiteral("ATH"), QStringLiteral("t1"), QStringLiteral("Athens"), QStringLiteral("GR"), 1}).ok());
    QSet<QString> codes;
    for (int i = 0; i < 230; ++i) {
        Result<ServerCatalog::Desk> d = catalog->registerDesk(QStringLiteral("ATH"), QStringLiteral("client-%1").arg(i), {}, QStringLiteral("op"), 1);
        REQUIRE(d.ok());
        codes.insert(d->code);
        CHECK(d->code.size() == (i < 216 ? 2 : 3));
        CHECK_FALSE(d->code.contains(u'I'));
        CHECK_FALSE(d->code.contains(u'O'));
    }
    CHECK(codes.size() == 230);
    CHECK(catalog->desks(QStringLiteral("ATH")).first().code == QStringLiteral("A1"));
    // The same desk again keeps its code; a code asked for that is another's is refused.
    CHECK(catalog->registerDesk(QStringLiteral("ATH"), QStringLiteral("client-0"), {}, QStringLiteral("op"), 2)->code == QStringLiteral("A1"));
    CHECK(catalog->registerDesk(QStringLiteral("ATH"), QStringLiteral("client-new"), QStringLiteral("A1"), QStringLiteral("op"), 2).error().code
          == QStringLiteral("sync.desk-code-taken"));
}

TEST_CASE("two desks edit one citizen from the same version: the later edit stands, the other is kept as a conflict", "[sync][conflict][stores]")
{
    Server s;
    Server::Session op = s.signIn(QStringLiteral("op")), sup = s.signIn(QStringLiteral("sup"));
    std::unique_ptr<Database> db = std::move(s.catalog->tenantData(QStringLiteral("ATH")).open()).value();
    const Citizen before = *CitizenRepository(*db).getByLocalId(1);
    const auto edit = [&](const QString &notes) {
        Citizen c = before;
        c.notes = notes;
        return QJsonObject{{QStringLiteral("citizen"), QJsonDocument::fromJson(citizenToJson(c).toUtf8()).object()},
                           {QStringLiteral("isNew"), false},
                           {QStringLiteral("baseUpdatedAt"), QString::number(before.stamp.updatedAt)}};
    };
    // The operator edits offline at 10:00 and pushes late; the supervisor edits at 10:05 and pushes first.
    const qint64 t0 = s.now;
    s.now = t0 + 5 * 60000;
    QJsonObject r = s.push(sup, 1, CommandName::SaveCitizen, edit(QStringLiteral("supervisor's notes")));
    REQUIRE(r.value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
    CHECK_FALSE(r.value(QStringLiteral("answer")).toObject().contains(QStringLiteral("conflict")));
    // The operator's command carries the time it was made: earlier.
    const Command late{newRowId(t0), QString::fromLatin1(CommandName::SaveCitizen), t0, op.userId, edit(QStringLiteral("operator's notes"))};
    const HttpResponse pushed = s.call("POST", QString::fromLatin1(SyncProtocol::PushPath),
                                       {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), op.clientId},
                                        {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                                        {QStringLiteral("mutations"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("command"), late.toJson()}}}}},
                                       op.token);
    r = Server::json(pushed).value(QStringLiteral("results")).toArray().at(0).toObject();
    REQUIRE(r.value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
    CHECK(r.value(QStringLiteral("answer")).toObject().value(QStringLiteral("kept")).toBool() == false);
    CHECK(CitizenRepository(*db).get(before.id)->notes == QStringLiteral("supervisor's notes"));
    const QList<CitizenConflict> conflicts = ConflictStore(*db).involving(op.userId);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].keptBy == sup.userId);
    CHECK(conflicts[0].lostBy == op.userId);
    CHECK(citizenFromJson(conflicts[0].lostValues).notes == QStringLiteral("operator's notes"));
    CHECK(ConflictStore(*db).involving(sup.userId).size() == 1); // both see it
    // One's own later edit from an older version is no conflict.
    s.now = t0 + 10 * 60000;
    r = s.push(sup, 2, CommandName::SaveCitizen, edit(QStringLiteral("supervisor again")));
    CHECK_FALSE(r.value(QStringLiteral("answer")).toObject().contains(QStringLiteral("conflict")));
    CHECK(ConflictStore(*db).involving({}).size() == 1);
}

namespace {

/// A statement run as the test cluster's superuser in @p conninfo's database; its first value, or "ERROR: ...".
QString adminSql(const QString &conninfo, const QString &sql)
{
    PGconn *c = PQconnectdb(conninfo.toUtf8().constData());
    PGresult *r = PQexec(c, sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(r);
    const QString out = st == PGRES_TUPLES_OK && PQntuples(r) > 0 ? QString::fromUtf8(PQgetvalue(r, 0, 0))
                        : st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? QString()
                                                                          : QStringLiteral("ERROR: ") + QString::fromUtf8(PQerrorMessage(c));
    PQclear(r);
    PQfinish(c);
    return out;
}

/// A small file system (tmpfs) for a tablespace of the test cluster, owned by the cluster's system user: the
/// database's disk, which the test fills up and frees. Mounting needs root; without it the test says so.
struct SmallDisk
{
    QTemporaryDir dir;
    QString admin;
    QString tablespace = QStringLiteral("cd_small_%1").arg(QCoreApplication::applicationPid());
    bool mounted = false;
    bool created = false;

    explicit SmallDisk(const QString &adminConninfo) : admin(adminConninfo)
    {
        const QString dataDir = adminSql(admin, QStringLiteral("SHOW data_directory"));
        struct stat owner{};
        if (::geteuid() != 0 || dataDir.startsWith(QLatin1String("ERROR")) || ::stat(dataDir.toLocal8Bit().constData(), &owner) != 0)
            return;
        const QString options = QStringLiteral("size=4m,mode=700,uid=%1,gid=%2").arg(owner.st_uid).arg(owner.st_gid);
        mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                                              QStringLiteral("tmpfs"), dir.path()}) == 0;
        if (mounted)
            created = adminSql(admin, QStringLiteral("CREATE TABLESPACE %1 LOCATION '%2'").arg(tablespace, dir.path())).isEmpty();
    }
    ~SmallDisk()
    {
        if (created)
            adminSql(admin, QStringLiteral("DROP TABLESPACE IF EXISTS %1").arg(tablespace));
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {dir.path()});
    }
    QString fillerPath() const { return dir.path() + QStringLiteral("/filler"); }
    /// Writes a file as root until the disk has no room left.
    void fill() const
    {
        QFile f(fillerPath());
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
        const QByteArray small(512, 'x');
        while (f.write(small) == small.size() && f.flush()) {
        }
    }
    void free() const { QFile::remove(fillerPath()); }
};

} // namespace

TEST_CASE("a full disk under PostgreSQL: a push fails whole with a clear message and nothing applied, and once there is room the desk's same mutations apply once", "[sync][postgres]")
{
    REQUIRE(Test::serverOnPostgres()); // run by ctest's PostgreSQL pass only
    std::unique_ptr<SmallDisk> disk;
    {
        Server s;
        Server::Session op = s.signIn(QStringLiteral("op"));
        const QString request = s.roadsRequest();
        REQUIRE_FALSE(request.isEmpty());
        const QString admin = s.store.pg->adminConninfo();
        disk = std::make_unique<SmallDisk>(admin);
        if (!disk->created) {
            WARN("not tested: a small file system for a tablespace needs root (mount -t tmpfs)");
            return;
        }
        // The requests' history lives on the small disk, its indexes too.
        REQUIRE(adminSql(admin, QStringLiteral("ALTER TABLE request_event SET TABLESPACE %1").arg(disk->tablespace)).isEmpty());
        const QString indexes = adminSql(admin, QStringLiteral("SELECT string_agg(format('ALTER INDEX %I SET TABLESPACE %1', indexname), '; ') "
                                                               "FROM pg_indexes WHERE tablename = 'request_event'").arg(disk->tablespace));
        REQUIRE(adminSql(admin, indexes).isEmpty());
        std::unique_ptr<Database> db = std::move(s.catalog->tenantData(QStringLiteral("ATH")).open()).value();
        const qsizetype before = RequestRepository(*db).events(request).size();
        const qint64 seqBefore = SyncStore(*db).currentSeq();
        disk->fill();

        // A push of notes that cannot all be written: the first new mutation is answered skipped with the store's
        // reason, and nothing of the push is kept (its other notes were in the same transaction).
        const auto note = [&](int n) {
            QString text = QStringLiteral("note %1 ").arg(n);
            for (int i = 0; i < 300; ++i)
                text += QString::number(QRandomGenerator::global()->generate64(), 36);
            return QJsonObject{{QStringLiteral("requestId"), request}, {QStringLiteral("text"), text}};
        };
        QJsonArray batch;
        QList<Command> commands;
        for (int i = 0; i < 20; ++i) {
            s.now += 1000;
            commands.append(Command{newRowId(s.now), QString::fromLatin1(CommandName::AddNote), s.now, op.userId, note(i)});
            batch.append(QJsonObject{{QStringLiteral("id"), i + 1}, {QStringLiteral("command"), commands.last().toJson()}});
        }
        const QJsonObject body{{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), op.clientId},
                               {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("mutations"), batch}};
        const HttpResponse full = s.call("POST", QString::fromLatin1(SyncProtocol::PushPath), body, op.token);
        REQUIRE(full.status == 200);
        const QJsonArray results = Server::json(full).value(QStringLiteral("results")).toArray();
        REQUIRE(results.size() == 1);
        CHECK(results.at(0).toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("skipped"));
        CHECK(results.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("db.full"));
        CHECK(results.at(0).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("out of disk space")));
        CHECK(Server::json(full).value(QStringLiteral("lastMutationId")).toInteger() == 0);
        CHECK(RequestRepository(*db).events(request).size() == before);
        CHECK(SyncStore(*db).currentSeq() == seqBefore);
        // The server still answers what needs no room: a pull, its health.
        CHECK(s.call("GET", QString::fromLatin1(SyncProtocol::HealthPath), {}).status == 200);

        // Room again (the administrator freed the disk): the desk sends the same push, and every note is there once.
        disk->free();
        const HttpResponse again = s.call("POST", QString::fromLatin1(SyncProtocol::PushPath), body, op.token);
        REQUIRE(again.status == 200);
        const QJsonArray applied = Server::json(again).value(QStringLiteral("results")).toArray();
        REQUIRE(applied.size() == 20);
        for (const QJsonValue &r : applied)
            CHECK(r.toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
        CHECK(RequestRepository(*db).events(request).size() == before + 20);
        CHECK(SyncStore(*db).currentSeq() == seqBefore + 1);
    } // the database dropped: the tablespace is empty and goes, then the disk
}

TEST_CASE("two server instances over one PostgreSQL database: a push through one wakes the desks waiting on the other, and both answer the same pull", "[sync][postgres]")
{
    REQUIRE(Test::serverOnPostgres()); // run by ctest's PostgreSQL pass only
    Server s;
    Server::Session op = s.signIn(QStringLiteral("op"));
    // Instance B: a catalog connection and a service of its own over the same database; the token signed in
    // through A holds there.
    Result<std::unique_ptr<ServerCatalog>> catalogB = ServerCatalog::openPostgres(s.store.pg->conninfo());
    REQUIRE(catalogB.ok());
    SyncService::Options o;
    o.clock = [&s] { return s.now; };
    std::unique_ptr<SyncService> b = std::make_unique<SyncService>(*catalogB.value(), o);
    const auto on = [&](std::unique_ptr<SyncService> &instance, const std::function<HttpResponse()> &call) {
        std::swap(s.service, instance);
        const HttpResponse r = call();
        std::swap(s.service, instance);
        return r;
    };
    const QString epoch = SyncStore(*s.catalog->tenantData(QStringLiteral("ATH")).open().value()).epoch();
    const auto pull = [&](qint64 cursor) {
        return s.call("POST", QString::fromLatin1(SyncProtocol::PullPath),
                      {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), op.clientId},
                       {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("epoch"), epoch},
                       {QStringLiteral("cursor"), cursor}},
                      op.token);
    };
    const HttpResponse first = on(b, [&] { return pull(0); });
    REQUIRE(first.status == 200);
    const qint64 cursor = Server::json(first).value(QStringLiteral("cursor")).toInteger();

    QSignalSpy woken(b.get(), &SyncService::changed);
    const QString request = s.roadsRequest();
    REQUIRE_FALSE(request.isEmpty());
    const QJsonObject pushed = s.push(op, 1, CommandName::AddNote, {{QStringLiteral("requestId"), request}, {QStringLiteral("text"), QStringLiteral("through A")}});
    REQUIRE(pushed.value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
    // B hears the commit (LISTEN/NOTIFY) and wakes its desks; the seq is the one A wrote.
    REQUIRE(woken.wait(5000));
    CHECK(woken.first().at(0).toString() == QStringLiteral("ATH"));
    CHECK(woken.first().at(1).toLongLong() > cursor);
    const HttpResponse atB = on(b, [&] { return pull(cursor); });
    const HttpResponse atA = pull(cursor);
    REQUIRE(atB.status == 200);
    CHECK(Server::json(atB).value(QStringLiteral("cursor")).toInteger() == woken.first().at(1).toLongLong());
    CHECK(Server::json(atB) == Server::json(atA));
    CHECK(QString::fromUtf8(atB.body).contains(QStringLiteral("through A")));
    // A push through B after A's: one commit order for both.
    const QJsonObject second = on(b, [&] {
        s.now += 1000;
        const Command c{newRowId(s.now), QString::fromLatin1(CommandName::AddNote), s.now, op.userId,
                        {{QStringLiteral("requestId"), request}, {QStringLiteral("text"), QStringLiteral("through B")}}};
        return s.call("POST", QString::fromLatin1(SyncProtocol::PushPath),
                      {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), op.clientId},
                       {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                       {QStringLiteral("mutations"), QJsonArray{QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("command"), c.toJson()}}}}},
                      op.token);
    }).status == 200 ? QJsonObject{} : QJsonObject{{QStringLiteral("failed"), true}};
    CHECK(second.isEmpty());
    const QJsonObject afterBoth = Server::json(pull(cursor));
    CHECK(afterBoth.value(QStringLiteral("cursor")).toInteger() == woken.first().at(1).toLongLong() + 1);
}

TEST_CASE("a copy for new desks is made once per scope and sent to each desk joining within ten minutes, which pulls what changed since", "[sync][scopes][snapshot][stores]")
{
    Server s;
    Server::Session staff = s.signIn(QStringLiteral("staff")), head = s.signIn(QStringLiteral("head")), op = s.signIn(QStringLiteral("op")),
                    sup = s.signIn(QStringLiteral("sup"));
    const QString twelve = QString::fromLatin1(SyncProtocol::SnapshotPath) + QStringLiteral("?tenant=ATH&months=12");
    struct Got
    {
        qint64 cursor = -1;
        QString epoch;
        QByteArray hash;
        QString file;
    };
    // What a desk receives: the answer's cursor and the copy's bytes; the file is removed once read, as the HTTP
    // layer removes it once sent.
    const auto fetch = [&](const QString &path, const Server::Session &who) {
        const HttpResponse r = s.call("GET", path, {}, who.token);
        REQUIRE(r.status == 200);
        Got g;
        for (const auto &[name, value] : r.headers)
            if (name == "X-CivicDesk-Cursor")
                g.cursor = value.toLongLong();
            else if (name == "X-CivicDesk-Epoch")
                g.epoch = QString::fromLatin1(value);
        g.file = r.bodyFile;
        QFile f(r.bodyFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        g.hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        f.close();
        REQUIRE(QFile::remove(r.bodyFile));
        return g;
    };
    const Got first = fetch(twelve, staff);
    CHECK(first.cursor >= 0);
    // A change meanwhile: the next desk of the same department gets the same copy, at the same seq, and pulls it.
    const QJsonObject accepted = s.push(head, 1, CommandName::Transition, {{QStringLiteral("requestId"), s.roadsRequest()}, {QStringLiteral("to"), QStringLiteral("accepted")}});
    REQUIRE(accepted.value(QStringLiteral("outcome")).toString() == QStringLiteral("applied"));
    const Got second = fetch(twelve, head);
    CHECK(second.cursor == first.cursor);
    CHECK(second.hash == first.hash);
    CHECK(second.file != first.file);
    // Its pull from that seq brings the change the copy does not hold.
    const QJsonObject pulled = Server::json(s.call("POST", QString::fromLatin1(SyncProtocol::PullPath),
                                                    {{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), head.clientId},
                                                     {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                                                     {QStringLiteral("epoch"), second.epoch}, {QStringLiteral("cursor"), second.cursor},
                                                     {QStringLiteral("scope"), QJsonObject{{QStringLiteral("months"), 12}}}},
                                                    head.token));
    CHECK(pulled.value(QStringLiteral("cursor")).toInteger() > second.cursor);
    CHECK_FALSE(pulled.value(QStringLiteral("rows")).toArray().isEmpty());
    // Another scope (an operator: no department; a whole replica) is a copy of its own, made now.
    const Got operators = fetch(twelve, op);
    CHECK(operators.cursor > first.cursor);
    CHECK(operators.hash != first.hash);
    const Got whole = fetch(QString::fromLatin1(SyncProtocol::SnapshotPath) + QStringLiteral("?tenant=ATH"), sup);
    CHECK(whole.cursor == operators.cursor);
    // Ten minutes on, the department's copy is made again, at the seq of now.
    s.now += 10 * 60 * 1000;
    const Got later = fetch(twelve, staff);
    CHECK(later.cursor == operators.cursor);
    CHECK(later.hash != first.hash);
    // The copies kept are removed with the service.
    const QString folder = QFileInfo(later.file).absolutePath();
    const auto kept = [&] { return QDir(folder).entryList({QStringLiteral("civicdesk-snapshot-%1-ATH-*").arg(QCoreApplication::applicationPid())}, QDir::Files).size(); };
    CHECK(kept() == 3); // the department's, the operators' and the whole one
    s.service.reset();
    CHECK(kept() == 0);
}

TEST_CASE("a partial replica's scope: its department's requests while the department exists, the open and recent ones once it is gone", "[sync][scopes][stores]")
{
    Server s;
    // A department of its own for one member of staff, with nothing of it yet.
    QString departmentId, tenantId;
    {
        std::unique_ptr<Database> db = std::move(s.catalog->tenantData(QStringLiteral("ATH")).open()).value();
        OrganisationRepository org(*db);
        const QList<Department> all = org.departments();
        REQUIRE_FALSE(all.isEmpty());
        Department d;
        d.id = newRowId(s.now);
        d.tenantId = all.first().tenantId;
        d.kind = DepartmentKind::Department;
        d.name = LocalizedText{{QStringLiteral("en"), QStringLiteral("Temporary works")}};
        d.code = QStringLiteral("TMPW");
        d.stamp = {s.now, QStringLiteral("test")};
        REQUIRE(org.saveDepartment(d).ok());
        departmentId = d.id;
    }
    REQUIRE(TenantAdmin::addUser(*s.catalog, QStringLiteral("ATH"), QStringLiteral("temp"), Role::DepartmentStaff, QStringLiteral("TMPW"), password).ok());
    Server::Session staff = s.signIn(QStringLiteral("temp"));
    const QString pull = QString::fromLatin1(SyncProtocol::PullPath);
    QJsonObject body{{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), staff.clientId},
                     {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("epoch"), QStringLiteral("?")},
                     {QStringLiteral("cursor"), 0}, {QStringLiteral("scope"), QJsonObject{{QStringLiteral("months"), 12}}}};
    body.insert(QStringLiteral("epoch"), Server::json(s.call("POST", pull, body, staff.token)).value(QStringLiteral("epoch")));
    const HttpResponse first = s.call("POST", pull, body, staff.token);
    REQUIRE(first.status == 200);
    const QJsonObject scope = Server::json(first).value(QStringLiteral("scope")).toObject();
    CHECK(scope.value(QStringLiteral("department")).toString() == departmentId);
    // Twelve months before the server's clock.
    CHECK(scope.value(QStringLiteral("since")).toInteger() == QDateTime::fromMSecsSinceEpoch(s.now, QTimeZone::utc()).addMonths(-12).toMSecsSinceEpoch());

    // The department is taken out of the organisation (its member left in it at the server's sign-ins): the desk
    // goes on with the open and recent requests.
    {
        std::unique_ptr<Database> db = std::move(s.catalog->tenantData(QStringLiteral("ATH")).open()).value();
        REQUIRE(db->exec(QStringLiteral("UPDATE app_user SET department_id = NULL WHERE department_id = '%1'").arg(departmentId)).ok());
        REQUIRE(db->exec(QStringLiteral("DELETE FROM department WHERE id = '%1'").arg(departmentId)).ok());
    }
    const HttpResponse gone = s.call("POST", pull, body, staff.token);
    REQUIRE(gone.status == 200);
    CHECK(Server::json(gone).value(QStringLiteral("scope")).toObject().value(QStringLiteral("department")).toString().isEmpty());

    // A scope that is not one: refused with its code, nothing read.
    for (const QJsonValue &bad : {QJsonValue(QJsonObject{{QStringLiteral("months"), 0}}), QJsonValue(QJsonObject{{QStringLiteral("months"), 999}}),
                                  QJsonValue(QStringLiteral("12")), QJsonValue(QJsonObject{{QStringLiteral("months"), 12}, {QStringLiteral("pinned"), QJsonArray{1, 2}}})}) {
        QJsonObject wrong = body;
        wrong.insert(QStringLiteral("scope"), bad);
        const HttpResponse r = s.call("POST", pull, wrong, staff.token);
        CHECK(r.status == 400);
        CHECK(Server::code(r) == QStringLiteral("sync.bad-scope"));
    }
    // Requests fetched on demand: only the caller's tenant is read; an id of nothing is not found.
    const QString fetch = QString::fromLatin1(SyncProtocol::RequestsPath);
    const QJsonObject nothing{{QStringLiteral("tenant"), QStringLiteral("ATH")}, {QStringLiteral("clientId"), staff.clientId},
                              {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("ids"), QJsonArray{QStringLiteral("nope")}}};
    const HttpResponse none = s.call("POST", fetch, nothing, staff.token);
    REQUIRE(none.status == 200);
    CHECK(Server::json(none).value(QStringLiteral("ids")).toArray().isEmpty());
    Server::Session patras = s.signIn(QStringLiteral("op"), QStringLiteral("PAT"));
    QJsonObject fromPatras = nothing;
    fromPatras.insert(QStringLiteral("clientId"), patras.clientId);
    fromPatras.insert(QStringLiteral("ids"), QJsonArray{s.roadsRequest()});
    CHECK(Server::code(s.call("POST", fetch, fromPatras, patras.token)) == QStringLiteral("auth.wrong-tenant"));
    fromPatras.insert(QStringLiteral("tenant"), QStringLiteral("PAT"));
    const HttpResponse elsewhere = s.call("POST", fetch, fromPatras, patras.token);
    REQUIRE(elsewhere.status == 200);
    CHECK(Server::json(elsewhere).value(QStringLiteral("ids")).toArray().isEmpty()); // Athens' request is not Patras'
    CHECK(Server::json(elsewhere).value(QStringLiteral("rows")).toArray().isEmpty());
}
