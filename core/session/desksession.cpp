// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksession.h"

#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/domain/idgenerator.h"
#include "core/sync/desksync.h"
#include "core/sync/permissions.h"
#include "core/util/tr.h"

namespace CivicDesk {

DeskSession::DeskSession(Database &db, SearchService &search, const QString &uiLanguage, Clock clock, const QString &userId)
    : DeskSession(db, search, uiLanguage, std::move(clock), userId, Options{})
{
}

DeskSession::DeskSession(Database &db, SearchService &search, const QString &uiLanguage, Clock clock, const QString &userId,
                         const Options &options)
    : m_db(db)
    , m_search(search)
    , m_language(uiLanguage)
    , m_clock(std::move(clock))
    , m_drafts(db)
{
    OrganisationRepository org(db);
    m_tenant = org.tenant().value_or(Tenant{});
    if (m_tenant.country.isEmpty())
        m_tenant.country = QStringLiteral("GR");
    // A synced desk works as the user signed in; a desk alone as the user chosen at start, else the
    // municipality's first operator.
    m_commands = std::make_unique<CommandRunner>(db);
    if (DeskSync::isSynced(db))
        m_sync = std::make_unique<DeskSync>(db, *m_commands);
    const QString workingId = m_sync ? m_sync->settings().userId : userId;
    const QList<User> users = org.users();
    for (const User &u : users) {
        if (u.active && u.id == workingId) {
            m_user = u;
            break;
        }
    }
    for (const User &u : users) {
        if (m_user.id.isEmpty() && u.active && u.role == Role::Operator) {
            m_user = u;
            break;
        }
    }
    if (m_user.id.isEmpty()) {
        m_user.id = QStringLiteral("desk");
        m_user.displayName = QStringLiteral("Desk");
    }
    const QString operatorId = m_user.id == QLatin1String("desk") ? QString() : m_user.id; // calls refer to real users only
    m_calls = std::make_unique<CallService>(db, m_tenant.id, m_tenant.country, operatorId, m_clock);
    m_workflow = std::make_unique<WorkflowEngine>(db, m_clock);
    m_intake = std::make_unique<IntakeService>(db, m_tenant, m_user.id, m_clock, m_workflow.get());
    m_profiles = std::make_unique<CitizenProfileService>(db, m_language, m_clock);
    m_duplicates = std::make_unique<DuplicateFinder>(db);
    m_escalation = std::make_unique<EscalationScheduler>(db, m_clock);
    if (options.runLadder && !m_sync) // a synced desk leaves the ladder to the server
        m_ladderRunner = std::make_unique<EscalationRunner>(*m_escalation, options.ladderIntervalMs, options.ladderFirstDelayMs);
    m_changes = std::make_unique<ChangeMonitor>(db, options.changeIntervalMs);
    m_commands->prepareFor(m_user.id);
    m_requestMap = std::make_unique<RequestMap>(db, m_language);
    m_mapLoader = std::make_unique<MapPointsLoader>(db.path());
    // Connected first, so that whoever hears of new points after it finds them here.
    QObject::connect(m_mapLoader.get(), &MapPointsLoader::loaded, m_mapLoader.get(), [this](std::shared_ptr<const MapPoints> points) {
        m_mapPoints = std::move(points);
        if (!m_mapLoader->isLoading()) // else a newer read follows, for a later version
            m_mapPointsVersion = m_mapPointsAsked;
    });
}

DeskSession::~DeskSession() = default;

bool DeskSession::writable() const
{
    return !m_db.isReadOnly();
}

bool DeskSession::mayRun(const char *name) const
{
    return writable() && Permissions::mayRun(m_user.role, QLatin1String(name));
}

Result<QJsonObject> DeskSession::run(const char *name, QJsonObject args)
{
    if (!writable())
        return m_db.readOnlyError();
    const qint64 now = m_clock();
    Command command{newRowId(now), QString::fromLatin1(name), now, m_user.id, std::move(args)};
    if (!m_sync)
        return m_commands->run(command);
    Result<QJsonObject> r = m_sync->run(std::move(command)); // here at once, and in the outbox for the server
    if (r && onSaved)
        onSaved();
    return r;
}

Status DeskSession::runStatus(const char *name, QJsonObject args)
{
    Result<QJsonObject> r = run(name, std::move(args));
    return r ? Status{} : Status(r.error());
}

Status DeskSession::changeStatus(const QString &requestId, RequestStatus to, const QString &note, std::optional<AccuracyRating> accuracy)
{
    QJsonObject args{{QStringLiteral("requestId"), requestId}, {QStringLiteral("to"), toCode(to)}, {QStringLiteral("note"), note}};
    if (accuracy)
        args.insert(QStringLiteral("accuracy"), toCode(*accuracy));
    return runStatus(CommandName::Transition, args);
}

Result<FiledRequest> DeskSession::fileRequest(IntakeDraft draft, const QString &existingRequestId)
{
    if (!draft.attachments.isEmpty()) {
        Result<QList<StoredPhoto>> stored = m_intake->storePhotos(draft.attachments);
        if (!stored)
            return stored.error();
        draft.photos += stored.value();
        draft.attachments.clear();
    }
    QJsonObject args{{QStringLiteral("draft"), draft.toJson()}};
    if (!existingRequestId.isEmpty())
        args.insert(QStringLiteral("requestId"), existingRequestId);
    Result<QJsonObject> r = run(existingRequestId.isEmpty() ? CommandName::FileRequest : CommandName::JoinRequest, args);
    if (!r)
        return r.error();
    FiledRequest f;
    f.requestId = r->value(QStringLiteral("requestId")).toString();
    f.trackingNumber = r->value(QStringLiteral("trackingNumber")).toString();
    f.linked = r->value(QStringLiteral("linked")).toBool();
    f.notificationChannel = r->value(QStringLiteral("notificationChannel")).toString();
    f.departmentId = r->value(QStringLiteral("departmentId")).toString();
    f.priority = Priority(std::clamp(r->value(QStringLiteral("priority")).toInt(), 1, 5));
    f.dueAt = r->value(QStringLiteral("dueAt")).toString().toLongLong();
    f.recurrenceOf = r->value(QStringLiteral("recurrenceOf")).toString();
    return f;
}

std::shared_ptr<const MapPoints> DeskSession::mapPoints()
{
    const std::pair<qint64, qint64> now = m_db.changeStamp();
    if (!m_mapPoints) {
        // The first read here, so that the first map has its requests; later ones in the background.
        m_mapPoints = std::make_shared<const MapPoints>(m_requestMap->loadPoints());
        m_mapPointsVersion = m_mapPointsAsked = now;
    } else if (now != m_mapPointsVersion && now != m_mapPointsAsked) {
        m_mapPointsAsked = now;
        m_mapLoader->request();
    }
    return m_mapPoints;
}

ServiceTypeMatcher &DeskSession::typeMatcher(const QString &citizenLanguage)
{
    const QString key = citizenLanguage.isEmpty() ? m_tenant.languages.value(0) : citizenLanguage;
    auto it = m_matchers.find(key);
    if (it != m_matchers.end())
        return *it->second;
    CatalogueRepository catalogue(m_db);
    const QList<ServiceType> types = catalogue.types();
    if (!m_frequencyLoaded) {
        // The last 90 days decide what comes first.
        m_frequency = ServiceTypeMatcher::frequencies(m_db, types, m_clock() - 90LL * 86400000);
        m_frequencyLoaded = true;
    }
    QStringList languages{m_language, key};
    languages.append(m_tenant.languages);
    languages.removeDuplicates();
    auto matcher = std::make_unique<ServiceTypeMatcher>(types, catalogue.groups(), m_frequency, languages);
    return *m_matchers.emplace(key, std::move(matcher)).first->second;
}

} // namespace CivicDesk
