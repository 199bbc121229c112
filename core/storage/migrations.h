// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace CivicDesk {

class Database;

/// One step of the schema: SQL, then optional C++ work (filling derived data), in one transaction.
struct Migration
{
    int version = 0;
    QString description;
    QByteArray sql;
    std::function<Status(Database &)> after;
    /// Rebuilds tables: foreign keys are switched off around the transaction (a DROP TABLE would otherwise
    /// cascade into the children) and checked before it commits.
    bool rebuildsTables = false;
};

/// Schema 9: history entries and alerts written as translated text become messages where their text can be
/// read back (in any shipped language); free text stays as it was.
Status codeWrittenTexts(Database &db);

/// Work left by the migrations for today's code once the schema is current (building the search index).
Status finishMigrations(Database &db);

/// Rebuilds @p table with an explicit `local_id INTEGER PRIMARY KEY` in front of its columns, keeping the
/// values of the implicit rowid it replaces, its text `id` unique, and its indexes and triggers.
/// Runs inside a migration whose foreign keys are off.
Status rebuildWithLocalId(Database &db, const QString &table);

/// All migrations, oldest first; version N brings a file from N-1 to N.
const std::vector<Migration> &migrations();

} // namespace CivicDesk
