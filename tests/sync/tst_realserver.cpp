// SPDX-License-Identifier: GPL-3.0-or-later
// The real civicdesk-server binary on a loopback port, real desks' sync engines over HTTP (libcurl): a call
// filed on one desk reaches the department's desk; the server killed (SIGKILL) in the middle of a push and the
// desk tool killed in the middle of a pull lose nothing, and everything converges.
#include <catch2/catch.hpp>

#include "core/channels/mailbox.h"
#include "core/commands/commandrunner.h"
#include "core/desk/citizenprofile.h"
#include "core/notify/links.h"
#include "core/notify/outbox.h"
#include "core/reports/report.h"
#include "core/text/datetext.h"
#include "core/text/desktranslations.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/notificationstore.h"
#include "core/desk/intake.h"
#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/storage/inboundmailstore.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/pgconnection.h"
#include "core/storage/requestrepository.h"
#include "core/storage/servercatalog.h"
#include "core/session/syncagent.h"
#include "core/storage/syncstore.h"
#include "core/sync/curltransport.h"
#include "core/sync/desksync.h"
#include "core/sync/protocol.h"
#include "server/tenantadmin.h"
#include "serverstore.h"
#include "../notify/dovecot.h"
#include "../notify/kannel.h"
#include "../notify/smtpserver.h"
#include "webdriver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QFile>
#include <QLocalSocket>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QThread>

#include <array>
#include <csignal>
#include <thread>

using namespace CivicDesk;

namespace {

const QString password = QStringLiteral("loopback password");

quint16 freePort()
{
    return Test::Smtp::freeLoopbackPort();
}

/// civicdesk-server started with @p arguments on 127.0.0.1:@p port (no ladder, warnings only), returned once its
/// /health answers 200.
void startServerProcess(QProcess &process, quint16 port, const QStringList &arguments,
                        QProcess::ProcessChannelMode channels = QProcess::ForwardedErrorChannel)
{
    process.setProcessChannelMode(channels);
    process.start(QStringLiteral(CIVICDESK_SERVER_BINARY),
                  arguments + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--log-level"),
                                          QStringLiteral("warning"), QStringLiteral("--ladder-seconds"), QStringLiteral("0")});
    REQUIRE(process.waitForStarted(5000));
    CurlTransport probe(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        if (probe.get(QString::fromLatin1(SyncProtocol::HealthPath), {}, 1000).status == 200)
            return;
        QThread::msleep(20);
    }
    FAIL("the server did not answer /health within 10 s");
}

struct RealServer
{
    QTemporaryDir dir;
    quint16 port = freePort();
    QProcess process;
    QString roadsCode;
    QString staffDepartment; ///< the code of the department of the user "staff"
    QStringList extraArguments; ///< given to the next start()
    QProcess::ProcessChannelMode channels = QProcess::ForwardedErrorChannel; ///< its log: the test's, or read by it
    std::unique_ptr<PgScratchDatabase> pg; ///< the server's database when the suite runs on PostgreSQL

    /// On PostgreSQL: a database in the test cluster, or in @p cluster.
    explicit RealServer(const QString &cluster = {})
    {
        Test::TestCatalog store(dir.path(), cluster);
        pg = std::move(store.pg);
        std::unique_ptr<ServerCatalog> catalog = std::move(store.catalog);
        REQUIRE(TenantAdmin::addTenant(*catalog, QStringLiteral("ATH"), QStringLiteral("Athens"), QStringLiteral("GR")).ok());
        DemoOptions demo;
        demo.citizens = 200;
        demo.requests = 600;
        REQUIRE(TenantAdmin::generate(*catalog, QStringLiteral("ATH"), demo, {}).ok());
        REQUIRE(TenantAdmin::addUser(*catalog, QStringLiteral("ATH"), QStringLiteral("op"), Role::Operator, {}, password).ok());
        REQUIRE(TenantAdmin::addUser(*catalog, QStringLiteral("ATH"), QStringLiteral("sup"), Role::Supervisor, {}, password).ok());
        {
            // A member of a department's staff (a partial replica's department).
            std::unique_ptr<Database> db = std::move(catalog->tenantData(QStringLiteral("ATH")).open()).value();
            for (const Department &d : OrganisationRepository(*db).departments())
                if (d.kind == DepartmentKind::Department && staffDepartment.isEmpty())
                    staffDepartment = d.code;
        }
        REQUIRE(TenantAdmin::addUser(*catalog, QStringLiteral("ATH"), QStringLiteral("staff"), Role::DepartmentStaff, staffDepartment, password).ok());
        start();
    }
    ~RealServer()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(5000);
        }
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    void start()
    {
        const QStringList files = pg ? QStringList{QStringLiteral("--files-dir"), dir.filePath(QStringLiteral("files"))} : QStringList{};
        startServerProcess(process, port, storeArguments() + files + extraArguments, channels);
    }
    /// SIGKILL, from any thread; reap() from the test's own.
    void kill() { ::kill(pid_t(process.processId()), SIGKILL); }
    void reap() { process.waitForFinished(5000); }
    /// The server's store on a command line: its catalog file, or its PostgreSQL database.
    QStringList storeArguments() const
    {
        return pg ? QStringList{QStringLiteral("--postgres"), pg->conninfo()} : QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("server.db"))};
    }
    /// The municipality's data on a command line (civicdesk-admin's commands on a tenant's data).
    QStringList tenantArguments() const
    {
        return pg ? QStringList{QStringLiteral("--postgres"), pg->conninfo(), QStringLiteral("--tenant"), QStringLiteral("ATH")}
                  : QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("tenants/ATH.civicdesk"))};
    }
    std::unique_ptr<Database> data()
    {
        const DatabaseLocation at = pg ? DatabaseLocation{QStringLiteral("ATH"), pg->conninfo(), QStringLiteral("ATH")}
                                       : DatabaseLocation::file(dir.filePath(QStringLiteral("tenants/ATH.civicdesk")));
        Result<std::unique_ptr<Database>> db = at.open();
        REQUIRE(db.ok());
        return std::move(db).value();
    }
};

/// A desk: its own file fetched from the server, its sync engine, its user.
struct Desk
{
    QString path;
    CurlTransport net;
    std::unique_ptr<Database> db;
    std::unique_ptr<CommandRunner> runner;
    std::unique_ptr<DeskSync> sync;
    DeskSync::SignIn user;

    /// At @p url: the server's own address unless given (a load balancer's).
    /// @p scopeMonths: a partial replica of that many months (0: whole).
    Desk(RealServer &server, const QString &file, const QString &login, const QString &url = {}, int scopeMonths = 0)
        : path(server.dir.filePath(file))
        , net(url.isEmpty() ? server.url() : url)
    {
        Result<DeskSync::SignIn> in = DeskSync::signIn(net, QStringLiteral("ATH"), login, password);
        REQUIRE(in.ok());
        user = in.value();
        Result<DeskSync::Settings> joined = DeskSync::join(net, url.isEmpty() ? server.url() : url, QStringLiteral("ATH"), user, login,
                                                           newRowId(QDateTime::currentMSecsSinceEpoch()), path, {}, scopeMonths);
        REQUIRE(joined.ok());
        reopen();
        REQUIRE(sync->adopt(joined.value()).ok());
    }
    /// The file closed: the sync engine, the runner and the connection, in that order.
    void close()
    {
        sync.reset();
        runner.reset();
        db.reset();
    }
    void reopen()
    {
        close();
        db = std::move(Database::open(path)).value();
        runner = std::make_unique<CommandRunner>(*db);
        sync = std::make_unique<DeskSync>(*db, *runner);
    }
    Result<QJsonObject> run(const char *name, QJsonObject args)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return sync->run(Command{newRowId(now), QString::fromLatin1(name), now, user.userId, std::move(args)});
    }
};

IntakeDraft potholeAt(Database &db)
{
    // Where an existing request is: a place the gazetteer knows.
    RequestRepository repo(db);
    for (qint64 local = 1;; ++local) {
        const std::optional<ServiceRequest> r = repo.getByLocalId(local);
        REQUIRE(local < 1000);
        if (!r || !r->location.isValid())
            continue;
        IntakeDraft d;
        d.typeId = r->serviceTypeId;
        d.attributes = r->attributes;
        d.location = r->location;
        d.address = r->address;
        d.districtId = r->districtId;
        d.description = QStringLiteral("Λακκούβα μπροστά στο σχολείο");
        return d;
    }
}

/// The first request of desk @p a's replica with @p notes notes run on it at the desk (waiting to be sent):
/// its id; @p eventsBefore: its history's length before them.
QString requestWithNotes(Desk &a, int notes, qsizetype *eventsBefore)
{
    RequestRepository repo(*a.db);
    QString request;
    for (qint64 local = 1; request.isEmpty(); ++local) {
        REQUIRE(local < 1000);
        if (const std::optional<ServiceRequest> r = repo.getByLocalId(local))
            request = r->id;
    }
    *eventsBefore = repo.events(request).size();
    for (int i = 0; i < notes; ++i)
        REQUIRE(a.run(CommandName::AddNote, {{QStringLiteral("requestId"), request}, {QStringLiteral("text"), QStringLiteral("σημείωση %1").arg(i)}}).ok());
    return request;
}

/// The server's data was replaced (a restore): desk @p d's pull is refused with sync.snapshot-required, and the
/// desk starts again, its file closed, the server's copy fetched, its waiting changes carried; what that said.
DeskSync::Restart startsAgain(Desk &d)
{
    Result<DeskSync::PullResult> refused = d.sync->pull(d.net);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("sync.snapshot-required"));
    d.close();
    Result<DeskSync::Restart> restarted = DeskSync::restartFromServer(d.net, d.path);
    REQUIRE(restarted.ok());
    d.reopen();
    return restarted.value();
}

/// A pothole filed at desk @p d: its tracking number.
QString fileAt(Desk &d)
{
    Result<QJsonObject> filed = d.run(CommandName::FileRequest, {{QStringLiteral("draft"), potholeAt(*d.db).toJson()}});
    REQUIRE(filed.ok());
    return filed->value(QStringLiteral("trackingNumber")).toString();
}

/// Offline at desk @p a (which has nothing waiting): a request filed and a note on it, both waiting to be sent;
/// the request's tracking number.
QString waitingRequestAndNote(Desk &a)
{
    const QString tracking = fileAt(a);
    const QString id = RequestRepository(*a.db).byTrackingNumber(tracking)->id;
    REQUIRE(a.run(CommandName::AddNote, {{QStringLiteral("requestId"), id}, {QStringLiteral("text"), QStringLiteral("ο πολίτης ξανατηλεφώνησε")}}).ok());
    CHECK(a.sync->waiting() == 2);
    return tracking;
}

/// The municipality's mail settings in its file on the server (civicdesk-admin mail-settings --db …): an attempt
/// begun is another sender's for two time limits of 3 s, then it is made again.
void serverMail(RealServer &server, const Test::Smtp::SmtpServer &smtp)
{
    SmtpSettings mail;
    mail.url = smtp.url();
    mail.fromAddress = QStringLiteral("noreply@athens.example");
    mail.timeoutMs = 3000;
    REQUIRE(writeSmtpSettings(*server.data(), mail).ok());
}

/// A Greek caller registered at desk @p a, who agreed to e-mails (with @p email) and SMS (with @p phone).
QString registered(Desk &a, const QString &given, const QString &email, const QString &phone = {})
{
    Citizen c;
    c.id = newRowId(QDateTime::currentMSecsSinceEpoch());
    c.givenName = given;
    c.familyName = QStringLiteral("Δημητρίου");
    c.preferredLanguage = QStringLiteral("el");
    if (!email.isEmpty()) {
        c.emails = {{email, {}}};
        c.consents.append({ContactChannel::Email, true, QDateTime::currentMSecsSinceEpoch()});
    }
    if (!phone.isEmpty()) {
        c.phones = {{phone, phone, {}, true}};
        c.consents.append({ContactChannel::Sms, true, QDateTime::currentMSecsSinceEpoch()});
    }
    REQUIRE(a.run(CommandName::SaveCitizen, {{QStringLiteral("citizen"), QJsonDocument::fromJson(citizenToJson(c).toUtf8()).object()},
                                             {QStringLiteral("isNew"), true}})
                .ok());
    return c.id;
}

/// A pothole filed at desk @p a for citizen @p citizenId: the command's answer.
QJsonObject filedFor(Desk &a, const QString &citizenId)
{
    IntakeDraft draft = potholeAt(*a.db);
    draft.citizenId = citizenId;
    Result<QJsonObject> filed = a.run(CommandName::FileRequest, {{QStringLiteral("draft"), draft.toJson()}});
    REQUIRE(filed.ok());
    return filed.value();
}

} // namespace

