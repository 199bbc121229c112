// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation.h"

#include "core/commands/commandrunner.h"
#include "core/desk/citizenprofile.h"
#include "core/desk/intake.h"
#include "core/domain/idgenerator.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/conflictstore.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/pgscratchdatabase.h"
#include "core/storage/requestrepository.h"
#include "core/storage/searchindexer.h"
#include "core/storage/servercatalog.h"
#include "core/storage/syncstore.h"
#include "core/sync/desksync.h"
#include "core/sync/protocol.h"
#include "core/workflow/engine.h"
#include "server/syncservice.h"
#include "server/tenantadmin.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>

#include <map>
#include <random>

namespace CivicDesk {
namespace {

constexpr char TenantCode[] = "SIM";
constexpr char Password[] = "simulation-password";

struct Login
{
    QString login;
    QString token;
    QString userId;
};

/// The network between one desk and the server: it may lose a request or its answer, deliver one twice, keep a
/// copy to deliver much later, or be cut off (a partition).
class SimNetwork;

struct SimDesk
{
    int index = 0;
    Login user;
    QString clientId;
    QString path;
    qint64 skewMs = 0;
    std::unique_ptr<Database> db;
    std::unique_ptr<CommandRunner> runner;
    std::unique_ptr<DeskSync> sync;
    bool partitioned = false;
    QString lastCall;
};

struct Saved
{
    QString clientId;
    qint64 mutationId;
    QString commandId;
    QString trackingNumber; ///< of a filed request
    QString noteRequest;    ///< of a note: its request and its text (unique: the command's id in it)
    QString noteText;
};

class World
{
public:
    World(const QString &templateDir, const SyncSimulation::Options &options)
        : m_options(options)
        , m_rng(options.seed)
    {
        m_dir.setAutoRemove(true);
        copyTemplate(templateDir);
    }

