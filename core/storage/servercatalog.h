// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace CivicDesk {

class PgConnection;
class Statement;

/// The server's own file (`civicdesk-server --db PATH`): which municipalities (tenants) it serves, who may sign
/// in (password hashes), the sign-in tokens (hashed) and the desks registered with their codes. Each tenant's
/// data is a CivicDesk file of its own beside it (tenantDataPath), so that no query of one tenant can reach
/// another's rows.
class ServerCatalog
{
public:
    struct TenantEntry
    {
        QString code;    ///< what users type at sign-in ("ATH")
        QString id;      ///< the tenant row's id in its data file
        QString name;
        QString country; ///< GR, RO, IT, ES
        qint64 createdAt = 0;
    };
    struct Credential
    {
        QString tenantCode;
        QString login;
        QString userId; ///< the app_user row in the tenant's data
        QString role;   ///< the role's code in the data (operator, department_staff, …)
        QString departmentId;
        QString hash;   ///< Argon2id, libsodium's crypto_pwhash_str format
        bool active = true;
        int failures = 0;      ///< failed sign-ins in a row
        qint64 lockedUntil = 0;
    };
    struct Token
    {
        QString hash; ///< SHA-256 of the token, hex: the token itself is never stored
        QString tenantCode;
        QString login;
        QString userId;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        bool revoked = false;
    };
    /// A client application's key to the Open311 API of one tenant (an app, a FixMyStreet site).
    struct ApiKey
    {
        QString id;     ///< short, printed to name the key ("k-3f9a…")
        QString tenantCode;
        QString name;   ///< the application
        QString hash;   ///< SHA-256 of the key, hex: the key itself is never stored
        qint64 createdAt = 0;
        qint64 revokedAt = 0; ///< 0: in use
        int perMinute = 0;    ///< requests a minute it may make (0: the server's default)
    };
    struct Desk
    {
        QString tenantCode;
        QString code;     ///< the desk code in its tracking numbers ("K7")
        QString clientId;
        QString login;    ///< who registered it
        qint64 registeredAt = 0;
    };

    /// Opens (creating if needed) the catalog at @p path; refuses a file that is not one.
    static Result<std::unique_ptr<ServerCatalog>> open(const QString &path);
    /// The catalog of a large deployment, in the PostgreSQL database @p conninfo (its schema "catalog"), shared by
    /// every server instance; each municipality's data is in the same database, kept apart by row-level security.
    static Result<std::unique_ptr<ServerCatalog>> openPostgres(const QString &conninfo);
    ~ServerCatalog();
    ServerCatalog(const ServerCatalog &) = delete;
    ServerCatalog &operator=(const ServerCatalog &) = delete;

    /// The file, or "postgresql:DBNAME".
    QString path() const { return m_path; }
    bool isPostgres() const { return m_pg != nullptr; }
    /// The PostgreSQL connection string (empty for a catalog file).
    QString postgresConninfo() const { return m_conninfo; }
    /// Where the data of tenant @p code is: its file (tenantDataPath), or its rows in the catalog's PostgreSQL database.
    DatabaseLocation tenantData(const QString &code) const;
    /// Where the data of tenant @p code lives: tenants/CODE.civicdesk beside the catalog.
    QString tenantDataPath(const QString &code) const;
    /// The lock file a server serving this catalog holds (QLockFile) while it runs: what tells a restore, or a
    /// second server, that the files are in use.
    QString servingLockPath() const { return m_path + QStringLiteral(".serving.lock"); }

    Status addTenant(const TenantEntry &t);
    /// Changes the id, name and country of tenant t.code.
    Status updateTenant(const TenantEntry &t);
    std::optional<TenantEntry> tenant(const QString &code) const;
    QList<TenantEntry> tenants() const;

    Status addCredential(const Credential &c);
    std::optional<Credential> credential(const QString &tenantCode, const QString &login) const;
    QList<Credential> credentials(const QString &tenantCode) const;
    Status setFailures(const QString &tenantCode, const QString &login, int failures, qint64 lockedUntil);
    Status setPassword(const QString &tenantCode, const QString &login, const QString &hash);
    Status setActive(const QString &tenantCode, const QString &login, bool active);

    /// Whether the last credential() or token() found nothing because the store failed (PostgreSQL unreachable),
    /// not because there is no such row: a sign-in is then neither wrong nor unknown, only not checkable now.
    bool lastReadFailed() const { return m_lastReadFailed; }

    Status addToken(const Token &t);
    std::optional<Token> token(const QString &hash) const;
    Status revokeToken(const QString &hash);
    /// Revokes every token of a user (disabled, password changed).
    Status revokeTokens(const QString &tenantCode, const QString &login);

    Status addApiKey(const ApiKey &key);
    std::optional<ApiKey> apiKey(const QString &hash) const;
    QList<ApiKey> apiKeys(const QString &tenantCode) const;
    /// Revokes key @p idOrName of @p tenantCode (its id, or the name of its application: all of that name);
    /// the number revoked.
    Result<int> revokeApiKey(const QString &tenantCode, const QString &idOrName, qint64 at);

    /// Registers the desk @p clientId; the code @p wanted when given and free, else the next free one. The same
    /// client registering again keeps its code. Fails with sync.desk-code-taken when @p wanted is another's.
    Result<Desk> registerDesk(const QString &tenantCode, const QString &clientId, const QString &wanted, const QString &login, qint64 at);
    std::optional<Desk> deskOf(const QString &tenantCode, const QString &clientId) const;
    QList<Desk> desks(const QString &tenantCode) const;

    /// On PostgreSQL, the database's size on disk (every municipality's data and the catalog); -1 when it cannot be
    /// read, and on a catalog file.
    qint64 postgresBytes() const;

    /// On PostgreSQL: whether the database is served from where it was last served (its cluster, database and
    /// tables). When it is not, it is a restored copy (pg_restore, a new cluster): every tenant starts a new epoch
    /// (desks start again from a copy, their waiting changes carried) and the new place is recorded; the codes of
    /// the tenants so restarted. One instance does it, the others, started at the same time, wait for it. Nothing
    /// on a catalog file (TenantAdmin::restore starts the epoch itself) or on a database served for the first time.
    Result<QStringList> startNewEpochsIfRestored();

    /// Writes every row of this catalog into @p target, an empty one (the embedded server's catalog moved to
    /// PostgreSQL, a simulation's starting point loaded there).
    Status copyTo(ServerCatalog &target) const;

private:
    ServerCatalog(QString path, sqlite3 *handle);
    Error failure(const QString &context) const;
    Statement statement(const char *sql) const;
    qint64 changes() const;

    QString m_path;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<PgConnection> m_pg;
    QString m_conninfo;
    mutable bool m_lastReadFailed = false;
};

} // namespace CivicDesk
