// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "core/storage/searchindexer.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandSearch(const QCommandLineParser &p, Database &db)
{
    const QString text = p.positionalArguments().mid(1).join(u' ');
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("admin", "search needs the text to look for."));
    SearchService search(db, tenantRegion(db));
    SearchService::Options options;
    options.limit = p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt() : 20;
    for (const SearchHit &h : search.search(text, options))
        out() << SearchHit::kindCode(h.kind) << '\t' << h.id << '\t' << h.title << '\t' << h.why() << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
