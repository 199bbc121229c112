// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include <QFile>

#include "core/geo/geometry.h"
#include "core/text/textfold.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/bulkload.h"
#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>

#include <unistd.h>

namespace CivicDesk {
namespace {

constexpr int gridColumns = 4;
constexpr int gridRows = 3;
constexpr double cellMetres = 1400.0;

LocalizedText localized(const QJsonValue &v)
{
    LocalizedText t;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        t.set(it.key(), it.value().toString());
    return t;
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(std::move(options))
    , m_random(m_options.seed)
    , m_ids(m_options.seed ^ 0x5eed5eed5eedULL)
{
}

qint64 DemoGenerator::bulkCacheKiB() const
{
    // Enough page cache to hold the file being written (about 1.5 kB a citizen and 2.5 kB a request with its
    // history), but never more than a third of the machine's memory: a cache smaller than the indexes turns
    // every insert into a read from disk.
    const qint64 wanted = m_options.citizens * 1500 + m_options.requests * 2500;
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
    const qint64 third = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize / 3 : qint64(1) << 30;
    return std::clamp<qint64>(std::min(wanted, third), qint64(64) << 20, qint64(8) << 30) / 1024;
}

qint64 DemoGenerator::stampAt() const
{
    return m_options.until.toMSecsSinceEpoch() - 3LL * 365 * 24 * 3600 * 1000;
}

QGeoCoordinate DemoGenerator::offset(const QGeoCoordinate &c, double northM, double eastM) const
{
    const double dLat = northM / 111320.0;
    const double dLon = eastM / (111320.0 * std::cos(qDegreesToRadians(c.latitude())));
    return QGeoCoordinate(c.latitude() + dLat, c.longitude() + dLon);
}

Result<DemoSummary> DemoGenerator::run(const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (m_options.citizens < 1 || m_options.requests < 0)
        return Error{QStringLiteral("demo.size"), Tr::tr("The demo needs at least one citizen.")};
    Result<DemoCountry> country = DemoCountry::load(m_options.country);
    if (!country)
        return country.error();
    m_country = country.value();
    m_phones.emplace(m_country.code);
    Result<DemoCatalogue> catalogue = DemoCatalogue::load();
    if (!catalogue)
        return catalogue.error();
    m_catalogue = catalogue.value();
    {
        if (OrganisationRepository(m_db).tenant() || CitizenRepository(m_db).count() > 0)
            return Error{QStringLiteral("demo.not-empty"), Tr::tr("%1 already holds a municipality; the demo needs an empty database.").arg(m_db.path())};
    }
    // Bulk load into an empty file (see BulkLoad).
    std::optional<BulkLoad> bulk(std::in_place, m_db, bulkCacheKiB());
    Status s = m_db.transaction([&]() -> Status {
        if (Status st = bulk->dropIndexes(); !st)
            return st;
        if (progress && !progress(0, Tr::tr("Municipality and organisation")))
            return Error{QStringLiteral("demo.cancelled"), Tr::tr("Cancelled.")};
        if (Status st = buildOrganisation(); !st)
            return st;
        if (Status st = buildGeography(); !st)
            return st;
        if (Status st = buildCatalogue(); !st)
            return st;
        QElapsedTimer stage;
        stage.start();
        if (Status st = buildCitizens(progress); !st)
            return st;
        qCInfo(lcDemo) << "citizens written in" << stage.restart() << "ms";
        if (Status st = buildRequests(progress); !st)
            return st;
        qCInfo(lcDemo) << "requests written in" << stage.restart() << "ms";
        // The escalation ladder of the pending requests, from their (plain-hour) deadlines: as the migration to
        // schema 5 does for requests filed before it.
        if (Status st = bulk->startLadders(); !st)
            return st;
        if (progress)
            progress(97, Tr::tr("Indexes"));
        if (Status st = bulk->restoreIndexes(); !st)
            return st;
        // The dashboard's figures, in one pass instead of trigger by trigger.
        if (Status st = BulkLoad::rebuildSummaries(m_db); !st)
            return st;
        qCInfo(lcDemo) << "indexes built in" << stage.restart() << "ms";
        if (progress)
            progress(99, Tr::tr("Saving"));
        return {};
    });
    bulk.reset(); // back to the WAL, statistics refreshed
    if (!s)
        return s.error();
    m_summary.milliseconds = timer.elapsed();
    if (progress)
        progress(100, Tr::tr("Done"));
    qCInfo(lcDemo) << "demo municipality" << m_country.code << "rows" << m_summary.totalRows() << "in" << m_summary.milliseconds << "ms";
    return m_summary;
}

Status DemoGenerator::buildOrganisation()
{
    OrganisationRepository repo(m_db);
    const qint64 at = stampAt();
    m_systemUser = QStringLiteral("demo");
    Tenant t;
    t.id = m_ids.next(at);
    t.name = m_country.municipality;
    t.country = m_country.code;
    t.languages = m_country.languages;
    t.timeZone = m_country.timeZone;
    t.emergencyNumber = m_country.emergencyNumber;
    t.centre = m_country.centre;
    t.deviceCode = QStringLiteral("D0");
    t.stamp = {at, m_systemUser};
    m_tenantId = t.id;
    if (Status s = repo.saveTenant(t); !s)
        return s;

    // Units are listed parents first.
    for (const QJsonValue &v : std::as_const(m_catalogue.units)) {
        const QJsonObject o = v.toObject();
        Department d;
        d.id = m_ids.next(at);
        d.tenantId = m_tenantId;
        d.code = o.value(QLatin1String("code")).toString();
        d.kind = departmentKindFromCode(o.value(QLatin1String("kind")).toString()).value_or(DepartmentKind::Department);
        d.parentId = m_unitIds.value(o.value(QLatin1String("parent")).toString());
        d.name = localized(o.value(QLatin1String("name")));
        d.contractorName = o.value(QLatin1String("contractor")).toString();
        d.isContractor = !d.contractorName.isEmpty();
        d.contractDeadlineHours = o.value(QLatin1String("contract_hours")).toInt();
        if (d.kind == DepartmentKind::Crew)
            d.depot = offset(m_country.centre, (m_random.real() - 0.5) * 2000, (m_random.real() - 0.5) * 3000);
        d.stamp = {at, m_systemUser};
        m_unitIds.insert(d.code, d.id);
        if (d.kind == DepartmentKind::Crew)
            m_crewsOf[d.parentId].append(d.id);
        if (Status s = repo.saveDepartment(d); !s)
            return s;
        ++m_summary.otherRows;
    }

    auto personName = [&] {
        const bool female = m_random.chance(0.5);
        const auto &family = m_country.families.at(m_random.below(int(m_country.families.size())));
        return (female ? m_random.pick(m_country.femaleGiven) : m_random.pick(m_country.maleGiven)) + u' '
            + (female ? family.second : family.first);
    };
    auto addUser = [&](const QString &username, Role role, const QString &departmentId) -> Status {
        User u;
        u.id = m_ids.next(at);
        u.tenantId = m_tenantId;
        u.username = username;
        u.displayName = personName();
        u.role = role;
        u.departmentId = departmentId;
        u.stamp = {at, m_systemUser};
        if (role == Role::DepartmentStaff)
            m_staffOf[departmentId].append(u.id);
        ++m_summary.otherRows;
        return repo.saveUser(u);
    };
    const QString dispatch = m_unitIds.value(QStringLiteral("dispatch"));
    for (int i = 1; i <= 4; ++i) {
        if (Status s = addUser(QStringLiteral("operator%1").arg(i), Role::Operator, dispatch); !s)
            return s;
    }
    for (const QJsonValue &v : std::as_const(m_catalogue.units)) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("kind")).toString() != QLatin1String("department"))
            continue;
        const QString code = o.value(QLatin1String("code")).toString();
        const QString id = m_unitIds.value(code);
        if (Status s = addUser(code + QStringLiteral(".head"), Role::DepartmentHead, id); !s)
            return s;
        for (int i = 1; i <= 2; ++i) {
            if (Status s = addUser(code + QStringLiteral(".staff%1").arg(i), Role::DepartmentStaff, id); !s)
                return s;
        }
    }
    if (Status s = addUser(QStringLiteral("supervisor"), Role::Supervisor, {}); !s)
        return s;
    return addUser(QStringLiteral("admin"), Role::Administrator, {});
}