TEST_CASE("real server: a call filed on one desk is in the other desk's replica after one push and one pull", "[sync][real][stores]")
{
    RealServer server;
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    Desk b(server, QStringLiteral("b.civicdesk"), QStringLiteral("sup"));
    Result<QJsonObject> filed = a.run(CommandName::FileRequest, {{QStringLiteral("draft"), potholeAt(*a.db).toJson()}});
    REQUIRE(filed.ok());
    const QString tracking = filed->value(QStringLiteral("trackingNumber")).toString();
    CHECK(tracking.split(u'-').value(1) == a.sync->settings().deskCode);
    QElapsedTimer t;
    t.start();
    Result<DeskSync::PushResult> pushed = a.sync->push(a.net);
    REQUIRE(pushed.ok());
    CHECK(pushed->applied == 1);
    REQUIRE(b.sync->pull(b.net).ok());
    const qint64 ms = t.elapsed();
    const std::optional<ServiceRequest> there = RequestRepository(*b.db).byTrackingNumber(tracking);
    REQUIRE(there.has_value());
    // The server, another process, made the same rows as the desk: the request's id is the one the desk showed.
    CHECK(there->id == filed->value(QStringLiteral("requestId")).toString());
    CHECK(there->departmentId == filed->value(QStringLiteral("departmentId")).toString());
    CHECK(ms < 1000);
    // A pulls too: both replicas equal the server's data.
    REQUIRE(a.sync->pull(a.net).ok());
    CHECK(a.sync->waiting() == 0);
    CHECK(SyncStore(*a.db).digest() == SyncStore(*b.db).digest());
}

TEST_CASE("real server: a desk follows its server to a new address, checked first, with its waiting changes", "[sync][real][settings]")
{
    RealServer server;
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    // A change made while the server is still at its old address, not yet sent.
    Result<QJsonObject> filed = a.run(CommandName::FileRequest, {{QStringLiteral("draft"), potholeAt(*a.db).toJson()}});
    REQUIRE(filed.ok());
    REQUIRE(a.sync->waiting() == 1);
    const DeskSync::Settings before = a.sync->settings();

    // Addresses that are not a server's, and one where nothing answers: said, nothing kept.
    CHECK(DeskSync::checkServerUrl(QStringLiteral("civicdesk server")).error().code == QStringLiteral("sync.url"));
    CHECK(DeskSync::checkServerUrl(QStringLiteral("ftp://127.0.0.1/")).error().code == QStringLiteral("sync.url"));
    CHECK(!a.sync->setServer(QStringLiteral("127.0.0.1:%1").arg(server.port)).ok());
    {
        CurlTransport nobody(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
        CHECK(DeskSync::checkServer(nobody).error().code == QStringLiteral("sync.offline"));
    }
    CHECK(a.sync->settings().server == before.server);

    // The same server under another name ("localhost" where it was "127.0.0.1"), as after a move.
    const QString moved = QStringLiteral("http://localhost:%1").arg(server.port);
    CurlTransport there(moved);
    REQUIRE(DeskSync::checkServer(there).ok());
    REQUIRE(a.sync->setServer(moved + QStringLiteral("/")).ok());
    const DeskSync::Settings after = a.sync->settings();
    CHECK(after.server == moved);
    // Only the address changed: the user, the desk's place at the server and its waiting change stay.
    CHECK(after.token == before.token);
    CHECK(after.clientId == before.clientId);
    CHECK(after.deskCode == before.deskCode);
    CHECK(after.cursor == before.cursor);
    CHECK(a.sync->waiting() == 1);
    Result<DeskSync::PushResult> pushed = a.sync->push(there);
    REQUIRE(pushed.ok());
    CHECK(pushed->applied == 1);
    REQUIRE(a.sync->pull(there).ok());
    CHECK(a.sync->waiting() == 0);
    CHECK(RequestRepository(*server.data()).byTrackingNumber(filed->value(QStringLiteral("trackingNumber")).toString()).has_value());
}

TEST_CASE("real server: killed in the middle of a push and restarted, nothing saved is lost or applied twice", "[sync][real][stores]")
{
    RealServer server;
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    const int notes = 600; // three batches: the server is busy for a while
    qsizetype before = 0;
    const QString request = requestWithNotes(a, notes, &before);
    CHECK(a.sync->waiting() == notes);
    // The kill lands while the server works through the batch.
    std::thread killer([&] {
        QThread::msleep(25);
        server.kill();
    });
    Result<DeskSync::PushResult> first = a.sync->push(a.net);
    killer.join();
    server.reap();
    const qsizetype committed = RequestRepository(*server.data()).events(request).size() - before;
    WARN("the first push " << (first.ok() ? "was answered before the kill" : "died with the server") << "; " << committed << " of "
                           << notes << " notes were committed");
    CHECK(committed >= 0);
    CHECK(committed < notes); // the kill landed before the end
    server.start();
    REQUIRE(a.sync->push(a.net).ok());
    REQUIRE(a.sync->pull(a.net).ok());
    CHECK(a.sync->waiting() == 0);
    std::unique_ptr<Database> truth = server.data();
    CHECK(RequestRepository(*truth).events(request).size() == before + notes); // every note, once
    CHECK(SyncStore(*truth).digest() == SyncStore(*a.db).digest());
}

TEST_CASE("real server: copies for new desks left by a killed instance are removed at start, a running instance's are not", "[sync][real]")
{
    RealServer server;
    const QString folder = server.dir.filePath(QStringLiteral("snapshots"));
    REQUIRE(QDir().mkpath(folder));
    // A process that has ended: its id names the leftovers of a killed instance.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    REQUIRE(ended.waitForStarted(5000));
    const qint64 deadPid = ended.processId();
    REQUIRE(ended.waitForFinished(5000));
    const auto put = [&](const QString &name, qsizetype bytes) {
        QFile f(QDir(folder).filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(QByteArray(bytes, 'x')) == bytes);
    };
    const QString dead = QStringLiteral("civicdesk-snapshot-%1-ATH-0123456789abcdef.civicdesk").arg(deadPid);
    const QString living = QStringLiteral("civicdesk-snapshot-%1-ATH-fedcba9876543210.civicdesk").arg(QCoreApplication::applicationPid());
    put(dead, 300000);
    put(dead + QStringLiteral("-journal"), 4096);
    put(living, 1000);                                   // this test's process runs: another instance's copy in the making
    put(QStringLiteral("civicdesk-snapshot-notes.txt"), 10); // not a name the server gives
    put(QStringLiteral("other.civicdesk"), 10);
    server.process.terminate();
    server.reap();
    server.extraArguments = {QStringLiteral("--snapshot-dir"), folder};
    server.start();
    const QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
    CHECK_FALSE(left.contains(dead));
    CHECK_FALSE(left.contains(dead + QStringLiteral("-journal")));
    CHECK(left.contains(living));
    CHECK(left.contains(QStringLiteral("civicdesk-snapshot-notes.txt")));
    CHECK(left.contains(QStringLiteral("other.civicdesk")));
    // A new desk's copy is made there, named by this instance: the link it was sent through is gone once sent,
    // the copy itself is kept ready for the next desks, and removed when the instance stops.
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    const QString mine = QStringLiteral("civicdesk-snapshot-%1-ATH-").arg(server.process.processId());
    const auto added = [&] {
        QStringList now = QDir(folder).entryList(QDir::Files, QDir::Name);
        for (const QString &f : left)
            now.removeOne(f);
        return now;
    };
    QElapsedTimer waited;
    waited.start();
    while (added().size() > 1 && waited.elapsed() < 3000)
        QThread::msleep(20); // the link removed once its last byte left
    const QStringList ready = added();
    REQUIRE(ready.size() == 1);
    CHECK(ready.first().startsWith(mine));
    CHECK(SyncStore(*server.data()).digest() == SyncStore(*a.db).digest());
    server.process.terminate();
    server.reap();
    CHECK(QDir(folder).entryList(QDir::Files, QDir::Name) == left);
}

TEST_CASE("real server: the desk tool killed in the middle of a pull loses nothing and converges when run again", "[sync][real][stores]")
{
    RealServer server;
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    // Desk B, the command-line tool's file: first fetched whole.
    const QString bPath = server.dir.filePath(QStringLiteral("b.civicdesk"));
    const auto syncB = [&](int killAfterMs) {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::MergedChannels);
        tool.start(QStringLiteral(CIVICDESK_ADMIN_BINARY), {QStringLiteral("sync"), QStringLiteral("--db"), bPath, QStringLiteral("--server"), server.url(),
                                                            QStringLiteral("--tenant"), QStringLiteral("ATH"), QStringLiteral("--login"), QStringLiteral("sup")});
        REQUIRE(tool.waitForStarted(5000));
        tool.write((password + u'\n').toUtf8());
        tool.closeWriteChannel();
        if (killAfterMs >= 0) {
            QThread::msleep(killAfterMs);
            ::kill(pid_t(tool.processId()), SIGKILL);
        }
        REQUIRE(tool.waitForFinished(60000));
        return std::pair<int, QString>{tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -9, QString::fromUtf8(tool.readAll())};
    };
    const auto first = syncB(-1);
    INFO(first.second.toStdString());
    REQUIRE(first.first == 0);
    // Much changes on A; B's tool is killed while it pulls it, then runs again.
    for (int i = 0; i < 60; ++i)
        REQUIRE(a.run(CommandName::FileRequest, {{QStringLiteral("draft"), potholeAt(*a.db).toJson()}}).ok());
    REQUIRE(a.sync->push(a.net).ok());
    for (const int ms : {150, 250, 350}) {
        const auto killed = syncB(ms);
        INFO(killed.second.toStdString());
        // Killed, or done before the kill: either way the file opens and is whole.
        Result<std::unique_ptr<Database>> open = Database::open(bPath);
        REQUIRE(open.ok());
    }
    const auto again = syncB(-1);
    INFO(again.second.toStdString());
    REQUIRE(again.first == 0);
    REQUIRE(a.sync->pull(a.net).ok());
    std::unique_ptr<Database> b = std::move(Database::open(bPath)).value();
    CHECK(SyncStore(*b).digest() == SyncStore(*server.data()).digest());
    CHECK(SyncStore(*a.db).digest() == SyncStore(*b).digest());
}

TEST_CASE("a desk's second connection keeps the file's locks: another process cannot take the write-ahead log away", "[sync][real][storage]")
{
    // A synced desk holds several connections to its file (the window's, the sync agent's, the map's). Opening
    // one must not drop the process's locks (POSIX locks go with any close() of the file), or another process
    // reading the file would think itself alone, checkpoint, and delete the log the desk still writes to.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.civicdesk"));
    std::unique_ptr<Database> first = std::move(Database::open(path)).value();
    REQUIRE(first->setLocalSetting(QStringLiteral("probe"), QStringLiteral("1")).ok());
    std::unique_ptr<Database> second = std::move(Database::open(path)).value();
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    QProcess other;
    other.start(QStringLiteral(CIVICDESK_ADMIN_BINARY), {QStringLiteral("info"), QStringLiteral("--db"), path});
    REQUIRE(other.waitForFinished(30000));
    CHECK(QFile::exists(path + QStringLiteral("-wal")));
    // And what this process writes next is what another process reads.
    REQUIRE(second->setLocalSetting(QStringLiteral("probe"), QStringLiteral("2")).ok());
    std::unique_ptr<Database> third = std::move(Database::open(path)).value();
    CHECK(third->localSetting(QStringLiteral("probe")) == QStringLiteral("2"));
}

TEST_CASE("real server: two desks' sync agents, a request filed on one is in the other's file within a second, and after an outage both converge", "[sync][real][agent][stores]")
{
    RealServer server;
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    Desk b(server, QStringLiteral("b.civicdesk"), QStringLiteral("sup"));
    SyncAgent agentA(a.path), agentB(b.path);
    agentA.start();
    agentB.start();
    QThread::msleep(300); // B's agent is waiting on the server's poll
    const auto arrivesAtB = [&](const QString &tracking, int withinMs) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < withinMs) {
            std::unique_ptr<Database> look = std::move(Database::open(b.path)).value();
            if (RequestRepository(*look).byTrackingNumber(tracking))
                return t.elapsed();
            QThread::msleep(10);
        }
        return qint64(-1);
    };
    Result<QJsonObject> filed = a.run(CommandName::FileRequest, {{QStringLiteral("draft"), potholeAt(*a.db).toJson()}});
    REQUIRE(filed.ok());
    agentA.nudge();
    const qint64 ms = arrivesAtB(filed->value(QStringLiteral("trackingNumber")).toString(), 5000);
    WARN("desk B had the request " << ms << " ms after desk A filed it");
    CHECK(ms >= 0);
    CHECK(ms < 1000);

    // The server goes away; A keeps working; it comes back.
    server.kill();
    server.reap();
    QStringList offline;
    for (int i = 0; i < 5; ++i) {
        Result<QJsonObject> r = a.run(CommandName::FileRequest, {{QStringLiteral("draft"), potholeAt(*a.db).toJson()}});
        REQUIRE(r.ok()); // saved here, and waiting
        offline.append(r->value(QStringLiteral("trackingNumber")).toString());
    }
    agentA.nudge();
    QThread::msleep(500);
    CHECK(a.sync->waiting() == 5);
    server.start();
    agentA.nudge();
    // Back within the agents' backoff (at most 10 s): all five reach B.
    for (const QString &t : std::as_const(offline))
        CHECK(arrivesAtB(t, 40000) >= 0);
    agentA.stop();
    agentB.stop();
    std::unique_ptr<Database> atA = std::move(Database::open(a.path)).value();
    std::unique_ptr<Database> atB = std::move(Database::open(b.path)).value();
    CommandRunner runner(*atA);
    CHECK(DeskSync(*atA, runner).waiting() == 0);
    CHECK(SyncStore(*atA).digest() == SyncStore(*atB).digest());
    CHECK(SyncStore(*atB).digest() == SyncStore(*server.data()).digest());
}

