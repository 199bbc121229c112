// SPDX-License-Identifier: GPL-3.0-or-later
// The server's PostgreSQL store: its migrations, the tenant kept apart by row-level security, the statements
// and transactions of the stores on that engine, and the same rows and figures as the SQLite store.
#include "testsupport.h"

#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/statement.h"
#include "core/storage/syncstore.h"

#include <QTemporaryDir>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

std::unique_ptr<Database> openPg(const QString &conninfo, const QString &tenant)
{
    Result<std::unique_ptr<Database>> r = Database::openPostgres(conninfo, tenant);
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

/// Every row of @p table (tenant left out) in byte order, one line per row: what two stores compare.
QStringList tableRows(Database &db, const QString &table, const QString &columns)
{
    QStringList parts;
    for (const QString &c : columns.split(QStringLiteral(", ")))
        parts.append(QStringLiteral("CAST(%1 AS TEXT)").arg(c));
    const QString joined = parts.join(QStringLiteral(" || '|' || "));
    Statement s(db, QStringLiteral("SELECT %1 FROM %2").arg(joined, table).toUtf8().constData());
    QStringList out;
    while (s.step())
        out.append(s.text(0));
    INFO(s.errorMessage().toStdString());
    REQUIRE_FALSE(s.failed());
    out.sort();
    return out;
}

/// The summary tables (the dashboard's figures), the heat map and the kept counts.
QMap<QString, QStringList> figures(Database &db)
{
    const QString key = QStringLiteral("department_id, service_type_id, district_id");
    const QString stats = QStringLiteral("received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, "
                                         "received_import, recurrences, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, "
                                         "a_inaccurate, a_false, closed_with_deadline");
    QMap<QString, QStringList> out;
    // Rows that count nothing any more are left by either store's triggers: only what counts is compared.
    out[QStringLiteral("request_stats")] = tableRows(db, QStringLiteral("(SELECT * FROM request_stats WHERE received_phone + received_walk_in + "
                                                                         "received_web + received_mobile_app + received_email + received_open311 + "
                                                                         "received_import + closed <> 0) x"),
                                                     QStringLiteral("day, ") + key + QStringLiteral(", ") + stats);
    out[QStringLiteral("request_stats_month")] = tableRows(db, QStringLiteral("(SELECT * FROM request_stats_month WHERE received_phone + "
                                                                               "received_walk_in + received_web + received_mobile_app + "
                                                                               "received_email + received_open311 + received_import + closed <> 0) x"),
                                                           QStringLiteral("month, ") + key + QStringLiteral(", ") + stats);
    out[QStringLiteral("request_resolution")] = tableRows(db, QStringLiteral("(SELECT * FROM request_resolution WHERE n <> 0) x"),
                                                          QStringLiteral("day, ") + key + QStringLiteral(", bucket, n"));
    out[QStringLiteral("request_resolution_month")] = tableRows(db, QStringLiteral("(SELECT * FROM request_resolution_month WHERE n <> 0) x"),
                                                                QStringLiteral("month, ") + key + QStringLiteral(", bucket, n"));
    out[QStringLiteral("request_backlog")] = tableRows(db, QStringLiteral("(SELECT * FROM request_backlog WHERE n <> 0) x"),
                                                       QStringLiteral("status, ") + key + QStringLiteral(", n"));
    out[QStringLiteral("request_heat_month")] = tableRows(db, QStringLiteral("(SELECT * FROM request_heat_month WHERE n <> 0) x"),
                                                          QStringLiteral("group_id, month, cell, n"));
    out[QStringLiteral("row_count")] = tableRows(db, QStringLiteral("row_count"), QStringLiteral("name, n"));
    return out;
}

} // namespace

