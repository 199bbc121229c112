// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkload.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"

#include <QFile>

namespace CivicDesk {

BulkLoad::BulkLoad(Database &db, qint64 cacheKiB)
    : m_db(db)
{
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB));
    (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}

BulkLoad::~BulkLoad()
{
    (void)m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    (void)m_db.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    (void)m_db.exec(QStringLiteral("ANALYZE"));
}

Status BulkLoad::dropIndexes()
{
    // Explicit indexes of the bulk-loaded tables (not the ones behind PRIMARY KEY or UNIQUE).
    QStringList indexes, triggers;
    {
        Statement s(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
                                         "('citizen', 'citizen_phone', 'service_request', 'request_event', 'request_reporter')");
        while (s.step()) {
            indexes.append(s.text(0));
            m_indexSql.append(s.text(1));
        }
    }
    // The row-count triggers too: the counts are taken once at the end.
    {
        Statement s(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%counted'");
        while (s.step()) {
            triggers.append(s.text(0));
            m_triggerSql.append(s.text(1));
        }
    }
    for (const QString &name : std::as_const(indexes))
        if (Status st = m_db.exec(QStringLiteral("DROP INDEX %1").arg(name)); !st)
            return st;
    for (const QString &name : std::as_const(triggers))
        if (Status st = m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(name)); !st)
            return st;
    return {};
}

Status BulkLoad::startLadders()
{
    return m_db.exec(QStringLiteral(
        "UPDATE service_request SET target_ms = due_at - created_at, "
        "next_escalation_at = CASE WHEN status = 'on_hold' THEN NULL ELSE created_at + (due_at - created_at) * 3 / 4 END, "
        "hold_remaining_ms = CASE WHEN status = 'on_hold' THEN (due_at - created_at) / 2 END "
        "WHERE due_at IS NOT NULL AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened')"));
}

Status BulkLoad::restoreIndexes()
{
    for (const QString &sql : std::as_const(m_indexSql))
        if (Status st = m_db.exec(sql); !st)
            return st;
    if (Status st = m_db.exec(QStringLiteral("UPDATE row_count SET n = (SELECT count(*) FROM citizen) WHERE name = 'citizen';"
                                             "UPDATE row_count SET n = (SELECT count(*) FROM service_request) WHERE name = 'service_request'"));
        !st)
        return st;
    for (const QString &sql : std::as_const(m_triggerSql))
        if (Status st = m_db.exec(sql); !st)
            return st;
    return {};
}

Result<QByteArray> BulkLoad::scriptText(const char *resource)
{
    QFile script(QString::fromLatin1(resource));
    if (!script.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("db.resource"), QStringLiteral("%1 is missing from the program").arg(QString::fromLatin1(resource))};
    return script.readAll();
}

Status BulkLoad::runScript(Database &db, const char *resource)
{
    const Result<QByteArray> sql = scriptText(resource);
    if (!sql)
        return sql.error();
    return db.exec(QString::fromUtf8(sql.value()));
}

Status BulkLoad::rebuildSummaries(Database &db)
{
    if (Status st = runScript(db, statsScript); !st)
        return st;
    return runScript(db, heatScript);
}

} // namespace CivicDesk