namespace {

/// HAProxy started from the shipped configuration (packaging/haproxy/civicdesk.cfg, unchanged) on loopback, in
/// front of the server instances at @p ports; its log in @p dir, its runtime API on a socket there.
struct Balancer
{
    quint16 port = freePort();
    QString socket;
    QString logFile;
    QProcess process;

    Balancer(const QString &dir, const QList<quint16> &ports)
        : socket(dir + QStringLiteral("/haproxy.sock"))
        , logFile(dir + QStringLiteral("/haproxy.log"))
    {
        const QString binary = QStringLiteral("/usr/sbin/haproxy");
        if (!QFileInfo(binary).isExecutable())
            FAIL("HAProxy is not installed (Debian's package haproxy; bash packaging/dev.sh deps installs it)");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CIVICDESK_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port));
        for (qsizetype i = 0; i < ports.size(); ++i)
            env.insert(QStringLiteral("CIVICDESK_SERVER_%1").arg(i + 1), QStringLiteral("127.0.0.1:%1").arg(ports.at(i)));
        env.insert(QStringLiteral("CIVICDESK_HAPROXY_STATS"), socket);
        env.insert(QStringLiteral("CIVICDESK_HAPROXY_LOG"), QStringLiteral("stderr"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(logFile);
        process.start(binary, {QStringLiteral("-db"), QStringLiteral("-f"), QStringLiteral(CIVICDESK_TESTS_DIR "/../packaging/haproxy/civicdesk.cfg")});
        REQUIRE(process.waitForStarted(5000));
        REQUIRE(waitUp(ports.size(), 15000));
    }
    ~Balancer()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    QString log() const
    {
        QFile f(logFile);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /// One command of HAProxy's runtime API, its answer; from any thread.
    QByteArray command(const QByteArray &line) const
    {
        QLocalSocket api;
        api.connectToServer(socket);
        if (!api.waitForConnected(1000))
            return {};
        api.write(line + '\n');
        api.waitForBytesWritten(1000);
        QByteArray answer;
        while (api.state() == QLocalSocket::ConnectedState && api.waitForReadyRead(1000))
            answer += api.readAll();
        return answer + api.readAll();
    }
    /// Each instance's state as HAProxy sees it ("show stat": UP, DOWN, "UP 1/2" on its way down...), by name.
    QMap<QString, QString> status() const
    {
        const QList<QByteArray> lines = command("show stat").split('\n');
        const QList<QByteArray> header = lines.value(0).mid(2).split(','); // "# pxname,svname,..."
        const qsizetype proxy = header.indexOf("pxname"), name = header.indexOf("svname"), state = header.indexOf("status");
        QMap<QString, QString> servers;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(',');
            if (proxy < 0 || f.size() < header.size() || f.at(proxy) != "civicdesk_servers" || f.at(name) == "BACKEND")
                continue;
            servers.insert(QString::fromLatin1(f.at(name)), QString::fromLatin1(f.at(state)));
        }
        return servers;
    }
    /// Whether @p count instances are UP within @p ms.
    bool waitUp(qsizetype count, int ms) const
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            const QMap<QString, QString> s = status();
            if (std::count(s.cbegin(), s.cend(), QStringLiteral("UP")) == count)
                return true;
            if (t.elapsed() > ms)
                return false;
            QThread::msleep(50);
        }
    }
    void setState(const char *server, const char *state) const
    {
        command(QByteArray("set server civicdesk_servers/") + server + " state " + state);
    }
};

} // namespace

TEST_CASE("real server: three instances over PostgreSQL behind HAProxy, one killed in the middle of a push: the desk sends again through another, nothing lost or applied twice", "[sync][real][postgres][haproxy]")
{
    REQUIRE(Test::serverOnPostgres()); // run by ctest's PostgreSQL pass only
    RealServer server; // instance s1, and the database
    struct Instance
    {
        quint16 port = freePort();
        QProcess process;
    };
    std::array<Instance, 2> others;
    const QStringList shared = server.storeArguments() + QStringList{QStringLiteral("--files-dir"), server.dir.filePath(QStringLiteral("files"))};
    for (Instance &i : others)
        startServerProcess(i.process, i.port, shared);
    Balancer balancer(server.dir.path(), {server.port, others[0].port, others[1].port});

    // Two desks know the balancer's address only; B's agent holds its poll through it.
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"), balancer.url());
    Desk b(server, QStringLiteral("b.civicdesk"), QStringLiteral("sup"), balancer.url());
    SyncAgent agentB(b.path);
    agentB.start();
    const int notes = 600; // three batches
    qsizetype before = 0;
    const QString request = requestWithNotes(a, notes, &before);

    // s2 and s3 in maintenance (HAProxy gives them nothing): the push goes to s1, which is killed once its first
    // notes are committed; then s2 and s3 are made ready again.
    balancer.setState("s2", "maint");
    balancer.setState("s3", "maint");
    std::unique_ptr<Database> look = server.data(); // the killer's view of the server's data, opened before
    const qsizetype start = RequestRepository(*look).events(request).size();
    qsizetype atKill = 0;
    std::thread killer([&] {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && (atKill = RequestRepository(*look).events(request).size()) < start + 5)
            QThread::msleep(2);
        server.kill();
        balancer.setState("s2", "ready");
        balancer.setState("s3", "ready");
    });
    Result<DeskSync::PushResult> first = a.sync->push(a.net);
    killer.join();
    server.reap();
    // Killed in the middle: some of the push's notes were committed, not all.
    CHECK(atKill >= start + 5);
    CHECK(atKill < start + notes);
    // Then either HAProxy sent the cut batch to another instance itself (it retries a request whose instance went
    // away before answering), or the desk's push failed and the desk sends it again, to the same address.
    // Either way the notes s1 had applied are answered from the server's record, not applied again.
    const bool redispatched = first.ok();
    QElapsedTimer failover;
    failover.start();
    int attempts = 0;
    Result<DeskSync::PushResult> again = first;
    while (!again && failover.elapsed() < 20000) {
        QThread::msleep(200);
        again = a.sync->push(a.net);
        ++attempts;
    }
    WARN("s1 was killed with " << atKill - start << " of the push's 600 notes committed (batches of 200); "
                               << (redispatched ? std::string("HAProxy gave the cut batch to another instance")
                                                : "the desk sent again " + std::to_string(attempts) + " time(s), through in "
                                                      + std::to_string(failover.elapsed()) + " ms"));
    REQUIRE(again.ok());
    // A batch is one transaction on the server: the cut one was committed whole before the kill (then answered
    // from the record, as duplicates) or not at all (then applied once through another instance).
    if (redispatched)
        CHECK(first->duplicates <= int(atKill - start));
    std::unique_ptr<Database> truth = server.data();
    CHECK(RequestRepository(*truth).events(request).size() == before + notes); // every note, once
    // HAProxy took the dead instance out.
    QElapsedTimer t;
    t.start();
    while (!balancer.status().value(QStringLiteral("s1")).startsWith(QLatin1String("DOWN")) && t.elapsed() < 10000)
        QThread::msleep(50);
    CHECK(balancer.status().value(QStringLiteral("s1")).startsWith(QLatin1String("DOWN")));
    CHECK(balancer.waitUp(2, 5000));

    // B's agent, whose poll may have been on the dead instance, has every note through another.
    const auto bHas = [&](qsizetype events, int withinMs) {
        QElapsedTimer w;
        w.start();
        while (w.elapsed() < withinMs) {
            std::unique_ptr<Database> atB = std::move(Database::open(b.path)).value();
            if (RequestRepository(*atB).events(request).size() == events)
                return true;
            QThread::msleep(50);
        }
        return false;
    };
    CHECK(bHas(before + notes, 20000));

    // s1 comes back; HAProxy gives it requests again once it answers /health, and the desks go on.
    server.start();
    CHECK(balancer.waitUp(3, 10000));
    REQUIRE(a.run(CommandName::AddNote, {{QStringLiteral("requestId"), request}, {QStringLiteral("text"), QStringLiteral("after the return")}}).ok());
    REQUIRE(a.sync->push(a.net).ok());
    CHECK(bHas(before + notes + 1, 20000));
    agentB.stop();
    REQUIRE(a.sync->pull(a.net).ok());
    CHECK(a.sync->waiting() == 0);
    truth = server.data();
    std::unique_ptr<Database> atB = std::move(Database::open(b.path)).value();
    CHECK(SyncStore(*truth).digest() == SyncStore(*a.db).digest());
    CHECK(SyncStore(*truth).digest() == SyncStore(*atB).digest());
}

namespace {

/// A PostgreSQL cluster of its own (packaging/pg-cluster.sh, as for the tests), stopped at the end: one that a
/// test may stop and restart without disturbing the others.
struct OtherCluster
{
    QTemporaryDir dir;
    QString conninfo;
    OtherCluster()
    {
        const QString out = run("start");
        conninfo = out.split(u'\n').constLast();
    }
    ~OtherCluster() { run("stop", false); }
    /// pg-cluster.sh @p command on this cluster: what it printed.
    QString run(const char *command, bool required = true)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QStringLiteral(CIVICDESK_TESTS_DIR "/../packaging/pg-cluster.sh"), QLatin1String(command), dir.path()});
        const bool finished = p.waitForFinished(120000);
        const QString out = QString::fromUtf8(p.readAll()).trimmed();
        if (required) {
            INFO(out.toStdString());
            REQUIRE(finished);
            REQUIRE(p.exitCode() == 0);
        }
        return out;
    }
};

