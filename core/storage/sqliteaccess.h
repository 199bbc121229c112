// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace CivicDesk {

/// The SQLite connection behind a Database. Only storage's own classes, the tests that look at what storage
/// wrote and the benchmark's bare-SQLite floor include this header (tests/cli/layering.cmake fails the build
/// otherwise): everything else reads and writes through the stores and query objects, so that another
/// store (PostgreSQL) can stand behind the same code.
struct SqliteAccess
{
    static sqlite3 *handle(const Database &db) { return db.m_handle; }
    /// The PostgreSQL connection of a server's store, or null for an SQLite file.
    static PgConnection *postgres(const Database &db) { return db.m_pg.get(); }
    static sqlite3_stmt *statement(const SqliteStatement &s) { return s.m_stmt; }
};

} // namespace CivicDesk