Status DemoGenerator::buildGeography()
{
    GeoRepository repo(m_db);
    const qint64 at = stampAt();
    // A grid of vertices around the centre; interior vertices jittered so districts look drawn, not ruled.
    const QGeoCoordinate origin = offset(m_country.centre, -gridRows * cellMetres / 2, -gridColumns * cellMetres / 2);
    QList<QList<QGeoCoordinate>> vertex(gridRows + 1, QList<QGeoCoordinate>(gridColumns + 1));
    for (int r = 0; r <= gridRows; ++r) {
        for (int c = 0; c <= gridColumns; ++c) {
            double north = r * cellMetres, east = c * cellMetres;
            if (r > 0 && r < gridRows && c > 0 && c < gridColumns) {
                north += (m_random.real() - 0.5) * cellMetres * 0.5;
                east += (m_random.real() - 0.5) * cellMetres * 0.5;
            }
            vertex[r][c] = offset(origin, north, east);
        }
    }
    for (int r = 0; r < gridRows; ++r) {
        for (int c = 0; c < gridColumns; ++c) {
            const int index = r * gridColumns + c;
            District d;
            d.id = m_ids.next(at);
            d.tenantId = m_tenantId;
            d.code = QStringLiteral("D%1").arg(index + 1, 2, 10, QLatin1Char('0'));
            d.name = m_country.districts.at(index);
            d.polygons = {QGeoPolygon({vertex[r][c], vertex[r][c + 1], vertex[r + 1][c + 1], vertex[r + 1][c]})};
            d.source = QStringLiteral("demo");
            d.stamp = {at, m_systemUser};
            m_districtIds.append(d.id);
            m_districtShapes.append(d.polygons.first());
            if (Status s = repo.saveDistrict(d); !s)
                return s;
            ++m_summary.otherRows;
        }
    }
    // Streets: straight lines across the town, cut into numbered blocks of about 100 m.
    const double width = gridColumns * cellMetres, height = gridRows * cellMetres;
    for (const QString &name : std::as_const(m_country.streets)) {
        Street st;
        st.id = m_ids.next(at);
        st.tenantId = m_tenantId;
        st.name = name;
        st.kind = m_country.streetKind;
        st.stamp = {at, m_systemUser};
        if (Status s = repo.saveStreet(st); !s)
            return s;
        ++m_summary.otherRows;
        const int streetIndex = int(m_streetNames.size());
        m_streetNames.append(name);
        const double angle = m_random.real() * M_PI;
        const double length = 600 + m_random.real() * 2200;
        double n0 = m_random.real() * height, e0 = m_random.real() * width;
        double dn = std::sin(angle), de = std::cos(angle);
        // Start at one end so the line stays inside the town.
        n0 = std::clamp(n0 - dn * length / 2, 0.0, height);
        e0 = std::clamp(e0 - de * length / 2, 0.0, width);
        const int blocks = std::max(2, int(length / 100));
        for (int b = 0; b < blocks; ++b) {
            const double n1 = std::clamp(n0 + dn * 100 * b, 0.0, height), e1 = std::clamp(e0 + de * 100 * b, 0.0, width);
            const double n2 = std::clamp(n0 + dn * 100 * (b + 1), 0.0, height), e2 = std::clamp(e0 + de * 100 * (b + 1), 0.0, width);
            if (std::hypot(n2 - n1, e2 - e1) < 30)
                break; // ran into the town's edge
            Segment seg;
            seg.id = m_ids.next(at);
            seg.street = streetIndex;
            seg.fromNumber = b * 12 + 1;
            seg.toNumber = b * 12 + 12;
            seg.from = offset(origin, n1, e1);
            seg.to = offset(origin, n2, e2);
            const QGeoCoordinate mid((seg.from.latitude() + seg.to.latitude()) / 2, (seg.from.longitude() + seg.to.longitude()) / 2);
            seg.districtId = districtOf(mid);
            StreetSegment row{seg.id, st.id, seg.fromNumber, seg.toNumber, seg.from, seg.to, seg.districtId, {at, m_systemUser}};
            if (Status s = repo.saveSegment(row); !s)
                return s;
            ++m_summary.otherRows;
            m_segments.push_back(seg);
        }
    }
    // Hotspots: places that keep generating reports (a bad road, a night-life street, a flooding dip).
    const int hotspotCount = 15;
    for (int h = 0; h < hotspotCount && !m_segments.empty(); ++h) {
        Hotspot spot;
        const Segment &seg = m_segments[m_random.below(int(m_segments.size()))];
        spot.centre = seg.from;
        spot.group = m_random.below(int(m_catalogue.groups.size()) - 1); // not "other"
        for (int i = 0; i < int(m_segments.size()); ++i) {
            if (Geo::distanceMetres(m_segments[i].from, spot.centre) < 450)
                spot.segments.push_back(i);
        }
        m_hotspots.push_back(std::move(spot));
    }
    return {};
}

