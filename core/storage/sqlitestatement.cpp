// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <utility>

namespace CivicDesk {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_rc != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_buffers(std::move(other.m_buffers))
    , m_error(std::move(other.m_error))
    , m_rc(other.m_rc)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_buffers = std::move(other.m_buffers);
        m_error = std::move(other.m_error);
        m_rc = other.m_rc;
    }
    return *this;
}

void SqliteStatement::bind(int index, const QString &text)
{
    // Encode into this parameter's own buffer and bind it without a copy: bulk loads bind tens of millions
    // of strings, and a fresh allocation (ours, then SQLite's) for each one is most of their cost.
    if (index < 1)
        return;
    if (size_t(index) > m_buffers.size())
        m_buffers.resize(size_t(index));
    QByteArray &buffer = m_buffers[size_t(index) - 1];
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype needed = encoder.requiredSpace(text.size());
    if (buffer.size() < needed)
        buffer.resize(needed);
    char *end = encoder.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindOptional(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void SqliteStatement::bindAll(const QList<QVariant> &values)
{
    bindVariants(*this, values);
}

bool SqliteStatement::step()
{
    m_rc = sqlite3_step(m_stmt);
    if (m_rc == SQLITE_ROW)
        return true;
    if (m_rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::exec()
{
    step();
    const bool ok = m_rc == SQLITE_DONE || m_rc == SQLITE_ROW;
    sqlite3_reset(m_stmt);
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

int SqliteStatement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace CivicDesk
