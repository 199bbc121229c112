// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "deferredupkeep.h"

#include "migrations.h"
#include "pgconnection.h"
#include "statement.h"
#include "sqlfunctions.h"
#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace CivicDesk {
namespace {

/// Before anything opens a database (static initialisation, ahead of main): no global count of SQLite's memory.
/// With it every allocation of every connection takes one process-wide mutex, and a process with many connections
/// on several threads (a desk's sync threads, the benchmark's fifty desks) queues on it; nothing here reads the count.
const int sqliteConfigured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return 0;
}();

QAtomicInt connectionCounter;

// A file we may open: absent or empty (a new database), or an SQLite file. Anything else is left alone.
//
// The header is read through SQLite, never with a plain open() and close() of the file: POSIX advisory locks
// belong to the process and a close() of *any* descriptor of the file drops them all, so a second connection
// opened by this process (the sync agent's, the map's) would otherwise let another process think it was alone
// with the file and checkpoint and delete the write-ahead log under this one. SQLite's own file layer shares
// one descriptor per file within a process and defers closes while locks are held.
Status checkHeader(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    if (!info.isReadable())
        return Error{QStringLiteral("db.unreadable"), Tr::tr("Cannot read %1: %2").arg(path, Tr::tr("permission denied"))};
    sqlite3 *h = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    int headerRc = rc;
    if (rc == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        headerRc = sqlite3_prepare_v2(h, "SELECT 1 FROM sqlite_schema LIMIT 1", -1, &s, nullptr);
        if (headerRc == SQLITE_OK)
            headerRc = sqlite3_step(s) == SQLITE_ROW || sqlite3_errcode(h) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(h);
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    if ((headerRc & 0xff) == SQLITE_NOTADB) {
        return Error{QStringLiteral("db.not-sqlite"),
                     Tr::tr("%1 is not a CivicDesk database (it is not an SQLite file, or its header is damaged). "
                            "The file was left untouched.")
                         .arg(path)};
    }
    return {}; // other failures (locked, corrupt further in) are met and explained when the file is opened
}

int pragmaInt(const QSqlDatabase &db, const char *pragma, bool *ok)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) || !q.next()) {
        *ok = false;
        return 0;
    }
    *ok = true;
    return q.value(0).toInt();
}

/// "r--r--r--": what the owner, the group and the others may do.
QString permissionText(const QFileInfo &info)
{
    const QFileDevice::Permissions p = info.permissions();
    QString t;
    for (const auto &[r, w, x] : {std::tuple{QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner},
                                  std::tuple{QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup},
                                  std::tuple{QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther}}) {
        t += p.testFlag(r) ? u'r' : u'-';
        t += p.testFlag(w) ? u'w' : u'-';
        t += p.testFlag(x) ? u'x' : u'-';
    }
    return t;
}

Error corruptError(const QString &path, const QString &detail)
{
    return Error{QStringLiteral("db.corrupt"),
                 Tr::tr("%1 cannot be read as a database (%2). It may be damaged; it was left untouched. "
                        "Restore it from a backup or choose another file.")
                     .arg(path, detail)};
}

} // namespace

Database::Database(QString path, QString connectionName, Mode mode)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
{
}

void Database::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Status Database::replaceFile(const QString &path, const QString &replacement, const QString &keptAs)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!QFile::rename(path, keptAs))
        return Error{QStringLiteral("db.replace"), Tr::tr("%1 could not be set aside as %2.").arg(path, keptAs)};
    if (!QFile::rename(replacement, path)) {
        QFile::rename(keptAs, path);
        return Error{QStringLiteral("db.replace"), Tr::tr("%1 could not take the place of %2.").arg(replacement, path)};
    }
    return {};
}

