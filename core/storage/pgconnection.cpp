// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cctype>
#include <charconv>

namespace CivicDesk {
namespace {

// Type OIDs of the built-in types (catalog/pg_type_d.h, not shipped with the client library's headers).
constexpr Oid boolOid = 16, byteaOid = 17, int8Oid = 20, int2Oid = 21, int4Oid = 23, oidOid = 26, float4Oid = 700,
              float8Oid = 701, numericOid = 1700;

void ignoreNotice(void *, const char *) {}

} // namespace

QByteArray toPgDialect(const char *sql)
{
    QByteArray out;
    int n = 0;
    char quote = 0;
    for (const char *p = sql; *p; ++p) {
        const char c = *p;
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                out += *p++;
            if (!*p)
                break;
            out += *p;
        } else if (c == '?' && isdigit(uchar(p[1]))) {
            out += '$'; // a numbered parameter, ?2 → $2
            while (isdigit(uchar(p[1])))
                out += *++p;
        } else if (c == '?') {
            out += '$';
            out += QByteArray::number(++n);
        } else if (c == 'I' && qstrncmp(p, "INDEXED BY ", 11) == 0 && p != sql && !isalnum(uchar(p[-1]))) {
            // SQLite's choice of an index: PostgreSQL's planner makes its own.
            p += 11;
            while (*p == ' ')
                ++p;
            while (isalnum(uchar(*p)) || *p == '_')
                ++p;
            --p;
        } else if ((c == 'O' || c == 'o') && qstrnicmp(p, "ON CONFLICT", 11) == 0 && (p == sql || !isalnum(uchar(p[-1])))) {
            // Every unique key of the PostgreSQL store starts with the tenant: so does every conflict target.
            const char *q = p + 11;
            while (*q == ' ')
                ++q;
            out.append(p, q - p);
            p = q - 1;
            if (*q == '(') {
                out += "(tenant_code, ";
                ++p;
            }
        } else {
            out += c;
        }
    }
    return out;
}

PgConnection::PgConnection(QString conninfo, PGconn *conn)
    : m_conninfo(std::move(conninfo))
    , m_conn(conn)
{
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (!conn)
        return Error{QStringLiteral("pg.no-memory"), Tr::tr("Out of memory while connecting to PostgreSQL.")};
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return Error{QStringLiteral("pg.unavailable"), Tr::tr("PostgreSQL cannot be reached (%1).").arg(detail)};
    }
    std::unique_ptr<PgConnection> c(new PgConnection(conninfo, conn));
    // Times and numbers as the stores read them, whatever the server's defaults.
    if (!c->exec("SET client_encoding = 'UTF8'; SET extra_float_digits = 3; SET TimeZone = 'UTC'"))
        return Error{QStringLiteral("pg.setup"), Tr::tr("PostgreSQL refused the session settings: %1").arg(c->lastError())};
    return c;
}

QString PgConnection::name() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

void PgConnection::noteFailure(const PGresult *result)
{
    if (result) {
        m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        m_state = QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    } else {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        m_state.clear();
    }
    if (m_state.isEmpty() && PQstatus(m_conn) != CONNECTION_OK)
        m_state = "08006"; // connection_failure: the server went away mid-statement
}

bool PgConnection::exec(const QByteArray &sql)
{
    PGresult *r = PQexec(m_conn, sql.constData());
    const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    const bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY;
    if (!ok)
        noteFailure(r);
    PQclear(r);
    return ok;
}

bool PgConnection::value(const QByteArray &sql, QByteArray *out)
{
    PGresult *r = PQexec(m_conn, sql.constData());
    const bool ok = r && PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        noteFailure(r);
    else if (PQntuples(r) > 0 && !PQgetisnull(r, 0, 0))
        *out = QByteArray(PQgetvalue(r, 0, 0), PQgetlength(r, 0, 0));
    else
        *out = QByteArray();
    PQclear(r);
    return ok;
}

