// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace CivicDesk {

class Database;
class Statement;

/// One synced row as it travels: its table, its sync key (the `id`, or the primary key where a table has no
/// id) and its values in the table's column order; no values when the row is gone.
struct SyncRow
{
    QString table;
    QJsonArray key;
    std::optional<QJsonArray> values;
    bool operator==(const SyncRow &) const = default;
};

/// A table's key of a row, as the change log and the dirty keys keep it.
struct SyncKey
{
    QString table;
    QJsonArray key;
    bool operator==(const SyncKey &) const = default;
};

/// What changed on the server after a cursor: whole transactions only, up to a number of rows.
struct ChangePage
{
    qint64 from = 0;  ///< the cursor asked for
    qint64 to = 0;    ///< the seq of the last transaction in the page (the next cursor)
    bool more = false; ///< transactions after `to` were left for the next page
    QList<SyncRow> rows;
};

/// What a partial replica holds of its tenant's requests (a sync scope): every open request, the requests
/// changed since a moment, every request of one department, and those it fetched on demand (pinned); with each
/// request its history, reporters, photos, calls, messages and alerts, and the requests it names (the original
/// of a duplicate, the request it recurs). Everything else of the tenant (citizens, catalogue, organisation,
/// gazetteer, districts) and the server's summary tables travel whole.
struct SyncScope
{
    qint64 since = 0;       ///< requests changed at or after this moment (ms since the epoch)
    QString departmentId;   ///< and every request of this department (empty: none)
    QStringList pinned;     ///< and these requests, fetched on demand
};

/// A mutation as the server recorded it.
struct LedgerEntry
{
    QString clientId;
    qint64 mutationId = 0;
    QString commandId;
    QString name;
    QString userId;
    bool applied = false;
    QString code;
    QString message;
    QJsonObject answer;
    qint64 seq = 0;
};

/// A command of this desk waiting for the server.
struct OutboxEntry
{
    qint64 mutationId = 0;
    QJsonObject command;
    qint64 at = 0;
};

/// A command of this desk the server refused.
struct Rejection
{
    qint64 mutationId = 0;
    QJsonObject command;
    QString code;
    QString message;
    qint64 at = 0;
    bool seen = false;
};

/// The synchronisation tables of one CivicDesk file, as the server's store of a tenant or as a desk's replica.
///
/// Which tables travel, and by which key, is decided here once (syncedTables()). On the server, triggers write
/// every changed key into the change log under the transaction's seq, which write() moves by one before the
/// work runs. On a desk, triggers note the keys a command of the desk changed while capture is on, so that a
/// rebase can set those rows back to the server's values before the unanswered commands run again.
class SyncStore
{
public:
    explicit SyncStore(Database &db);

    /// The tables that travel, parents first.
    static const QStringList &syncedTables();
    /// The dashboard's tables, which a partial replica cannot count from its own rows: the server logs their
    /// changes and sends them to scoped desks only (a whole replica counts its own).
    static const QStringList &summaryTables();
    /// The column by which a row of @p table names the request it belongs to ("" when it belongs to none).
    static QString requestColumn(const QString &table);
    /// Tables that never travel: the desk's own (settings, drafts), derived ones (search index, summaries,
    /// counts; rebuilt by each replica from the synced rows) and the sync tables themselves.
    static const QStringList &localTables();
    /// The columns of @p table that travel, in order (a file's own row numbers and search keys stay home).
    QStringList columns(const QString &table) const;
    /// The sync key columns of @p table.
    QStringList keyColumns(const QString &table) const;

    /// A hash per synced table of its travelling rows in key order: two replicas that agree row for row have
    /// equal digests (the convergence checks compare them).
    QMap<QString, QByteArray> digest() const;
    /// The same of the rows within @p scope, and of the summary tables (a scoped desk is compared with this).
    QMap<QString, QByteArray> digest(const SyncScope &scope) const;
    /// This replica's digest with its summary tables, as digest(scope) has them.
    QMap<QString, QByteArray> digestWithSummaries() const;
    /// A hash of what the replica derives from its rows: the citizens' search keys (by citizen id) and whether
    /// the kept row counts are the real ones. Equal before and after SearchIndexer::rebuildAll() when the
    /// derived tables followed every row written.
    QByteArray derivedDigest() const;

