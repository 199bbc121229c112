// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"
#include "syncservice_p.h"
#include "core/storage/pglistener.h"

#include "core/session/messagerunner.h"

#include "core/commands/commandrunner.h"
#include "core/desk/intake.h"
#include "core/notify/links.h"
#include "core/reports/report.h"
#include "core/text/datetext.h"
#include "core/text/desktranslations.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/syncstore.h"
#include "core/sync/permissions.h"
#include "core/sync/protocol.h"
#include "core/util/logging.h"
#include "core/util/tr.h"
#include "core/workflow/escalation.h"
#include "server/passwords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <unistd.h>
#include <csignal>
#include <cstring>

namespace CivicDesk {


namespace {

using SyncProtocol::errorBody;

/// The start of the name of every copy for a new desk (SyncService::snapshot).
constexpr const char *snapshotPrefix = "civicdesk-snapshot-";

HttpResponse badRequest(const QString &code, const QString &message)
{
    return HttpResponse::error(400, code, message);
}

/// The server's store cannot be reached (PostgreSQL restarting, a failover): nothing is decided, the caller
/// tries again in a moment. Never an answer about the sign-in itself.
HttpResponse storeUnavailable()
{
    HttpResponse r = HttpResponse::error(503, QStringLiteral("server.store-unavailable"),
                                         Tr::tr("The server cannot reach its database just now; try again in a moment."));
    r.headers.append({QByteArray("Retry-After"), QByteArray("2")});
    return r;
}

std::optional<QJsonObject> jsonBody(const HttpRequest &r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonObject errorJson(const Error &e)
{
    QJsonObject o{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
    if (!e.key.isEmpty()) {
        o.insert(QStringLiteral("key"), e.key);
        o.insert(QStringLiteral("args"), QJsonArray::fromStringList(e.args));
    }
    return o;
}

/// A failure of the store itself (full disk, busy or broken file), not a refusal of the mutation: nothing is
/// recorded and the desk sends it again later. Anything else the mutation met (a row it refers to is gone, a
/// constraint) is its refusal.
bool isInfrastructure(const Error &e)
{
    static const QStringList codes{QStringLiteral("db.full"), QStringLiteral("db.busy"), QStringLiteral("db.read-only"), QStringLiteral("db.corrupt"),
                                   QStringLiteral("db.unavailable")};
    return codes.contains(e.code);
}

/// The desk code inside a tracking number "26-K7-04512".
QString deskCodeOf(const QString &trackingNumber)
{
    const QStringList parts = trackingNumber.split(u'-');
    return parts.size() == 3 ? parts.at(1) : QString();
}

} // namespace

SyncService::SyncService(ServerCatalog &catalog, Options options, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_options(std::move(options))
{
    if (m_catalog.isPostgres()) {
        // Several instances over one database: a change committed through any of them wakes the desks waiting here.
        m_listener = std::make_unique<PgListener>(m_catalog.postgresConninfo());
        connect(m_listener.get(), &PgListener::changed, this, [this](const QString &code, qint64 seq) {
            if (auto it = m_tenants.find(code); it != m_tenants.end())
                emit changed(code, seq);
        });
        m_listener->start();
    }
}

SyncService::~SyncService() = default;

Result<SyncService::Tenant *> SyncService::tenant(const QString &code)
{
    if (auto it = m_tenants.find(code); it != m_tenants.end())
        return it->second.get();
    const std::optional<ServerCatalog::TenantEntry> entry = m_catalog.tenant(code);
    if (!entry)
        return Error{QStringLiteral("tenant.unknown"), Tr::tr("There is no tenant %1 on this server.").arg(code)};
    Result<std::unique_ptr<Database>> db = m_catalog.tenantData(code).open();
    if (!db)
        return db.error();
    auto t = std::make_unique<Tenant>();
    t->entry = *entry;
    t->db = std::move(db).value();
    t->store = std::make_unique<SyncStore>(*t->db);
    t->store->splitPagesBug = faults.splitPages;
    if (Status st = t->store->enableServerTracking(); !st)
        return st.error();
    t->runner = std::make_unique<CommandRunner>(*t->db);
    t->ladder = std::make_unique<EscalationScheduler>(*t->db, m_options.clock);
    // The secret the tenant's links are signed with, made before its sender reads it.
    if (Status st = NotifyLinks::ensureSecret(*t->db); !st)
        return st.error();
    if (m_options.sendMessages) {
        t->messages = std::make_unique<MessageRunner>(t->db->location(), m_options.clock);
        t->messages->setServerStore(true);
        if (!m_options.publicUrl.isEmpty())
            t->messages->setLinkBase(m_options.publicUrl + QStringLiteral("/citizen/") + code);
        MessageRunner *messages = t->messages.get();
        // What the sender recorded goes to the desks; a change the desks pushed may have queued a message.
        connect(messages, &MessageRunner::changed, this, [this, code] { emit changed(code, seqOf(code)); });
        connect(this, &SyncService::changed, messages, [messages, code](const QString &changedCode) {
            if (changedCode == code)
                messages->nudge();
        });
        messages->start();
    }
    if (m_options.readMailboxes) {
        t->mailbox = std::make_unique<MailboxRunner>(t->db->location(), m_options.clock);
        t->mailbox->setServerStore(true);
        // An e-mail kept (waiting at the dispatch desk, or a note) goes to the desks at once.
        connect(t->mailbox.get(), &MailboxRunner::changed, this, [this, code] { emit changed(code, seqOf(code)); });
        t->mailbox->start();
    }
    return m_tenants.emplace(code, std::move(t)).first->second.get();
}

qint64 SyncService::seqOf(const QString &code)
{
    Result<Tenant *> t = tenant(code);
    return t ? t.value()->store->currentSeq() : 0;
}

void SyncService::closeAll()
{
    for (auto &[code, t] : m_tenants) {
        if (t->messages)
            t->messages->stop();
        if (t->mailbox)
            t->mailbox->stop();
    }
    m_tenants.clear();
}

void SyncService::openAll()
{
    for (const ServerCatalog::TenantEntry &e : m_catalog.tenants())
        if (Result<Tenant *> t = tenant(e.code); !t)
            qCWarning(lcSync).noquote() << QStringLiteral("tenant %1 cannot be opened: %2").arg(e.code, t.error().message);
}

void SyncService::runLadders()
{
    for (auto &[code, t] : m_tenants) {
        Result<int> moved = Error{};
        const Status st = t->store->write([&]() -> Status {
            moved = t->ladder->runOnce();
            return moved ? Status{} : Status(moved.error());
        });
        if (!st)
            qCWarning(lcSync).noquote() << (QStringLiteral("escalation of %1 failed: %2").arg(code, st.error().message));
        else if (moved.value() > 0)
            emit changed(code, t->store->currentSeq());
    }
}

HttpResponse SyncService::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    if (path == QLatin1String(SyncProtocol::HealthPath)) {
        if (!get)
            return HttpResponse::error(405, QStringLiteral("http.method"), Tr::tr("Use GET here."));
        return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ready")},
                                        {QStringLiteral("version"), QStringLiteral(CIVICDESK_VERSION)},
                                        {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}});
    }
    if (path.startsWith(QLatin1String("/open311/v2/"))) {
        HttpResponse r = open311(request);
        r.logTenant = QStringLiteral("open311");
        return r;
    }
    if (path == QLatin1String("/report") || path == QLatin1String("/track") || path.startsWith(QLatin1String("/report/"))
        || path.startsWith(QLatin1String("/track/"))) {
        if (!get && !post)
            return HttpResponse::error(405, QStringLiteral("http.method"), Tr::tr("%1 is not answered to %2.").arg(path, QString::fromLatin1(request.method)));
        HttpResponse r = citizenPage(request);
        r.logTenant = path.section(QLatin1Char('/'), 2, 2);
        return r;
    }
    if (path.startsWith(QLatin1String("/citizen/"))) {
        HttpResponse r = citizenLink(request);
        r.logTenant = path.section(QLatin1Char('/'), 2, 2);
        return r;
    }
    static const QStringList posts{QString::fromLatin1(SyncProtocol::LoginPath), QString::fromLatin1(SyncProtocol::LogoutPath),
                                   QString::fromLatin1(SyncProtocol::RegisterPath), QString::fromLatin1(SyncProtocol::PushPath),
                                   QString::fromLatin1(SyncProtocol::PullPath), QString::fromLatin1(SyncProtocol::ResumePath),
                                   QString::fromLatin1(SyncProtocol::RequestsPath), QString::fromLatin1(SyncProtocol::ReportsPath)};
    static const QStringList gets{QString::fromLatin1(SyncProtocol::SnapshotPath), QString::fromLatin1(SyncProtocol::PokePath)};
    if (path == QLatin1String(SyncProtocol::AttachmentsPath)) {
        if (!post && !get)
            return HttpResponse::error(405, QStringLiteral("http.method"), Tr::tr("%1 is not answered to %2.").arg(path, QString::fromLatin1(request.method)));
        std::variant<Caller, HttpResponse> who = authenticate(request);
        if (HttpResponse *refused = std::get_if<HttpResponse>(&who))
            return *refused;
        HttpResponse r = attachment(std::get<Caller>(who), request);
        r.logTenant = std::get<Caller>(who).tenant;
        return r;
    }
    if (!posts.contains(path) && !gets.contains(path))
        return HttpResponse::error(404, QStringLiteral("http.not-found"), Tr::tr("There is nothing at %1.").arg(path));
    if ((posts.contains(path) && !post) || (gets.contains(path) && !get))
        return HttpResponse::error(405, QStringLiteral("http.method"), Tr::tr("%1 is not answered to %2.").arg(path, QString::fromLatin1(request.method)));
    if (path == QLatin1String(SyncProtocol::LoginPath))
        return login(request);

