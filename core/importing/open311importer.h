// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "core/util/result.h"

#include <QIODevice>

namespace CivicDesk {

class Database;

/// Imports service requests from a CSV with Open311 GeoReport v2 field names (service_request_id, status,
/// status_notes, service_name, service_code, description, requested_datetime, updated_datetime, address, lat,
/// long, media_url). Unknown services become catalogue entries flagged as imported; rows already imported
/// (same service_request_id) are left alone unless their status changed upstream; each row is written whole or
/// not at all. Rows are written in batches of batchRows, each its own transaction counted in one pass: an
/// import stopped half-way keeps the batches before, and the write lock other desks need is held for one
/// batch at a time (about a quarter of a second), never for the whole file.
///
/// A file much larger than the requests already there is imported in bulk (DeferredUpkeep): the requests'
/// secondary indexes and the dashboard's figures are made once at the end instead of row by row.
class Open311Importer
{
public:
    /// Auto: in bulk when the file (at about 200 bytes a row) holds at least bulkMinRows and at least as many
    /// rows as the file has requests.
    enum class Bulk { Auto, Always, Never };

    explicit Open311Importer(Database &db) : m_db(db) {}
    void setBulk(Bulk bulk) { m_bulk = bulk; }
    Result<ImportReport> importFile(const QString &path);
    Result<ImportReport> import(QIODevice *device);

    static constexpr int batchRows = 2000;
    /// In bulk a row is written several times faster than row by row, so a batch holds more of them for the
    /// same time under the write lock (fewer commits: 320,000 rows, 1.2 s of commits instead of 1.6 s).
    static constexpr int bulkBatchRows = 5000;
    static constexpr qint64 bulkMinRows = 20000;

private:
    static Error stopped(const Error &error, const ImportReport &done);
    bool inBulk(const QIODevice *device) const;

    Database &m_db;
    Bulk m_bulk = Bulk::Auto;
};

} // namespace CivicDesk
