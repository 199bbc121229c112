// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizenimporter.h"

#include "csvreader.h"
#include "importsupport.h"
#include "core/domain/citizen.h"
#include "core/domain/idgenerator.h"
#include "core/text/phonenormalizer.h"
#include "core/text/textfold.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace CivicDesk {
namespace {

const QStringList columns{QStringLiteral("kind"), QStringLiteral("given_name"), QStringLiteral("family_name"),
                          QStringLiteral("organisation"), QStringLiteral("tax_id"), QStringLiteral("phone"),
                          QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("district")};

bool plausibleEmail(const QString &e)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(e).hasMatch();
}

} // namespace

Result<ImportReport> CitizenImporter::importFile(const QString &path)
{
    Result<std::unique_ptr<QFile>> file = openImportFile(path);
    if (!file)
        return file.error();
    return import(file.value().get());
}

Result<ImportReport> CitizenImporter::import(QIODevice *device)
{
    const Result<Tenant> tenant = importTenant(m_db);
    if (!tenant)
        return tenant.error();
    CsvReader csv(device);
    const Result<CsvHeader> header = CsvHeader::read(csv, columns);
    if (!header)
        return header.error();
    auto field = [&](const char *name) { return header->value(csv.fields(), name); };

    QHash<QString, QString> districtByName;
    for (const District &d : GeoRepository(m_db).districts())
        districtByName.insert(TextFold::queryWords(d.name).join(u' '), d.id);
    const PhoneNormalizer phones(tenant->country);
    CitizenRepository repo(m_db);
    IdGenerator ids;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, int> seen; // identity key → line

    ImportReport report;
    Status status = m_db.transaction([&]() -> Status {
        while (csv.next()) {
            ++report.read;
            const int line = csv.line();
            auto skip = [&](const QString &why) {
                ++report.skipped;
                report.skippedRows.append({line, why});
            };
            // As for requests: an unterminated quote costs its own row only, the lines it swallowed are read again.
            const bool runsOn = csv.lastLine() > line;
            if (!csv.problem().isEmpty() || (runsOn && csv.fields().size() != header->size())) {
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
            const std::optional<CitizenKind> kind = citizenKindFromCode(field("kind").toLower());
            if (!kind) {
                skip(Tr::tr("kind \"%1\" is not one of person, legal_entity, volunteer, municipal_service, processing_body").arg(field("kind")));
                continue;
            }
            Citizen c;
            c.kind = *kind;
            c.givenName = field("given_name");
            c.familyName = field("family_name");
            c.organisation = field("organisation");
            c.taxId = field("tax_id");
            c.address = field("address");
            if (c.displayName().isEmpty()) {
                skip(Tr::tr("neither a name nor an organisation"));
                continue;
            }
            for (const QString &typed : field("phone").split(u';', Qt::SkipEmptyParts)) {
                const ParsedPhone p = phones.parse(typed.trimmed());
                c.phones.append({p.e164, typed.trimmed(), {}, p.valid});
                if (!p.valid)
                    report.warnings.append({line, Tr::tr("phone \"%1\" kept as typed: %2").arg(typed.trimmed(), p.problem)});
            }
            for (const QString &e : field("email").split(u';', Qt::SkipEmptyParts)) {
                if (!plausibleEmail(e.trimmed()))
                    report.warnings.append({line, Tr::tr("e-mail \"%1\" does not look like an address; kept as typed").arg(e.trimmed())});
                c.emails.append({e.trimmed(), {}});
            }
            const QString district = field("district");
            if (!district.isEmpty()) {
                c.districtId = districtByName.value(TextFold::queryWords(district).join(u' '));
                if (c.districtId.isEmpty())
                    report.warnings.append({line, Tr::tr("district \"%1\" is unknown; left empty").arg(district)});
            }
            QStringList identities;
            const QString folded = TextFold::queryWords(c.displayName()).join(u' ');
            if (!c.taxId.isEmpty())
                identities.append(QStringLiteral("tax:") + TextFold::queryWords(c.taxId).join(QString()));
            for (const CitizenPhone &p : std::as_const(c.phones))
                identities.append(folded + QStringLiteral("|phone:") + (p.e164.isEmpty() ? p.typed : p.e164));
            if (c.phones.isEmpty() && c.taxId.isEmpty())
                identities.append(folded + QStringLiteral("|address:") + TextFold::fold(c.address));
            int earlier = 0;
            for (const QString &id : std::as_const(identities)) {
                if (seen.contains(id)) {
                    earlier = seen.value(id);
                    break;
                }
            }
            if (earlier > 0) {
                skip(Tr::tr("same person as line %1").arg(earlier));
                continue;
            }
            for (const QString &id : std::as_const(identities))
                seen.insert(id, line);
            c.id = ids.next(now);
            c.tenantId = tenant->id;
            c.preferredLanguage = tenant->languages.value(0);
            c.createdAt = now;
            c.stamp = {now, QStringLiteral("import")};
            if (Status s = repo.insert(c); !s)
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
