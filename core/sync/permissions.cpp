// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissions.h"

#include "core/commands/command.h"

namespace CivicDesk::Permissions {

bool isLocalOnly(const QString &commandName)
{
    return commandName == QLatin1String(CommandName::SaveDraft);
}

bool mayRun(Role role, const QString &name)
{
    using namespace CommandName;
    const QByteArray n = name.toLatin1();
    const bool desk = role == Role::Operator || role == Role::Supervisor || role == Role::Administrator;
    // The call desk's own work: calls, the citizens' records, what a citizen says of a finished request.
    if (n == StartCall || n == SetCallCitizen || n == LinkCall || n == EndCall || n == SaveCitizen || n == MergeCitizens
        || n == RateSatisfaction)
        return desk;
    // A request: filed or joined by anyone (staff in the field report what they see); worked by anyone whom the
    // workflow lets (its scope and moves are checked when it runs).
    if (n == FileRequest || n == JoinRequest || n == Transition || n == AddNote || n == LinkDuplicate || n == Reroute)
        return true;
    // The e-mails from citizens are the call desk's to sort.
    if (n == SetMailAside)
        return desk;
    // Giving a request to a crew or a person: the departments and the supervisors, not the call desk.
    if (n == Assign)
        return role != Role::Operator;
    // The words of the messages to citizens: the municipality's administrator.
    if (n == SaveTemplate)
        return role == Role::Administrator;
    // One's own alerts by e-mail: everyone, for themselves.
    if (n == SetAlertsByEmail)
        return true;
    // A message to a group of citizens: the supervisors and the administrator.
    if (n == SendCampaign)
        return role == Role::Supervisor || role == Role::Administrator;
    return false;
}

} // namespace CivicDesk::Permissions
