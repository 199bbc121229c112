// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "core/util/result.h"

#include <QIODevice>

namespace CivicDesk {

class Database;

/// Imports a municipality's existing citizen registry from CSV with the header
/// kind,given_name,family_name,organisation,tax_id,phone,email,address,district.
/// Phones are normalised (several separated by ';'); numbers that do not parse are kept as typed and flagged;
/// rows repeating an earlier row of the file (same tax id, or same name and phone) are reported and skipped.
class CitizenImporter
{
public:
    explicit CitizenImporter(Database &db) : m_db(db) {}
    Result<ImportReport> importFile(const QString &path);
    Result<ImportReport> import(QIODevice *device);

private:
    Database &m_db;
};

} // namespace CivicDesk
