// SPDX-License-Identifier: GPL-3.0-or-later
#include "streetimporter.h"

#include "csvreader.h"
#include "importsupport.h"
#include "osmextract.h"
#include "core/domain/idgenerator.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/text/textfold.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <map>

namespace CivicDesk {
namespace {

struct NewStreet
{
    Street street;
    QList<StreetSegment> segments;
};

QString foldedName(const QString &name)
{
    return TextFold::queryWords(name).join(u' ');
}

/// Replaces the tenant's streets with @p streets in one transaction; each segment gets the district its
/// middle lies in.
Status writeStreets(Database &db, const QString &tenantId, QList<NewStreet> &streets)
{
    GeoRepository geo(db);
    const DistrictLocator districts(geo.districts());
    IdGenerator ids;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (Status s = geo.removeStreets(tenantId); !s)
        return s;
    for (NewStreet &n : streets) {
        n.street.id = ids.next(now);
        n.street.tenantId = tenantId;
        n.street.stamp = {now, QStringLiteral("import")};
        if (Status s = geo.saveStreet(n.street); !s)
            return s;
        for (StreetSegment &seg : n.segments) {
            seg.id = ids.next(now);
            seg.streetId = n.street.id;
            seg.stamp = n.street.stamp;
            seg.districtId = districts.districtAt(QGeoCoordinate((seg.from.latitude() + seg.to.latitude()) / 2,
                                                                 (seg.from.longitude() + seg.to.longitude()) / 2));
            if (Status s = geo.saveSegment(seg); !s)
                return s;
        }
    }
    return {};
}

} // namespace

Result<ImportReport> StreetImporter::importCsv(const QString &path, const StreetColumns &columns)
{
    const Result<Tenant> tenant = importTenant(m_db);
    if (!tenant)
        return tenant.error();
    Result<std::unique_ptr<QFile>> file = openImportFile(path);
    if (!file)
        return file.error();
    CsvReader csv(file.value().get());
    QStringList required{columns.name};
    for (const QString &c : {columns.type, columns.numberMin, columns.numberMax})
        if (!c.isEmpty())
            required.append(c);
    const Result<CsvHeader> header = CsvHeader::read(csv, required);
    if (!header)
        return header.error();
    // The header's names are matched in lower case.
    const QByteArray nameColumn = columns.name.toLower().toUtf8(), typeColumn = columns.type.toLower().toUtf8(),
                     minColumn = columns.numberMin.toLower().toUtf8(), maxColumn = columns.numberMax.toLower().toUtf8();
    auto field = [&](const QByteArray &column) { return column.isEmpty() ? QString() : header->value(csv.fields(), column.constData()); };

    ImportReport report;
    QList<NewStreet> streets;
    QHash<QString, int> byName; // folded name → first line
    while (csv.next()) {
        ++report.read;
        const int line = csv.line();
        for (const CsvReader::Repair &r : csv.repairs())
            report.warnings.append({r.line, r.what});
        auto skip = [&](const QString &why) {
            ++report.skipped;
            report.skippedRows.append({line, why});
        };
        if (!csv.problem().isEmpty() || csv.fields().size() != header->size()) {
            skip(!csv.problem().isEmpty() ? csv.problem() : Tr::tr("%1 fields where the header has %2").arg(csv.fields().size()).arg(header->size()));
            if (csv.lastLine() > line)
                csv.rereadAfterFirstLine();
            continue;
        }
        const QString name = field(nameColumn).simplified();
        const QString folded = foldedName(name);
        if (folded.isEmpty()) {
            skip(Tr::tr("no street name in column %1").arg(columns.name));
            continue;
        }
        if (const auto it = byName.constFind(folded); it != byName.constEnd()) {
            skip(Tr::tr("\"%1\" is already on line %2").arg(name).arg(*it));
            continue;
        }
        NewStreet n;
        n.street.name = name;
        n.street.kind = field(typeColumn);
        bool okMin = true, okMax = true;
        const QString minText = field(minColumn), maxText = field(maxColumn);
        const int lo = minText.isEmpty() ? 0 : minText.toInt(&okMin), hi = maxText.isEmpty() ? 0 : maxText.toInt(&okMax);
        if (!okMin || !okMax || lo < 0 || hi < 0 || (lo > 0 && hi > 0 && lo > hi))
            report.warnings.append({line, Tr::tr("house numbers \"%1\"–\"%2\" are not a range: the street is kept without them").arg(minText, maxText)});
        else {
            n.street.numberMin = lo > 0 ? lo : (hi > 0 ? 1 : 0);
            n.street.numberMax = hi > 0 ? hi : lo;
        }
        byName.insert(folded, line);
        streets.append(n);
        ++report.imported;
    }
    if (streets.isEmpty())
        return Error{QStringLiteral("import.empty"), Tr::tr("%1 holds no street: the gazetteer is left as it was.").arg(path)};
    if (Status s = m_db.transaction([&]() -> Status {
            if (Status st = writeStreets(m_db, tenant->id, streets); !st)
                return st;
            return m_db.setLocalSetting(QStringLiteral("gazetteer_source"), QStringLiteral("register"));
        });
        !s)
        return s.error();
    report.notes.append(Tr::tr("the gazetteer now holds the %1 streets of %2; the register gives no geometry, so an address is placed on the map by hand")
                            .arg(streets.size()).arg(QFileInfo(path).fileName()));
    return report;
}

Result<ImportReport> StreetImporter::importOsm(const QString &path, int districtsAdminLevel)
{
    const Result<Tenant> tenant = importTenant(m_db);
    if (!tenant)
        return tenant.error();
    Result<OsmExtract> osm = OsmExtract::read(path, districtsAdminLevel);
    if (!osm)
        return osm.error();
    if (districtsAdminLevel > 0 && osm->boundaries.isEmpty()) {
        QStringList levels;
        for (auto it = osm->boundaryLevels.cbegin(); it != osm->boundaryLevels.cend(); ++it)
            levels.append(Tr::tr("%1 (%2 boundaries)").arg(it.key()).arg(it.value()));
        return Error{QStringLiteral("import.osm-level"),
                     Tr::tr("%1 has no named administrative boundary of admin_level %2; the levels present are: %3.")
                         .arg(path)
                         .arg(districtsAdminLevel)
                         .arg(levels.isEmpty() ? Tr::tr("none") : levels.join(QStringLiteral(", ")))};
    }
    if (osm->streets.isEmpty() && osm->addresses.isEmpty())
        return Error{QStringLiteral("import.empty"),
                     Tr::tr("%1 holds no named street and no address: the gazetteer is left as it was.").arg(path)};

    ImportReport report;
    QList<NewStreet> streets;
    QHash<QString, qsizetype> byName;
    for (const OsmExtract::Street &s : std::as_const(osm->streets)) {
        const QString folded = foldedName(s.name);
        if (folded.isEmpty() || byName.contains(folded))
            continue;
        NewStreet n;
        n.street.name = s.name;
        for (const QList<QGeoCoordinate> &line : s.lines)
            for (qsizetype i = 1; i < line.size(); ++i) {
                StreetSegment seg;
                seg.fromNumber = seg.toNumber = 0; // geometry without house numbers
                seg.from = line[i - 1];
                seg.to = line[i];
                n.segments.append(seg);
            }
        byName.insert(folded, streets.size());
        streets.append(n);
    }
    const qsizetype highwayStreets = streets.size();
    // Addresses, per street and side (parity): the numbered points, and between two neighbours of the same
    // side with numbers missing between them, a stretch to interpolate along.
    struct Point
    {
        int number;
        QGeoCoordinate at;
    };
    std::map<qsizetype, std::map<int, QGeoCoordinate>> numbers; // street → number → point (the first given)
    int addressPoints = 0, repeated = 0;
    for (const OsmExtract::Address &a : std::as_const(osm->addresses)) {
        const QString folded = foldedName(a.street);
        if (folded.isEmpty())
            continue;
        auto it = byName.constFind(folded);
        if (it == byName.constEnd()) {
            NewStreet n;
            n.street.name = a.street; // addresses on a street the extract has no way for
            it = byName.insert(folded, streets.size());
            streets.append(n);
        }
        auto &points = numbers[*it];
        if (points.count(a.number)) {
            ++repeated;
            continue;
        }
        points.emplace(a.number, a.location);
        ++addressPoints;
    }
    int interpolated = 0;
    for (auto &[index, points] : numbers) {
        QList<StreetSegment> &segs = streets[index].segments;
        for (const auto &[number, at] : points) {
            StreetSegment seg;
            seg.fromNumber = seg.toNumber = number;
            seg.from = seg.to = at;
            segs.append(seg);
        }
        for (int side = 0; side < 2; ++side) {
            std::vector<Point> run;
            for (const auto &[number, at] : points)
                if (number % 2 == side)
                    run.push_back({number, at});
            for (size_t i = 1; i < run.size(); ++i) {
                const Point &a = run[i - 1], &b = run[i];
                // Only across a short gap on one stretch: numbers far apart or far away are not guessed.
                if (b.number - a.number < 4 || b.number - a.number > 40 || a.at.distanceTo(b.at) > 400)
                    continue;
                StreetSegment seg;
                seg.fromNumber = a.number;
                seg.toNumber = b.number;
                seg.from = a.at;
                seg.to = b.at;
                segs.append(seg);
                ++interpolated;
            }
        }
    }

    GeoRepository geo(m_db);
    IdGenerator ids;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString source = QFileInfo(path).fileName();
    Status written = m_db.transaction([&]() -> Status {
        for (const OsmExtract::Boundary &b : std::as_const(osm->boundaries)) {
            if (Status s = saveImportedDistrict(geo, ids, tenant->id, b.name, b.polygons, source, now); !s)
                return s;
        }
        if (Status s = writeStreets(m_db, tenant->id, streets); !s)
            return s;
        // The map names where its streets come from (OpenStreetMap's licence asks for it).
        return m_db.setLocalSetting(QStringLiteral("gazetteer_source"), QStringLiteral("openstreetmap"));
    });
    if (!written)
        return written.error();
    report.read = int(osm->streets.size() + osm->addresses.size());
    report.imported = int(streets.size());
    if (!osm->boundaries.isEmpty())
        report.notes.append(Tr::tr("%1 districts from the boundaries of admin_level %2").arg(osm->boundaries.size()).arg(districtsAdminLevel));
    report.notes.append(Tr::tr("%1 streets with their geometry, %2 more named only by addresses; %3 numbered address points (%4 repeated left out), "
                               "%5 stretches to interpolate house numbers along")
                            .arg(highwayStreets)
                            .arg(streets.size() - highwayStreets)
                            .arg(addressPoints)
                            .arg(repeated)
                            .arg(interpolated));
    return report;
}

} // namespace CivicDesk