    std::variant<Caller, HttpResponse> who = authenticate(request);
    if (HttpResponse *refused = std::get_if<HttpResponse>(&who))
        return *refused;
    const Caller &caller = std::get<Caller>(who);
    if (get) {
        const QString named = request.query.queryItemValue(QStringLiteral("tenant"));
        if (!named.isEmpty() && named != caller.tenant)
            return HttpResponse::error(403, QStringLiteral("auth.wrong-tenant"), Tr::tr("This sign-in is for another tenant."));
        HttpResponse r = path == QLatin1String(SyncProtocol::SnapshotPath) ? snapshot(caller, request) : poke(caller, request);
        r.logTenant = caller.tenant;
        return r;
    }
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body)
        return badRequest(QStringLiteral("request.malformed-json"), Tr::tr("The request's body is not a JSON object."));
    HttpResponse r;
    if (path == QLatin1String(SyncProtocol::LogoutPath))
        r = logout(caller);
    else if (path == QLatin1String(SyncProtocol::RegisterPath))
        r = registerDesk(caller, *body);
    else if (path == QLatin1String(SyncProtocol::PushPath))
        r = push(caller, *body);
    else if (path == QLatin1String(SyncProtocol::ResumePath))
        r = resume(caller, *body);
    else if (path == QLatin1String(SyncProtocol::RequestsPath))
        r = requests(caller, *body);
    else if (path == QLatin1String(SyncProtocol::ReportsPath))
        r = report(caller, *body);
    else
        r = pull(caller, *body);
    r.logTenant = caller.tenant;
    return r;
}

std::variant<SyncService::Caller, HttpResponse> SyncService::authenticate(const HttpRequest &request)
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || auth.size() < 8)
        return HttpResponse::error(401, QStringLiteral("auth.no-token"), Tr::tr("Sign in first."));
    const QString hash = Passwords::tokenHash(QString::fromLatin1(auth.mid(7).trimmed()));
    const std::optional<ServerCatalog::Token> token = m_catalog.token(hash);
    if (!token && m_catalog.lastReadFailed())
        return storeUnavailable();
    if (!token)
        return HttpResponse::error(401, QStringLiteral("auth.invalid-token"), Tr::tr("This sign-in is not known here; sign in again."));
    if (token->revoked)
        return HttpResponse::error(401, QStringLiteral("auth.token-revoked"), Tr::tr("This sign-in was ended; sign in again."));
    if (token->expiresAt <= m_options.clock())
        return HttpResponse::error(401, QStringLiteral("auth.token-expired"), Tr::tr("This sign-in has expired; sign in again."));
    const std::optional<ServerCatalog::Credential> c = m_catalog.credential(token->tenantCode, token->login);
    if (!c && m_catalog.lastReadFailed())
        return storeUnavailable();
    if (!c || !c->active)
        return HttpResponse::error(401, QStringLiteral("auth.user-disabled"), Tr::tr("This user can no longer sign in."));
    const std::optional<Role> role = roleFromCode(c->role);
    if (!role)
        return HttpResponse::error(500, QStringLiteral("auth.bad-role"), Tr::tr("This user's role is not known."));
    return Caller{token->tenantCode, token->login, c->userId, *role, c->departmentId, hash};
}

