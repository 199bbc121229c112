// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfunctions.h"

#include "core/domain/resolutionbuckets.h"
#include "core/text/localdays.h"
#include "core/text/textfold.h"

#include <QString>

#include "core/text/addresskey.h"

#include <sqlite3.h>

namespace CivicDesk {
namespace {

template<QString (*F)(const QString &)>
void textFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray out = F(QString::fromUtf8(p, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

QString foldedSkeleton(const QString &text)
{
    QStringList parts;
    for (const QString &w : TextFold::queryWords(text))
        parts.append(TextFold::skeleton(w));
    return parts.join(u' ');
}

/// The zone's days, kept per thread for the zone last asked for (a file holds one municipality).
const LocalDays &localDays(sqlite3_value *zoneArg)
{
    thread_local QByteArray name = QByteArrayLiteral("\x01"); // matches no zone name
    thread_local const LocalDays *days = nullptr;
    const QByteArrayView asked = sqlite3_value_type(zoneArg) == SQLITE_NULL
        ? QByteArrayView()
        : QByteArrayView(reinterpret_cast<const char *>(sqlite3_value_text(zoneArg)), sqlite3_value_bytes(zoneArg));
    if (!days || asked != name) {
        name = asked.toByteArray();
        days = &LocalDays::named(name);
    }
    return *days;
}

/// cd_local_day(ms, zone) and cd_local_month(ms, zone): the municipality's day or month of an instant.
template<bool Month>
void localFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const LocalDays &days = localDays(argv[1]);
    const qint64 ms = sqlite3_value_int64(argv[0]);
    sqlite3_result_int64(ctx, Month ? days.monthOf(ms) : days.dayOf(ms));
}

/// cd_month_of_day(day): the month (year * 12 + month - 1) of a day number (days since 1970-01-01), as
/// strftime('%Y'/'%m', day * 86400, 'unixepoch') gives it; cd_utc_month(ms): the UTC month of an instant, as
/// strftime of ms / 1000 gives it. Without the text round trip, for the rebuilds that group every row.
template<bool FromMs>
void monthFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    qint64 day = sqlite3_value_int64(argv[0]);
    if (FromMs) {
        const qint64 seconds = day / 1000; // SQLite's integer division truncates, as C++'s does
        day = seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0);
    }
    sqlite3_result_int64(ctx, LocalDays::monthNumber(LocalDays::dateOfDay(day)));
}

/// cd_resolution_bucket(duration_ms): the resolution-time bucket of ResolutionBuckets.
void resolutionBucket(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int(ctx, ResolutionBuckets::of(sqlite3_value_int64(argv[0])));
}

/// cd_counting(): whether this connection's insert triggers count each new request (see schema_v15.sql).
void counting(sqlite3_context *ctx, int, sqlite3_value **)
{
    const bool *on = static_cast<const bool *>(sqlite3_user_data(ctx));
    sqlite3_result_int(ctx, !on || *on ? 1 : 0);
}

} // namespace

void registerSqlFunctions(sqlite3 *db, const bool *counting)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "cd_fold", 1, flags, nullptr, &textFunction<&TextFold::fold>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "cd_skeleton", 1, flags, nullptr, &textFunction<&foldedSkeleton>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "cd_address_key", 1, flags, nullptr, &textFunction<&AddressKey::of>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "cd_local_day", 2, flags, nullptr, &localFunction<false>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "cd_local_month", 2, flags, nullptr, &localFunction<true>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "cd_month_of_day", 1, flags, nullptr, &monthFunction<false>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "cd_utc_month", 1, flags, nullptr, &monthFunction<true>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "cd_resolution_bucket", 1, flags, nullptr, &resolutionBucket, nullptr, nullptr, nullptr);
    // Not deterministic: its answer changes while the connection lives.
    sqlite3_create_function_v2(db, "cd_counting", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, const_cast<bool *>(counting), &::CivicDesk::counting, nullptr,
                               nullptr, nullptr);
}

} // namespace CivicDesk
