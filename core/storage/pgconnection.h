// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/pgscratchdatabase.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace CivicDesk {

/// One connection to a PostgreSQL server through libpq, for the server's store of a large deployment.
///
/// libpq rather than Qt's QPSQL driver: the store needs what QSqlQuery does not give — COPY for bulk loads,
/// LISTEN/NOTIFY on the connection's own socket, the SQLSTATE of every failure (a serialization failure is
/// retried, a full disk is reported as such, a lost connection is told apart from a refused statement) — and
/// its statements run as the SQLite ones do, prepared once per connection, without a QVariant per value.
///
/// A connection belongs to one thread at a time.
class PgConnection
{
public:
    /// Connects with @p conninfo ("host=… port=… dbname=… user=…" or a postgresql:// URI).
    static Result<std::unique_ptr<PgConnection>> open(const QString &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    PGconn *handle() const { return m_conn; }
    QString conninfo() const { return m_conninfo; }
    /// The database name, for messages.
    QString name() const;

    /// Runs @p sql (one statement or several, no parameters); false and lastError() on failure.
    bool exec(const QByteArray &sql);
    /// Runs @p sql and gives its one value (or a null QByteArray when it has no row); false on failure.
    bool value(const QByteArray &sql, QByteArray *out);

    /// The name of @p sql (with $n parameters of the types @p types, 0 where PostgreSQL is to infer one) prepared on
    /// this connection, prepared on first use; empty on failure.
    QByteArray prepared(const QByteArray &sql, const std::vector<unsigned int> &types);

    /// The message and SQLSTATE of the last failure on this connection.
    QString lastError() const { return m_error; }
    QByteArray lastState() const { return m_state; }
    /// Keeps the failure of @p result (or of the connection when null) as lastError()/lastState().
    void noteFailure(const PGresult *result);

    /// Inside a transaction (or a failed one, waiting for its ROLLBACK).
    bool inTransaction() const;
    /// The server is gone (restarted, network down): every statement will fail until reconnect().
    bool isBroken() const;
    /// Connects again after a loss and runs the session's setup again (setSessionSetup); prepared statements are
    /// forgotten (and prepared again on use).
    bool reconnect();
    /// SQL run again on every reconnect: what the session set (the tenant of row-level security).
    void setSessionSetup(const QByteArray &sql) { m_sessionSetup = sql; }
    /// Before a statement: a connection lost outside a transaction is made again; inside one, the transaction is
    /// lost with it and its statements fail until it ends (nothing of it may run on a new connection).
    bool ensureConnected();
    /// Transactions begun through a Database (nested count): while one is open, a lost connection is not remade.
    void enterTransaction() { ++m_transactions; }
    void leaveTransaction() { --m_transactions; }

    /// Rows changed by the last INSERT/UPDATE/DELETE run through a PgStatement on this connection.
    qint64 lastChanges() const { return m_changes; }
    void setLastChanges(qint64 n) { m_changes = n; }

private:
    PgConnection(QString conninfo, PGconn *conn);

    QString m_conninfo;
    PGconn *m_conn = nullptr;
    QHash<QByteArray, QByteArray> m_prepared; ///< SQL and parameter types → statement name
    int m_nextName = 0;
    QString m_error;
    QByteArray m_state;
    qint64 m_changes = 0;
    QByteArray m_sessionSetup;
    int m_transactions = 0;
};

/// Brings the PostgreSQL database of @p pg to this build's schema (pg_schema_v*.sql), one server at a time;
/// refuses a database of another program or of a newer CivicDesk.
Status migratePostgres(PgConnection &pg);

/// A store's SQL as PostgreSQL reads it, by three rules (outside quotes and comments): "?" placeholders become
/// "$1, $2, …" (and "?2" "$2"); a conflict target "ON CONFLICT(a, b)" gains the tenant ("ON CONFLICT(tenant_code,
/// a, b)"), with which every unique key of the PostgreSQL store starts; SQLite's "INDEXED BY name" is left out
/// (PostgreSQL's planner chooses). Everything else the stores write is SQL both engines read alike.
QByteArray toPgDialect(const char *sql);

/// A prepared statement on a PgConnection with the reading and binding calls of SqliteStatement. Values travel
/// as text: an integer as bigint, a real as double precision, a blob as bytea, a string takes its type from where
/// it stands (text where nothing tells). It is prepared on its first run, for the types bound then.
class PgStatement
{
public:
    PgStatement(PgConnection *conn, const char *sql);
    ~PgStatement();
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    /// False once PostgreSQL refused to prepare it (errorMessage() says why).
    bool isValid() const { return !m_refused; }
    QString errorMessage() const { return m_error; }
    QByteArray sqlState() const { return m_state; }

    void bindText(int index, QByteArray utf8);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &bytes);

    bool step();
    bool exec();
    void reset();

    QByteArrayView utf8(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    /// As SQLite's column types: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    int columnType(int column) const;
    /// The statement failed (false from step() or exec()) as against ran out of rows.
    bool failed() const { return m_failed; }

private:
    bool run();
    void clearResult();
    void slot(int index);

    PgConnection *m_conn;
    QByteArray m_sql;
    bool m_refused = false;
    std::vector<unsigned int> m_types;
    std::vector<QByteArray> m_values;
    std::vector<char> m_isNull;
    std::vector<char> m_isBinary;
    PGresult *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    bool m_failed = false;
    QString m_error;
    QByteArray m_state;
};

} // namespace CivicDesk
