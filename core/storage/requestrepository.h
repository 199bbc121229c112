// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/servicerequest.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <optional>
#include <vector>

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
        QString addressKey; ///< AddressKey::of(address): the key the address index finds it by
    };
    static Derived derive(const ServiceRequest &request);
    /// What derive() makes of a description and an address (no tracking key): safe on any thread.
    static Derived deriveText(const QString &description, const QString &address);
    static QString trackingKeyOf(const QString &trackingNumber);
    Status insert(const ServiceRequest &request, const Derived &derived);
    /// Many inserts in one transaction (an import): the search index's rows are kept back and written by
    /// writeSearchText() before the commit. Interleaved, each insert (its triggers need a statement journal)
    /// makes the full-text index flush its pending words to disk, one tiny segment per request.
    void batchSearchText(bool on);
    Status writeSearchText();
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
    /// Marks a request an emergency at the top priority (a caller told of danger).
    Status raiseToEmergency(const QString &id, const ChangeStamp &stamp);
    /// Writes the citizen's satisfaction with the work and their comment.
    Status updateSatisfaction(const ServiceRequest &request);
    /// What a cluster master's priority follows: its priority, the one it had before the cluster raised it, the
    /// type's step and cap, and how many different citizens reported the master or a member.
    struct ClusterTally
    {
        int priority = 0;
        int basePriority = 0;
        int step = 1;
        int cap = 0;
        int reporters = 0;
    };
    std::optional<ClusterTally> clusterTally(const QString &masterId) const;
    /// The members of @p masterId's cluster not closed yet.
    QStringList openClusterMembers(const QString &masterId) const;
    /// Closes a member with its cluster's master (its status stays "duplicate").
    Status closeWithMaster(const QString &memberId, const ChangeStamp &stamp);
    /// Makes @p requestId a duplicate in the cluster of @p root: its own members follow it, the root becomes the
    /// cluster's master, and the root counts every reporter of the duplicate (and @p citizenId) as its own.
    Status joinCluster(const QString &requestId, const QString &root, const QString &citizenId, const ChangeStamp &stamp);
    /// Requests of @p typeId resolved or closed between @p from and @p to inside the box, newest first: a new
    /// request near one of them is a recurrence.
    struct Placed
    {
        QString id;
        double lat = 0;
        double lon = 0;
    };
    QList<Placed> closedInBox(const QString &typeId, qint64 from, qint64 to, double south, double west, double north, double east) const;
    /// What the escalation ladder reads of a request (a projection: the ladder runs through thousands at once).
    struct LadderRow
    {
        QString id;
        QString tenantId;
        QString trackingNumber;
        QString departmentId;
        QString assigneeId;
        RequestStatus status = RequestStatus::New;
        qint64 dueAt = 0;
        qint64 targetMs = 0;
        int level = 0;
        qint64 nextAt = 0;
    };
    std::optional<LadderRow> ladderRow(const QString &id) const;
    /// The requests with an escalation step due at @p now, the earliest first (the ladder's index).
    QStringList ladderDue(qint64 now, int limit) const;
    /// Writes where a request stands on the escalation ladder (its level, and its next step, 0 for none).
    Status updateLadder(const QString &id, int level, qint64 nextAt);
    /// How many requests of each of @p typeIds were filed since @p since.
    QHash<QString, int> filedPerType(const QStringList &typeIds, qint64 since) const;
    /// Recurrences filed since @p since, per department of the request they recur.
    QHash<QString, int> recurrencesByDepartment(qint64 since) const;
    /// The accuracy ratings given to the reports of @p citizenId (their reputation as a reporter).
    QList<AccuracyRating> accuracyRatingsOf(const QString &citizenId) const;
    /// True if a request imported with the id @p externalId of its source system is stored.
    bool hasExternalId(const QString &externalId);
    /// The id of the request imported with @p externalId, or empty.
    std::optional<QString> idByExternalId(const QString &externalId);
    std::optional<ServiceRequest> byTrackingNumber(const QString &trackingNumber) const;
    qint64 count() const;

    Status appendEvent(const RequestEvent &event);
    QList<RequestEvent> events(const QString &requestId) const;

    Status addReporter(const QString &requestId, const QString &citizenId, const QString &callId, qint64 at);
    QStringList reporters(const QString &requestId) const;

    Status saveAttachment(const Attachment &attachment);
    QList<Attachment> attachments(const QString &requestId) const;

    Status saveCall(const Call &call);
    /// Moves the requests, further reports and calls of citizen @p fromId to @p toId (a merge of two records of
    /// one person); each request that changes hands gets a merge event saying @p message.
    Status moveToCitizen(const QString &fromId, const QString &toId, const Message &message, const ChangeStamp &stamp);
    /// Notes what a call did with a request: "filed", "linked" (joined), or "looked_at" (which never replaces
    /// what the call did with it).
    Status linkCall(const QString &callId, const QString &requestId, const QString &relation);
    /// Records who is calling (empty: nobody known).
    Status setCallCitizen(const QString &callId, const QString &citizenId, const ChangeStamp &stamp);
    /// Ends a call that has not ended yet.
    Status endCall(const QString &callId, std::optional<CallOutcome> outcome, const QString &note, const ChangeStamp &stamp);
    /// The requests a call filed, joined or looked at: (request id, relation).
    QList<std::pair<QString, QString>> callRequests(const QString &callId) const;
    std::optional<Call> call(const QString &id) const;

    /// The next tracking number of this desk for @p year: "26-K7-04512" (year, desk code, sequence).
    /// Desks number independently, so numbers made offline never collide. Call inside the transaction
    /// that inserts the request.
    Result<QString> nextTrackingNumber(int year);
    /// The same for a request filed at @p ms: the year is the municipality's, in its time zone.
    Result<QString> nextTrackingNumberAt(qint64 ms);

private:
    ServiceRequest read(const Statement &s) const;

    Database &m_db;
    CachedStatement m_insert;
    CachedStatement m_insertText;
    bool m_textBatched = false;
    std::vector<std::pair<qint64, QString>> m_pendingText;
    CachedStatement m_insertEvent;
    CachedStatement m_insertReporter;
    CachedStatement m_byExternalId;
};

/// Tracking numbers handed out to a batch of new requests (an import): each year's counter is read once and
/// written back by save(), inside the batch's transaction; the numbers are those nextTrackingNumberAt() gives.
class TrackingSequence
{
public:
    explicit TrackingSequence(Database &db);
    /// The next number for a request filed at @p ms (the municipality's year).
    QString nextAt(qint64 ms);
    /// Takes back the last number handed out (its request was not written after all).
    void giveBack();
    /// How many numbers are handed out and not taken back.
    int handedOut() const { return m_handedOut; }
    /// Writes the counters back.
    Status save();

private:
    Database &m_db;
    QString m_deviceCode;
    QByteArray m_zone;
    QHash<int, int> m_last; ///< year → last number handed out
    int m_lastYear = 0;
    int m_handedOut = 0;
};

} // namespace CivicDesk
