// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "core/storage/alertstore.h"
#include "core/workflow/staffnotifier.h"

#include "core/geo/geometry.h"
#include "core/workflow/notifier.h"
#include "core/domain/idgenerator.h"
#include "core/domain/messagetext.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/workflowstore.h"
#include "core/util/tr.h"

#include <QSet>

#include <cmath>
#include <numbers>

namespace CivicDesk {
namespace {

constexpr qint64 hourMs = 3600000;
constexpr qint64 dayMs = 24 * hourMs;

} // namespace

QString displayName(DeadlineState state)
{
    switch (state) {
    case DeadlineState::None: return Tr::tr("No deadline");
    case DeadlineState::OnTrack: return Tr::tr("On track");
    case DeadlineState::AtRisk: return Tr::tr("At risk");
    case DeadlineState::Breached: return Tr::tr("Breached");
    case DeadlineState::Paused: return Tr::tr("Paused");
    case DeadlineState::Done: return Tr::tr("Done");
    }
    return {};
}

BusinessCalendar calendarOf(Database &db)
{
    std::optional<WorkflowStore::CalendarRow> row = WorkflowStore(db).calendar();
    if (!row)
        return BusinessCalendar::forCountry(QStringLiteral("GR"));
    if (row->definition) {
        Result<BusinessCalendar> stored = BusinessCalendar::fromJson(*row->definition);
        if (stored)
            return stored.value();
    }
    return BusinessCalendar::forCountry(row->country);
}

Status saveCalendar(Database &db, const QByteArray &json, const QString &actor, qint64 now)
{
    Result<BusinessCalendar> c = BusinessCalendar::fromJson(json);
    if (!c)
        return c.error();
    return db.transaction([&]() -> Status { return WorkflowStore(db).saveCalendar(json, actor, now); });
}

Status saveWorkflow(Database &db, const QByteArray &json, const QString &actor, qint64 now)
{
    Result<Workflow> w = Workflow::fromJson(json);
    if (!w)
        return w.error();
    return db.transaction([&]() -> Status { return WorkflowStore(db).saveWorkflow(w->code(), json, actor, now); });
}

WorkflowEngine::WorkflowEngine(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_calendar(calendarOf(db))
    , m_routing(std::make_unique<Routing>(db))
    , m_types(CatalogueRepository(db).types())
{
    for (const Department &d : OrganisationRepository(db).departments()) {
        m_departmentParent.insert(d.id, d.parentId);
        if (d.isContractor && d.contractDeadlineHours > 0)
            m_contractHours.insert(d.id, d.contractDeadlineHours);
    }
}

WorkflowEngine::~WorkflowEngine() = default;

const ServiceType *WorkflowEngine::type(const QString &id) const
{
    for (const ServiceType &t : m_types)
        if (t.id == id)
            return &t;
    return nullptr;
}

const Workflow &WorkflowEngine::workflowOf(const ServiceRequest &r)
{
    const ServiceType *t = type(r.serviceTypeId);
    return workflowFor(t ? t->workflowCode : QStringLiteral("default"));
}

const Workflow &WorkflowEngine::workflowFor(const QString &code)
{
    auto it = m_workflows.find(code);
    if (it != m_workflows.end())
        return it->second;
    if (std::optional<QByteArray> definition = WorkflowStore(m_db).workflow(code)) {
        Result<Workflow> w = Workflow::fromJson(*definition);
        if (w)
            return m_workflows.emplace(code, w.value()).first->second;
    }
    return Workflow::standard();
}

qint64 WorkflowEngine::targetFor(const ServiceType &t, const QString &departmentId) const
{
    // A contractor's contract sets its own target, for its crews too.
    for (QString d = departmentId; !d.isEmpty(); d = m_departmentParent.value(d))
        if (m_contractHours.contains(d))
            return qint64(m_contractHours.value(d)) * hourMs;
    return qint64(t.deadlineHours) * hourMs;
}

WorkflowEngine::Placement WorkflowEngine::place(const ServiceType &t, const QString &districtId, qint64 createdAt) const
{
    Placement p;
    p.departmentId = m_routing->departmentFor(t.id, t.departmentId, districtId);
    p.targetMs = targetFor(t, p.departmentId);
    p.dueAt = m_calendar.addWorkingTime(createdAt, p.targetMs);
    p.riskAt = m_calendar.addWorkingTime(createdAt, qint64(double(p.targetMs) * riskShare));
    return p;
}

std::optional<QString> WorkflowEngine::recurrenceOf(const QString &typeId, const QGeoCoordinate &where, qint64 now) const
{
    const ServiceType *t = type(typeId);
    if (!t || !where.isValid())
        return std::nullopt;
    const double radius = std::max(1, t->duplicateRadiusM);
    const double dLat = radius / 111320.0;
    const double dLon = radius / (111320.0 * std::max(0.01, std::cos(where.latitude() * std::numbers::pi / 180.0)));
    for (const RequestRepository::Placed &p : RequestRepository(m_db).closedInBox(typeId, now - 90 * dayMs, now, where.latitude() - dLat,
                                                                                where.longitude() - dLon, where.latitude() + dLat,
                                                                                where.longitude() + dLon))
        if (Geo::distanceMetres(where, QGeoCoordinate(p.lat, p.lon)) <= radius)
            return p.id;
    return std::nullopt;
}

WorkState WorkflowEngine::workState(const QString &requestId) const
{
    return RequestRepository(m_db).work(requestId);
}

DeadlineInfo WorkflowEngine::deadline(const ServiceRequest &r, const WorkState &w, qint64 now) const
{
    DeadlineInfo d;
    if (!isOpen(r.status)) {
        d.state = DeadlineState::Done;
        return d;
    }
    if (r.dueAt <= 0) {
        d.state = DeadlineState::None;
        return d;
    }
    const qint64 target = w.targetMs > 0 ? w.targetMs : std::max<qint64>(1, r.dueAt - r.createdAt);
    if (r.status == RequestStatus::OnHold && w.holdRemainingMs >= 0) {
        d.state = DeadlineState::Paused;
        d.workingMsLeft = w.holdRemainingMs;
    } else if (now >= r.dueAt) {
        d.state = DeadlineState::Breached;
        d.workingMsLeft = -m_calendar.workingTimeBetween(r.dueAt, now);
    } else {
        d.workingMsLeft = m_calendar.workingTimeBetween(now, r.dueAt);
        d.state = d.workingMsLeft <= qint64(double(target) * (1.0 - riskShare)) ? DeadlineState::AtRisk : DeadlineState::OnTrack;
    }
    d.usedShare = 1.0 - double(d.workingMsLeft) / double(target);
    return d;
}

Status WorkflowEngine::checkScope(const ServiceRequest &r, const Actor &actor) const
{
    if (actor.role == Role::Supervisor || actor.role == Role::Administrator || actor.role == Role::Operator)
        return {};
    // Department staff and heads act on their department's requests (a crew's people on their parent's).
    for (QString d = actor.departmentId; !d.isEmpty(); d = m_departmentParent.value(d))
        if (d == r.departmentId)
            return {};
    for (QString d = r.departmentId; !d.isEmpty(); d = m_departmentParent.value(d))
        if (d == actor.departmentId)
            return {};
    return Decisions::refused(MessageCode::OtherDepartment, {r.trackingNumber});
}

QList<RequestStatus> WorkflowEngine::allowedMoves(const ServiceRequest &r, const Actor &actor)
{
    if (!checkScope(r, actor))
        return {};
    return workflowOf(r).next(r.status, actor.role);
}

Status WorkflowEngine::queueForReporters(const ServiceRequest &r, const QString &kind, const QString &detail, qint64 now, const QString &actor)
{
    std::optional<Tenant> tenant = OrganisationRepository(m_db).tenant(r.tenantId);
    if (!tenant)
        return {};
    Notifier notifier(m_db, *tenant);
    const Notifier::Kind k = MessageTemplates::eventFromCode(kind).value_or(Notifier::Kind::Closed);
    QStringList reporters = RequestRepository(m_db).reporters(r.id);
    if (!r.citizenId.isEmpty() && !reporters.contains(r.citizenId))
        reporters.prepend(r.citizenId);
    for (const QString &citizen : std::as_const(reporters)) {
        Result<QString> sent = notifier.queue(citizen, r.id, k, detail, actor, now);
        if (!sent)
            return sent.error();
    }
    return {};
}

Result<ServiceRequest> WorkflowEngine::transition(const QString &requestId, RequestStatus to, const Actor &actor, const QString &note,
                                                  std::optional<AccuracyRating> accuracy)
{
    const qint64 now = m_clock();
    ServiceRequest result;
    Status st = m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        std::optional<ServiceRequest> r = repo.get(requestId);
        if (!r)
            return Decisions::requestGone();
        if (Status s = checkScope(*r, actor); !s)
            return s;
        const Workflow &wf = workflowOf(*r);
        Result<Decisions::Transition> decided = Decisions::transition(*r, to, actor, note, accuracy, wf, m_calendar, now);
        if (!decided)
            return decided.error();
        // The request as it is now, written by its store, with its history.
        if (Status s = repo.updateStatus(decided->after); !s)
            return s;
        if (Status s = appendEvents(repo, decided->events, now); !s)
            return s;
        *r = decided->after;

        // Informing the citizen: the outcome, and a survey once the work is done.
        for (const QString &notice : std::as_const(decided->notices))
            if (Status s = queueForReporters(*r, notice, notice == QLatin1String("survey") ? QString() : note.trimmed(), now, actor.userId); !s)
                return s;
        // Closing a cluster's master closes the cluster.
        if (decided->closesCluster) {
            const QStringList ids_ = repo.openClusterMembers(requestId);
            for (const QString &m : ids_) {
                if (Status s = repo.closeWithMaster(m, {now, actor.userId}); !s)
                    return s;
                if (Status s = repo.appendEvent({newRowId(now), m, EventKind::Note, now, actor.userId, {}, toCode(to), {},
                                                 Message{QString::fromLatin1(MessageCode::ClosedWithMaster), {r->trackingNumber}}});
                    !s)
                    return s;
            }
            if (to == RequestStatus::Closed && !ids_.isEmpty())
                if (Status s = queueForReporters(*r, QStringLiteral("closed"), {}, now, actor.userId); !s)
                    return s;
        }
        result = *r;
        return {};
    });
    if (!st)
        return st.error();
    return result;
}

