// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"

#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/storage/deferredcounting.h"
#include "core/storage/searchindexer.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>

#include <map>

#include <sqlite3.h>

namespace CivicDesk {
namespace {

QJsonArray keyFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

/// A column's value as it travels.
QJsonValue columnValue(const Statement &s, int column)
{
    switch (s.columnType(column)) {
    case SQLITE_NULL:
        return QJsonValue(QJsonValue::Null);
    case SQLITE_INTEGER:
        return QJsonValue(s.int64(column));
    case SQLITE_FLOAT:
        return QJsonValue(s.real(column));
    case SQLITE_BLOB:
        return QJsonObject{{QStringLiteral("blob"), QString::fromLatin1(s.blob(column).toBase64())}};
    default:
        return QJsonValue(s.text(column));
    }
}

/// Column @p column of the row @p s is on, as the digests compare it: its kind, then its value, the same on either
/// engine (a whole number is an integer whether one engine keeps 3 and the other 3.0; text and bytes with their
/// length, so that no two rows run together alike).
void appendDigestValue(QByteArray &out, const Statement &s, int column)
{
    switch (s.columnType(column)) {
    case SQLITE_NULL:
        out += "n;";
        return;
    case SQLITE_INTEGER:
        out += 'i' + QByteArray::number(s.int64(column)) + ';';
        return;
    case SQLITE_FLOAT: {
        const double d = s.real(column);
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e18)
            out += 'i' + QByteArray::number(qint64(d)) + ';';
        else
            out += 'f' + QByteArray::number(d, 'g', 17) + ';';
        return;
    }
    case SQLITE_BLOB: {
        const QByteArray bytes = s.blob(column);
        out += 'b' + QByteArray::number(bytes.size()) + ':' + bytes;
        return;
    }
    default: {
        const QByteArrayView text = s.utf8(column);
        out += 't' + QByteArray::number(text.size()) + ':';
        out += text;
    }
    }
}

/// Column @p column of the row @p s is on, as PostgreSQL's COPY text format has it: \N for NULL, numbers as
/// text, bytes as \\x and hex, text with its backslashes, tabs and line ends escaped.
void appendCopyValue(QByteArray &out, const Statement &s, int column)
{
    switch (s.columnType(column)) {
    case SQLITE_NULL:
        out += "\\N";
        return;
    case SQLITE_INTEGER:
        out += QByteArray::number(s.int64(column));
        return;
    case SQLITE_FLOAT:
        out += QByteArray::number(s.real(column), 'g', 17);
        return;
    case SQLITE_BLOB:
        out += "\\\\x" + s.blob(column).toHex();
        return;
    default:
        for (const char c : s.text(column).toUtf8()) {
            switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
            }
        }
    }
}

void bindValue(Statement &s, int index, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        s.bindNull(index);
        break;
    case QJsonValue::Bool:
        s.bind(index, qint64(v.toBool() ? 1 : 0));
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min() && double(i) == d)
            s.bind(index, i);
        else
            s.bind(index, d);
        break;
    }
    case QJsonValue::String:
        s.bind(index, v.toString());
        break;
    case QJsonValue::Object:
        s.bindBlob(index, QByteArray::fromBase64(v.toObject().value(QStringLiteral("blob")).toString().toLatin1()));
        break;
    case QJsonValue::Array:
        s.bindNull(index);
        break;
    }
}

/// Ids bound as one value: a JSON array (SyncStore::idsBound() reads it back as rows).
QByteArray jsonIds(const QStringList &ids)
{
    return QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
}

QString joined(const QStringList &parts, const QString &separator, const std::function<QString(const QString &)> &f)
{
    QStringList out;
    for (const QString &p : parts)
        out.append(f(p));
    return out.join(separator);
}

} // namespace

SyncStore::SyncStore(Database &db)
    : m_db(db)
{
}

const QStringList &SyncStore::syncedTables()
{
    static const QStringList tables{
        QStringLiteral("tenant"),          QStringLiteral("department"),      QStringLiteral("app_user"),
        QStringLiteral("district"),        QStringLiteral("street"),          QStringLiteral("street_segment"),
        QStringLiteral("service_group"),   QStringLiteral("service_type"),    QStringLiteral("workflow"),
        QStringLiteral("business_calendar"), QStringLiteral("routing_rule"),  QStringLiteral("message_template"), QStringLiteral("campaign"), QStringLiteral("citizen"),
        QStringLiteral("citizen_phone"),   QStringLiteral("citizen_email"),   QStringLiteral("citizen_consent"),
        QStringLiteral("citizen_merge"),   QStringLiteral("citizen_conflict"), QStringLiteral("service_request"), QStringLiteral("request_reporter"),
        QStringLiteral("request_event"),   QStringLiteral("attachment"),      QStringLiteral("phone_call"),
        QStringLiteral("call_request"),    QStringLiteral("notification"),    QStringLiteral("alert"),
        QStringLiteral("inbound_mail")};
    return tables;
}

const QStringList &SyncStore::summaryTables()
{
    static const QStringList tables{QStringLiteral("request_stats"),       QStringLiteral("request_resolution"),
                                    QStringLiteral("request_backlog"),     QStringLiteral("request_stats_month"),
                                    QStringLiteral("request_resolution_month"), QStringLiteral("request_heat_month")};
    return tables;
}

QString SyncStore::requestColumn(const QString &table)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("service_request"), QStringLiteral("id")},       {QStringLiteral("request_reporter"), QStringLiteral("request_id")},
        {QStringLiteral("request_event"), QStringLiteral("request_id")}, {QStringLiteral("attachment"), QStringLiteral("request_id")},
        {QStringLiteral("call_request"), QStringLiteral("request_id")},  {QStringLiteral("notification"), QStringLiteral("request_id")},
        {QStringLiteral("alert"), QStringLiteral("request_id")},         {QStringLiteral("inbound_mail"), QStringLiteral("request_id")}};
    return columns.value(table);
}

const QStringList &SyncStore::localTables()
{
    static const QStringList tables{
        QStringLiteral("local_setting"),   QStringLiteral("draft"),           QStringLiteral("citizen_key"),
        QStringLiteral("request_text"),    QStringLiteral("row_count"),       QStringLiteral("request_stats"),
        QStringLiteral("request_resolution"), QStringLiteral("request_stats_month"), QStringLiteral("request_resolution_month"),
        QStringLiteral("request_backlog"), QStringLiteral("request_heat_month"), QStringLiteral("sync_clock"),
        QStringLiteral("sync_change"),     QStringLiteral("sync_mutation"),   QStringLiteral("sync_outbox"),
        QStringLiteral("sync_dirty"),      QStringLiteral("sync_capture"),    QStringLiteral("sync_rejection")};
    return tables;
}

const SyncStore::TableInfo &SyncStore::info(const QString &table) const
{
    auto it = m_info.constFind(table);
    if (it != m_info.cend())
        return *it;
    TableInfo t;
    QList<std::pair<int, QString>> pk;
    // On PostgreSQL the columns and the primary key's positions from the catalog; the tenant every row there
    // carries stays in the store.
    Statement s(m_db, m_db.isPostgres()
                          ? "SELECT a.attname, coalesce(array_position(i.indkey::int2[], a.attnum), 0), a.atttypid = 25 FROM pg_attribute a "
                            "LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary "
                            "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"
                          : "SELECT name, pk, upper(type) = 'TEXT' FROM pragma_table_info(?) ORDER BY cid");
    s.bind(1, table);
    while (s.step()) {
        const QString name = s.text(0);
        if (name == QLatin1String("local_id") || name == QLatin1String("search_keys") || name == QLatin1String("tenant_code"))
            continue; // this file's own row number and the search keys derived from the row stay home
        t.columns.append(name);
        if (s.int64(2))
            t.textColumns.insert(name);
        if (s.int64(1) > 0)
            pk.append({int(s.int64(1)), name});
    }
    std::sort(pk.begin(), pk.end());
    if (t.columns.contains(QLatin1String("id"))) {
        t.key = {QStringLiteral("id")};
    } else {
        for (const auto &p : pk)
            t.key.append(p.second);
    }
    t.appendOnly = table == QLatin1String("request_event");
    return *m_info.insert(table, t);
}

