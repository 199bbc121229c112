// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncagent.h"

#include "core/commands/commandrunner.h"
#include "core/storage/database.h"
#include "core/sync/curltransport.h"
#include "core/sync/desksync.h"
#include "core/sync/protocol.h"
#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QUrlQuery>

namespace CivicDesk {
namespace {

/// The desk's file on this thread, with what syncing it needs.
struct Replica
{
    std::unique_ptr<Database> db;
    std::unique_ptr<CommandRunner> runner;
    std::unique_ptr<DeskSync> sync;

    explicit Replica(const QString &path)
    {
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        if (!opened)
            return;
        db = std::move(opened).value();
        runner = std::make_unique<CommandRunner>(*db);
        sync = std::make_unique<DeskSync>(*db, *runner);
    }
};

bool isAuthError(const QString &code)
{
    return code.startsWith(QLatin1String("auth."));
}

} // namespace

SyncAgent::SyncAgent(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    qRegisterMetaType<CivicDesk::SyncAgent::State>();
}

SyncAgent::~SyncAgent()
{
    stop();
}

void SyncAgent::start()
{
    if (m_pusher.joinable())
        return;
    m_stop = false;
    m_pusher = std::thread([this] { pushLoop(); });
    m_puller = std::thread([this] { pullLoop(); });
}

void SyncAgent::stop()
{
    m_stop = true;
    m_wake.notify_all();
    if (m_pusher.joinable())
        m_pusher.join();
    if (m_puller.joinable())
        m_puller.join();
    if (m_fetcher.joinable())
        m_fetcher.join();
}

bool SyncAgent::askServer(int timeoutMs, const std::function<std::function<void()>(DeskSync *, SyncTransport *)> &work)
{
    if (m_fetching.exchange(true))
        return false;
    if (m_fetcher.joinable())
        m_fetcher.join(); // the last one, finished
    QString token;
    {
        std::lock_guard<std::mutex> g(m_lock);
        token = m_token;
    }
    m_fetcher = std::thread([this, work, token, timeoutMs] {
        Replica replica(m_path);
        std::function<void()> answer;
        if (!replica.sync) {
            answer = work(nullptr, nullptr);
        } else {
            if (!token.isEmpty() && token != replica.sync->settings().token)
                (void)replica.sync->setToken(token); // signed in again since the file was read
            CurlTransport net(replica.sync->settings().server);
            net.setTimeoutMs(timeoutMs);
            answer = work(replica.sync.get(), &net);
        }
        m_fetching = false;
        QMetaObject::invokeMethod(this, answer, Qt::QueuedConnection);
    });
    return true;
}

bool SyncAgent::fetch(const QStringList &ids, const QString &tracking, const QString &citizenId)
{
    return askServer(30000, [this, ids, tracking, citizenId](DeskSync *sync, SyncTransport *net) -> std::function<void()> {
        QStringList found;
        QString error = Tr::tr("The desk's file could not be opened.");
        bool offline = false;
        if (sync) {
            Result<QStringList> got = sync->fetchRequests(*net, {ids, tracking, citizenId});
            error = got ? QString() : got.error().message;
            offline = !got && got.error().code == QLatin1String("sync.offline");
            if (got)
                found = got.value();
        }
        return [this, found, error, offline] { emit fetched(found, error, offline); };
    });
}

bool SyncAgent::report(const ReportParameters &parameters, const QString &language)
{
    // A long list of ten years is made and sent in one answer: more time than a fetch.
    return askServer(120000, [this, parameters, language](DeskSync *sync, SyncTransport *net) -> std::function<void()> {
        ReportTable table;
        QString error = Tr::tr("The desk's file could not be opened.");
        bool offline = false;
        if (sync) {
            Result<ReportTable> made = sync->reportFromServer(*net, parameters, language);
            error = made ? QString() : made.error().message;
            offline = !made && made.error().code == QLatin1String("sync.offline");
            if (made)
                table = made.value();
        }
        return [this, table, error, offline] { emit reported(table, error, offline); };
    });
}

void SyncAgent::nudge()
{
    {
        std::lock_guard<std::mutex> g(m_lock);
        m_nudged = true;
    }
    m_wake.notify_all();
}

void SyncAgent::setToken(const QString &token)
{
    {
        std::lock_guard<std::mutex> g(m_lock);
        m_token = token;
        m_state.signedOut = false;
        m_nudged = true;
    }
    m_wake.notify_all();
}

SyncAgent::State SyncAgent::state() const
{
    std::lock_guard<std::mutex> g(m_lock);
    return m_state;
}

void SyncAgent::report(const std::function<void(State &)> &change)
{
    State now;
    {
        std::lock_guard<std::mutex> g(m_lock);
        change(m_state);
        now = m_state;
    }
    QMetaObject::invokeMethod(this, [this, now] { emit stateChanged(now); }, Qt::QueuedConnection);
}

void SyncAgent::pushLoop()
{
    Replica replica(m_path);
    if (!replica.sync)
        return;
    {
        std::lock_guard<std::mutex> g(m_lock);
        if (m_token.isEmpty())
            m_token = replica.sync->settings().token;
    }
    CurlTransport net(replica.sync->settings().server);
    int backoffMs = 1000;
    while (!m_stop) {
        {
            std::unique_lock<std::mutex> g(m_lock);
            m_wake.wait_for(g, std::chrono::milliseconds(backoffMs), [this] { return m_stop || m_nudged; });
            m_nudged = false;
            if (m_stop)
                break;
            if (m_state.signedOut)
                continue;
        }
        const int waiting = replica.sync->waiting();
        const int refused = int(replica.sync->rejections(true).size());
        if (waiting == 0) {
            report([&](State &s) {
                s.waiting = 0;
                s.refused = refused;
            });
            backoffMs = 5000;
            continue;
        }
        Result<DeskSync::PushResult> pushed = replica.sync->push(net);
        const int left = replica.sync->waiting();
        const int nowRefused = int(replica.sync->rejections(true).size());
        if (pushed) {
            backoffMs = 5000;
            report([&](State &s) {
                s.online = true;
                s.waiting = left;
                s.refused = nowRefused;
                s.lastError.clear();
                s.errorCode.clear();
            });
        } else {
            backoffMs = std::min(backoffMs * 2, 10000);
            const Error e = pushed.error();
            report([&](State &s) {
                s.online = e.code != QLatin1String("sync.offline");
                s.signedOut = isAuthError(e.code);
                s.outdated = e.code == QLatin1String("sync.client-outdated");
                s.waiting = left;
                s.refused = nowRefused;
                s.lastError = e.message;
                s.errorCode = e.code;
            });
        }
    }
}

void SyncAgent::pullLoop()
{
    Replica replica(m_path);
    if (!replica.sync)
        return;
    const DeskSync::Settings settings = replica.sync->settings();
    CurlTransport net(settings.server), poll(settings.server);
    int backoffMs = 0;
    while (!m_stop) {
        if (backoffMs > 0) {
            std::unique_lock<std::mutex> g(m_lock);
            m_wake.wait_for(g, std::chrono::milliseconds(backoffMs), [this] { return bool(m_stop); });
            if (m_stop)
                break;
        }
        QString token;
        {
            std::lock_guard<std::mutex> g(m_lock);
            token = m_token.isEmpty() ? settings.token : m_token;
            if (m_state.signedOut) {
                backoffMs = 2000;
                continue;
            }
        }
        Result<DeskSync::PullResult> pulled = replica.sync->pull(net);
        if (!pulled) {
            const Error e = pulled.error();
            backoffMs = std::clamp(backoffMs * 2, 1000, 10000);
            report([&](State &s) {
                s.online = e.code != QLatin1String("sync.offline");
                s.signedOut = isAuthError(e.code);
                s.outdated = e.code == QLatin1String("sync.client-outdated");
                s.replaced = e.code == QLatin1String("sync.snapshot-required");
                s.lastError = e.message;
                s.errorCode = e.code;
            });
            continue;
        }
        backoffMs = 0;
        const int waiting = replica.sync->waiting();
        const int refused = int(replica.sync->rejections(true).size());
        const int conflicts = replica.sync->newConflicts();
        report([&](State &s) {
            s.online = true;
            s.replaced = false;
            s.waiting = waiting;
            s.refused = refused;
            s.conflicts = conflicts;
            s.lastSyncAt = QDateTime::currentMSecsSinceEpoch();
            s.lastError.clear();
            s.errorCode.clear();
        });
        if (waiting > 0)
            nudge(); // what the rebase kept waiting goes out again
        // Until the tenant's data moves (or the poll times out): a socket, no work.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("tenant"), settings.tenant);
        q.addQueryItem(QStringLiteral("cursor"), QString::number(pulled->cursor));
        const SyncReply poked = poll.get(QString::fromLatin1(SyncProtocol::PokePath) + u'?' + q.toString(QUrl::FullyEncoded), token, 30000);
        if (!poked.reached() && !m_stop)
            backoffMs = 2000;
    }
}

} // namespace CivicDesk
