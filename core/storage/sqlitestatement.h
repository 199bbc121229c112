// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVariant>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace CivicDesk {

/// A prepared statement on the SQLite connection behind a Database, for the hot paths
/// (as-you-type search, bulk generation) where QSqlQuery's per-row cost shows.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const { return m_error; }

    void bind(int index, const QString &text);
    void bind(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &bytes);
    /// Binds an empty string as NULL.
    void bindOptional(int index, const QString &text);
    /// Binds @p values to the parameters 1, 2, …: strings as text, doubles as reals, the rest as integers.
    void bindAll(const QList<QVariant> &values); ///< QString as text, QByteArray as a blob, null as NULL

    /// Steps once; true while a row is available.
    bool step();
    /// Runs to completion (an INSERT/UPDATE); false and errorMessage() on failure.
    bool exec();
    void reset();

    QString text(int column) const;
    /// The column's UTF-8 bytes without conversion; valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    /// A BLOB column's bytes (copied).
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    /// SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL: the value's own type.
    int columnType(int column) const;

    int lastResultCode() const { return m_rc; }

private:
    friend struct SqliteAccess; // the raw statement, for copying values from one connection to another
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_buffers; ///< UTF-8 of bound text, one reused buffer per parameter
    QString m_error;
    int m_rc = 0;
};

/// Binds @p values to the parameters 1, 2, … of @p s (a SqliteStatement or a Statement): QString as text,
/// QByteArray as a blob, null as NULL, doubles as reals, the rest as integers.
template<typename S>
void bindVariants(S &s, const QList<QVariant> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const int index = int(i) + 1;
        if (v.typeId() == QMetaType::QString)
            s.bind(index, v.toString());
        else if (v.typeId() == QMetaType::QByteArray)
            s.bindBlob(index, v.toByteArray());
        else if (v.isNull())
            s.bindNull(index);
        else if (v.typeId() == QMetaType::Double)
            s.bind(index, v.toDouble());
        else
            s.bind(index, v.toLongLong());
    }
}

} // namespace CivicDesk
