// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-bench sync: the sync server's figures over real HTTP on loopback (the server binary beside this one);
// civicdesk-bench sync-sim: the deterministic simulation of a server and its desks, over many seeds.
#include "benchsupport.h"

#include "core/commands/commandrunner.h"
#include "core/desk/intake.h"
#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/reports/report.h"
#include "core/storage/pgscratchdatabase.h"
#include "core/storage/requestrepository.h"
#include "core/storage/servercatalog.h"
#include "core/storage/syncstore.h"
#include "core/sync/curltransport.h"
#include "core/sync/desksync.h"
#include "core/sync/protocol.h"
#include "server/simulation.h"
#include "server/tenantadmin.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace CivicDesk::Bench {
namespace {

const QString benchPassword = QStringLiteral("bench password 1");

double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void raiseFileLimit()
{
    rlimit l{};
    if (getrlimit(RLIMIT_NOFILE, &l) == 0 && l.rlim_cur < l.rlim_max) {
        l.rlim_cur = l.rlim_max;
        setrlimit(RLIMIT_NOFILE, &l);
    }
}

qint64 rssKb(qint64 pid, const char *field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// A desk with a replica of its own, on the thread that builds it.
struct BenchDesk
{
    CurlTransport net;
    std::unique_ptr<Database> db;
    std::unique_ptr<CommandRunner> runner;
    std::unique_ptr<DeskSync> sync;
    QString userId;

    BenchDesk(const QString &url, const QString &tenant, const QString &path, const DeskSync::SignIn &in, QString *error)
        : net(url)
        , userId(in.userId)
    {
        const QString client = (newRowId(QDateTime::currentMSecsSinceEpoch()) + QString::number(quintptr(this), 16)).left(60);
        Result<DeskSync::Settings> joined = DeskSync::join(net, url, tenant, in, QStringLiteral("bench"), client, path);
        if (!joined) {
            *error = joined.error().message;
            return;
        }
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        if (!opened) {
            *error = opened.error().message;
            return;
        }
        db = std::move(opened).value();
        runner = std::make_unique<CommandRunner>(*db);
        sync = std::make_unique<DeskSync>(*db, *runner);
        if (Status st = sync->adopt(joined.value()); !st)
            *error = st.error().message;
    }
    Result<QJsonObject> run(const char *name, QJsonObject args)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return sync->run(Command{newRowId(now), QString::fromLatin1(name), now, userId, std::move(args)});
    }
};

IntakeDraft draftFrom(Database &db)
{
    RequestRepository repo(db);
    for (qint64 local = 1; local < 100000; ++local) {
        const std::optional<ServiceRequest> r = repo.getByLocalId(local);
        if (!r || !r->location.isValid())
            continue;
        IntakeDraft d;
        d.typeId = r->serviceTypeId;
        d.attributes = r->attributes;
        d.location = r->location;
        d.address = r->address;
        d.districtId = r->districtId;
        d.description = QStringLiteral("Bench report");
        return d;
    }
    return {};
}

/// Requests filed and moved on (accepted) by @p desks desks at once, each pushing batches of ten mutations to
/// @p url for @p seconds seconds, as fast as the server answers: the mutations applied a second.
double sustainedMutations(const QString &url, const QString &tenant, const DeskSync::SignIn &in, const IntakeDraft &draft, int desks, int seconds)
{
    std::atomic<long> applied{0}, rejected{0};
    std::atomic<bool> stop{false};
    std::mutex lock;
    QMap<QString, int> refusals; // by code, what is not applied: said, so that a rate is read with its cause
    std::vector<std::thread> threads;
    const double start = nowMs();
    for (int i = 0; i < desks; ++i) {
        threads.emplace_back([&, i] {
            CurlTransport t(url);
            const QString client = newRowId(QDateTime::currentMSecsSinceEpoch()) + QStringLiteral("w%1").arg(i);
            Result<QString> code = DeskSync::registerDesk(t, in.token, tenant, client);
            if (!code)
                return;
            qint64 id = 0;
            int number = 0;
            QStringList open;
            while (!stop) {
                QJsonArray batch;
                for (int k = 0; k < 10; ++k) {
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    Command c{newRowId(now), {}, now, in.userId, {}};
                    if (!open.isEmpty() && k % 2 == 1) {
                        c.name = QString::fromLatin1(CommandName::Transition);
                        c.args = {{QStringLiteral("requestId"), open.takeFirst()}, {QStringLiteral("to"), QStringLiteral("accepted")}};
                    } else {
                        c.name = QString::fromLatin1(CommandName::FileRequest);
                        c.args = {{QStringLiteral("draft"), draft.toJson()},
                                  {QStringLiteral("trackingNumber"), QStringLiteral("%1-%2-%3").arg(QDate::currentDate().year() % 100).arg(code.value()).arg(++number, 5, 10, QLatin1Char('0'))}};
                    }
                    batch.append(QJsonObject{{QStringLiteral("id"), ++id}, {QStringLiteral("command"), c.toJson()}});
                }
                const SyncReply reply = t.post(QString::fromLatin1(SyncProtocol::PushPath),
                                               {{QStringLiteral("tenant"), tenant}, {QStringLiteral("clientId"), client},
                                                {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("mutations"), batch}},
                                               in.token);
                for (const QJsonValue &v : reply.body.value(QStringLiteral("results")).toArray()) {
                    const QJsonObject r = v.toObject();
                    if (r.value(QStringLiteral("outcome")).toString() == QLatin1String("applied")) {
                        ++applied;
                        const QString filed = r.value(QStringLiteral("answer")).toObject().value(QStringLiteral("requestId")).toString();
                        if (!filed.isEmpty())
                            open.append(filed);
                    } else {
                        ++rejected;
                        std::lock_guard<std::mutex> g(lock);
                        ++refusals[r.value(QStringLiteral("outcome")).toString() + u' ' + r.value(QStringLiteral("code")).toString()];
                    }
                }
                if (!reply.ok()) {
                    std::lock_guard<std::mutex> g(lock);
                    ++refusals[QStringLiteral("HTTP %1 %2").arg(reply.status).arg(reply.code())];
                }
                if (!reply.ok())
                    id = reply.body.value(QStringLiteral("lastMutationId")).toInteger(id);
            }
        });
    }
    QThread::sleep(seconds);
    stop = true;
    for (std::thread &t : threads)
        t.join();
    const double elapsed = (nowMs() - start) / 1000.0;
    std::fprintf(stderr, "%s: %ld applied, %ld rejected in %.1f s from %d desks\n", qPrintable(url), applied.load(), rejected.load(), elapsed, desks);
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        std::fprintf(stderr, "  not applied: %s ×%d\n", qPrintable(it.key()), it.value());
    return applied / elapsed;
}

/// civicdesk-server started on 127.0.0.1:@p port over @p store (--db FILE or --postgres CONNINFO ...), returned
/// once it answers /health.
bool startServer(QProcess &server, const QStringList &store, quint16 port, const QString &httpLayer = QStringLiteral("own"))
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/civicdesk-server"),
                 store + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--log-level"), QStringLiteral("warning"),
                                     QStringLiteral("--ladder-seconds"), QStringLiteral("0"), QStringLiteral("--http-layer"), httpLayer});
    if (!server.waitForStarted(5000))
        return false;
    CurlTransport probe(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QElapsedTimer t;
    t.start();
    while (probe.get(QString::fromLatin1(SyncProtocol::HealthPath), {}, 1000).status != 200) {
        if (t.elapsed() > 30000)
            return false;
        QThread::msleep(20);
    }
    return true;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

int benchSync(const QStringList &args)
{
    qint64 citizens = 2000, requests = 8000;
    int desks = 50, idle = 1000, seconds = 10;
    QString keep, httpLayer = QStringLiteral("own");
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString flag = args.at(i), value = args.at(i + 1);
        if (flag == QLatin1String("--citizens"))
            citizens = value.toLongLong();
        else if (flag == QLatin1String("--requests"))
            requests = value.toLongLong();
        else if (flag == QLatin1String("--desks"))
            desks = value.toInt();
        else if (flag == QLatin1String("--idle"))
            idle = value.toInt();
        else if (flag == QLatin1String("--seconds"))
            seconds = value.toInt();
        else if (flag == QLatin1String("--server-dir"))
            keep = value;
        else if (flag == QLatin1String("--http-layer") && (value == QLatin1String("own") || value == QLatin1String("qt")))
            httpLayer = value;
        else {
            std::fprintf(stderr, "usage: civicdesk-bench sync [--citizens N --requests M] [--desks D] [--idle K] [--seconds S] [--server-dir DIR] [--http-layer own|qt]\n");
            return 2;
        }
    }
    raiseFileLimit();
    QTemporaryDir scratch;
    const QString dir = keep.isEmpty() ? scratch.path() : keep;
    QDir().mkpath(dir);
    const QString catalogPath = dir + QStringLiteral("/server.db");
    QElapsedTimer timer;
    {
        // The server's data: BIG, a municipality of the given size (kept in --server-dir for the next run),
        // and CITY, a small one the many desks replicate.
        Result<std::unique_ptr<ServerCatalog>> catalog = ServerCatalog::open(catalogPath);
        if (!catalog) {
            std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message));
            return 1;
        }
        const auto prepare = [&](const QString &code, qint64 c, qint64 r) -> Status {
            if (catalog.value()->tenant(code))
                return {};
            if (Status st = TenantAdmin::addTenant(*catalog.value(), code, code, QStringLiteral("GR")); !st)
                return st;
            DemoOptions o;
            o.citizens = c;
            o.requests = r;
            o.seed = 42;
            o.until = QDateTime::currentDateTimeUtc();
            timer.start();
            if (Result<DemoSummary> s = TenantAdmin::generate(*catalog.value(), code, o, {}); !s)
                return s.error();
            std::fprintf(stderr, "tenant %s: %lld citizens, %lld requests generated in %.1f s\n", qPrintable(code), c, r, timer.elapsed() / 1000.0);
            return TenantAdmin::addUser(*catalog.value(), code, QStringLiteral("bench"), Role::Supervisor, {}, benchPassword);
        };
        for (const auto &[code, c, r] : {std::tuple{QStringLiteral("BIG"), citizens, requests}, std::tuple{QStringLiteral("CITY"), qint64(200), qint64(600)}}) {
            if (Status st = prepare(code, c, r); !st) {
                std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
                return 1;
            }
        }
    }
    const quint16 port = freePort();
    QProcess server;
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QStringList store{QStringLiteral("--db"), catalogPath};
    if (!startServer(server, store, port, httpLayer)) {
        std::fprintf(stderr, "civicdesk-server did not start\n");
        return 1;
    }
    CurlTransport net(url);
    const Result<DeskSync::SignIn> big = DeskSync::signIn(net, QStringLiteral("BIG"), QStringLiteral("bench"), benchPassword);
    const Result<DeskSync::SignIn> city = DeskSync::signIn(net, QStringLiteral("CITY"), QStringLiteral("bench"), benchPassword);
    if (!big || !city) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }

    // 1. A fresh desk of BIG, from nothing until it can work: register, the server's copy, the first pull.
    {
        QString error;
        timer.start();
        BenchDesk fresh(url, QStringLiteral("BIG"), scratch.filePath(QStringLiteral("fresh.civicdesk")), big.value(), &error);
        Result<DeskSync::PullResult> pulled = error.isEmpty() ? fresh.sync->pull(fresh.net) : Result<DeskSync::PullResult>(Error{{}, error});
        const double s = timer.elapsed() / 1000.0;
        if (!pulled) {
            std::fprintf(stderr, "initial sync failed: %s\n", qPrintable(pulled.error().message));
            return 1;
        }
        std::fprintf(stderr, "initial sync of %lld citizens and %lld requests: %.1f MB\n", citizens, requests,
                     QFileInfo(scratch.filePath(QStringLiteral("fresh.civicdesk"))).size() / 1048576.0);
        bench("initial_sync_s", s);
    }

    // 2. One mutation pushed and acknowledged.
    QString error;
    BenchDesk one(url, QStringLiteral("CITY"), scratch.filePath(QStringLiteral("one.civicdesk")), city.value(), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const IntakeDraft draft = draftFrom(*one.db);
    const QString someRequest = RequestRepository(*one.db).getByLocalId(1)->id;
    {
        std::vector<double> pushes;
        for (int i = 0; i < 200; ++i) {
            if (!one.run(CommandName::AddNote, {{QStringLiteral("requestId"), someRequest}, {QStringLiteral("text"), QStringLiteral("bench %1").arg(i)}}))
                continue;
            const double t0 = nowMs();
            if (one.sync->push(one.net))
                pushes.push_back(nowMs() - t0);
            if (i % 20 == 19)
                (void)one.sync->pull(one.net);
        }
        bench("push_p50_ms", percentile(pushes, 0.5));
        bench("push_p95_ms", percentile(pushes, 0.95));
    }

    // 3. Propagation: desks wait on the poke; one files a request; each pulls when poked.
    {
        std::atomic<bool> stop{false};
        std::atomic<int> ready{0};
        std::mutex lock;
        QString target;
        double filedAt = 0;
        std::vector<double> delays;
        std::vector<std::thread> threads;
        for (int i = 0; i < desks; ++i) {
            threads.emplace_back([&, i] {
                QString err;
                BenchDesk d(url, QStringLiteral("CITY"), scratch.filePath(QStringLiteral("desk%1.civicdesk").arg(i)), city.value(), &err);
                if (!err.isEmpty()) {
                    std::fprintf(stderr, "desk %d: %s\n", i, qPrintable(err));
                    ++ready;
                    return;
                }
                CurlTransport poke(url);
                ++ready;
                QString seen;
                while (!stop) {
                    const qint64 cursor = d.sync->settings().cursor;
                    (void)poke.get(QString::fromLatin1(SyncProtocol::PokePath) + QStringLiteral("?tenant=CITY&cursor=%1").arg(cursor), city->token, 3000);
                    if (stop)
                        break;
                    if (!d.sync->pull(d.net))
                        continue;
                    QString wanted;
                    double at = 0;
                    {
                        std::lock_guard<std::mutex> g(lock);
                        wanted = target;
                        at = filedAt;
                    }
                    if (!wanted.isEmpty() && wanted != seen && RequestRepository(*d.db).byTrackingNumber(wanted)) {
                        const double ms = nowMs() - at;
                        seen = wanted;
                        std::lock_guard<std::mutex> g(lock);
                        delays.push_back(ms);
                    }
                }
            });
        }
        while (ready < desks)
            QThread::msleep(50);
        QThread::msleep(500);
        const int rounds = 20;
        for (int r = 0; r < rounds; ++r) {
            Result<QJsonObject> filed = one.run(CommandName::FileRequest, {{QStringLiteral("draft"), draft.toJson()}});
            if (!filed)
                continue;
            {
                std::lock_guard<std::mutex> g(lock);
                target = filed->value(QStringLiteral("trackingNumber")).toString();
                filedAt = nowMs();
            }
            (void)one.sync->push(one.net);
            QThread::msleep(400);
        }
        QThread::msleep(1000);
        stop = true;
        for (std::thread &t : threads)
            t.join();
        std::fprintf(stderr, "propagation: %zu of %d arrivals measured\n", delays.size(), rounds * desks);
        bench("propagation_p50_ms", percentile(delays, 0.5));
        bench("propagation_p99_ms", percentile(delays, 0.99));
    }

    // 4. Sustained mutations from many desks: requests filed and moved on, batches of ten.
    bench("server_mutations_per_s", sustainedMutations(url, QStringLiteral("CITY"), city.value(), draft, desks, seconds));

    // 5. Idle desks: connections each holding a poll, and the server's memory. A server started afresh, so that
    // the large tenant's pages read for its snapshot are not counted.
    {
        server.terminate();
        server.waitForFinished(10000);
        if (!startServer(server, store, port, httpLayer)) {
            std::fprintf(stderr, "civicdesk-server did not start again\n");
            return 1;
        }
        const qint64 before = rssKb(server.processId());
        CurlTransport probe(url);
        const qint64 cursor = probe.get(QString::fromLatin1(SyncProtocol::PokePath) + QStringLiteral("?tenant=CITY&cursor=0"), city->token, 5000)
                                  .body.value(QStringLiteral("cursor")).toInteger();
        std::vector<int> sockets;
        const QByteArray request = "GET /api/v1/sync/poke?tenant=CITY&cursor=" + QByteArray::number(cursor) + " HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer "
                                   + city->token.toLatin1() + "\r\n\r\n";
        for (int i = 0; i < idle; ++i) {
            const int s = ::socket(AF_INET, SOCK_STREAM, 0);
            if (s < 0)
                break;
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_port = htons(port);
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::write(s, request.constData(), size_t(request.size())) != request.size()) {
                ::close(s);
                break;
            }
            sockets.push_back(s);
        }
        QThread::sleep(3);
        const qint64 held = rssKb(server.processId());
        const qint64 anon = rssKb(server.processId(), "RssAnon:");
        std::fprintf(stderr, "%zu idle desks connected; server RSS %.1f MB before, %.1f MB with them (%.1f MB of it the heap)\n", sockets.size(),
                     before / 1024.0, held / 1024.0, anon / 1024.0);
        bench("idle_desks", double(sockets.size()));
        bench("idle_desks_rss_mb", held / 1024.0);
        bench("idle_desks_anon_mb", anon / 1024.0);
        for (int s : sockets)
            ::close(s);
    }
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}

