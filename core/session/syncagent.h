// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/report.h"
#include "core/storage/syncstore.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace CivicDesk {

class DeskSync;
class SyncTransport;

/// A synced desk's background synchronisation: one thread pushes the outbox as soon as a command waits in it
/// (nudge()) and again every few seconds while the server cannot be reached; another holds a long poll on the
/// server and pulls when the tenant's data moved. Each thread has its own connection to the desk's file, so the
/// operator's work never waits for the network; the desk's windows learn of pulled rows from the file itself
/// (ChangeMonitor). What the agent knows is reported as a State, on the thread that made the agent.
class SyncAgent : public QObject
{
    Q_OBJECT
public:
    struct State
    {
        bool online = false;      ///< the last exchange with the server worked
        bool signedOut = false;   ///< the server refused the token: sign in again
        int waiting = 0;          ///< changes of this desk not yet answered by the server
        int refused = 0;          ///< refused changes the operator has not looked at yet
        int conflicts = 0;        ///< edits of citizens that met another desk's, not looked at yet
        QString lastError;        ///< in the operator's words
        QString errorCode;
        qint64 lastSyncAt = 0;    ///< when a pull last worked (ms since the epoch)
        bool outdated = false;    ///< the server speaks a newer schema: this desk must be updated
        bool replaced = false;    ///< the server's data was replaced (a restore): start again from its new copy
    };

    /// Syncs the desk file @p path with the server its settings name; call start().
    explicit SyncAgent(QString path, QObject *parent = nullptr);
    ~SyncAgent() override;

    void start();
    /// Stops both threads (a poll in progress is abandoned); what was committed stays.
    void stop();
    /// A command waits in the outbox: push now.
    void nudge();
    /// Uses @p token from now on (after signing in again).
    void setToken(const QString &token);
    State state() const;

    /// Fetches requests this partial replica does not hold, with their history (DeskSync::fetchRequests), on a
    /// thread of its own: by @p ids, a @p tracking number or a citizen's older ones (@p citizenId). The answer
    /// comes as fetched(). False when a fetch is already under way.
    bool fetch(const QStringList &ids, const QString &tracking, const QString &citizenId);
    /// Asks the server for a report of a period this partial replica does not hold (DeskSync::reportFromServer),
    /// in @p language, on the same thread as fetch(): one question at a time. The answer comes as reported().
    /// False when a fetch or a report is already under way.
    bool report(const ReportParameters &parameters, const QString &language);

Q_SIGNALS:
    void stateChanged(const CivicDesk::SyncAgent::State &state);
    /// A fetch ended: the requests found (none: the server has no such request), or why the server could not
    /// answer (@p error, in the operator's words; then @p offline when it was not reached at all).
    void fetched(const QStringList &ids, const QString &error, bool offline);
    /// A report asked with report() came (@p error empty), or why not (@p offline: the server was not reached).
    void reported(const CivicDesk::ReportTable &table, const QString &error, bool offline);

private:
    void pushLoop();
    void pullLoop();
    void report(const std::function<void(State &)> &change);
    /// Runs @p work on the thread of fetch() and report(), with the desk's file and the server (both null when the
    /// file could not be opened), and calls what it returns on the agent's own thread. False while one runs.
    bool askServer(int timeoutMs, const std::function<std::function<void()>(DeskSync *, SyncTransport *)> &work);

    QString m_path;
    std::atomic<bool> m_stop{false};
    std::thread m_pusher;
    std::thread m_puller;
    std::thread m_fetcher;
    std::atomic<bool> m_fetching{false};
    mutable std::mutex m_lock;
    std::condition_variable m_wake;
    bool m_nudged = true;
    QString m_token;
    State m_state;
};

} // namespace CivicDesk

Q_DECLARE_METATYPE(CivicDesk::SyncAgent::State)
