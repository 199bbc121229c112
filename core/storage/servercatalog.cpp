// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercatalog.h"

#include "core/storage/pgconnection.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/statement.h"
#include "core/storage/syncstore.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

namespace CivicDesk {
namespace {

constexpr int catalogApplicationId = 0x43445331; // "CDS1"

constexpr char schema[] = R"(
CREATE TABLE IF NOT EXISTS tenant (
    code TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS credential (
    tenant_code TEXT NOT NULL REFERENCES tenant(code),
    login TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    department_id TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, login)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS token (
    hash TEXT PRIMARY KEY,
    tenant_code TEXT NOT NULL,
    login TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS token_user ON token(tenant_code, login);
CREATE TABLE IF NOT EXISTS desk (
    tenant_code TEXT NOT NULL REFERENCES tenant(code),
    code TEXT NOT NULL,
    client_id TEXT NOT NULL,
    login TEXT NOT NULL,
    registered_at INTEGER NOT NULL,
    PRIMARY KEY (tenant_code, code),
    UNIQUE (tenant_code, client_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS api_key (
    id TEXT PRIMARY KEY,
    tenant_code TEXT NOT NULL REFERENCES tenant(code),
    name TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER NOT NULL DEFAULT 0,
    per_minute INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)";

/// The desk codes in the order they are given: a letter and a digit (I and O left out: they read as 1 and 0),
/// then two letters and a digit, then three — 216, 5,184 and 124,416 codes.
QString deskCode(int n)
{
    static const QByteArray letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    const int L = int(letters.size());
    QString letterPart;
    int width = 1, span = L;
    while (n >= span * 9 && width < 3) {
        n -= span * 9;
        ++width;
        span *= L;
    }
    const int digit = n % 9;
    int rest = n / 9;
    for (int i = 0; i < width; ++i) {
        letterPart.prepend(QLatin1Char(letters.at(rest % L)));
        rest /= L;
    }
    return letterPart + QLatin1Char(char('1' + digit));
}

ServerCatalog::Credential readCredential(const Statement &s)
{
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.int64(6) != 0, int(s.int64(7)), s.int64(8)};
}

constexpr char credentialColumns[] = "tenant_code, login, user_id, role, department_id, hash, active, failures, locked_until";

} // namespace

ServerCatalog::ServerCatalog(QString path, sqlite3 *handle)
    : m_path(std::move(path))
    , m_handle(handle)
{
}

ServerCatalog::~ServerCatalog()
{
    if (m_handle)
        sqlite3_close(m_handle);
}

Result<std::unique_ptr<ServerCatalog>> ServerCatalog::openPostgres(const QString &conninfo)
{
    Result<std::unique_ptr<PgConnection>> pg = PgConnection::open(conninfo);
    if (!pg)
        return pg.error();
    if (Status s = migratePostgres(*pg.value()); !s)
        return s.error();
    pg.value()->setSessionSetup("SET search_path = catalog");
    if (!pg.value()->exec("SET search_path = catalog"))
        return Error{QStringLiteral("catalog.error"), Tr::tr("PostgreSQL refused the catalog's schema: %1").arg(pg.value()->lastError())};
    std::unique_ptr<ServerCatalog> catalog(new ServerCatalog(QStringLiteral("postgresql:") + pg.value()->name(), nullptr));
    catalog->m_pg = std::move(pg.value());
    catalog->m_conninfo = conninfo;
    return catalog;
}

Statement ServerCatalog::statement(const char *sql) const
{
    if (m_pg)
        m_pg->ensureConnected(); // after a restart of PostgreSQL; a failure shows in the statement
    return m_pg ? Statement(m_pg.get(), sql) : Statement(m_handle, sql);
}

qint64 ServerCatalog::changes() const
{
    return m_pg ? m_pg->lastChanges() : sqlite3_changes(m_handle);
}

DatabaseLocation ServerCatalog::tenantData(const QString &code) const
{
    if (m_pg)
        return {QStringLiteral("%1/%2").arg(m_path, code), m_conninfo, code};
    return DatabaseLocation::file(tenantDataPath(code));
}

Result<std::unique_ptr<ServerCatalog>> ServerCatalog::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_close(h);
        return Error{QStringLiteral("catalog.open"), Tr::tr("The server file %1 could not be opened: %2").arg(path, detail)};
    }
    sqlite3_busy_timeout(h, 5000);
    std::unique_ptr<ServerCatalog> catalog(new ServerCatalog(path, h));
    int appId = 0, tables = 0;
    {
        SqliteStatement s(h, "PRAGMA application_id");
        if (!s.step())
            return Error{QStringLiteral("catalog.foreign"), Tr::tr("%1 is not a CivicDesk server file.").arg(path)};
        appId = int(s.int64(0));
        SqliteStatement t(h, "SELECT COUNT(*) FROM sqlite_schema");
        tables = t.step() ? int(t.int64(0)) : 0;
    }
    if (appId != catalogApplicationId && (appId != 0 || tables != 0))
        return Error{QStringLiteral("catalog.foreign"), Tr::tr("%1 is not a CivicDesk server file.").arg(path)};
    const QByteArray setup = QByteArray("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA application_id = ")
                             + QByteArray::number(catalogApplicationId) + ";" + schema;
    if (sqlite3_exec(h, setup.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return catalog->failure(Tr::tr("preparing the server file"));
    return catalog;
}

Error ServerCatalog::failure(const QString &context) const
{
    if (m_pg)
        return Error{QStringLiteral("catalog.error"), Tr::tr("Server catalog error while %1: %2").arg(context, m_pg->lastError())};
    return Error{QStringLiteral("catalog.error"), Tr::tr("Server file error while %1: %2").arg(context, QString::fromUtf8(sqlite3_errmsg(m_handle)))};
}

QString ServerCatalog::tenantDataPath(const QString &code) const
{
    return QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("tenants/%1.civicdesk").arg(code));
}

Status ServerCatalog::addTenant(const TenantEntry &t)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,31}$"));
    if (!valid.match(t.code).hasMatch())
        return Error{QStringLiteral("tenant.bad-code"), Tr::tr("A tenant code is 1 to 32 capital letters, digits, - or _; %1 is not.").arg(t.code)};
    if (tenant(t.code))
        return Error{QStringLiteral("tenant.exists"), Tr::tr("There is a tenant %1 already.").arg(t.code)};
    Statement s = statement("INSERT INTO tenant(code, id, name, country, created_at) VALUES (?,?,?,?,?)");
    s.bind(1, t.code);
    s.bind(2, t.id);
    s.bind(3, t.name);
    s.bind(4, t.country);
    s.bind(5, t.createdAt);
    if (!s.exec())
        return failure(Tr::tr("adding tenant %1").arg(t.code));
    return {};
}

Status ServerCatalog::updateTenant(const TenantEntry &t)
{
    Statement s = statement("UPDATE tenant SET id = ?, name = ?, country = ? WHERE code = ?");
    s.bind(1, t.id);
    s.bind(2, t.name);
    s.bind(3, t.country);
    s.bind(4, t.code);
    if (!s.exec())
        return failure(Tr::tr("changing tenant %1").arg(t.code));
    return {};
}

std::optional<ServerCatalog::TenantEntry> ServerCatalog::tenant(const QString &code) const
{
    Statement s = statement("SELECT code, id, name, country, created_at FROM tenant WHERE code = ?");
    s.bind(1, code);
    if (!s.step())
        return std::nullopt;
    return TenantEntry{s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4)};
}

