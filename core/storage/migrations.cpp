// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "search/searchindexer.h"

#include <QFile>

namespace CivicDesk {
namespace {

QByteArray resource(const char *name)
{
    QFile f(QStringLiteral(":/civicdesk/sql/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("schema resource %s missing from the build", name);
    return f.readAll();
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> m;
        m.push_back({1, QStringLiteral("domain tables"), resource("schema_v1.sql"), {}});
        m.push_back({2, QStringLiteral("search index"), resource("schema_v2.sql"), [](Database &db) -> Status {
                         SearchIndexer indexer(db);
                         return indexer.rebuildAll();
                     }});
        m.push_back({3, QStringLiteral("row counts"), resource("schema_v3.sql"), {}});
        m.push_back({4, QStringLiteral("operator desk"), resource("schema_v4.sql"), {}});
        m.push_back({5, QStringLiteral("workflow and queues"), resource("schema_v5.sql"), {}});
        m.push_back({6, QStringLiteral("dashboard figures"), resource("schema_v6.sql"), [](Database &db) -> Status {
                         return db.exec(QString::fromUtf8(resource("stats_rebuild.sql")));
                     }});
        m.push_back({7, QStringLiteral("map"), resource("schema_v7.sql"), [](Database &db) -> Status {
                         return db.exec(QString::fromUtf8(resource("heat_rebuild.sql")));
                     }});
        return m;
    }();
    return all;
}

} // namespace CivicDesk