/// One of PostgreSQL 15's programs (pg_dump, pg_restore) run to its end: its exit code and what it said.
std::pair<int, QString> pgTool(const char *name, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/usr/lib/postgresql/15/bin/") + QLatin1String(name), arguments);
    if (!p.waitForFinished(300000))
        return {-1, QStringLiteral("%1 did not finish").arg(QLatin1String(name))};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace

TEST_CASE("real server on PostgreSQL: pg_dump of the live database and pg_restore into a fresh cluster, then the server starts a new epoch and the desks start again with their waiting changes", "[sync][real][postgres][backup]")
{
    REQUIRE(Test::serverOnPostgres()); // run by ctest's PostgreSQL pass only
    RealServer server;
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    Desk b(server, QStringLiteral("b.civicdesk"), QStringLiteral("sup"));
    const QString first = fileAt(a);
    REQUIRE(a.sync->push(a.net).ok());
    // The backup, taken while the server serves (pg_dump reads one consistent moment), by a role that sees every
    // municipality's rows (here the cluster's superuser; in production a role with BYPASSRLS).
    const QString dump = server.dir.filePath(QStringLiteral("civicdesk.dump"));
    const auto dumped = pgTool("pg_dump", {QStringLiteral("--format=custom"), QStringLiteral("--file=") + dump, QStringLiteral("--dbname=") + server.pg->adminConninfo()});
    INFO(dumped.second.toStdString());
    REQUIRE(dumped.first == 0);
    const QString lostInRestore = fileAt(a); // answered by the server, then lost with the data it was in
    REQUIRE(a.sync->push(a.net).ok());
    REQUIRE(a.sync->pull(a.net).ok());
    REQUIRE(b.sync->pull(b.net).ok());
    const QString waiting = waitingRequestAndNote(a);
    const QString waitingId = RequestRepository(*a.db).byTrackingNumber(waiting)->id;

    // The database server is lost; the dump goes into a fresh cluster, into an empty database of the server's
    // role (README, "Backups"), and the server starts there.
    server.process.terminate();
    REQUIRE(server.process.waitForFinished(5000));
    OtherCluster fresh;
    Result<std::unique_ptr<PgScratchDatabase>> target = PgScratchDatabase::create(fresh.conninfo, QStringLiteral("cd_restored"));
    REQUIRE(target.ok());
    const auto restored = pgTool("pg_restore", {QStringLiteral("--exit-on-error"), QStringLiteral("--dbname=") + target.value()->adminConninfo(), dump});
    INFO(restored.second.toStdString());
    REQUIRE(restored.first == 0);
    server.pg = std::move(target).value();
    server.channels = QProcess::MergedChannels; // its log, read here
    server.start();
    {
        // The server saw a restored copy and said so.
        QElapsedTimer t;
        t.start();
        QByteArray log;
        while (!log.contains("database-restored") && t.elapsed() < 5000) {
            server.process.waitForReadyRead(200);
            log += server.process.readAll();
        }
        INFO(log.toStdString());
        CHECK(log.contains("\"event\":\"database-restored\""));
        CHECK(log.contains("\"tenants\":[\"ATH\"]"));
    }
    {
        // A dump carries no planner statistics: the server counted the restored tables before serving.
        Result<std::unique_ptr<PgConnection>> admin = PgConnection::open(server.pg->adminConninfo());
        REQUIRE(admin.ok());
        QByteArray counted;
        REQUIRE(admin.value()->value("SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('service_request', 'request_event', 'citizen') "
                                     "AND last_analyze IS NOT NULL",
                                     &counted));
        CHECK(counted == "3");
    }

    // Desk A's pull is refused: it starts again from the restored data, its two waiting changes carried.
    CHECK(startsAgain(a).carried == 2);
    CHECK(RequestRepository(*a.db).byTrackingNumber(waiting).has_value());
    CHECK_FALSE(RequestRepository(*a.db).byTrackingNumber(lostInRestore).has_value());
    Result<DeskSync::PushResult> pushed = a.sync->push(a.net);
    REQUIRE(pushed.ok());
    CHECK(pushed->applied == 2);
    REQUIRE(a.sync->pull(a.net).ok());
    CHECK(a.sync->waiting() == 0);
    std::unique_ptr<Database> truth = server.data();
    CHECK(RequestRepository(*truth).byTrackingNumber(first).has_value());
    CHECK(RequestRepository(*truth).byTrackingNumber(waiting).has_value());
    CHECK(SyncStore(*truth).digest() == SyncStore(*a.db).digest());
    // Desk B, which had pulled past the dump, starts again too and equals the server.
    CHECK(startsAgain(b).carried == 0);
    REQUIRE(b.sync->pull(b.net).ok());
    CHECK(SyncStore(*truth).digest() == SyncStore(*b.db).digest());
    // Started again on the same database, the server finds it where it was: no second new epoch.
    const QString epoch = SyncStore(*truth).epoch();
    server.process.terminate();
    REQUIRE(server.process.waitForFinished(5000));
    server.start();
    CHECK(SyncStore(*server.data()).epoch() == epoch);
    REQUIRE(b.sync->pull(b.net).ok());
    server.process.terminate();
    server.process.waitForFinished(5000);
    server.pg.reset(); // dropped while its cluster still runs
}

TEST_CASE("real server on PostgreSQL: PostgreSQL restarted in the middle of a push, the cut change fails whole and the desk sends again, every note once", "[sync][real][postgres][crash]")
{
    REQUIRE(Test::serverOnPostgres()); // run by ctest's PostgreSQL pass only
    OtherCluster cluster; // restarted below: a cluster of this test's own
    RealServer server(cluster.conninfo);
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    const int notes = 600;
    qsizetype before = 0;
    const QString request = requestWithNotes(a, notes, &before);
    std::unique_ptr<Database> look = server.data();
    // PostgreSQL is restarted (fast: every connection cut, the transactions in flight lost) once the push's first
    // notes are committed.
    qsizetype atRestart = 0;
    std::thread restarter([&] {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && (atRestart = RequestRepository(*look).events(request).size()) < before + 5)
            QThread::msleep(2);
        cluster.run("restart", false);
    });
    Result<DeskSync::PushResult> first = a.sync->push(a.net);
    restarter.join();
    look.reset();
    const qsizetype afterRestart = RequestRepository(*server.data()).events(request).size() - before;
    WARN("PostgreSQL restarted with " << atRestart - before << " notes committed; the push "
                                      << (first.ok() ? QStringLiteral("was answered (%1 applied)").arg(first->applied) : first.error().code).toStdString()
                                      << "; " << afterRestart << " of " << notes << " in the database after it");
    CHECK(atRestart >= before + 5);
    CHECK(atRestart < before + notes);
    // A database out of reach is never taken for a bad sign-in: the desk is not signed out.
    if (!first.ok())
        CHECK_FALSE(first.error().code.startsWith(QLatin1String("auth.")));
    // The server is still up, and the desk sends what is not confirmed (a pull confirms), until all is there.
    CHECK(server.process.state() == QProcess::Running);
    QElapsedTimer t;
    t.start();
    int rounds = 0;
    while (t.elapsed() < 30000) {
        ++rounds;
        if (a.sync->push(a.net).ok() && a.sync->pull(a.net).ok() && a.sync->waiting() == 0)
            break;
        QThread::msleep(200);
    }
    WARN("the desk was through after " << rounds << " round(s) of push and pull");
    CHECK(a.sync->waiting() == 0);
    std::unique_ptr<Database> truth = server.data();
    CHECK(RequestRepository(*truth).events(request).size() == before + notes); // every note, once
    CHECK(SyncStore(*truth).digest() == SyncStore(*a.db).digest());
    server.process.terminate();
    server.process.waitForFinished(5000);
    server.pg.reset();
}

TEST_CASE("real server on PostgreSQL: started while PostgreSQL is down, it answers 503 and says so, then serves once PostgreSQL is up", "[sync][real][postgres]")
{
    REQUIRE(Test::serverOnPostgres()); // run by ctest's PostgreSQL pass only
    OtherCluster cluster;
    RealServer server(cluster.conninfo);
    server.process.terminate();
    REQUIRE(server.process.waitForFinished(5000));
    cluster.run("stop");
    // Started with no database to reach: it listens, answers 503 with Retry-After, and logs each attempt.
    QProcess waiting;
    waiting.setProcessChannelMode(QProcess::MergedChannels);
    waiting.start(QStringLiteral(CIVICDESK_SERVER_BINARY),
                  server.storeArguments() + QStringList{QStringLiteral("--files-dir"), server.dir.filePath(QStringLiteral("files")), QStringLiteral("--listen"),
                                                        QStringLiteral("127.0.0.1:%1").arg(server.port), QStringLiteral("--ladder-seconds"), QStringLiteral("0")});
    REQUIRE(waiting.waitForStarted(5000));
    CurlTransport probe(server.url());
    QByteArray log;
    QElapsedTimer t;
    t.start();
    while (log.count("\"event\":\"database-unavailable\"") < 2 && t.elapsed() < 15000) {
        waiting.waitForReadyRead(200);
        log += waiting.readAll();
    }
    INFO(log.toStdString());
    CHECK(log.count("\"event\":\"database-unavailable\"") >= 2);
    CHECK(log.contains("\"retryInSeconds\":3"));
    const SyncReply notReady = probe.get(QString::fromLatin1(SyncProtocol::HealthPath), {}, 2000);
    CHECK(notReady.status == 503);
    CHECK(notReady.headers.value("retry-after") == "5");
    CHECK(notReady.code() == QStringLiteral("server.not-ready"));
    CHECK(waiting.state() == QProcess::Running);

    // PostgreSQL comes back (same address): within the next attempt the server serves, and a desk joins.
    cluster.run("start");
    t.restart();
    int status = 0;
    while (t.elapsed() < 10000 && (status = probe.get(QString::fromLatin1(SyncProtocol::HealthPath), {}, 1000).status) != 200)
        QThread::msleep(100);
    WARN("the server was ready " << t.elapsed() << " ms after PostgreSQL started");
    CHECK(status == 200);
    waiting.waitForReadyRead(500);
    log += waiting.readAll();
    CHECK(log.contains("\"event\":\"ready\""));
    {
        Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
        CHECK(SyncStore(*a.db).digest() == SyncStore(*server.data()).digest());
    }
    waiting.terminate();
    waiting.waitForFinished(5000);
    server.pg.reset();
}

TEST_CASE("real server: a photo filed with a request travels with it, checked by its hash, and reaches the other desk", "[sync][real][photos][stores]")
{
    RealServer server;
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    Desk b(server, QStringLiteral("b.civicdesk"), QStringLiteral("sup"));
    // A photo in desk A's store, as the intake form puts it there.
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 20000; ++i)
        bytes.append(char(i * 7));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const StoredPhoto photo{sha, QStringLiteral("pothole.png"), QStringLiteral("image/png"), bytes.size(), sha.left(2) + u'/' + sha + QStringLiteral(".png")};
    const QString inA = attachmentDirectoryOf(a.path) + u'/' + photo.storedPath;
    QDir().mkpath(QFileInfo(inA).absolutePath());
    {
        QFile f(inA);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    IntakeDraft draft = potholeAt(*a.db);
    draft.photos = {photo};
    Result<QJsonObject> filed = a.run(CommandName::FileRequest, {{QStringLiteral("draft"), draft.toJson()}});
    REQUIRE(filed.ok());
    Result<DeskSync::PushResult> pushed = a.sync->push(a.net);
    REQUIRE(pushed.ok());
    CHECK(pushed->applied == 1); // the server had the photo when it filed the request
    const QString atServer = (server.pg ? server.dir.filePath(QStringLiteral("files/%1/ATH.files").arg(server.pg->name()))
                                        : attachmentDirectoryOf(server.dir.filePath(QStringLiteral("tenants/ATH.civicdesk"))))
                             + u'/' + photo.storedPath;
    CHECK(QFileInfo(atServer).size() == bytes.size());
    REQUIRE(b.sync->pull(b.net).ok());
    const QString requestId = filed->value(QStringLiteral("requestId")).toString();
    REQUIRE(RequestRepository(*b.db).attachments(requestId).size() == 1);
    QFile inB(attachmentDirectoryOf(b.path) + u'/' + photo.storedPath);
    REQUIRE(inB.open(QIODevice::ReadOnly));
    CHECK(inB.readAll() == bytes);
    // A photo whose bytes are not the ones its name says is refused, and nothing is kept.
    CurlTransport net(server.url());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tenant"), QStringLiteral("ATH"));
    q.addQueryItem(QStringLiteral("path"), QStringLiteral("ab/") + QStringLiteral("ab") + QString(62, u'0') + QStringLiteral(".png"));
    const SyncReply forged = net.postBytes(QString::fromLatin1(SyncProtocol::AttachmentsPath) + u'?' + q.toString(QUrl::FullyEncoded), "not that photo", a.user.token);
    CHECK(forged.status == 400);
    CHECK(forged.code() == QStringLiteral("attachment.hash-mismatch"));
}

TEST_CASE("real server: its data restored from a backup, a desk starts again on the new copy with its waiting changes", "[sync][real][epoch]")
{
    RealServer server;
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    Desk b(server, QStringLiteral("b.civicdesk"), QStringLiteral("sup"));
    const QString first = fileAt(a);
    REQUIRE(a.sync->push(a.net).ok());
    // The backup: taken while the server serves.
    std::unique_ptr<ServerCatalog> catalog = std::move(ServerCatalog::open(server.dir.filePath(QStringLiteral("server.db")))).value();
    const QString backup = server.dir.filePath(QStringLiteral("backup.civicdesk"));
    REQUIRE(TenantAdmin::backup(*catalog, QStringLiteral("ATH"), backup).ok());
    const QString lostInRestore = fileAt(a); // answered by the server, then lost with the data it was in
    REQUIRE(a.sync->push(a.net).ok());
    REQUIRE(a.sync->pull(a.net).ok());
    CHECK(a.sync->waiting() == 0);
    const QString waiting = waitingRequestAndNote(a);
    const QString waitingId = RequestRepository(*a.db).byTrackingNumber(waiting)->id;
    // The restore: refused while the server has the data open; done once it is stopped.
    Result<QString> early = TenantAdmin::restore(*catalog, QStringLiteral("ATH"), backup);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == QStringLiteral("tenant.in-use"));
    server.process.terminate();
    REQUIRE(server.process.waitForFinished(5000));
    Result<QString> wrong = TenantAdmin::restore(*catalog, QStringLiteral("ATH"), a.path + QStringLiteral(".missing"));
    CHECK_FALSE(wrong.ok());
    Result<QString> restored = TenantAdmin::restore(*catalog, QStringLiteral("ATH"), backup);
    REQUIRE(restored.ok());
    CHECK(QFileInfo::exists(restored.value()));
    server.start();

    // The desk starts again: its file closed, the server's copy fetched, its waiting changes carried.
    const DeskSync::Restart restarted = startsAgain(a);
    CHECK(restarted.carried == 2);
    CHECK(restarted.rerun == 2);
    CHECK(QFileInfo::exists(restarted.keptAs));
    CHECK(a.sync->waiting() == 2);
    CHECK(RequestRepository(*a.db).byTrackingNumber(waiting).has_value()); // the operator still sees it
    CHECK_FALSE(RequestRepository(*a.db).byTrackingNumber(lostInRestore).has_value());
    Result<DeskSync::PushResult> pushed = a.sync->push(a.net);
    REQUIRE(pushed.ok());
    CHECK(pushed->applied == 2); // no gap: the server's ledger of the desk goes on after what it lost
    REQUIRE(a.sync->pull(a.net).ok());
    CHECK(a.sync->waiting() == 0);
    std::unique_ptr<Database> truth = server.data();
    CHECK(RequestRepository(*truth).byTrackingNumber(first).has_value());
    CHECK(RequestRepository(*truth).byTrackingNumber(waiting).has_value());
    CHECK(RequestRepository(*truth).events(waitingId).size() >= 2); // filed, and the note
    CHECK(SyncStore(*truth).digest() == SyncStore(*a.db).digest());
    // The other desk, with nothing waiting, starts again too and equals the server.
    CHECK(startsAgain(b).carried == 0);
    REQUIRE(b.sync->pull(b.net).ok());
    CHECK(SyncStore(*truth).digest() == SyncStore(*b.db).digest());
}