QList<ServerCatalog::TenantEntry> ServerCatalog::tenants() const
{
    Statement s = statement("SELECT code, id, name, country, created_at FROM tenant ORDER BY code");
    QList<TenantEntry> out;
    while (s.step())
        out.append(TenantEntry{s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4)});
    return out;
}

Status ServerCatalog::addCredential(const Credential &c)
{
    if (credential(c.tenantCode, c.login))
        return Error{QStringLiteral("user.exists"), Tr::tr("Tenant %1 has a user %2 already.").arg(c.tenantCode, c.login)};
    Statement s = statement((QByteArray("INSERT INTO credential(") + credentialColumns + ") VALUES (?,?,?,?,?,?,?,?,?)").constData());
    s.bind(1, c.tenantCode);
    s.bind(2, c.login);
    s.bind(3, c.userId);
    s.bind(4, c.role);
    s.bind(5, c.departmentId);
    s.bind(6, c.hash);
    s.bind(7, qint64(c.active ? 1 : 0));
    s.bind(8, qint64(c.failures));
    s.bind(9, c.lockedUntil);
    if (!s.exec())
        return failure(Tr::tr("adding user %1").arg(c.login));
    return {};
}

std::optional<ServerCatalog::Credential> ServerCatalog::credential(const QString &tenantCode, const QString &login) const
{
    Statement s = statement((QByteArray("SELECT ") + credentialColumns + " FROM credential WHERE tenant_code = ? AND login = ?").constData());
    s.bind(1, tenantCode);
    s.bind(2, login);
    m_lastReadFailed = false;
    if (!s.step()) {
        m_lastReadFailed = s.failed();
        return std::nullopt;
    }
    return readCredential(s);
}

