// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "message.h"
#include "organisation.h"

#include <QGeoCoordinate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace CivicDesk {

/// A request's working state beside what the citizen reported: its deadline's clock and its ladder.
struct RequestWork
{
    qint64 targetMs = 0;         ///< working time allowed (0: not known, plain hours before schema 5)
    qint64 holdRemainingMs = -1; ///< working time left when put on hold; -1 when not on hold
    int escalationLevel = 0;     ///< 0 none, 1 at risk, 2 breached, 3 management
    qint64 nextEscalationAt = 0; ///< 0: no step pending
    QString recurrenceOf;        ///< the closed request of the same place and type this one repeats
    int basePriority = 0;        ///< before a cluster raised it; 0: never raised
    bool operator==(const RequestWork &) const = default;
};

/// A citizen's report of a problem, from any channel, with its working state.
struct ServiceRequest
{
    QString id;
    QString tenantId;
    QString trackingNumber; ///< what is read back to the caller, e.g. "26-K7-04512"
    QString externalId;     ///< the id in the system it came from (Open311 service_request_id, ...)
    Channel channel = Channel::Phone;
    QString citizenId;      ///< empty: anonymous
    QString serviceTypeId;
    QMap<QString, QString> attributes; ///< attribute code → value (lists: keys joined by ',')
    QString description;
    QGeoCoordinate location;
    QString address;
    QString districtId;
    Priority priority = Priority::Normal;
    int urgency = 2; ///< 1 (can wait) … 3 (urgent), as judged by the operator
    bool emergency = false;
    RequestStatus status = RequestStatus::New;
    QString statusNotes;
    QString departmentId;
    QString crewId;
    QString assigneeId;
    qint64 dueAt = 0;
    qint64 createdAt = 0;
    qint64 closedAt = 0;
    QString duplicateOf;
    QString clusterId;
    std::optional<AccuracyRating> accuracy;
    int satisfaction = 0; ///< 0: not rated, else 1..5
    QString satisfactionComment;
    QString mediaUrl;
    RequestWork work = {};
    ChangeStamp stamp;
    bool operator==(const ServiceRequest &) const = default;
};

/// One entry of a request's append-only history.
struct RequestEvent
{
    QString id;
    QString requestId;
    EventKind kind = EventKind::Created;
    qint64 at = 0;
    QString actorId;
    QString fromValue; ///< status, department, ... before
    QString toValue;   ///< ... after
    QString body;      ///< what a person wrote (note, reason, comment); free text of rows older than messages
    Message message = {}; ///< what the product said, as a code and its arguments (MessageText renders it)
    bool operator==(const RequestEvent &) const = default;
};

/// A file attached to a request; the bytes live on disk beside the database.
struct Attachment
{
    QString id;
    QString requestId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QString storedPath;
    qint64 createdAt = 0;
    ChangeStamp stamp;
    bool operator==(const Attachment &) const = default;
};

/// A telephone call at the desk.
struct Call
{
    QString id;
    QString tenantId;
    QString callerNumber; ///< as delivered by the telephone system
    QString callerE164;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    QString operatorId;
    QString citizenId;
    ChangeStamp stamp;
    std::optional<CallOutcome> outcome; ///< set when the call ends (none: ended before outcomes were asked)
    QString outcomeNote;                ///< the operator's words on it: "told them the collection days"
    bool operator==(const Call &) const = default;
};

} // namespace CivicDesk