int benchSyncSim(const QStringList &args)
{
    int seeds = 100, desks = 3, steps = 80;
    quint64 from = 1;
    SyncSimulation::Options options;
    QString templateDir;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString flag = args.at(i), value = args.at(i + 1);
        if (flag == QLatin1String("--seeds"))
            seeds = value.toInt();
        else if (flag == QLatin1String("--from"))
            from = value.toULongLong();
        else if (flag == QLatin1String("--desks"))
            desks = value.toInt();
        else if (flag == QLatin1String("--steps"))
            steps = value.toInt();
        else if (flag == QLatin1String("--template"))
            templateDir = value;
        else if (flag == QLatin1String("--postgres"))
            options.postgresCluster = value; // a superuser's connection string of a throwaway cluster
        else if (flag == QLatin1String("--bug")) {
            options.bugNoReplayCheck = value == QLatin1String("no-replay-check");
            options.bugSplitPages = value == QLatin1String("split-pages");
            options.bugSkipRebase = value == QLatin1String("skip-rebase");
            options.bugLedgerApart = value == QLatin1String("ledger-apart");
            if (!options.bugNoReplayCheck && !options.bugSplitPages && !options.bugSkipRebase && !options.bugLedgerApart) {
                std::fprintf(stderr, "--bug is no-replay-check, split-pages, skip-rebase or ledger-apart\n");
                return 2;
            }
        } else {
            std::fprintf(stderr, "usage: civicdesk-bench sync-sim --seeds N [--from S] [--desks D] [--steps K] [--bug NAME] [--postgres CLUSTER]\n");
            return 2;
        }
    }
    if (seeds < 1 || desks < 1 || steps < 1) {
        std::fprintf(stderr, "--seeds, --desks and --steps are at least 1\n");
        return 2;
    }
    QTemporaryDir scratch;
    if (templateDir.isEmpty())
        templateDir = scratch.filePath(QStringLiteral("template"));
    if (Status st = SyncSimulation::prepare(templateDir); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 1;
    }
    options.desks = desks;
    options.steps = steps;
    int failures = 0;
    qint64 firstFailing = -1;
    long saved = 0, applied = 0, rejected = 0, faults = 0, conflicts = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < seeds; ++i) {
        options.seed = from + quint64(i);
        const SyncSimulation::Outcome o = SyncSimulation::run(templateDir, options);
        saved += o.saved;
        applied += o.applied;
        rejected += o.rejected;
        faults += o.faultsInjected;
        conflicts += o.conflicts;
        if (!o.ok) {
            ++failures;
            if (firstFailing < 0)
                firstFailing = qint64(options.seed);
            std::fprintf(stderr, "seed %llu FAILED (replay: civicdesk-bench sync-sim --seeds 1 --from %llu):\n", static_cast<unsigned long long>(options.seed),
                         static_cast<unsigned long long>(options.seed));
            for (const QString &f : o.failures)
                std::fprintf(stderr, "  %s\n", qPrintable(f));
        }
    }
    std::fprintf(stderr, "%d seeds in %.1f s: %ld commands saved on desks, %ld applied, %ld rejected, %ld faults injected, %ld conflicts\n", seeds,
                 timer.elapsed() / 1000.0, saved, applied, rejected, faults, conflicts);
    bench("sim_seeds", seeds);
    bench("sim_failures", failures);
    if (firstFailing >= 0)
        bench("sim_first_failing_seed", double(firstFailing));
    return failures == 0 ? 0 : 1;
}

} // namespace CivicDesk::Bench

