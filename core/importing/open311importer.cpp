// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311importer.h"

#include "csvreader.h"
#include "importsupport.h"
#include "core/domain/idgenerator.h"
#include "core/text/textfold.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/deferredcounting.h"
#include "core/storage/deferredupkeep.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/walcheckpointer.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <cmath>
#include <optional>
#include <vector>

namespace CivicDesk {
namespace {

const QStringList requiredColumns{QStringLiteral("service_request_id"), QStringLiteral("status"), QStringLiteral("service_code"),
                                  QStringLiteral("service_name"), QStringLiteral("requested_datetime"),
                                  QStringLiteral("lat"), QStringLiteral("long")};

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return t;
}

} // namespace

Result<ImportReport> Open311Importer::importFile(const QString &path)
{
    Result<std::unique_ptr<QFile>> file = openImportFile(path);
    if (!file)
        return file.error();
    return import(file.value().get());
}

namespace {

/// A row read and checked, waiting for its batch to be written.
struct PendingRow
{
    int line = 0;
    QString externalId;
    bool closed = false;
    QString statusNotes;
    QString code;
    QString serviceName;
    QString description;
    QString address;
    QString mediaUrl;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;  ///< at least createdAt
    qint64 upstreamAt = 0; ///< updated_datetime as given, 0 when none
    QGeoCoordinate where;
    QString districtId;
    RequestRepository::Derived derived; ///< search words and address key, made on the reading thread
};

/// What writing a batch did; added to the report only when the batch commits.
struct BatchOutcome
{
    int imported = 0;
    int alreadyPresent = 0;
    int updated = 0;
    QList<ImportReport::Issue> skipped;
    QList<ImportReport::Issue> warnings;
    QStringList notes;
};

bool stopsEverything(const Error &e)
{
    return e.code == QLatin1String("db.full") || e.code == QLatin1String("db.read-only") || e.code == QLatin1String("db.busy")
           || e.code == QLatin1String("db.corrupt");
}

} // namespace

bool Open311Importer::inBulk(const QIODevice *device) const
{
    if (m_bulk != Bulk::Auto)
        return m_bulk == Bulk::Always;
    if (device->isSequential())
        return false;
    const qint64 rows = device->size() / 200;
    return rows >= bulkMinRows && rows >= m_db.countedRows("service_request");
}

