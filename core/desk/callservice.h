// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/citizen.h"
#include "core/domain/servicerequest.h"
#include "core/text/phonenormalizer.h"
#include "core/storage/callerquery.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QList>

namespace CivicDesk {

class Database;

/// A citizen whose telephone number is the caller's.

/// What the desk shows when a call arrives: the call as logged, the number as understood, who it may be.
struct ScreenPop
{
    Call call;
    ParsedPhone phone;
    QList<CallerMatch> matches; ///< none: register; one: their profile; several: let the operator choose
    QString warning;            ///< translated; set when the number cannot be used to find anyone
    bool withheld = false;      ///< the telephone system said the caller hid their number
};

/// Telephone calls at the desk: the screen pop and the call log.
///
/// Every call is written when it arrives (number as delivered, start, operator), then gets its citizen,
/// the requests filed, linked or looked at, and its end. A call is one row in phone_call plus its links in
/// call_request; the citizen's timeline reads them back.
class CallService
{
public:
    /// @p operatorId is a user of the municipality, or empty when the desk works without one.
    CallService(Database &db, QString tenantId, const QString &region, QString operatorId, Clock clock = systemClock());

    /// Logs a new call from @p number (as delivered by the telephone system, or typed) and finds the
    /// citizens with that number. An empty or withheld number logs a walk-in or anonymous call.
    Result<ScreenPop> incoming(const QString &number);
    /// What a call from @p number pops up (the number parsed, the citizens with it, a warning), logging nothing;
    /// the call in it is what start() would log.
    ScreenPop lookup(const QString &number);
    /// Logs a new call from @p number, from @p citizenId when the desk recognised one caller.
    Result<Call> start(const QString &number, const QString &citizenId);

    /// The citizens whose phone is @p e164 (at most @p limit).
    QList<CallerMatch> citizensWithPhone(const QString &e164, int limit = 10);

    Status setCitizen(const QString &callId, const QString &citizenId);
    /// Records that the call filed, linked or looked at a request ("filed", "linked", "looked_at");
    /// "looked_at" never replaces a stronger relation.
    Status noteRequest(const QString &callId, const QString &requestId, const QString &relation);
    /// Ends the call with how it ended. A call that filed or joined a request ends as CallOutcome::Request
    /// whatever is given; one that did not needs another outcome (none: left unrecorded, as calls ended by a
    /// program that does not ask).
    Status end(const QString &callId, std::optional<CallOutcome> outcome = std::nullopt, const QString &note = {});
    /// Whether the call filed or joined a request.
    bool filedRequest(const QString &callId) const;

    std::optional<Call> call(const QString &id) const;
    /// (request id, relation) of a call.
    QList<std::pair<QString, QString>> requestsOf(const QString &callId) const;

    const PhoneNormalizer &phones() const { return m_phones; }
    QString operatorId() const { return m_operatorId; }
    /// Who changes rows: the operator, or "desk" for a desk working without a user of the municipality.
    QString actor() const { return m_operatorId.isEmpty() ? QStringLiteral("desk") : m_operatorId; }

private:
    Database &m_db;
    QString m_tenantId;
    PhoneNormalizer m_phones;
    QString m_operatorId;
    Clock m_clock;
    CallerQuery m_callers;
};

} // namespace CivicDesk
