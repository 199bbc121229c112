// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <utility>

struct sqlite3;
class QSqlDatabase;

namespace CivicDesk {

class PgConnection;
class Database;

/// Where a municipality's data is: an SQLite file, or its rows in a PostgreSQL database. Threads that work with
/// the data on connections of their own (the messages, the mailbox) are given this, not a file name.
struct DatabaseLocation
{
    QString path;     ///< the SQLite file; or, when conninfo is set, a name for messages
    QString conninfo; ///< PostgreSQL's connection string (empty: an SQLite file)
    QString tenant;   ///< on PostgreSQL, the municipality's code

    bool isPostgres() const { return !conninfo.isEmpty(); }
    static DatabaseLocation file(const QString &path) { return {path, {}, {}}; }
    /// Opens (and migrates) it.
    Result<std::unique_ptr<Database>> open() const;
};

/// One CivicDesk SQLite file: opened with WAL and foreign keys, migrated to the current schema on open,
/// refused (and never touched) when it is corrupt, foreign or from a newer CivicDesk.
///
/// A Database belongs to the thread that opened it. All SQL of the product lives in core/storage/, in the
/// stores and query objects that take a Database; its SQLite connection is not reachable elsewhere.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// The schema version this build writes.
    static constexpr int currentSchemaVersion = 20;
    /// PRAGMA application_id of CivicDesk files ("CDK1").
    static constexpr int applicationId = 0x43444b31;

    /// Opens (creating if needed, in ReadWrite mode) and migrates @p path.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    /// A tenant's data in a PostgreSQL database (the server of a large deployment): connects with @p conninfo,
    /// brings the database's schema to this build's (pg_schema_v*.sql, one server at a time) and keeps to tenant
    /// @p tenantCode: its rows alone are visible, and the rows written are its (row-level security). Refuses a
    /// role that would see past that (a superuser, or one that bypasses row-level security).
    static Result<std::unique_ptr<Database>> openPostgres(const QString &conninfo, const QString &tenantCode);
    /// The schema version the PostgreSQL store of this build writes.
    static constexpr int currentPgSchemaVersion = 5;

    /// Opens the database as it is, without migrating; for tests that build an older schema.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);

    /// Removes the closed database file @p path with its write-ahead log and shared-memory index.
    static void removeFiles(const QString &path);
    /// Puts the closed database file @p replacement in the place of @p path, which is kept as @p keptAs (its
    /// emptied journal files removed first). On failure nothing has moved.
    static Status replaceFile(const QString &path, const QString &replacement, const QString &keptAs);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The file, or for PostgreSQL "postgresql:DBNAME/TENANT" (for messages).
    QString path() const { return m_path; }
    bool isPostgres() const { return m_pg != nullptr; }
    /// Where this database is, for another connection to the same data.
    DatabaseLocation location() const;
    /// The tenant a PostgreSQL store keeps to (empty for an SQLite file, which holds one tenant).
    QString tenantCode() const { return m_tenantCode; }
    QString connectionName() const { return m_connectionName; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// Why the file is open read-only ("the file is read-only for this user (r--r--r--, owner root)", "its folder
    /// /srv/archive is read-only for this user"), in the UI language; empty when asked for read-only or writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// The refusal of a change to a file open read-only: which file, and why.
    Error readOnlyError() const;
    int schemaVersion() const;

    /// Runs @p work inside BEGIN IMMEDIATE … COMMIT; rolls back if it fails or the commit fails. Inside a
    /// transaction already, the work is a savepoint of it: undone alone when it fails, kept with the outer one.
    Status transaction(const std::function<Status()> &work);

    /// Runs @p work inside one read transaction: what it reads is one moment of the file, whatever other
    /// connections commit meanwhile.
    Status read(const std::function<Status()> &work);

    /// Whether a transaction of this connection is open.
    bool inTransaction() const;
    /// A savepoint inside the current transaction: work after it can be undone alone (a broken import row).
    Status savepoint(const char *name);
    /// Keeps what was done since the savepoint.
    Status release(const char *name);
    /// Undoes what was done since the savepoint, and ends it.
    void rollbackTo(const char *name);

    /// Executes one statement without results; a failure becomes an Error with the driver's text.
    Status exec(const QString &sql);
    /// PostgreSQL only: runs @p copySql ("COPY t (a, b) FROM STDIN", text format) with the rows @p produce appends
    /// to the buffer it is given (each "a\tb\n", escaped as COPY reads them), until it returns false; sent in
    /// chunks of about a megabyte. Rows go through the table's triggers as inserts do. A failure of @p produce
    /// ends the copy and is returned.
    Status pgCopyIn(const QByteArray &copySql, const std::function<Result<bool>(QByteArray &buffer)> &produce);
    /// An Error for the last SQLite failure on this connection, in the user's words.
    Error lastError(const QString &context) const;

    /// Where the file's data stands: PRAGMA data_version (moved by other connections' commits) and this
    /// connection's total changes (moved by its own writes). Equal stamps: nothing changed in between.
    std::pair<qint64, qint64> changeStamp() const;

    /// The local_id (SQLite's rowid) of the row the last INSERT on this connection made.
    qint64 lastInsertLocalId() const;
    /// Rows the last INSERT, UPDATE or DELETE changed.
    qint64 changes() const;
    /// The last failure was a unique key taken (a tracking number in use, a row there already).
    bool lastFailureWasDuplicate() const;

    /// Rows of @p table as kept by the row_count triggers ("citizen", "service_request").
    qint64 countedRows(const char *table) const;

    /// Local settings of this replica (device code, counters).
    QString localSetting(const QString &key, const QString &fallback = {}) const;
    Status setLocalSetting(const QString &key, const QString &value);

    /// The connection's page cache, in KiB (workingCacheKiB unless a bulk writer asks for more).
    Status setPageCacheKiB(qint64 kib);
    static constexpr qint64 workingCacheKiB = 32768;

    /// Limits the file size, in pages: tests use it to provoke "disk full".
    Status setMaxPageCount(int pages);

private:
    friend struct SqliteAccess; // the raw connection, for storage/ alone (storage/sqliteaccess.h)
    friend class PgMigrator;
    friend class DeferredCounting;
    friend class DeferredUpkeep;

    Database(QString path, QString connectionName, Mode mode);
    QSqlDatabase sql() const;
    Status configure();
    Status pgTransaction(const std::function<Status()> &work);
    Error pgError(const QString &context) const;
    Status migrateTo(int targetVersion);
    static Result<std::unique_ptr<Database>> openImpl(const QString &path, Mode mode, int targetVersion);

    QString m_path;
    QString m_readOnlyReason;
    QString m_connectionName;
    Mode m_mode;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<PgConnection> m_pg;
    QString m_tenantCode;
    QString m_conninfo;
    int m_pgDepth = 0; ///< nested transaction() calls on PostgreSQL (savepoints inside the outer one)
    bool m_counting = true; ///< cd_counting() on this connection (DeferredCounting turns it off)
};

} // namespace CivicDesk
