// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace CivicDesk {

/// Registers cd_fold(text) and cd_skeleton(text) on a connection, so SQL can fold text exactly as the
/// search index does (SQLite's own lower() and FTS5 do not strip Greek accents); cd_local_day(ms, zone) and
/// cd_local_month(ms, zone), the municipality's day and month of an instant (LocalDays); and
/// cd_resolution_bucket(duration_ms), the summary tables' resolution-time bucket (ResolutionBuckets); and
/// cd_counting(), the value of *@p counting (true when null): whether the insert triggers count each request.
void registerSqlFunctions(sqlite3 *db, const bool *counting = nullptr);

} // namespace CivicDesk
