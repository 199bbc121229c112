// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestsheet.h"

#include "core/text/desktranslations.h"
#include "core/storage/notificationstore.h"
#include "core/text/datetext.h"

#include "core/desk/intake.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QLocale>
#include <QTranslator>

namespace CivicDesk {

namespace {

// The caller's answer is worded in the caller's language, whatever the desk's: its sentences are looked up in
// that language's catalogue directly, never through the translator installed in the process.
const char *const answerContext = "CallerAnswer";
const char *const received = QT_TRANSLATE_NOOP("CallerAnswer", "Your request %1 (%2, %3) was received on %4.");
const char *const receivedNoPlace = QT_TRANSLATE_NOOP("CallerAnswer", "Your request %1 (%2) was received on %3.");
const char *const withDepartment = QT_TRANSLATE_NOOP("CallerAnswer", "It is with %1; its status is “%2”.");
const char *const statusOnly = QT_TRANSLATE_NOOP("CallerAnswer", "Its status is “%1”.");
const char *const expected = QT_TRANSLATE_NOOP("CallerAnswer", "We expect the work to be done by %1.");
const char *const late = QT_TRANSLATE_NOOP("CallerAnswer", "It was due by %1 and is late.");
const char *const alerted = QT_TRANSLATE_NOOP("CallerAnswer", "Its supervisors have been alerted.");
const char *const noDate = QT_TRANSLATE_NOOP("CallerAnswer", "No completion date has been set yet.");
const char *const onHold = QT_TRANSLATE_NOOP("CallerAnswer", "The work is on hold: %1.");
const char *const onHoldNoReason = QT_TRANSLATE_NOOP("CallerAnswer", "The work is on hold.");
const char *const holdClock = QT_TRANSLATE_NOOP("CallerAnswer", "The time allowed does not run while it waits.");
const char *const resolved = QT_TRANSLATE_NOOP("CallerAnswer", "The work was done on %1.");
const char *const closed = QT_TRANSLATE_NOOP("CallerAnswer", "It was closed on %1.");
const char *const rejected = QT_TRANSLATE_NOOP("CallerAnswer", "It was not taken up: %1.");
const char *const rejectedNoReason = QT_TRANSLATE_NOOP("CallerAnswer", "It was not taken up.");
const char *const joined = QT_TRANSLATE_NOOP("CallerAnswer", "It reports the same problem as request %1 and is handled with it.");
const char *const reopenAdvice = QT_TRANSLATE_NOOP("CallerAnswer", "If the problem is still there, we can reopen it now.");

QString say(const QTranslator *catalogue, const char *context, const char *text)
{
    const QString t = catalogue ? catalogue->translate(context, text) : QString();
    return t.isEmpty() ? QString::fromUtf8(text) : t;
}

QString dayIn(const QString &language, qint64 ms)
{
    return DateText::longDate(ms, QLocale(language));
}

QString attributeValueText(const ServiceAttribute &a, const QString &value, const QString &language)
{
    if (a.values.isEmpty())
        return value;
    QStringList names;
    for (const QString &key : value.split(u',', Qt::SkipEmptyParts)) {
        QString name = key;
        for (const AttributeValue &v : a.values) {
            if (v.key == key)
                name = v.name.best(language);
        }
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

RequestSheetReader::RequestSheetReader(Database &db, WorkflowEngine &workflow, QString uiLanguage)
    : m_db(db)
    , m_workflow(workflow)
    , m_language(std::move(uiLanguage))
{
}

RequestSheetReader::~RequestSheetReader() = default;

Result<RequestSheet> RequestSheetReader::read(const QString &requestId, qint64 now) const
{
    RequestRepository requests(m_db);
    std::optional<ServiceRequest> r = requests.get(requestId);
    if (!r)
        return Error{Tr::tr("This request is not on this desk."), QStringLiteral("request.not_found")};
    // The names ids point to are read once per reader (the queue reads a sheet per row chosen).
    if (!m_names) {
        m_names.emplace();
        m_names->actors = OrganisationRepository(m_db).displayNames(m_language);
        for (const ServiceGroup &g : CatalogueRepository(m_db).groups())
            m_names->groups.insert(g.id, g.name.best(m_language));
        m_names->districts = GeoRepository(m_db).districtNames();
        if (const std::optional<Tenant> tenant = OrganisationRepository(m_db).tenant(); tenant && !tenant->languages.isEmpty())
            m_names->municipalityLanguage = tenant->languages.front();
    }
    RequestSheet sheet;
    sheet.request = *r;
    sheet.actorNames = m_names->actors;
    const ServiceType *type = m_workflow.type(r->serviceTypeId);
    if (type) {
        sheet.typeName = type->name.best(m_language);
        sheet.groupName = m_names->groups.value(type->groupId);
        QList<ServiceAttribute> questions = type->attributes;
        std::stable_sort(questions.begin(), questions.end(), [](const ServiceAttribute &a, const ServiceAttribute &b) { return a.order < b.order; });
        for (const ServiceAttribute &a : std::as_const(questions)) {
            const QString value = r->attributes.value(a.code);
            if (!value.isEmpty())
                sheet.answers.append({a.description.best(m_language), attributeValueText(a, value, m_language)});
        }
    }
    // Answers to questions the type no longer asks (or an imported request's own) are shown by their codes.
    for (auto it = r->attributes.cbegin(); it != r->attributes.cend(); ++it) {
        const bool asked = type && std::any_of(type->attributes.cbegin(), type->attributes.cend(), [&](const ServiceAttribute &a) { return a.code == it.key(); });
        if (!asked && !it.value().isEmpty())
            sheet.answers.append({it.key(), it.value()});
    }
    sheet.departmentName = sheet.actorNames.value(r->departmentId);
    sheet.crewName = sheet.actorNames.value(r->crewId);
    sheet.assigneeName = sheet.actorNames.value(r->assigneeId);
    sheet.districtName = m_names->districts.value(r->districtId);

    CitizenRepository citizens(m_db);
    QStringList reporterIds;
    if (!r->citizenId.isEmpty())
        reporterIds.append(r->citizenId);
    for (const QString &id : requests.reporters(requestId)) {
        if (!reporterIds.contains(id))
            reporterIds.append(id);
    }
    for (const QString &id : std::as_const(reporterIds)) {
        const std::optional<Citizen> c = citizens.get(id);
        if (!c)
            continue;
        RequestSheet::Reporter who{c->id, c->displayName(), {}, {}, c->preferredLanguage, c->id == r->citizenId};
        for (const CitizenPhone &p : c->phones) {
            if (p.valid)
                who.phones.prepend(p.typed.isEmpty() ? p.e164 : p.typed);
            else
                who.phones.append(p.typed);
        }
        for (const CitizenEmail &e : c->emails)
            who.emails.append(e.address);
        sheet.reporters.append(who);
    }

    sheet.photos = requests.attachments(requestId);
    sheet.photoDirectory = attachmentDirectoryOf(m_db.path());
    sheet.history = requests.events(requestId);
    for (const auto &[message, delivery] : NotificationStore(m_db).ofRequest(requestId))
        sheet.messages.append({message.channel, message.address, delivery.status, message.createdAt, delivery.sentAt, delivery.nextAttemptAt,
                               delivery.attempts, delivery.lastError, delivery.report, delivery.reportedAt});

    sheet.open = isOpen(r->status);
    sheet.deadline = m_workflow.deadline(*r, m_workflow.workState(r->id), now);
    sheet.expectedAt = sheet.open ? r->dueAt : r->closedAt;
    if (!r->duplicateOf.isEmpty()) {
        if (const std::optional<ServiceRequest> master = requests.get(r->duplicateOf)) {
            sheet.masterId = master->id;
            sheet.masterTrackingNumber = master->trackingNumber;
        }
    }
    sheet.callerLanguage = !sheet.reporters.isEmpty() && !sheet.reporters.front().language.isEmpty() ? sheet.reporters.front().language
                           : !m_names->municipalityLanguage.isEmpty()                                 ? m_names->municipalityLanguage
                                                                                                      : m_language;
    return sheet;
}

const QTranslator *RequestSheetReader::catalogue(const QString &language) const
{
    return catalogueOf(language);
}

QString RequestSheetReader::callerAnswer(const RequestSheet &sheet, const QString &language, qint64 now) const
{
    const QTranslator *words = catalogue(language);
    auto line = [&](const char *text) { return say(words, answerContext, text); };
    const ServiceRequest &r = sheet.request;
    const ServiceType *type = m_workflow.type(r.serviceTypeId);
    const QString typeName = type ? type->name.best(language) : sheet.typeName;
    QStringList out;
    out.append(r.address.isEmpty() ? line(receivedNoPlace).arg(r.trackingNumber, typeName, dayIn(language, r.createdAt))
                                   : line(received).arg(r.trackingNumber, typeName, r.address, dayIn(language, r.createdAt)));

    // A duplicate's progress is its master's: the rest is said of the master.
    const ServiceRequest *about = &r;
    RequestSheet master;
    if (r.status == RequestStatus::Duplicate && !sheet.masterId.isEmpty()) {
        out.append(line(joined).arg(sheet.masterTrackingNumber));
        if (Result<RequestSheet> m = read(sheet.masterId, now); m) {
            master = m.value();
            about = &master.request;
        }
    }
    const RequestSheet &state = about == &r ? sheet : master;
    const QString status = say(words, "CivicDesk", sourceName(about->status));
    const QString notes = about->statusNotes.trimmed();
    switch (about->status) {
    case RequestStatus::OnHold:
        out.append(notes.isEmpty() ? line(onHoldNoReason) : line(onHold).arg(notes));
        out.append(line(holdClock));
        break;
    case RequestStatus::Resolved:
        out.append(line(resolved).arg(dayIn(language, about->closedAt > 0 ? about->closedAt : now)));
        out.append(line(reopenAdvice));
        break;
    case RequestStatus::Closed:
        out.append(line(closed).arg(dayIn(language, about->closedAt > 0 ? about->closedAt : now)));
        out.append(line(reopenAdvice));
        break;
    case RequestStatus::Rejected:
        out.append(notes.isEmpty() ? line(rejectedNoReason) : line(rejected).arg(notes));
        break;
    case RequestStatus::Duplicate:
        break; // a duplicate whose master is gone: said above as far as it is known
    default: {
        QString department;
        if (const std::optional<Department> d = OrganisationRepository(m_db).department(about->departmentId))
            department = d->name.best(language);
        out.append(department.isEmpty() ? line(statusOnly).arg(status) : line(withDepartment).arg(department, status));
        if (about->dueAt <= 0)
            out.append(line(noDate));
        else if (state.deadline.state == DeadlineState::Breached || about->dueAt < now) {
            out.append(line(late).arg(dayIn(language, about->dueAt)));
            if (about->work.escalationLevel >= 2)
                out.append(line(alerted));
        } else {
            out.append(line(expected).arg(dayIn(language, about->dueAt)));
        }
    }
    }
    return out.join(u' ');
}

} // namespace CivicDesk