QByteArray PgConnection::prepared(const QByteArray &sql, const std::vector<unsigned int> &types)
{
    QByteArray key = sql;
    key.append('\0');
    key.append(reinterpret_cast<const char *>(types.data()), qsizetype(types.size() * sizeof(unsigned int)));
    if (const auto it = m_prepared.constFind(key); it != m_prepared.constEnd())
        return *it;
    const QByteArray name = "s" + QByteArray::number(++m_nextName);
    std::vector<Oid> oids(types.begin(), types.end());
    PGresult *r = PQprepare(m_conn, name.constData(), sql.constData(), int(oids.size()), oids.data());
    if (r && PQresultStatus(r) != PGRES_COMMAND_OK && qstrcmp(PQresultErrorField(r, PG_DIAG_SQLSTATE), "42P18") == 0) {
        // A string or null nothing in the statement gives a type to ("? IS NULL"): text.
        PQclear(r);
        for (Oid &o : oids)
            if (o == 0)
                o = 25;
        r = PQprepare(m_conn, name.constData(), sql.constData(), int(oids.size()), oids.data());
    }
    const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) {
        noteFailure(r);
        qCDebug(lcStorage).noquote() << "PostgreSQL could not prepare" << sql.left(300) << ":" << m_error;
    }
    PQclear(r);
    if (!ok)
        return {};
    m_prepared.insert(key, name);
    return name;
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType t = PQtransactionStatus(m_conn);
    return t == PQTRANS_INTRANS || t == PQTRANS_INERROR || t == PQTRANS_ACTIVE;
}

bool PgConnection::isBroken() const
{
    return PQstatus(m_conn) != CONNECTION_OK;
}

bool PgConnection::reconnect()
{
    PQreset(m_conn);
    m_prepared.clear();
    if (PQstatus(m_conn) != CONNECTION_OK) {
        noteFailure(nullptr);
        return false;
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    if (!exec("SET client_encoding = 'UTF8'; SET extra_float_digits = 3; SET TimeZone = 'UTC'"))
        return false;
    return m_sessionSetup.isEmpty() || exec(m_sessionSetup);
}

bool PgConnection::ensureConnected()
{
    if (!isBroken())
        return true;
    if (m_transactions > 0) {
        m_error = QStringLiteral("the connection to PostgreSQL was lost in the middle of a transaction");
        m_state = "08006";
        return false;
    }
    return reconnect();
}

// ---- PgScratchDatabase ----------------------------------------------------------------------------------------

Result<std::unique_ptr<PgScratchDatabase>> PgScratchDatabase::create(const QString &cluster, const QString &prefix, const QString &templateName)
{
    static QAtomicInt counter;
    Result<std::unique_ptr<PgConnection>> admin = PgConnection::open(cluster);
    if (!admin)
        return admin.error();
    const QString name = QStringLiteral("%1_%2_%3_%4")
                             .arg(prefix)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 1000000)
                             .arg(counter.fetchAndAddRelaxed(1));
    PgConnection &c = *admin.value();
    if (!c.exec("DO $$ BEGIN CREATE ROLE civicdesk_app LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        || !c.exec("CREATE DATABASE " + name.toUtf8() + " OWNER civicdesk_app "
                   + (templateName.isEmpty() ? QByteArray("TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")
                                             : "TEMPLATE " + templateName.toUtf8()))) {
        return Error{QStringLiteral("pg.scratch"), Tr::tr("The PostgreSQL cluster refused a scratch database: %1").arg(c.lastError())};
    }
    return std::unique_ptr<PgScratchDatabase>(new PgScratchDatabase(cluster, name));
}

PgScratchDatabase::~PgScratchDatabase()
{
    if (Result<std::unique_ptr<PgConnection>> admin = PgConnection::open(m_cluster))
        admin.value()->exec("DROP DATABASE IF EXISTS " + m_name.toUtf8() + " WITH (FORCE)");
}

// ---- PgStatement ---------------------------------------------------------------------------------------------

PgStatement::PgStatement(PgConnection *conn, const char *sql)
    : m_conn(conn)
    , m_sql(toPgDialect(sql))
{
}

PgStatement::~PgStatement()
{
    clearResult();
}

void PgStatement::slot(int index)
{
    if (size_t(index) > m_values.size()) {
        m_values.resize(size_t(index));
        m_isNull.resize(size_t(index), 1);
        m_isBinary.resize(size_t(index), 0);
        m_types.resize(size_t(index), 0);
    }
}

void PgStatement::bindText(int index, QByteArray utf8)
{
    if (index < 1)
        return;
    slot(index);
    m_values[size_t(index) - 1] = utf8.isNull() ? QByteArray("") : std::move(utf8);
    m_isNull[size_t(index) - 1] = 0;
    m_isBinary[size_t(index) - 1] = 0;
    m_types[size_t(index) - 1] = 0;
}

void PgStatement::bind(int index, qint64 value)
{
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    bindText(index, QByteArray(buffer, int(r.ptr - buffer)));
    m_types[size_t(index) - 1] = int8Oid;
}

void PgStatement::bind(int index, double value)
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest exact form, never the locale's comma
    bindText(index, QByteArray(buffer, int(r.ptr - buffer)));
    m_types[size_t(index) - 1] = float8Oid;
}

