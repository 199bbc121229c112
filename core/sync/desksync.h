// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/command.h"
#include "core/reports/report.h"
#include "core/storage/conflictstore.h"
#include "core/storage/syncstore.h"
#include "core/sync/hybridclock.h"
#include "core/sync/transport.h"
#include "core/util/result.h"

#include <QJsonObject>

#include <functional>

namespace CivicDesk {

class CommandRunner;
class Database;

/// A desk's side of synchronisation, on one connection to its replica.
///
/// A command made here runs at once on the replica (the operator sees its effect) and waits in the outbox, in
/// the same transaction, until the server answers it. A push sends the outbox; the server runs each command
/// again, authoritatively, and records it applied or rejected. A pull brings the rows the server changed since
/// the desk's cursor and rebases: the rows the desk's unanswered commands touched are set back to the server's
/// values, the server's rows are written, and the commands still unanswered run again on top. A command the
/// server rejected therefore vanishes from the replica, and is kept to be explained (rejections()).
class DeskSync
{
public:
    /// What the desk knows of its server; kept in the replica's local settings.
    struct Settings
    {
        QString server;   ///< base URL, "https://civicdesk.example.gr"
        QString tenant;   ///< tenant code
        QString login;
        QString userId;
        QString token;
        QString clientId; ///< this replica's id at the server
        QString deskCode; ///< the code in this desk's tracking numbers
        QString epoch;
        qint64 cursor = 0;
        /// A partial replica's months of requests (its sync scope, SyncScope); 0: the whole tenant.
        int scopeMonths = 0;
    };
    /// The months a new desk keeps of the requests that are neither open nor its department's (a partial replica).
    static constexpr int DefaultScopeMonths = 12;
    struct PushResult
    {
        int sent = 0;
        int applied = 0;
        int rejected = 0;
        int duplicates = 0;
    };
    struct PullResult
    {
        int pages = 0;
        int rows = 0;
        int confirmed = 0; ///< outbox entries the server has answered
        int rerun = 0;     ///< unanswered commands run again after the rebase (those the replica took)
        qint64 cursor = 0;
        int removed = 0;   ///< requests that left this partial replica's scope and were removed
    };
    struct SignIn
    {
        QString token;
        QString userId;
        QString role;
        QString departmentId;
        qint64 expiresAt = 0;
    };

    DeskSync(Database &db, CommandRunner &runner);

    Settings settings() const;
    bool isSynced() const { return isSynced(m_db); }
    /// Whether the file of @p db is a desk that works with a server (nothing else is built to ask).
    static bool isSynced(const Database &db);
    /// Keeps @p s as this replica's server, user and place; turns on the capture of its changes.
    Status adopt(const Settings &s);
    /// Whether a CivicDesk server able to serve this desk answers at @p transport's address; why not otherwise.
    static Status checkServer(SyncTransport &transport);
    /// The server's new address (it moved): "https://host[:port]"; the next round goes there. Only the address
    /// changes: the user, the desk's place at the server and what waits to be sent stay.
    Status setServer(const QString &url);
    /// Why @p url cannot be a server's address, if it cannot.
    static Status checkServerUrl(const QString &url);
    /// Forgets the token (signed out); the outbox stays.
    Status forgetToken();
    /// A new token for the same user (signed in again).
    Status setToken(const QString &token);

    /// Runs @p command here as a change of this desk (see the class): its time moved by the hybrid clock, a
    /// filed request given this desk's next tracking number, its effect and outbox entry in one transaction.
    Result<QJsonObject> run(Command command);

    /// Sends the outbox to the server (in batches); the answers are noted, rejections kept.
    Result<PushResult> push(SyncTransport &transport);
    /// Brings the server's changes since the cursor and rebases (see the class).
    Result<PullResult> pull(SyncTransport &transport);

    /// Fetches requests this partial replica does not hold, with their history, and keeps them (pinned): by
    /// @p ids, by a tracking number, or a citizen's older ones. The ids found (none: the tenant has no such request).
    struct Wanted
    {
        QStringList ids;
        QString tracking;
        QString citizenId;
    };
    Result<QStringList> fetchRequests(SyncTransport &transport, const Wanted &wanted);
    /// Keeps @p months of requests from now on (0: the whole tenant). A narrower scope lets go of rows at the
    /// next pull; a wider one needs the server's copy again (the next pull asks for it, as after a restore).
    Status setScopeMonths(int months);
    /// The requests fetched on demand this partial replica keeps, oldest first.
    QStringList pinned() const;
    /// The scope this partial replica holds (nothing for a whole one, or before its first pull): the server's at
    /// its last pull, from the start of its last whole sweep.
    std::optional<SyncScope> scope() const;
    /// The scope as the server answered at the last pull (scope() is the same from the last sweep's start).
    std::optional<SyncScope> answeredScope() const;
    /// Whether this desk holds every request a report of @p parameters reads: a whole replica does; a partial one
    /// when the period starts within its scope, or when the report is of its own department (held whole).
    bool holdsReportPeriod(const ReportParameters &parameters) const;
    /// Whether this desk holds the history of request @p requestId: a whole replica does; a partial one while the
    /// request is open, of its department or fetched. A closed request's history is fetched (fetchRequests())
    /// when it is opened.
    bool holdsHistory(const QString &requestId) const;
    /// The report made by the server from the whole tenant, in @p language: for a period this partial replica
    /// does not hold. A request list is cut at SyncProtocol::MaxReportRows rows, and says so.
    Result<ReportTable> reportFromServer(SyncTransport &transport, const ReportParameters &parameters, const QString &language);

