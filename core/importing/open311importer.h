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
/// (same service_request_id) are left alone; each row is written whole or not at all.
class Open311Importer
{
public:
    explicit Open311Importer(Database &db) : m_db(db) {}
    Result<ImportReport> importFile(const QString &path);
    Result<ImportReport> import(QIODevice *device);

private:
    Database &m_db;
};

} // namespace CivicDesk
