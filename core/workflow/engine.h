// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/domain/servicerequest.h"
#include "core/util/clock.h"
#include "core/util/result.h"
#include "core/workflow/calendar.h"
#include "core/workflow/decisions.h"
#include "core/workflow/routing.h"
#include "core/workflow/workflow.h"

#include <QGeoCoordinate>
#include <QHash>

#include <memory>
#include <optional>

namespace CivicDesk {

class Database;
class RequestRepository;


/// The working-time state of a request's deadline.
enum class DeadlineState { None, OnTrack, AtRisk, Breached, Paused, Done };
QString displayName(DeadlineState state);

/// What the engine keeps beside a request's own fields: part of the request (ServiceRequest::work).
using WorkState = RequestWork;

/// Deadline state of a request now, with the working time left (negative when late).
struct DeadlineInfo
{
    DeadlineState state = DeadlineState::None;
    qint64 workingMsLeft = 0;
    double usedShare = 0; ///< 0..1+ of the target used
};

/// The central flow of requests: routing, deadlines on the business calendar, status changes by the
/// workflow's rules, rerouting, assignment, notes, duplicate clusters, recurrence, ratings. Every change is
/// one transaction that updates the request and appends its events; a refused change changes nothing and
/// says why.
class WorkflowEngine
{
public:
    /// Share of the target after which a request is at risk, and the margin after the deadline after which
    /// management is alerted.
    static constexpr double riskShare = Decisions::riskShare;
    static constexpr double managementMarginShare = Decisions::managementMarginShare;

    WorkflowEngine(Database &db, Clock clock = systemClock());
    ~WorkflowEngine();

    const BusinessCalendar &calendar() const { return m_calendar; }
    const Routing &routing() const { return *m_routing; }
    /// The workflow of a service type (the municipality's stored one of that code, else the default).
    const Workflow &workflowFor(const QString &workflowCode);
    /// The workflow of @p request's service type (the default one when the type has none).
    const Workflow &workflowOf(const ServiceRequest &request);
    const ServiceType *type(const QString &id) const;

    /// Routing and deadline of a new request of @p type in @p districtId filed at @p createdAt.
    struct Placement
    {
        QString departmentId;
        qint64 targetMs = 0;
        qint64 dueAt = 0;
        qint64 riskAt = 0;
    };
    Placement place(const ServiceType &type, const QString &districtId, qint64 createdAt) const;
    /// Working time allowed for @p type when handled by @p departmentId (a contractor's own target wins).
    qint64 targetFor(const ServiceType &type, const QString &departmentId) const;

    /// A closed request of the same type within the type's radius, closed in the last 90 days: the new
    /// request repeats it.
    std::optional<QString> recurrenceOf(const QString &typeId, const QGeoCoordinate &where, qint64 now) const;

    WorkState workState(const QString &requestId) const;
    DeadlineInfo deadline(const ServiceRequest &request, const WorkState &state, qint64 now) const;

    /// Statuses @p actor may move @p request to.
    QList<RequestStatus> allowedMoves(const ServiceRequest &request, const Actor &actor);

    Result<ServiceRequest> transition(const QString &requestId, RequestStatus to, const Actor &actor, const QString &note,
                                      std::optional<AccuracyRating> accuracy = std::nullopt);
    Status reroute(const QString &requestId, const QString &departmentId, const QString &reason, const Actor &actor);
    Status assign(const QString &requestId, const QString &crewId, const QString &assigneeId, const Actor &actor);
    Status addNote(const QString &requestId, const QString &text, const Actor &actor);
    /// Marks @p requestId a duplicate of @p masterId: it joins the master's cluster, its reporters become the
    /// master's, the master's priority follows the number of distinct reporters.
    Status linkDuplicate(const QString &requestId, const QString &masterId, const Actor &actor);
    /// Raises (or keeps) a cluster master's priority by its distinct reporters (the caller holds the transaction).
    Status updateClusterPriority(const QString &masterId, const QString &actorId, qint64 now);
    /// The citizen's satisfaction with the work (1–5) and their comment, after resolution.
    Status rateSatisfaction(const QString &requestId, int score, const QString &comment, const Actor &actor);

    /// Number of recurrences counted against each department since @p since (department id → count).
    QHash<QString, int> recurrencesByDepartment(qint64 since) const;

private:
    Status checkScope(const ServiceRequest &r, const Actor &actor) const;
    Status queueForReporters(const ServiceRequest &r, const QString &kind, const QString &text, qint64 now, const QString &actor);
    /// Appends a decision's history entries, each with its new id.
    static Status appendEvents(RequestRepository &repo, const QList<RequestEvent> &events, qint64 now);

    Database &m_db;
    Clock m_clock;
    BusinessCalendar m_calendar;
    std::unique_ptr<Routing> m_routing;
    QList<ServiceType> m_types;
    QHash<QString, QString> m_departmentParent;
    QHash<QString, int> m_contractHours;
    std::map<QString, Workflow> m_workflows;
};

/// The municipality's business calendar: the stored one, else the built-in one of its country.
BusinessCalendar calendarOf(Database &db);
/// Checks and stores the municipality's calendar; a definition that does not load is refused, nothing changed.
Status saveCalendar(Database &db, const QByteArray &json, const QString &actor, qint64 now);
/// Checks and stores a workflow under its code; a definition that does not load is refused, nothing changed.
Status saveWorkflow(Database &db, const QByteArray &json, const QString &actor, qint64 now);

} // namespace CivicDesk
