// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "core/util/result.h"

namespace CivicDesk {

class Database;

/// Imports district polygons from a GeoJSON file; a district with the same name is replaced.
class DistrictImporter
{
public:
    explicit DistrictImporter(Database &db) : m_db(db) {}
    Result<ImportReport> importFile(const QString &path, const QString &nameProperty);

private:
    Database &m_db;
};

} // namespace CivicDesk
