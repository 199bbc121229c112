// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredupkeep.h"

#include "bulkload.h"
#include "database.h"
#include "sqliteaccess.h"
#include "sqlfunctions.h"
#include "sqlitestatement.h"
#include "statement.h"
#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QUrl>

#include <sqlite3.h>

#include <optional>
#include <thread>

namespace CivicDesk {
namespace {

constexpr char settingKey[] = "import.deferred-upkeep";

QString lockPath(const Database &db)
{
    return db.path() + QStringLiteral(".import-lock");
}

/// The dashboard's figures computed from the requests on a connection and a thread of their own, into a
/// scratch file beside the database, while the importing connection makes the indexes and the heat map again:
/// the passes over the table run on two cores. Made while the importing connection holds the write lock, so
/// the requests it reads are the ones that lock keeps from changing; copyInto() then puts the figures in place
/// in the importing connection's transaction. The same SQL as BulkLoad::rebuildSummaries(), run as it is: in
/// the scratch file the summary tables are its own (main), the requests the database's (attached read-only).
/// (320,000 requests: 4.6 s of figures that the index making's 4.5 s no longer waits for.)
class FigureBuilder
{
public:
    FigureBuilder(const QString &databasePath, const char *script)
        : m_source(databasePath)
        , m_scratch(databasePath + QStringLiteral(".figures"))
        , m_script(script)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~FigureBuilder()
    {
        if (m_thread.joinable())
            m_thread.join();
        sqlite3_close(m_handle);
        QFile::remove(m_scratch);
    }
    FigureBuilder(const FigureBuilder &) = delete;
    FigureBuilder &operator=(const FigureBuilder &) = delete;

    /// Waits for the figures and replaces the database's summary tables with them.
    Status copyInto(Database &db)
    {
        m_thread.join();
        if (!m_error.isEmpty())
            return Error{QStringLiteral("db.figures"), Tr::tr("The dashboard's figures could not be made in %1: %2").arg(m_scratch, m_error)};
        sqlite3 *to = SqliteAccess::handle(db);
        for (const QString &table : std::as_const(m_tables)) {
            if (Status st = db.exec(QStringLiteral("DELETE FROM main.%1").arg(table)); !st)
                return st;
            SqliteStatement read(m_handle, QByteArray("SELECT * FROM main." + table.toLatin1()).constData());
            const int columns = sqlite3_column_count(rawOf(read));
            QByteArray insert = "INSERT INTO main." + table.toLatin1() + " VALUES (";
            for (int c = 0; c < columns; ++c)
                insert += c ? ",?" : "?";
            insert += ')';
            sqlite3_stmt *write = nullptr;
            if (sqlite3_prepare_v2(to, insert.constData(), -1, &write, nullptr) != SQLITE_OK)
                return db.lastError(Tr::tr("copying the dashboard's figures"));
            int rc = SQLITE_DONE;
            while (read.step()) {
                for (int c = 0; c < columns; ++c)
                    sqlite3_bind_value(write, c + 1, sqlite3_column_value(rawOf(read), c));
                rc = sqlite3_step(write);
                sqlite3_reset(write);
                if (rc != SQLITE_DONE)
                    break;
            }
            sqlite3_finalize(write);
            if (rc != SQLITE_DONE)
                return db.lastError(Tr::tr("copying the dashboard's figures"));
            if (read.lastResultCode() != SQLITE_DONE)
                return Error{QStringLiteral("db.figures"), Tr::tr("The dashboard's figures could not be read back from %1: %2").arg(m_scratch, read.errorMessage())};
        }
        return {};
    }

private:
    static sqlite3_stmt *rawOf(const SqliteStatement &s) { return SqliteAccess::statement(s); }

    bool exec(const QByteArray &sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, &error) == SQLITE_OK)
            return true;
        m_error = QString::fromUtf8(error ? error : sqlite3_errmsg(m_handle));
        sqlite3_free(error);
        return false;
    }

