// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "core/storage/syncstore.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "database.h"
#include "core/domain/messagetext.h"
#include "core/util/logging.h"
#include "core/storage/searchindexer.h"
#include "sqlitestatement.h"
#include "core/util/tr.h"

#include <QFile>
#include <QTranslator>
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

Status codeWrittenTexts(Database &db)
{
    // The catalogues of every language the desk was shipped in: a text was written in the operator's.
    std::vector<std::unique_ptr<QTranslator>> owned;
    QList<const QTranslator *> catalogues;
    for (const char *language : {"el", "ro", "it", "ca", "es"}) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(QStringLiteral(":/i18n/civicdesk_%1.qm").arg(QLatin1String(language)))) {
            catalogues.append(t.get());
            owned.push_back(std::move(t));
        }
    }
    struct Change
    {
        QString id, from, to, body;
        Message message;
    };
    std::vector<Change> changes;
    {
        Statement read(db, "SELECT id, kind, from_value, to_value, body FROM request_event WHERE "
                                          "(body <> '' AND kind IN ('note','routing','emergency','link','status_change','escalation','merge')) "
                                          "OR kind = 'emergency' OR (kind = 'created' AND body LIKE '%(%)')");
        while (read.step()) {
            Change c{read.text(0), read.text(2), read.text(3), read.text(4), {}};
            const QString kind = read.text(1);
            bool changed = false;
            if (kind == QLatin1String("emergency")) { // priorities were written as their names
                for (QString *value : {&c.from, &c.to}) {
                    if (const std::optional<int> p = MessageText::readBackPriority(*value, catalogues)) {
                        *value = QString::number(*p);
                        changed = true;
                    }
                }
            }
            const auto [text, roles] = kind == QLatin1String("escalation") ? MessageText::splitAlertedRoles(c.body)
                                                                           : std::pair<QString, QString>{c.body, {}};
            if (std::optional<Message> m = MessageText::readBack(text, catalogues)) {
                if (!roles.isEmpty())
                    m->args.append(roles);
                c.message = *m;
                c.body.clear();
                changed = true;
            }
            if (changed)
                changes.push_back(std::move(c));
        }
    }
    Statement write(db, "UPDATE request_event SET from_value = ?, to_value = ?, body = ?, message = ? WHERE id = ?");
    for (const Change &c : changes) {
        write.bindAll({c.from, c.to, c.body, c.message.toJson(), c.id});
        if (!write.exec())
            return db.lastError(Tr::tr("upgrading the request history"));
        write.reset();
    }
    QList<std::pair<QString, Message>> alerts;
    {
        Statement read(db, "SELECT id, message FROM alert WHERE coded = ''");
        while (read.step()) {
            if (std::optional<Message> m = MessageText::readBack(read.text(1), catalogues))
                alerts.append({read.text(0), *m});
        }
    }
    Statement alert(db, "UPDATE alert SET coded = ?, message = '' WHERE id = ?");
    for (const auto &[id, message] : std::as_const(alerts)) {
        alert.bindAll({message.toJson(), id});
        if (!alert.exec())
            return db.lastError(Tr::tr("upgrading the alerts"));
        alert.reset();
    }
    qCInfo(lcStorage) << "coded" << changes.size() << "history entries and" << alerts.size() << "alerts";
    return db.exec(QStringLiteral("CREATE TRIGGER request_event_no_update BEFORE UPDATE ON request_event "
                                  "BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END"));
}

Status rebuildWithLocalId(Database &db, const QString &table)
{
    const QByteArray name = table.toUtf8();
    QString create;
    QStringList dependants; // indexes and triggers of the table, made again after it
    {
        Statement s(db, "SELECT type, sql FROM sqlite_schema WHERE tbl_name = ? AND sql IS NOT NULL "
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
        Statement s(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
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

/// A server's or a desk's file gets its sync triggers again (a synced table is new, or was built again).
static Status syncTriggersAgain(Database &db)
{
    const auto has = [&](const char *prefix) {
        Statement s(db, "SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ?");
        s.bind(1, QByteArray(prefix) + '%');
        return s.step();
    };
    if (has("sync_log_"))
        return SyncStore(db).enableServerTracking();
    if (has("sync_dirty_"))
        return SyncStore(db).enableDeskCapture();
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
        // The figures are counted from the requests at schema 14, which counts them by the municipality's days.
        m.push_back({6, QStringLiteral("dashboard figures"), resource("schema_v6.sql"), {}});
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
        m.push_back({9, QStringLiteral("codes, not translated text"), resource("schema_v9.sql"), codeWrittenTexts});
        m.push_back({10, QStringLiteral("synchronisation"), resource("schema_v10.sql"), {}});
        m.push_back({11, QStringLiteral("conflicts"), resource("schema_v11.sql"), {}});
        m.push_back({12, QStringLiteral("open requests past their deadline"), resource("schema_v12.sql"), {}});
        m.push_back({13, QStringLiteral("call outcomes"), resource("schema_v13.sql"), {}});
        m.push_back({14, QStringLiteral("the municipality's own days"), resource("schema_v14.sql"), [](Database &db) -> Status {
                         const QString rebuild = QString::fromUtf8(resource("stats_rebuild.sql"));
                         // The same statements recount every day when the municipality's zone changes.
                         const QString trigger = QStringLiteral("CREATE TRIGGER tenant_zone_recounted AFTER UPDATE OF time_zone ON tenant "
                                                                "WHEN OLD.time_zone IS NOT NEW.time_zone BEGIN\n%1\nEND").arg(rebuild);
                         if (Status st = db.exec(trigger); !st)
                             return st;
                         return db.exec(rebuild);
                     }});
        m.push_back({15, QStringLiteral("counting a bulk writer may take over"), resource("schema_v15.sql"), {}});
        m.push_back({16, QStringLiteral("messages sent"), resource("schema_v16.sql"), {}});
        // The outbox's table is built again: the sync triggers a desk's or a server's file had on it go with it
        // and are made again (the other tables' still tell which file this is).
        m.push_back({17, QStringLiteral("message templates, targeted messages, messages to staff"), resource("schema_v17.sql"),
                     syncTriggersAgain,
                     true});
        m.push_back({18, QStringLiteral("delivery reports and opt-outs"), resource("schema_v18.sql"), {}});
        m.push_back({19, QStringLiteral("citizens' channels: e-mail and update-time lookups"), resource("schema_v19.sql"), {}});
        // A new synced table: a desk's or a server's file gets its sync triggers again, with the new table's.
        m.push_back({20, QStringLiteral("e-mails from citizens"), resource("schema_v20.sql"), syncTriggersAgain,
                     true});
        return m;
    }();
    return all;
}

} // namespace CivicDesk
