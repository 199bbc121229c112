// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "core/storage/database.h"
#include "core/storage/pgconnection.h"
#include "core/storage/sqliteaccess.h"

#include <sqlite3.h>

namespace CivicDesk {

Statement::Statement(const Database &db, const char *sql)
{
    if (PgConnection *pg = SqliteAccess::postgres(db))
        m_pg = std::make_unique<PgStatement>(pg, sql);
    else
        m_sqlite = SqliteStatement(SqliteAccess::handle(db), sql);
}

Statement::Statement(sqlite3 *db, const char *sql)
    : m_sqlite(db, sql)
{
}

Statement::Statement(PgConnection *db, const char *sql)
    : m_pg(std::make_unique<PgStatement>(db, sql))
{
}

Statement::Statement() = default;
Statement::~Statement() = default;
Statement::Statement(Statement &&other) noexcept = default;
Statement &Statement::operator=(Statement &&other) noexcept = default;

bool Statement::isValid() const
{
    return m_pg ? m_pg->isValid() : m_sqlite.isValid();
}

QString Statement::errorMessage() const
{
    return m_pg ? m_pg->errorMessage() : m_sqlite.errorMessage();
}

void Statement::bind(int index, const QString &text)
{
    if (m_pg)
        m_pg->bindText(index, text.toUtf8());
    else
        m_sqlite.bind(index, text);
}

void Statement::bind(int index, const QByteArray &utf8)
{
    if (m_pg)
        m_pg->bindText(index, utf8);
    else
        m_sqlite.bind(index, utf8);
}

void Statement::bind(int index, qint64 value)
{
    if (m_pg)
        m_pg->bind(index, value);
    else
        m_sqlite.bind(index, value);
}

void Statement::bind(int index, double value)
{
    if (m_pg)
        m_pg->bind(index, value);
    else
        m_sqlite.bind(index, value);
}

void Statement::bindNull(int index)
{
    if (m_pg)
        m_pg->bindNull(index);
    else
        m_sqlite.bindNull(index);
}

void Statement::bindBlob(int index, const QByteArray &bytes)
{
    if (m_pg)
        m_pg->bindBlob(index, bytes);
    else
        m_sqlite.bindBlob(index, bytes);
}

void Statement::bindOptional(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void Statement::bindAll(const QList<QVariant> &values)
{
    bindVariants(*this, values);
}

bool Statement::step()
{
    return m_pg ? m_pg->step() : m_sqlite.step();
}

bool Statement::exec()
{
    return m_pg ? m_pg->exec() : m_sqlite.exec();
}

void Statement::reset()
{
    if (m_pg)
        m_pg->reset();
    else
        m_sqlite.reset();
}

bool Statement::failed() const
{
    if (m_pg)
        return m_pg->failed();
    const int rc = m_sqlite.lastResultCode();
    return rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE;
}

QString Statement::text(int column) const
{
    return m_pg ? m_pg->text(column) : m_sqlite.text(column);
}

QByteArrayView Statement::utf8(int column) const
{
    return m_pg ? m_pg->utf8(column) : m_sqlite.utf8(column);
}

QByteArray Statement::blob(int column) const
{
    return m_pg ? m_pg->blob(column) : m_sqlite.blob(column);
}

qint64 Statement::int64(int column) const
{
    return m_pg ? m_pg->int64(column) : m_sqlite.int64(column);
}

double Statement::real(int column) const
{
    return m_pg ? m_pg->real(column) : m_sqlite.real(column);
}

bool Statement::isNull(int column) const
{
    return m_pg ? m_pg->isNull(column) : m_sqlite.isNull(column);
}

int Statement::columnType(int column) const
{
    return m_pg ? m_pg->columnType(column) : m_sqlite.columnType(column);
}

QList<std::pair<QString, qint64>> readCounts(const Database &db, const QByteArray &sql, const QList<QVariant> &binds)
{
    Statement s(db, sql.constData());
    s.bindAll(binds);
    QList<std::pair<QString, qint64>> out;
    while (s.step())
        out.append({s.text(0), s.int64(1)});
    return out;
}

} // namespace CivicDesk