    SyncSimulation::Outcome run();

private:
    friend class SimNetwork;
    void copyTemplate(const QString &from);
    void fail(const QString &what)
    {
        m_outcome.ok = false;
        if (m_outcome.failures.size() < 12)
            m_outcome.failures.append(what);
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    int pick(int n) { return n <= 0 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    qint64 now() const { return m_now; }

    void startServer();
    void openDesk(SimDesk &d);
    void crashDesk(SimDesk &d);
    SyncReply deliver(SimDesk &d, HttpRequest request);
    SyncReply exchange(SimDesk &d, const QString &path, const QByteArray &method, const QJsonObject &body);

    void operate(SimDesk &d);
    /// A partial replica's own moves: an old request fetched on demand, or its scope narrowed or widened.
    void scopeWork(SimDesk &d);
    /// The desk starts again from the server's copy (its scope widened).
    void restart(SimDesk &d);
    void push(SimDesk &d);
    void pull(SimDesk &d);
    void check();

    std::optional<ServiceRequest> someRequest(SimDesk &d);
    std::optional<Citizen> someCitizen(SimDesk &d);
    IntakeDraft draftFor(SimDesk &d);

    SyncSimulation::Options m_options;
    std::mt19937_64 m_rng;
    QTemporaryDir m_dir;
    std::unique_ptr<PgScratchDatabase> m_pg; ///< the server's database when it runs on PostgreSQL
    qint64 m_now = 0;
    std::unique_ptr<ServerCatalog> m_catalog;
    std::unique_ptr<SyncService> m_server;
    QList<Login> m_logins;
    std::vector<std::unique_ptr<SimDesk>> m_desks;
    QList<std::pair<SimDesk *, HttpRequest>> m_late; ///< copies of requests to be delivered again, later
    QList<Saved> m_saved;
    bool m_faults = true;
    SyncSimulation::Outcome m_outcome;
};

class SimNetwork : public SyncTransport
{
public:
    SimNetwork(World &world, SimDesk &desk) : m_world(world), m_desk(desk) {}
    SyncReply post(const QString &path, const QJsonObject &body, const QString &) override
    {
        return m_world.exchange(m_desk, path, "POST", body);
    }
    SyncReply get(const QString &path, const QString &, int) override { return m_world.exchange(m_desk, path, "GET", {}); }

private:
    World &m_world;
    SimDesk &m_desk;
};

/// The starting point @p from (its catalog and municipality) in a database of @p cluster, made once per process
/// and kept to the process's end; each run copies it (CREATE DATABASE … TEMPLATE), which is far quicker than
/// migrating and loading a database a run.
Result<QString> postgresStartingPoint(const QString &cluster, const QString &from)
{
    static QMutex mutex;
    static std::map<std::pair<QString, QString>, std::unique_ptr<PgScratchDatabase>> made;
    const QMutexLocker lock(&mutex);
    if (const auto it = made.find({cluster, from}); it != made.end())
        return it->second->name();
    Result<std::unique_ptr<PgScratchDatabase>> pg = PgScratchDatabase::create(cluster, QStringLiteral("civicdesk_simstart"));
    if (!pg)
        return pg.error();
    {
        Result<std::unique_ptr<ServerCatalog>> files = ServerCatalog::open(from + QStringLiteral("/server.db"));
        Result<std::unique_ptr<ServerCatalog>> catalog = ServerCatalog::openPostgres(pg.value()->conninfo());
        if (!files)
            return files.error();
        if (!catalog)
            return catalog.error();
        Result<std::unique_ptr<Database>> file = Database::open(files.value()->tenantDataPath(QString::fromLatin1(TenantCode)));
        if (!file)
            return file.error();
        Result<std::unique_ptr<Database>> store = catalog.value()->tenantData(QString::fromLatin1(TenantCode)).open();
        if (!store)
            return store.error();
        SyncStore target(*store.value());
        if (Status st = files.value()->copyTo(*catalog.value()); !st)
            return st.error();
        if (Status st = SyncStore(*file.value()).copyTo(target); !st)
            return st.error();
        if (Status st = target.enableServerTracking(); !st)
            return st.error();
        if (Status st = store.value()->setLocalSetting(QStringLiteral("device_code"), QString::fromLatin1(TenantAdmin::ServerDeskCode)); !st)
            return st.error();
    } // its connections closed: a database copied must have none
    const QString name = pg.value()->name();
    made.emplace(std::pair{cluster, from}, std::move(pg).value());
    return name;
}

void World::copyTemplate(const QString &from)
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("tenants")));
    QFile::copy(from + QStringLiteral("/server.db"), m_dir.filePath(QStringLiteral("server.db")));
    QFile::copy(from + QStringLiteral("/tenants/SIM.civicdesk"), m_dir.filePath(QStringLiteral("tenants/SIM.civicdesk")));
    QFile logins(from + QStringLiteral("/logins.json"));
    if (logins.open(QIODevice::ReadOnly)) {
        const QJsonArray list = QJsonDocument::fromJson(logins.readAll()).array();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            m_logins.append(Login{o.value(QStringLiteral("login")).toString(), o.value(QStringLiteral("token")).toString(),
                                  o.value(QStringLiteral("userId")).toString()});
        }
    }
    if (m_logins.isEmpty())
        fail(QStringLiteral("the starting point %1 has no users (logins.json)").arg(from));
    if (m_options.postgresCluster.isEmpty())
        return;
    // On PostgreSQL: a database of the run's own, a copy of the starting point loaded once per process.
    Result<QString> loaded = postgresStartingPoint(m_options.postgresCluster, from);
    if (!loaded) {
        fail(QStringLiteral("loading the starting point into PostgreSQL: ") + loaded.error().message);
        return;
    }
    Result<std::unique_ptr<PgScratchDatabase>> pg = PgScratchDatabase::create(m_options.postgresCluster, QStringLiteral("civicdesk_sim"), loaded.value());
    if (!pg) {
        fail(pg.error().message);
        return;
    }
    m_pg = std::move(pg).value();
}

void World::startServer()
{
    m_server.reset();
    m_catalog.reset();
    Result<std::unique_ptr<ServerCatalog>> catalog = m_pg ? ServerCatalog::openPostgres(m_pg->conninfo())
                                                          : ServerCatalog::open(m_dir.filePath(QStringLiteral("server.db")));
    if (!catalog) {
        fail(QStringLiteral("server catalog: ") + catalog.error().message);
        return;
    }
    m_catalog = std::move(catalog).value();
    SyncService::Options o;
    o.clock = [this] { return m_now; };
    o.tokenLifetimeMs = 365LL * 86400000;
    o.pullPageRows = 7; // small pages: transactions meet page ends often
    m_server = std::make_unique<SyncService>(*m_catalog, o);
    m_server->faults.noReplayCheck = m_options.bugNoReplayCheck;
    m_server->faults.splitPages = m_options.bugSplitPages;
    m_server->faults.ledgerApart = m_options.bugLedgerApart;
}

