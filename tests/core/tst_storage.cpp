// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/storage/searchindexer.h"
#include "core/search/searchservice.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/walcheckpointer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString journalMode(Database &db)
{
    SqliteStatement s(SqliteAccess::handle(db), "PRAGMA journal_mode");
    return s.step() ? s.text(0) : QString();
}

} // namespace

TEST_CASE("a new file gets the whole schema, WAL and foreign keys", "[storage]")
{
    TempDatabase t{QString()};
    CHECK(t.db->schemaVersion() == Database::currentSchemaVersion);
    CHECK(journalMode(*t.db) == QStringLiteral("wal"));
    SqliteStatement fk(SqliteAccess::handle(*t.db), "PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.int64(0) == 1);
    SqliteStatement app(SqliteAccess::handle(*t.db), "PRAGMA application_id");
    REQUIRE(app.step());
    CHECK(app.int64(0) == Database::applicationId);
    // Every migration counted, in order.
    int expected = 1;
    for (const Migration &m : migrations())
        CHECK(m.version == expected++);
    CHECK(expected - 1 == Database::currentSchemaVersion);
    // Reopening changes nothing.
    t.reopen();
    CHECK(t.db->schemaVersion() == Database::currentSchemaVersion);
}

TEST_CASE("every earlier schema version is migrated with its data, and becomes searchable", "[storage][migration]")
{
    for (int from = 1; from < Database::currentSchemaVersion; ++from) {
        INFO("from version " << from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.civicdesk"));
        {
            Result<std::unique_ptr<Database>> old = Database::openAtVersion(path, from);
            REQUIRE(old.ok());
            CHECK(old.value()->schemaVersion() == from);
            Database &db = *old.value();
            REQUIRE(db.exec(QStringLiteral("INSERT INTO tenant(id, name, country, languages, time_zone, updated_at, updated_by) "
                                           "VALUES ('t', 'Old town', 'GR', 'el', 'Europe/Athens', 1, 'x')")).ok());
            if (from == 1) { // before the search index: plain rows, as version 1 wrote them
                REQUIRE(db.exec(QStringLiteral("INSERT INTO citizen(id, tenant_id, kind, given_name, family_name, created_at, updated_at, updated_by) "
                                               "VALUES ('c1', 't', 'person', 'Ελένη', 'Βλάχου', 1, 1, 'x')")).ok());
                REQUIRE(db.exec(QStringLiteral("INSERT INTO citizen_phone(citizen_id, position, e164, typed, valid) "
                                               "VALUES ('c1', 0, '+302101234567', '210 123 4567', 1)")).ok());
            } else { // with the search index, as versions 2 to 7 wrote it: keys naming the citizen's rowid
                Citizen c = person(QStringLiteral("Ελένη"), QStringLiteral("Βλάχου"), QStringLiteral("210 123 4567"));
                // A citizen removed before leaves a gap, so the rowid of c1 (2) is not what a renumbering gives.
                REQUIRE(db.exec(QStringLiteral("INSERT INTO citizen(id, tenant_id, kind, created_at, updated_at, updated_by) "
                                               "VALUES ('c0', 't', 'person', 1, 1, 'x')")).ok());
                REQUIRE(db.exec(QStringLiteral("INSERT INTO citizen(id, tenant_id, kind, given_name, family_name, created_at, updated_at, updated_by) "
                                               "VALUES ('c1', 't', 'person', 'Ελένη', 'Βλάχου', 1, 1, 'x')")).ok());
                REQUIRE(db.exec(QStringLiteral("DELETE FROM citizen WHERE id = 'c0'")).ok());
                REQUIRE(db.exec(QStringLiteral("INSERT INTO citizen_phone(citizen_id, position, e164, typed, valid) "
                                               "VALUES ('c1', 0, '+302101234567', '210 123 4567', 1)")).ok());
                for (const QString &key : SearchIndexer::citizenKeys(c, PhoneNormalizer(QStringLiteral("GR"))))
                    REQUIRE(db.exec(QString::fromLatin1((from < 8 ? "INSERT INTO citizen_key(key, citizen_rowid) VALUES ('%1', 2)" : "INSERT INTO citizen_key(key, citizen_local_id) VALUES ('%1', 2)")).arg(key)).ok());
            }
        }
        Result<std::unique_ptr<Database>> now = Database::open(path);
        REQUIRE(now.ok());
        CHECK(now.value()->schemaVersion() == Database::currentSchemaVersion);
        CHECK(CitizenRepository(*now.value()).count() == 1);
        if (from >= 2) { // the number the keys name is kept
            SqliteStatement local(SqliteAccess::handle(*now.value()), "SELECT local_id FROM citizen WHERE id = 'c1'");
            REQUIRE(local.step());
            CHECK(local.int64(0) == 2);
        }
        SearchService search(*now.value(), QStringLiteral("GR"));
        QList<SearchHit> hits = search.search(QStringLiteral("vlachou"));
        REQUIRE(hits.size() == 1);
        CHECK(hits.first().id == QStringLiteral("c1"));
        hits = search.search(QStringLiteral("210 123 4567"));
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.first().reason == SearchHit::Reason::PhoneExact);
    }
}

TEST_CASE("a file from a newer CivicDesk is refused and left untouched", "[storage]")
{
    TempDatabase t{QString()};
    REQUIRE(t.db->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
    t.db.reset();
    const QByteArray before = fileHash(t.path);
    Result<std::unique_ptr<Database>> r = Database::open(t.path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("db.newer-schema"));
    CHECK(r.error().message.contains(QStringLiteral("99")));
    CHECK(fileHash(t.path) == before);
}

TEST_CASE("a corrupt, truncated or foreign file gives a clear error and is never overwritten", "[storage]")
{
    QTemporaryDir dir;
    SECTION("not SQLite at all")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.civicdesk"));
        writeFile(path, QByteArray(5000, 'x'));
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("db.not-sqlite"));
        CHECK(fileHash(path) == before);
    }
    SECTION("SQLite header, damaged body")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.civicdesk"));
        {
            TempDatabase t(QStringLiteral("GR"));
            t.db.reset();
            QFile f(t.path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            QByteArray bytes = f.readAll();
            for (qsizetype i = 100; i < bytes.size(); ++i)
                bytes[i] = char(0xA5); // keep the 100-byte header, wreck every page
            writeFile(path, bytes);
        }
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK((r.error().code == QStringLiteral("db.corrupt") || r.error().code == QStringLiteral("db.error")));
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite file")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        sqlite3_exec(raw, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1);", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> r = Database::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("db.foreign"));
        CHECK(fileHash(path) == before);
    }
    SECTION("a directory")
    {
        Result<std::unique_ptr<Database>> r = Database::open(dir.path());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("db.not-file"));
    }
    SECTION("read-only mode on a missing file")
    {
        Result<std::unique_ptr<Database>> r = Database::open(dir.filePath(QStringLiteral("missing")), Database::Mode::ReadOnly);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("db.missing"));
    }
}