    // ---- server ---------------------------------------------------------------------------------------------
    /// Makes this file a server store: the change-log triggers, the clock row (a new epoch when there was none).
    Status enableServerTracking();
    /// Runs @p work as one transaction of its own seq: everything it changes is logged under that seq.
    Status write(const std::function<Status()> &work);
    qint64 currentSeq() const;
    QString epoch() const;
    /// Starts a new epoch (after a bulk load: desks start again from a snapshot) and forgets the old log.
    Status newEpoch();
    /// The rows changed by the transactions after @p cursor, whole transactions only, about @p maxRows rows
    /// (more when one transaction alone is larger). Without @p summaries the summary tables' rows are left out of
    /// the page's rows (a whole replica counts its own), its bounds staying the same.
    Result<ChangePage> changesAfter(qint64 cursor, int maxRows, bool summaries = true) const;
    /// The current values of @p keys (none for a row that is gone).
    QList<SyncRow> rows(const QList<SyncKey> &keys) const;
    /// What was answered to @p clientId's mutation @p mutationId, if it was pushed before.
    std::optional<LedgerEntry> mutation(const QString &clientId, qint64 mutationId) const;
    /// The last mutation of @p clientId the server has answered (0: none).
    qint64 lastMutationId(const QString &clientId) const;
    /// The rejected mutations of @p clientId after @p afterId.
    QList<LedgerEntry> rejectedAfter(const QString &clientId, qint64 afterId) const;
    Status record(const LedgerEntry &entry);
    /// A copy of the file for a new desk at @p path: the synced and derived tables, no log, no ledger.
    Status exportSnapshot(const QString &path, const SyncScope *scope = nullptr) const;
    /// Of the rows of a change page, those a desk of @p scope is to have: the rows of requests in its scope, and
    /// with them the whole of an old request entering it and of the requests they name that are outside it; the
    /// summary tables' rows. Rows that are gone always pass (a desk without them deletes nothing).
    Result<QList<SyncRow>> scopedRows(const QList<SyncRow> &rows, const SyncScope &scope) const;
    /// Without the summary tables' rows (what a whole replica is sent).
    static QList<SyncRow> withoutSummaries(const QList<SyncRow> &rows);
    /// Every row of the requests @p ids, and of the requests they name: a request fetched on demand.
    QList<SyncRow> requestFamily(const QStringList &ids) const;
    /// The request with tracking number @p tracking (none: empty).
    QStringList requestsByTracking(const QString &tracking) const;
    /// The requests @p rows belong to, and those of the rows of @p keys as this file holds them.
    QStringList requestsOf(const QList<SyncRow> &rows, const QList<SyncKey> &keys) const;
    /// Whether a desk of @p scope holds the history of request @p requestId (one it holds): it does while the
    /// request is open, of its department or fetched; a closed one's is fetched when it is opened.
    bool holdsHistory(const QString &requestId, const SyncScope &scope) const;
    /// The requests of citizen @p citizenId (as the citizen who reported it or one of its reporters) outside
    /// @p scope, newest first, at most @p limit: the older part of a citizen's history.
    QStringList requestsOfCitizenOutside(const QString &citizenId, const SyncScope &scope, int limit) const;
    /// Writes every synced row of this store into @p target (an empty store of the same schema, on either
    /// engine) in one transaction of the target's: moving a municipality from the embedded server's file to
    /// PostgreSQL. The target's triggers make its counts and figures as the rows go in.
    Status copyTo(SyncStore &target, const SyncScope *scope = nullptr) const;
    /// After a load into PostgreSQL (outside its transaction): the synced tables' statistics counted again, so
    /// that the planner does not take a loaded table for an empty one. Nothing on SQLite.
    void countForPlanner();
    /// Deletes every synced row (the store's municipality starts again; its figures follow by their triggers).
    Status clearSynced();
    /// Within a transaction of a PostgreSQL store: what the rest of it writes is not logged for the desks (a
    /// municipality loaded whole, after which a new epoch starts and every desk takes a new copy). Nothing to do
    /// on SQLite, whose loads are written before the server's change log exists.
    Status leaveUnlogged();
    /// A whole, consistent copy of the file at @p path (a backup, taken while the server serves).
    Status backupTo(const QString &path) const;