    void run()
    {
        QFile::remove(m_scratch);
        if (sqlite3_open_v2(m_scratch.toUtf8().constData(), &m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            return;
        }
        registerSqlFunctions(m_handle);
        if (!exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072"))
            return;
        {
            SqliteStatement attach(m_handle, "ATTACH ? AS src");
            attach.bind(1, QUrl::fromLocalFile(QFileInfo(m_source).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro"));
            if (!attach.exec()) {
                m_error = attach.errorMessage();
                return;
            }
        }
        const Result<QByteArray> script = BulkLoad::scriptText(m_script);
        if (!script) {
            m_error = script.error().message;
            return;
        }
        const QByteArray &sql = script.value();
        // The script first empties what it rebuilds: those are the tables made here and copied back.
        static const QRegularExpression emptied(QStringLiteral("^DELETE FROM (\\w+);"), QRegularExpression::MultilineOption);
        for (auto it = emptied.globalMatch(QString::fromUtf8(sql)); it.hasNext();)
            m_tables.append(it.next().captured(1));
        for (const QString &table : std::as_const(m_tables)) {
            SqliteStatement ddl(m_handle, "SELECT sql FROM src.sqlite_schema WHERE type = 'table' AND name = ?");
            ddl.bind(1, table);
            if (!ddl.step()) {
                m_error = QStringLiteral("no table %1").arg(table);
                return;
            }
            if (!exec(ddl.text(0).toUtf8()))
                return;
        }
        if (!exec("BEGIN; " + sql + "; COMMIT; DETACH DATABASE src"))
            return;
    }

    QString m_source, m_scratch;
    const char *m_script;
    sqlite3 *m_handle = nullptr;
    QStringList m_tables;
    QString m_error;
    std::thread m_thread;
};

} // namespace

DeferredUpkeep::DeferredUpkeep(Database &db)
    : m_db(db)
    , m_lock(std::make_unique<QLockFile>(lockPath(db)))
{
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however long the import runs
    (void)m_lock->tryLock(0);
}

DeferredUpkeep::~DeferredUpkeep()
{
    m_db.m_counting = true;
    m_lock->unlock();
}

Status DeferredUpkeep::begin()
{
    if (!m_lock->isLocked()) {
        return Error{QStringLiteral("import.running"),
                     Tr::tr("Another import into %1 is running (its lock file %2 is held).").arg(m_db.path(), lockPath(m_db))};
    }
    QJsonArray putOff;
    QStringList names;
    {
        // Explicit, non-unique indexes: a unique one keeps rows apart and stays. So do the partial indexes over
        // columns an import leaves empty (citizen, cluster, recurrence, escalation): an imported row adds
        // nothing to them, while making each again at the end takes a pass over the whole table. (The partial
        // indexes over open requests are dropped too: kept up row by row, the one open row in seven of a
        // city's history cost more than passing over the table at the end, 5 s against 2 s for 320,000 rows.)
        // And the triggers that count each new request into the dashboard's figures (off for this connection
        // anyway): even when they count nothing, each insert runs them as programs of their own, with a
        // statement journal (about a quarter of an insert's cost). Other desks' inserts meanwhile are counted
        // by the rebuild at the end, which counts every request.
        SqliteStatement s(SqliteAccess::handle(m_db),
                          "SELECT upper(type) || ' ' || name, sql FROM sqlite_schema WHERE tbl_name = 'service_request' AND sql IS NOT NULL AND "
                          "((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%' AND name NOT IN ('service_request_external', "
                          "'service_request_citizen', 'service_request_cluster', 'service_request_recurrence', 'service_request_escalation')) "
                          "OR (type = 'trigger' AND name LIKE '%counted' AND sql LIKE '%AFTER INSERT ON service_request%')) "
                          "ORDER BY type, name");
        while (s.step()) {
            names.append(s.text(0));
            putOff.append(s.text(1));
        }
    }
    // Put off already by an import killed before: its record is kept, with the indexes and triggers dropped now added.
    QJsonArray record = QJsonDocument::fromJson(m_db.localSetting(QString::fromLatin1(settingKey)).toUtf8()).array();
    for (const QJsonValue &v : std::as_const(putOff))
        if (!record.contains(v))
            record.append(v);
    if (Status st = m_db.setLocalSetting(QString::fromLatin1(settingKey), QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
        !st)
        return st;
    for (const QString &name : std::as_const(names))
        if (Status st = m_db.exec(QStringLiteral("DROP ") + name); !st)
            return st;
    m_db.m_counting = false;
    m_begun = true;
    return {};
}

Status DeferredUpkeep::finish()
{
    m_db.m_counting = true;
    if (!m_begun)
        return {};
    m_begun = false;
    return complete(m_db);
}

Status DeferredUpkeep::finishPending(Database &db)
{
    if (db.isReadOnly() || db.localSetting(QString::fromLatin1(settingKey)).isEmpty())
        return {};
    QLockFile lock(lockPath(db));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return {}; // the import runs: it finishes its own work
    qCInfo(lcStorage) << "an import into" << db.path() << "stopped before its end: making its indexes and figures now";
    return complete(db);
}

Status DeferredUpkeep::complete(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    Status done = db.transaction([&]() -> Status {
        // The figures on a second core while the indexes are made here (a file on disk only: an in-memory
        // database has no second connection).
        std::optional<FigureBuilder> figures;
        if (QFileInfo(db.path()).isFile())
            figures.emplace(db.path(), BulkLoad::statsScript);
        const QJsonArray putOff = QJsonDocument::fromJson(db.localSetting(QString::fromLatin1(settingKey)).toUtf8()).array();
        for (const QJsonValue &v : putOff) {
            QString sql = v.toString();
            for (const QLatin1String kind : {QLatin1String("CREATE INDEX "), QLatin1String("CREATE TRIGGER ")})
                if (sql.startsWith(kind) && !sql.startsWith(QString(kind) + QLatin1String("IF NOT EXISTS ")))
                    sql.insert(kind.size(), QLatin1String("IF NOT EXISTS "));
            if (Status st = db.exec(sql); !st)
                return st;
        }
        // The heat map here, the shorter of the two, while the dashboard's figures are still being made.
        if (Status st = BulkLoad::runScript(db, BulkLoad::heatScript); !st)
            return st;
        if (Status st = figures ? figures->copyInto(db) : BulkLoad::runScript(db, BulkLoad::statsScript); !st)
            return st;
        if (Status st = db.exec(QStringLiteral("UPDATE row_count SET n = (SELECT count(*) FROM service_request) WHERE name = 'service_request'")); !st)
            return st;
        return db.exec(QStringLiteral("DELETE FROM local_setting WHERE key = '%1'").arg(QLatin1String(settingKey)));
    });
    if (!done)
        return done;
    (void)db.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    (void)db.exec(QStringLiteral("ANALYZE"));
    qCInfo(lcStorage) << "indexes and figures of" << db.path() << "made in" << timer.elapsed() << "ms";
    return {};
}

} // namespace CivicDesk
