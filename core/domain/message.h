// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace CivicDesk {

/// A text the product writes into the data, kept as a stable code and its arguments (tracking numbers, counts,
/// role and status codes), never as words of one language: the reader renders it in theirs (MessageText).
struct Message
{
    QString code;
    QStringList args;

    bool isEmpty() const { return code.isEmpty(); }
    /// Compact JSON, {"code":…,"args":[…]}; empty for an empty message.
    QString toJson() const;
    /// The message of toJson()'s text; empty for empty or unreadable text.
    static Message fromJson(const QString &json);
    bool operator==(const Message &) const = default;
};

/// The codes of the messages the product writes. They are part of the data: never rename one.
namespace MessageCode {
inline constexpr char RoutedAtIntake[] = "intake.routed";                ///< no arguments
inline constexpr char Recurrence[] = "intake.recurrence";                ///< tracking number of the earlier request
inline constexpr char EmergencyTold[] = "intake.emergency";              ///< the emergency number the caller was told
inline constexpr char SameProblem[] = "intake.same-problem";             ///< no arguments
inline constexpr char ClosedWithMaster[] = "cluster.closed-with-master"; ///< master's tracking number
inline constexpr char PriorityFollows[] = "cluster.priority-follows";    ///< distinct reporters
inline constexpr char DuplicateOf[] = "cluster.duplicate-of";            ///< master's tracking number
inline constexpr char JoinedCluster[] = "cluster.joined";                ///< tracking number of the request that joined
inline constexpr char CitizenMerged[] = "citizen.merged";                ///< merged record's name, surviving record's name
inline constexpr char Imported[] = "import.open311";                    ///< the id in the system it came from
inline constexpr char AtRisk[] = "escalation.at-risk";                   ///< tracking number, share used (%), roles alerted
inline constexpr char Breached[] = "escalation.breached";                ///< tracking number, roles alerted
inline constexpr char LongOverdue[] = "escalation.long-overdue";         ///< tracking number, roles alerted
inline constexpr char AssignedToYou[] = "alert.assigned";                  ///< tracking number: given to a person or a crew
// Refusals of the workflow (errors, not data: they may be renamed, but a server and its desks should agree).
inline constexpr char NoPath[] = "refused.no-path";                      ///< from status, to status
inline constexpr char RoleMayNot[] = "refused.role";                     ///< role, from status, to status
inline constexpr char NeedsNote[] = "refused.needs-note";                ///< to status
inline constexpr char RerouteNeedsReason[] = "refused.reroute-reason";   ///< no arguments
inline constexpr char RerouteClosed[] = "refused.reroute-closed";        ///< tracking number, status
inline constexpr char AlreadyThere[] = "refused.same-department";        ///< tracking number
inline constexpr char NoSuchDepartment[] = "refused.no-department";      ///< no arguments
inline constexpr char NotHandled[] = "refused.not-handled";              ///< department name, type name
inline constexpr char OperatorsDoNotAssign[] = "refused.operator-assign"; ///< no arguments
inline constexpr char NothingToAssign[] = "refused.assign-closed";       ///< tracking number, status
inline constexpr char NotACrew[] = "refused.not-a-crew";                 ///< no arguments
inline constexpr char CrewElsewhere[] = "refused.crew-elsewhere";        ///< crew name, tracking number
inline constexpr char SatisfactionRange[] = "refused.satisfaction-range"; ///< no arguments
inline constexpr char SatisfactionEarly[] = "refused.satisfaction-early"; ///< no arguments
inline constexpr char OtherDepartment[] = "refused.other-department";    ///< tracking number
inline constexpr char RequestGone[] = "refused.request-gone";            ///< no arguments
inline constexpr char EmptyNote[] = "refused.empty-note";                ///< no arguments
inline constexpr char DuplicateOfItself[] = "refused.duplicate-itself";   ///< no arguments
inline constexpr char LinkToOpen[] = "refused.link-closed";              ///< master's tracking number, its status
inline constexpr char AlreadyInCluster[] = "refused.already-in-cluster"; ///< master's tracking number, the request's
} // namespace MessageCode

} // namespace CivicDesk