Status DemoGenerator::buildCatalogue()
{
    CatalogueRepository repo(m_db);
    const qint64 at = stampAt();
    QHash<QString, QString> groupIds;
    int order = 0;
    for (const QJsonValue &v : std::as_const(m_catalogue.groups)) {
        const QJsonObject o = v.toObject();
        ServiceGroup g{m_ids.next(at), m_tenantId, o.value(QLatin1String("code")).toString(),
                       localized(o.value(QLatin1String("name"))), order++, {at, m_systemUser}};
        groupIds.insert(g.code, g.id);
        m_groupCodes.append(g.code);
        if (Status s = repo.saveGroup(g); !s)
            return s;
        ++m_summary.otherRows;
    }
    for (const QJsonValue &v : std::as_const(m_catalogue.types)) {
        const QJsonObject o = v.toObject();
        ServiceType t;
        t.id = m_ids.next(at);
        t.tenantId = m_tenantId;
        t.code = o.value(QLatin1String("code")).toString();
        t.groupId = groupIds.value(o.value(QLatin1String("group")).toString());
        t.name = localized(o.value(QLatin1String("name")));
        t.keywords = localized(o.value(QLatin1String("kw")));
        t.departmentId = m_unitIds.value(o.value(QLatin1String("dept")).toString());
        t.defaultPriority = Priority(std::clamp(o.value(QLatin1String("prio")).toInt(2), 1, 5));
        t.deadlineHours = o.value(QLatin1String("hours")).toInt(72);
        t.duplicateRadiusM = o.value(QLatin1String("radius")).toInt(50);
        int attrOrder = 0;
        for (const QJsonValue &a : o.value(QLatin1String("attrs")).toArray()) {
            const QJsonObject ao = a.toObject();
            ServiceAttribute attr;
            attr.code = ao.value(QLatin1String("code")).toString();
            attr.datatype = attributeDatatypeFromCode(ao.value(QLatin1String("type")).toString()).value_or(AttributeDatatype::String);
            attr.required = ao.value(QLatin1String("required")).toBool();
            attr.description = localized(ao.value(QLatin1String("desc")));
            attr.order = attrOrder++;
            for (const QJsonValue &val : ao.value(QLatin1String("values")).toArray())
                attr.values.append({val.toArray().at(0).toString(), localized(val.toArray().at(1))});
            t.attributes.append(attr);
        }
        t.stamp = {at, m_systemUser};
        if (t.departmentId.isEmpty() || t.groupId.isEmpty())
            return Error{QStringLiteral("demo.catalogue"), Tr::tr("Demo type %1 names an unknown group or department.").arg(t.code)};
        if (Status s = repo.saveType(t); !s)
            return s;
        ++m_summary.otherRows;
        m_types.push_back({t.id, t.code, int(m_groupCodes.indexOf(o.value(QLatin1String("group")).toString())),
                           t.defaultPriority, t.deadlineHours, t.departmentId, t.attributes});
    }
    return {};
}

QString DemoGenerator::districtOf(const QGeoCoordinate &point) const
{
    qsizetype nearest = 0;
    double best = std::numeric_limits<double>::max();
    for (qsizetype d = 0; d < m_districtShapes.size(); ++d) {
        if (Geo::contains(m_districtShapes[d], point))
            return m_districtIds[d];
        const double distance = Geo::distanceMetres(m_districtShapes[d].center(), point);
        if (distance < best) {
            best = distance;
            nearest = d;
        }
    }
    return m_districtIds.value(nearest); // on a shared edge or the town's border
}

QString DemoGenerator::addressOf(const Segment &s, double t, int *number) const
{
    int n = s.fromNumber + int(t * (s.toNumber - s.fromNumber));
    *number = std::max(1, n);
    // "Ερμού 12" in Greece; "Strada Unirii 12", "Via Roma 12", "Carrer de la Pau 12" elsewhere.
    const QString street = m_country.code == QLatin1String("GR") ? m_streetNames.at(s.street)
                                                                   : m_country.streetKind + u' ' + m_streetNames.at(s.street);
    return street + u' ' + QString::number(*number);
}

} // namespace CivicDesk