SyncReply World::deliver(SimDesk &d, HttpRequest request)
{
    request.headers.insert("authorization", "Bearer " + d.user.token.toLatin1());
    const HttpResponse response = m_server->handle(request);
    SyncReply reply;
    if (m_server->crashed) {
        // The server died in the middle of the push: what it committed stays; it starts again.
        m_server->crashed = false;
        startServer();
        reply.transportError = QStringLiteral("server crashed");
        return reply;
    }
    reply.status = response.status;
    for (const auto &[name, value] : response.headers)
        reply.headers.insert(name.toLower(), value);
    if (!response.bodyFile.isEmpty()) {
        QFile f(response.bodyFile);
        if (f.open(QIODevice::ReadOnly))
            reply.raw = f.readAll();
        f.close();
        QFile::remove(response.bodyFile);
    } else if (response.contentType == "application/json") {
        reply.body = QJsonDocument::fromJson(response.body).object();
    } else {
        reply.raw = response.body;
    }
    return reply;
}

SyncReply World::exchange(SimDesk &d, const QString &path, const QByteArray &method, const QJsonObject &body)
{
    HttpRequest request;
    request.method = method;
    const qsizetype q = path.indexOf(u'?');
    request.path = q < 0 ? path : path.left(q);
    if (q >= 0)
        request.query = QUrlQuery(path.mid(q + 1));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    SyncReply lost;
    lost.transportError = QStringLiteral("lost");
    if (d.partitioned)
        return lost;
    if (m_faults && method == "POST") {
        if (chance(0.06)) { // the request never arrives
            ++m_outcome.faultsInjected;
            return lost;
        }
        if (chance(0.06)) { // a copy arrives much later
            ++m_outcome.faultsInjected;
            m_late.append({&d, request});
        }
        if (path == QLatin1String(SyncProtocol::PushPath) && chance(0.05)) // the server dies in the middle of it
            m_server->faults.crashAfterMutations = pick(3);
    }
    SyncReply reply = deliver(d, request);
    if (m_faults && reply.reached()) {
        if (chance(0.05)) { // delivered twice: the second answer is the one that arrives
            ++m_outcome.faultsInjected;
            reply = deliver(d, request);
        }
        if (chance(0.06)) { // committed, but the answer is lost
            ++m_outcome.faultsInjected;
            return lost;
        }
    }
    return reply;
}

void World::openDesk(SimDesk &d)
{
    d.sync.reset();
    d.runner.reset();
    d.db.reset();
    Result<std::unique_ptr<Database>> db = Database::open(d.path);
    if (!db) {
        fail(QStringLiteral("desk %1 does not open: %2").arg(d.index).arg(db.error().message));
        return;
    }
    d.db = std::move(db).value();
    d.runner = std::make_unique<CommandRunner>(*d.db);
    d.sync = std::make_unique<DeskSync>(*d.db, *d.runner);
    d.sync->skipRebase = m_options.bugSkipRebase;
    d.sync->crashAt = [this](const char *) { return m_faults && chance(0.03); };
}

void World::crashDesk(SimDesk &d)
{
    ++m_outcome.faultsInjected;
    openDesk(d); // what was committed is there; what was not is gone, as after a power cut
}

std::optional<ServiceRequest> World::someRequest(SimDesk &d)
{
    RequestRepository repo(*d.db);
    const qint64 n = d.db->countedRows("service_request") + 40;
    for (int i = 0; i < 8; ++i)
        if (std::optional<ServiceRequest> r = repo.getByLocalId(1 + pick(int(n))))
            return r;
    return std::nullopt;
}

std::optional<Citizen> World::someCitizen(SimDesk &d)
{
    CitizenRepository repo(*d.db);
    const qint64 n = d.db->countedRows("citizen") + 20;
    for (int i = 0; i < 8; ++i)
        if (std::optional<Citizen> c = repo.getByLocalId(1 + pick(int(n))))
            return c;
    return std::nullopt;
}

IntakeDraft World::draftFor(SimDesk &d)
{
    IntakeDraft draft;
    QList<ServiceType> types = CatalogueRepository(*d.db).types();
    types.erase(std::remove_if(types.begin(), types.end(), [](const ServiceType &t) { return !t.active; }), types.end());
    if (types.isEmpty())
        return draft;
    const ServiceType &t = types.at(pick(int(types.size())));
    draft.typeId = t.id;
    for (const ServiceAttribute &a : t.attributes) {
        if (!a.required)
            continue;
        if (!a.values.isEmpty())
            draft.attributes.insert(a.code, a.values.first().key);
        else
            draft.attributes.insert(a.code, a.datatype == AttributeDatatype::Number ? QStringLiteral("2") : QStringLiteral("sim"));
    }
    if (std::optional<ServiceRequest> near = someRequest(d); near && near->location.isValid()) {
        draft.location = near->location;
        draft.address = near->address;
        draft.districtId = near->districtId;
    }
    if (chance(0.7))
        if (std::optional<Citizen> c = someCitizen(d))
            draft.citizenId = c->id;
    draft.description = QStringLiteral("Simulated report %1").arg(pick(100000));
    draft.urgency = 1 + pick(3);
    draft.emergency = chance(0.05);
    return draft;
}

