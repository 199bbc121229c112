// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QStringList>

namespace CivicDesk {

class Database;

/// Loading a large amount of data into an empty file (the demo municipality): a page cache as large as the
/// file, a rollback journal instead of the WAL (new pages need no undo, so each page is written once), the
/// secondary indexes and the row-count triggers dropped and made again at the end by sorting, and the
/// summary tables built in one pass instead of trigger by trigger.
class BulkLoad
{
public:
    /// Sets the file up for loading, with a page cache of @p cacheKiB (outside any transaction).
    BulkLoad(Database &db, qint64 cacheKiB);
    /// Puts the file back to its working settings and refreshes the planner's statistics.
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    /// Drops the secondary indexes of the bulk-loaded tables and the row-count triggers (inside the loading
    /// transaction).
    Status dropIndexes();
    /// Gives the pending requests their escalation ladder from their deadlines (in plain hours, as the
    /// migration to schema 5 does), before the indexes come back.
    Status startLadders();
    /// Makes the indexes again, sets the row counts, restores the triggers.
    Status restoreIndexes();
    /// Builds the dashboard's summary tables and the heat map's cells from the requests (also after an import
    /// in bulk, DeferredUpkeep).
    static Status rebuildSummaries(Database &db);
    /// The scripts rebuildSummaries() runs: the dashboard's tables and the heat map's. Each first empties the
    /// tables it rebuilds.
    static constexpr const char *statsScript = ":/civicdesk/sql/stats_rebuild.sql";
    static constexpr const char *heatScript = ":/civicdesk/sql/heat_rebuild.sql";
    /// The text of one of those scripts.
    static Result<QByteArray> scriptText(const char *resource);
    /// Runs one of those scripts.
    static Status runScript(Database &db, const char *resource);

private:
    Database &m_db;
    QStringList m_indexSql;
    QStringList m_triggerSql;
};

} // namespace CivicDesk