void PgStatement::bindNull(int index)
{
    if (index < 1)
        return;
    slot(index);
    m_values[size_t(index) - 1].clear();
    m_isNull[size_t(index) - 1] = 1;
    m_types[size_t(index) - 1] = 0;
}

void PgStatement::bindBlob(int index, const QByteArray &bytes)
{
    bindText(index, bytes);
    m_isBinary[size_t(index) - 1] = 1;
    m_types[size_t(index) - 1] = byteaOid;
}

void PgStatement::clearResult()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

bool PgStatement::run()
{
    clearResult();
    m_failed = false;
    if (!m_conn->ensureConnected()) {
        m_failed = true;
        m_error = m_conn->lastError();
        m_state = m_conn->lastState();
        return false;
    }
    const QByteArray name = m_conn->prepared(m_sql, m_types); // for these types; again after a reconnect
    if (name.isEmpty()) {
        m_refused = true;
        m_failed = true;
        m_error = m_conn->lastError();
        m_state = m_conn->lastState();
        return false;
    }
    const int n = int(m_values.size());
    std::vector<const char *> values(static_cast<size_t>(n));
    std::vector<int> lengths(static_cast<size_t>(n));
    std::vector<int> formats(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        values[size_t(i)] = m_isNull[size_t(i)] ? nullptr : m_values[size_t(i)].constData();
        lengths[size_t(i)] = int(m_values[size_t(i)].size());
        formats[size_t(i)] = m_isBinary[size_t(i)];
    }
    m_result = PQexecPrepared(m_conn->handle(), name.constData(), n, values.data(), lengths.data(), formats.data(), 0);
    const ExecStatusType st = m_result ? PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        m_conn->noteFailure(m_result);
        qCDebug(lcStorage).noquote() << "PostgreSQL refused" << m_sql.left(300) << ":" << m_conn->lastError();
        m_error = m_conn->lastError();
        m_state = m_conn->lastState();
        m_failed = true;
        clearResult();
        return false;
    }
    const char *changed = PQcmdTuples(m_result);
    if (changed && *changed)
        m_conn->setLastChanges(QByteArray(changed).toLongLong());
    m_rows = PQntuples(m_result);
    return true;
}

bool PgStatement::step()
{
    if (!m_result) {
        if (m_failed && m_row == -2)
            return false;
        if (!run()) {
            m_row = -2; // failed: stays failed until reset()
            return false;
        }
    }
    if (m_row + 1 >= m_rows) {
        m_row = m_rows; // done
        return false;
    }
    ++m_row;
    return true;
}

bool PgStatement::exec()
{
    const bool ok = run();
    clearResult();
    return ok;
}

void PgStatement::reset()
{
    clearResult();
    m_failed = false;
    m_values.clear();
    m_isNull.clear();
    m_isBinary.clear();
    m_types.clear();
}

QByteArrayView PgStatement::utf8(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column))
        return {};
    return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QString PgStatement::text(int column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column))
        return {};
    const QByteArrayView v = utf8(column);
    // A real comes back as PostgreSQL writes it; a whole number kept as a real reads as SQLite would print it.
    return QString::fromUtf8(v.data(), v.size());
}

QByteArray PgStatement::blob(int column) const
{
    const QByteArrayView v = utf8(column);
    if (v.isNull())
        return {};
    if (PQftype(m_result, column) != byteaOid)
        return v.toByteArray();
    size_t length = 0;
    unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, m_row, column)), &length);
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
    PQfreemem(bytes);
    return out;
}

qint64 PgStatement::int64(int column) const
{
    const QByteArrayView v = utf8(column);
    if (v.isEmpty())
        return 0;
    if (v == "t")
        return 1;
    qint64 out = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), out);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size())
        return qint64(real(column)); // a real read as an integer, as SQLite does
    return out;
}

double PgStatement::real(int column) const
{
    const QByteArrayView v = utf8(column);
    if (v.isEmpty())
        return 0;
    double out = 0;
    std::from_chars(v.data(), v.data() + v.size(), out);
    return out;
}

bool PgStatement::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
}

int PgStatement::columnType(int column) const
{
    if (isNull(column))
        return SQLITE_NULL;
    switch (PQftype(m_result, column)) {
    case boolOid:
    case int2Oid:
    case int4Oid:
    case int8Oid:
    case oidOid:
        return SQLITE_INTEGER;
    case float4Oid:
    case float8Oid:
    case numericOid:
        return SQLITE_FLOAT;
    case byteaOid:
        return SQLITE_BLOB;
    default:
        return SQLITE_TEXT;
    }
}

} // namespace CivicDesk