Database::~Database()
{
    if (m_pg)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Fresh statistics for the query planner on the way out, from a sample of each index: a full
            // analysis of a table of 3 million requests (which an index with no statistics, such as an empty
            // partial one, asks for at every close) took 3 to 4 seconds.
            if (m_mode == Mode::ReadWrite && m_handle)
                sqlite3_exec(m_handle, "PRAGMA analysis_limit = 400; PRAGMA optimize", nullptr, nullptr, nullptr);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    return openImpl(path, mode, currentSchemaVersion);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    return openImpl(path, Mode::ReadWrite, version);
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &path, Mode mode, int targetVersion)
{
    if (path.isEmpty())
        return Error{QStringLiteral("db.no-path"), Tr::tr("No database file was given.")};
    const QFileInfo info(path);
    if (mode == Mode::ReadOnly && !info.exists())
        return Error{QStringLiteral("db.missing"), Tr::tr("The database %1 does not exist.").arg(path)};
    if (info.exists() && !info.isFile())
        return Error{QStringLiteral("db.not-file"), Tr::tr("%1 is not a file.").arg(path)};
    if (Status s = checkHeader(path); !s)
        return s.error();
    // A file this user may not write, or one in a folder this user may not write (where SQLite keeps its journal
    // beside it), opens for reading; writes are refused with a message that names the permission.
    QString readOnlyReason;
    const QFileInfo folder(info.absolutePath());
    if (info.exists() && !info.isWritable())
        readOnlyReason = Tr::tr("the file is read-only for this user (%1, owner %2)").arg(permissionText(info), info.owner());
    else if (info.exists() && !folder.isWritable())
        readOnlyReason = Tr::tr("its folder %1 is read-only for this user (%2, owner %3)")
                             .arg(QDir::toNativeSeparators(folder.absoluteFilePath()), permissionText(folder), folder.owner());
    if (mode == Mode::ReadWrite && !readOnlyReason.isEmpty())
        mode = Mode::ReadOnly;
    // In a folder it cannot write, SQLite cannot make the shared-memory file a reader of a write-ahead-logged
    // file needs: the file is then read as unchanging. Changes still in its -wal file would be missed that way,
    // so such a file is refused with what to do.
    bool immutable = false;
    if (mode == Mode::ReadOnly && info.exists() && !folder.isWritable() && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
            return Error{QStringLiteral("db.read-only-wal"),
                         Tr::tr("%1 can only be read (%2), and changes not yet written into it wait in %3. Open it once where it "
                                "can be written, or copy it together with that file to a folder of yours.")
                             .arg(QDir::toNativeSeparators(path), readOnlyReason, QDir::toNativeSeparators(path + QStringLiteral("-wal")))};
        }
        immutable = true;
    }

    const QString name = QStringLiteral("civicdesk-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name, mode));
    database->m_readOnlyReason = readOnlyReason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            return Error{QStringLiteral("db.no-driver"),
                         Tr::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).")};
        }
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (immutable) {
            db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"))));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            return Error{QStringLiteral("db.open"),
                         Tr::tr("Cannot open %1: %2").arg(path, db.lastError().text())};
        }
        const QVariant v = db.driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            database->m_handle = *static_cast<sqlite3 *const *>(v.constData());
        if (!database->m_handle)
            return Error{QStringLiteral("db.no-handle"), Tr::tr("The SQLite driver gave no connection handle.")};
    }
    if (Status s = database->configure(); !s)
        return s.error();
    registerSqlFunctions(database->m_handle, &database->m_counting); // before any migration: the summaries' triggers call them

    const int version = database->schemaVersion();
    if (version > currentSchemaVersion) {
        return Error{QStringLiteral("db.newer-schema"),
                     Tr::tr("%1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). "
                            "Update CivicDesk to open it; the file was left untouched.")
                         .arg(path)
                         .arg(version)
                         .arg(currentSchemaVersion)};
    }
    if (version < targetVersion) {
        if (mode == Mode::ReadOnly) {
            return Error{QStringLiteral("db.read-only-migration"),
                         Tr::tr("%1 needs an upgrade of its schema (version %2 to %3) but can only be read.")
                             .arg(path)
                             .arg(version)
                             .arg(targetVersion)};
        }
        if (Status s = database->migrateTo(targetVersion); !s)
            return s.error();
    }
    // An import killed before its end left its indexes and figures to be made (DeferredUpkeep).
    if (targetVersion == currentSchemaVersion && mode == Mode::ReadWrite)
        if (Status s = DeferredUpkeep::finishPending(*database); !s)
            return s.error();
    return database;
}

Status Database::configure()
{
    QSqlDatabase db = sql();
    bool ok = false;
    // Reading the header pages: a damaged file fails here.
    const int appId = pragmaInt(db, "application_id", &ok);
    if (!ok && (sqlite3_extended_errcode(m_handle) & 0xff) == SQLITE_READONLY)
        return lastError(Tr::tr("reading the file"));
    if (!ok)
        return corruptError(m_path, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    const int version = pragmaInt(db, "user_version", &ok);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return corruptError(m_path, q.lastError().databaseText());
    const int objects = q.value(0).toInt();
    q.finish(); // an active statement would hold a read transaction open
    if (appId != 0 && appId != applicationId) {
        return Error{QStringLiteral("db.foreign"),
                     Tr::tr("%1 is an SQLite file of another program, not a CivicDesk database. It was left untouched.")
                         .arg(m_path)};
    }
    if (appId == 0 && (version != 0 || objects > 0)) {
        return Error{QStringLiteral("db.foreign"),
                     Tr::tr("%1 is an SQLite file of another program, not a CivicDesk database. It was left untouched.")
                         .arg(m_path)};
    }

    const char *pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY",
                             "PRAGMA cache_size = -32768", "PRAGMA mmap_size = 268435456"};
    for (const char *p : pragmas) {
        if (sqlite3_exec(m_handle, p, nullptr, nullptr, nullptr) != SQLITE_OK)
            return lastError(QString::fromLatin1(p));
    }
    if (m_mode == Mode::ReadWrite) {
        if (sqlite3_exec(m_handle, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr) != SQLITE_OK)
            return lastError(Tr::tr("switching to write-ahead logging"));
    }
    return {};
}