QList<ServerCatalog::Credential> ServerCatalog::credentials(const QString &tenantCode) const
{
    Statement s = statement((QByteArray("SELECT ") + credentialColumns + " FROM credential WHERE tenant_code = ? ORDER BY login").constData());
    s.bind(1, tenantCode);
    QList<Credential> out;
    while (s.step())
        out.append(readCredential(s));
    return out;
}

Status ServerCatalog::setFailures(const QString &tenantCode, const QString &login, int failures, qint64 lockedUntil)
{
    Statement s = statement("UPDATE credential SET failures = ?, locked_until = ? WHERE tenant_code = ? AND login = ?");
    s.bind(1, qint64(failures));
    s.bind(2, lockedUntil);
    s.bind(3, tenantCode);
    s.bind(4, login);
    if (!s.exec())
        return failure(Tr::tr("recording a sign-in"));
    return {};
}

Status ServerCatalog::setPassword(const QString &tenantCode, const QString &login, const QString &hash)
{
    Statement s = statement("UPDATE credential SET hash = ?, failures = 0, locked_until = 0 WHERE tenant_code = ? AND login = ?");
    s.bind(1, hash);
    s.bind(2, tenantCode);
    s.bind(3, login);
    if (!s.exec())
        return failure(Tr::tr("changing a password"));
    return revokeTokens(tenantCode, login);
}

Status ServerCatalog::setActive(const QString &tenantCode, const QString &login, bool active)
{
    Statement s = statement("UPDATE credential SET active = ? WHERE tenant_code = ? AND login = ?");
    s.bind(1, qint64(active ? 1 : 0));
    s.bind(2, tenantCode);
    s.bind(3, login);
    if (!s.exec())
        return failure(Tr::tr("changing a user"));
    return active ? Status{} : revokeTokens(tenantCode, login);
}

Status ServerCatalog::addToken(const Token &t)
{
    Statement s = statement("INSERT INTO token(hash, tenant_code, login, user_id, created_at, expires_at, revoked) VALUES (?,?,?,?,?,?,?)");
    s.bind(1, t.hash);
    s.bind(2, t.tenantCode);
    s.bind(3, t.login);
    s.bind(4, t.userId);
    s.bind(5, t.createdAt);
    s.bind(6, t.expiresAt);
    s.bind(7, qint64(t.revoked ? 1 : 0));
    if (!s.exec())
        return failure(Tr::tr("recording a sign-in"));
    return {};
}

Status ServerCatalog::addApiKey(const ApiKey &k)
{
    Statement s = statement("INSERT INTO api_key(id, tenant_code, name, hash, created_at, revoked_at, per_minute) VALUES (?,?,?,?,?,?,?)");
    s.bind(1, k.id);
    s.bind(2, k.tenantCode);
    s.bind(3, k.name);
    s.bind(4, k.hash);
    s.bind(5, k.createdAt);
    s.bind(6, k.revokedAt);
    s.bind(7, qint64(k.perMinute));
    if (!s.exec())
        return failure(Tr::tr("recording an API key"));
    return {};
}

namespace {
ServerCatalog::ApiKey readApiKey(const Statement &s)
{
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5), int(s.int64(6))};
}
} // namespace

std::optional<ServerCatalog::ApiKey> ServerCatalog::apiKey(const QString &hash) const
{
    Statement s = statement("SELECT id, tenant_code, name, hash, created_at, revoked_at, per_minute FROM api_key WHERE hash = ?");
    s.bind(1, hash);
    if (!s.step())
        return std::nullopt;
    return readApiKey(s);
}

QList<ServerCatalog::ApiKey> ServerCatalog::apiKeys(const QString &tenantCode) const
{
    Statement s = statement("SELECT id, tenant_code, name, hash, created_at, revoked_at, per_minute FROM api_key WHERE tenant_code = ? "
                                "ORDER BY created_at, id");
    s.bind(1, tenantCode);
    QList<ApiKey> out;
    while (s.step())
        out.append(readApiKey(s));
    return out;
}