Result<ImportReport> Open311Importer::import(QIODevice *device)
{
    const Result<Tenant> tenant = importTenant(m_db);
    if (!tenant)
        return tenant.error();
    CsvReader csv(device);
    const Result<CsvHeader> header = CsvHeader::read(csv, requiredColumns);
    if (!header)
        return header.error();
    auto field = [&](const char *name) { return header->value(csv.fields(), name); };

    ImportReport report;
    // The log's pages copied into the file on a thread of their own, not by this one after each commit.
    WalCheckpointer checkpointer(m_db);
    const bool bulk = inBulk(device);
    std::optional<DeferredUpkeep> upkeep;
    if (bulk) {
        upkeep.emplace(m_db);
        if (Status st = m_db.transaction([&] { return upkeep->begin(); }); !st)
            return st.error();
    }
    // A large file touches every index's pages again and again: a page cache of 256 MB while importing
    // (320,000 Boston-like rows: 107 s instead of 137 s), the usual one after.
    (void)m_db.setPageCacheKiB(262144);
    const auto usualCache = qScopeGuard([this] { (void)m_db.setPageCacheKiB(Database::workingCacheKiB); });
    CatalogueRepository catalogue(m_db);
    RequestRepository requests(m_db);
    const DistrictLocator districts(GeoRepository(m_db).districts());
    IdGenerator ids;
    QHash<QString, QString> typeIds;
    for (const ServiceType &t : catalogue.types())
        typeIds.insert(t.code, t.id);

    // Reads the next row into @p row; false when it is skipped (the reason is in @p report, the reading side's).
    auto readRow = [&](PendingRow &row, ImportReport &side) -> bool {
        ++side.read;
        const int line = csv.line();
        row.line = line;
        auto skip = [&](const QString &why) {
            ++side.skipped;
            side.skippedRows.append({line, why});
            return false;
        };
        // A quote opened and never closed on its line swallows the lines after it: this row is skipped and
        // they are read again, each on its own, so no other row is lost with it.
        const bool runsOn = csv.lastLine() > line;
        if (!csv.problem().isEmpty() || (runsOn && csv.fields().size() != header->size())) {
            for (const CsvReader::Repair &r : csv.repairs())
                if (r.line == line)
                    side.warnings.append({r.line, r.what});
            const QString why = !csv.problem().isEmpty()
                                    ? csv.problem() + Tr::tr("; the lines after it are read on their own")
                                    : Tr::tr("a quoted field opened on this line is not closed on it (read on to line %1, %2 fields where the header has %3); "
                                             "the lines after it are read on their own").arg(csv.lastLine()).arg(csv.fields().size()).arg(header->size());
            csv.rereadAfterFirstLine();
            return skip(why);
        }
        for (const CsvReader::Repair &r : csv.repairs())
            side.warnings.append({r.line, r.what});
        if (csv.fields().size() != header->size())
            return skip(Tr::tr("%1 fields where the header has %2").arg(csv.fields().size()).arg(header->size()));
        row.externalId = field("service_request_id");
        if (row.externalId.isEmpty())
            return skip(Tr::tr("no service_request_id"));
        const QDateTime requested = parseTime(field("requested_datetime"));
        if (!requested.isValid())
            return skip(Tr::tr("requested_datetime \"%1\" is not an ISO 8601 time").arg(field("requested_datetime")));
        const QString statusText = field("status").toLower();
        if (statusText != QLatin1String("open") && statusText != QLatin1String("closed"))
            return skip(Tr::tr("status \"%1\" is neither open nor closed").arg(field("status")));
        row.closed = statusText == QLatin1String("closed");
        row.statusNotes = field("status_notes");
        row.where = QGeoCoordinate();
        row.districtId.clear();
        if (!field("lat").isEmpty() || !field("long").isEmpty()) {
            bool okLat = false, okLon = false;
            const double lat = field("lat").toDouble(&okLat), lon = field("long").toDouble(&okLon);
            if (!okLat || !okLon || !std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180)
                return skip(Tr::tr("lat/long \"%1\", \"%2\" is not a position").arg(field("lat"), field("long")));
            row.where = QGeoCoordinate(lat, lon);
            // A placeholder far from the municipality (0,0, or a city's default point elsewhere) is no place.
            if (const double outside = districts.metresOutside(row.where); outside > 50000) {
                side.warnings.append({line, Tr::tr("lat/long %1, %2 lies %3 km outside the municipality's districts: kept without a place")
                                                  .arg(field("lat"), field("long"), QString::number(qRound(outside / 1000)))});
                ++side.unplaced;
                row.where = QGeoCoordinate();
            }
            row.districtId = districts.districtAt(row.where);
        }
        row.code = field("service_code");
        row.serviceName = field("service_name");
        if (row.code.isEmpty())
            row.code = QStringLiteral("imported.") + TextFold::queryWords(row.serviceName).join(u'-');
        if (row.code == QLatin1String("imported."))
            return skip(Tr::tr("neither service_code nor service_name"));
        const QDateTime updated = parseTime(field("updated_datetime"));
        row.createdAt = requested.toMSecsSinceEpoch();
        row.upstreamAt = updated.isValid() ? updated.toMSecsSinceEpoch() : 0;
        row.updatedAt = updated.isValid() ? std::max(row.upstreamAt, row.createdAt) : row.createdAt;
        row.description = field("description");
        row.address = field("address");
        row.mediaUrl = field("media_url");
        row.derived = RequestRepository::deriveText(row.description, row.address);
        return true;
    };

    // Writes one row; a failure leaves what it wrote for the caller to undo.
    auto writeRow = [&](const PendingRow &row, TrackingSequence &tracking, BatchOutcome &out) -> Status {
        if (const std::optional<QString> presentId = requests.idByExternalId(row.externalId)) {
            // Known already: a newer state upstream (closed, or opened again) is applied as the importer's
            // status change; anything else leaves the request as it is.
            ++out.alreadyPresent;
            std::optional<ServiceRequest> r = requests.get(*presentId);
            if (!r || row.upstreamAt == 0 || row.upstreamAt <= r->stamp.updatedAt || row.closed == (r->status == RequestStatus::Closed))
                return {};
            const qint64 at = std::max(row.upstreamAt, r->createdAt);
            const RequestStatus before = r->status;
            r->status = row.closed ? RequestStatus::Closed : RequestStatus::Reopened;
            r->closedAt = row.closed ? at : 0;
            r->statusNotes = row.statusNotes;
            r->stamp = {at, QStringLiteral("import")};
            if (Status st = requests.updateStatus(*r); !st)
                return st;
            if (Status st = requests.appendEvent({ids.next(at), r->id, EventKind::StatusChange, at, QStringLiteral("import"), toCode(before),
                                                  toCode(r->status), r->statusNotes}); !st)
                return st;
            ++out.updated;
            return {};
        }
        if (!typeIds.contains(row.code)) {
            if (row.serviceName.isEmpty())
                out.warnings.append({row.line, Tr::tr("service_name is empty: the new type is named by its code %1").arg(row.code)});
            ServiceType t;
            t.id = ids.next(row.createdAt);
            t.tenantId = tenant->id;
            t.code = row.code;
            t.name.set(QStringLiteral("en"), row.serviceName.isEmpty() ? row.code : row.serviceName);
            t.imported = true;
            t.stamp = {row.createdAt, QStringLiteral("import")};
            if (Status st = catalogue.saveType(t); !st)
                return st;
            typeIds.insert(row.code, t.id);
            out.notes.append(Tr::tr("new service type \"%1\" (%2) flagged as imported").arg(t.name.best({}), row.code));
        }
        ServiceRequest r;
        r.id = ids.next(row.createdAt);
        r.tenantId = tenant->id;
        r.trackingNumber = tracking.nextAt(row.createdAt);
        r.externalId = row.externalId;
        r.channel = Channel::Open311;
        r.serviceTypeId = typeIds.value(row.code);
        r.description = row.description;
        r.location = row.where;
        r.address = row.address;
        r.districtId = row.districtId;
        r.status = row.closed ? RequestStatus::Closed : RequestStatus::New;
        r.statusNotes = row.statusNotes;
        r.createdAt = row.createdAt;
        if (r.status == RequestStatus::Closed)
            r.closedAt = row.updatedAt;
        r.mediaUrl = row.mediaUrl;
        r.stamp = {row.updatedAt, QStringLiteral("import")};
        RequestRepository::Derived derived = row.derived;
        derived.trackingKey = RequestRepository::trackingKeyOf(r.trackingNumber);
        if (Status st = requests.insert(r, derived); !st)
            return st;
        if (Status st = requests.appendEvent({ids.next(row.createdAt), r.id, EventKind::Created, row.createdAt, QStringLiteral("import"), {},
                                              toCode(RequestStatus::New), {}, Message{QString::fromLatin1(MessageCode::Imported), {row.externalId}}});
            !st)
            return st;
        if (r.status == RequestStatus::Closed) {
            if (Status st = requests.appendEvent({ids.next(row.updatedAt), r.id, EventKind::StatusChange, row.updatedAt, QStringLiteral("import"),
                                                  toCode(RequestStatus::New), toCode(RequestStatus::Closed), r.statusNotes});
                !st)
                return st;
        }
        ++out.imported;
        return {};
    };

    // Writes a batch in one transaction, counted in one pass. Fast: no savepoint per row, so one row the
    // database refuses fails the batch; it is then written again row by row (careful), each row whole or not
    // at all, and the refused one skipped with the reason.
    auto writeBatch = [&](const std::vector<PendingRow> &rows, bool careful, BatchOutcome &out) -> Status {
        return m_db.transaction([&]() -> Status {
            std::optional<DeferredCounting> counting;
            if (!bulk)
                counting.emplace(m_db);
            TrackingSequence tracking(m_db);
            requests.batchSearchText(!careful);
            for (const PendingRow &row : rows) {
                if (!careful) {
                    if (Status st = writeRow(row, tracking, out); !st)
                        return st;
                    continue;
                }
                // A tracking number taken already (a desk's counter set back) is passed over: the row is tried
                // again with the next one, so one stale counter cannot fail every row after it.
                for (int attempt = 0;; ++attempt) {
                    if (Status st = m_db.savepoint("import_row"); !st)
                        return st;
                    const int importedBefore = out.imported, presentBefore = out.alreadyPresent;
                    const qsizetype notesBefore = out.notes.size(), warningsBefore = out.warnings.size();
                    const QHash<QString, QString> typesBefore = typeIds;
                    const int numbersBefore = tracking.handedOut();
                    Status st = writeRow(row, tracking, out);
                    if (st) {
                        if (Status kept = m_db.release("import_row"); !kept)
                            return kept;
                        break;
                    }
                    m_db.rollbackTo("import_row");
                    typeIds = typesBefore;
                    out.imported = importedBefore;
                    out.alreadyPresent = presentBefore;
                    out.notes.resize(notesBefore);
                    out.warnings.resize(warningsBefore);
                    if (stopsEverything(st.error()))
                        return st;
                    if (st.error().code == QLatin1String("request.duplicate-tracking") && attempt < 1000)
                        continue;
                    if (tracking.handedOut() > numbersBefore)
                        tracking.giveBack();
                    out.skipped.append({row.line, st.error().message});
                    break;
                }
            }
            if (Status st = requests.writeSearchText(); !st)
                return st;
            requests.batchSearchText(false);
            if (Status st = tracking.save(); !st)
                return st;
            return counting ? counting->finish() : Status{};
        });
    };

    const int perBatch = bulk ? bulkBatchRows : batchRows;
    std::vector<PendingRow> batch;
    batch.reserve(perBatch);
    auto flush = [&]() -> Status {
        if (batch.empty())
            return {};
        const QHash<QString, QString> typesBefore = typeIds;
        BatchOutcome out;
        QElapsedTimer writing;
        writing.start();
        Status st = writeBatch(batch, false, out);
        if (!st && !stopsEverything(st.error())) {
            typeIds = typesBefore;
            out = {};
            st = writeBatch(batch, true, out);
        }
        if (!st) {
            typeIds = typesBefore;
            return st;
        }
        report.longestWriteMs = std::max(report.longestWriteMs, writing.elapsed());
        report.imported += out.imported;
        report.alreadyPresent += out.alreadyPresent;
        report.updated += out.updated;
        report.skipped += int(out.skipped.size());
        report.skippedRows.append(out.skipped);
        report.warnings.append(out.warnings);
        report.notes.append(out.notes);
        batch.clear();
        return {};
    };

    // In bulk, what was put off is done at the end, also when the import stops early; failing that (a full
    // disk), the next opening of the file for writing does it.
    auto finishBulk = [&]() -> Status {
        if (!upkeep)
            return {};
        QElapsedTimer upkeepTimer;
        upkeepTimer.start();
        Status st = upkeep->finish();
        if (st)
            report.notes.append(Tr::tr("Imported in bulk: the requests' indexes and the dashboard's figures were made once at the end (%1 s).")
                                    .arg(QString::number(upkeepTimer.elapsed() / 1000.0, 'f', 1)));
        return st;
    };
    auto stop = [&](const Error &e) -> Error {
        if (Status st = finishBulk(); !st)
            return stopped(Error{e.code, e.message + u'\n' + st.error().message}, report);
        return stopped(e, report);
    };
    // The file is read, checked and prepared on a thread of its own, a batch or two ahead of the writing here.
    ImportReport readSide;
    std::mutex handover;
    std::condition_variable changed;
    std::deque<std::vector<PendingRow>> ready;
    bool allRead = false, cancelled = false;
    std::thread reader([&] {
        std::vector<PendingRow> rows;
        rows.reserve(perBatch);
        auto handOver = [&](bool last) -> bool {
            std::unique_lock lock(handover);
            changed.wait(lock, [&] { return ready.size() < 2 || cancelled; });
            if (cancelled)
                return false;
            if (!rows.empty())
                ready.push_back(std::move(rows));
            rows = {};
            rows.reserve(perBatch);
            allRead = last;
            changed.notify_all();
            return true;
        };
        while (csv.next()) {
            PendingRow row;
            if (!readRow(row, readSide))
                continue;
            rows.push_back(std::move(row));
            if (int(rows.size()) >= perBatch && !handOver(false))
                return;
        }
        handOver(true);
    });
    auto joinReader = [&](bool cancel) {
        {
            std::lock_guard lock(handover);
            cancelled = cancel;
            changed.notify_all();
        }
        reader.join();
        report.read += readSide.read;
        report.skipped += readSide.skipped;
        report.unplaced += readSide.unplaced;
        report.skippedRows.append(readSide.skippedRows);
        report.warnings.append(readSide.warnings);
    };
    for (;;) {
        {
            std::unique_lock lock(handover);
            changed.wait(lock, [&] { return !ready.empty() || allRead; });
            if (ready.empty())
                break;
            batch = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        if (Status st = flush(); !st) {
            joinReader(true);
            return stop(st.error());
        }
    }
    joinReader(false);
    if (Status st = finishBulk(); !st)
        return stopped(st.error(), report);
    std::sort(report.skippedRows.begin(), report.skippedRows.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    std::stable_sort(report.warnings.begin(), report.warnings.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    return report;
}

Error Open311Importer::stopped(const Error &error, const ImportReport &done)
{
    // What committed before stays: a run again skips those rows as already present and goes on.
    if (done.imported == 0 && done.updated == 0)
        return error;
    return Error{error.code, Tr::tr("%1\nThe import stopped there; %2 requests imported before it are kept, and running the import again goes on "
                                    "from where it stopped.").arg(error.message).arg(done.imported + done.updated)};
}

} // namespace CivicDesk