QStringList SyncStore::columns(const QString &table) const
{
    return info(table).columns;
}

QStringList SyncStore::keyColumns(const QString &table) const
{
    return info(table).key;
}

Status SyncStore::dropTriggers(const char *prefix)
{
    QStringList names;
    {
        Statement s(m_db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ?");
        s.bind(1, QByteArray(prefix) + '%');
        while (s.step())
            names.append(s.text(0));
    }
    for (const QString &n : names) {
        if (Status st = m_db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(n)); !st)
            return st;
    }
    return {};
}

Status SyncStore::leaveUnlogged()
{
    if (!m_db.isPostgres())
        return {};
    return m_db.exec(QStringLiteral("SET LOCAL civicdesk.unlogged = 'on'")); // cd_sync_log (pg_schema_v4.sql)
}

Status SyncStore::clearSynced()
{
    return m_db.transaction([&]() -> Status {
        QStringList tables = syncedTables();
        std::reverse(tables.begin(), tables.end()); // children first
        for (const QString &t : tables)
            if (Status st = m_db.exec(QStringLiteral("DELETE FROM %1").arg(t)); !st)
                return st;
        return {};
    });
}

Status SyncStore::copyTo(SyncStore &target, const SyncScope *scope) const
{
    Database &to = target.m_db;
    // A row may name a later one of its own table (a duplicate's original, a department's parent). PostgreSQL
    // checks such references at commit. SQLite's deferred references cost a search of every table naming the
    // table for each row written while one is unresolved, most of them without an index on the naming column:
    // a copy read in PostgreSQL's order (rows move as they are updated) grew with the square of the rows and
    // a whole municipality of 80,000 requests did not finish. Into a SQLite file not inside a transaction,
    // references are checked once, all together, before the commit.
    const bool checkAtEnd = !to.isPostgres() && !to.inTransaction();
    if (checkAtEnd) {
        if (Status st = to.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !st)
            return st;
    }
    const Status copied = to.transaction([&]() -> Status {
        if (!checkAtEnd) {
            if (Status st = to.exec(to.isPostgres() ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED") : QStringLiteral("PRAGMA defer_foreign_keys = ON")); !st)
                return st;
        }
        // A whole copy into SQLite adds its figures once from all its requests rather than a row at a time (a
        // partial copy takes the server's figures and its file counts nothing).
        std::optional<DeferredCounting> counting;
        if (!to.isPostgres() && !scope)
            counting.emplace(to);
        // A partial copy's requests, worked out once (a JSON array of ids) rather than again for each of the eight
        // tables of a request: at 800,000 requests the scope's query took half a second a table.
        QByteArray scopeIds;
        if (scope) {
            Statement ids(m_db, (scopeRequests() + QStringLiteral("SELECT id FROM scope_request")).toUtf8().constData());
            bindScope(ids, *scope, QStringLiteral("service_request"));
            QStringList list;
            while (ids.step())
                list.append(ids.text(0));
            if (ids.failed())
                return m_db.lastError(Tr::tr("reading the requests of the scope"));
            scopeIds = jsonIds(list);
        }
        // A partial copy takes the rows within the scope, and the server's summaries (its own triggers are gone).
        for (const QString &table : scope ? syncedTables() + summaryTables() : syncedTables()) {
            const TableInfo &ti = info(table);
            if (ti.columns != target.info(table).columns) {
                return Error{QStringLiteral("sync.schema-differs"),
                             Tr::tr("The table %1 has other columns in %2 than in %3.").arg(table, to.path(), m_db.path())};
            }
            const QString list = ti.columns.join(QStringLiteral(", "));
            const QString condition = scope ? scopeCondition(table) : QString();
            const QString select = condition.isEmpty()
                ? QStringLiteral("SELECT %1 FROM %2").arg(list, table)
                : QStringLiteral("WITH scope_request(id) AS (%1) SELECT %2 FROM %3 WHERE %4").arg(idsBound(), list, table, condition);
            Statement read(m_db, select.toUtf8().constData());
            if (!condition.isEmpty()) {
                read.bind(1, scopeIds);
                bindConditionOf(read, *scope, table, 2);
            }
            if (to.isPostgres()) {
                // Into PostgreSQL with COPY, a round trip a megabyte rather than a row. COPY does not write through
                // row-level security: the rows go into a temporary table of this transaction, then into the table
                // with one INSERT, which the policy checks and the triggers see as any insert.
                const qsizetype columns = ti.columns.size();
                const QString scratch = QStringLiteral("cd_copy_") + table;
                if (Status st = to.exec(QStringLiteral("CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT %2 FROM %3 WITH NO DATA").arg(scratch, list, table)); !st)
                    return st;
                Status st = to.pgCopyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(scratch, list).toUtf8(), [&](QByteArray &out) -> Result<bool> {
                    for (int rows = 0; rows < 1000; ++rows) {
                        if (!read.step())
                            return read.failed() ? Result<bool>(m_db.lastError(Tr::tr("reading the rows of %1").arg(table))) : Result<bool>(false);
                        for (int c = 0; c < columns; ++c) {
                            if (c > 0)
                                out += '\t';
                            appendCopyValue(out, read, c);
                        }
                        out += '\n';
                    }
                    return true;
                });
                if (!st)
                    return st;
                if (st = to.exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(table, list, scratch)); !st)
                    return st;
                if (st = to.exec(QStringLiteral("DROP TABLE %1").arg(scratch)); !st)
                    return st;
                continue;
            }
            QStringList marks;
            for (int i = 0; i < ti.columns.size(); ++i)
                marks.append(QStringLiteral("?"));
            Statement write(to, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(table, list, marks.join(u',')).toUtf8().constData());
            while (read.step()) {
                for (int c = 0; c < ti.columns.size(); ++c)
                    bindValue(write, c + 1, columnValue(read, c));
                if (!write.exec())
                    return to.lastError(Tr::tr("copying the rows of %1").arg(table));
                write.reset();
            }
            if (read.failed())
                return m_db.lastError(Tr::tr("reading the rows of %1").arg(table));
        }
        if (counting) {
            if (Status st = counting->finish(); !st)
                return st;
        }
        if (checkAtEnd) {
            Statement check(to, "PRAGMA foreign_key_check");
            if (check.step()) {
                return Error{QStringLiteral("sync.reference"),
                             Tr::tr("The copy is not whole: a row of %1 names a row of %2 that is not in it.").arg(check.text(0), check.text(2))};
            }
            if (check.failed())
                return to.lastError(Tr::tr("checking the copy's references"));
        }
        return {};
    });
    if (checkAtEnd) {
        if (Status st = to.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !st && copied)
            return st;
    }
    if (copied && !to.inTransaction())
        target.countForPlanner();
    return copied;
}

void SyncStore::countForPlanner()
{
    // PostgreSQL plans by its statistics, which a load of a whole municipality leaves empty until autovacuum comes
    // by: a table of 44,000 history events was taken for 142 rows, and every pull read it whole (a hash join)
    // instead of through its key. Without the right to (another role owns the tables) PostgreSQL skips them with a
    // warning and autovacuum counts them later: what was loaded stands either way. (SQLite's files count their
    // own, DeferredUpkeep.)
    if (m_db.isPostgres() && !m_db.inTransaction())
        (void)m_db.exec(QStringLiteral("ANALYZE ") + (syncedTables() + summaryTables()).join(QStringLiteral(", ")));
}