HttpResponse SyncService::login(const HttpRequest &request)
{
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body)
        return badRequest(QStringLiteral("request.malformed-json"), Tr::tr("The request's body is not a JSON object."));
    const QJsonValue tenantValue = body->value(QStringLiteral("tenant")), loginValue = body->value(QStringLiteral("login")),
                     passwordValue = body->value(QStringLiteral("password"));
    if (!tenantValue.isString() || !loginValue.isString() || !passwordValue.isString())
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("A sign-in is {tenant, login, password}, all text."));
    const QString tenantCode = tenantValue.toString(), login = loginValue.toString(), password = passwordValue.toString();
    const qint64 now = m_options.clock();
    const std::optional<ServerCatalog::Credential> c = m_catalog.credential(tenantCode, login);
    if (!c && m_catalog.lastReadFailed())
        return storeUnavailable(); // not a wrong password: nothing counted against the user
    const auto wrong = [] { return HttpResponse::error(401, QStringLiteral("auth.invalid"), Tr::tr("The tenant, user or password is wrong.")); };
    if (!c) {
        // As long as a real check, so that the time of the answer does not tell which users exist.
        static const QString decoy = Passwords::hash(QStringLiteral("decoy password"));
        (void)Passwords::verify(decoy, password);
        return wrong();
    }
    if (c->lockedUntil > now) {
        HttpResponse r = HttpResponse::error(429, QStringLiteral("auth.locked"),
                                             Tr::tr("Too many wrong passwords; try again in %1 minutes.").arg((c->lockedUntil - now + 59999) / 60000));
        r.headers.append({"Retry-After", QByteArray::number((c->lockedUntil - now + 999) / 1000)});
        return r;
    }
    if (!c->active)
        return HttpResponse::error(401, QStringLiteral("auth.user-disabled"), Tr::tr("This user can no longer sign in."));
    if (!Passwords::verify(c->hash, password)) {
        const int failures = c->failures + 1;
        const bool lock = failures >= m_options.maxFailures;
        (void)m_catalog.setFailures(tenantCode, login, lock ? 0 : failures, lock ? now + m_options.lockoutMs : 0);
        qCWarning(lcSync).noquote() << (QStringLiteral("failed sign-in tenant=%1 login=%2 peer=%3 failures=%4").arg(tenantCode, login, request.peer).arg(failures));
        return wrong();
    }
    if (c->failures > 0)
        (void)m_catalog.setFailures(tenantCode, login, 0, 0);
    const QString token = Passwords::newToken();
    if (token.isEmpty())
        return HttpResponse::error(503, QStringLiteral("auth.no-randomness"), Tr::tr("The server cannot make tokens now."));
    const qint64 expires = now + m_options.tokenLifetimeMs;
    if (Status st = m_catalog.addToken(ServerCatalog::Token{Passwords::tokenHash(token), tenantCode, login, c->userId, now, expires, false}); !st)
        return HttpResponse::error(503, st.error().code, st.error().message);
    HttpResponse r = HttpResponse::json(200, {{QStringLiteral("token"), token},
                                              {QStringLiteral("userId"), c->userId},
                                              {QStringLiteral("role"), c->role},
                                              {QStringLiteral("departmentId"), c->departmentId},
                                              {QStringLiteral("expiresAt"), expires}});
    r.logTenant = tenantCode;
    return r;
}

HttpResponse SyncService::logout(const Caller &caller)
{
    if (Status st = m_catalog.revokeToken(caller.tokenHash); !st)
        return HttpResponse::error(503, st.error().code, st.error().message);
    return HttpResponse::json(200, {{QStringLiteral("signedOut"), true}});
}

std::optional<HttpResponse> SyncService::checkDesk(const Caller &caller, const QJsonObject &body, QString *clientId)
{
    const QJsonValue tenantValue = body.value(QStringLiteral("tenant")), client = body.value(QStringLiteral("clientId")),
                     schema = body.value(QStringLiteral("schemaVersion"));
    if (!tenantValue.isString() || !client.isString() || client.toString().isEmpty() || !schema.isDouble())
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("The request needs tenant, clientId and schemaVersion."));
    if (tenantValue.toString() != caller.tenant)
        return HttpResponse::error(403, QStringLiteral("auth.wrong-tenant"), Tr::tr("This sign-in is for another tenant."));
    const int version = schema.toInt();
    if (version < Database::currentSchemaVersion)
        return HttpResponse::json(426, {{QStringLiteral("code"), QStringLiteral("sync.client-outdated")},
                                        {QStringLiteral("message"), Tr::tr("This desk is older than the server; update it. Its changes are kept.")},
                                        {QStringLiteral("serverSchemaVersion"), Database::currentSchemaVersion}});
    if (version > Database::currentSchemaVersion)
        return HttpResponse::json(400, {{QStringLiteral("code"), QStringLiteral("sync.schema-unknown")},
                                        {QStringLiteral("message"), Tr::tr("This desk is newer than the server; the server must be updated first.")},
                                        {QStringLiteral("serverSchemaVersion"), Database::currentSchemaVersion}});
    if (!m_catalog.deskOf(caller.tenant, client.toString()))
        return HttpResponse::error(403, QStringLiteral("sync.unknown-desk"), Tr::tr("This desk is not registered with the server."));
    *clientId = client.toString();
    return std::nullopt;
}

