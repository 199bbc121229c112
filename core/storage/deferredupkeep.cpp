// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredupkeep.h"

#include "bulkload.h"
#include "database.h"
#include "sqliteaccess.h"
#include "sqlitestatement.h"
#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

namespace CivicDesk {
namespace {

constexpr char settingKey[] = "import.deferred-upkeep";

QString lockPath(const Database &db)
{
    return db.path() + QStringLiteral(".import-lock");
}

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
    QJsonArray indexes;
    QStringList names;
    {
        // Explicit, non-unique indexes: a unique one keeps rows apart and stays.
        SqliteStatement s(SqliteAccess::handle(m_db), "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'service_request' "
                                                      "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND name <> 'service_request_external' "
                                                      "ORDER BY name");
        while (s.step()) {
            names.append(s.text(0));
            indexes.append(s.text(1));
        }
    }
    // Put off already by an import killed before: its record is kept, with the indexes dropped now added.
    QJsonArray record = QJsonDocument::fromJson(m_db.localSetting(QString::fromLatin1(settingKey)).toUtf8()).array();
    for (const QJsonValue &v : std::as_const(indexes))
        if (!record.contains(v))
            record.append(v);
    if (Status st = m_db.setLocalSetting(QString::fromLatin1(settingKey), QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
        !st)
        return st;
    for (const QString &name : std::as_const(names))
        if (Status st = m_db.exec(QStringLiteral("DROP INDEX %1").arg(name)); !st)
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
        const QJsonArray indexes = QJsonDocument::fromJson(db.localSetting(QString::fromLatin1(settingKey)).toUtf8()).array();
        for (const QJsonValue &v : indexes) {
            QString sql = v.toString();
            if (sql.startsWith(QLatin1String("CREATE INDEX ")) && !sql.startsWith(QLatin1String("CREATE INDEX IF NOT EXISTS ")))
                sql.insert(13, QLatin1String("IF NOT EXISTS "));
            if (Status st = db.exec(sql); !st)
                return st;
        }
        if (Status st = BulkLoad::rebuildSummaries(db); !st)
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
