// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlitestatement.h"

#include <memory>

struct sqlite3;

namespace CivicDesk {

class Database;
class PgConnection;
class PgStatement;

/// A prepared statement on a Database, whichever engine stands behind it: SQLite (a desk's file, the embedded
/// server) or PostgreSQL (the server of a large deployment). The stores write their SQL once, with "?"
/// placeholders and in the part of SQL both engines read alike; the calls are SqliteStatement's.
class Statement
{
public:
    Statement();
    Statement(const Database &db, const char *sql);
    /// On a connection of storage's own that is not a Database (the server's catalog).
    Statement(sqlite3 *db, const char *sql);
    Statement(PgConnection *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool isValid() const;
    QString errorMessage() const;

    void bind(int index, const QString &text);
    void bind(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &bytes);
    /// Binds an empty string as NULL.
    void bindOptional(int index, const QString &text);
    /// Binds @p values to the parameters 1, 2, …: QString as text, QByteArray as a blob, null as NULL,
    /// doubles as reals, the rest as integers.
    void bindAll(const QList<QVariant> &values);

    /// Steps once; true while a row is available.
    bool step();
    /// Runs to completion (an INSERT/UPDATE); false and errorMessage() on failure.
    bool exec();
    void reset();
    /// The last step() or exec() failed (false from step() then means an error, not the end of the rows).
    bool failed() const;

    QString text(int column) const;
    /// The column's UTF-8 bytes without conversion; valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    /// SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL, on either engine.
    int columnType(int column) const;

    /// The SQLite statement, or null on PostgreSQL (for storage's SQLite-only paths).
    SqliteStatement *sqlite() { return m_pg ? nullptr : &m_sqlite; }

private:
    SqliteStatement m_sqlite;
    std::unique_ptr<PgStatement> m_pg;
};

/// The (text, count) rows of a two-column aggregate, @p sql with @p binds on @p db.
QList<std::pair<QString, qint64>> readCounts(const Database &db, const QByteArray &sql, const QList<QVariant> &binds);

/// A statement prepared the first time it is used: repositories hold their insert statements this way, so
/// one built only to read (a count for the status bar) prepares nothing it does not run.
class CachedStatement
{
public:
    CachedStatement(const Database &db, const char *sql) : m_db(&db), m_sql(sql) {}
    Statement &operator*()
    {
        if (!m_statement.isValid())
            m_statement = Statement(*m_db, m_sql);
        return m_statement;
    }
    Statement *operator->() { return &**this; }

private:
    const Database *m_db;
    const char *m_sql;
    Statement m_statement;
};

} // namespace CivicDesk