    int waiting() const;
    /// The last command run() saved, as it was saved (its time and tracking number as sent to the server).
    const Command &lastCommand() const { return m_lastCommand; }
    /// The number of the last command made here (0: none yet).
    qint64 lastMutationId() const { return nextMutationIdValue() - 1; }

    /// The simulation's crash points: asked at "run" (after the command, before its outbox entry) and at "pull"
    /// (after a page's rebase, before its commit); true stops there as a crash would (the transaction rolls back).
    std::function<bool(const char *point)> crashAt;
    /// A planted bug of the simulation: pulled rows written without setting the desk's own changes back first.
    bool skipRebase = false;
    QList<Rejection> rejections(bool unseenOnly = true) const;
    Status markRejectionsSeen();
    /// The conflicts of citizens' details the signed-in user took part in (newest first), and how many of them
    /// came since they were last looked at.
    QList<CitizenConflict> conflicts() const;
    int newConflicts() const;
    Status markConflictsSeen();

    /// Signs in: the token and who it is for.
    static Result<SignIn> signIn(SyncTransport &transport, const QString &tenant, const QString &login, const QString &password);
    /// Registers @p clientId with the server; the desk code it is given (@p wanted when free).
    static Result<QString> registerDesk(SyncTransport &transport, const QString &token, const QString &tenant,
                                        const QString &clientId, const QString &wanted = {});
    /// A new desk: registers @p clientId with the server of @p server (asking for @p wantedCode when given) and
    /// fetches the tenant's data into @p path; the settings to adopt() once the file is open.
    static Result<Settings> join(SyncTransport &transport, const QString &server, const QString &tenant, const SignIn &signIn,
                                 const QString &login, const QString &clientId, const QString &path, const QString &wantedCode = {},
                                 int scopeMonths = 0);
    /// Downloads the server's snapshot of the tenant into @p path (a new desk file); its cursor and epoch.
    static Result<std::pair<qint64, QString>> downloadSnapshot(SyncTransport &transport, const QString &token,
                                                                const QString &tenant, const QString &path, int scopeMonths = 0);

    /// What starting again on a new epoch did.
    struct Restart
    {
        int carried = 0;    ///< waiting changes carried into the new copy
        int rerun = 0;      ///< of them, run again on it now (the others the server will explain)
        QString keptAs;     ///< the old file, kept beside
        qint64 cursor = 0;
    };
    /// The server's data was replaced (a restore or a bulk load: pulls answer sync.snapshot-required): fetches
    /// the server's new copy beside the desk file @p path, carries this desk's own state into it (settings,
    /// drafts, waiting changes, refusals), runs the waiting changes again on it, tells the server where this
    /// desk's numbering of changes goes on, then puts the copy in the file's place and keeps the old file as
    /// PATH.before-EPOCH. No connection to @p path may be open. On failure the old file is untouched.
    static Result<Restart> restartFromServer(SyncTransport &transport, const QString &path);

    /// The error of an answer that was not a success: the server's code and message, or that it was not reached.
    static Error replyError(const SyncReply &reply, const QString &what);

private:
    /// Lets go of what left the scope @p within: the whole file looked at once the server's start moved an hour on
    /// (or the department, or a request fetched on demand went), else only the requests the pulls since changed
    /// (their histories, once closed). The requests removed.
    Result<int> letGoOutside(const SyncScope &within);
    /// Notes @p requestIds for letGoOutside() to look at.
    Status recheckLater(const QStringList &requestIds);
    /// The requests noted by recheckLater() since the last look.
    QStringList toRecheck() const;
    /// The scope of the last whole sweep of what left the scope (none yet: the first pull makes one).
    std::optional<SyncScope> lastSweep() const;
    Status rebase(const QList<SyncRow> &rows, qint64 lastMutationId, const QJsonArray &rejected, PullResult &result);
    /// Runs @p work with the rows it changes noted as this desk's unanswered changes (sync_dirty).
    Status captured(const std::function<void()> &work);
    /// Sends the photos the commands of @p entries refer to (the server keeps what it has already).
    Status uploadPhotos(SyncTransport &transport, const QList<OutboxEntry> &entries, const Settings &s);
    /// Fetches the photos of the pulled attachment rows this desk does not have yet.
    void fetchPhotos(SyncTransport &transport, const QList<SyncRow> &rows, const Settings &s);
    qint64 nextMutationId();
    qint64 nextMutationIdValue() const;

    Database &m_db;
    CommandRunner &m_runner;
    SyncStore m_store;
    Command m_lastCommand;
};

} // namespace CivicDesk
