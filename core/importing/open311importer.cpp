// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311importer.h"

#include "csvreader.h"
#include "importsupport.h"
#include "core/domain/idgenerator.h"
#include "core/text/textfold.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <cmath>

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
    CatalogueRepository catalogue(m_db);
    RequestRepository requests(m_db);
    const DistrictLocator districts(GeoRepository(m_db).districts());
    IdGenerator ids;
    QHash<QString, QString> typeIds;
    for (const ServiceType &t : catalogue.types())
        typeIds.insert(t.code, t.id);

    Status status = m_db.transaction([&]() -> Status {
        while (csv.next()) {
            ++report.read;
            const int line = csv.line();
            auto skip = [&](const QString &why) {
                ++report.skipped;
                report.skippedRows.append({line, why});
            };
            // A quote opened and never closed on its line swallows the lines after it: this row is skipped and
            // they are read again, each on its own, so no other row is lost with it.
            const bool runsOn = csv.lastLine() > line;
            if (!csv.problem().isEmpty() || (runsOn && csv.fields().size() != header->size())) {
                for (const CsvReader::Repair &r : csv.repairs())
                    if (r.line == line)
                        report.warnings.append({r.line, r.what});
                skip(!csv.problem().isEmpty()
                         ? csv.problem() + Tr::tr("; the lines after it are read on their own")
                         : Tr::tr("a quoted field opened on this line is not closed on it (read on to line %1, %2 fields where the header has %3); "
                                  "the lines after it are read on their own").arg(csv.lastLine()).arg(csv.fields().size()).arg(header->size()));
                csv.rereadAfterFirstLine();
                continue;
            }
            for (const CsvReader::Repair &r : csv.repairs())
                report.warnings.append({r.line, r.what});
            if (csv.fields().size() != header->size()) {
                skip(Tr::tr("%1 fields where the header has %2").arg(csv.fields().size()).arg(header->size()));
                continue;
            }
            const QString externalId = field("service_request_id");
            if (externalId.isEmpty()) {
                skip(Tr::tr("no service_request_id"));
                continue;
            }
            const std::optional<QString> presentId = requests.idByExternalId(externalId);
            const QDateTime requested = parseTime(field("requested_datetime"));
            if (!requested.isValid()) {
                skip(Tr::tr("requested_datetime \"%1\" is not an ISO 8601 time").arg(field("requested_datetime")));
                continue;
            }
            const QString statusText = field("status").toLower();
            if (statusText != QLatin1String("open") && statusText != QLatin1String("closed")) {
                skip(Tr::tr("status \"%1\" is neither open nor closed").arg(field("status")));
                continue;
            }
            if (presentId) {
                // Known already: a newer state upstream (closed, or opened again) is applied as the importer's
                // status change; anything else leaves the request as it is.
                ++report.alreadyPresent;
                const QDateTime updated = parseTime(field("updated_datetime"));
                std::optional<ServiceRequest> r = requests.get(*presentId);
                if (!r || !updated.isValid() || updated.toMSecsSinceEpoch() <= r->stamp.updatedAt)
                    continue;
                const RequestStatus upstream = statusText == QLatin1String("closed") ? RequestStatus::Closed : RequestStatus::New;
                const bool nowClosed = upstream == RequestStatus::Closed;
                if (nowClosed == (r->status == RequestStatus::Closed))
                    continue;
                const qint64 at = std::max(updated.toMSecsSinceEpoch(), r->createdAt);
                const RequestStatus before = r->status;
                r->status = nowClosed ? RequestStatus::Closed : RequestStatus::Reopened;
                r->closedAt = nowClosed ? at : 0;
                r->statusNotes = field("status_notes");
                r->stamp = {at, QStringLiteral("import")};
                if (Status st = requests.updateStatus(*r); !st)
                    return st;
                if (Status st = requests.appendEvent({ids.next(at), r->id, EventKind::StatusChange, at, QStringLiteral("import"), toCode(before),
                                                      toCode(r->status), r->statusNotes}); !st)
                    return st;
                ++report.updated;
                continue;
            }
            QGeoCoordinate where;
            if (!field("lat").isEmpty() || !field("long").isEmpty()) {
                bool okLat = false, okLon = false;
                const double lat = field("lat").toDouble(&okLat), lon = field("long").toDouble(&okLon);
                if (!okLat || !okLon || !std::isfinite(lat) || !std::isfinite(lon) || std::abs(lat) > 90 || std::abs(lon) > 180) {
                    skip(Tr::tr("lat/long \"%1\", \"%2\" is not a position").arg(field("lat"), field("long")));
                    continue;
                }
                where = QGeoCoordinate(lat, lon);
                // A placeholder far from the municipality (0,0, or a city's default point elsewhere) is no place.
                if (const double outside = districts.metresOutside(where); outside > 50000) {
                    report.warnings.append({line, Tr::tr("lat/long %1, %2 lies %3 km outside the municipality's districts: kept without a place")
                                                      .arg(field("lat"), field("long"), QString::number(qRound(outside / 1000)))});
                    ++report.unplaced;
                    where = QGeoCoordinate();
                }
            }
            QString code = field("service_code");
            const QString serviceName = field("service_name");
            if (serviceName.isEmpty() && !code.isEmpty() && !typeIds.contains(code))
                report.warnings.append({line, Tr::tr("service_name is empty: the new type is named by its code %1").arg(code)});
            if (code.isEmpty())
                code = QStringLiteral("imported.") + TextFold::queryWords(serviceName).join(u'-');
            if (code == QLatin1String("imported.")) {
                skip(Tr::tr("neither service_code nor service_name"));
                continue;
            }
            const QDateTime updated = parseTime(field("updated_datetime"));
            const qint64 createdAt = requested.toMSecsSinceEpoch();
            const qint64 updatedAt = updated.isValid() ? std::max(updated.toMSecsSinceEpoch(), createdAt) : createdAt;

            if (Status s = m_db.savepoint("import_row"); !s)
                return s;
            bool createdType = false;
            auto writeRow = [&]() -> Status {
                if (!typeIds.contains(code)) {
                    ServiceType t;
                    t.id = ids.next(createdAt);
                    t.tenantId = tenant->id;
                    t.code = code;
                    t.name.set(QStringLiteral("en"), serviceName.isEmpty() ? code : serviceName);
                    t.imported = true;
                    t.stamp = {createdAt, QStringLiteral("import")};
                    if (Status s = catalogue.saveType(t); !s)
                        return s;
                    typeIds.insert(code, t.id);
                    createdType = true;
                    report.notes.append(Tr::tr("new service type \"%1\" (%2) flagged as imported").arg(t.name.best({}), code));
                }
                ServiceRequest r;
                r.id = ids.next(createdAt);
                r.tenantId = tenant->id;
                Result<QString> tracking = requests.nextTrackingNumberAt(createdAt);
                if (!tracking)
                    return tracking.error();
                r.trackingNumber = tracking.value();
                r.externalId = externalId;
                r.channel = Channel::Open311;
                r.serviceTypeId = typeIds.value(code);
                r.description = field("description");
                r.location = where;
                r.address = field("address");
                r.districtId = districts.districtAt(where);
                r.status = statusText == QLatin1String("closed") ? RequestStatus::Closed : RequestStatus::New;
                r.statusNotes = field("status_notes");
                r.createdAt = createdAt;
                if (r.status == RequestStatus::Closed)
                    r.closedAt = updatedAt;
                r.mediaUrl = field("media_url");
                r.stamp = {updatedAt, QStringLiteral("import")};
                if (Status s = requests.insert(r); !s)
                    return s;
                if (Status s = requests.appendEvent({ids.next(createdAt), r.id, EventKind::Created, createdAt, QStringLiteral("import"),
                                                     {}, toCode(RequestStatus::New), {},
                                                     Message{QString::fromLatin1(MessageCode::Imported), {externalId}}}); !s)
                    return s;
                if (r.status == RequestStatus::Closed) {
                    if (Status s = requests.appendEvent({ids.next(updatedAt), r.id, EventKind::StatusChange, updatedAt, QStringLiteral("import"),
                                                         toCode(RequestStatus::New), toCode(RequestStatus::Closed), r.statusNotes}); !s)
                        return s;
                }
                return {};
            };
            if (Status s = writeRow(); !s) {
                m_db.rollbackTo("import_row");
                if (createdType) { // the new type went with the row
                    typeIds.remove(code);
                    report.notes.removeLast();
                }
                if (s.error().code == QLatin1String("db.full") || s.error().code == QLatin1String("db.read-only"))
                    return s; // the whole import cannot go on
                skip(s.error().message);
                continue;
            }
            if (Status s = m_db.release("import_row"); !s)
                return s;
            ++report.imported;
        }
        return {};
    });
    if (!status)
        return status.error();
    return report;
}

} // namespace CivicDesk