TEST_CASE("a full disk rolls the whole change back with a clear message", "[storage]")
{
    TempDatabase t;
    CitizenRepository repo(*t.db);
    const qint64 before = repo.count();
    SqliteStatement pages(SqliteAccess::handle(*t.db), "PRAGMA page_count");
    REQUIRE(pages.step());
    REQUIRE(t.db->setMaxPageCount(int(pages.int64(0)) + 2).ok());
    Status s = t.db->transaction([&]() -> Status {
        for (int i = 0; i < 5000; ++i) {
            Citizen c = person(QStringLiteral("Όνομα%1").arg(i), QStringLiteral("Επώνυμο μεγάλο κείμενο %1").arg(i));
            c.notes = QString(400, u'x');
            if (Status st = repo.insert(c); !st)
                return st;
        }
        return {};
    });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("db.full"));
    CHECK(repo.count() == before);
}

TEST_CASE("a read-only database opens for reading and refuses writes", "[storage]")
{
    TempDatabase t;
    t.db.reset();
    SECTION("opened read-only")
    {
        Result<std::unique_ptr<Database>> r = Database::open(t.path, Database::Mode::ReadOnly);
        REQUIRE(r.ok());
        CHECK(r.value()->isReadOnly());
        CHECK(CitizenRepository(*r.value()).count() == 0); // reading works
        Status s = r.value()->transaction([] { return Status{}; });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("db.read-only"));
    }
    SECTION("a file without write permission")
    {
        QFile::setPermissions(t.path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        if (QFileInfo(t.path).isWritable()) { // root may write anyway: nothing to check here
            WARN("skipped: running as root, file permissions do not make the file read-only");
            return;
        }
        Result<std::unique_ptr<Database>> r = Database::open(t.path);
        REQUIRE(r.ok());
        CHECK(r.value()->isReadOnly());
    }
}

