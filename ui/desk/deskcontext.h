// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desk/callservice.h"
#include "desk/citizenprofile.h"
#include "desk/duplicatefinder.h"
#include "desk/intake.h"
#include "desk/typematcher.h"
#include "domain/organisation.h"
#include "geo/mappointsloader.h"
#include "geo/requestmap.h"
#include "util/clock.h"
#include "workflow/engine.h"
#include "workflow/escalation.h"

#include <memory>

namespace CivicDesk {

class Database;
class SearchService;

/// The services one desk works with, for the signed-in user on one database.
class DeskContext
{
public:
    /// Works as the user @p userId (a user of the municipality), else as its first operator.
    DeskContext(Database &db, SearchService &search, const QString &uiLanguage, Clock clock = systemClock(), const QString &userId = {});
    ~DeskContext();

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
