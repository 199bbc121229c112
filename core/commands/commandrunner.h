// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "core/domain/organisation.h"
#include "core/util/result.h"

#include <QHash>
#include <QJsonObject>

#include <map>
#include <memory>

namespace CivicDesk {

class CallService;
class Database;
class EscalationScheduler;
class IntakeService;
class WorkflowEngine;

/// Runs commands on one database: each as the user it names, at the time it carries, its rows' ids seeded by
/// its id, so that a command gives the same rows wherever it runs. What a command answers (a request's id
/// and tracking number, a call's id) comes back as JSON.
class CommandRunner
{
public:
    explicit CommandRunner(Database &db);
    ~CommandRunner();
    CommandRunner(const CommandRunner &) = delete;
    CommandRunner &operator=(const CommandRunner &) = delete;

    Result<QJsonObject> run(const Command &command);
    /// Builds ahead what the commands of @p userId need first (the call log), so that the first call is as
    /// quick as the next.
    void prepareFor(const QString &userId);

    /// Every command name this runner knows.
    static QStringList names();
    /// Whether @p actorId names a citizens' channel ("web", "mobile_app", "email", "open311"): the server runs
    /// what such a channel brings in (filing, joining, a new citizen, their notes and ratings) in its name. A desk
    /// never can: its pushes run as the user signed in.
    static bool isChannelActor(const QString &actorId);

private:
    Result<QJsonObject> dispatch(const Command &c, const User &user);
    IntakeService &intakeFor(const QString &userId);
    CallService &callsFor(const QString &userId);

    Database &m_db;
    qint64 m_now = 0; ///< the running command's time: the clock of every service here
    Tenant m_tenant;
    QHash<QString, User> m_users;
    std::unique_ptr<WorkflowEngine> m_workflow;
    std::unique_ptr<EscalationScheduler> m_ladder;
    std::map<QString, std::unique_ptr<IntakeService>> m_intake;
    std::map<QString, std::unique_ptr<CallService>> m_calls;
};

} // namespace CivicDesk