TEST_CASE("A PostgreSQL store is made by its own migrations and shows a connection its tenant's rows alone", "[pg]")
{
    PgTestDatabase pg;
    std::unique_ptr<Database> athens = openPg(pg.conninfo, QStringLiteral("ATH"));
    CHECK(athens->isPostgres());
    CHECK(athens->schemaVersion() == Database::currentPgSchemaVersion);
    // Each version once.
    CHECK(pg.adminValue(QStringLiteral("SELECT count(DISTINCT version) = count(*) AND count(*) = %1 FROM civicdesk_schema").arg(Database::currentPgSchemaVersion))
          == QLatin1String("t"));
    addTenant(*athens, QStringLiteral("GR"), QStringLiteral("tenant-ath"));
    REQUIRE(OrganisationRepository(*athens).tenant().has_value());

    // A second server opening the same database finds it migrated; another municipality sees none of the first's rows.
    std::unique_ptr<Database> patras = openPg(pg.conninfo, QStringLiteral("PAT"));
    CHECK_FALSE(OrganisationRepository(*patras).tenant().has_value());
    addTenant(*patras, QStringLiteral("GR"), QStringLiteral("tenant-pat"));
    CHECK(OrganisationRepository(*patras).tenant()->id == QLatin1String("tenant-pat"));
    CHECK(OrganisationRepository(*athens).tenant()->id == QLatin1String("tenant-ath"));
    CHECK(athens->countedRows("citizen") == 0);

    // The same role without a tenant sees nothing of any table, and may not write a row for a tenant it did not set.
    PGconn *raw = PQconnectdb(pg.conninfo.toUtf8().constData());
    REQUIRE(PQstatus(raw) == CONNECTION_OK);
    const auto value = [&](const char *sql) {
        PGresult *r = PQexec(raw, sql);
        const QString v = PQresultStatus(r) != PGRES_TUPLES_OK ? QStringLiteral("error: ") + QString::fromUtf8(PQresultErrorField(r, PG_DIAG_SQLSTATE))
                          : PQntuples(r) == 0                 ? QStringLiteral("no rows")
                                                              : QString::fromUtf8(PQgetvalue(r, 0, 0));
        PQclear(r);
        return v;
    };
    CHECK(pg.adminValue(QStringLiteral("SELECT count(*) FROM tenant")) == QLatin1String("2")); // both are there
    CHECK(value("SELECT count(*) FROM tenant") == QLatin1String("0"));
    CHECK(value("SELECT count(*) FROM row_count") == QLatin1String("0"));
    // Every table of a municipality's data is behind the policy.
    CHECK(pg.adminValue(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'civicdesk_schema' "
                                       "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)"))
          == QLatin1String("0"));
    CHECK(value("SELECT set_config('civicdesk.tenant', 'PAT', false)") == QLatin1String("PAT"));
    CHECK(value("SELECT count(*) FROM tenant") == QLatin1String("1"));
    CHECK(value("INSERT INTO row_count(tenant_code, name, n) VALUES ('ATH', 'intruder', 1) RETURNING 1") == QLatin1String("error: 42501"));
    CHECK(value("UPDATE tenant SET name = 'x' WHERE id = 'tenant-ath' RETURNING 1") == QLatin1String("no rows"));
    CHECK(OrganisationRepository(*athens).tenant()->name == QLatin1String("Test municipality")); // not reached
    PQfinish(raw);
}

