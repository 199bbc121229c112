// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "database.h"
#include "search/searchindexer.h"
#include "sqlitestatement.h"
#include "util/tr.h"

#include <QFile>
#include <QRegularExpression>

namespace CivicDesk {
namespace {

QByteArray resource(const char *name)
{
    QFile f(QStringLiteral(":/civicdesk/sql/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("schema resource %s missing from the build", name);
    return f.readAll();
}

constexpr char searchRebuildKey[] = "migration.search-rebuild";

} // namespace

Status finishMigrations(Database &db)
{
    if (db.localSetting(QString::fromLatin1(searchRebuildKey)).isEmpty())
        return {};
    return db.transaction([&]() -> Status {
        if (Status st = SearchIndexer(db).rebuildAll(); !st)
            return st;
        return db.exec(QStringLiteral("DELETE FROM local_setting WHERE key = '%1'").arg(QLatin1String(searchRebuildKey)));
    });
}

Status rebuildWithLocalId(Database &db, const QString &table)
{
    const QByteArray name = table.toUtf8();
    QString create;
    QStringList dependants; // indexes and triggers of the table, made again after it
    {
        SqliteStatement s(db.handle(), "SELECT type, sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL "
                                       "ORDER BY type = 'table' DESC, type = 'index' DESC, rowid");
        s.bind(1, name);
        while (s.step()) {
            if (s.text(0) == QLatin1String("table"))
                create = s.text(1);
            else
                dependants.append(s.text(1));
        }
    }
    QStringList columns;
    {
        SqliteStatement s(db.handle(), "SELECT name FROM pragma_table_info(?) ORDER BY cid");
        s.bind(1, name);
        while (s.step())
            columns.append(s.text(0));
    }
    if (columns.contains(QLatin1String("local_id")))
        return {}; // rebuilt already
    // The table's own text: its columns as every migration left them, with the text key made a unique column
    // behind the new integer key.
    static const QRegularExpression head(QStringLiteral("^CREATE TABLE \"?(\\w+)\"?\\s*\\("));
    static const QRegularExpression key(QStringLiteral("\\bid TEXT PRIMARY KEY\\b"));
    if (!create.contains(head) || create.count(key) != 1) {
        return Error{QStringLiteral("db.migration-shape"),
                     Tr::tr("The table %1 of %2 does not have the expected shape; it was left untouched.").arg(table, db.path())};
    }
    const QString rebuilt = table + QStringLiteral("_rebuilt");
    create.replace(head, QStringLiteral("CREATE TABLE %1 (").arg(rebuilt));
    create.replace(key, QStringLiteral("local_id INTEGER PRIMARY KEY,\n    id TEXT NOT NULL UNIQUE"));
    const QString list = columns.join(QStringLiteral(", "));
    const QStringList steps = {
        create,
        QStringLiteral("INSERT INTO %1(local_id, %2) SELECT rowid, %2 FROM %3").arg(rebuilt, list, table),
        QStringLiteral("DROP TABLE %1").arg(table),
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(rebuilt, table),
    };
    for (const QString &step : steps + dependants) {
        if (Status st = db.exec(step); !st)
            return st;
    }
    return {};
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> m;
        m.push_back({1, QStringLiteral("domain tables"), resource("schema_v1.sql"), {}});
        // The index is built by today's indexer once the schema is current (finishMigrations): the indexer
        // writes the columns of the newest schema, not of version 2.
        m.push_back({2, QStringLiteral("search index"), resource("schema_v2.sql"), [](Database &db) -> Status {
                         return db.setLocalSetting(QString::fromLatin1(searchRebuildKey), QStringLiteral("1"));
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
        // Citizens and requests get an explicit integer key that keeps the values of their implicit rowids, so
        // the search keys and the full-text index, which refer to them by number, survive a dump and a restore.
        m.push_back({8, QStringLiteral("stable keys"), resource("schema_v8.sql"),
                     [](Database &db) -> Status {
                         for (const char *table : {"citizen", "service_request"}) {
                             if (Status st = rebuildWithLocalId(db, QString::fromLatin1(table)); !st)
                                 return st;
                         }
                         return {};
                     },
                     true});
        return m;
    }();
    return all;
}

} // namespace CivicDesk