void World::operate(SimDesk &d)
{
    using namespace CommandName;
    const qint64 at = m_now + d.skewMs;
    Command c{newRowId(at), {}, at, d.user.userId, {}};
    const int kind = pick(16);
    std::optional<ServiceRequest> r = someRequest(d);
    const QString requestId = r ? r->id : QString();
    switch (kind) {
    case 0:
    case 1:
        c.name = QString::fromLatin1(FileRequest);
        c.args = {{QStringLiteral("draft"), draftFor(d).toJson()}};
        break;
    case 2:
        c.name = QString::fromLatin1(JoinRequest);
        c.args = {{QStringLiteral("draft"), draftFor(d).toJson()}, {QStringLiteral("requestId"), requestId}};
        break;
    case 3:
    case 4:
    case 5: {
        c.name = QString::fromLatin1(Transition);
        RequestStatus to = RequestStatus(pick(10));
        if (r && chance(0.8)) {
            const std::optional<User> u = OrganisationRepository(*d.db).user(d.user.userId);
            WorkflowEngine engine(*d.db, [at] { return at; });
            const QList<RequestStatus> moves = engine.allowedMoves(*r, Actor{d.user.userId, u ? u->role : Role::Operator, u ? u->departmentId : QString()});
            if (!moves.isEmpty())
                to = moves.at(pick(int(moves.size())));
        }
        c.args = {{QStringLiteral("requestId"), requestId}, {QStringLiteral("to"), toCode(to)}, {QStringLiteral("note"), QStringLiteral("sim note")}};
        if (to == RequestStatus::Resolved)
            c.args.insert(QStringLiteral("accuracy"), QStringLiteral("accurate"));
        break;
    }
    case 6: {
        c.name = QString::fromLatin1(Reroute);
        const QList<Department> ds = OrganisationRepository(*d.db).departments();
        c.args = {{QStringLiteral("requestId"), requestId},
                  {QStringLiteral("departmentId"), ds.isEmpty() ? QString() : ds.at(pick(int(ds.size()))).id},
                  {QStringLiteral("reason"), QStringLiteral("sim reroute")}};
        break;
    }
    case 7: {
        c.name = QString::fromLatin1(Assign);
        QStringList crews;
        for (const Department &dep : OrganisationRepository(*d.db).departments())
            if (dep.kind == DepartmentKind::Crew)
                crews.append(dep.id);
        c.args = {{QStringLiteral("requestId"), requestId}, {QStringLiteral("crewId"), crews.isEmpty() ? QString() : crews.at(pick(int(crews.size())))}};
        break;
    }
    case 8:
    case 9:
        c.name = QString::fromLatin1(AddNote);
        c.args = {{QStringLiteral("requestId"), requestId}, {QStringLiteral("text"), QStringLiteral("note %1 (%2)").arg(pick(1000)).arg(c.id)}};
        break;
    case 10: {
        c.name = QString::fromLatin1(LinkDuplicate);
        const std::optional<ServiceRequest> master = someRequest(d);
        c.args = {{QStringLiteral("requestId"), requestId}, {QStringLiteral("masterId"), master ? master->id : QString()}};
        break;
    }
    case 11:
        c.name = QString::fromLatin1(RateSatisfaction);
        c.args = {{QStringLiteral("requestId"), requestId}, {QStringLiteral("score"), 1 + pick(5)}, {QStringLiteral("comment"), QStringLiteral("sim")}};
        break;
    case 12: {
        c.name = QString::fromLatin1(SaveCitizen);
        Citizen citizen;
        bool isNew = chance(0.5);
        if (!isNew) {
            // Half the edits go to three "busy" citizens, so that desks' edits of one citizen meet.
            std::optional<Citizen> existing = chance(0.5) ? CitizenRepository(*d.db).getByLocalId(1 + pick(3)) : someCitizen(d);
            if (existing)
                citizen = *existing;
            else
                isNew = true;
        }
        if (isNew) {
            citizen.id = newRowId(at + 1);
            citizen.givenName = QStringLiteral("Νίκος");
            citizen.familyName = QStringLiteral("Sim%1").arg(pick(10000));
            citizen.phones.append(CitizenPhone{{}, QStringLiteral("69%1").arg(10000000 + pick(89999999)), QStringLiteral("mobile"), false});
        }
        citizen.notes = QStringLiteral("edited at %1 on desk %2").arg(at).arg(d.index);
        c.args = {{QStringLiteral("citizen"), QJsonDocument::fromJson(citizenToJson(citizen).toUtf8()).object()}, {QStringLiteral("isNew"), isNew}};
        if (!isNew) // the version it was edited from: two desks' edits of it meet as a conflict
            c.args.insert(QStringLiteral("baseUpdatedAt"), QString::number(citizen.stamp.updatedAt));
        break;
    }
    case 13: {
        c.name = QString::fromLatin1(MergeCitizens);
        const std::optional<Citizen> a = someCitizen(d), b = someCitizen(d);
        c.args = {{QStringLiteral("survivorId"), a ? a->id : QString()}, {QStringLiteral("mergedId"), b ? b->id : QString()}};
        break;
    }
    case 14:
        c.name = QString::fromLatin1(StartCall);
        c.args = {{QStringLiteral("number"), QStringLiteral("69%1").arg(10000000 + pick(89999999))}};
        break;
    default:
        if (d.lastCall.isEmpty())
            return;
        if (chance(0.5)) {
            c.name = QString::fromLatin1(LinkCall);
            c.args = {{QStringLiteral("callId"), d.lastCall}, {QStringLiteral("requestId"), requestId}, {QStringLiteral("relation"), QStringLiteral("looked_at")}};
        } else {
            c.name = QString::fromLatin1(EndCall);
            c.args = {{QStringLiteral("callId"), d.lastCall}};
        }
        break;
    }
    const qint64 before = d.sync->lastMutationId();
    Result<QJsonObject> answer = d.sync->run(c);
    if (!answer) {
        if (answer.error().code == QLatin1String("sync.crash"))
            crashDesk(d);
        return; // refused here: nothing saved, nothing to send
    }
    const qint64 id = d.sync->lastMutationId();
    if (id != before + 1) {
        fail(QStringLiteral("desk %1: a saved command got mutation %2 after %3").arg(d.index).arg(id).arg(before));
        return;
    }
    // The command as it was stored (its time moved by the hybrid clock, a tracking number added).
    ++m_outcome.saved;
    m_saved.append(Saved{d.clientId, id, c.id, d.sync->lastCommand().args.value(QStringLiteral("trackingNumber")).toString(),
                         c.name == QLatin1String(AddNote) ? c.args.value(QStringLiteral("requestId")).toString() : QString(),
                         c.name == QLatin1String(AddNote) ? c.args.value(QStringLiteral("text")).toString() : QString()});
    if (c.name == QLatin1String(StartCall))
        d.lastCall = answer->value(QStringLiteral("callId")).toString();
}

