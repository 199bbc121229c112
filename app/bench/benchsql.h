// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/route.h"
#include "core/storage/searchquery.h"
#include "core/util/result.h"

#include <QGeoCoordinate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace CivicDesk {

class Database;

namespace Bench {

// The benchmark's own reads and writes on the file it measures, and its bare-SQLite floor: the one place
// outside core/storage/ that holds SQL (tests/cli/layering.cmake allows this file alone).

/// Phone numbers as typed, of citizens spread over the registry.
QStringList samplePhones(Database &db, int count, bool validOnly);
/// What the queue benchmark needs of a file: pending requests, those of them routed to a department, and
/// department heads.
struct QueueReadiness
{
    qint64 pending = 0, routed = 0, heads = 0;
};
QueueReadiness queueReadiness(Database &db);
/// Persons' names ("Μαρία Οικονόμου") spread over the citizen registry.
QStringList sampleNames(Database &db, int count);
/// External (Open311) case numbers spread over the requests.
QStringList sampleExternalIds(Database &db, int count);
/// Request addresses as an operator types them: the part before the first comma.
QStringList sampleAddresses(Database &db, int count);
/// Tracking numbers spread over the requests.
QStringList sampleTrackingNumbers(Database &db, int count);
/// Up to @p count (citizen id, request id) pairs of reporters and their requests.
QList<std::pair<QString, QString>> sampleReporters(Database &db, int count);
/// When the newest request of the file was made (now for an empty file): the benchmarks' clock.
qint64 newestRequestAt(Database &db);
/// Rows of the daily summary table.
qint64 summaryRows(Database &db);
/// The department with the most pending requests.
QString busiestDepartment(Database &db);
/// Up to @p limit requests of @p departmentId being worked on (accepted, assigned, in progress).
QStringList workedRequests(Database &db, const QString &departmentId, int limit);
/// Up to @p limit pending requests of @p departmentId with a position, as route stops.
QList<RouteStop> pendingStops(Database &db, const QString &departmentId, int limit);
/// Puts up to @p count open requests of @p departmentId a ladder step long overdue (a desk that was off).
Status makeLadderBacklog(Database &db, const QString &departmentId, int count);

/// A request filed at least at a time, to file another like it.
struct FiledSample
{
    QString typeId;
    QGeoCoordinate at;
    qint64 createdAt = 0;
};
/// The first request with a position filed at or after @p since.
std::optional<FiledSample> filedSince(Database &db, qint64 since);

/// Replays the statements a search ran on bare SQLite: the cost of the lookups without any project code.
class FloorReplayer
{
public:
    explicit FloorReplayer(Database &db);
    ~FloorReplayer();
    void run(const QList<SearchStatement> &trace);
    void prepareBinds() { m_utf8.clear(); }

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    std::vector<QByteArray> m_utf8;
};

} // namespace Bench
} // namespace CivicDesk