namespace CivicDesk::Bench {

int benchScale(const QStringList &args)
{
    QString cluster;
    qint64 citizens = 30000, requests = 120000;
    int instances = 3, desks = 100, seconds = 10, years = 10;
    QString keep;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString flag = args.at(i), value = args.at(i + 1);
        if (flag == QLatin1String("--postgres"))
            cluster = value;
        else if (flag == QLatin1String("--citizens"))
            citizens = value.toLongLong();
        else if (flag == QLatin1String("--requests"))
            requests = value.toLongLong();
        else if (flag == QLatin1String("--instances"))
            instances = value.toInt();
        else if (flag == QLatin1String("--desks"))
            desks = value.toInt();
        else if (flag == QLatin1String("--seconds"))
            seconds = value.toInt();
        else if (flag == QLatin1String("--years"))
            years = value.toInt();
        else if (flag == QLatin1String("--keep"))
            keep = value;
        else
            cluster.clear(), instances = 0;
    }
    if (cluster.isEmpty() || instances < 1 || instances > 9 || desks < 1 || citizens < 1 || requests < 1 || years < 1 || years > 30) {
        std::fprintf(stderr, "usage: civicdesk-bench scale --postgres CLUSTER [--citizens N] [--requests M] [--years Y] [--instances 1..9] [--desks D] [--seconds S] [--keep DIR]\n"
                             "  --keep DIR: the desks' and the embedded server's files are left in a new folder in DIR\n"
                             "  CLUSTER: a superuser's connection string (bash packaging/pg-cluster.sh start DIR prints one)\n");
        return 2;
    }
    raiseFileLimit();
    QTemporaryDir scratch(keep.isEmpty() ? QDir::tempPath() + QStringLiteral("/civicdesk-scale-XXXXXX") : keep + QStringLiteral("/scale-XXXXXX"));
    if (!keep.isEmpty()) {
        scratch.setAutoRemove(false);
        std::fprintf(stderr, "the files are kept in %s\n", qPrintable(scratch.path()));
    }
    QElapsedTimer timer;
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    };

    // 1. The city loaded into PostgreSQL: generated (SQLite, in memory of a file), then copied with COPY; the same
    // city into an embedded server's file for the comparison.
    Result<std::unique_ptr<PgScratchDatabase>> pg = PgScratchDatabase::create(cluster, QStringLiteral("cd_scale"));
    if (!pg)
        return fail(pg.error().message);
    DemoOptions demo;
    demo.citizens = citizens;
    demo.requests = requests;
    demo.seed = 42;
    demo.until = QDateTime::currentDateTimeUtc();
    demo.years = years;
    {
        Result<std::unique_ptr<ServerCatalog>> catalog = ServerCatalog::openPostgres(pg.value()->conninfo());
        if (!catalog)
            return fail(catalog.error().message);
        if (Status st = TenantAdmin::addTenant(*catalog.value(), QStringLiteral("BIG"), QStringLiteral("Big city"), QStringLiteral("GR")); !st)
            return fail(st.error().message);
        timer.start();
        Result<DemoSummary> made = TenantAdmin::generate(*catalog.value(), QStringLiteral("BIG"), demo, {});
        if (!made)
            return fail(made.error().message);
        const double s = timer.elapsed() / 1000.0;
        if (Status st = TenantAdmin::addUser(*catalog.value(), QStringLiteral("BIG"), QStringLiteral("bench"), Role::Supervisor, {}, benchPassword); !st)
            return fail(st.error().message);
        if (Status st = TenantAdmin::addUser(*catalog.value(), QStringLiteral("BIG"), QStringLiteral("operator"), Role::Operator, {}, benchPassword); !st)
            return fail(st.error().message);
        const qint64 bytes = catalog.value()->postgresBytes();
        if (bytes < 0)
            return fail(QStringLiteral("the database's size could not be read"));
        std::fprintf(stderr, "PostgreSQL: %lld citizens, %lld requests, %lld rows loaded in %.1f s (%.0f rows/s), %.1f MB\n", citizens, requests,
                     made->totalRows(), s, made->totalRows() / s, bytes / 1048576.0);
        bench("pg_load_s", s);
        bench("pg_load_rows_per_s", made->totalRows() / s);
        bench("pg_db_mb", bytes / 1048576.0);
    }
    const QString catalogFile = scratch.filePath(QStringLiteral("server.db"));
    {
        Result<std::unique_ptr<ServerCatalog>> catalog = ServerCatalog::open(catalogFile);
        if (!catalog)
            return fail(catalog.error().message);
        if (Status st = TenantAdmin::addTenant(*catalog.value(), QStringLiteral("BIG"), QStringLiteral("Big city"), QStringLiteral("GR")); !st)
            return fail(st.error().message);
        if (Result<DemoSummary> made = TenantAdmin::generate(*catalog.value(), QStringLiteral("BIG"), demo, {}); !made)
            return fail(made.error().message);
        if (Status st = TenantAdmin::addUser(*catalog.value(), QStringLiteral("BIG"), QStringLiteral("bench"), Role::Supervisor, {}, benchPassword); !st)
            return fail(st.error().message);
    }
    IntakeDraft draft;
    QString epoch;
    qint64 seq = 0;
    {
        Result<std::unique_ptr<Database>> data = DatabaseLocation{QStringLiteral("BIG"), pg.value()->conninfo(), QStringLiteral("BIG")}.open();
        if (!data)
            return fail(data.error().message);
        draft = draftFrom(*data.value());
        epoch = SyncStore(*data.value()).epoch();
        seq = SyncStore(*data.value()).currentSeq();
    }

    // 2. The instances over the database, behind HAProxy with the shipped configuration.
    std::vector<std::unique_ptr<QProcess>> servers;
    QList<quint16> ports;
    for (int i = 0; i < instances; ++i) {
        servers.push_back(std::make_unique<QProcess>());
        ports.append(freePort());
        if (!startServer(*servers.back(), {QStringLiteral("--postgres"), pg.value()->conninfo(), QStringLiteral("--files-dir"), scratch.filePath(QStringLiteral("files"))},
                         ports.back()))
            return fail(QStringLiteral("civicdesk-server on PostgreSQL did not start"));
    }
    const quint16 front = freePort();
    QProcess haproxy;
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CIVICDESK_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(front));
        for (int i = 0; i < 3; ++i) // the shipped file names three; fewer instances: the first again
            env.insert(QStringLiteral("CIVICDESK_SERVER_%1").arg(i + 1), QStringLiteral("127.0.0.1:%1").arg(ports.at(std::min<qsizetype>(i, ports.size() - 1))));
        env.insert(QStringLiteral("CIVICDESK_HAPROXY_STATS"), scratch.filePath(QStringLiteral("haproxy.sock")));
        env.insert(QStringLiteral("CIVICDESK_HAPROXY_LOG"), QStringLiteral("stderr"));
        haproxy.setProcessEnvironment(env);
        haproxy.setStandardOutputFile(QProcess::nullDevice());
        haproxy.setStandardErrorFile(QProcess::nullDevice());
        haproxy.start(QStringLiteral("/usr/sbin/haproxy"), {QStringLiteral("-db"), QStringLiteral("-f"), QStringLiteral(CIVICDESK_SOURCE_DIR "/packaging/haproxy/civicdesk.cfg")});
        if (!haproxy.waitForStarted(5000))
            return fail(QStringLiteral("HAProxy did not start (Debian's package haproxy)"));
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(front);
    Result<DeskSync::SignIn> in = Error{};
    for (QElapsedTimer t; !t.isValid() || (!in && t.elapsed() < 15000); QThread::msleep(200)) {
        if (!t.isValid())
            t.start();
        CurlTransport net(url);
        in = DeskSync::signIn(net, QStringLiteral("BIG"), QStringLiteral("bench"), benchPassword);
    }
    if (!in)
        return fail(QStringLiteral("no sign-in through HAProxy: ") + in.error().message);

    // 3. Mutations from many desks through HAProxy, while one desk pulls what they make, page by page.
    std::vector<double> pages;
    int pulls = 0;
    std::atomic<bool> stopPulling{false};
    // The pulling desk registered before the load begins.
    const QString client = newRowId(QDateTime::currentMSecsSinceEpoch()) + QStringLiteral("puller");
    {
        CurlTransport t(url);
        if (Result<QString> code = DeskSync::registerDesk(t, in->token, QStringLiteral("BIG"), client); !code)
            return fail(QStringLiteral("the pulling desk could not register: ") + code.error().message);
    }
    std::thread puller([&] {
        CurlTransport t(url);
        qint64 cursor = seq;
        while (!stopPulling) {
            const double t0 = nowMs();
            const SyncReply r = t.post(QString::fromLatin1(SyncProtocol::PullPath),
                                       {{QStringLiteral("tenant"), QStringLiteral("BIG")}, {QStringLiteral("clientId"), client},
                                        {QStringLiteral("schemaVersion"), Database::currentSchemaVersion}, {QStringLiteral("epoch"), epoch},
                                        {QStringLiteral("cursor"), cursor}},
                                       in->token);
            const double ms = nowMs() - t0;
            ++pulls;
            const qint64 to = r.body.value(QStringLiteral("cursor")).toInteger(cursor);
            if (r.ok() && to > cursor)
                pages.push_back(ms);
            else if (!r.ok())
                std::fprintf(stderr, "a pull failed: HTTP %d %s\n", r.status, qPrintable(r.code()));
            cursor = to;
            if (!r.body.value(QStringLiteral("more")).toBool())
                QThread::msleep(100);
        }
    });
    const double pgRate = sustainedMutations(url, QStringLiteral("BIG"), in.value(), draft, desks, seconds);
    stopPulling = true;
    puller.join();
    std::fprintf(stderr, "%d pulls, %zu of them with changes (measured)\n", pulls, pages.size());
    bench("pg_server_mutations_per_s", pgRate);
    bench("pg_pull_page_ms_p50", percentile(pages, 0.5));
    bench("pg_pull_page_ms", percentile(pages, 0.95));

    // 3b. An operator's desk through HAProxy, a partial replica (every open request, the last 12 months): joined
    // and pulled once; then old requests it does not hold, opened one by one (fetched with their history). The
    // whole municipality's replica beside it for the comparison.
    {
        const auto deskAt = [&](const QString &file, int months, double *tookS, double *megabytes, qint64 *held) -> Status {
            CurlTransport net(url);
            Result<DeskSync::SignIn> op = DeskSync::signIn(net, QStringLiteral("BIG"), QStringLiteral("operator"), benchPassword);
            if (!op)
                return op.error();
            const QString path = scratch.filePath(file);
            QElapsedTimer t;
            t.start();
            Result<DeskSync::Settings> joined = DeskSync::join(net, url, QStringLiteral("BIG"), op.value(), QStringLiteral("operator"),
                                                               newRowId(QDateTime::currentMSecsSinceEpoch()) + file, path, {}, months);
            if (!joined)
                return joined.error();
            const qint64 fetched = t.elapsed();
            qint64 adopted = 0;
            {
                Result<std::unique_ptr<Database>> db = Database::open(path);
                if (!db)
                    return db.error();
                CommandRunner runner(*db.value());
                DeskSync sync(*db.value(), runner);
                if (Status st = sync.adopt(joined.value()); !st)
                    return st;
                adopted = t.elapsed();
                if (Result<DeskSync::PullResult> pulled = sync.pull(net); !pulled)
                    return pulled.error();
                *held = RequestRepository(*db.value()).count();
            }
            std::fprintf(stderr, "%s: the copy fetched in %.1f s, opened and adopted in %.1f s, the first pull in %.1f s\n", qPrintable(file),
                         fetched / 1000.0, (adopted - fetched) / 1000.0, (t.elapsed() - adopted) / 1000.0);
            *tookS = t.elapsed() / 1000.0;
            *megabytes = (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0;
            return {};
        };
        double scopedS = 0, scopedMb = 0, wholeS = 0, wholeMb = 0;
        qint64 scopedHeld = 0, wholeHeld = 0;
        if (Status st = deskAt(QStringLiteral("scoped.civicdesk"), DeskSync::DefaultScopeMonths, &scopedS, &scopedMb, &scopedHeld); !st)
            return fail(QStringLiteral("the partial replica: ") + st.error().message);
        if (Status st = deskAt(QStringLiteral("whole.civicdesk"), 0, &wholeS, &wholeMb, &wholeHeld); !st)
            std::fprintf(stderr, "the whole replica (for the comparison) failed: %s\n", qPrintable(st.error().message));
        // Three more operators' desks joining at once. Each instance keeps the copy it made for ten minutes and
        // sends it to the next desk of the same scope it serves (which pulls what changed since); HAProxy spreads
        // the desks over the three instances, so at least one of these gets a ready copy.
        std::vector<double> more;
        for (int i = 2; i <= 4; ++i) {
            double s = 0, mb = 0;
            qint64 n = 0;
            if (Status st = deskAt(QStringLiteral("scoped%1.civicdesk").arg(i), DeskSync::DefaultScopeMonths, &s, &mb, &n); !st)
                return fail(QStringLiteral("another partial replica: ") + st.error().message);
            more.push_back(s);
        }
        std::fprintf(stderr, "partial replica: %lld of %lld requests, %.1f s, %.1f MB; whole replica: %.1f s, %.1f MB\n", scopedHeld, wholeHeld, scopedS,
                     scopedMb, wholeS, wholeMb);
        bench("scoped_initial_sync_s", scopedS);
        bench("scoped_desk_mb", scopedMb);
        bench("scoped_ready_copy_desk_s", *std::min_element(more.begin(), more.end()));
        if (wholeHeld > 0) {
            bench("scoped_requests_share", double(scopedHeld) / double(wholeHeld));
            bench("whole_initial_sync_s", wholeS);
            bench("whole_desk_mb", wholeMb);
        }

        Result<std::unique_ptr<Database>> desk = Database::open(scratch.filePath(QStringLiteral("scoped.civicdesk")));
        Result<std::unique_ptr<Database>> data = DatabaseLocation{QStringLiteral("BIG"), pg.value()->conninfo(), QStringLiteral("BIG")}.open();
        if (!desk || !data)
            return fail(QStringLiteral("the partial replica or the city could not be opened"));
        CommandRunner runner(*desk.value());
        DeskSync sync(*desk.value(), runner);
        CurlTransport net(url);
        RequestRepository all(*data.value()), mine(*desk.value());
        std::vector<double> fetches;
        std::mt19937_64 rng(7);
        for (int tries = 0; fetches.size() < 60 && tries < 20000; ++tries) {
            const std::optional<ServiceRequest> r = all.getByLocalId(1 + qint64(rng() % quint64(requests)));
            if (!r || mine.get(r->id))
                continue;
            const double t0 = nowMs();
            Result<QStringList> got = sync.fetchRequests(net, {{r->id}, {}, {}});
            if (!got || got->isEmpty())
                return fail(QStringLiteral("an old request was not fetched: ") + (got ? QStringLiteral("not found") : got.error().message));
            fetches.push_back(nowMs() - t0);
        }
        std::fprintf(stderr, "%zu old requests opened on demand\n", fetches.size());
        bench("on_demand_history_ms_p50", percentile(fetches, 0.5));
        bench("on_demand_history_ms", percentile(fetches, 0.95));
        // A pull with little to bring, as a desk pulls all day: it looks at the requests it changed alone; and the
        // whole sweep of what left the scope, which it makes once the scope's start moved an hour on.
        std::vector<double> quietPulls;
        for (int i = 0; i < 10; ++i) {
            const double t0 = nowMs();
            if (Result<DeskSync::PullResult> pulled = sync.pull(net); !pulled)
                return fail(QStringLiteral("a pull of the partial replica: ") + pulled.error().message);
            quietPulls.push_back(nowMs() - t0);
        }
        bench("scoped_pull_ms_p50", percentile(quietPulls, 0.5));
        if (const std::optional<SyncScope> within = sync.scope()) {
            const double t0 = nowMs();
            if (Result<int> swept = SyncStore(*desk.value()).removeOutside(*within); !swept)
                return fail(QStringLiteral("the sweep of the partial replica: ") + swept.error().message);
            bench("scoped_sweep_ms", nowMs() - t0);
        }
        // Reports of a year before the desk's scope, made by the server from the whole city (what the desk's
        // report dialog asks for such a period): the figures per department, and the year's request list.
        ReportParameters year;
        year.to = QDate::currentDate().addYears(-2);
        year.from = year.to.addYears(-1).addDays(1);
        year.kind = ReportKind::PerDepartment;
        double t0 = nowMs();
        Result<ReportTable> figures = sync.reportFromServer(net, year, QStringLiteral("en"));
        const double figuresMs = nowMs() - t0;
        year.kind = ReportKind::RequestList;
        year.limit = 0; // as many as the server sends
        t0 = nowMs();
        Result<ReportTable> list = sync.reportFromServer(net, year, QStringLiteral("en"));
        const double listMs = nowMs() - t0;
        if (!figures || !list)
            return fail(QStringLiteral("a report from the server failed: ") + (figures ? list.error().message : figures.error().message));
        std::fprintf(stderr, "reports of %s to %s from the server: per department %.0f ms; request list %lld of %lld rows in %.0f ms\n",
                     qPrintable(year.from.toString(Qt::ISODate)), qPrintable(year.to.toString(Qt::ISODate)), figuresMs, list->rowCount, list->matching,
                     listMs);
        bench("server_report_figures_ms", figuresMs);
        bench("server_report_list_ms", listMs);
    }
    haproxy.terminate();
    haproxy.waitForFinished(5000);
    for (auto &s : servers) {
        s->terminate();
        s->waitForFinished(10000);
    }

    // 4. The same mix from the same number of desks on one embedded server (SQLite), the same city.
    {
        QProcess embedded;
        const quint16 port = freePort();
        if (!startServer(embedded, {QStringLiteral("--db"), catalogFile}, port))
            return fail(QStringLiteral("civicdesk-server on SQLite did not start"));
        const QString direct = QStringLiteral("http://127.0.0.1:%1").arg(port);
        CurlTransport net(direct);
        Result<DeskSync::SignIn> local = DeskSync::signIn(net, QStringLiteral("BIG"), QStringLiteral("bench"), benchPassword);
        if (!local)
            return fail(local.error().message);
        const double sqliteRate = sustainedMutations(direct, QStringLiteral("BIG"), local.value(), draft, desks, seconds);
        bench("sqlite_server_mutations_per_s", sqliteRate);
        bench("pg_to_sqlite_mutations_ratio", sqliteRate > 0 ? pgRate / sqliteRate : 0);
        embedded.terminate();
        embedded.waitForFinished(10000);
    }
    return 0;
}

} // namespace CivicDesk::Bench