HttpResponse SyncService::registerDesk(const Caller &caller, const QJsonObject &body)
{
    const QJsonValue tenantValue = body.value(QStringLiteral("tenant")), client = body.value(QStringLiteral("clientId")),
                     wanted = body.value(QStringLiteral("code"));
    if (!tenantValue.isString() || !client.isString() || client.toString().size() < 8 || client.toString().size() > 64
        || !(wanted.isUndefined() || wanted.isString()))
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("A desk registers with tenant, clientId (8 to 64 characters) and an optional code."));
    if (tenantValue.toString() != caller.tenant)
        return HttpResponse::error(403, QStringLiteral("auth.wrong-tenant"), Tr::tr("This sign-in is for another tenant."));
    Result<ServerCatalog::Desk> desk = m_catalog.registerDesk(caller.tenant, client.toString(), wanted.toString(), caller.login, m_options.clock());
    if (!desk) {
        const bool taken = desk.error().code == QLatin1String("sync.desk-code-taken") || desk.error().code == QLatin1String("sync.desk-registered");
        return HttpResponse::json(taken ? 409 : 400, errorJson(desk.error()));
    }
    return HttpResponse::json(200, {{QStringLiteral("code"), desk->code}, {QStringLiteral("clientId"), desk->clientId}});
}

HttpResponse SyncService::resume(const Caller &caller, const QJsonObject &body)
{
    // The tenant's data was replaced (a restore): changes of this desk the server had answered before may be gone
    // with it, and the desk no longer has them to send. Its next change is numbered after its last answered one,
    // so the ledger notes the ones it lost and takes the desk's next change without a gap.
    QString clientId;
    if (std::optional<HttpResponse> refused = checkDesk(caller, body, &clientId))
        return *refused;
    const QJsonValue after = body.value(QStringLiteral("after"));
    if (after.toInteger(-1) < 0) // also -1 for anything not a whole number
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("A resume names the desk's last answered change (a whole number)."));
    Result<Tenant *> found = tenant(caller.tenant);
    if (!found)
        return HttpResponse::error(503, found.error().code, found.error().message);
    Tenant &t = *found.value();
    const qint64 last = t.store->lastMutationId(clientId);
    if (after.toInteger() > last) {
        const Status st = t.db->transaction([&]() -> Status {
            return t.store->record(LedgerEntry{clientId, after.toInteger(), QString(), QStringLiteral("sync.resume"), caller.userId, false,
                                               QStringLiteral("sync.lost-in-restore"),
                                               QStringLiteral("Changes %1 to %2 of this desk were answered before the data was restored and are not in it.")
                                                   .arg(last + 1)
                                                   .arg(after.toInteger()),
                                               {}, 0});
        });
        if (!st)
            return HttpResponse::error(503, st.error().code, st.error().message);
        qInfo().noquote() << QStringLiteral("desk %1 of %2 resumes after change %3; the restored data had it up to %4")
                                 .arg(clientId, caller.tenant)
                                 .arg(after.toInteger())
                                 .arg(last);
    }
    return HttpResponse::json(200, {{QStringLiteral("lastMutationId"), std::max(last, after.toInteger())}, {QStringLiteral("epoch"), t.store->epoch()}});
}

