// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "core/util/result.h"

#include <QString>

namespace CivicDesk {

class Database;

/// The columns of a street register CSV (Barcelona's: NOM_OFICIAL, TIPUS_VIA, NRE_MIN, NRE_MAX).
struct StreetColumns
{
    QString name = QStringLiteral("name");
    QString type;      ///< empty: none
    QString numberMin; ///< empty: none
    QString numberMax;
};

/// Loads the municipality's street gazetteer, replacing the one it had:
/// - from a street register CSV: names, kinds and house-number ranges (a register without geometry gives
///   completion and number checks; the pin is then placed on the map);
/// - from an OpenStreetMap extract: named highways become streets with their geometry, addresses
///   (addr:street + addr:housenumber on nodes and building outlines) numbered points on them, house numbers
///   between two known ones of the same side interpolated, and optionally the administrative boundaries of
///   one admin_level the districts.
class StreetImporter
{
public:
    explicit StreetImporter(Database &db) : m_db(db) {}
    Result<ImportReport> importCsv(const QString &path, const StreetColumns &columns);
    Result<ImportReport> importOsm(const QString &path, int districtsAdminLevel = 0);

private:
    Database &m_db;
};

} // namespace CivicDesk
