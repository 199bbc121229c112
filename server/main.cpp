// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-server: the municipality's central sync server (see README, "Running a server").
#include "core/desk/intake.h"
#include "core/storage/servercatalog.h"
#include "core/util/logging.h"
#include "server/httpserver.h"
#include "server/qthttpfrontend.h"
#include "server/serverconfig.h"
#include "server/syncservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace CivicDesk;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(signalPipe[1], &c, 1);
}

QtMsgType threshold = QtInfoMsg;

int rank(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 1;
}

/// One JSON object a line on standard error: what a log collector reads.
void writeLog(const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    static QFile err;
    if (!err.isOpen())
        (void)err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (rank(type) < rank(threshold))
        return;
    static const char *names[] = {"debug", "warning", "critical", "fatal", "info"};
    writeLog({{QStringLiteral("level"), QLatin1String(names[type])},
              {QStringLiteral("category"), QLatin1String(context.category ? context.category : "default")},
              {QStringLiteral("msg"), message}});
}

const char usage[] =
    "Usage: civicdesk-server --db PATH | --postgres CONNINFO [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--config FILE]\n"
    "                        [--log-level debug|info|warning] [--token-hours N] [--ladder-seconds N] [--poll-seconds N]\n"
    "                        [--public-url URL] [--open311-per-minute N] [--open311-posts-per-minute N]\n"
    "                        [--trusted-proxy ADDR[,ADDR]]\n"
    "\n"
    "The CivicDesk sync server: desks sign in, push their changes and pull everyone else's.\n"
    "\n"
    "  --db PATH            the server's file (tenants, users, desks); each tenant's data lives in tenants/ beside it\n"
    "  --postgres CONNINFO  or: a PostgreSQL database (\"host=db1 dbname=civicdesk user=civicdesk\") holding the catalog\n"
    "                       and every tenant's data, for several server instances (README, \"Large deployments\");\n"
    "                       while it cannot be reached the server answers 503 and tries again every 3 s\n"
    "  --snapshot-dir DIR   where snapshots for new desks are made (default: snapshots/ beside --db, or /tmp)\n"
    "  --files-dir DIR      with --postgres: where the photos are kept, a folder every instance reaches (default:\n"
    "                       the service user's data folder, ~/.local/share/civicdesk-server/files)\n"
    "  --listen HOST:PORT   where to listen (default 127.0.0.1:8470); plain HTTP on a loopback address only\n"
    "  --tls-cert FILE      PEM certificate (chain) for HTTPS; with --tls-key\n"
    "  --tls-key FILE       PEM private key\n"
    "  --config FILE        INI file with the same settings (db, listen, tls_cert, tls_key, log_level, token_hours,\n"
    "                       ladder_seconds, poll_seconds, http_layer, public_url, open311_per_minute,\n"
    "                       open311_posts_per_minute, postgres, snapshot_dir, files_dir, trusted_proxy); flags win\n"
    "                       over it\n"
    "  --log-level LEVEL    debug, info (default; one line a request) or warning\n"
    "  --token-hours N      how long a sign-in lasts (default 12)\n"
    "  --ladder-seconds N   how often the escalation ladder runs for every tenant (default 60; 0: never)\n"
    "  --poll-seconds N     how long a desk's poll for changes is held (default 25)\n"
    "  --public-url URL     where citizens and the SMS gateway reach this server (https://311.example.gr): e-mails\n"
    "                       then carry an opt-out link, SMS ask for delivery reports, and the gateway hands the\n"
    "                       citizens' answers (STOP) to URL/citizen/TENANT/sms/incoming (civicdesk-admin sms-settings\n"
    "                       prints the line for the gateway)\n"
    "  --open311-per-minute N  Open311 calls a minute one client address may make (default 3000; 0: no limit);\n"
    "                       more are answered 429 with Retry-After. An API key is held to its own rate as well\n"
    "                       (civicdesk-admin apikey-add --per-minute; 600 unless given)\n"
    "  --open311-posts-per-minute N  of them, requests posted (default 60; 0: no limit)\n"
    "  --trusted-proxy ADDR[,ADDR]  the load balancers in front of this server (README, \"Large deployments\"): a\n"
    "                       request through one of them is from the address it names last in X-Forwarded-For\n"
    "  --http-layer own|qt  own (default): CivicDesk's HTTP layer; qt: Qt's QHttpServer module with the same API,\n"
    "                       loopback only, kept to measure the two (README, \"The HTTP layer\")\n"
    "  --version, --help\n"
    "\n"
    "GET /health answers 200 once the server serves (503 while it waits for PostgreSQL). SIGTERM or SIGINT stop it gracefully: no new connection is\n"
    "taken, the request being answered is finished, waiting polls are answered, the files are closed.\n"
    "Open311 GeoReport v2 is answered at /open311/v2/ (discovery.xml, services.json, requests.json, ...); its\n"
    "jurisdiction_id is the tenant code, and a POST needs an api_key (civicdesk-admin apikey-add).\n"
    "Tenants and users: civicdesk-admin tenant-add, user-add (see civicdesk-admin --help).\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civicdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVICDESK_VERSION));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << usage;
        return 0;
    }
    if (arguments.contains(QStringLiteral("--version"))) {
        out << "civicdesk-server " << CIVICDESK_VERSION << Qt::endl;
        return 0;
    }
    Result<ServerConfig> config = ServerConfig::fromArguments(arguments);
    if (!config) {
        QTextStream(stderr) << config.error().message << Qt::endl;
        return 2;
    }
    // A connection a desk: as many as the system lets this process hold.
    if (rlimit l{}; getrlimit(RLIMIT_NOFILE, &l) == 0 && l.rlim_cur < l.rlim_max) {
        l.rlim_cur = l.rlim_max;
        setrlimit(RLIMIT_NOFILE, &l);
    }
    threshold = config->logLevel == QLatin1String("debug") ? QtDebugMsg : config->logLevel == QLatin1String("warning") ? QtWarningMsg : QtInfoMsg;
    qInstallMessageHandler(messageHandler);

    HttpServer::Options httpOptions;
    httpOptions.pollTimeoutMs = config->pollSeconds * 1000;
    if (!config->tlsCert.isEmpty()) {
        QFile cert(config->tlsCert), key(config->tlsKey);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            writeLog({{QStringLiteral("level"), QStringLiteral("critical")}, {QStringLiteral("msg"), QStringLiteral("TLS certificate or key unreadable")}});
            return 2;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
        httpOptions.key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
        if (httpOptions.key.isNull()) {
            key.seek(0);
            httpOptions.key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
        }
        if (chain.isEmpty() || httpOptions.key.isNull()) {
            writeLog({{QStringLiteral("level"), QStringLiteral("critical")}, {QStringLiteral("msg"), QStringLiteral("TLS certificate or key is not PEM")}});
            return 2;
        }
        httpOptions.certificate = chain.first();
    }

    // The embedded store (a catalog file, the tenants' files beside it) is opened before anything is served; a
    // PostgreSQL one may be down when the server starts: it then listens, answers 503 "not ready" (health too),
    // and tries again every few seconds.
    std::unique_ptr<ServerCatalog> catalog;
    std::unique_ptr<QLockFile> serving;
    if (config->postgres.isEmpty()) {
        Result<std::unique_ptr<ServerCatalog>> opened = ServerCatalog::open(config->db);
        if (!opened) {
            writeLog({{QStringLiteral("level"), QStringLiteral("critical")}, {QStringLiteral("msg"), opened.error().message}});
            return 1;
        }
        catalog = std::move(opened).value();
        // One server for these files at a time; a restore (civicdesk-admin tenant-restore) waits for it to stop.
        serving = std::make_unique<QLockFile>(catalog->servingLockPath());
        if (!serving->tryLock(0)) {
            qint64 pid = 0;
            QString host, application;
            serving->getLockInfo(&pid, &host, &application);
            writeLog({{QStringLiteral("level"), QStringLiteral("critical")},
                      {QStringLiteral("msg"), QStringLiteral("another server (process %1) serves %2").arg(pid).arg(config->db)}});
            return 1;
        }
    }
    if (!config->postgres.isEmpty()) {
        const QString files = !config->filesDir.isEmpty() ? config->filesDir
                                                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/files");
        QDir().mkpath(files);
        setServerFilesDirectory(QFileInfo(files).absoluteFilePath());
    }
    SyncService::Options serviceOptions;
    serviceOptions.tokenLifetimeMs = qint64(config->tokenHours) * 3600 * 1000;
    // Snapshots for new desks are as large as a municipality's data: beside it, not in a small /tmp.
    serviceOptions.snapshotDir = !config->snapshotDir.isEmpty() ? config->snapshotDir
                                 : config->postgres.isEmpty()   ? QFileInfo(config->db).absoluteDir().filePath(QStringLiteral("snapshots"))
                                                                : QString();
    if (!serviceOptions.snapshotDir.isEmpty())
        QDir().mkpath(serviceOptions.snapshotDir);
    // Copies for new desks an instance killed while making or sending them left behind (each hundreds of
    // megabytes in a large municipality).
    if (const SyncService::Leftovers left = SyncService::removeLeftoverSnapshots(SyncService::snapshotFolder(serviceOptions.snapshotDir)); left.files > 0) {
        writeLog({{QStringLiteral("level"), QStringLiteral("info")},
                  {QStringLiteral("event"), QStringLiteral("snapshots-removed")},
                  {QStringLiteral("files"), left.files},
                  {QStringLiteral("mb"), double(left.bytes) / 1048576.0},
                  {QStringLiteral("msg"), QStringLiteral("removed copies for new desks left by a stopped server")}});
    }
    serviceOptions.publicUrl = config->publicUrl;
    serviceOptions.open311PerMinute = config->open311PerMinute;
    serviceOptions.open311PostsPerMinute = config->open311PostsPerMinute;
    serviceOptions.sendMessages = true; // the desks of a server never send: the server does, for all of them
    serviceOptions.readMailboxes = true; // nor do they read the citizens' mailbox
    std::unique_ptr<SyncService> service;
    const auto accessLog = [&config](const HttpRequest &r, const HttpResponse &response, qint64 ms) {
        if (rank(threshold) > rank(QtInfoMsg) && response.status < 500)
            return;
        writeLog({{QStringLiteral("level"), QStringLiteral("info")},
                  {QStringLiteral("event"), QStringLiteral("request")},
                  {QStringLiteral("method"), QString::fromLatin1(r.method)},
                  {QStringLiteral("path"), r.path},
                  {QStringLiteral("status"), response.status},
                  {QStringLiteral("ms"), ms},
                  {QStringLiteral("tenant"), response.logTenant},
                  {QStringLiteral("peer"), clientAddress(r, config->trustedProxies)}});
    };
    const HttpServer::Handler handler = [&](const HttpRequest &r) {
        if (service && !config->trustedProxies.isEmpty()) {
            // Through a load balancer: the client is the one it names.
            HttpRequest forwarded = r;
            forwarded.peer = clientAddress(r, config->trustedProxies);
            return service->handle(forwarded);
        }
        if (service)
            return service->handle(r);
        // Waiting for PostgreSQL: nothing can be answered yet.
        HttpResponse notReady = HttpResponse::error(503, QStringLiteral("server.not-ready"),
                                                    QStringLiteral("The server is waiting for its database; try again in a moment."));
        notReady.headers.append({QByteArray("Retry-After"), QByteArray("5")});
        return notReady;
    };
    std::unique_ptr<HttpServer> own;
    std::unique_ptr<QtHttpFrontend> qt;
    std::function<void()> stopHttp;
    QString error;
    bool listening = false;
    if (config->httpLayer == QLatin1String("qt")) {
        qt = std::make_unique<QtHttpFrontend>(handler, httpOptions.pollTimeoutMs);
        qt->accessLog = accessLog;
        listening = qt->listenOn(config->host, config->port, &error);
        stopHttp = [&] { qt->stop(); };
    } else {
        own = std::make_unique<HttpServer>(handler, httpOptions);
        own->accessLog = accessLog;
        listening = own->listen(config->host, config->port, &error);
        stopHttp = [&] { own->stop(); };
    }
    if (!listening) {
        writeLog({{QStringLiteral("level"), QStringLiteral("critical")}, {QStringLiteral("msg"), QStringLiteral("cannot listen on %1:%2: %3").arg(config->host).arg(config->port).arg(error)}});
        return 1;
    }

    QTimer ladder;
    // The service, once its store is there: desks are woken by its changes, the ladder runs.
    const auto serve = [&] {
        // A restored copy of the database (pg_restore): every desk starts again from it, its changes carried.
        Result<QStringList> restored = catalog->startNewEpochsIfRestored();
        if (!restored) {
            writeLog({{QStringLiteral("level"), QStringLiteral("critical")},
                      {QStringLiteral("event"), QStringLiteral("database-unavailable")},
                      {QStringLiteral("msg"), restored.error().message}});
            QCoreApplication::exit(1);
            return;
        }
        if (!restored->isEmpty()) {
            writeLog({{QStringLiteral("level"), QStringLiteral("warning")},
                      {QStringLiteral("event"), QStringLiteral("database-restored")},
                      {QStringLiteral("tenants"), QJsonArray::fromStringList(restored.value())},
                      {QStringLiteral("msg"), QStringLiteral("The database is served from a new place (a restore): each municipality starts a new "
                                                             "epoch, and its desks fetch it whole, carrying their waiting changes.")}});
        }
        service = std::make_unique<SyncService>(*catalog, serviceOptions);
        if (qt)
            QObject::connect(service.get(), &SyncService::changed, qt.get(), &QtHttpFrontend::wake);
        else
            QObject::connect(service.get(), &SyncService::changed, own.get(), &HttpServer::wake);
        service->openAll();
        if (config->ladderSeconds > 0) {
            QObject::connect(&ladder, &QTimer::timeout, service.get(), &SyncService::runLadders);
            ladder.start(config->ladderSeconds * 1000);
        }
        writeLog({{QStringLiteral("level"), QStringLiteral("info")},
                  {QStringLiteral("event"), QStringLiteral("ready")},
                  {QStringLiteral("store"), catalog->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                  {QStringLiteral("tenants"), int(catalog->tenants().size())}});
    };
    QTimer retry;
    retry.setSingleShot(true);
    int attempts = 0;
    const std::function<void()> connectStore = [&] {
        Result<std::unique_ptr<ServerCatalog>> opened = ServerCatalog::openPostgres(config->postgres);
        if (!opened) {
            ++attempts;
            // A server that is not there yet is waited for; a database refused for good (another program's,
            // a newer schema, a superuser) stops the server.
            const QString code = opened.error().code;
            const bool transient = code == QLatin1String("pg.unavailable") || code == QLatin1String("pg.setup");
            writeLog({{QStringLiteral("level"), transient ? QStringLiteral("warning") : QStringLiteral("critical")},
                      {QStringLiteral("event"), QStringLiteral("database-unavailable")},
                      {QStringLiteral("attempt"), attempts},
                      {QStringLiteral("retryInSeconds"), transient ? 3 : 0},
                      {QStringLiteral("msg"), opened.error().message}});
            if (!transient)
                QCoreApplication::exit(1);
            else
                retry.start(3000);
            return;
        }
        catalog = std::move(opened).value();
        serve();
    };
    QObject::connect(&retry, &QTimer::timeout, &app, connectStore);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return 1;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c = 0;
        (void)!::read(signalPipe[0], &c, 1);
        writeLog({{QStringLiteral("level"), QStringLiteral("info")}, {QStringLiteral("event"), QStringLiteral("stopping")}});
        ladder.stop();
        stopHttp();
        // What is being written was finished before this ran (one thread); the answers go out, then the files close.
        retry.stop();
        QTimer::singleShot(200, &app, [&] {
            if (service)
                service->closeAll();
            QCoreApplication::quit();
        });
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    writeLog({{QStringLiteral("level"), QStringLiteral("info")},
              {QStringLiteral("event"), QStringLiteral("listening")},
              {QStringLiteral("address"), config->host},
              {QStringLiteral("port"), own ? int(own->port()) : int(qt->serverPorts().value(0))},
              {QStringLiteral("httpLayer"), config->httpLayer},
              {QStringLiteral("tls"), !config->tlsCert.isEmpty()},
              {QStringLiteral("tenants"), catalog ? int(catalog->tenants().size()) : 0},
              {QStringLiteral("version"), QStringLiteral(CIVICDESK_VERSION)}});
    if (catalog)
        serve();
    else
        connectStore();
    const int code = app.exec();
    writeLog({{QStringLiteral("level"), QStringLiteral("info")}, {QStringLiteral("event"), QStringLiteral("stopped")}});
    return code;
}