void World::push(SimDesk &d)
{
    SimNetwork net(*this, d);
    Result<DeskSync::PushResult> r = d.sync->push(net);
    if (!r && qEnvironmentVariableIsSet("CIVICDESK_SIM_TRACE"))
        qInfo("desk %d push: %s %s", d.index, qPrintable(r.error().code), qPrintable(r.error().message));
}

void World::pull(SimDesk &d)
{
    SimNetwork net(*this, d);
    Result<DeskSync::PullResult> r = d.sync->pull(net);
    if (r && qEnvironmentVariableIsSet("CIVICDESK_SIM_TRACE"))
        qInfo("desk %d pulled %d rows, removed %d, waiting %d, scope %d", d.index, r->rows, r->removed, d.sync->waiting(), d.sync->settings().scopeMonths);
    if (!r && qEnvironmentVariableIsSet("CIVICDESK_SIM_TRACE"))
        qInfo("desk %d pull: %s %s", d.index, qPrintable(r.error().code), qPrintable(r.error().message));
    if (!r && r.error().code == QLatin1String("sync.crash"))
        crashDesk(d);
    else if (!r && r.error().code == QLatin1String("sync.snapshot-required") && d.sync->settings().epoch == QLatin1String("scope-widened"))
        restart(d); // its copy for the wider scope was not fetched yet (the network failed it)
    else if (!r && r.error().code == QLatin1String("sync.snapshot-required"))
        fail(QStringLiteral("desk %1 was asked for a new snapshot").arg(d.index));
}

void World::restart(SimDesk &d)
{
    d.sync.reset();
    d.runner.reset();
    d.db.reset();
    SimNetwork net(*this, d);
    Result<DeskSync::Restart> r = DeskSync::restartFromServer(net, d.path);
    if (!r && qEnvironmentVariableIsSet("CIVICDESK_SIM_TRACE"))
        qInfo("desk %d restart: %s %s", d.index, qPrintable(r.error().code), qPrintable(r.error().message));
    openDesk(d); // the new copy, or the old file as it was
}