Status WorkflowEngine::reroute(const QString &requestId, const QString &departmentId, const QString &reason, const Actor &actor)
{
    const qint64 now = m_clock();
    return m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        std::optional<ServiceRequest> r = repo.get(requestId);
        if (!r)
            return Decisions::requestGone();
        if (Status s = checkScope(*r, actor); !s)
            return s;
        const ServiceType *t = type(r->serviceTypeId);
        const bool handles = m_routing->handles(departmentId, r->serviceTypeId, t ? t->departmentId : QString());
        Result<Decisions::Change> decided = Decisions::reroute(*r, OrganisationRepository(m_db).department(departmentId), handles,
                                                               t ? t->name.best(QStringLiteral("en")) : r->serviceTypeId, reason, actor, now);
        if (!decided)
            return decided.error();
        if (Status s = repo.updateRouting(decided->after); !s)
            return s;
        return appendEvents(repo, decided->events, now);
    });
}

Status WorkflowEngine::assign(const QString &requestId, const QString &crewId, const QString &assigneeId, const Actor &actor)
{
    const qint64 now = m_clock();
    return m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        std::optional<ServiceRequest> r = repo.get(requestId);
        if (!r)
            return Decisions::requestGone();
        if (Status s = checkScope(*r, actor); !s)
            return s;
        const Workflow &wf = workflowOf(*r);
        const std::optional<Department> crew = crewId.isEmpty() ? std::nullopt : OrganisationRepository(m_db).department(crewId);
        Result<Decisions::Change> decided = Decisions::assign(*r, crewId, crew, assigneeId, actor, wf, now);
        if (!decided)
            return decided.error();
        if (Status s = repo.updateAssignment(decided->after); !s)
            return s;
        if (decided->statusChanged)
            if (Status s = repo.updateStatus(decided->after); !s)
                return s;
        if (Status s = appendEvents(repo, decided->events, now); !s)
            return s;
        // Whoever now has the work hears of it: the person given it, else the crew.
        const ServiceRequest &after = decided->after;
        const bool newPerson = !after.assigneeId.isEmpty() && after.assigneeId != r->assigneeId;
        const bool newCrew = after.assigneeId.isEmpty() && !after.crewId.isEmpty() && after.crewId != r->crewId;
        if (newPerson || newCrew) {
            AlertStore::Row alert;
            alert.id = newRowId(now);
            alert.tenantId = after.tenantId;
            alert.requestId = after.id;
            alert.level = 1;
            alert.recipientRole = QStringLiteral("department_staff");
            alert.recipientId = newPerson ? after.assigneeId : QString();
            alert.departmentId = !after.crewId.isEmpty() ? after.crewId : after.departmentId;
            alert.message = Message{QString::fromLatin1(MessageCode::AssignedToYou), {after.trackingNumber}};
            alert.createdAt = now;
            if (Status s = AlertStore(m_db).insert(alert); !s)
                return s;
            if (Result<int> mailed = StaffNotifier(m_db).alerted(alert, actor.userId, now); !mailed)
                return mailed.error();
        }
        // A crew now has the work: the reporters hear it is scheduled.
        if (decided->statusChanged && decided->after.status == RequestStatus::Assigned && r->status != RequestStatus::InProgress
            && r->status != RequestStatus::OnHold)
            return queueForReporters(decided->after, QStringLiteral("scheduled"), {}, now, actor.userId);
        return {};
    });
}