HttpResponse SyncService::push(const Caller &caller, const QJsonObject &body)
{
    QString clientId;
    if (std::optional<HttpResponse> refused = checkDesk(caller, body, &clientId))
        return *refused;
    const QJsonValue list = body.value(QStringLiteral("mutations"));
    if (!list.isArray())
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("A push carries a list of mutations."));
    if (list.toArray().size() > SyncProtocol::MaxPushBatch)
        return HttpResponse::error(413, QStringLiteral("sync.batch-too-large"), Tr::tr("At most %1 mutations in one push.").arg(SyncProtocol::MaxPushBatch));
    // All read and checked first: a malformed batch applies nothing.
    struct Item
    {
        qint64 id;
        Command command;
    };
    QList<Item> items;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject m = v.toObject();
        const QJsonValue id = m.value(QStringLiteral("id"));
        QString why;
        std::optional<Command> c = Command::fromJson(m.value(QStringLiteral("command")).toObject(), &why);
        if (!v.isObject() || id.toInteger(0) <= 0 || !c) // toInteger: 0 for anything not a whole number
            return badRequest(QStringLiteral("sync.malformed-mutation"), why.isEmpty() ? Tr::tr("A mutation is {id: positive whole number, command}.") : why);
        if (!items.isEmpty() && id.toInteger() != items.last().id + 1)
            return badRequest(QStringLiteral("sync.malformed-mutation"), Tr::tr("The mutations of a push are numbered one after another."));
        items.append({id.toInteger(), *c});
    }
    Result<Tenant *> found = tenant(caller.tenant);
    if (!found)
        return HttpResponse::error(503, found.error().code, found.error().message);
    Tenant &t = *found.value();
    const std::optional<ServerCatalog::Desk> desk = m_catalog.deskOf(caller.tenant, clientId);
    qint64 last = t.store->lastMutationId(clientId);
    QJsonArray results;
    // 1. Pushed before (the answer was lost): answered as the first time, nothing run again.
    qsizetype next = 0;
    for (; next < items.size() && items.at(next).id <= last && !faults.noReplayCheck; ++next) {
        const Item &item = items.at(next);
        QJsonObject result{{QStringLiteral("id"), item.id}};
        const std::optional<LedgerEntry> e = t.store->mutation(clientId, item.id);
        if (!e || e->commandId != item.command.id) {
            result.insert(QStringLiteral("outcome"), QStringLiteral("rejected"));
            result.insert(QStringLiteral("code"), QStringLiteral("sync.forged-mutation"));
            result.insert(QStringLiteral("message"), Tr::tr("Mutation %1 of this desk was another command.").arg(item.id));
            results.append(result);
            continue;
        }
        result.insert(QStringLiteral("outcome"), e->applied ? QStringLiteral("applied") : QStringLiteral("rejected"));
        result.insert(QStringLiteral("duplicate"), true);
        if (!e->applied) {
            result.insert(QStringLiteral("code"), e->code);
            result.insert(QStringLiteral("message"), e->message);
        }
        result.insert(QStringLiteral("answer"), e->answer);
        results.append(result);
    }
    if (next < items.size() && items.at(next).id > last + 1 && !faults.noReplayCheck) {
        results.append(QJsonObject{{QStringLiteral("id"), items.at(next).id},
                                   {QStringLiteral("outcome"), QStringLiteral("skipped")},
                                   {QStringLiteral("code"), QStringLiteral("sync.mutation-gap")},
                                   {QStringLiteral("message"), Tr::tr("The server has mutations up to %1 of this desk; send from %2.").arg(last).arg(last + 1)}});
        next = items.size();
    }
    // 2. The new ones, in one transaction: one commit, one seq and one notice to the other instances for the whole
    // push, each mutation in a savepoint of it so that a refused one is undone alone. When the store fails, none of
    // them is kept and the desk sends them again; a deadlock with another instance's push is tried again here first.
    bool appliedAny = false;
    const qsizetype replayed = results.size();
    const qint64 before = last;
    Status batch;
    bool crashNow = false;
    for (int attempt = 0; next < items.size(); ++attempt) {
        while (results.size() > replayed)
            results.removeLast();
        last = before;
        appliedAny = false;
        const auto runAll = [&]() -> Status {
            for (qsizetype i = next; i < items.size(); ++i) {
                const Item &item = items.at(i);
                QJsonObject result{{QStringLiteral("id"), item.id}};
                if (faults.crashAfterMutations == 0) {
                    faults.crashAfterMutations = -1;
                    crashNow = true; // the simulation's crash: what was committed stays, the answer never leaves
                    return {};
                }
                if (faults.crashAfterMutations > 0)
                    --faults.crashAfterMutations;
                // Refusals decided before running: who may, as whom, under which number.
                std::optional<Error> refusal;
                const Command &c = item.command;
                if (Permissions::isLocalOnly(c.name))
                    refusal = Error{QStringLiteral("sync.local-only"), Tr::tr("%1 stays on the desk that made it.").arg(c.name)};
                else if (!CommandRunner::names().contains(c.name))
                    refusal = Error{QStringLiteral("command.unknown"), Tr::tr("There is no command %1.").arg(c.name)};
                else if (!Permissions::mayRun(caller.role, c.name))
                    refusal = Error{QStringLiteral("auth.forbidden"), Tr::tr("A %1 may not %2.").arg(toCode(caller.role), c.name)};
                else if (c.actorId != caller.userId)
                    refusal = Error{QStringLiteral("sync.actor-mismatch"), Tr::tr("The change was made by another user than the one signed in.")};
                else if (c.name == QLatin1String(CommandName::FileRequest)
                         && (!desk || deskCodeOf(c.args.value(QStringLiteral("trackingNumber")).toString()) != desk->code))
                    refusal = Error{QStringLiteral("sync.foreign-tracking-number"), Tr::tr("A desk files requests under its own tracking numbers.")};
                LedgerEntry entry{clientId, item.id, c.id, c.name, caller.userId, false, {}, {}, {}, 0};
                if (!refusal) {
                    Result<QJsonObject> answer = Error{};
                    Status st = t.db->transaction([&]() -> Status {
                        answer = t.runner->run(c);
                        if (!answer)
                            return answer.error();
                        entry.applied = true;
                        entry.answer = answer.value();
                        return faults.ledgerApart ? Status{} : t.store->record(entry);
                    });
                    if (st && faults.ledgerApart) {
                        if (faults.crashAfterMutations == 0) {
                            faults.crashAfterMutations = -1;
                            crashNow = true; // between the effects and their record
                            return {};
                        }
                        st = t.db->transaction([&] { return t.store->record(entry); });
                    }
                    if (!st && isInfrastructure(st.error()))
                        return st.error(); // the store failed, not the mutation
                    if (!st) {
                        entry.applied = false;
                        refusal = st.error();
                    }
                }
                if (refusal) {
                    entry.code = refusal->code;
                    entry.message = refusal->message;
                    entry.answer = errorJson(*refusal);
                    if (Status st = t.db->transaction([&] { return t.store->record(entry); }); !st)
                        return st.error();
                    result.insert(QStringLiteral("outcome"), QStringLiteral("rejected"));
                    result.insert(QStringLiteral("code"), refusal->code);
                    result.insert(QStringLiteral("message"), refusal->message);
                    result.insert(QStringLiteral("answer"), entry.answer);
                } else {
                    appliedAny = true;
                    result.insert(QStringLiteral("outcome"), QStringLiteral("applied"));
                    result.insert(QStringLiteral("answer"), entry.answer);
                }
                last = std::max(last, item.id);
                results.append(result);
            }
            return {};
        };
        batch = t.store->write(runAll);
        if (crashNow) {
            crashed = true;
            return HttpResponse::error(500, QStringLiteral("server.crashed"), QString());
        }
        if (batch || batch.error().code != QLatin1String("db.busy") || attempt >= 2)
            break;
    }
    if (!batch) {
        // Nothing of the new mutations was kept: the first is answered skipped, and the desk sends them again.
        qCWarning(lcSync).noquote() << (QStringLiteral("push of %1 stopped: %2").arg(caller.tenant, batch.error().message));
        while (results.size() > replayed)
            results.removeLast();
        last = before;
        appliedAny = false;
        results.append(QJsonObject{{QStringLiteral("id"), items.at(next).id},
                                   {QStringLiteral("outcome"), QStringLiteral("skipped")},
                                   {QStringLiteral("code"), batch.error().code},
                                   {QStringLiteral("message"), batch.error().message}});
    }
    if (appliedAny)
        emit changed(caller.tenant, t.store->currentSeq());
    return HttpResponse::json(200, {{QStringLiteral("results"), results},
                                    {QStringLiteral("lastMutationId"), last},
                                    {QStringLiteral("time"), m_options.clock()}});
}