TEST_CASE("A PostgreSQL store refuses what would break it: a superuser, a foreign database, another collation, no server", "[pg]")
{
    PgTestDatabase pg;
    SECTION("a superuser would see every municipality's rows")
    {
        Result<std::unique_ptr<Database>> r = Database::openPostgres(pg.admin, QStringLiteral("ATH"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("pg.superuser"));
        CHECK(r.error().message.contains(QLatin1String("row-level security")));
    }
    SECTION("a database with another program's tables is left alone")
    {
        pg.adminValue(QStringLiteral("CREATE TABLE invoices (id int); ALTER TABLE invoices OWNER TO civicdesk_app"));
        Result<std::unique_ptr<Database>> r = Database::openPostgres(pg.conninfo, QStringLiteral("ATH"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("db.foreign"));
        CHECK(pg.adminValue(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) == QLatin1String("1"));
    }
    SECTION("a server that is not there")
    {
        Result<std::unique_ptr<Database>> r = Database::openPostgres(QStringLiteral("host=127.0.0.1 port=1 user=x dbname=x connect_timeout=2"),
                                                                     QStringLiteral("ATH"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("pg.unavailable"));
    }
    SECTION("no municipality named")
    {
        Result<std::unique_ptr<Database>> r = Database::openPostgres(pg.conninfo, QString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("db.no-tenant"));
    }
}

TEST_CASE("A store's statement reads and writes alike on SQLite and PostgreSQL", "[pg]")
{
    PgTestDatabase pg;
    TempDatabase sqlite;
    std::unique_ptr<Database> pgdb = openPg(pg.conninfo, QStringLiteral("ATH"));
    for (Database *db : {sqlite.db.get(), pgdb.get()}) {
        INFO((db->isPostgres() ? "PostgreSQL" : "SQLite"));
        REQUIRE(db->setLocalSetting(QStringLiteral("greeting"), QStringLiteral("Καλημέρα, κόσμε")).ok());
        REQUIRE(db->setLocalSetting(QStringLiteral("greeting"), QStringLiteral("Γειά σου")).ok()); // an upsert: one row, the last value
        CHECK(db->localSetting(QStringLiteral("greeting")) == QStringLiteral("Γειά σου"));
        CHECK(db->localSetting(QStringLiteral("absent"), QStringLiteral("fallback")) == QLatin1String("fallback"));

        Statement s(*db, "SELECT ? + 1, ? * 2, ?, ?, CASE WHEN ? IS NULL THEN 'none' ELSE 'some' END");
        REQUIRE(s.isValid());
        s.bind(1, qint64(9007199254740993LL));
        s.bind(2, 0.1);
        s.bind(3, QStringLiteral("ÀÉÎ Ωμέγα"));
        s.bindNull(4);
        s.bindNull(5);
        REQUIRE(s.step());
        CHECK(s.int64(0) == 9007199254740994LL);
        CHECK(s.columnType(0) == SQLITE_INTEGER);
        CHECK(s.real(1) == 0.2);
        CHECK(s.columnType(1) == SQLITE_FLOAT);
        CHECK(s.text(2) == QStringLiteral("ÀÉÎ Ωμέγα"));
        CHECK(s.isNull(3));
        CHECK(s.columnType(3) == SQLITE_NULL);
        CHECK(s.text(4) == QLatin1String("none"));
        CHECK_FALSE(s.step());
        CHECK_FALSE(s.failed());

        Statement bad(*db, "SELECT no_such_column FROM local_setting");
        CHECK_FALSE(bad.step());
        CHECK(bad.failed());
        CHECK_FALSE(bad.isValid());
        CHECK(bad.errorMessage().contains(QLatin1String("no_such_column")));
    }
}

TEST_CASE("PostgreSQL transactions: all or nothing, savepoints inside, and a failure the work ignored is not committed", "[pg]")
{
    PgTestDatabase pg;
    std::unique_ptr<Database> db = openPg(pg.conninfo, QStringLiteral("ATH"));
    const auto setting = [&] { return db->localSetting(QStringLiteral("k"), QStringLiteral("unset")); };

    Status failed = db->transaction([&]() -> Status {
        REQUIRE(db->setLocalSetting(QStringLiteral("k"), QStringLiteral("1")).ok());
        return Error{QStringLiteral("test.refused"), QStringLiteral("refused")};
    });
    CHECK_FALSE(failed.ok());
    CHECK(setting() == QLatin1String("unset"));

    Status nested = db->transaction([&]() -> Status {
        REQUIRE(db->setLocalSetting(QStringLiteral("k"), QStringLiteral("outer")).ok());
        Status inner = db->transaction([&]() -> Status {
            REQUIRE(db->setLocalSetting(QStringLiteral("k"), QStringLiteral("inner")).ok());
            return Error{QStringLiteral("test.refused"), QStringLiteral("refused")};
        });
        CHECK_FALSE(inner.ok());
        return {};
    });
    CHECK(nested.ok());
    CHECK(setting() == QLatin1String("outer"));

    // A statement failed inside and the work carried on: PostgreSQL has aborted the transaction, and says so.
    Status ignored = db->transaction([&]() -> Status {
        REQUIRE(db->setLocalSetting(QStringLiteral("k"), QStringLiteral("lost")).ok());
        Statement s(*db, "INSERT INTO row_count(name, n) VALUES ('citizen', 1)"); // the key is taken
        CHECK_FALSE(s.exec());
        return {};
    });
    CHECK_FALSE(ignored.ok());
    CHECK(setting() == QLatin1String("outer"));
    // The connection is usable again.
    CHECK(db->setLocalSetting(QStringLiteral("k"), QStringLiteral("after")).ok());
    CHECK(setting() == QLatin1String("after"));

    // Levels inside levels: each kept or undone alone, whether it ran anything or not, refused by the work or by
    // the server, and a level's name used again at once.
    const auto put = [&](const char *key, const char *value) {
        REQUIRE(db->setLocalSetting(QString::fromLatin1(key), QString::fromLatin1(value)).ok());
    };
    const auto get = [&](const char *key) { return db->localSetting(QString::fromLatin1(key), QStringLiteral("unset")); };
    const auto refuse = [] { return Status{Error{QStringLiteral("test.refused"), QStringLiteral("refused")}}; };
    Status levels = db->transaction([&]() -> Status {
        put("a", "1");
        // Refused before it ran anything, twice in a row, and once two levels deep.
        CHECK_FALSE(db->transaction([&]() -> Status { return refuse(); }).ok());
        CHECK_FALSE(db->transaction([&]() -> Status { return refuse(); }).ok());
        CHECK(db->transaction([&]() -> Status {
                    CHECK_FALSE(db->transaction([&]() -> Status { return refuse(); }).ok());
                    return {};
                }).ok());
        // Kept, nothing inside it ran: released without a trace.
        CHECK(db->transaction([&]() -> Status { return {}; }).ok());
        // Kept, with its own kept and undone levels inside.
        CHECK(db->transaction([&]() -> Status {
                    put("b", "2");
                    CHECK(db->transaction([&]() -> Status {
                                put("c", "3");
                                return {};
                            }).ok());
                    CHECK_FALSE(db->transaction([&]() -> Status {
                                    put("d", "4");
                                    CHECK(db->transaction([&]() -> Status {
                                                put("e", "5");
                                                return {};
                                            }).ok());
                                    return refuse();
                                }).ok());
                    return {};
                }).ok());
        // A statement refused by the server inside a level the work went on in: that level is undone, the rest stays.
        CHECK_FALSE(db->transaction([&]() -> Status {
                        put("f", "6");
                        Statement s(*db, "INSERT INTO row_count(name, n) VALUES ('citizen', 1)"); // the key is taken
                        CHECK_FALSE(s.exec());
                        return {};
                    }).ok());
        // Undone after its work ran, then the same name again at once.
        CHECK_FALSE(db->transaction([&]() -> Status {
                        put("g", "7");
                        return refuse();
                    }).ok());
        CHECK(db->transaction([&]() -> Status {
                    put("h", "8");
                    return {};
                }).ok());
        put("a", "9");
        return {};
    });
    CHECK(levels.ok());
    CHECK(get("a") == QLatin1String("9"));
    CHECK(get("b") == QLatin1String("2"));
    CHECK(get("c") == QLatin1String("3"));
    CHECK(get("d") == QLatin1String("unset"));
    CHECK(get("e") == QLatin1String("unset"));
    CHECK(get("f") == QLatin1String("unset"));
    CHECK(get("g") == QLatin1String("unset"));
    CHECK(get("h") == QLatin1String("8"));
}

TEST_CASE("A municipality copied into PostgreSQL has the same rows, counts and figures as in SQLite, and keeps them as it changes", "[pg]")
{
    Demo demo;
    PgTestDatabase pg;
    std::unique_ptr<Database> pgdb = openPg(pg.conninfo, QStringLiteral("DEMO"));
    SyncStore from(demo.db());
    SyncStore to(*pgdb);
    REQUIRE(to.enableServerTracking().ok());
    const Status copied = from.copyTo(to);
    INFO((copied.ok() ? QString() : copied.error().message).toStdString());
    REQUIRE(copied.ok());

    // Row for row, value for value (types included), in every synced table.
    const QMap<QString, QByteArray> sqliteDigest = from.digest();
    const QMap<QString, QByteArray> pgDigest = to.digest();
    for (auto it = sqliteDigest.cbegin(); it != sqliteDigest.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(pgDigest.value(it.key()) == it.value());
    }
    CHECK(pgdb->countedRows("service_request") == demo.db().countedRows("service_request"));
    CHECK(pgdb->countedRows("citizen") == demo.db().countedRows("citizen"));
    // The figures PostgreSQL's triggers made as the rows went in are the ones SQLite's made.
    QMap<QString, QStringList> expected = figures(demo.db());
    QMap<QString, QStringList> got = figures(*pgdb);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(got.value(it.key()).size() == it.value().size());
        CHECK(got.value(it.key()) == it.value());
    }
    // Everything went into the change log under the one seq of the copy.
    CHECK(to.currentSeq() == 0);
    CHECK(pg.adminValue(QStringLiteral("SELECT count(DISTINCT key) FROM sync_change WHERE tbl = 'service_request'"))
          == QString::number(demo.db().countedRows("service_request")));

    // The request store's own code on both engines: close a handful of open requests, re-rate one.
    QStringList open;
    {
        Statement s(demo.db(), "SELECT id FROM service_request WHERE closed_at IS NULL ORDER BY id LIMIT 25");
        while (s.step())
            open.append(s.text(0));
    }
    REQUIRE(open.size() == 25);
    for (Database *db : {&demo.db(), pgdb.get()}) {
        INFO((db->isPostgres() ? "PostgreSQL" : "SQLite"));
        RequestRepository requests(*db);
        SyncStore store(*db);
        const auto change = [&]() -> Status {
            for (const QString &id : open) {
                std::optional<ServiceRequest> r = requests.get(id);
                REQUIRE(r.has_value());
                r->status = RequestStatus::Closed;
                r->closedAt = r->createdAt + 3 * 24 * 3600 * 1000LL;
                r->accuracy = AccuracyRating::PartlyAccurate;
                r->stamp = {demo.now, QStringLiteral("test")};
                if (Status st = requests.updateStatus(*r); !st)
                    return st;
            }
            return {};
        };
        const Status s = db->isPostgres() ? store.write(change) : db->transaction(change);
        INFO((s.ok() ? QString() : s.error().message).toStdString());
        REQUIRE(s.ok());
        std::optional<ServiceRequest> again = requests.get(open.first());
        REQUIRE(again.has_value());
        CHECK(again->status == RequestStatus::Closed);
        CHECK(again->accuracy == AccuracyRating::PartlyAccurate);
    }
    CHECK(to.currentSeq() == 1);
    CHECK(pg.adminValue(QStringLiteral("SELECT count(*) FROM sync_change WHERE seq = 1 AND tbl = 'service_request'")) == QLatin1String("25"));
    CHECK(to.digest() == from.digest());
    expected = figures(demo.db());
    got = figures(*pgdb);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(got.value(it.key()) == it.value());
    }
    // A page of the change log reads back the closed requests as they now are.
    Result<ChangePage> page = to.changesAfter(0, 1000);
    REQUIRE(page.ok());
    CHECK(page->to == 1);
    CHECK(SyncStore::withoutSummaries(page->rows).size() == 25);
    // And the summary rows the closures moved, logged for partial replicas.
    CHECK(page->rows.size() > 25);
    for (const SyncRow &r : page->rows)
        CHECK((r.table == QLatin1String("service_request") || SyncStore::summaryTables().contains(r.table)));
}

TEST_CASE("A whole copy into a new SQLite file: the same rows and figures, a request naming a later one, a broken reference refused", "[storage][sync]")
{
    Demo demo;
    // The first request names the last as its original: read in file order, the reference is resolved only
    // at the end of the copy.
    QString first, last;
    {
        Statement s(demo.db(), "SELECT (SELECT id FROM service_request ORDER BY rowid LIMIT 1), (SELECT id FROM service_request ORDER BY rowid DESC LIMIT 1)");
        REQUIRE(s.step());
        first = s.text(0);
        last = s.text(1);
    }
    REQUIRE(demo.db().exec(QStringLiteral("UPDATE service_request SET duplicate_of = '%1' WHERE id = '%2'").arg(last, first)).ok());
    SyncStore from(demo.db());
    QTemporaryDir dir;
    {
        Result<std::unique_ptr<Database>> file = Database::open(dir.filePath(QStringLiteral("copy.civicdesk")));
        REQUIRE(file.ok());
        SyncStore to(*file.value());
        const Status copied = from.copyTo(to);
        INFO((copied.ok() ? QString() : copied.error().message).toStdString());
        REQUIRE(copied.ok());
        CHECK(to.digest() == from.digest());
        CHECK(file.value()->countedRows("service_request") == demo.db().countedRows("service_request"));
        CHECK(file.value()->countedRows("citizen") == demo.db().countedRows("citizen"));
        // The figures added once at the end are the ones the source's triggers made a row at a time.
        const QMap<QString, QStringList> expected = figures(demo.db());
        const QMap<QString, QStringList> got = figures(*file.value());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(got.value(it.key()) == it.value());
        }
        // References are enforced again on the file afterwards.
        CHECK_FALSE(file.value()->exec(QStringLiteral("UPDATE service_request SET citizen_id = 'nobody' WHERE id = '%1'").arg(first)).ok());
    }
    // A source with a request naming a citizen it does not have: nothing is copied, and the message says which.
    REQUIRE(demo.db().exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    REQUIRE(demo.db().exec(QStringLiteral("UPDATE service_request SET citizen_id = 'nobody' WHERE id = '%1'").arg(first)).ok());
    REQUIRE(demo.db().exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    Result<std::unique_ptr<Database>> file = Database::open(dir.filePath(QStringLiteral("broken.civicdesk")));
    REQUIRE(file.ok());
    SyncStore to(*file.value());
    const Status copied = from.copyTo(to);
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().code == QLatin1String("sync.reference"));
    CHECK(copied.error().message.contains(QLatin1String("service_request")));
    CHECK(copied.error().message.contains(QLatin1String("citizen")));
    CHECK(file.value()->countedRows("service_request") == 0);
    Statement none(*file.value(), "SELECT count(*) FROM service_request");
    REQUIRE(none.step());
    CHECK(none.int64(0) == 0);
}

TEST_CASE("A lost PostgreSQL connection: the transaction in flight fails whole, the next one connects again as the same tenant", "[pg]")
{
    PgTestDatabase pg;
    std::unique_ptr<Database> db = openPg(pg.conninfo, QStringLiteral("ATH"));
    REQUIRE(db->setLocalSetting(QStringLiteral("k"), QStringLiteral("before")).ok());
    const auto backend = [&] {
        Statement s(*db, "SELECT pg_backend_pid()");
        REQUIRE(s.step());
        return s.int64(0);
    };
    const qint64 first = backend();
    // The server goes away in the middle of a change (a restart, a failover): nothing of it stays.
    Status lost = db->transaction([&]() -> Status {
        if (Status st = db->setLocalSetting(QStringLiteral("k"), QStringLiteral("half")); !st)
            return st;
        pg.adminValue(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(first));
        return db->setLocalSetting(QStringLiteral("k2"), QStringLiteral("second half"));
    });
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().code == QLatin1String("db.unavailable"));
    // The next change connects again, still as ATH (row-level security would show nothing otherwise).
    CHECK(db->setLocalSetting(QStringLiteral("k3"), QStringLiteral("after")).ok());
    CHECK(backend() != first);
    CHECK(db->localSetting(QStringLiteral("k")) == QLatin1String("before"));
    CHECK(db->localSetting(QStringLiteral("k2"), QStringLiteral("none")) == QLatin1String("none"));
    CHECK(db->localSetting(QStringLiteral("k3")) == QLatin1String("after"));
    CHECK(pg.adminValue(QStringLiteral("SELECT count(*) FROM local_setting WHERE tenant_code = 'ATH' AND key IN ('k', 'k2', 'k3')")) == QLatin1String("2"));
}
