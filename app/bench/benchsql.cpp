// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsql.h"

#include "core/storage/database.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/sqlitestatement.h"

#include <QDateTime>
#include <QHash>

#include <sqlite3.h>

namespace CivicDesk::Bench {
namespace {

/// The first column of @p sql (one bound local number) at @p count places spread over the citizen registry,
/// the same rows every run.
QStringList sampleColumn(Database &db, const char *sql, int count)
{
    QStringList out;
    SqliteStatement total(SqliteAccess::handle(db), "SELECT max(local_id) FROM citizen");
    SqliteStatement s(SqliteAccess::handle(db), sql);
    const qint64 max = total.step() ? total.int64(0) : 0;
    for (int i = 1; i <= count && max > 0; ++i) {
        s.bind(1, max * i / (count + 1));
        if (s.step())
            out.append(s.text(0));
        s.reset();
    }
    return out;
}

/// The same over the requests.
QStringList sampleRequestColumn(Database &db, const char *sql, int count)
{
    QStringList out;
    SqliteStatement total(SqliteAccess::handle(db), "SELECT max(local_id) FROM service_request");
    SqliteStatement s(SqliteAccess::handle(db), sql);
    const qint64 max = total.step() && !total.isNull(0) ? total.int64(0) : 0;
    for (int i = 1; i <= count && max > 0; ++i) {
        s.bind(1, max * i / (count + 1));
        if (s.step() && !s.text(0).isEmpty())
            out.append(s.text(0));
        s.reset();
    }
    return out;
}

} // namespace

QueueReadiness queueReadiness(Database &db)
{
    auto countOf = [&](const char *sql) {
        SqliteStatement s(SqliteAccess::handle(db), sql);
        return s.step() ? s.int64(0) : 0;
    };
    return {countOf("SELECT count(*) FROM service_request WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened')"),
            countOf("SELECT count(*) FROM service_request WHERE department_id IS NOT NULL AND status IN "
                    "('new','accepted','assigned','in_progress','on_hold','reopened')"),
            countOf("SELECT count(*) FROM app_user WHERE role = 'department_head'")};
}

QStringList sampleNames(Database &db, int count)
{
    return sampleColumn(db, "SELECT trim(given_name || ' ' || family_name) FROM citizen WHERE local_id >= ? AND kind = 'person' "
                            "AND family_name <> '' LIMIT 1", count);
}

QStringList sampleExternalIds(Database &db, int count)
{
    return sampleRequestColumn(db, "SELECT external_id FROM service_request WHERE local_id >= ? AND external_id IS NOT NULL LIMIT 1", count);
}

QStringList sampleAddresses(Database &db, int count)
{
    QStringList out;
    for (const QString &a : sampleRequestColumn(db, "SELECT address FROM service_request WHERE local_id >= ? AND address <> '' LIMIT 1", count))
        out.append(a.section(u',', 0, 0).trimmed()); // "179 H St, Boston, MA" is typed as "179 H St"
    return out;
}

QStringList samplePhones(Database &db, int count, bool validOnly)
{
    return validOnly ? sampleColumn(db, "SELECT p.typed FROM citizen c JOIN citizen_phone p ON p.citizen_id = c.id "
                                        "WHERE c.local_id >= ? AND p.valid = 1 LIMIT 1", count)
                     : sampleColumn(db, "SELECT typed FROM citizen_phone p JOIN citizen c ON c.id = p.citizen_id WHERE c.local_id >= ? LIMIT 1", count);
}

QStringList sampleTrackingNumbers(Database &db, int count)
{
    return sampleRequestColumn(db, "SELECT tracking_number FROM service_request WHERE local_id >= ? LIMIT 1", count);
}

QList<std::pair<QString, QString>> sampleReporters(Database &db, int count)
{
    QList<std::pair<QString, QString>> out;
    SqliteStatement s(SqliteAccess::handle(db), "SELECT citizen_id, request_id FROM request_reporter LIMIT ?");
    s.bind(1, qint64(count));
    while (s.step())
        out.append({s.text(0), s.text(1)});
    return out;
}

qint64 newestRequestAt(Database &db)
{
    SqliteStatement last(SqliteAccess::handle(db), "SELECT max(created_at) FROM service_request");
    return last.step() && !last.isNull(0) ? last.int64(0) : QDateTime::currentMSecsSinceEpoch();
}

qint64 summaryRows(Database &db)
{
    SqliteStatement rows(SqliteAccess::handle(db), "SELECT count(*) FROM request_stats");
    return rows.step() ? rows.int64(0) : 0;
}

QString busiestDepartment(Database &db)
{
    SqliteStatement s(SqliteAccess::handle(db), "SELECT department_id, count(*) FROM service_request INDEXED BY service_request_queue_all "
                                                "WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') "
                                                "GROUP BY department_id ORDER BY 2 DESC LIMIT 1");
    return s.step() ? s.text(0) : QString();
}

QStringList workedRequests(Database &db, const QString &departmentId, int limit)
{
    SqliteStatement s(SqliteAccess::handle(db), "SELECT id FROM service_request INDEXED BY service_request_queue WHERE department_id = ? "
                                                "AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened') "
                                                "AND status IN ('accepted','assigned','in_progress') LIMIT ?");
    s.bind(1, departmentId);
    s.bind(2, limit);
    QStringList ids;
    while (s.step())
        ids.append(s.text(0));
    return ids;
}

QList<RouteStop> pendingStops(Database &db, const QString &departmentId, int limit)
{
    SqliteStatement s(SqliteAccess::handle(db), "SELECT id, lat, lon, priority FROM service_request INDEXED BY service_request_queue "
                                                "WHERE department_id = ? AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened') "
                                                "AND lat IS NOT NULL LIMIT ?");
    s.bind(1, departmentId);
    s.bind(2, limit);
    QList<RouteStop> stops;
    while (s.step())
        stops.append({s.text(0), QGeoCoordinate(s.real(1), s.real(2)), int(s.int64(3))});
    return stops;
}

Status makeLadderBacklog(Database &db, const QString &departmentId, int count)
{
    SqliteStatement s(SqliteAccess::handle(db), "UPDATE service_request SET escalation_level = 0, next_escalation_at = 1 WHERE local_id IN "
                                                "(SELECT local_id FROM service_request WHERE department_id = ? AND status IN "
                                                "('new','accepted','assigned','in_progress','reopened') LIMIT ?)");
    s.bind(1, departmentId);
    s.bind(2, count);
    if (!s.exec())
        return db.lastError(QStringLiteral("making a ladder backlog"));
    return {};
}

std::optional<FiledSample> filedSince(Database &db, qint64 since)
{
    SqliteStatement pick(SqliteAccess::handle(db), "SELECT service_type_id, lat, lon, created_at FROM service_request INDEXED BY service_request_created "
                                                   "WHERE created_at >= ? AND lat IS NOT NULL LIMIT 1");
    pick.bind(1, since);
    if (!pick.step())
        return std::nullopt;
    return FiledSample{pick.text(0), QGeoCoordinate(pick.real(1), pick.real(2)), pick.int64(3)};
}

struct FloorReplayer::Statements
{
    QHash<QByteArray, sqlite3_stmt *> prepared;
};

FloorReplayer::FloorReplayer(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>())
{
}

FloorReplayer::~FloorReplayer()
{
    for (sqlite3_stmt *s : std::as_const(m_statements->prepared))
        sqlite3_finalize(s);
}

void FloorReplayer::run(const QList<SearchStatement> &trace)
{
    sqlite3 *handle = SqliteAccess::handle(m_db);
    for (const SearchStatement &st : trace) {
        sqlite3_stmt *&s = m_statements->prepared[st.sql];
        if (!s)
            sqlite3_prepare_v3(handle, st.sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
        for (int i = 0; i < st.binds.size(); ++i) {
            const QVariant &v = st.binds[i];
            if (v.typeId() == QMetaType::QString) {
                const QByteArray &u = m_utf8.emplace_back(v.toString().toUtf8());
                sqlite3_bind_text(s, i + 1, u.constData(), int(u.size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_int64(s, i + 1, v.toLongLong());
            }
        }
        for (int r = 0; r <= st.rowsRead; ++r) { // the rows the search read, and the step that ended it
            if (sqlite3_step(s) != SQLITE_ROW)
                break;
        }
        sqlite3_reset(s);
    }
}

} // namespace CivicDesk::Bench