QByteArray SyncStore::tableDigest(const QString &table, const QString &where, const SyncScope *scope) const
{
    const TableInfo &ti = info(table);
    // Keys in byte order on either engine (PostgreSQL would otherwise sort text by its database's collation).
    const QString order = joined(ti.key, QStringLiteral(", "), [&](const QString &c) {
        return m_db.isPostgres() && ti.textColumns.contains(c) ? c + QStringLiteral(" COLLATE \"C\"") : c;
    });
    const QString sql = (where.isEmpty() ? QString() : scopeRequests())
        + QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4").arg(ti.columns.join(QStringLiteral(", ")), table,
                                                             where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where, order);
    Statement s(m_db, sql.toUtf8().constData());
    if (!where.isEmpty())
        bindScope(s, *scope, table);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    QByteArray row;
    while (s.step()) {
        row.clear();
        for (int c = 0; c < ti.columns.size(); ++c)
            appendDigestValue(row, s, c);
        hash.addData(row);
        hash.addData("\x1e");
        ++rows;
    }
    return QByteArray::number(rows) + ' ' + hash.result().toHex();
}

QMap<QString, QByteArray> SyncStore::digest() const
{
    QMap<QString, QByteArray> out;
    for (const QString &table : syncedTables())
        out.insert(table, tableDigest(table, QString(), nullptr));
    return out;
}

QMap<QString, QByteArray> SyncStore::digest(const SyncScope &scope) const
{
    QMap<QString, QByteArray> out;
    for (const QString &table : syncedTables() + summaryTables())
        out.insert(table, tableDigest(table, scopeCondition(table), &scope));
    return out;
}

QMap<QString, QByteArray> SyncStore::digestWithSummaries() const
{
    QMap<QString, QByteArray> out = digest();
    for (const QString &table : summaryTables())
        out.insert(table, tableDigest(table, QString(), nullptr));
    return out;
}

QByteArray SyncStore::derivedDigest() const
{
    const Database &h = m_db;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement keys(h, "SELECT k.key, c.id FROM citizen_key k JOIN citizen c ON c.local_id = k.citizen_local_id ORDER BY k.key, c.id");
    while (keys.step())
        hash.addData(keys.text(0).toUtf8() + '\x1f' + keys.text(1).toUtf8() + '\x1e');
    Statement orphans(h, "SELECT COUNT(*) FROM citizen_key WHERE citizen_local_id NOT IN (SELECT local_id FROM citizen)");
    hash.addData("orphans " + QByteArray::number(orphans.step() ? orphans.int64(0) : -1));
    for (const char *table : {"citizen", "service_request"}) {
        Statement real(h, QByteArray("SELECT COUNT(*) = (SELECT n FROM row_count WHERE name = '") .append(table).append("') FROM ").append(table).constData());
        hash.addData(QByteArray(table) + (real.step() && real.int64(0) == 1 ? " counted" : " miscounted"));
    }
    Statement tracking(h, "SELECT COUNT(*) FROM service_request WHERE tracking_key = ''");
    hash.addData("untracked " + QByteArray::number(tracking.step() ? tracking.int64(0) : -1));
    return hash.result().toHex();
}

Status SyncStore::createKeyTriggers(const char *prefix, const QString &statement, const QString &when, const QStringList &tables)
{
    for (const QString &t : tables) {
        const TableInfo &ti = info(t);
        if (ti.columns.isEmpty())
            continue; // not made yet: a migration before the table's own runs this (the table's migration runs it again)
        const auto keyOf = [&](const char *row) {
            return QStringLiteral("json_array(%1)").arg(joined(ti.key, QStringLiteral(", "), [&](const QString &c) {
                return QLatin1String(row) + u'.' + c;
            }));
        };
        const QString forTable = QString(statement).arg(t); // %2 left for the key
        const QString sql = QStringLiteral("CREATE TRIGGER %5_%1_ins AFTER INSERT ON %1 %4 BEGIN %2 END;"
                                           "CREATE TRIGGER %5_%1_upd AFTER UPDATE ON %1 %4 BEGIN %3 %2 END;"
                                           "CREATE TRIGGER %5_%1_del AFTER DELETE ON %1 %4 BEGIN %3 END;")
                                .arg(t, forTable.arg(keyOf("NEW")), forTable.arg(keyOf("OLD")), when, QLatin1String(prefix));
        if (Status st = m_db.exec(sql); !st)
            return st;
    }
    return {};
}

// ---- scopes ---------------------------------------------------------------------------------------------------

namespace {
/// The statuses of an open request (as the backlog counts them).
const QString openStatuses = QStringLiteral("('new','accepted','assigned','in_progress','on_hold','reopened')");
/// A request in a scope's base (without the requests it fetched): open, changed since the first value bound, or of
/// the department bound second.
const QString inBaseScope = QStringLiteral("(status IN %1 OR updated_at >= ? OR coalesce(department_id = ?, 1 = 0))").arg(openStatuses);

}

QString SyncStore::idsBound() const
{
    return m_db.isPostgres() ? QStringLiteral("SELECT json_array_elements_text(CAST(? AS json))") : QStringLiteral("SELECT value FROM json_each(?)");
}

QString SyncStore::scopeRequests() const
{
    // The named requests (the original of a duplicate, the request one recurs) are in with the requests naming them.
    return QStringLiteral("WITH RECURSIVE scope_request(id) AS ("
                          "SELECT id FROM service_request WHERE %1 OR id IN (%2) "
                          "UNION SELECT r.ref FROM scope_request s JOIN ("
                          "SELECT id, duplicate_of AS ref FROM service_request WHERE duplicate_of IS NOT NULL "
                          "UNION ALL SELECT id, recurrence_of FROM service_request WHERE recurrence_of IS NOT NULL) r ON r.id = s.id) ")
        .arg(inBaseScope, idsBound());
}

QString SyncStore::scopeCondition(const QString &table) const
{
    static const QString inScope = QStringLiteral("request_id IN (SELECT id FROM scope_request)");
    if (table == QLatin1String("service_request"))
        return QStringLiteral("id IN (SELECT id FROM scope_request)");
    // A request's history while it is open, of the desk's department or fetched: a closed one's is fetched when it
    // is opened (half of a request's bytes on a partial desk).
    if (table == QLatin1String("request_event"))
        return QStringLiteral("request_id IN (SELECT id FROM service_request WHERE id IN (SELECT id FROM scope_request) AND %1)").arg(historyHeld());
    // Messages and e-mails of no request, and calls of no request in the scope, while they are recent.
    if (table == QLatin1String("notification"))
        return QStringLiteral("((request_id IS NOT NULL AND %1) OR (request_id IS NULL AND created_at >= ?))").arg(inScope);
    if (table == QLatin1String("inbound_mail"))
        return QStringLiteral("((request_id IS NOT NULL AND %1) OR (request_id IS NULL AND received_at >= ?))").arg(inScope);
    if (table == QLatin1String("phone_call"))
        return QStringLiteral("(started_at >= ? OR id IN (SELECT call_id FROM call_request WHERE %1))").arg(inScope);
    if (!requestColumn(table).isEmpty())
        return inScope;
    return QString();
}

int SyncStore::bindScope(Statement &s, const SyncScope &scope, const QString &table, int index)
{
    s.bind(index++, scope.since);
    s.bind(index++, scope.departmentId);
    s.bind(index++, jsonIds(scope.pinned));
    return bindConditionOf(s, scope, table, index);
}

int SyncStore::bindConditionOf(Statement &s, const SyncScope &scope, const QString &table, int index)
{
    if (table == QLatin1String("notification") || table == QLatin1String("inbound_mail") || table == QLatin1String("phone_call"))
        s.bind(index++, scope.since);
    if (table == QLatin1String("request_event"))
        index = bindHistoryHeld(s, scope, index);
    return index;
}

int SyncStore::bindHistoryHeld(Statement &s, const SyncScope &scope, int index)
{
    s.bind(index++, scope.departmentId);
    s.bind(index++, jsonIds(scope.pinned));
    return index;
}

QString SyncStore::historyHeld() const
{
    return QStringLiteral("(status IN %1 OR coalesce(department_id = ?, 1 = 0) OR id IN (%2))").arg(openStatuses, idsBound());
}