HttpResponse SyncService::pull(const Caller &caller, const QJsonObject &body)
{
    QString clientId;
    if (std::optional<HttpResponse> refused = checkDesk(caller, body, &clientId))
        return *refused;
    const QJsonValue cursorValue = body.value(QStringLiteral("cursor")), epochValue = body.value(QStringLiteral("epoch"));
    if (!cursorValue.isDouble() || cursorValue.toInteger(-1) < 0 || !epochValue.isString())
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("A pull needs a cursor (whole number) and an epoch."));
    Result<QList<SyncKey>> keys = SyncProtocol::keysFromJson(body.value(QStringLiteral("keys")));
    if (!keys)
        return badRequest(keys.error().code, keys.error().message);
    if (keys->size() > 100000)
        return HttpResponse::error(413, QStringLiteral("sync.too-many-keys"), Tr::tr("Too many keys in one pull."));
    Result<Tenant *> found = tenant(caller.tenant);
    if (!found)
        return HttpResponse::error(503, found.error().code, found.error().message);
    Tenant &t = *found.value();
    const QString epoch = t.store->epoch();
    const qint64 cursor = cursorValue.toInteger();
    if (epochValue.toString() != epoch || cursor > t.store->currentSeq())
        return HttpResponse::json(409, {{QStringLiteral("code"), QStringLiteral("sync.snapshot-required")},
                                        {QStringLiteral("message"), Tr::tr("The server's data was replaced; this desk starts again from a copy. Its changes are kept.")},
                                        {QStringLiteral("epoch"), epoch}});
    std::optional<SyncScope> scope;
    if (body.contains(QStringLiteral("scope"))) {
        Result<SyncScope> asked = scopeOf(caller, t, body.value(QStringLiteral("scope")));
        if (!asked)
            return badRequest(asked.error().code, asked.error().message);
        scope = asked.value();
    }
    // One read: the key rows, the page and the ledger as of the same moment.
    QJsonArray rowsJson;
    qint64 to = cursor, last = 0;
    bool more = false;
    QList<LedgerEntry> rejected;
    const Status read = t.db->read([&]() -> Status {
        const qint64 seq = t.store->currentSeq();
        if (!scope && keys->isEmpty() && t.cached.cursor == cursor && t.cached.seq == seq) {
            rowsJson = t.cached.rows;
            to = t.cached.to;
            more = t.cached.more;
        } else {
            Result<ChangePage> page = t.store->changesAfter(cursor, m_options.pullPageRows, scope.has_value());
            if (!page)
                return page.error();
            // A whole replica counts its own summaries; a partial one is sent the rows of its scope and the server's.
            // The rows the desk asked for go as they are: it holds them, and sets its own changes of them back to the
            // server's values, inside its scope or not.
            QList<SyncRow> rows = t.store->rows(keys.value());
            if (scope) {
                Result<QList<SyncRow>> within = t.store->scopedRows(page->rows, *scope);
                if (!within)
                    return within.error();
                rows += within.value();
            } else {
                rows = SyncStore::withoutSummaries(rows + page->rows);
            }
            rowsJson = SyncProtocol::rowsToJson(rows);
            to = page->to;
            more = page->more;
            if (keys->isEmpty() && !scope)
                t.cached = {cursor, seq, to, more, rowsJson};
        }
        last = t.store->lastMutationId(clientId);
        const qint64 waitingFrom = body.value(QStringLiteral("waitingFrom")).toInteger(0); // the desk's first unanswered
        if (waitingFrom > 0)
            rejected = t.store->rejectedAfter(clientId, waitingFrom - 1);
        return {};
    });
    if (!read)
        return HttpResponse::error(503, read.error().code, read.error().message);
    QJsonArray rejectedJson;
    for (const LedgerEntry &e : rejected) {
        if (e.mutationId <= last)
            rejectedJson.append(QJsonObject{{QStringLiteral("id"), e.mutationId}, {QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message},
                                            {QStringLiteral("answer"), e.answer}});
    }
    QJsonObject answer{{QStringLiteral("epoch"), epoch},
                       {QStringLiteral("cursor"), to},
                       {QStringLiteral("more"), more},
                       {QStringLiteral("lastMutationId"), last},
                       {QStringLiteral("rejected"), rejectedJson},
                       {QStringLiteral("rows"), rowsJson},
                       {QStringLiteral("time"), m_options.clock()}};
    if (scope)
        answer.insert(QStringLiteral("scope"), scopeJson(*scope));
    return HttpResponse::json(200, answer);
}

QString SyncService::snapshotFolder(const QString &configured)
{
    return configured.isEmpty() ? QDir::tempPath() : configured;
}

SyncService::Leftovers SyncService::removeLeftoverSnapshots(const QString &folder)
{
    Leftovers removed;
    const QFileInfoList entries = QDir(folder).entryInfoList({QLatin1String(snapshotPrefix) + u'*'}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : entries) {
        // civicdesk-snapshot-PID-TENANT-TOKEN.civicdesk[-journal]
        bool numeric = false;
        const qint64 pid = f.fileName().mid(qsizetype(std::strlen(snapshotPrefix))).section(u'-', 0, 0).toLongLong(&numeric);
        if (!numeric || pid <= 0 || pid == QCoreApplication::applicationPid())
            continue; // not a name this server gives, or its own
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // that process still runs (or is another user's)
        const qint64 bytes = f.size();
        if (QFile::remove(f.absoluteFilePath())) {
            ++removed.files;
            removed.bytes += bytes;
        }
    }
    return removed;
}

