// SPDX-License-Identifier: GPL-3.0-or-later
#include "districtimporter.h"

#include "importsupport.h"

#include "core/domain/idgenerator.h"
#include "core/geo/geojson.h"
#include "core/text/textfold.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QFileInfo>

namespace CivicDesk {

Result<ImportReport> DistrictImporter::importFile(const QString &path, const QString &nameProperty)
{
    const Result<Tenant> tenant = importTenant(m_db);
    if (!tenant)
        return tenant.error();
    Result<GeoJson::FeatureCollection> collection = GeoJson::readFile(path);
    if (!collection)
        return collection.error();

    // A property no feature has is a mistake in the command, not a file of nameless districts: say which exist.
    if (!collection->features.isEmpty()) {
        QStringList present;
        bool anyHasIt = false;
        for (const GeoJson::Feature &f : collection->features) {
            anyHasIt = anyHasIt || !f.properties.value(nameProperty).toString().trimmed().isEmpty();
            for (auto it = f.properties.constBegin(); it != f.properties.constEnd(); ++it)
                if (!present.contains(it.key()))
                    present.append(it.key());
        }
        if (!anyHasIt) {
            return Error{QStringLiteral("import.no-property"),
                         Tr::tr("No feature of %1 has the property \"%2\"; the features have: %3. Name the one that holds the district's name.")
                             .arg(path, nameProperty, present.isEmpty() ? Tr::tr("no properties at all") : present.join(QStringLiteral(", ")))};
        }
    }
    ImportReport report;
    for (const GeoJson::Skipped &s : collection->skipped) {
        ++report.read;
        ++report.skipped;
        report.skippedRows.append({s.index + 1, s.reason});
    }
    GeoRepository repo(m_db);
    IdGenerator ids;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString source = QFileInfo(path).fileName();
    Status status = m_db.transaction([&]() -> Status {
        for (const GeoJson::Feature &f : collection->features) {
            ++report.read;
            const QString name = f.properties.value(nameProperty).toString().trimmed();
            if (name.isEmpty()) {
                ++report.skipped;
                report.skippedRows.append({f.index + 1, Tr::tr("the feature has no property \"%1\"").arg(nameProperty)});
                continue;
            }
            if (Status s = saveImportedDistrict(repo, ids, tenant->id, name, f.polygons, source, now); !s)
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