int Database::schemaVersion() const
{
    if (m_pg) {
        QByteArray v;
        return m_pg->value("SELECT max(version) FROM civicdesk_schema", &v) ? v.toInt() : -1;
    }
    bool ok = false;
    const int v = pragmaInt(sql(), "user_version", &ok);
    return ok ? v : -1;
}

Status Database::migrateTo(int targetVersion)
{
    for (const Migration &m : migrations()) {
        if (m.version <= schemaVersion() || m.version > targetVersion)
            continue;
        qCInfo(lcStorage) << "migrating" << m_path << "to schema version" << m.version << m.description;
        // A rebuild drops tables: with foreign keys on, that would delete their children. Both pragmas can only
        // change outside a transaction; the keys are checked before the commit instead.
        if (m.rebuildsTables)
            sqlite3_exec(m_handle, "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON", nullptr, nullptr, nullptr);
        Status s = transaction([&]() -> Status {
            if (m.version == 1) {
                if (Status st = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !st)
                    return st;
            }
            if (sqlite3_exec(m_handle, m.sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return lastError(Tr::tr("upgrading the schema to version %1").arg(m.version));
            if (m.after) {
                if (Status st = m.after(*this); !st)
                    return st;
            }
            if (m.rebuildsTables) {
                sqlite3_stmt *check = nullptr;
                sqlite3_prepare_v2(m_handle, "PRAGMA foreign_key_check", -1, &check, nullptr);
                const bool broken = check && sqlite3_step(check) == SQLITE_ROW;
                sqlite3_finalize(check);
                if (broken) {
                    return Error{QStringLiteral("db.migration-keys"),
                                 Tr::tr("Upgrading %1 to schema version %2 would break references between its rows; "
                                        "it was left as it was.").arg(m_path).arg(m.version)};
                }
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        });
        if (m.rebuildsTables)
            sqlite3_exec(m_handle, "PRAGMA legacy_alter_table = OFF; PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        if (!s)
            return s;
    }
    return targetVersion == currentSchemaVersion ? finishMigrations(*this) : Status{};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_mode == Mode::ReadOnly)
        return readOnlyError();
    if (m_pg)
        return pgTransaction(work);
    if (!sqlite3_get_autocommit(m_handle)) {
        // Inside a transaction already (a synced desk keeps a command and its outbox entry in one): the work
        // is a savepoint of it, undone alone when it fails.
        if (sqlite3_exec(m_handle, "SAVEPOINT nested_work", nullptr, nullptr, nullptr) != SQLITE_OK)
            return lastError(Tr::tr("starting a transaction"));
        Status s = work();
        if (s && sqlite3_exec(m_handle, "RELEASE nested_work", nullptr, nullptr, nullptr) == SQLITE_OK)
            return s;
        if (s)
            s = lastError(Tr::tr("saving the changes"));
        sqlite3_exec(m_handle, "ROLLBACK TO nested_work; RELEASE nested_work", nullptr, nullptr, nullptr);
        return s;
    }
    if (sqlite3_exec(m_handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError(Tr::tr("starting a transaction"));
    Status s = work();
    if (s) {
        if (sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK)
            return s;
        s = lastError(Tr::tr("saving the changes"));
    }
    sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
}

Status Database::read(const std::function<Status()> &work)
{
    if (m_pg) {
        if (m_pg->inTransaction())
            return work();
        if (!m_pg->ensureConnected() || !m_pg->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            return lastError(Tr::tr("starting a transaction"));
        m_pg->enterTransaction();
        Status s = work();
        m_pg->leaveTransaction();
        m_pg->exec("COMMIT");
        return s;
    }
    if (!sqlite3_get_autocommit(m_handle))
        return work(); // inside a transaction already: that is the moment
    if (sqlite3_exec(m_handle, "BEGIN DEFERRED", nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError(Tr::tr("starting a transaction"));
    Status s = work();
    sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
    return s;
}

Status Database::exec(const QString &statement)
{
    if (m_pg)
        return m_pg->ensureConnected() && m_pg->exec(toPgDialect(statement.toUtf8().constData())) ? Status{} : lastError(statement.left(60));
    if (sqlite3_exec(m_handle, statement.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError(statement.left(60));
    return {};
}

Status Database::setPageCacheKiB(qint64 kib)
{
    if (m_pg)
        return {}; // the server's shared buffers are PostgreSQL's own setting
    return exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

bool Database::inTransaction() const
{
    return m_pg ? m_pg->inTransaction() : !sqlite3_get_autocommit(m_handle);
}

Status Database::savepoint(const char *name)
{
    return exec(QStringLiteral("SAVEPOINT ") + QLatin1String(name));
}

Status Database::release(const char *name)
{
    return exec(QStringLiteral("RELEASE ") + QLatin1String(name));
}

void Database::rollbackTo(const char *name)
{
    (void)exec(QStringLiteral("ROLLBACK TO ") + QLatin1String(name));
    (void)exec(QStringLiteral("RELEASE ") + QLatin1String(name));
}

Error Database::readOnlyError() const
{
    if (!m_readOnlyReason.isEmpty())
        return Error{QStringLiteral("db.read-only"), Tr::tr("%1 is open read-only: %2. Nothing was changed.").arg(m_path, m_readOnlyReason)};
    return Error{QStringLiteral("db.read-only"), Tr::tr("%1 is open read-only; nothing was changed.").arg(m_path)};
}

Error Database::lastError(const QString &context) const
{
    if (m_pg)
        return pgError(context);
    const int code = sqlite3_extended_errcode(m_handle);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Error{QStringLiteral("db.full"),
                     Tr::tr("The disk holding %1 is full; nothing of this change was saved.").arg(m_path)};
    case SQLITE_READONLY:
        return readOnlyError();
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return corruptError(m_path, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{QStringLiteral("db.busy"),
                     Tr::tr("%1 is in use by another program; try again in a moment.").arg(m_path)};
    default:
        return Error{QStringLiteral("db.error"), Tr::tr("Database error while %1: %2").arg(context, detail)};
    }
}

std::pair<qint64, qint64> Database::changeStamp() const
{
    if (m_pg) {
        QByteArray v;
        m_pg->value("SELECT seq FROM sync_clock", &v);
        return {v.toLongLong(), 0};
    }
    qint64 version = -1;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA data_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        version = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return {version, sqlite3_total_changes64(m_handle)};
}

qint64 Database::lastInsertLocalId() const
{
    if (m_pg) {
        QByteArray v;
        return m_pg->value("SELECT lastval()", &v) ? v.toLongLong() : 0;
    }
    return sqlite3_last_insert_rowid(m_handle);
}

qint64 Database::changes() const
{
    return m_pg ? m_pg->lastChanges() : sqlite3_changes64(m_handle);
}

bool Database::lastFailureWasDuplicate() const
{
    if (m_pg)
        return m_pg->lastState() == "23505";
    const int code = sqlite3_extended_errcode(m_handle);
    return code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
}

qint64 Database::countedRows(const char *table) const
{
    if (m_pg) {
        Statement s(*this, "SELECT n FROM row_count WHERE name = ?");
        s.bind(1, QByteArray(table));
        return s.step() ? s.int64(0) : 0;
    }
    sqlite3_stmt *s = nullptr;
    qint64 n = 0;
    if (sqlite3_prepare_v2(m_handle, "SELECT n FROM row_count WHERE name = ?", -1, &s, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
        if (sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
    return n;
}

QString Database::localSetting(const QString &key, const QString &fallback) const
{
    if (m_pg) {
        Statement s(*this, "SELECT value FROM local_setting WHERE key = ?");
        s.bind(1, key);
        return s.step() ? s.text(0) : fallback;
    }
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("SELECT value FROM local_setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Database::setLocalSetting(const QString &key, const QString &value)
{
    if (m_pg) {
        Statement s(*this, "INSERT INTO local_setting(key, value) VALUES (?, ?) ON CONFLICT(tenant_code, key) DO UPDATE SET value = excluded.value");
        s.bind(1, key);
        s.bind(2, value.isNull() ? QStringLiteral("") : value);
        return s.exec() ? Status{} : lastError(Tr::tr("saving a setting"));
    }
    QSqlQuery q(sql());
    q.prepare(QStringLiteral("INSERT INTO local_setting(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QString::fromLatin1("") : value); // a null QString binds as NULL: an empty setting is ''
    if (!q.exec())
        return lastError(Tr::tr("saving a setting"));
    return {};
}

Status Database::setMaxPageCount(int pages)
{
    if (m_pg)
        return Error{QStringLiteral("db.unsupported"), Tr::tr("A PostgreSQL store has no page limit.")};
    return exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

} // namespace CivicDesk