HttpResponse SyncService::snapshot(const Caller &caller, const HttpRequest &request)
{
    Result<Tenant *> found = tenant(caller.tenant);
    if (!found)
        return HttpResponse::error(503, found.error().code, found.error().message);
    Tenant &t = *found.value();
    // ?months=N: a partial replica's copy (the requests of the scope, the server's summaries).
    std::optional<SyncScope> scope;
    int months = 0;
    if (request.query.hasQueryItem(QStringLiteral("months"))) {
        bool numeric = false;
        months = request.query.queryItemValue(QStringLiteral("months")).toInt(&numeric);
        Result<SyncScope> asked = scopeOf(caller, t, numeric ? QJsonValue(QJsonObject{{QStringLiteral("months"), months}}) : QJsonValue());
        if (!asked)
            return badRequest(asked.error().code, asked.error().message);
        scope = asked.value();
    }
    const QString folder = snapshotFolder(m_options.snapshotDir);
    const auto newPath = [&] {
        return QDir(folder).filePath(QStringLiteral("%1%2-%3-%4.civicdesk")
                                         .arg(QLatin1String(snapshotPrefix))
                                         .arg(QCoreApplication::applicationPid())
                                         .arg(caller.tenant, Passwords::newToken().left(16)));
    };
    // A copy made for a desk that joined a moment ago with the same scope is sent again: every desk starting at
    // once (the morning's first sign-ins, all of them after a restore) costs one copy, not one each. Each then
    // pulls what changed since the copy's seq; its scope's start, a few minutes earlier, only brings a few
    // rows more, which leave at its first pull.
    const QString key = scope ? QStringLiteral("%1|%2").arg(months).arg(scope->departmentId) : QStringLiteral("whole");
    const qint64 now = m_options.clock();
    const auto kept = t.ready.byKey.constFind(key);
    const bool reuse = m_options.readyCopyMs > 0 && kept != t.ready.byKey.cend() && kept->epoch == t.store->epoch()
        && now >= kept->madeAt && now - kept->madeAt < m_options.readyCopyMs && QFileInfo::exists(kept->path);
    Tenant::ReadyCopy copy;
    if (reuse) {
        copy = *kept;
    } else {
        copy = {newPath(), t.store->currentSeq(), t.store->epoch(), scope, now};
        if (Status st = t.store->exportSnapshot(copy.path, scope ? &*scope : nullptr); !st) {
            QFile::remove(copy.path);
            return HttpResponse::error(503, st.error().code, st.error().message);
        }
    }
    QString sent = copy.path;
    if (m_options.readyCopyMs > 0) {
        if (!reuse) {
            if (kept != t.ready.byKey.cend())
                QFile::remove(kept->path); // an answer still sending it reads a link of its own
            t.ready.byKey.insert(key, copy);
        }
        // Each answer streams a link of its own to the copy, removed once sent; the copy stays for the next desk.
        sent = newPath();
        if (::link(QFile::encodeName(copy.path).constData(), QFile::encodeName(sent).constData()) != 0 && !QFile::copy(copy.path, sent))
            return HttpResponse::error(503, QStringLiteral("sync.snapshot-failed"), Tr::tr("The copy for a new desk could not be sent: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    HttpResponse r;
    r.status = 200;
    r.contentType = "application/vnd.civicdesk.snapshot";
    r.bodyFile = sent; // streamed, then removed
    r.headers.append({"X-CivicDesk-Cursor", QByteArray::number(copy.seq)});
    r.headers.append({"X-CivicDesk-Epoch", copy.epoch.toLatin1()});
    if (copy.scope)
        r.headers.append({"X-CivicDesk-Scope", QJsonDocument(scopeJson(*copy.scope)).toJson(QJsonDocument::Compact)});
    qCInfo(lcSync).noquote() << QStringLiteral("copy for a new desk of %1/%2 (%3): %4 at seq %5").arg(caller.tenant, caller.login, key,
                                                                                                       reuse ? QStringLiteral("the ready one") : QStringLiteral("made"))
                                    .arg(copy.seq);
    return r;
}

Result<SyncScope> SyncService::scopeOf(const Caller &caller, Tenant &t, const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const int months = o.value(QStringLiteral("months")).toInt(-1);
    if (!value.isObject() || months < 1 || months > 240)
        return Error{QStringLiteral("sync.bad-scope"), Tr::tr("A scope names how many months of requests the desk keeps (1 to 240).")};
    const QJsonArray pinned = o.value(QStringLiteral("pinned")).toArray();
    if (pinned.size() > SyncProtocol::MaxPinned)
        return Error{QStringLiteral("sync.bad-scope"), Tr::tr("A desk keeps at most %1 requests fetched on demand.").arg(SyncProtocol::MaxPinned)};
    SyncScope scope;
    scope.since = QDateTime::fromMSecsSinceEpoch(m_options.clock(), QTimeZone::utc()).addMonths(-months).toMSecsSinceEpoch();
    for (const QJsonValue &v : pinned) {
        if (!v.isString())
            return Error{QStringLiteral("sync.bad-scope"), Tr::tr("A request fetched on demand is named by its id.")};
        scope.pinned.append(v.toString());
    }
    // The caller's department, while it exists: a department taken out of the organisation leaves its desks with
    // the open and recent requests of the tenant.
    if (!caller.departmentId.isEmpty()) {
        const std::optional<Department> d = OrganisationRepository(*t.db).department(caller.departmentId);
        if (d)
            scope.departmentId = caller.departmentId;
        else
            qCWarning(lcSync).noquote() << QStringLiteral("scope of %1/%2: department %3 no longer exists; the desk keeps the open and recent requests")
                                               .arg(caller.tenant, caller.login, caller.departmentId);
    }
    return scope;
}

QJsonObject SyncService::scopeJson(const SyncScope &scope)
{
    return {{QStringLiteral("since"), scope.since}, {QStringLiteral("department"), scope.departmentId}};
}

HttpResponse SyncService::requests(const Caller &caller, const QJsonObject &body)
{
    // Requests a partial replica does not hold, fetched when the operator opens them: by id, by tracking number,
    // or a citizen's older ones. Only the caller's tenant is read (its token names it).
    QString clientId;
    if (std::optional<HttpResponse> refused = checkDesk(caller, body, &clientId))
        return *refused;
    Result<Tenant *> found = tenant(caller.tenant);
    if (!found)
        return HttpResponse::error(503, found.error().code, found.error().message);
    Tenant &t = *found.value();
    const QJsonArray idsJson = body.value(QStringLiteral("ids")).toArray();
    const QString tracking = body.value(QStringLiteral("tracking")).toString().trimmed();
    const QString citizen = body.value(QStringLiteral("citizen")).toString();
    if (idsJson.size() > SyncProtocol::MaxPinned)
        return HttpResponse::error(413, QStringLiteral("sync.too-many-keys"), Tr::tr("At most %1 requests at a time.").arg(SyncProtocol::MaxPinned));
    if (idsJson.isEmpty() && tracking.isEmpty() && citizen.isEmpty())
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("Name the requests: their ids, a tracking number or a citizen."));
    QStringList ids;
    QJsonArray rowsJson, foundIds;
    const Status read = t.db->read([&]() -> Status {
        for (const QJsonValue &v : idsJson)
            ids.append(v.toString());
        if (!tracking.isEmpty())
            ids += t.store->requestsByTracking(tracking);
        if (!citizen.isEmpty()) {
            Result<SyncScope> scope = scopeOf(caller, t, body.value(QStringLiteral("scope")));
            if (!scope)
                return scope.error();
            ids += t.store->requestsOfCitizenOutside(citizen, scope.value(), 100);
        }
        ids.removeAll(QString());
        ids.removeDuplicates();
        if (ids.isEmpty())
            return {};
        const QList<SyncRow> rows = t.store->requestFamily(ids);
        for (const SyncRow &r : rows) {
            // The requests asked for and found (ids of another tenant's requests are not found here).
            if (r.table == QLatin1String("service_request") && r.values && ids.contains(r.key.at(0).toString()))
                foundIds.append(r.key.at(0));
        }
        rowsJson = SyncProtocol::rowsToJson(rows);
        return {};
    });
    if (!read) {
        if (read.error().code == QLatin1String("sync.bad-scope"))
            return badRequest(read.error().code, read.error().message);
        return HttpResponse::error(503, read.error().code, read.error().message);
    }
    if (foundIds.isEmpty() && !idsJson.isEmpty())
        qCWarning(lcSync).noquote() << QStringLiteral("requests asked by %1/%2 not found in the tenant: %3")
                                           .arg(caller.tenant, caller.login, QString::fromUtf8(QJsonDocument(idsJson).toJson(QJsonDocument::Compact)));
    return HttpResponse::json(200, {{QStringLiteral("ids"), foundIds}, {QStringLiteral("rows"), rowsJson}, {QStringLiteral("seq"), t.store->currentSeq()}});
}

HttpResponse SyncService::report(const Caller &caller, const QJsonObject &body)
{
    // A report a desk cannot make from what it holds (a partial replica, a period before its scope): made here
    // from the whole tenant, in the desk's language, and sent as the table the desk prints. Only the caller's
    // tenant is read (its token names it).
    QString clientId;
    if (std::optional<HttpResponse> refused = checkDesk(caller, body, &clientId))
        return *refused;
    if (!body.value(QStringLiteral("parameters")).isObject())
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("Name the report's parameters."));
    ReportParameters parameters = ReportParameters::fromJson(body.value(QStringLiteral("parameters")).toObject());
    // A list longer than this is cut, and says so: the whole of ten years is not one answer.
    if (parameters.limit <= 0 || parameters.limit > SyncProtocol::MaxReportRows)
        parameters.limit = SyncProtocol::MaxReportRows;
    QString language = body.value(QStringLiteral("language")).toString();
    if (!deskLanguages().contains(language))
        language = QStringLiteral("en");
    Result<Tenant *> found = tenant(caller.tenant);
    if (!found)
        return HttpResponse::error(503, found.error().code, found.error().message);
    Tenant &t = *found.value();
    QJsonObject table;
    std::optional<Error> refused;
    qint64 rows = 0;
    QElapsedTimer took;
    took.start();
    const Status read = t.db->read([&]() -> Status {
        const DeskLanguageScope words(*QCoreApplication::instance(), language);
        // Its dates and times as the municipality lives them, as at its desks.
        const std::optional<CivicDesk::Tenant> municipality = OrganisationRepository(*t.db).tenant();
        const DateText::MunicipalityScope days(municipality ? municipality->country : QString(), municipality ? municipality->timeZone : QString());
        Result<ReportTable> made = ReportBuilder(*t.db, language, m_options.clock()).build(parameters);
        if (!made) {
            if (made.error().code != QLatin1String("report.period"))
                return made.error(); // the store (a read that failed): 503, as any store failure
            refused = made.error(); // the caller's period, not the store
            return {};
        }
        rows = made->rowCount;
        table = reportToJson(made.value());
        return {};
    });
    if (!read)
        return HttpResponse::error(503, read.error().code, read.error().message);
    if (refused)
        return HttpResponse::error(422, refused->code, refused->message);
    qCInfo(lcSync).noquote() << QStringLiteral("report %1 of %2 to %3 for %4/%5: %6 rows in %7 ms")
                                    .arg(toCode(parameters.kind), parameters.from.toString(Qt::ISODate), parameters.to.toString(Qt::ISODate),
                                         caller.tenant, caller.login)
                                    .arg(rows)
                                    .arg(took.elapsed());
    return HttpResponse::json(200, {{QStringLiteral("report"), table}});
}

HttpResponse SyncService::attachment(const Caller &caller, const HttpRequest &request)
{
    // A photo in the tenant's store, by its content: sent by the desk that took it before the change that refers
    // to it, fetched by the desks that show it.
    const QString tenantCode = request.query.queryItemValue(QStringLiteral("tenant"));
    if (tenantCode != caller.tenant)
        return HttpResponse::error(403, QStringLiteral("auth.wrong-tenant"), Tr::tr("This sign-in is for another tenant."));
    const QString storedPath = request.query.queryItemValue(QStringLiteral("path"));
    const std::optional<QString> sha = sha256OfStoredPath(storedPath);
    if (!sha)
        return badRequest(QStringLiteral("attachment.bad-path"), Tr::tr("A photo's path is ab/<its SHA-256>.ext."));
    Result<Tenant *> found = tenant(caller.tenant);
    if (!found)
        return HttpResponse::error(503, found.error().code, found.error().message);
    const QString file = attachmentDirectoryOf(found.value()->db->path()) + u'/' + storedPath;
    if (request.method == "GET") {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return HttpResponse::error(404, QStringLiteral("attachment.missing"), Tr::tr("The server has no such photo."));
        HttpResponse r;
        r.contentType = "application/octet-stream";
        r.body = in.readAll();
        return r;
    }
    if (QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex()) != *sha)
        return badRequest(QStringLiteral("attachment.hash-mismatch"), Tr::tr("The photo's bytes are not the ones its name says."));
    if (!QFileInfo::exists(file)) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(request.body) != request.body.size() || !out.commit())
            return HttpResponse::error(503, QStringLiteral("attachment.write"), Tr::tr("The server could not keep the photo: %1").arg(out.errorString()));
    }
    return HttpResponse::json(200, {{QStringLiteral("stored"), storedPath}});
}

HttpResponse SyncService::poke(const Caller &caller, const HttpRequest &request)
{
    bool numeric = false;
    const qint64 cursor = request.query.queryItemValue(QStringLiteral("cursor")).toLongLong(&numeric);
    if (!numeric || cursor < 0)
        return badRequest(QStringLiteral("request.bad-field"), Tr::tr("A poke needs ?cursor=N."));
    const qint64 seq = seqOf(caller.tenant);
    if (seq > cursor)
        return HttpResponse::json(200, {{QStringLiteral("cursor"), seq}});
    HttpResponse wait;
    wait.status = 0; // held until the tenant moves, or answered 204 when the poll times out
    wait.waitTenant = caller.tenant;
    wait.waitAfterSeq = cursor;
    return wait;
}

} // namespace CivicDesk