bool SyncStore::holdsHistory(const QString &requestId, const SyncScope &scope) const
{
    Statement s(m_db, QStringLiteral("SELECT 1 FROM service_request WHERE id = ? AND %1").arg(historyHeld()).toUtf8().constData());
    s.bind(1, requestId);
    bindHistoryHeld(s, scope, 2);
    return s.step();
}

QList<SyncRow> SyncStore::withoutSummaries(const QList<SyncRow> &rows)
{
    QList<SyncRow> out;
    out.reserve(rows.size());
    for (const SyncRow &r : rows) {
        if (!summaryTables().contains(r.table))
            out.append(r);
    }
    return out;
}

Result<QList<SyncRow>> SyncStore::scopedRows(const QList<SyncRow> &rows, const SyncScope &scope) const
{
    // The request each row belongs to.
    QList<QString> requestOf(rows.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SyncRow &row = rows.at(i);
        const QString column = requestColumn(row.table);
        if (column.isEmpty() || !row.values)
            continue;
        const qsizetype at = info(row.table).columns.indexOf(column);
        const QJsonValue v = at >= 0 ? row.values->at(at) : QJsonValue();
        if (v.isString()) {
            requestOf[i] = v.toString();
            ids.insert(v.toString());
        }
    }
    const QSet<QString> pinned(scope.pinned.cbegin(), scope.pinned.cend());
    const auto json = [](const QSet<QString> &set) { return jsonIds(QStringList(set.cbegin(), set.cend())); };
    // Requests whose history the desk may lack and now holds: reopened (a closed request's history is not on a
    // partial desk) or routed to its department.
    const TableInfo &events = info(QStringLiteral("request_event"));
    const qsizetype eventRequest = events.columns.indexOf(QStringLiteral("request_id"));
    QSet<QString> historyEntering;
    {
        const qsizetype kind = events.columns.indexOf(QStringLiteral("kind")), from = events.columns.indexOf(QStringLiteral("from_value")),
                        to = events.columns.indexOf(QStringLiteral("to_value"));
        for (const SyncRow &row : rows) {
            if (row.table != QLatin1String("request_event") || !row.values)
                continue;
            const QString k = row.values->at(kind).toString(), fromValue = row.values->at(from).toString(), toValue = row.values->at(to).toString();
            const bool reopened = k == QLatin1String("status_change") && !openStatuses.contains(u'\'' + fromValue + u'\'')
                && openStatuses.contains(u'\'' + toValue + u'\'');
            const bool routedHere = k == QLatin1String("routing") && !fromValue.isEmpty() && !scope.departmentId.isEmpty()
                && toValue == scope.departmentId; // (not a filing's first routing)
            if (reopened || routedHere)
                historyEntering.insert(row.values->at(eventRequest).toString());
        }
    }
    QSet<QString> in, named, history;
    QStringList whole; // old requests entering the scope, and named requests outside it: sent whole
    if (!ids.isEmpty()) {
        Statement s(m_db, QStringLiteral("SELECT id, created_at, duplicate_of, recurrence_of, CASE WHEN status IN %1 THEN 1 ELSE 0 END, "
                                         "CASE WHEN updated_at >= ? THEN 1 ELSE 0 END, CASE WHEN department_id = ? THEN 1 ELSE 0 END "
                                         "FROM service_request WHERE id IN (%2)")
                              .arg(openStatuses, idsBound()).toUtf8().constData());
        s.bind(1, scope.since);
        s.bind(2, scope.departmentId);
        s.bind(3, json(ids));
        while (s.step()) {
            const QString id = s.text(0);
            const bool open = s.int64(4) != 0, recent = s.int64(5) != 0, own = s.int64(6) != 0;
            if (!(open || recent || own || pinned.contains(id)))
                continue;
            in.insert(id);
            if (open || own || pinned.contains(id))
                history.insert(id);
            // Made before the scope's start: the desk may not have had it (closed long ago, now reopened or
            // changed), so it goes whole. Not its department's (those it has) nor one it fetched. Nor may it have
            // the history of a closed request now reopened or routed to it.
            if (!pinned.contains(id) && ((!own && s.int64(1) < scope.since) || (history.contains(id) && historyEntering.contains(id))))
                whole.append(id);
            for (int c : {2, 3}) {
                if (!s.isNull(c))
                    named.insert(s.text(c));
            }
        }
        if (!s.isValid())
            return m_db.lastError(Tr::tr("reading the scope of the changes"));
    }
    named.subtract(pinned);
    if (!named.isEmpty()) {
        Statement s(m_db, QStringLiteral("SELECT id FROM service_request WHERE id IN (%1) AND NOT %2").arg(idsBound(), inBaseScope).toUtf8().constData());
        s.bind(1, json(named));
        s.bind(2, scope.since);
        s.bind(3, scope.departmentId);
        while (s.step())
            whole.append(s.text(0));
        if (!s.isValid())
            return m_db.lastError(Tr::tr("reading the scope of the changes"));
    }
    QList<SyncRow> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (requestOf.at(i).isEmpty() || (in.contains(requestOf.at(i)) && (rows.at(i).table != QLatin1String("request_event") || history.contains(requestOf.at(i)))))
            out.append(rows.at(i));
    }
    if (whole.isEmpty())
        return out;
    // The requests sent whole, less the histories the desk does not hold (a closed request's, and those of the
    // requests they name).
    const QList<SyncRow> family = requestFamily(whole);
    QSet<QString> familyIds;
    for (const SyncRow &row : family) {
        if (row.table == QLatin1String("request_event") && row.values)
            familyIds.insert(row.values->at(eventRequest).toString());
    }
    familyIds.subtract(history);
    if (!familyIds.isEmpty()) {
        Statement s(m_db, QStringLiteral("SELECT id FROM service_request WHERE id IN (%1) AND %2").arg(idsBound(), historyHeld()).toUtf8().constData());
        s.bind(1, json(familyIds));
        bindHistoryHeld(s, scope, 2);
        while (s.step())
            history.insert(s.text(0));
        if (!s.isValid())
            return m_db.lastError(Tr::tr("reading the scope of the changes"));
    }
    for (const SyncRow &row : family) {
        if (row.table != QLatin1String("request_event") || !row.values || history.contains(row.values->at(eventRequest).toString()))
            out.append(row);
    }
    return out;
}

QList<SyncRow> SyncStore::requestFamily(const QStringList &ids) const
{
    const QString list = idsBound();
    // The requests and those they name, and theirs.
    QStringList all, frontier = ids;
    QSet<QString> seen(ids.cbegin(), ids.cend());
    all = ids;
    for (int round = 0; round < 16 && !frontier.isEmpty(); ++round) {
        Statement s(m_db, QStringLiteral("SELECT duplicate_of, recurrence_of FROM service_request WHERE id IN (%1)").arg(list).toUtf8().constData());
        s.bind(1, jsonIds(frontier));
        frontier.clear();
        while (s.step()) {
            for (int c : {0, 1}) {
                if (!s.isNull(c) && !seen.contains(s.text(c))) {
                    seen.insert(s.text(c));
                    frontier.append(s.text(c));
                    all.append(s.text(c));
                }
            }
        }
    }
    QList<SyncKey> keys;
    const QByteArray named = jsonIds(all);
    for (const QString &table : syncedTables()) {
        const QString column = requestColumn(table);
        const bool calls = table == QLatin1String("phone_call");
        if (column.isEmpty() && !calls)
            continue;
        const TableInfo &ti = info(table);
        const QString where = calls ? QStringLiteral("id IN (SELECT call_id FROM call_request WHERE request_id IN (%1))").arg(list)
                                    : QStringLiteral("%1 IN (%2)").arg(column, list);
        Statement s(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(ti.key.join(QStringLiteral(", ")), table, where).toUtf8().constData());
        s.bind(1, named);
        while (s.step()) {
            QJsonArray key;
            for (int c = 0; c < ti.key.size(); ++c)
                key.append(columnValue(s, c));
            keys.append(SyncKey{table, key});
        }
    }
    return rows(keys);
}

