// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/citizen.h"
#include "domain/idgenerator.h"
#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace CivicDesk::Test {

/// A database file in a fresh temporary directory.
struct TempDatabase
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;

    explicit TempDatabase(const QString &country = QStringLiteral("GR"));
    /// Opens the file again (after db.reset()).
    void reopen();
};

/// Path of a file under ../shared/data, or empty (and a warning) if it is not there.
QString sharedData(const QString &relative);

/// Adds a tenant of @p country to an empty database.
void addTenant(Database &db, const QString &country, const QString &tenantId = QStringLiteral("tenant"));

/// A person with a phone typed as given.
Citizen person(const QString &given, const QString &family, const QString &phone = {}, const QString &country = QStringLiteral("GR"));

} // namespace CivicDesk::Test
