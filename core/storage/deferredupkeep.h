// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QStringList>

#include <memory>

class QLockFile;

namespace CivicDesk {

class Database;

/// An import much larger than the file it goes into (a city's history into a new municipality): keeping every
/// secondary index of the requests and every dashboard figure up to date row by row costs more than making
/// them again once at the end, by sorting. The import still commits in batches; what it puts off is written
/// down in the file, in the same transaction that drops the indexes, so that an import killed halfway leaves
/// a file that finishes the work the next time it is opened for writing (finishPending()).
///
/// While the import runs, the requests it wrote are in the file but not yet in the dashboard's figures, and
/// searches of other desks that need a dropped index read the table through.
class DeferredUpkeep
{
public:
    /// Takes the file's import lock (a lock file beside it, released if this process dies).
    explicit DeferredUpkeep(Database &db);
    ~DeferredUpkeep();
    DeferredUpkeep(const DeferredUpkeep &) = delete;
    DeferredUpkeep &operator=(const DeferredUpkeep &) = delete;

    /// Inside the first batch's write transaction: records what is put off, drops the requests' secondary
    /// indexes (all but the external-id one the importer looks rows up by and the partial ones over columns an
    /// import leaves empty) and the triggers that count new requests, and turns this connection's counting off.
    Status begin();
    bool begun() const { return m_begun; }
    /// In a transaction of its own: the indexes and triggers made again, the dashboard's figures and the heat
    /// map rebuilt from the requests (on a second connection and thread, while the indexes are made), the row
    /// counts set, the record removed; then the planner's statistics refreshed.
    Status finish();

    /// Finishes what a killed import left undone; nothing when nothing is left or the import still runs.
    static Status finishPending(Database &db);

private:
    static Status complete(Database &db);

    Database &m_db;
    std::unique_ptr<QLockFile> m_lock;
    bool m_begun = false;
};

} // namespace CivicDesk