QStringList SyncStore::requestsOf(const QList<SyncRow> &rows, const QList<SyncKey> &keys) const
{
    QSet<QString> out;
    for (const SyncRow &row : rows) {
        const QString column = requestColumn(row.table);
        if (column.isEmpty())
            continue;
        if (column == QLatin1String("id")) {
            out.insert(row.key.at(0).toString());
        } else if (row.values) {
            const qsizetype at = info(row.table).columns.indexOf(column);
            if (at >= 0 && row.values->at(at).isString())
                out.insert(row.values->at(at).toString());
        }
    }
    QHash<QString, QStringList> byTable; // a key's row read here: its key is its id
    for (const SyncKey &k : keys) {
        const QString column = requestColumn(k.table);
        if (column == QLatin1String("id"))
            out.insert(k.key.at(0).toString());
        else if (!column.isEmpty() && info(k.table).key == QStringList{QStringLiteral("id")})
            byTable[k.table].append(k.key.at(0).toString());
    }
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        Statement s(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)").arg(requestColumn(it.key()), it.key(), idsBound()).toUtf8().constData());
        s.bind(1, jsonIds(*it));
        while (s.step())
            if (!s.isNull(0))
                out.insert(s.text(0));
    }
    return QStringList(out.cbegin(), out.cend());
}

QStringList SyncStore::requestsByTracking(const QString &tracking) const
{
    // The server's store need not keep the tracking keys a desk's search does: the number itself, as typed with
    // or without its dashes (an expression index on PostgreSQL).
    Statement s(m_db, "SELECT id FROM service_request WHERE tracking_key = ? OR replace(upper(tracking_number), '-', '') = ?");
    s.bind(1, SearchIndexer::trackingKey(tracking));
    s.bind(2, SearchIndexer::trackingKey(tracking));
    QStringList out;
    while (s.step())
        out.append(s.text(0));
    return out;
}

QStringList SyncStore::requestsOfCitizenOutside(const QString &citizenId, const SyncScope &scope, int limit) const
{
    Statement s(m_db, QStringLiteral("SELECT id FROM service_request WHERE (citizen_id = ? OR id IN (SELECT request_id FROM request_reporter WHERE citizen_id = ?)) "
                                     "AND NOT %1 ORDER BY created_at DESC, id LIMIT ?")
                          .arg(inBaseScope).toUtf8().constData());
    s.bind(1, citizenId);
    s.bind(2, citizenId);
    s.bind(3, scope.since);
    s.bind(4, scope.departmentId);
    s.bind(5, qint64(limit));
    QStringList out;
    while (s.step())
        out.append(s.text(0));
    return out;
}

// ---- server ---------------------------------------------------------------------------------------------------

Status SyncStore::enableServerTracking()
{
    if (m_db.isPostgres()) {
        // The change log's triggers are the PostgreSQL schema's own; they log once the tenant's clock is there.
        return m_db.exec(QStringLiteral("INSERT INTO sync_clock(id, seq, epoch) VALUES (1, 0, '%1') ON CONFLICT DO NOTHING")
                             .arg(newRowId(QDateTime::currentMSecsSinceEpoch())));
    }
    return m_db.transaction([&]() -> Status {
        if (Status st = dropTriggers("sync_"); !st)
            return st;
        if (Status st = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO sync_clock(id, seq, epoch) VALUES (1, 0, '%1')")
                                      .arg(newRowId(QDateTime::currentMSecsSinceEpoch())));
            !st)
            return st;
        // No OR IGNORE: an outer statement's own conflict clause (an upsert) would override it.
        return createKeyTriggers("sync_log",
                                 QStringLiteral("INSERT INTO sync_change(seq, tbl, key) SELECT c.seq, '%1', k.v FROM sync_clock c, "
                                                "(SELECT %2 AS v) k WHERE c.id = 1 AND NOT EXISTS "
                                                "(SELECT 1 FROM sync_change x WHERE x.seq = c.seq AND x.tbl = '%1' AND x.key = k.v);"),
                                 QString(), syncedTables() + summaryTables()); // the summaries go to partial replicas
    });
}

Status SyncStore::write(const std::function<Status()> &work)
{
    if (m_db.isPostgres()) {
        // The seq at the end (pg_schema_v3.sql): what the work logs and records waits under the transaction's
        // negative id; one statement then moves the clock, gives those rows its seq and tells the other instances,
        // and the clock's row stays locked only from there to the commit.
        const bool outer = !m_pendingSeq;
        m_pendingSeq = true;
        const Status done = m_db.transaction([&]() -> Status {
            if (Status st = work(); !st)
                return st;
            // The requests' changes are added to the dashboard's figures first (pg_schema_v4.sql), so that their
            // rows are logged under this seq too. A transaction that logged nothing (only refusals recorded) does
            // not move the clock: its ledger entries take the current seq.
            return m_db.exec(QStringLiteral(
                "SELECT cd_fold_requests(); "
                "WITH l AS (SELECT EXISTS (SELECT 1 FROM sync_change WHERE seq = -txid_current()) AS logged), "
                "s AS (UPDATE sync_clock SET seq = seq + 1 WHERE id = 1 AND (SELECT logged FROM l) RETURNING seq), "
                "n AS (SELECT seq FROM s UNION ALL SELECT seq FROM sync_clock WHERE id = 1 AND NOT (SELECT logged FROM l)), "
                "c AS (UPDATE sync_change SET seq = (SELECT seq FROM n) WHERE seq < 0 AND seq = -txid_current()), "
                "m AS (UPDATE sync_mutation SET seq = (SELECT seq FROM n) WHERE seq < 0 AND seq = -txid_current()) "
                "SELECT pg_notify('civicdesk_changes', current_setting('civicdesk.tenant') || ':' || seq) FROM s"));
        });
        if (outer)
            m_pendingSeq = false;
        return done;
    }
    return m_db.transaction([&]() -> Status {
        if (Status st = m_db.exec(QStringLiteral("UPDATE sync_clock SET seq = seq + 1 WHERE id = 1")); !st)
            return st;
        if (Status st = work(); !st)
            return st;
        // Nothing logged under the new seq (only refusals recorded): the clock goes back, and the ledger's entries
        // with it.
        return m_db.exec(QStringLiteral(
            "UPDATE sync_mutation SET seq = seq - 1 WHERE seq = (SELECT seq FROM sync_clock WHERE id = 1) "
            "AND NOT EXISTS (SELECT 1 FROM sync_change WHERE seq = (SELECT seq FROM sync_clock WHERE id = 1)); "
            "UPDATE sync_clock SET seq = seq - 1 WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM sync_change x WHERE x.seq = sync_clock.seq)"));
    });
}

qint64 SyncStore::currentSeq() const
{
    Statement s(m_db, "SELECT seq FROM sync_clock WHERE id = 1");
    return s.step() ? s.int64(0) : 0;
}

QString SyncStore::epoch() const
{
    Statement s(m_db, "SELECT epoch FROM sync_clock WHERE id = 1");
    return s.step() ? s.text(0) : QString();
}

Status SyncStore::newEpoch()
{
    return m_db.transaction([&]() -> Status {
        if (Status st = m_db.exec(QStringLiteral("DELETE FROM sync_change")); !st)
            return st;
        return m_db.exec(QStringLiteral("UPDATE sync_clock SET seq = seq + 1, epoch = '%1' WHERE id = 1")
                             .arg(newRowId(QDateTime::currentMSecsSinceEpoch())));
    });
}