Status WorkflowEngine::appendEvents(RequestRepository &repo, const QList<RequestEvent> &events, qint64 now)
{
    for (RequestEvent e : events) {
        e.id = newRowId(now);
        if (Status s = repo.appendEvent(e); !s)
            return s;
    }
    return {};
}

Status WorkflowEngine::addNote(const QString &requestId, const QString &text, const Actor &actor)
{
    if (text.trimmed().isEmpty())
        return Decisions::refused(MessageCode::EmptyNote);
    const qint64 now = m_clock();
    return m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        std::optional<ServiceRequest> r = repo.get(requestId);
        if (!r)
            return Decisions::requestGone();
        return repo.appendEvent({newRowId(now), requestId, EventKind::Note, now, actor.userId, actor.departmentId, {}, text.trimmed()});
    });
}

Status WorkflowEngine::updateClusterPriority(const QString &masterId, const QString &actorId, qint64 now)
{
    std::optional<RequestRepository::ClusterTally> tally = RequestRepository(m_db).clusterTally(masterId);
    if (!tally)
        return {};
    const int current = tally->priority, base = tally->basePriority, reporters = tally->reporters;
    const std::optional<int> decided = Decisions::clusterPriority(current, base, tally->step, tally->cap, reporters);
    if (!decided)
        return {};
    const int wanted = *decided;
    if (Status st = RequestRepository(m_db).updatePriority(masterId, Priority(wanted), base, {now, actorId}); !st)
        return st;
    return RequestRepository(m_db).appendEvent({newRowId(now), masterId, EventKind::Note, now, actorId, QString::number(current),
                                                QString::number(wanted), {},
                                                Message{QString::fromLatin1(MessageCode::PriorityFollows), {QString::number(reporters)}}});
}