void World::scopeWork(SimDesk &d)
{
    const int months = d.sync->settings().scopeMonths;
    if (months <= 0)
        return;
    SimNetwork net(*this, d);
    if (chance(0.7)) {
        // An operator opens a request the desk may not hold: one of the server's, by id or by tracking number.
        Result<std::unique_ptr<Database>> server = m_catalog->tenantData(QString::fromLatin1(TenantCode)).open();
        if (!server)
            return;
        const qint64 n = server.value()->countedRows("service_request");
        const std::optional<ServiceRequest> r = RequestRepository(*server.value()).getByLocalId(1 + pick(int(n)));
        server.value().reset();
        if (!r)
            return;
        Result<QStringList> got = chance(0.5) ? d.sync->fetchRequests(net, {{r->id}, {}, {}}) : d.sync->fetchRequests(net, {{}, r->trackingNumber, {}});
        if (got && !got->contains(r->id))
            fail(QStringLiteral("desk %1 fetched %2 and the server did not find it").arg(d.index).arg(r->trackingNumber));
        return;
    }
    const int choices[] = {1, 3, 12};
    const int next = choices[pick(3)];
    if (next == months)
        return;
    if (Status st = d.sync->setScopeMonths(next); !st) {
        fail(st.error().message);
        return;
    }
    if (next > months)
        restart(d);
}

SyncSimulation::Outcome World::run()
{
    startServer();
    if (!m_outcome.ok)
        return m_outcome;
    m_now = 1798761600000LL + qint64(pick(86400)) * 1000; // 2027-01-01 and some seconds
    // The desks: registered, each from the server's copy, with a clock hours off.
    for (int i = 0; i < m_options.desks; ++i) {
        auto d = std::make_unique<SimDesk>();
        d->index = i;
        d->user = m_logins.at(i % m_logins.size());
        d->clientId = newRowId(m_now + i);
        d->path = m_dir.filePath(QStringLiteral("desk%1.civicdesk").arg(i));
        d->skewMs = qint64(pick(6 * 3600) - 3 * 3600) * 1000;
        SimNetwork net(*this, *d);
        m_faults = false;
        DeskSync::SignIn in;
        in.token = d->user.token;
        in.userId = d->user.userId;
        const int scopes[] = {1, 3, 12};
        const int months = m_options.scopes && i % 2 == 1 ? scopes[pick(3)] : 0;
        Result<DeskSync::Settings> joined = DeskSync::join(net, QStringLiteral("sim"), QString::fromLatin1(TenantCode), in, d->user.login, d->clientId,
                                                           d->path, {}, months);
        if (!joined) {
            fail(QStringLiteral("desk %1 could not start: %2").arg(i).arg(joined.error().message));
            return m_outcome;
        }
        openDesk(*d);
        const DeskSync::Settings &s = joined.value();
        if (Status st = d->sync->adopt(s); !st) {
            fail(st.error().message);
            return m_outcome;
        }
        m_desks.push_back(std::move(d));
    }
    m_faults = m_options.faults;

    for (int step = 0; step < m_options.steps && m_outcome.ok; ++step) {
        m_now += 1000 + pick(600) * 1000;
        SimDesk &d = *m_desks.at(pick(int(m_desks.size())));
        const int action = pick(100);
        if (action < 52)
            operate(d);
        else if (action < 55)
            scopeWork(d);
        else if (action < 70)
            push(d);
        else if (action < 85)
            pull(d);
        else if (action < 90 && m_faults) {
            d.partitioned = !d.partitioned;
            ++m_outcome.faultsInjected;
        } else if (action < 93 && m_faults) {
            startServer(); // a server restart between requests
            ++m_outcome.faultsInjected;
        } else if (action < 96 && m_faults) {
            crashDesk(d);
        } else if (!m_late.isEmpty()) {
            const auto late = m_late.takeAt(pick(int(m_late.size())));
            (void)deliver(*late.first, late.second); // an old copy arrives; its answer goes nowhere
        }
    }
    // The network heals: late copies arrive, partitions end, every desk syncs until nothing waits.
    for (const auto &late : std::as_const(m_late))
        (void)deliver(*late.first, late.second);
    m_late.clear();
    m_faults = false;
    for (auto &d : m_desks)
        d->partitioned = false;
    for (int round = 0; round < 4; ++round) {
        for (auto &d : m_desks) {
            push(*d);
            pull(*d);
        }
    }
    check();
    return m_outcome;
}