Result<ChangePage> SyncStore::changesAfter(qint64 cursor, int maxRows, bool summaries) const
{
    ChangePage page;
    page.from = page.to = cursor;
    const Database &h = m_db;
    {
        // Whole transactions: a page ends after a seq, never inside one.
        Statement s(h, "SELECT seq, COUNT(*) FROM sync_change WHERE seq > ? GROUP BY seq ORDER BY seq");
        s.bind(1, cursor);
        qint64 rows = 0;
        while (s.step()) {
            const qint64 n = s.int64(1);
            if (rows > 0 && rows + n > maxRows) {
                page.more = true;
                break;
            }
            rows += n;
            page.to = s.int64(0);
        }
        if (!s.isValid())
            return m_db.lastError(Tr::tr("reading the changes"));
    }
    QList<SyncKey> keys;
    if (splitPagesBug) {
        Statement s(h, "SELECT seq, tbl, key FROM sync_change WHERE seq > ? ORDER BY seq, tbl, key");
        s.bind(1, cursor);
        page.more = false;
        page.to = cursor;
        while (s.step()) {
            if (keys.size() >= maxRows) {
                page.more = true;
                break;
            }
            page.to = s.int64(0);
            keys.append(SyncKey{s.text(1), keyFromText(s.text(2))});
        }
    } else {
        Statement s(h, "SELECT DISTINCT tbl, key FROM sync_change WHERE seq > ? AND seq <= ?");
        s.bind(1, cursor);
        s.bind(2, page.to);
        while (s.step())
            keys.append(SyncKey{s.text(0), keyFromText(s.text(1))});
    }
    if (!summaries) {
        const QStringList &skipped = summaryTables();
        keys.removeIf([&](const SyncKey &k) { return skipped.contains(k.table); });
    }
    page.rows = rows(keys);
    if (page.to == cursor && !page.more)
        page.to = std::max(cursor, currentSeq()); // nothing logged after the cursor: the desk is at the head
    return page;
}

QList<SyncRow> SyncStore::rows(const QList<SyncKey> &keys) const
{
    // Parents first, so that a reader applying them in order meets no missing parent.
    QHash<QString, QList<QJsonArray>> byTable;
    for (const SyncKey &k : keys)
        byTable[k.table].append(k.key);
    QList<SyncRow> out;
    const Database &h = m_db;
    for (const QString &table : syncedTables() + summaryTables()) {
        const auto it = byTable.constFind(table);
        if (it == byTable.cend())
            continue;
        const TableInfo &ti = info(table);
        if (ti.key == QStringList{QStringLiteral("id")}
            && std::all_of(it->cbegin(), it->cend(), [](const QJsonArray &k) { return k.size() == 1 && k.at(0).isString(); })) {
            // Keyed by one id: the table's rows read in one statement, the ids bound as one JSON array (on
            // PostgreSQL a round trip per row would be most of a pull's time), and given back in the keys' order.
            QJsonArray ids;
            for (const QJsonArray &key : *it)
                ids.append(key.at(0));
            Statement s(h, QStringLiteral("SELECT %1 FROM %2 WHERE id IN (%3)").arg(ti.columns.join(QStringLiteral(", ")), table, idsBound()).toUtf8().constData());
            s.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
            const qsizetype idColumn = ti.columns.indexOf(QStringLiteral("id"));
            QHash<QString, QJsonArray> found;
            while (s.step()) {
                QJsonArray values;
                for (int c = 0; c < ti.columns.size(); ++c)
                    values.append(columnValue(s, c));
                found.insert(values.at(idColumn).toString(), values);
            }
            for (const QJsonArray &key : *it) {
                SyncRow row{table, key, std::nullopt};
                const auto f = found.constFind(key.at(0).toString());
                if (f != found.cend())
                    row.values = *f;
                out.append(row);
            }
            continue;
        }
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                   .arg(ti.columns.join(QStringLiteral(", ")), table,
                                        joined(ti.key, QStringLiteral(" AND "), [](const QString &c) { return c + QStringLiteral(" = ?"); }))
                                   .toUtf8();
        Statement s(h, sql.constData());
        for (const QJsonArray &key : *it) {
            for (int i = 0; i < ti.key.size(); ++i)
                bindValue(s, i + 1, key.at(i));
            SyncRow row{table, key, std::nullopt};
            if (s.step()) {
                QJsonArray values;
                for (int c = 0; c < ti.columns.size(); ++c)
                    values.append(columnValue(s, c));
                row.values = values;
            }
            s.reset();
            out.append(row);
        }
    }
    return out;
}

std::optional<LedgerEntry> SyncStore::mutation(const QString &clientId, qint64 mutationId) const
{
    Statement s(m_db,
                      "SELECT command_id, name, user_id, outcome, code, message, answer, seq FROM sync_mutation "
                      "WHERE client_id = ? AND mutation_id = ?");
    s.bind(1, clientId);
    s.bind(2, mutationId);
    if (!s.step())
        return std::nullopt;
    LedgerEntry e{clientId, mutationId, s.text(0), s.text(1), s.text(2), s.text(3) == QLatin1String("applied"), s.text(4), s.text(5),
                  QJsonDocument::fromJson(s.text(6).toUtf8()).object(), s.int64(7)};
    return e;
}

qint64 SyncStore::lastMutationId(const QString &clientId) const
{
    Statement s(m_db, "SELECT MAX(mutation_id) FROM sync_mutation WHERE client_id = ?");
    s.bind(1, clientId);
    return s.step() ? s.int64(0) : 0;
}

QList<LedgerEntry> SyncStore::rejectedAfter(const QString &clientId, qint64 afterId) const
{
    Statement s(m_db,
                      "SELECT mutation_id, command_id, name, user_id, code, message, answer FROM sync_mutation "
                      "WHERE client_id = ? AND mutation_id > ? AND outcome = 'rejected' ORDER BY mutation_id");
    s.bind(1, clientId);
    s.bind(2, afterId);
    QList<LedgerEntry> out;
    while (s.step())
        out.append(LedgerEntry{clientId, s.int64(0), s.text(1), s.text(2), s.text(3), false, s.text(4), s.text(5),
                               QJsonDocument::fromJson(s.text(6).toUtf8()).object(), 0});
    return out;
}

Status SyncStore::record(const LedgerEntry &e)
{
    // Within a write on PostgreSQL the seq is not taken yet: the entry waits under the transaction's id (write()).
    Statement s(m_db, m_pendingSeq ? "INSERT INTO sync_mutation(client_id, mutation_id, command_id, name, user_id, outcome, code, message, answer, seq, at) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,-txid_current(),?)"
                                   : "INSERT INTO sync_mutation(client_id, mutation_id, command_id, name, user_id, outcome, code, message, answer, seq, at) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,(SELECT seq FROM sync_clock WHERE id = 1),?)");
    s.bind(1, e.clientId);
    s.bind(2, e.mutationId);
    s.bind(3, e.commandId);
    s.bind(4, e.name);
    s.bind(5, e.userId);
    s.bind(6, QString::fromLatin1(e.applied ? "applied" : "rejected"));
    s.bind(7, e.code);
    s.bind(8, e.message);
    s.bind(9, QJsonDocument(e.answer).toJson(QJsonDocument::Compact));
    s.bind(10, QDateTime::currentMSecsSinceEpoch());
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording a mutation"));
    return {};
}