Result<int> ServerCatalog::revokeApiKey(const QString &tenantCode, const QString &idOrName, qint64 at)
{
    Statement s = statement("UPDATE api_key SET revoked_at = ? WHERE tenant_code = ? AND (id = ? OR name = ?) AND revoked_at = 0");
    s.bind(1, at);
    s.bind(2, tenantCode);
    s.bind(3, idOrName);
    s.bind(4, idOrName);
    if (!s.exec())
        return failure(Tr::tr("revoking an API key"));
    return int(changes());
}

std::optional<ServerCatalog::Token> ServerCatalog::token(const QString &hash) const
{
    Statement s = statement("SELECT hash, tenant_code, login, user_id, created_at, expires_at, revoked FROM token WHERE hash = ?");
    s.bind(1, hash);
    m_lastReadFailed = false;
    if (!s.step()) {
        m_lastReadFailed = s.failed();
        return std::nullopt;
    }
    return Token{s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5), s.int64(6) != 0};
}

Status ServerCatalog::revokeToken(const QString &hash)
{
    Statement s = statement("UPDATE token SET revoked = 1 WHERE hash = ?");
    s.bind(1, hash);
    if (!s.exec())
        return failure(Tr::tr("signing out"));
    return {};
}

Status ServerCatalog::revokeTokens(const QString &tenantCode, const QString &login)
{
    Statement s = statement("UPDATE token SET revoked = 1 WHERE tenant_code = ? AND login = ?");
    s.bind(1, tenantCode);
    s.bind(2, login);
    if (!s.exec())
        return failure(Tr::tr("signing a user out"));
    return {};
}

Result<ServerCatalog::Desk> ServerCatalog::registerDesk(const QString &tenantCode, const QString &clientId, const QString &wanted,
                                                        const QString &login, qint64 at)
{
    if (std::optional<Desk> known = deskOf(tenantCode, clientId)) {
        if (!wanted.isEmpty() && wanted != known->code)
            return Error{QStringLiteral("sync.desk-registered"), Tr::tr("This desk is registered already, as %1.").arg(known->code)};
        return *known;
    }
    QStringList taken;
    for (const Desk &d : desks(tenantCode))
        taken.append(d.code);
    QString code = wanted;
    if (!code.isEmpty()) {
        static const QRegularExpression valid(QStringLiteral("^[A-Z0-9]{2,4}$"));
        if (!valid.match(code).hasMatch())
            return Error{QStringLiteral("sync.desk-code-invalid"), Tr::tr("A desk code is 2 to 4 capital letters or digits; %1 is not.").arg(code)};
        if (taken.contains(code))
            return Error{QStringLiteral("sync.desk-code-taken"), Tr::tr("The desk code %1 belongs to another desk.").arg(code)};
    } else {
        const QSet<QString> used(taken.cbegin(), taken.cend());
        for (int n = 0; n < 216 + 5184 + 124416; ++n) {
            if (!used.contains(deskCode(n))) {
                code = deskCode(n);
                break;
            }
        }
        if (code.isEmpty())
            return Error{QStringLiteral("sync.desk-codes-exhausted"), Tr::tr("Every desk code is taken; give this desk one of up to 4 characters.")};
    }
    Statement s = statement("INSERT INTO desk(tenant_code, code, client_id, login, registered_at) VALUES (?,?,?,?,?)");
    s.bind(1, tenantCode);
    s.bind(2, code);
    s.bind(3, clientId);
    s.bind(4, login);
    s.bind(5, at);
    if (!s.exec())
        return failure(Tr::tr("registering a desk"));
    return Desk{tenantCode, code, clientId, login, at};
}

std::optional<ServerCatalog::Desk> ServerCatalog::deskOf(const QString &tenantCode, const QString &clientId) const
{
    Statement s = statement("SELECT tenant_code, code, client_id, login, registered_at FROM desk WHERE tenant_code = ? AND client_id = ?");
    s.bind(1, tenantCode);
    s.bind(2, clientId);
    if (!s.step())
        return std::nullopt;
    return Desk{s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4)};
}

QList<ServerCatalog::Desk> ServerCatalog::desks(const QString &tenantCode) const
{
    Statement s = statement("SELECT tenant_code, code, client_id, login, registered_at FROM desk WHERE tenant_code = ? ORDER BY code");
    s.bind(1, tenantCode);
    QList<Desk> out;
    while (s.step())
        out.append(Desk{s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4)});
    return out;
}

