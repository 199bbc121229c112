// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace CivicDesk {

class Database;

/// Loads a municipality's service catalogue from Open311 documents: a services.json list (code, name,
/// description, keywords, group) and, optionally, a list of service definitions (their attributes: datatype,
/// required, variable, order, description, values). Texts go in @p language, beside the other languages a
/// type already has; a type already there (same code) is updated, keeping its department, deadline and
/// workflow; a new one is routed to the department whose code its service_departments names, if there is
/// one. All or nothing, in one transaction.
class ServiceCatalogImporter
{
public:
    explicit ServiceCatalogImporter(Database &db) : m_db(db) {}
    Result<ImportReport> import(const QByteArray &services, const QByteArray &definitions, const QString &language);
    Result<ImportReport> importFiles(const QString &servicesPath, const QString &definitionsPath, const QString &language);

private:
    Database &m_db;
};

} // namespace CivicDesk
