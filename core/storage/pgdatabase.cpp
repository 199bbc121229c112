// SPDX-License-Identifier: GPL-3.0-or-later
// Database on PostgreSQL: the server's store of a large deployment (Database::openPostgres).
#include "database.h"
#include "pgconnection.h"
#include "statement.h"

#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QFile>

#include <libpq-fe.h>

namespace CivicDesk {

/// Brings a PostgreSQL database to this build's schema, one server at a time (an advisory lock: several
/// instances may start together).
class PgMigrator
{
public:
    static Status migrate(PgConnection &pg)
    {
        // Any number unique to CivicDesk's schema changes ("CDK1").
        if (!pg.exec("SELECT pg_advisory_lock(1128549169)"))
            return fail(pg, Tr::tr("waiting for other servers' schema upgrades"));
        Status s = run(pg);
        pg.exec("SELECT pg_advisory_unlock(1128549169)");
        return s;
    }

private:
    static Error fail(PgConnection &pg, const QString &what)
    {
        return Error{QStringLiteral("pg.migration"), Tr::tr("PostgreSQL refused %1: %2").arg(what, pg.lastError())};
    }

    static Status run(PgConnection &pg)
    {
        QByteArray exists;
        if (!pg.value("SELECT to_regclass('civicdesk_schema') IS NOT NULL", &exists))
            return fail(pg, Tr::tr("reading the schema version"));
        int version = 0;
        if (exists == "t") {
            QByteArray v;
            if (!pg.value("SELECT coalesce(max(version), 0) FROM civicdesk_schema", &v))
                return fail(pg, Tr::tr("reading the schema version"));
            version = v.toInt();
        } else {
            // A database with tables of its own is not ours to fill.
            QByteArray others;
            if (!pg.value("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", &others))
                return fail(pg, Tr::tr("reading the database's tables"));
            if (others.toInt() > 0) {
                return Error{QStringLiteral("db.foreign"),
                             Tr::tr("The PostgreSQL database %1 holds tables of another program; CivicDesk left it untouched.")
                                 .arg(pg.name())};
            }
        }
        if (version > Database::currentPgSchemaVersion) {
            return Error{QStringLiteral("db.newer-schema"),
                         Tr::tr("The PostgreSQL database %1 was written by a newer CivicDesk (schema version %2; this program knows "
                                "up to %3). Update CivicDesk; the database was left untouched.")
                             .arg(pg.name())
                             .arg(version)
                             .arg(Database::currentPgSchemaVersion)};
        }
        for (int v = version + 1; v <= Database::currentPgSchemaVersion; ++v) {
            QFile f(QStringLiteral(":/civicdesk/sql/pg_schema_v%1.sql").arg(v));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("schema resource pg_schema_v%d.sql missing from the build", v);
            qCInfo(lcStorage) << "migrating the PostgreSQL database" << pg.name() << "to schema version" << v;
            if (!pg.exec("BEGIN"))
                return fail(pg, Tr::tr("starting a transaction"));
            if (!pg.exec(f.readAll()) || !pg.exec("INSERT INTO civicdesk_schema(version) VALUES (" + QByteArray::number(v) + ")")) {
                const Error e = fail(pg, Tr::tr("upgrading the schema to version %1").arg(v));
                pg.exec("ROLLBACK");
                return e;
            }
            if (!pg.exec("COMMIT"))
                return fail(pg, Tr::tr("upgrading the schema to version %1").arg(v));
        }
        return {};
    }
};

Status migratePostgres(PgConnection &pg)
{
    return PgMigrator::migrate(pg);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &conninfo, const QString &tenantCode)
{
    if (tenantCode.isEmpty())
        return Error{QStringLiteral("db.no-tenant"), Tr::tr("No municipality was named for the PostgreSQL store.")};
    Result<std::unique_ptr<PgConnection>> pg = PgConnection::open(conninfo);
    if (!pg)
        return pg.error();
    PgConnection &c = *pg.value();
    // Row-level security is what keeps one municipality's rows from another's: a role that skips it would see
    // every municipality's rows through any query.
    QByteArray bypass;
    if (!c.value("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user", &bypass))
        return Error{QStringLiteral("pg.setup"), Tr::tr("PostgreSQL refused a question about the signed-in role: %1").arg(c.lastError())};
    if (bypass == "t") {
        QByteArray user;
        c.value("SELECT current_user", &user);
        return Error{QStringLiteral("pg.superuser"),
                     Tr::tr("The PostgreSQL role %1 is a superuser or bypasses row-level security, so it would see every "
                            "municipality's rows. Connect as a role of its own that owns the database (README, \"Deployment\").")
                         .arg(QString::fromUtf8(user))};
    }
    // Text sorts and compares by its bytes, as in the desks' SQLite files: the same query orders alike on both.
    QByteArray collation;
    if (!c.value("SELECT datcollate FROM pg_database WHERE datname = current_database()", &collation))
        return Error{QStringLiteral("pg.setup"), Tr::tr("PostgreSQL refused a question about the database: %1").arg(c.lastError())};
    if (collation != "C" && collation != "POSIX" && collation != "C.UTF-8" && collation != "C.utf8") {
        return Error{QStringLiteral("pg.collation"),
                     Tr::tr("The PostgreSQL database %1 sorts text by the collation %2; CivicDesk needs byte order (create it with "
                            "LC_COLLATE 'C', README \"Deployment\").")
                         .arg(c.name(), QString::fromUtf8(collation))};
    }
    if (Status s = PgMigrator::migrate(c); !s)
        return s.error();
    {
        // The tenant's code is checked by the catalog (capitals, digits, - and _), quoted here all the same. Set
        // again whenever the connection is made again.
        const QByteArray setup = "SET civicdesk.tenant = '" + tenantCode.toUtf8().replace('\'', "''") + "'";
        c.setSessionSetup(setup);
        if (!c.exec(setup))
            return Error{QStringLiteral("pg.setup"), Tr::tr("PostgreSQL refused the municipality's setting: %1").arg(c.lastError())};
    }
    // Every municipality starts with its kept counts (as a new CivicDesk file does).
    if (!c.exec("INSERT INTO row_count(name, n) VALUES ('citizen', 0), ('service_request', 0) ON CONFLICT DO NOTHING"))
        return Error{QStringLiteral("pg.setup"), Tr::tr("PostgreSQL refused the municipality's first rows: %1").arg(c.lastError())};
    std::unique_ptr<Database> db(new Database(QStringLiteral("postgresql:%1/%2").arg(c.name(), tenantCode), QString(), Mode::ReadWrite));
    db->m_tenantCode = tenantCode;
    db->m_conninfo = conninfo;
    db->m_pg = std::move(pg.value());
    return db;
}

DatabaseLocation Database::location() const
{
    if (m_pg)
        return {m_path, m_conninfo, m_tenantCode};
    return DatabaseLocation::file(m_path);
}

Result<std::unique_ptr<Database>> DatabaseLocation::open() const
{
    if (isPostgres())
        return Database::openPostgres(conninfo, tenant);
    return Database::open(path);
}

Status Database::pgTransaction(const std::function<Status()> &work)
{
    if (m_pg->inTransaction()) {
        // Inside a transaction already: the work is a savepoint of it, undone alone when it fails.
        const QByteArray name = "nested_work_" + QByteArray::number(++m_pgDepth);
        Status s;
        if (!m_pg->exec("SAVEPOINT " + name)) {
            s = lastError(Tr::tr("starting a transaction"));
        } else {
            s = work();
            if (s && !m_pg->exec("RELEASE SAVEPOINT " + name))
                s = lastError(Tr::tr("saving the changes"));
            if (!s)
                m_pg->exec("ROLLBACK TO SAVEPOINT " + name + "; RELEASE SAVEPOINT " + name);
        }
        --m_pgDepth;
        return s;
    }
    if (!m_pg->ensureConnected() || !m_pg->exec("BEGIN"))
        return lastError(Tr::tr("starting a transaction"));
    m_pg->enterTransaction();
    Status s = work();
    m_pg->leaveTransaction();
    if (s && PQtransactionStatus(m_pg->handle()) == PQTRANS_INERROR) {
        // A statement failed and the work went on: PostgreSQL would turn the COMMIT into a ROLLBACK.
        s = lastError(Tr::tr("saving the changes"));
    }
    if (s) {
        PGresult *r = PQexec(m_pg->handle(), "COMMIT");
        const bool committed = r && PQresultStatus(r) == PGRES_COMMAND_OK && qstrcmp(PQcmdStatus(r), "COMMIT") == 0;
        if (!committed)
            m_pg->noteFailure(r);
        PQclear(r);
        if (committed)
            return s;
        s = lastError(Tr::tr("saving the changes"));
    }
    m_pg->exec("ROLLBACK");
    return s;
}

Status Database::pgCopyIn(const QByteArray &copySql, const std::function<Result<bool>(QByteArray &buffer)> &produce)
{
    if (!m_pg)
        return Error{QStringLiteral("db.not-postgres"), Tr::tr("COPY is PostgreSQL's.")};
    PGconn *conn = m_pg->handle();
    PGresult *begun = PQexec(conn, copySql.constData());
    const bool copying = begun && PQresultStatus(begun) == PGRES_COPY_IN;
    if (!copying)
        m_pg->noteFailure(begun);
    PQclear(begun);
    if (!copying)
        return pgError(QString::fromUtf8(copySql.left(60)));
    QByteArray buffer;
    Status produced;
    bool sent = true;
    for (;;) {
        Result<bool> more = produce(buffer);
        if (!more) {
            produced = more.error();
            break;
        }
        if (buffer.size() >= (1 << 20) || !more.value()) {
            sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
        if (!sent || !more.value())
            break;
    }
    // Ended with an error message when the rows could not all be given: PostgreSQL then keeps none of them.
    PQputCopyEnd(conn, produced && sent ? nullptr : "the rows could not all be read");
    bool ok = true;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            m_pg->noteFailure(r);
            ok = false;
        }
        PQclear(r);
    }
    if (!produced)
        return produced;
    return ok && sent ? Status{} : pgError(QString::fromUtf8(copySql.left(60)));
}

Error Database::pgError(const QString &context) const
{
    const QByteArray state = m_pg->lastState();
    const QString detail = m_pg->lastError();
    if (state.startsWith("53"))
        return Error{QStringLiteral("db.full"),
                     Tr::tr("The PostgreSQL server holding %1 is out of disk space or memory; nothing of this change was saved (%2).")
                         .arg(m_path, detail)};
    if (state == "40001" || state == "40P01" || state == "55P03")
        return Error{QStringLiteral("db.busy"), Tr::tr("%1 is busy with another change; try again in a moment.").arg(m_path)};
    if (state.startsWith("08") || state == "57P01" || state == "57P02" || state == "57P03" || m_pg->isBroken())
        return Error{QStringLiteral("db.unavailable"),
                     Tr::tr("The PostgreSQL server of %1 cannot be reached (%2); nothing of this change was saved.").arg(m_path, detail)};
    if (state == "25006")
        return readOnlyError();
    if (state == "42501")
        return Error{QStringLiteral("db.denied"), Tr::tr("PostgreSQL refused the change while %1: %2").arg(context, detail)};
    return Error{QStringLiteral("db.error"), Tr::tr("Database error while %1: %2").arg(context, detail)};
}

} // namespace CivicDesk