void World::check()
{
    if (!m_outcome.ok)
        return;
    // The server's view, through a connection of its own.
    Result<std::unique_ptr<Database>> server = m_catalog->tenantData(QString::fromLatin1(TenantCode)).open();
    if (!server) {
        fail(server.error().message);
        return;
    }
    SyncStore serverStore(*server.value());
    const QMap<QString, QByteArray> truth = serverStore.digest();
    m_outcome.conflicts = int(ConflictStore(*server.value()).involving({}, 100000).size());
    for (auto &d : m_desks) {
        SyncStore store(*d->db);
        if (d->sync->waiting() != 0)
            fail(QStringLiteral("desk %1 still has %2 changes waiting").arg(d->index).arg(d->sync->waiting()));
        if (!store.dirtyKeys().isEmpty())
            fail(QStringLiteral("desk %1 still has rows marked as its own").arg(d->index));
        // A partial replica: the server's rows within its scope (as of its last pull) and the server's summaries.
        const bool partial = d->sync->settings().scopeMonths > 0;
        const std::optional<SyncScope> scope = d->sync->scope();
        if (partial && !scope)
            fail(QStringLiteral("desk %1 keeps a partial replica but knows no scope").arg(d->index));
        const QMap<QString, QByteArray> truthHere = partial && scope ? serverStore.digest(*scope) : truth;
        const QMap<QString, QByteArray> mine = partial ? store.digestWithSummaries() : store.digest();
        for (auto it = truthHere.cbegin(); it != truthHere.cend(); ++it)
            if (mine.value(it.key()) != it.value())
                fail(QStringLiteral("desk %1 differs from the server in %2 (%3 vs %4)")
                         .arg(d->index)
                         .arg(it.key(), QString::fromLatin1(mine.value(it.key()).left(12)), QString::fromLatin1(it.value().left(12))));
        // Derived tables: what the desk keeps equals a rebuild from its rows.
        const QByteArray derived = store.derivedDigest();
        if (Status st = d->db->transaction([&] { return SearchIndexer(*d->db).rebuildAll(); }); !st)
            fail(st.error().message);
        if (store.derivedDigest() != derived)
            fail(QStringLiteral("desk %1: the search index differs from a rebuild").arg(d->index));
    }
    // Every saved change is exactly one mutation on the server, applied or rejected, the same command.
    QHash<QString, qint64> perClient;
    for (const Saved &s : std::as_const(m_saved)) {
        perClient[s.clientId] = std::max(perClient.value(s.clientId), s.mutationId);
        const std::optional<LedgerEntry> e = serverStore.mutation(s.clientId, s.mutationId);
        if (!e) {
            fail(QStringLiteral("mutation %1 of %2 is missing on the server").arg(s.mutationId).arg(s.clientId.right(6)));
            continue;
        }
        if (e->commandId != s.commandId)
            fail(QStringLiteral("mutation %1 of %2 is another command on the server").arg(s.mutationId).arg(s.clientId.right(6)));
        (e->applied ? m_outcome.applied : m_outcome.rejected) += 1;
        // What was answered is what happened: an applied filing left its request, a rejected one none.
        if (!s.trackingNumber.isEmpty()) {
            const bool exists = RequestRepository(*server.value()).byTrackingNumber(s.trackingNumber).has_value();
            if (exists != e->applied)
                fail(QStringLiteral("request %1 was %2 but %3 on the server")
                         .arg(s.trackingNumber, e->applied ? QStringLiteral("applied") : QStringLiteral("rejected"),
                              exists ? QStringLiteral("exists") : QStringLiteral("is missing")));
        }
        // An applied note is in its request's history once; a rejected one not at all.
        if (!s.noteText.isEmpty()) {
            const QList<RequestEvent> events = RequestRepository(*server.value()).events(s.noteRequest);
            const qsizetype times = std::count_if(events.cbegin(), events.cend(), [&](const RequestEvent &ev) {
                return ev.kind == EventKind::Note && ev.body == s.noteText;
            });
            if (times != (e->applied ? 1 : 0))
                fail(QStringLiteral("note of mutation %1 of %2 is %3 times on the server, and was %4")
                         .arg(s.mutationId)
                         .arg(s.clientId.right(6))
                         .arg(times)
                         .arg(e->applied ? QStringLiteral("applied") : QStringLiteral("rejected")));
        }
    }
    for (auto &d : m_desks) {
        if (serverStore.lastMutationId(d->clientId) != perClient.value(d->clientId))
            fail(QStringLiteral("desk %1: the server holds %2 mutations, the desk saved %3")
                     .arg(d->index)
                     .arg(serverStore.lastMutationId(d->clientId))
                     .arg(perClient.value(d->clientId)));
    }
    // Every status history is one unbroken path of the request's workflow that ends at the request's status.
    RequestRepository requests(*server.value());
    WorkflowEngine workflows(*server.value(), [this] { return m_now; });
    const qint64 n = server.value()->countedRows("service_request") + 200;
    for (qint64 local = 1; local <= n; ++local) {
        const std::optional<ServiceRequest> r = requests.getByLocalId(local);
        if (!r)
            continue;
        QString at;
        for (const RequestEvent &e : requests.events(r->id)) {
            if (e.kind != EventKind::StatusChange)
                continue;
            if (!at.isEmpty() && e.fromValue != at)
                fail(QStringLiteral("request %1 moved from %2 while it was %3").arg(r->trackingNumber, e.fromValue, at));
            const std::optional<RequestStatus> from = requestStatusFromCode(e.fromValue), to = requestStatusFromCode(e.toValue);
            if (!from || !to || !workflows.workflowOf(*r).find(*from, *to))
                fail(QStringLiteral("request %1 moved from %2 to %3, which its workflow has no way for").arg(r->trackingNumber, e.fromValue, e.toValue));
            at = e.toValue;
        }
        if (!at.isEmpty() && at != toCode(r->status))
            fail(QStringLiteral("request %1 is %2 but its history ends at %3").arg(r->trackingNumber, toCode(r->status), at));
    }
}

} // namespace

