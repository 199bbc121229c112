// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/commandrunner.h"
#include "core/desk/callservice.h"
#include "core/desk/citizenprofile.h"
#include "core/storage/duplicatefinder.h"
#include "core/desk/intake.h"
#include "core/desk/typematcher.h"
#include "core/domain/organisation.h"
#include "core/maps/mappointsloader.h"
#include "core/maps/requestmap.h"
#include "core/util/clock.h"
#include "core/session/changemonitor.h"
#include "core/workflow/engine.h"
#include "core/workflow/escalation.h"
#include "core/workflow/escalationrunner.h"

#include <functional>
#include <memory>

namespace CivicDesk {

class Database;
class DeskSync;
class SearchService;

/// The session of one desk: the services it works with, for the working user on one database, with the clock
/// given by whoever builds it (main() for the desk, the test for a test). Widgets take it and call its services;
/// they learn of changes from changes() and leave the escalation ladder to escalationRunner().
class DeskSession
{
public:
    struct Options
    {
        int changeIntervalMs = 1000;   ///< how often changes() looks at the file (0: only when asked)
        /// Run the escalation ladder in this process: the composition root of a desk that works alone says so;
        /// a server runs it for its desks, and tests and benchmarks run it when they mean to.
        bool runLadder = false;
        int ladderIntervalMs = 60000;
        int ladderFirstDelayMs = 1500; ///< what came due while no desk ran, shortly after the start
    };

    /// Works as the user @p userId (a user of the municipality), else as its first operator.
    DeskSession(Database &db, SearchService &search, const QString &uiLanguage, Clock clock, const QString &userId = {});
    DeskSession(Database &db, SearchService &search, const QString &uiLanguage, Clock clock, const QString &userId, const Options &options);
    ~DeskSession();

    Database &db() { return m_db; }
    SearchService &search() { return m_search; }
    const Tenant &tenant() const { return m_tenant; }
    const User &user() const { return m_user; }
    Actor actor() const { return {m_user.id, m_user.role, m_user.departmentId}; }
    QString uiLanguage() const { return m_language; }
    const Clock &clock() const { return m_clock; }

    CallService &calls() { return *m_calls; }
    IntakeService &intake() { return *m_intake; }
    CitizenProfileService &profiles() { return *m_profiles; }
    DuplicateFinder &duplicates() { return *m_duplicates; }
    WorkflowEngine &workflow() { return *m_workflow; }
    EscalationScheduler &escalation() { return *m_escalation; }
    /// Null when this desk does not run the ladder (Options::runLadder).
    EscalationRunner *escalationRunner() { return m_ladderRunner.get(); }
    ChangeMonitor &changes() { return *m_changes; }
    /// The synchronisation of a desk that works with a server; null for a desk that works alone.
    DeskSync *sync() { return m_sync.get(); }
    /// Called after a command of this desk was saved for the server (the sync agent pushes it).
    std::function<void()> onSaved;

    /// Whether the file can be changed here at all (false: opened read-only; Database::readOnlyReason says why).
    bool writable() const;
    /// Whether the working user may run the command @p name here: the role allows it and the file is writable.
    bool mayRun(const char *name) const;
    /// Runs the command @p name with @p args as the working user, now: the way the desk changes data. On a file
    /// opened read-only every command is refused with a message naming the file and why.
    Result<QJsonObject> run(const char *name, QJsonObject args);
    /// The same, for a command whose answer is only whether it was done.
    Status runStatus(const char *name, QJsonObject args);
    /// Moves a request to @p to as the working user (the ladder's steps its new state makes due included).
    Status changeStatus(const QString &requestId, RequestStatus to, const QString &note,
                        std::optional<AccuracyRating> accuracy = std::nullopt);
    /// Files @p draft, or joins it to @p existingRequestId: its photos go to the store first, then the command.
    Result<FiledRequest> fileRequest(IntakeDraft draft, const QString &existingRequestId = {});
    DraftStore &drafts() { return m_drafts; }
    /// The type matcher for a citizen who speaks @p citizenLanguage (built on first use per language).
    ServiceTypeMatcher &typeMatcher(const QString &citizenLanguage);
    const PhoneNormalizer &phones() const { return m_calls->phones(); }
    RequestMap &requestMap() { return *m_requestMap; }
    /// The pending requests on the map; the map and the intake form share them. The first call reads them; when
    /// the file has changed since (here or by another connection) a call gives the points it has and has them
    /// read again in the background: mapPointsLoader() says when the new ones are here.
    std::shared_ptr<const MapPoints> mapPoints();
    MapPointsLoader &mapPointsLoader() { return *m_mapLoader; }

private:
    Database &m_db;
    SearchService &m_search;
    QString m_language;
    Clock m_clock;
    Tenant m_tenant;
    User m_user;
    std::unique_ptr<CallService> m_calls;
    std::unique_ptr<WorkflowEngine> m_workflow; ///< before the intake, which uses it
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<CitizenProfileService> m_profiles;
    std::unique_ptr<DuplicateFinder> m_duplicates;
    std::unique_ptr<EscalationScheduler> m_escalation;
    std::unique_ptr<EscalationRunner> m_ladderRunner;
    std::unique_ptr<ChangeMonitor> m_changes;
    std::unique_ptr<CommandRunner> m_commands;
    std::unique_ptr<DeskSync> m_sync;
    DraftStore m_drafts;
    std::unique_ptr<RequestMap> m_requestMap;
    std::unique_ptr<MapPointsLoader> m_mapLoader;
    std::shared_ptr<const MapPoints> m_mapPoints;
    std::pair<qint64, qint64> m_mapPointsVersion{-1, -1}; ///< what the file was at for m_mapPoints
    std::pair<qint64, qint64> m_mapPointsAsked{-1, -1};   ///< what it was at when the last read was asked for
    QHash<QString, int> m_frequency;
    bool m_frequencyLoaded = false;
    std::map<QString, std::unique_ptr<ServiceTypeMatcher>> m_matchers;
};

} // namespace CivicDesk