qint64 ServerCatalog::postgresBytes() const
{
    if (!m_pg)
        return -1;
    m_pg->ensureConnected();
    QByteArray bytes;
    return m_pg->value("SELECT pg_database_size(current_database())", &bytes) && !bytes.isNull() ? bytes.toLongLong() : -1;
}

Result<QStringList> ServerCatalog::startNewEpochsIfRestored()
{
    if (!m_pg)
        return QStringList{};
    PgConnection &c = *m_pg;
    c.ensureConnected();
    const auto refused = [&](const QString &what) {
        const Error e{QStringLiteral("catalog.error"), Tr::tr("PostgreSQL refused %1: %2").arg(what, c.lastError())};
        c.exec("ROLLBACK");
        return e;
    };
    // One instance at a time (a lock held to the end of this transaction): the others then find the new place.
    if (!c.exec("BEGIN") || !c.exec("SELECT pg_advisory_xact_lock(1128549170)"))
        return refused(Tr::tr("the check for a restored database"));
    QByteArray place, recorded;
    if (!c.value("SELECT (SELECT system_identifier::text FROM pg_control_system()) || ':' || "
                 "(SELECT oid::text FROM pg_database WHERE datname = current_database()) || ':' || 'catalog.tenant'::regclass::oid::text",
                 &place)
        || !c.value("SELECT place FROM served_from WHERE id = 1", &recorded))
        return refused(Tr::tr("the question where the database is served from"));
    QStringList restarted;
    if (!recorded.isNull() && recorded != place) {
        for (const TenantEntry &t : tenants()) {
            Result<std::unique_ptr<Database>> data = tenantData(t.code).open();
            if (!data) {
                c.exec("ROLLBACK");
                return data.error();
            }
            SyncStore store(*data.value());
            if (Status st = store.newEpoch(); !st) {
                c.exec("ROLLBACK");
                return st.error();
            }
            restarted.append(t.code);
        }
    }
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    if (recorded != place
        && !c.exec("INSERT INTO served_from(id, place, since) VALUES (1, '" + place + "', " + now
                   + ") ON CONFLICT (id) DO UPDATE SET place = excluded.place, since = excluded.since"))
        return refused(Tr::tr("recording where the database is served from"));
    if (!c.exec("COMMIT"))
        return refused(Tr::tr("recording where the database is served from"));
    // A dump carries no planner statistics: the restored tables (all municipalities share them) are counted once,
    // by the instance that found the restore, rather than left to autovacuum while the desks fetch their copies.
    if (!restarted.isEmpty()) {
        if (Result<std::unique_ptr<Database>> data = tenantData(restarted.front()).open(); data)
            SyncStore(*data.value()).countForPlanner();
    }
    return restarted;
}

Status ServerCatalog::copyTo(ServerCatalog &target) const
{
    const std::pair<const char *, const char *> tables[] = {
        {"tenant", "code, id, name, country, created_at"},
        {"credential", credentialColumns},
        {"token", "hash, tenant_code, login, user_id, created_at, expires_at, revoked"},
        {"desk", "tenant_code, code, client_id, login, registered_at"},
        {"api_key", "id, tenant_code, name, hash, created_at, revoked_at, per_minute"}};
    for (const auto &[table, columns] : tables) {
        const int n = int(QByteArray(columns).count(',')) + 1;
        Statement read = statement((QByteArray("SELECT ") + columns + " FROM " + table).constData());
        QByteArray marks = "?";
        for (int i = 1; i < n; ++i)
            marks += ",?";
        Statement write = target.statement((QByteArray("INSERT INTO ") + table + "(" + columns + ") VALUES (" + marks + ")").constData());
        while (read.step()) {
            for (int c = 0; c < n; ++c) {
                if (read.isNull(c))
                    write.bindNull(c + 1);
                else if (read.columnType(c) == SQLITE_INTEGER)
                    write.bind(c + 1, read.int64(c));
                else
                    write.bind(c + 1, read.text(c));
            }
            if (!write.exec())
                return target.failure(Tr::tr("copying the catalog's %1 rows").arg(QLatin1String(table)));
            write.reset();
        }
        if (read.failed())
            return failure(Tr::tr("reading the catalog's %1 rows").arg(QLatin1String(table)));
    }
    return {};
}

} // namespace CivicDesk