Status SyncSimulation::prepare(const QString &dir)
{
    QDir().mkpath(dir);
    if (QFile::exists(dir + QStringLiteral("/logins.json")))
        return {};
    Result<std::unique_ptr<ServerCatalog>> catalog = ServerCatalog::open(dir + QStringLiteral("/server.db"));
    if (!catalog)
        return catalog.error();
    if (Status st = TenantAdmin::addTenant(*catalog.value(), QString::fromLatin1(TenantCode), QStringLiteral("Simulated"), QStringLiteral("GR")); !st)
        return st;
    DemoOptions demo;
    demo.citizens = 40;
    demo.requests = 120;
    demo.seed = 11;
    if (Result<DemoSummary> s = TenantAdmin::generate(*catalog.value(), QString::fromLatin1(TenantCode), demo, {}); !s)
        return s.error();
    // An operator, a department's staff member and head, a supervisor: the department of the busiest type.
    QString department;
    {
        Result<std::unique_ptr<Database>> db = Database::open(catalog.value()->tenantDataPath(QString::fromLatin1(TenantCode)));
        if (!db)
            return db.error();
        for (const Department &d : OrganisationRepository(*db.value()).departments())
            if (d.kind == DepartmentKind::Department && department.isEmpty())
                department = d.code;
    }
    const std::pair<const char *, Role> users[] = {{"op1", Role::Operator}, {"staff1", Role::DepartmentStaff}, {"sup1", Role::Supervisor},
                                                   {"head1", Role::DepartmentHead}, {"op2", Role::Operator}};
    for (const auto &[login, role] : users) {
        const bool inDepartment = role == Role::DepartmentStaff || role == Role::DepartmentHead;
        if (Status st = TenantAdmin::addUser(*catalog.value(), QString::fromLatin1(TenantCode), QString::fromLatin1(login), role,
                                             inDepartment ? department : QString(), QString::fromLatin1(Password));
            !st)
            return st;
    }
    // Their sign-ins, made through the API once (Argon2id is slow on purpose).
    SyncService::Options o;
    o.tokenLifetimeMs = 100LL * 365 * 86400000;
    o.clock = [] { return qint64(1798761600000LL); };
    SyncService service(*catalog.value(), o);
    QJsonArray logins;
    for (const auto &[login, role] : users) {
        HttpRequest r;
        r.method = "POST";
        r.path = QString::fromLatin1(SyncProtocol::LoginPath);
        r.body = QJsonDocument(QJsonObject{{QStringLiteral("tenant"), QString::fromLatin1(TenantCode)},
                                           {QStringLiteral("login"), QString::fromLatin1(login)},
                                           {QStringLiteral("password"), QString::fromLatin1(Password)}})
                     .toJson();
        const HttpResponse answer = service.handle(r);
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        if (answer.status != 200)
            return Error{QStringLiteral("sim.login"), QString::fromUtf8(answer.body)};
        logins.append(QJsonObject{{QStringLiteral("login"), QString::fromLatin1(login)},
                                  {QStringLiteral("token"), body.value(QStringLiteral("token"))},
                                  {QStringLiteral("userId"), body.value(QStringLiteral("userId"))}});
    }
    service.closeAll();
    QFile f(dir + QStringLiteral("/logins.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(logins).toJson()) <= 0)
        return Error{QStringLiteral("sim.write"), QStringLiteral("cannot write the logins")};
    return {};
}

SyncSimulation::Outcome SyncSimulation::run(const QString &templateDir, const Options &options)
{
    World world(templateDir, options);
    return world.run();
}

} // namespace CivicDesk