Status SyncStore::exportSnapshot(const QString &path, const SyncScope *scope) const
{
    if (m_db.isPostgres()) {
        // A new CivicDesk file with the synced rows of one moment of the store; its own triggers count and sum
        // them as they go in, and its search index is made from them.
        Database::removeFiles(path);
        Result<std::unique_ptr<Database>> file = Database::open(path);
        if (!file)
            return file.error();
        // One transaction of the whole municipality: with SQLite's default cache of a few megabytes its pages
        // were read back from the file again and again (at 80,000 requests most of the copy's time was pread).
        if (Status st = file.value()->setPageCacheKiB(256 * 1024); !st)
            return st;
        SyncStore copy(*file.value());
        Status s = scope ? copy.makePartial() : Status();
        if (s)
            s = m_db.read([&] { return copyTo(copy, scope); });
        if (s)
            s = file.value()->transaction([&] { return SearchIndexer(*file.value()).rebuildAll(); });
        return s;
    }
    Statement s(m_db, "VACUUM INTO ?");
    s.bind(1, path);
    if (!s.exec())
        return m_db.lastError(Tr::tr("copying the data for a new desk"));
    sqlite3 *copy = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &copy, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(copy);
        return Error{QStringLiteral("sync.snapshot"), Tr::tr("The copy for a new desk could not be opened.")};
    }
    QByteArray strip = "PRAGMA journal_mode = DELETE; BEGIN; DELETE FROM sync_change; DELETE FROM sync_mutation; DELETE FROM local_setting; ";
    {
        SqliteStatement t(copy, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'sync_log_%'");
        while (t.step())
            strip += "DROP TRIGGER \"" + t.text(0).toUtf8() + "\"; ";
    }
    strip += "COMMIT;";
    char *error = nullptr;
    const int rc = sqlite3_exec(copy, strip.constData(), nullptr, nullptr, &error);
    const QString detail = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(copy);
    if (rc != SQLITE_OK)
        return Error{QStringLiteral("sync.snapshot"), Tr::tr("The copy for a new desk could not be prepared: %1").arg(detail)};
    if (!scope)
        return {};
    // A partial replica's copy: the whole file's, less what is outside the scope (the summaries stay the server's).
    Result<std::unique_ptr<Database>> file = Database::open(path);
    if (!file)
        return file.error();
    SyncStore partial(*file.value());
    if (Status st = partial.makePartial(); !st)
        return st;
    if (Result<int> removed = partial.removeOutside(*scope); !removed)
        return removed.error();
    return file.value()->exec(QStringLiteral("VACUUM"));
}

Status SyncStore::backupTo(const QString &path) const
{
    Statement s(m_db, "VACUUM INTO ?");
    s.bind(1, path);
    if (!s.exec())
        return m_db.lastError(Tr::tr("copying the data to %1").arg(path));
    return {};
}

// ---- desk -----------------------------------------------------------------------------------------------------

Status SyncStore::carryLocalState(const QString &oldPath)
{
    const Database &h = m_db;
    {
        Statement attach(h, "ATTACH DATABASE ? AS old");
        attach.bind(1, oldPath);
        if (!attach.exec())
            return m_db.lastError(Tr::tr("reading the desk's old file"));
    }
    const Status copied = m_db.transaction([&]() -> Status {
        for (const char *table : {"local_setting", "draft", "sync_outbox", "sync_rejection"}) {
            // By column name: the two files were made by different histories of migrations.
            QStringList columns;
            Statement c(h, "SELECT name FROM pragma_table_info(?)");
            c.bind(1, QString::fromLatin1(table));
            while (c.step())
                columns.append(c.text(0));
            const QString list = columns.join(QStringLiteral(", "));
            if (Status st = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2) SELECT %2 FROM old.%1").arg(QLatin1String(table), list)); !st)
                return st;
        }
        return {};
    });
    const Status detached = m_db.exec(QStringLiteral("DETACH DATABASE old"));
    return copied ? detached : copied;
}

Status SyncStore::enableDeskCapture()
{
    return m_db.transaction([&]() -> Status {
        if (Status st = dropTriggers("sync_"); !st)
            return st;
        return createKeyTriggers("sync_dirty",
                                 QStringLiteral("INSERT INTO sync_dirty(tbl, key) SELECT '%1', k.v FROM (SELECT %2 AS v) k "
                                                "WHERE NOT EXISTS (SELECT 1 FROM sync_dirty x WHERE x.tbl = '%1' AND x.key = k.v);"),
                                 QStringLiteral("WHEN (SELECT capturing FROM sync_capture WHERE id = 1) = 1"), syncedTables());
    });
}

Status SyncStore::makePartial()
{
    return m_db.transaction([&]() -> Status {
        for (const char *prefix : {"request_stats_", "request_backlog_", "request_heat_", "tenant_zone_recounted"}) {
            if (Status st = dropTriggers(prefix); !st)
                return st;
        }
        return m_db.setLocalSetting(QStringLiteral("sync_partial"), QStringLiteral("1"));
    });
}

bool SyncStore::isPartial() const
{
    return m_db.localSetting(QStringLiteral("sync_partial")) == QLatin1String("1");
}

Result<int> SyncStore::removeOutside(const SyncScope &scope)
{
    int removed = 0;
    const Status done = m_db.transaction([&]() -> Status {
        // The search keys of the requests that go, then their rows, children first.
        QList<std::pair<qint64, QString>> going;
        {
            Statement s(m_db, (scopeRequests() + QStringLiteral("SELECT local_id, description, address FROM service_request WHERE NOT (%1)")
                                                    .arg(scopeCondition(QStringLiteral("service_request"))))
                                  .toUtf8().constData());
            bindScope(s, scope, QStringLiteral("service_request"));
            while (s.step())
                going.append({s.int64(0), SearchIndexer::requestText(s.text(1), s.text(2))});
            if (!s.isValid())
                return m_db.lastError(Tr::tr("finding the requests outside this desk's scope"));
        }
        SearchIndexer indexer(m_db);
        for (const auto &[localId, text] : going) {
            if (Status st = indexer.indexRequest(localId, QString(), text); !st)
                return st;
        }
        QStringList tables = syncedTables();
        std::reverse(tables.begin(), tables.end());
        for (const QString &table : tables) {
            const QString condition = scopeCondition(table);
            if (condition.isEmpty())
                continue;
            Statement s(m_db, (scopeRequests() + QStringLiteral("DELETE FROM %1 WHERE NOT (%2)").arg(table, condition)).toUtf8().constData());
            bindScope(s, scope, table);
            if (!s.exec())
                return m_db.lastError(Tr::tr("removing the rows outside this desk's scope"));
        }
        removed = int(going.size());
        return {};
    });
    if (!done)
        return done.error();
    return removed;
}

Status SyncStore::removeHistoriesOutside(const QStringList &requestIds, const SyncScope &scope)
{
    Statement s(m_db, QStringLiteral("DELETE FROM request_event WHERE request_id IN (SELECT id FROM service_request WHERE id IN (%1) AND NOT %2)")
                          .arg(idsBound(), historyHeld()).toUtf8().constData());
    s.bind(1, jsonIds(requestIds));
    bindHistoryHeld(s, scope, 2);
    if (!s.exec())
        return m_db.lastError(Tr::tr("removing the histories outside this desk's scope"));
    return {};
}

Status SyncStore::setCapturing(bool on)
{
    return m_db.exec(QStringLiteral("UPDATE sync_capture SET capturing = %1 WHERE id = 1").arg(on ? 1 : 0));
}

QList<SyncKey> SyncStore::dirtyKeys() const
{
    Statement s(m_db, "SELECT tbl, key FROM sync_dirty ORDER BY tbl, key");
    QList<SyncKey> out;
    while (s.step())
        out.append(SyncKey{s.text(0), keyFromText(s.text(1))});
    return out;
}

Status SyncStore::clearDirty()
{
    return m_db.exec(QStringLiteral("DELETE FROM sync_dirty"));
}

