// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportintake.h"

#include "core/commands/command.h"
#include "core/commands/commandrunner.h"
#include "core/desk/citizenprofile.h"
#include "core/desk/gazetteer.h"
#include "core/domain/citizen.h"
#include "core/domain/idgenerator.h"
#include "core/notify/mailmessage.h"
#include "core/storage/callerquery.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/duplicatefinder.h"
#include "core/storage/organisationrepository.h"
#include "core/text/phonenormalizer.h"
#include "core/util/tr.h"

#include <QJsonDocument>
#include <QMimeDatabase>
#include <QUrl>

namespace CivicDesk {
namespace {

/// The field of Open311 (and of the web form) that an intake problem is about.
QString reportField(const QString &intakeField)
{
    if (intakeField == QLatin1String("type"))
        return QStringLiteral("service_code");
    if (intakeField.startsWith(QLatin1String("attr:")))
        return QStringLiteral("attribute[%1]").arg(intakeField.mid(5));
    if (intakeField == QLatin1String("address"))
        return QStringLiteral("address_string");
    if (intakeField == QLatin1String("location"))
        return QStringLiteral("lat");
    if (intakeField == QLatin1String("attachment"))
        return QStringLiteral("media");
    return intakeField;
}

Tenant tenantOf(Database &db)
{
    return OrganisationRepository(db).tenant().value_or(Tenant{});
}

} // namespace

ReportIntake::ReportIntake(Database &db, CommandRunner &runner, Clock clock)
    : m_db(db)
    , m_runner(runner)
    , m_clock(std::move(clock))
    , m_tenant(tenantOf(db))
    , m_phones(m_tenant.country.isEmpty() ? QStringLiteral("GR") : m_tenant.country)
    , m_intake(std::make_unique<IntakeService>(db, m_tenant, QString(), m_clock))
{
}

ReportIntake::~ReportIntake() = default;

IntakeDraft ReportIntake::draftOf(const CitizenReport &r, QString *problemField, QString *problem) const
{
    IntakeDraft d;
    d.channel = r.channel;
    if (const std::optional<ServiceType> t = CatalogueRepository(m_db).typeByCode(r.typeCode.trimmed()); t && t->active)
        d.typeId = t->id;
    d.attributes = r.attributes;
    d.description = r.description.trimmed();
    d.mediaUrl = r.mediaUrl.trimmed();
    d.address = r.address.trimmed();
    if (r.where) {
        d.location = *r.where;
        if (d.address.isEmpty())
            if (const std::optional<AddressMatch> near = m_intake->gazetteer().nearest(*r.where))
                d.address = near->label;
    } else if (!d.address.isEmpty()) {
        if (const std::optional<AddressMatch> found = m_intake->gazetteer().resolve(d.address)) {
            d.location = found->location;
            d.districtId = found->districtId;
            d.address = found->label;
        } else if (problemField) {
            *problemField = QStringLiteral("address_string");
            *problem = Tr::tr("“%1” is not an address of the municipality; give lat and long, or a street and number of it.").arg(d.address);
        }
    }
    return d;
}

QList<ReportProblem> ReportIntake::check(const CitizenReport &r) const
{
    QList<ReportProblem> out;
    if (r.typeCode.trimmed().isEmpty()) {
        out.append({QStringLiteral("service_code"), Tr::tr("service_code is required.")});
    } else {
        const std::optional<ServiceType> t = CatalogueRepository(m_db).typeByCode(r.typeCode.trimmed());
        if (!t || !t->active) {
            out.append({QStringLiteral("service_code"), Tr::tr("There is no service %1.").arg(r.typeCode.trimmed())});
        } else {
            for (auto it = r.attributes.cbegin(); it != r.attributes.cend(); ++it) {
                const auto asked = std::find_if(t->attributes.cbegin(), t->attributes.cend(), [&](const ServiceAttribute &a) { return a.code == it.key(); });
                if (asked == t->attributes.cend())
                    out.append({QStringLiteral("attribute[%1]").arg(it.key()), Tr::tr("The service %1 asks no attribute %2.").arg(t->code, it.key())});
                else if (!asked->variable && !it.value().isEmpty())
                    out.append({QStringLiteral("attribute[%1]").arg(it.key()), Tr::tr("%1 is information for the reporter, not a question: it takes no answer.").arg(it.key())});
            }
        }
    }
    if (r.where && (!r.where->isValid() || r.where->latitude() < -90 || r.where->latitude() > 90))
        out.append({QStringLiteral("lat"), Tr::tr("lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees.")});
    if (!r.where && r.address.trimmed().isEmpty())
        out.append({QStringLiteral("lat"), Tr::tr("Say where the problem is: lat and long, or address_string.")});
    if (r.description.size() > maxDescription)
        out.append({QStringLiteral("description"), Tr::tr("The description has %1 characters; at most %2 are read.").arg(r.description.size()).arg(maxDescription)});
    const QString email = r.email.trimmed();
    if (!email.isEmpty() && !Mail::isAddress(email))
        out.append({QStringLiteral("email"), Tr::tr("“%1” is not an e-mail address.").arg(email.left(200))});
    if (!r.phone.trimmed().isEmpty()) {
        const ParsedPhone parsed = m_phones.parse(r.phone.trimmed());
        if (parsed.e164.isEmpty())
            out.append({QStringLiteral("phone"), parsed.problem.isEmpty() ? Tr::tr("“%1” is not a telephone number.").arg(r.phone.trimmed().left(40)) : parsed.problem});
    }
    if (!r.mediaUrl.trimmed().isEmpty()) {
        const QUrl url(r.mediaUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
            out.append({QStringLiteral("media_url"), Tr::tr("media_url is the http or https address of a photo.")});
    }
    for (const CitizenReport::Photo &p : r.photos) {
        const QString mime = QMimeDatabase().mimeTypeForData(p.bytes).name();
        if (!mime.startsWith(QLatin1String("image/")))
            out.append({QStringLiteral("media"), Tr::tr("%1 is not a photo (%2).").arg(p.fileName.isEmpty() ? QStringLiteral("media") : p.fileName.left(100), mime)});
        else if (p.bytes.size() > IntakeService::maxAttachmentBytes)
            out.append({QStringLiteral("media"), Tr::tr("%1 is larger than 25 MB.").arg(p.fileName.left(100))});
    }
    // The place and the answers as a phone request's intake checks them, for what is not said already.
    const auto said = [&](const QString &field) {
        return std::any_of(out.cbegin(), out.cend(), [&](const ReportProblem &p) { return p.field == field; });
    };
    if (said(QStringLiteral("service_code")) || said(QStringLiteral("lat")))
        return out;
    QString field, problem;
    const IntakeDraft d = draftOf(r, &field, &problem);
    if (!problem.isEmpty()) {
        out.append({field, problem});
        return out;
    }
    for (const FieldProblem &p : m_intake->check(d))
        if (p.blocking && !said(reportField(p.field)))
            out.append({reportField(p.field), p.message});
    return out;
}

QString ReportIntake::citizenOf(const CitizenReport &r) const
{
    CallerQuery callers(m_db);
    const auto mostActive = [](const QList<CallerMatch> &found) {
        const auto best = std::max_element(found.cbegin(), found.cend(), [](const CallerMatch &a, const CallerMatch &b) { return a.requests < b.requests; });
        return best == found.cend() ? QString() : best->citizenId;
    };
    if (!r.email.trimmed().isEmpty())
        if (const QString id = mostActive(callers.withEmail(r.email.trimmed(), 10)); !id.isEmpty())
            return id;
    if (!r.phone.trimmed().isEmpty()) {
        const ParsedPhone parsed = m_phones.parse(r.phone.trimmed());
        if (!parsed.e164.isEmpty())
            return mostActive(callers.withPhone(parsed.e164, 10));
    }
    return {};
}

Result<QJsonObject> ReportIntake::runAs(CommandRunner &runner, const QString &name, const QJsonObject &args, const QString &actor, qint64 at)
{
    Command c;
    c.id = newRowId(at);
    c.name = name;
    c.at = at;
    c.actorId = actor;
    c.args = args;
    return runner.run(c);
}

Result<QString> ReportIntake::enrol(const CitizenReport &r, qint64 now)
{
    const QString known = citizenOf(r);
    const QString email = r.email.trimmed(), phone = r.phone.trimmed();
    if (!known.isEmpty() || (email.isEmpty() && phone.isEmpty()))
        return known;
    // Someone new who left a way to reach them: registered as a call would register them. A record found by
    // its address or number is never changed from outside (anyone can type anyone's address).
    Citizen c;
    c.id = newRowId(now);
    c.kind = CitizenKind::Person;
    c.givenName = r.givenName.trimmed().left(100);
    c.familyName = r.familyName.trimmed().left(100);
    if (c.givenName.isEmpty() && c.familyName.isEmpty())
        c.familyName = !email.isEmpty() ? email : phone; // what staff know them by until they call
    if (!email.isEmpty())
        c.emails.append({email, QString()});
    if (!phone.isEmpty())
        c.phones.append({QString(), phone, QStringLiteral("mobile"), false});
    if (m_tenant.languages.contains(r.language))
        c.preferredLanguage = r.language;
    if (r.consentEmail && !email.isEmpty())
        c.consents.append(Consent(ContactChannel::Email, true, now));
    if (r.consentSms && !phone.isEmpty())
        c.consents.append(Consent(ContactChannel::Sms, true, now));
    const Result<QJsonObject> saved = runAs(m_runner, QString::fromLatin1(CommandName::SaveCitizen),
                                            {{QStringLiteral("citizen"), QJsonDocument::fromJson(citizenToJson(c).toUtf8()).object()},
                                             {QStringLiteral("isNew"), true}},
                                            toCode(r.channel), now);
    if (!saved)
        return saved.error();
    return c.id;
}

Result<ReportOutcome> ReportIntake::submit(const CitizenReport &r)
{
    const qint64 now = m_clock();
    const QString actor = toCode(r.channel);
    ReportOutcome out;
    Result<QString> citizen = enrol(r, now);
    if (!citizen)
        return citizen.error();
    out.citizenId = citizen.value();
    IntakeDraft d = draftOf(r);
    d.citizenId = out.citizenId;
    for (const CitizenReport::Photo &p : r.photos) {
        Result<StoredPhoto> stored = storePhotoBytes(m_intake->attachmentDirectory(), p.bytes, p.fileName.isEmpty() ? QStringLiteral("photo") : p.fileName);
        if (!stored)
            return stored.error();
        d.photos.append(stored.value());
    }
    const ServiceType *type = m_intake->type(d.typeId);
    const QList<DuplicateCandidate> near = type ? DuplicateFinder(m_db).find(d.typeId, d.location, type->duplicateRadiusM, now) : QList<DuplicateCandidate>{};
    Result<QJsonObject> filed = near.isEmpty()
                                    ? runAs(m_runner, QString::fromLatin1(CommandName::FileRequest), {{QStringLiteral("draft"), d.toJson()}}, actor, now)
                                    : runAs(m_runner, QString::fromLatin1(CommandName::JoinRequest),
                                          {{QStringLiteral("draft"), d.toJson()}, {QStringLiteral("requestId"), near.first().requestId}}, actor, now);
    if (!filed)
        return filed.error();
    out.requestId = filed->value(QStringLiteral("requestId")).toString();
    out.trackingNumber = filed->value(QStringLiteral("trackingNumber")).toString();
    out.joined = filed->value(QStringLiteral("linked")).toBool();
    out.dueAt = filed->value(QStringLiteral("dueAt")).toString().toLongLong();
    return out;
}

} // namespace CivicDesk