Status WorkflowEngine::linkDuplicate(const QString &requestId, const QString &masterId, const Actor &actor)
{
    const qint64 now = m_clock();
    return m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        std::optional<ServiceRequest> r = repo.get(requestId);
        std::optional<ServiceRequest> master = repo.get(masterId);
        if (!r || !master)
            return Decisions::requestGone();
        if (Status s = checkScope(*r, actor); !s)
            return s;
        Result<Decisions::DuplicateLink> decided =
            Decisions::linkDuplicate(*r, *master, actor, workflowOf(*r), now);
        if (!decided)
            return decided.error();
        if (Status s = repo.joinCluster(requestId, decided->root, r->citizenId, {now, actor.userId}); !s)
            return s;
        if (Status s = appendEvents(repo, decided->events, now); !s)
            return s;
        return updateClusterPriority(decided->root, actor.userId, now);
    });
}

Status WorkflowEngine::rateSatisfaction(const QString &requestId, int score, const QString &comment, const Actor &actor)
{
    const qint64 now = m_clock();
    return m_db.transaction([&]() -> Status {
        RequestRepository repo(m_db);
        std::optional<ServiceRequest> r = repo.get(requestId);
        if (!r)
            return Decisions::requestGone();
        auto decided = Decisions::rateSatisfaction(*r, score, comment, actor, now);
        if (!decided)
            return decided.error();
        if (Status s = repo.updateSatisfaction(decided->first); !s)
            return s;
        RequestEvent e = decided->second;
        e.id = newRowId(now);
        return repo.appendEvent(e);
    });
}

QHash<QString, int> WorkflowEngine::recurrencesByDepartment(qint64 since) const
{
    return RequestRepository(m_db).recurrencesByDepartment(since);
}

} // namespace CivicDesk