    // ---- desk ----------------------------------------------------------------------------------------------
    /// Copies what is this desk's own from its old file @p oldPath into this file, a new copy of the server's
    /// data (a new epoch): local settings, drafts, the outbox and the refusals. Not within a transaction (the old
    /// file is attached for the copy).
    Status carryLocalState(const QString &oldPath);
    /// Makes this file a desk's replica: the dirty-key triggers instead of the server's.
    Status enableDeskCapture();
    /// Makes this replica a partial one: its summary tables are the server's from now on (their triggers go).
    Status makePartial();
    bool isPartial() const;
    /// Removes the rows outside @p scope (a request closed long ago, rerouted away, no longer pinned) with their
    /// search keys; how many requests went. Only between pulls with nothing waiting (a waiting change may need them).
    Result<int> removeOutside(const SyncScope &scope);
    /// Of the requests @p requestIds, removes the histories @p scope does not hold (closed since they came).
    Status removeHistoriesOutside(const QStringList &requestIds, const SyncScope &scope);
    /// While on, the rows changed on this connection are noted as dirty.
    Status setCapturing(bool on);
    QList<SyncKey> dirtyKeys() const;
    Status clearDirty();
    /// Writes the server's values of @p rows into the replica (inserted, updated or deleted) and keeps the
    /// search index in step; foreign keys are checked when the surrounding transaction commits.
    Status apply(const QList<SyncRow> &rows);
    /// After apply(): the rest of the transaction has its references checked as each statement runs again.
    Status checkReferencesAsWritten();
    Status appendOutbox(const OutboxEntry &entry);
    QList<OutboxEntry> outbox() const;
    int outboxSize() const;
    Status dropOutboxUpTo(qint64 mutationId);
    Status addRejection(const Rejection &r);
    QList<Rejection> rejections(bool unseenOnly) const;
    Status markRejectionsSeen();

    /// A planted bug of the simulation (README): pages end after maxRows rows even inside a transaction.
    bool splitPagesBug = false;

private:
    struct TableInfo
    {
        QStringList columns;
        QStringList key;
        QSet<QString> textColumns;
        bool appendOnly = false;
    };
    const TableInfo &info(const QString &table) const;
    Status dropTriggers(const char *prefix);
    /// For every synced table, triggers PREFIX_<table>_ins/_upd/_del (firing @p when, if given) that run
    /// @p statement (%1 the table, %2 the row's key as a JSON array) for the new row's key and the old one's.
    Status createKeyTriggers(const char *prefix, const QString &statement, const QString &when, const QStringList &tables);
    /// A subquery of the ids in a JSON array bound at its one placeholder (json_each, json_array_elements_text).
    QString idsBound() const;
    /// "WITH RECURSIVE scope_request(id) AS (…) ": the requests of a scope (bound by bindScope()).
    QString scopeRequests() const;
    /// The condition on @p table's rows of a scope ("" when all its rows are in), after scopeRequests().
    QString scopeCondition(const QString &table) const;
    /// The condition on a request whose history a scope holds: open, of its department, or fetched (its values
    /// bound by bindHistoryHeld()).
    QString historyHeld() const;
    /// Binds the values of historyHeld() from @p index (the department, then the fetched ids); the next index.
    static int bindHistoryHeld(Statement &s, const SyncScope &scope, int index);
    /// Binds the scope's values from @p index: those of scopeRequests(), then those of @p table's condition.
    static int bindScope(Statement &s, const SyncScope &scope, const QString &table, int index = 1);
    /// Binds the values of @p table's condition alone from @p index (after the scope's requests).
    static int bindConditionOf(Statement &s, const SyncScope &scope, const QString &table, int index);
    QByteArray tableDigest(const QString &table, const QString &where, const SyncScope *scope) const;

    Database &m_db;
    mutable QHash<QString, TableInfo> m_info;
    bool m_pendingSeq = false; ///< within a write() on PostgreSQL: the transaction's seq is taken at its end
};

} // namespace CivicDesk