Status SyncStore::apply(const QList<SyncRow> &rows)
{
    const Database &h = m_db;
    if (Status st = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !st)
        return st;
    SearchIndexer indexer(m_db);
    QSet<QString> citizens;                // to index again once all their rows are in
    QHash<QString, QString> requestOldText; // request id → text indexed before (empty: none)
    Statement oldRequest(h, "SELECT local_id, description, address FROM service_request WHERE id = ?");
    Statement citizenLocal(h, "SELECT local_id FROM citizen WHERE id = ?");
    // Each table's statements prepared once for all its rows.
    struct TableStatements
    {
        Statement upsert;
        Statement remove;
        Statement removeDifferent; ///< append-only tables: a row the desk made differently, before the server's goes in
    };
    std::map<QString, TableStatements> statements;
    const bool partial = isPartial();
    for (const SyncRow &row : rows) {
        if (!syncedTables().contains(row.table) && !(partial && summaryTables().contains(row.table)))
            return Error{QStringLiteral("sync.unknown-table"), Tr::tr("The server sent rows of an unknown table %1.").arg(row.table)};
        const TableInfo &ti = info(row.table);
        if (row.key.size() != ti.key.size() || (row.values && row.values->size() != ti.columns.size()))
            return Error{QStringLiteral("sync.malformed-row"), Tr::tr("The server sent a row of %1 that does not fit its columns.").arg(row.table)};
        auto sit = statements.find(row.table);
        if (sit == statements.end()) {
            const QString where = joined(ti.key, QStringLiteral(" AND "), [](const QString &c) { return c + QStringLiteral(" = ?"); });
            QStringList sets, differs, anyDiffers;
            for (const QString &c : ti.columns) {
                anyDiffers.append(QStringLiteral("%1 IS NOT ?").arg(c));
                if (ti.key.contains(c))
                    continue;
                sets.append(QStringLiteral("%1 = excluded.%1").arg(c));
                differs.append(QStringLiteral("%1 IS NOT excluded.%1").arg(c));
            }
            // Rows that are never updated (the history) are replaced by removeDifferent, then inserted.
            const QString conflict = ti.appendOnly || sets.isEmpty()
                ? QStringLiteral("DO NOTHING")
                : QStringLiteral("DO UPDATE SET %1 WHERE %2").arg(sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR ")));
            const QByteArray upsert = QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) %5")
                                          .arg(row.table, ti.columns.join(QStringLiteral(", ")),
                                               QStringList(ti.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                                               ti.key.join(QStringLiteral(", ")), conflict)
                                          .toUtf8();
            const QByteArray remove = QStringLiteral("DELETE FROM %1 WHERE %2").arg(row.table, where).toUtf8();
            const QByteArray removeDifferent =
                QStringLiteral("DELETE FROM %1 WHERE %2 AND (%3)").arg(row.table, where, anyDiffers.join(QStringLiteral(" OR "))).toUtf8();
            sit = statements.emplace(row.table, TableStatements{Statement(h, upsert.constData()), Statement(h, remove.constData()),
                                                               ti.appendOnly ? Statement(h, removeDifferent.constData()) : Statement()})
                      .first;
        }
        TableStatements &prepared = sit->second;
        const bool isRequest = row.table == QLatin1String("service_request");
        const bool isCitizen = row.table == QLatin1String("citizen");
        const QString id = row.key.at(0).toString();
        if (isRequest && !requestOldText.contains(id)) {
            oldRequest.bind(1, id);
            requestOldText.insert(id, oldRequest.step() ? SearchIndexer::requestText(oldRequest.text(1), oldRequest.text(2)) : QString());
            oldRequest.reset();
        }
        if (isCitizen || row.table == QLatin1String("citizen_phone") || row.table == QLatin1String("citizen_email"))
            citizens.insert(id); // the key's first part is the citizen's id
        if (row.values && ti.appendOnly) {
            for (int i = 0; i < ti.key.size(); ++i)
                bindValue(prepared.removeDifferent, i + 1, row.key.at(i));
            for (int i = 0; i < ti.columns.size(); ++i)
                bindValue(prepared.removeDifferent, int(ti.key.size()) + i + 1, row.values->at(i));
            if (!prepared.removeDifferent.exec())
                return m_db.lastError(Tr::tr("writing the server's rows of %1").arg(row.table));
        }
        if (row.values) {
            for (int i = 0; i < ti.columns.size(); ++i)
                bindValue(prepared.upsert, i + 1, row.values->at(i));
            if (!prepared.upsert.exec())
                return m_db.lastError(Tr::tr("writing the server's rows of %1").arg(row.table));
        } else {
            if (isRequest && !requestOldText.value(id).isEmpty()) {
                oldRequest.bind(1, id);
                if (oldRequest.step()) {
                    if (Status st = indexer.indexRequest(oldRequest.int64(0), QString(), requestOldText.value(id)); !st)
                        return st;
                }
                oldRequest.reset();
                requestOldText.insert(id, QString());
            }
            if (isCitizen) {
                citizenLocal.bind(1, id);
                if (citizenLocal.step()) {
                    if (Status st = indexer.indexCitizen(citizenLocal.int64(0), Citizen{}); !st)
                        return st;
                }
                citizenLocal.reset();
            }
            for (int i = 0; i < ti.key.size(); ++i)
                bindValue(prepared.remove, i + 1, row.key.at(i));
            if (!prepared.remove.exec())
                return m_db.lastError(Tr::tr("removing the server's rows of %1").arg(row.table));
        }
    }
    // The search index follows the rows, as the stores keep it when they write.
    for (auto it = requestOldText.cbegin(); it != requestOldText.cend(); ++it) {
        oldRequest.bind(1, it.key());
        if (oldRequest.step()) {
            const QString now = SearchIndexer::requestText(oldRequest.text(1), oldRequest.text(2));
            const qint64 localId = oldRequest.int64(0);
            oldRequest.reset();
            if (now != it.value()) {
                if (Status st = indexer.indexRequest(localId, now, it.value()); !st)
                    return st;
            }
        } else {
            oldRequest.reset();
        }
    }
    for (const QString &id : std::as_const(citizens)) {
        if (Status st = indexer.reindexCitizen(id); !st)
            return st;
    }
    return {};
}

Status SyncStore::checkReferencesAsWritten()
{
    return m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = OFF"));
}

Status SyncStore::appendOutbox(const OutboxEntry &e)
{
    Statement s(m_db, "INSERT INTO sync_outbox(mutation_id, command, at) VALUES (?,?,?)");
    s.bind(1, e.mutationId);
    s.bind(2, QJsonDocument(e.command).toJson(QJsonDocument::Compact));
    s.bind(3, e.at);
    if (!s.exec())
        return m_db.lastError(Tr::tr("keeping a change for the server"));
    return {};
}

QList<OutboxEntry> SyncStore::outbox() const
{
    Statement s(m_db, "SELECT mutation_id, command, at FROM sync_outbox ORDER BY mutation_id");
    QList<OutboxEntry> out;
    while (s.step())
        out.append(OutboxEntry{s.int64(0), QJsonDocument::fromJson(s.text(1).toUtf8()).object(), s.int64(2)});
    return out;
}

int SyncStore::outboxSize() const
{
    Statement s(m_db, "SELECT COUNT(*) FROM sync_outbox");
    return s.step() ? int(s.int64(0)) : 0;
}

Status SyncStore::dropOutboxUpTo(qint64 mutationId)
{
    Statement s(m_db, "DELETE FROM sync_outbox WHERE mutation_id <= ?");
    s.bind(1, mutationId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("clearing answered changes"));
    return {};
}

Status SyncStore::addRejection(const Rejection &r)
{
    Statement s(m_db,
                      "INSERT OR IGNORE INTO sync_rejection(mutation_id, command, code, message, at) VALUES (?,?,?,?,?)");
    s.bind(1, r.mutationId);
    s.bind(2, QJsonDocument(r.command).toJson(QJsonDocument::Compact));
    s.bind(3, r.code);
    s.bind(4, r.message);
    s.bind(5, r.at);
    if (!s.exec())
        return m_db.lastError(Tr::tr("keeping a refused change"));
    return {};
}

QList<Rejection> SyncStore::rejections(bool unseenOnly) const
{
    Statement s(m_db, unseenOnly ? "SELECT mutation_id, command, code, message, at, seen FROM sync_rejection WHERE seen = 0 ORDER BY mutation_id"
                                                             : "SELECT mutation_id, command, code, message, at, seen FROM sync_rejection ORDER BY mutation_id");
    QList<Rejection> out;
    while (s.step())
        out.append(Rejection{s.int64(0), QJsonDocument::fromJson(s.text(1).toUtf8()).object(), s.text(2), s.text(3), s.int64(4), s.int64(5) != 0});
    return out;
}

Status SyncStore::markRejectionsSeen()
{
    return m_db.exec(QStringLiteral("UPDATE sync_rejection SET seen = 1 WHERE seen = 0"));
}

} // namespace CivicDesk
