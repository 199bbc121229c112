// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfunctions.h"

#include "core/text/textfold.h"

#include <QString>

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

} // namespace

void registerSqlFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "cd_fold", 1, flags, nullptr, &textFunction<&TextFold::fold>, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "cd_skeleton", 1, flags, nullptr, &textFunction<&foldedSkeleton>, nullptr, nullptr, nullptr);
}

} // namespace CivicDesk