TEST_CASE("history is append-only", "[storage]")
{
    TempDatabase t;
    REQUIRE(t.db->exec(QStringLiteral("INSERT INTO service_type(id, tenant_id, code, name, updated_at, updated_by) VALUES ('ty', 'tenant', 'x', '{}', 1, 't')")).ok());
    REQUIRE(t.db->exec(QStringLiteral("INSERT INTO service_request(id, tenant_id, tracking_number, channel, service_type_id, status, created_at, updated_at, updated_by) "
                                      "VALUES ('r', 'tenant', '26-T1-1', 'phone', 'ty', 'new', 1, 1, 't')")).ok());
    REQUIRE(t.db->exec(QStringLiteral("INSERT INTO request_event(id, request_id, kind, at, actor_id) VALUES ('e', 'r', 'created', 1, 'u')")).ok());
    Status s = t.db->exec(QStringLiteral("UPDATE request_event SET body = 'rewritten' WHERE id = 'e'"));
    CHECK_FALSE(s.ok());
}

namespace {

/// Writes @p transactions commits of 100 rows of 1 KB each into a table of their own; the -wal file's size after.
qint64 writeCommits(TempDatabase &t, int transactions)
{
    for (int i = 0; i < transactions; ++i) {
        REQUIRE(t.db->transaction([&]() -> Status {
            SqliteStatement insert(SqliteAccess::handle(*t.db), "INSERT INTO checkpoint_probe(body) VALUES (randomblob(1024))");
            for (int r = 0; r < 100; ++r)
                if (!insert.exec())
                    return Error{QStringLiteral("test"), insert.errorMessage()};
            return {};
        }).ok());
    }
    return QFileInfo(t.path + QStringLiteral("-wal")).size();
}

qint64 probeRows(Database &db)
{
    SqliteStatement s(SqliteAccess::handle(db), "SELECT count(*) FROM checkpoint_probe");
    return s.step() ? s.int64(0) : -1;
}

} // namespace

TEST_CASE("a long write's log is copied into the file on a thread of its own, and stays bounded", "[storage]")
{
    TempDatabase t;
    REQUIRE(t.db->exec(QStringLiteral("CREATE TABLE checkpoint_probe(id INTEGER PRIMARY KEY, body BLOB)")).ok());
    const qint64 mb = 1024 * 1024;
    {
        // 60 commits of about 110 KB each: with a limit of 1 MB the log starts again whenever it passes it.
        WalCheckpointer checkpointer(*t.db, mb);
        REQUIRE(checkpointer.active());
        const qint64 wal = writeCommits(t, 60);
        CHECK(wal > 0);
        CHECK(wal < 2 * mb);
    }
    CHECK(probeRows(*t.db) == 6000);
    {
        // Everything was copied when the checkpointer went: a passive checkpoint finds nothing left to copy.
        int logged = -2, copied = -2;
        REQUIRE(sqlite3_wal_checkpoint_v2(SqliteAccess::handle(*t.db), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied) == SQLITE_OK);
        CHECK(logged == copied);
    }
    {
        // The bound is the limit's doing: with a limit larger than all of it, the log holds every commit.
        WalCheckpointer checkpointer(*t.db, 1024 * mb);
        CHECK(writeCommits(t, 60) > 6 * mb);
    }
    CHECK(probeRows(*t.db) == 12000);
}
