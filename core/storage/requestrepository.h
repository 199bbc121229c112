// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/servicerequest.h"
#include "storage/sqlitestatement.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace CivicDesk {

class Database;

/// Service requests with their append-only history, reporters, attachments and calls.
class RequestRepository
{
public:
    explicit RequestRepository(Database &db);

    /// Inserts a new request and indexes its tracking number and text (the caller holds the transaction).
    Status insert(const ServiceRequest &request);

    /// What is stored beside a request's own fields: its words for full-text search, its tracking key and its
    /// attributes as JSON. Bulk loads compute it on another thread than the one writing.
    struct Derived
    {
        QString text;
        QString trackingKey;
        QString attributesJson;
    };
    static Derived derive(const ServiceRequest &request);
    Status insert(const ServiceRequest &request, const Derived &derived);
    std::optional<ServiceRequest> get(const QString &id) const;
    std::optional<ServiceRequest> getByLocalId(qint64 localId) const;
    /// The working state of @p id alone (the queue's deadlines read it per row).
    RequestWork work(const QString &id) const;
    /// Writes a request's status with everything that moves with it: notes, deadline, closing time, the accuracy
    /// rating, its working state and who changed it.
    Status updateStatus(const ServiceRequest &request);
    /// Writes the department handling a request with its crew and assignee (a reroute).
    Status updateRouting(const ServiceRequest &request);
    /// Writes a request's crew and assignee (an assignment).
    Status updateAssignment(const ServiceRequest &request);
    /// Writes a cluster master's priority and the priority it had before its cluster raised it.
    Status updatePriority(const QString &id, Priority priority, int basePriority, const ChangeStamp &stamp);
    /// Writes the citizen's satisfaction with the work and their comment.
    Status updateSatisfaction(const ServiceRequest &request);
    /// The accuracy ratings given to the reports of @p citizenId (their reputation as a reporter).
    QList<AccuracyRating> accuracyRatingsOf(const QString &citizenId) const;
    std::optional<ServiceRequest> byTrackingNumber(const QString &trackingNumber) const;
    qint64 count() const;

    Status appendEvent(const RequestEvent &event);
    QList<RequestEvent> events(const QString &requestId) const;

    Status addReporter(const QString &requestId, const QString &citizenId, const QString &callId, qint64 at);
    QStringList reporters(const QString &requestId) const;

    Status saveAttachment(const Attachment &attachment);
    QList<Attachment> attachments(const QString &requestId) const;

    Status saveCall(const Call &call);
    Status linkCall(const QString &callId, const QString &requestId, const QString &relation);
    std::optional<Call> call(const QString &id) const;

    /// The next tracking number of this desk for @p year: "26-K7-04512" (year, desk code, sequence).
    /// Desks number independently, so numbers made offline never collide. Call inside the transaction
    /// that inserts the request.
    Result<QString> nextTrackingNumber(int year);

private:
    ServiceRequest read(const SqliteStatement &s) const;

    Database &m_db;
    CachedStatement m_insert;
    CachedStatement m_insertText;
    CachedStatement m_insertEvent;
    CachedStatement m_insertReporter;
};

} // namespace CivicDesk