namespace Smtp = CivicDesk::Test::Smtp;
namespace Imap = CivicDesk::Test::Imap;
namespace Web = CivicDesk::Test::Web;

TEST_CASE("real server: the server sends the e-mail a desk's change queued, once, and the desk sees it sent", "[sync][real][notify][stores]")
{
    Smtp::SmtpServer smtp;
    RealServer server;
    serverMail(server, smtp);
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    // A caller who agreed to e-mails, registered at the desk, files a request.
    const QJsonObject filed = filedFor(a, registered(a, QStringLiteral("Ελένη"), QStringLiteral("eleni@example.gr")));
    CHECK(filed.value(QStringLiteral("notificationChannel")).toString() == QStringLiteral("email"));
    const QString requestId = filed.value(QStringLiteral("requestId")).toString();
    // The desk only queued it: it has no mail settings and sends nothing of its own.
    REQUIRE(readSmtpSettings(*a.db).ok());
    CHECK_FALSE(readSmtpSettings(*a.db).value().has_value());
    QElapsedTimer t;
    t.start();
    REQUIRE(a.sync->push(a.net).ok());
    while (smtp.delivered().isEmpty() && t.elapsed() < 10000)
        QThread::msleep(20);
    const qint64 ms = t.elapsed();
    WARN("the server had sent the e-mail " << ms << " ms after the desk pushed the request");
    QThread::msleep(1500); // and nothing more comes
    const QStringList box = smtp.delivered();
    REQUIRE(box.size() == 1);
    CHECK(ms < 2000);
    CHECK(Smtp::header(box.front(), QStringLiteral("To")) == QStringLiteral("<eleni@example.gr>"));
    CHECK(Smtp::textPart(box.front()).contains(filed.value(QStringLiteral("trackingNumber")).toString()));
    CHECK(Smtp::textPart(box.front()).contains(QStringLiteral("καταχωρίστηκε")));
    // The desk pulls the message's state like any change.
    REQUIRE(a.sync->pull(a.net).ok());
    const auto messages = NotificationStore(*a.db).ofRequest(requestId);
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().second.status == QStringLiteral("sent"));
    CHECK(SyncStore(*a.db).digest() == SyncStore(*server.data()).digest());
}

TEST_CASE("real server: killed after the mail server took an e-mail and before that was recorded, it sends it again as the same message once restarted", "[sync][real][notify][crash][stores]")
{
    // The mail server keeps the message and takes half a minute to say so: the server is killed (SIGKILL) in
    // that moment, its attempt recorded as begun and never finished; as after a kill between the mail server's
    // answer and the recording of it, the file cannot tell whether the message went out.
    Smtp::SmtpServer smtp;
    RealServer server;
    serverMail(server, smtp);
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    const QString requestId = filedFor(a, registered(a, QStringLiteral("Σοφία"), QStringLiteral("sofia@slow.example")))
                                  .value(QStringLiteral("requestId"))
                                  .toString();
    REQUIRE(a.sync->push(a.net).ok());
    QElapsedTimer t;
    t.start();
    while (smtp.count() == 0 && t.elapsed() < 10000)
        QThread::msleep(20);
    REQUIRE(smtp.count() == 1);
    server.kill();
    server.reap();
    {
        // The server's file: the attempt begun, its outcome never recorded.
        const auto messages = NotificationStore(*server.data()).ofRequest(requestId);
        REQUIRE(messages.size() == 1);
        CHECK(messages.front().second.status == QStringLiteral("queued"));
        CHECK(messages.front().first.sendingSince > 0);
    }
    t.restart();
    server.start();
    while (smtp.count() < 2 && t.elapsed() < 30000)
        QThread::msleep(50);
    const qint64 ms = t.elapsed();
    WARN("restarted, the server made the cut attempt again " << ms << " ms later");
    QThread::msleep(1500); // and nothing more comes
    const QStringList box = smtp.delivered();
    REQUIRE(box.size() == 2);
    // The same message twice, never a second one: a mailbox that has the first recognises the copy.
    CHECK(Smtp::header(box.at(0), QStringLiteral("Message-ID")) == Smtp::header(box.at(1), QStringLiteral("Message-ID")));
    CHECK_FALSE(Smtp::header(box.at(0), QStringLiteral("Message-ID")).isEmpty());
    CHECK(Smtp::textPart(box.at(0)) == Smtp::textPart(box.at(1)));
    CHECK(ms < 15000);
    REQUIRE(a.sync->pull(a.net).ok());
    const auto messages = NotificationStore(*a.db).ofRequest(requestId);
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().second.status == QStringLiteral("sent"));
    CHECK(messages.front().second.attempts == 2);
}

TEST_CASE("real server: a citizen's opt-out link and STOP answered by SMS withdraw the consent for good, and the gateway's delivery reports reach the desk", "[sync][real][notify][optout][stores]")
{
    Smtp::SmtpServer smtp;
    RealServer server;
    // Where citizens and the gateway reach this server: here, its loopback address.
    server.extraArguments = {QStringLiteral("--public-url"), server.url() + QLatin1Char('/')};
    server.process.terminate();
    server.reap();
    server.start();
    const QByteArray secret = NotifyLinks::secret(*server.data());
    REQUIRE_FALSE(secret.isEmpty());
    const QString incoming = server.url() + QStringLiteral("/citizen/ATH/sms/incoming?key=%1&from=%p&text=%a").arg(NotifyLinks::inboundKey(secret));
    Test::Sms::KannelGateway kannel(incoming);
    serverMail(server, smtp);
    {
        SmsSettings sms = kannel.settings();
        sms.quietFrom = sms.quietTo = 0; // none: the test runs at any hour
        REQUIRE(writeSmsSettings(*server.data(), sms).ok());
    }
    Desk a(server, QStringLiteral("a.civicdesk"), QStringLiteral("op"));
    const QString eleni = registered(a, QStringLiteral("Ελένη"), QStringLiteral("eleni@example.gr"));
    const QString nikos = registered(a, QStringLiteral("Νίκος"), {}, QStringLiteral("+306912345678"));
    const auto file = [&](const QString &citizenId) { return filedFor(a, citizenId); };
    const QJsonObject toEleni = file(eleni);
    const QJsonObject toNikos = file(nikos);
    CHECK(toEleni.value(QStringLiteral("notificationChannel")).toString() == QStringLiteral("email"));
    CHECK(toNikos.value(QStringLiteral("notificationChannel")).toString() == QStringLiteral("sms"));
    REQUIRE(a.sync->push(a.net).ok());

    // The e-mail carries its opt-out link: in the List-Unsubscribe header (with the one-click POST) and at its foot.
    QElapsedTimer t;
    t.start();
    while (smtp.count() == 0 && t.elapsed() < 10000)
        QThread::msleep(20);
    REQUIRE(smtp.count() == 1);
    const QString mail = smtp.delivered().front();
    const QRegularExpression link(QStringLiteral("<(http://127\\.0\\.0\\.1:\\d+/citizen/ATH/optout/[^>]+)>"));
    const QString optOut = link.match(Smtp::header(mail, QStringLiteral("List-Unsubscribe"))).captured(1);
    REQUIRE_FALSE(optOut.isEmpty());
    CHECK(Smtp::header(mail, QStringLiteral("List-Unsubscribe")).contains(QStringLiteral("<mailto:noreply@athens.example?subject=unsubscribe>")));
    CHECK(Smtp::header(mail, QStringLiteral("List-Unsubscribe-Post")) == QStringLiteral("List-Unsubscribe=One-Click"));
    CHECK(Smtp::textPart(mail).contains(optOut));

    // The SMS reached the phone, and the gateway's reports came back to the server.
    const QStringList sms = kannel.received(QStringLiteral("+306912345678"), 1);
    REQUIRE(sms.size() == 1);
    CHECK(sms.front().contains(toNikos.value(QStringLiteral("trackingNumber")).toString()));
    const QString nikosRequest = toNikos.value(QStringLiteral("requestId")).toString();
    t.restart();
    QString report;
    while (t.elapsed() < 10000) {
        const auto messages = NotificationStore(*server.data()).ofRequest(nikosRequest);
        report = messages.isEmpty() ? QString() : messages.front().second.report;
        if (report == QLatin1String("delivered"))
            break;
        QThread::msleep(50);
    }
    CHECK(report == QStringLiteral("delivered"));

    // A forged report, or one for another message, is refused and changes nothing.
    CurlTransport web(server.url());
    const QString nikosMessage = NotificationStore(*server.data()).ofRequest(nikosRequest).front().first.id;
    CHECK(web.get(QStringLiteral("/citizen/ATH/sms/report?id=%1&key=%2&type=2").arg(nikosMessage, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")), {}).status == 403);
    CHECK(web.get(QStringLiteral("/citizen/ATH/sms/incoming?key=wrong&from=%2B306912345678&text=STOP"), {}).status == 403);
    CHECK(web.get(QStringLiteral("/citizen/NOPE/optout/x.email.y"), {}).status == 404);

    // Opening the link changes nothing (a mail program may open it to look); the button, or the one-click POST, does.
    const QString path = QUrl(optOut).path();
    const SyncReply opened = web.get(path, {});
    CHECK(opened.status == 200);
    CHECK(QString::fromUtf8(opened.raw).contains(QStringLiteral("<form method=\"post\">")));
    CHECK(CitizenRepository(*server.data()).get(eleni)->consents.front().granted);
    const SyncReply forged = web.postBytes(path.left(path.size() - 3) + QStringLiteral("AAA"), "List-Unsubscribe=One-Click", {});
    CHECK(forged.status == 404);
    const SyncReply stopped = web.postBytes(path, "List-Unsubscribe=One-Click", {});
    CHECK(stopped.status == 200);
    CHECK(QString::fromUtf8(stopped.raw).contains(QStringLiteral("Δεν θα λαμβάνετε")));

    // Nikos answers STOP: the gateway hands it to the server, which answers him in Greek.
    kannel.answer(QStringLiteral("+306912345678"), QStringLiteral("Stop"));
    const QStringList answers = kannel.received(QStringLiteral("+306912345678"), 2);
    REQUIRE(answers.size() == 2);
    // (the first message, long, was in two parts: the reading puts it together after the single ones)
    CHECK(std::any_of(answers.begin(), answers.end(), [](const QString &text) { return text.contains(QStringLiteral("δεν θα λαμβάνετε")); }));

    // The desk learns both, with how they were given.
    REQUIRE(a.sync->pull(a.net).ok());
    const std::optional<Citizen> e = CitizenRepository(*a.db).get(eleni);
    const std::optional<Citizen> n = CitizenRepository(*a.db).get(nikos);
    REQUIRE(e);
    REQUIRE(n);
    REQUIRE(e->consents.size() == 1);
    CHECK_FALSE(e->consents.front().granted);
    CHECK(e->consents.front().source == QStringLiteral("email-link"));
    REQUIRE(n->consents.size() == 1);
    CHECK_FALSE(n->consents.front().granted);
    CHECK(n->consents.front().source == QStringLiteral("sms-stop"));
    CHECK(NotificationStore(*a.db).ofRequest(nikosRequest).front().second.report == QStringLiteral("delivered"));

    // From now on nothing more is sent to them: a new request of each queues nothing.
    CHECK(file(eleni).value(QStringLiteral("notificationChannel")).toString().isEmpty());
    CHECK(file(nikos).value(QStringLiteral("notificationChannel")).toString().isEmpty());
    REQUIRE(a.sync->push(a.net).ok());
    QThread::msleep(1500);
    CHECK(smtp.count() == 1);
    CHECK(kannel.received(QStringLiteral("+306912345678"), 3).size() == 2);
    CHECK(SyncStore(*a.db).digest() == SyncStore(*server.data()).digest());
}

namespace {

/// One HTTP call of an app, with Qt's own client (not the desks' libcurl): status and body.
std::pair<int, QByteArray> appCall(const QByteArray &method, const QString &url, const QByteArray &body = {})
{
    QNetworkAccessManager net;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = method == "POST" ? net.post(request, body) : net.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return {status, answer};
}

} // namespace

TEST_CASE("real server: an app posts a pothole over Open311, the desks have it in their queue, and the app reads what became of it", "[sync][real][open311][stores]")
{
    RealServer server;
    Desk op(server, QStringLiteral("op.civicdesk"), QStringLiteral("op"));
    Desk sup(server, QStringLiteral("sup.civicdesk"), QStringLiteral("sup"));
    // The administrator issues the app's key with the command line, the server running.
    QProcess tool;
    tool.start(QStringLiteral(CIVICDESK_ADMIN_BINARY), QStringList{QStringLiteral("apikey-add")} + server.storeArguments() + QStringList{
                                                        QStringLiteral("--tenant"), QStringLiteral("ATH"), QStringLiteral("--name"), QStringLiteral("Pothole app")});
    REQUIRE(tool.waitForFinished(30000));
    REQUIRE(tool.exitCode() == 0);
    const QString key = QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    REQUIRE(key.size() >= 40);

    const IntakeDraft where = potholeAt(*op.db);
    const QString code = CatalogueRepository(*op.db).type(where.typeId)->code;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("api_key"), key);
    form.addQueryItem(QStringLiteral("service_code"), code);
    form.addQueryItem(QStringLiteral("lat"), QString::number(where.location.latitude(), 'f', 7));
    form.addQueryItem(QStringLiteral("long"), QString::number(where.location.longitude(), 'f', 7));
    for (auto it = where.attributes.cbegin(); it != where.attributes.cend(); ++it)
        form.addQueryItem(QStringLiteral("attribute[%1]").arg(it.key()), it.value());
    form.addQueryItem(QStringLiteral("description"), QStringLiteral("Μεγάλη λακκούβα στη στάση του λεωφορείου"));
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("app.user@example.org"));
    QElapsedTimer t;
    t.start();
    const auto [status, body] = appCall("POST", server.url() + QStringLiteral("/open311/v2/requests.json"),
                                        form.toString(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%2B")).toUtf8());
    INFO(body.toStdString());
    REQUIRE(status == 201);
    const QString id = QJsonDocument::fromJson(body).array().first().toObject().value(QStringLiteral("service_request_id")).toString();
    REQUIRE_FALSE(id.isEmpty());

    // The operator's desk pulls it: an Open311 request of the right department, with its deadline.
    REQUIRE(op.sync->pull(op.net).ok());
    const qint64 seenMs = t.elapsed();
    const std::optional<ServiceRequest> there = RequestRepository(*op.db).byTrackingNumber(id);
    REQUIRE(there.has_value());
    CHECK(there->channel == Channel::Open311);
    CHECK(there->status == RequestStatus::New);
    CHECK(there->departmentId == CatalogueRepository(*op.db).type(where.typeId)->departmentId);
    CHECK(there->dueAt > 0);
    CHECK(seenMs < 2000);

    // A supervisor turns it down with a word for the citizen: the app reads it, and nothing of the desk's inside.
    REQUIRE(sup.sync->pull(sup.net).ok());
    REQUIRE(sup.run(CommandName::AddNote, {{QStringLiteral("requestId"), there->id}, {QStringLiteral("text"), QStringLiteral("Checked with the bus company")}}).ok());
    REQUIRE(sup.run(CommandName::Transition, {{QStringLiteral("requestId"), there->id}, {QStringLiteral("to"), QStringLiteral("rejected")},
                                             {QStringLiteral("note"), QStringLiteral("The stop belongs to the region; we passed your report on.")}})
                .ok());
    REQUIRE(sup.sync->push(sup.net).ok());
    const auto [readStatus, read] = appCall("GET", server.url() + QStringLiteral("/open311/v2/requests/%1.json?extensions=true").arg(id));
    REQUIRE(readStatus == 200);
    const QJsonObject o = QJsonDocument::fromJson(read).array().first().toObject();
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(o.value(QStringLiteral("status_notes")).toString() == QStringLiteral("The stop belongs to the region; we passed your report on."));
    CHECK(o.value(QStringLiteral("extended_attributes")).toObject().value(QStringLiteral("extended_status")).toString() == QStringLiteral("NO_FURTHER_ACTION"));
    CHECK_FALSE(read.contains("bus company"));
    CHECK_FALSE(read.contains("app.user"));

    // Revoked with the command line: the next post is refused.
    tool.start(QStringLiteral(CIVICDESK_ADMIN_BINARY), QStringList{QStringLiteral("apikey-revoke")} + server.storeArguments() + QStringList{
                                                        QStringLiteral("--tenant"), QStringLiteral("ATH"), QStringLiteral("--key"), QStringLiteral("Pothole app")});
    REQUIRE(tool.waitForFinished(30000));
    CHECK(tool.exitCode() == 0);
    CHECK(appCall("POST", server.url() + QStringLiteral("/open311/v2/requests.json"), form.toString(QUrl::FullyEncoded).toUtf8()).first == 403);
}

TEST_CASE("real server: a resident's e-mail with a photo reaches the desk's e-mail list, filed there it is the server's request, and their reply a note", "[sync][real][mail]")
{
    Imap::DovecotServer dovecot;
    Smtp::SmtpServer smtp;
    RealServer server;
    serverMail(server, smtp);
    // The administrator names the mailbox with the command line, the server running; the password on standard input.
    QProcess tool;
    const Imap::DovecotServer &box = dovecot;
    tool.start(QStringLiteral(CIVICDESK_ADMIN_BINARY),
               {QStringLiteral("mailbox-settings"), QStringLiteral("--db"), server.dir.filePath(QStringLiteral("tenants/ATH.civicdesk")), QStringLiteral("--imap"),
                box.settings().url, QStringLiteral("--login"), box.login, QStringLiteral("--mailbox-address"), QStringLiteral("report@athens.example"),
                QStringLiteral("--every"), QStringLiteral("1")});
    REQUIRE(tool.waitForStarted(10000));
    tool.write(box.password.toUtf8() + '\n');
    tool.closeWriteChannel();
    REQUIRE(tool.waitForFinished(30000));
    INFO(tool.readAllStandardError().toStdString());
    REQUIRE(tool.exitCode() == 0);
    CHECK(QString::fromUtf8(tool.readAllStandardOutput()).contains(QStringLiteral("read every 1 s")));

    Desk op(server, QStringLiteral("op.civicdesk"), QStringLiteral("op"));
    QByteArray photo(2048, '\0');
    photo[0] = char(0xFF), photo[1] = char(0xD8), photo[2] = char(0xFF), photo[3] = char(0xE0); // a JPEG's signature
    const QByteArray mail = "From: =?UTF-8?B?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?= <giorgos@example.org>\r\n"
                            "Subject: =?UTF-8?Q?Σκουπίδια?=\r\nMessage-ID: <rubbish-1@example.org>\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                            "Σακούλες με σκουπίδια στην Ερμού 12 από τη Δευτέρα.\r\n--b\r\nContent-Type: image/jpeg\r\n"
                            "Content-Disposition: attachment; filename=bags.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                            + photo.toBase64() + "\r\n--b--\r\n";
    QElapsedTimer t;
    t.start();
    REQUIRE(ImapMailbox(box.settings()).append(mail).ok());
    // The server reads it within its round and the desk pulls it, the photo with it.
    std::optional<InboundMailStore::Row> waiting;
    while (!waiting && t.elapsed() < 20000) {
        REQUIRE(op.sync->pull(op.net).ok());
        const QList<InboundMailStore::Row> rows = InboundMailStore(*op.db).waiting();
        if (!rows.isEmpty())
            waiting = rows.front();
        else
            QThread::msleep(100);
    }
    REQUIRE(waiting.has_value());
    WARN("the e-mail was in the desk's list " << t.elapsed() << " ms after the mail server took it (server reads every second)");
    CHECK(t.elapsed() < 5000);
    CHECK(waiting->fromAddress == QStringLiteral("giorgos@example.org"));
    CHECK(waiting->subject == QStringLiteral("Σκουπίδια"));
    const QJsonArray photos = QJsonDocument::fromJson(waiting->photosJson.toUtf8()).array();
    REQUIRE(photos.size() == 1);
    CHECK(QFile::exists(attachmentDirectoryOf(op.path) + u'/' + photos[0].toObject().value(QStringLiteral("storedPath")).toString()));

    // The operator files it: the server files the same request, the e-mail handled there too, the citizen told.
    IntakeDraft draft = potholeAt(*op.db);
    draft.typeId = CatalogueRepository(*op.db).typeByCode(QStringLiteral("waste.street"))->id;
    draft.attributes.clear();
    draft.channel = Channel::Email;
    draft.citizenId = waiting->citizenId;
    draft.description = waiting->body;
    draft.mailId = waiting->id;
    draft.photos = IntakeDraft::fromJson(QJsonObject{{QStringLiteral("photos"), photos}}).photos;
    const Result<QJsonObject> filed = op.run(CommandName::FileRequest, {{QStringLiteral("draft"), draft.toJson()}});
    REQUIRE(filed.ok());
    REQUIRE(op.sync->push(op.net).ok());
    const QString tracking = filed->value(QStringLiteral("trackingNumber")).toString();
    {
        std::unique_ptr<Database> data = server.data();
        const std::optional<ServiceRequest> there = RequestRepository(*data).byTrackingNumber(tracking);
        REQUIRE(there.has_value());
        CHECK(there->channel == Channel::Email);
        CHECK(InboundMailStore(*data).byId(waiting->id)->requestId == there->id);
    }
    t.restart();
    while (smtp.delivered().isEmpty() && t.elapsed() < 10000)
        QThread::msleep(20);
    REQUIRE(smtp.delivered().size() == 1);
    CHECK(Smtp::header(smtp.delivered().front(), QStringLiteral("To")) == QStringLiteral("<giorgos@example.org>"));

    // Their reply to the confirmation, the tracking number in its subject: a note on the request at the desk.
    const QByteArray reply = "From: giorgos@example.org\r\nSubject: Re: " + tracking.toUtf8() + "\r\nMessage-ID: <rubbish-2@example.org>\r\n"
                             "In-Reply-To: <x@athens.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                             "Ακόμα είναι εκεί.\r\n\r\n> Το αίτημά σας " + tracking.toUtf8() + "\r\n";
    REQUIRE(ImapMailbox(box.settings()).append(reply).ok());
    t.restart();
    bool noted = false;
    while (!noted && t.elapsed() < 20000) {
        REQUIRE(op.sync->pull(op.net).ok());
        for (const RequestEvent &e : RequestRepository(*op.db).events(filed->value(QStringLiteral("requestId")).toString()))
            noted = noted || (e.kind == EventKind::Note && e.body.contains(QStringLiteral("Ακόμα είναι εκεί.")));
        if (!noted)
            QThread::msleep(100);
    }
    CHECK(noted);
    CHECK(InboundMailStore(*op.db).waitingCount() == 0);
}

TEST_CASE("real server: in headless Chromium a citizen reports a street light in Greek from the keyboard, with a photo, and follows it by its number", "[sync][real][web][chromium]")
{
    RealServer server;
    Web::Chromium browser(QStringLiteral("el"));
    // Where the pages' pictures go: the README's screenshots when asked for, else a temporary folder.
    const QString shots = qEnvironmentVariableIsEmpty("CIVICDESK_SCREENSHOTS") ? server.dir.path() : qEnvironmentVariable("CIVICDESK_SCREENSHOTS");
    const auto keep = [&](const QString &name) {
        const QByteArray png = browser.screenshot();
        CHECK(png.startsWith("\x89PNG"));
        CHECK(png.size() > 10000);
        QFile f(shots + u'/' + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(png);
    };
    // What every page must hold to: its language said, a label for every field, WCAG 2.1 AA contrast for its text.
    const auto accessible = [&] {
        CHECK(browser.script(QStringLiteral("return document.documentElement.lang;")).toString() == QStringLiteral("el"));
        const QString unlabelled = browser.script(QStringLiteral(
            "const out = [];"
            "for (const e of document.querySelectorAll('input, select, textarea')) {"
            "  if (e.type === 'hidden' || e.type === 'submit') continue;"
            "  if (!(e.id && document.querySelector('label[for=\"' + e.id + '\"]')) && !e.closest('label') && !e.getAttribute('aria-label')) out.push(e.name);"
            "}"
            "return out.join(' ');")).toString();
        CHECK(unlabelled.isEmpty());
        const QJsonObject worst = browser.script(QStringLiteral(
            "const lum = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
            "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
            "const back = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; const a = c.match(/[\\d.]+/g);"
            "  if (a && (a.length < 4 || Number(a[3]) > 0)) return c; } return 'rgb(255, 255, 255)'; };"
            "let worst = {score: 99, ratio: 0, text: ''};"
            "for (const e of document.querySelectorAll('body *')) {"
            "  if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;"
            "  const s = getComputedStyle(e); if (s.display === 'none' || s.visibility === 'hidden') continue;"
            "  const a = lum(s.color), b = lum(back(e)); const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);"
            "  const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight) >= 700;"
            "  const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;"
            "  if (ratio / need < worst.score) worst = {score: ratio / need, ratio: ratio, text: e.textContent.trim().slice(0, 60)};"
            "}"
            "return worst;")).toObject();
        INFO("lowest contrast " << worst.value(QStringLiteral("ratio")).toDouble() << " for \"" << worst.value(QStringLiteral("text")).toString().toStdString() << '"');
        CHECK(worst.value(QStringLiteral("score")).toDouble() >= 1.0);
    };

    // The kinds of problem, in Greek; the street light's link opens its form.
    browser.open(server.url() + QStringLiteral("/report/ATH/?lang=el"));
    CHECK(browser.text(QStringLiteral("h1")) == QStringLiteral("Αναφέρετε ένα πρόβλημα"));
    accessible();
    browser.click(QStringLiteral("a[href*='service=light.out']"));
    CHECK(browser.url().contains(QStringLiteral("service=light.out")));
    accessible();

    // The form from the keyboard: Tab goes through its fields in the order they are read.
    browser.script(QStringLiteral("document.getElementById('address_string').focus();"));
    QStringList order{browser.focused()};
    for (int i = 0; i < 12 && order.last() != QLatin1String("button"); ++i) {
        browser.keys(QStringLiteral("\uE004"));
        order.append(browser.focused());
    }
    INFO(order.join(QStringLiteral(" → ")).toStdString());
    const QStringList expected{QStringLiteral("address_string"), QStringLiteral("description"), QStringLiteral("media"), QStringLiteral("first_name"),
                               QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("consent"), QStringLiteral("button")};
    qsizetype at = 0;
    for (const QString &id : order)
        if (at < expected.size() && id == expected[at])
            ++at;
    CHECK(at == expected.size());

    // Typed in, a photo chosen, consent ticked with Space, sent with Enter.
    QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    jpeg += QByteArray(30000, '\x7f') + QByteArray("\xFF\xD9", 2);
    QFile photo(server.dir.filePath(QStringLiteral("lamp.jpg")));
    REQUIRE(photo.open(QIODevice::WriteOnly));
    photo.write(jpeg);
    photo.close();
    browser.type(QStringLiteral("#address_string"), QStringLiteral("Ερμού 20"));
    browser.type(QStringLiteral("#description"), QStringLiteral("Η λάμπα της κολόνας έξω από το φαρμακείο δεν ανάβει εδώ και τρεις νύχτες."));
    browser.type(QStringLiteral("#media"), photo.fileName());
    browser.type(QStringLiteral("#first_name"), QStringLiteral("Κατερίνα"));
    browser.type(QStringLiteral("#email"), QStringLiteral("katerina@example.org"));
    browser.script(QStringLiteral("window.scrollTo(0, 0);"));
    keep(QStringLiteral("web-form-el.png"));
    browser.script(QStringLiteral("document.getElementById('phone').focus();"));
    browser.keys(QStringLiteral("\uE004"));
    CHECK(browser.focused() == QStringLiteral("consent"));
    browser.keys(QStringLiteral("\uE00D"));
    CHECK(browser.script(QStringLiteral("return document.getElementById('consent').checked;")).toBool());
    browser.keys(QStringLiteral("\uE004"));
    CHECK(browser.focused() == QStringLiteral("button"));
    browser.keys(QStringLiteral("\uE007"));

    // The confirmation: the tracking number, on the tracking page of the same report.
    QElapsedTimer t;
    t.start();
    while (!browser.url().contains(QStringLiteral("/track/ATH/")) && t.elapsed() < 15000)
        QThread::msleep(100);
    const QString confirmed = browser.url();
    REQUIRE(confirmed.contains(QStringLiteral("/track/ATH/")));
    const QString number = QUrl(confirmed).path().section(u'/', 3, 3);
    CHECK(browser.text(QStringLiteral("main")).contains(number));
    CHECK(browser.text(QStringLiteral("main")).contains(QStringLiteral("Ευχαριστούμε")));
    // Times on the 24-hour clock, as in Greece: no "π.μ."/"μ.μ.".
    CHECK(!browser.text(QStringLiteral("main")).contains(QStringLiteral("μ.μ."), Qt::CaseInsensitive));
    CHECK(!browser.text(QStringLiteral("main")).contains(QStringLiteral("π.μ."), Qt::CaseInsensitive));
    accessible();
    keep(QStringLiteral("web-confirmation-el.png"));
    {
        std::unique_ptr<Database> data = server.data();
        const std::optional<ServiceRequest> filed = RequestRepository(*data).byTrackingNumber(number);
        REQUIRE(filed.has_value());
        CHECK(filed->channel == Channel::Web);
        CHECK(filed->address.startsWith(QStringLiteral("Ερμού 20")));
        CHECK(CatalogueRepository(*data).type(filed->serviceTypeId)->code == QStringLiteral("light.out"));
        CHECK(RequestRepository(*data).attachments(filed->id).size() == 1);
    }

    // Later, from the tracking page's own form: the number typed, Enter, the report with its history.
    browser.open(server.url() + QStringLiteral("/track/ATH/?lang=el"));
    accessible();
    browser.type(QStringLiteral("#n"), number);
    browser.keys(QStringLiteral("\uE007"));
    t.restart();
    while (!browser.url().contains(number) && t.elapsed() < 15000)
        QThread::msleep(100);
    CHECK(browser.text(QStringLiteral("main")).contains(QStringLiteral("Καμένη λάμπα οδοφωτισμού")));
    keep(QStringLiteral("web-track-el.png"));

    // Where the page's script runs, the map of the municipality shows: a click on it is the place, the address
    // may stay empty. (Without the script the map stays hidden and the address is required: [open311][web].)
    browser.open(server.url() + QStringLiteral("/report/ATH/?lang=el&service=light.day"));
    CHECK(browser.script(QStringLiteral("return document.getElementById('pick').hidden;")).toBool() == false);
    browser.click(QStringLiteral("#pick-map"));
    const double lat = browser.script(QStringLiteral("return parseFloat(document.getElementById('lat').value);")).toDouble();
    const double lon = browser.script(QStringLiteral("return parseFloat(document.getElementById('long').value);")).toDouble();
    CHECK(lat != 0);
    CHECK(browser.text(QStringLiteral("#pick-said")).contains(QStringLiteral("Επιλέχθηκε στον χάρτη")));
    browser.type(QStringLiteral("#description"), QStringLiteral("Αναμμένα φώτα μέρα μεσημέρι."));
    browser.script(QStringLiteral("window.scrollTo(0, 0);"));
    keep(QStringLiteral("web-map-pick-el.png"));
    browser.click(QStringLiteral("button"));
    t.restart();
    while (!browser.url().contains(QStringLiteral("/track/ATH/")) && t.elapsed() < 15000)
        QThread::msleep(100);
    const QString picked = QUrl(browser.url()).path().section(u'/', 3, 3);
    REQUIRE(!picked.isEmpty());
    std::unique_ptr<Database> data = server.data();
    const std::optional<ServiceRequest> filed = RequestRepository(*data).byTrackingNumber(picked);
    REQUIRE(filed.has_value());
    CHECK(std::abs(filed->location.latitude() - lat) < 1e-5);
    CHECK(std::abs(filed->location.longitude() - lon) < 1e-5);
    CHECK(!filed->address.isEmpty()); // the nearest address of the gazetteer, for the crews
}

namespace {
/// Two reports' CSV, the first line where they part (empty: the same).
QString firstDifference(const ReportTable &a, const ReportTable &b)
{
    const QStringList x = QString::fromUtf8(reportToCsv(a)).split(QStringLiteral("\r\n")), y = QString::fromUtf8(reportToCsv(b)).split(QStringLiteral("\r\n"));
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i)
        if (x.value(i) != y.value(i))
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(x.value(i), y.value(i));
    return {};
}
} // namespace

TEST_CASE("real server: a partial replica's report of a period before its scope is made by the server from the whole tenant, or not at all", "[sync][real][scopes][report][stores]")
{
    RealServer s;
    Desk whole(s, QStringLiteral("whole.civicdesk"), QStringLiteral("sup"));
    Desk part(s, QStringLiteral("part.civicdesk"), QStringLiteral("staff"), {}, 12);
    // Before its first pull a partial replica does not know what it holds: the server makes every report.
    ReportParameters p;
    p.to = QDate::currentDate();
    p.from = p.to.addDays(-30);
    CHECK_FALSE(part.sync->holdsReportPeriod(p));
    REQUIRE(part.sync->pull(part.net).ok());
    const std::optional<SyncScope> scope = part.sync->scope();
    REQUIRE(scope.has_value());
    const QDate start = QDateTime::fromMSecsSinceEpoch(scope->since, QTimeZone::utc()).date();
    // The last 30 days: held. A year before the scope: not held, unless it is the desk's own department's.
    CHECK(part.sync->holdsReportPeriod(p));
    p.from = start.addYears(-1);
    p.to = start.addDays(-2);
    p.groupBy = QStringLiteral("department");
    p.limit = 0;
    CHECK_FALSE(part.sync->holdsReportPeriod(p));
    CHECK(whole.sync->holdsReportPeriod(p));
    ReportParameters own = p;
    own.departmentId = scope->departmentId;
    CHECK(part.sync->holdsReportPeriod(own));

    // Made by the server: the report its own data gives (and a whole replica's), not the partial desk's.
    std::unique_ptr<Database> data = s.data();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Dates and numbers as a desk in English writes them (en_US words, the municipality's order of day and month,
    // its clock and its time zone), as the server made them for it.
    std::optional<DeskLanguageScope> english(std::in_place, *QCoreApplication::instance(), QStringLiteral("en"));
    const std::optional<Tenant> municipality = OrganisationRepository(*data).tenant();
    REQUIRE(municipality.has_value());
    const DateText::MunicipalityScope days(municipality->country, municipality->timeZone);
    for (ReportKind kind : allReportKinds()) {
        p.kind = kind;
        INFO("report " << toCode(kind).toStdString());
        Result<ReportTable> fromServer = part.sync->reportFromServer(part.net, p, QStringLiteral("en"));
        INFO((fromServer ? QString() : fromServer.error().message).toStdString());
        REQUIRE(fromServer.ok());
        Result<ReportTable> direct = ReportBuilder(*data, QStringLiteral("en"), now).build(p);
        REQUIRE(direct.ok());
        CHECK(firstDifference(fromServer.value(), direct.value()).toStdString() == "");
        CHECK(firstDifference(fromServer.value(), ReportBuilder(*whole.db, QStringLiteral("en"), now).build(p).value()).toStdString() == "");
        if (kind == ReportKind::RequestList) {
            // What the partial desk would have printed from its own rows: short of the period's requests.
            Result<ReportTable> local = ReportBuilder(*part.db, QStringLiteral("en"), now).build(p);
            REQUIRE(local.ok());
            WARN(fromServer->matching << " requests in the period from the server, " << local->matching << " of them on the partial desk");
            CHECK(fromServer->matching > 0);
            CHECK(local->matching < fromServer->matching);
            // Greece's 24-hour clock, not en_US's.
            const QString csv = QString::fromUtf8(reportToCsv(fromServer.value()));
            CHECK_FALSE(csv.contains(QStringLiteral(" AM")));
            CHECK_FALSE(csv.contains(QStringLiteral(" PM")));
        }
    }
    // In the desk's language, as the desk would have made it.
    english.reset();
    p.kind = ReportKind::PerDepartment;
    Result<ReportTable> greek = part.sync->reportFromServer(part.net, p, QStringLiteral("el"));
    REQUIRE(greek.ok());
    {
        const DeskLanguageScope words(*QCoreApplication::instance(), QStringLiteral("el"));
        Result<ReportTable> direct = ReportBuilder(*data, QStringLiteral("el"), now).build(p);
        REQUIRE(direct.ok());
        CHECK(greek->title == direct->title);
        CHECK(firstDifference(greek.value(), direct.value()).toStdString() == "");
    }
    english.emplace(*QCoreApplication::instance(), QStringLiteral("en"));
    CHECK(greek->title != ReportBuilder(*data, QStringLiteral("en"), now).build(p)->title);
    // A list longer than the server sends in one answer is cut, and says so.
    p.kind = ReportKind::RequestList;
    p.from = start.addYears(-9);
    p.limit = 0;
    Result<ReportTable> all = part.sync->reportFromServer(part.net, p, QStringLiteral("en"));
    REQUIRE(all.ok());
    CHECK(all->rowCount <= SyncProtocol::MaxReportRows);
    CHECK((all->matching > all->rowCount) == !all->cutNote.isEmpty());

    // Refused as the desk would refuse it: a period that ends before it starts.
    ReportParameters backwards = p;
    backwards.from = p.to.addDays(1);
    Result<ReportTable> refused = part.sync->reportFromServer(part.net, backwards, QStringLiteral("en"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("report.period"));
    CHECK(refused.error().message.contains(QStringLiteral("ends")));
    // Offline: a clear error, and nothing made from part of the requests.
    CurlTransport nowhere(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
    Result<ReportTable> offline = part.sync->reportFromServer(nowhere, p, QStringLiteral("en"));
    REQUIRE_FALSE(offline.ok());
    CHECK(offline.error().code == QStringLiteral("sync.offline"));

    // civicdesk-admin on the partial replica's file: refused with the reason, not a list of part of the period.
    {
        p.kind = ReportKind::RequestList;
        p.from = start.addYears(-1);
        QProcess tool;
        const QString out = s.dir.filePath(QStringLiteral("old.csv"));
        tool.start(QStringLiteral(CIVICDESK_ADMIN_BINARY), {QStringLiteral("report"), QStringLiteral("--db"), part.path, QStringLiteral("--kind"),
                                                            QStringLiteral("requests"), QStringLiteral("--from"), p.from.toString(Qt::ISODate),
                                                            QStringLiteral("--to"), p.to.toString(Qt::ISODate), QStringLiteral("--format"),
                                                            QStringLiteral("csv"), QStringLiteral("--out"), out});
        REQUIRE(tool.waitForFinished(60000));
        const QString said = QString::fromUtf8(tool.readAllStandardError());
        INFO(said.toStdString());
        CHECK(tool.exitCode() != 0);
        CHECK(said.contains(QStringLiteral("partial replica")));
        CHECK_FALSE(QFileInfo::exists(out));
        // Its own recent weeks: made from the file as before.
        tool.start(QStringLiteral(CIVICDESK_ADMIN_BINARY), {QStringLiteral("report"), QStringLiteral("--db"), part.path, QStringLiteral("--kind"),
                                                            QStringLiteral("requests"), QStringLiteral("--from"),
                                                            QDate::currentDate().addDays(-30).toString(Qt::ISODate), QStringLiteral("--to"),
                                                            QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("csv"),
                                                            QStringLiteral("--out"), out});
        REQUIRE(tool.waitForFinished(60000));
        INFO(QString::fromUtf8(tool.readAllStandardError()).toStdString());
        CHECK(tool.exitCode() == 0);
        CHECK(QFileInfo::exists(out));
    }

    // Through the desk's sync agent, as the report dialog asks: on its thread, the answer as a signal.
    SyncAgent agent(part.path);
    p.kind = ReportKind::PerStatus;
    p.from = start.addYears(-1);
    std::optional<ReportTable> came;
    QString error;
    QEventLoop wait;
    QObject::connect(&agent, &SyncAgent::reported, &wait, [&](const ReportTable &table, const QString &e, bool) {
        came = table;
        error = e;
        wait.quit();
    });
    REQUIRE(agent.report(p, QStringLiteral("en")));
    CHECK_FALSE(agent.report(p, QStringLiteral("en"))); // one question at a time
    QTimer::singleShot(60000, &wait, &QEventLoop::quit);
    wait.exec();
    REQUIRE(came.has_value());
    CHECK(error.isEmpty());
    CHECK(firstDifference(*came, ReportBuilder(*data, QStringLiteral("en"), now).build(p).value()).toStdString() == "");
    // The same thread fetches an old request, as the search box asks for one.
    QString outside;
    {
        RequestRepository tenantWide(*whole.db), mine(*part.db);
        for (qint64 local = 1; local < 5000 && outside.isEmpty(); ++local)
            if (const std::optional<ServiceRequest> r = tenantWide.getByLocalId(local); r && !mine.get(r->id))
                outside = r->id;
    }
    REQUIRE_FALSE(outside.isEmpty());
    QStringList got;
    QEventLoop fetching;
    QObject::connect(&agent, &SyncAgent::fetched, &fetching, [&](const QStringList &ids, const QString &e, bool) {
        got = ids;
        error = e;
        fetching.quit();
    });
    REQUIRE(agent.fetch({outside}, {}, {}));
    QTimer::singleShot(60000, &fetching, &QEventLoop::quit);
    fetching.exec();
    CHECK(error.isEmpty());
    CHECK(got == QStringList{outside});
    CHECK(RequestRepository(*part.db).get(outside).has_value());
    agent.stop();
}

TEST_CASE("real server: a partial replica holds its scope and the tenant's figures, fetches old requests on demand, and follows requests into and out of its scope", "[sync][real][scopes][stores]")
{
    RealServer s;
    Desk whole(s, QStringLiteral("whole.civicdesk"), QStringLiteral("sup"));
    Desk part(s, QStringLiteral("part.civicdesk"), QStringLiteral("staff"), {}, 12);
    REQUIRE(part.sync->pull(part.net).ok());
    const std::optional<SyncScope> scope = part.sync->scope();
    REQUIRE(scope.has_value());
    CHECK_FALSE(scope->departmentId.isEmpty());
    const auto held = [](Desk &d) { return RequestRepository(*d.db).count(); };
    INFO(held(whole) << " requests in the tenant, " << held(part) << " on the partial replica");
    CHECK(held(part) > 0);
    CHECK(held(part) < held(whole));
    const auto serverDigest = [&](const SyncScope &within) {
        std::unique_ptr<Database> db = s.data();
        return SyncStore(*db).digest(within);
    };
    const auto figures = [](Desk &d) {
        const QMap<QString, QByteArray> all = SyncStore(*d.db).digestWithSummaries();
        QMap<QString, QByteArray> out;
        for (const QString &t : SyncStore::summaryTables())
            out.insert(t, all.value(t));
        return out;
    };
    // Row for row the server's within the scope, and the dashboard's figures those of the whole tenant.
    CHECK(SyncStore(*part.db).digestWithSummaries() == serverDigest(*scope));
    CHECK(figures(part) == figures(whole));

    // Closed requests it holds (changed within the scope, another department's): their history is on the server
    // until one is opened.
    QString closedHeld, closedOpened;
    {
        RequestRepository mine(*part.db);
        for (qint64 local = 1; local < 5000 && closedOpened.isEmpty(); ++local) {
            const std::optional<ServiceRequest> r = mine.getByLocalId(local);
            if (r && r->status == RequestStatus::Closed && r->departmentId != scope->departmentId && r->duplicateOf.isEmpty())
                (closedHeld.isEmpty() ? closedHeld : closedOpened) = r->id;
        }
    }
    REQUIRE_FALSE(closedOpened.isEmpty());
    for (const QString &id : {closedHeld, closedOpened}) {
        CHECK_FALSE(part.sync->holdsHistory(id));
        CHECK(RequestRepository(*part.db).events(id).isEmpty());
        CHECK_FALSE(RequestRepository(*whole.db).events(id).isEmpty());
    }
    {
        // The open requests' histories are there.
        RequestRepository mine(*part.db);
        int openSeen = 0;
        for (qint64 local = 1; local < 5000 && openSeen < 5; ++local) {
            const std::optional<ServiceRequest> r = mine.getByLocalId(local);
            if (r && isOpen(r->status)) {
                ++openSeen;
                CHECK(part.sync->holdsHistory(r->id));
                CHECK(mine.events(r->id).size() == RequestRepository(*whole.db).events(r->id).size());
            }
        }
        CHECK(openSeen == 5);
    }
    // Opened: its history comes, and stays.
    Result<QStringList> history = part.sync->fetchRequests(part.net, {{closedOpened}, {}, {}});
    REQUIRE(history.ok());
    CHECK(part.sync->holdsHistory(closedOpened));
    CHECK(RequestRepository(*part.db).events(closedOpened).size() == RequestRepository(*whole.db).events(closedOpened).size());
    REQUIRE(part.sync->pull(part.net).ok());
    CHECK(RequestRepository(*part.db).events(closedOpened).size() == RequestRepository(*whole.db).events(closedOpened).size());
    CHECK(SyncStore(*part.db).digestWithSummaries() == serverDigest(*part.sync->scope()));

    // Requests it does not hold: another department's, closed before the scope's start.
    QStringList outside;
    QString citizenOutside;
    {
        RequestRepository all(*whole.db), mine(*part.db);
        for (qint64 local = 1; local < 5000 && outside.size() < 4; ++local) {
            const std::optional<ServiceRequest> r = all.getByLocalId(local);
            if (r && !mine.get(r->id) && r->status == RequestStatus::Closed && r->duplicateOf.isEmpty()) {
                outside.append(r->id);
                if (citizenOutside.isEmpty() && !r->citizenId.isEmpty() && outside.size() == 4)
                    citizenOutside = r->citizenId;
            }
        }
    }
    REQUIRE(outside.size() == 4);

    // Offline: a clear error, nothing written.
    CurlTransport nowhere(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
    Result<QStringList> offline = part.sync->fetchRequests(nowhere, {{outside.at(0)}, {}, {}});
    REQUIRE_FALSE(offline.ok());
    CHECK_FALSE(offline.error().message.isEmpty());
    CHECK_FALSE(RequestRepository(*part.db).get(outside.at(0)).has_value());

    // By its tracking number, as a caller reads it: the request with its whole history, then kept.
    const ServiceRequest wanted = *RequestRepository(*whole.db).get(outside.at(0));
    Result<QStringList> fetched = part.sync->fetchRequests(part.net, {{}, wanted.trackingNumber, {}});
    REQUIRE(fetched.ok());
    CHECK(fetched.value() == QStringList{wanted.id});
    CHECK(RequestRepository(*part.db).events(wanted.id).size() == RequestRepository(*whole.db).events(wanted.id).size());
    CHECK(part.sync->pinned() == (QStringList{closedOpened, wanted.id}));
    // No such request: nothing found, nothing written.
    Result<QStringList> none = part.sync->fetchRequests(part.net, {{QStringLiteral("no-such-request")}, {}, {}});
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    // A citizen's older requests.
    if (!citizenOutside.isEmpty()) {
        Result<QStringList> older = part.sync->fetchRequests(part.net, {{}, {}, citizenOutside});
        REQUIRE(older.ok());
        INFO(older->join(u' ').toStdString() << " for " << citizenOutside.toStdString() << " " << outside.at(3).toStdString());
        CHECK(older->contains(outside.at(3)));
    }
    Result<DeskSync::PullResult> kept = part.sync->pull(part.net);
    REQUIRE(kept.ok());
    CHECK(RequestRepository(*part.db).get(wanted.id).has_value());
    CHECK(SyncStore(*part.db).digestWithSummaries() == serverDigest(*part.sync->scope()));

    // Into the scope: an old closed request reopened at the other desk arrives whole.
    const QString reopened = outside.at(1);
    Result<QJsonObject> reopen = whole.run(CommandName::Transition, {{QStringLiteral("requestId"), reopened}, {QStringLiteral("to"), QStringLiteral("reopened")},
                                                                      {QStringLiteral("note"), QStringLiteral("Ο πολίτης ξανατηλεφώνησε")}});
    INFO((reopen ? QString() : reopen.error().message).toStdString());
    REQUIRE(reopen.ok());
    // And a closed one it holds without its history: that comes whole too.
    Result<QJsonObject> reopenHeld = whole.run(CommandName::Transition, {{QStringLiteral("requestId"), closedHeld}, {QStringLiteral("to"), QStringLiteral("reopened")},
                                                                          {QStringLiteral("note"), QStringLiteral("Again")}});
    REQUIRE(reopenHeld.ok());
    // And a new request: the figures move on both desks alike.
    fileAt(whole);
    REQUIRE(whole.sync->push(whole.net).ok());
    REQUIRE(whole.sync->pull(whole.net).ok());
    Result<DeskSync::PullResult> moved = part.sync->pull(part.net);
    INFO((moved ? QString() : moved.error().message).toStdString());
    REQUIRE(moved.ok());
    REQUIRE(RequestRepository(*part.db).get(reopened).has_value());
    CHECK(RequestRepository(*part.db).events(reopened).size() == RequestRepository(*whole.db).events(reopened).size());
    CHECK(part.sync->holdsHistory(closedHeld));
    CHECK(RequestRepository(*part.db).events(closedHeld).size() == RequestRepository(*whole.db).events(closedHeld).size());
    // Closed again: the desk lets go of its history at the pull after, looking at the requests it changed alone
    // (its whole file is looked at once the scope's start moved an hour on).
    Result<QJsonObject> rejected = whole.run(CommandName::Transition, {{QStringLiteral("requestId"), closedHeld}, {QStringLiteral("to"), QStringLiteral("rejected")},
                                                                        {QStringLiteral("note"), QStringLiteral("Not the municipality's")}});
    REQUIRE(rejected.ok());
    REQUIRE(whole.sync->push(whole.net).ok());
    Result<DeskSync::PullResult> closedAgain = part.sync->pull(part.net);
    REQUIRE(closedAgain.ok());
    CHECK(closedAgain->removed == 0);
    CHECK_FALSE(part.sync->holdsHistory(closedHeld));
    CHECK(RequestRepository(*part.db).events(closedHeld).isEmpty());
    CHECK(part.sync->scope()->since <= part.sync->answeredScope()->since);
    CHECK(SyncStore(*part.db).digestWithSummaries() == serverDigest(*part.sync->scope()));
    CHECK(figures(part) == figures(whole));
    CHECK(SyncStore(*part.db).digestWithSummaries() == serverDigest(*part.sync->scope()));

    // Out of it: a narrower scope lets go of what is now outside, and stays equal to the server within it.
    const qint64 before = held(part);
    REQUIRE(part.sync->setScopeMonths(1).ok());
    Result<DeskSync::PullResult> narrowed = part.sync->pull(part.net);
    REQUIRE(narrowed.ok());
    CHECK(narrowed->removed > 0);
    CHECK(held(part) == before - narrowed->removed);
    CHECK(SyncStore(*part.db).digestWithSummaries() == serverDigest(*part.sync->scope()));
    CHECK(RequestRepository(*part.db).get(wanted.id).has_value()); // fetched on demand: kept
    CHECK(figures(part) == figures(whole));
    // A wider one needs the server's copy again: the desk starts again, with what it fetched on demand.
    REQUIRE(part.sync->setScopeMonths(24).ok());
    const DeskSync::Restart again = startsAgain(part);
    CHECK(again.carried == 0);
    REQUIRE(part.sync->pull(part.net).ok());
    CHECK(held(part) > before);
    CHECK(SyncStore(*part.db).digestWithSummaries() == serverDigest(*part.sync->scope()));
    CHECK(RequestRepository(*part.db).get(wanted.id).has_value());
}
