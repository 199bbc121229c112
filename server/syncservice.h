// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/storage/servercatalog.h"
#include "core/util/clock.h"
#include "core/util/result.h"
#include "server/httpmessage.h"
#include "server/ratelimiter.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace CivicDesk {

class CommandRunner;
class Database;
class PgListener;
class EscalationScheduler;
class SyncStore;
struct SyncScope;

/// The server's API, over HTTP or not (the simulation calls it directly): sign-in, desk registration, push,
/// pull, snapshot, long-poll poke and health. Every answer is JSON; every refusal is a 4xx with a
/// machine-readable code, and nothing of a refused request is applied.
///
/// Each tenant's data is a CivicDesk file of its own (ServerCatalog::tenantDataPath) opened on first use: the
/// tenant comes from the caller's token, so no request can name its way into another tenant's rows.
class SyncService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Clock clock = systemClock();
        qint64 tokenLifetimeMs = 12LL * 3600 * 1000;
        int maxFailures = 5;                  ///< failed sign-ins in a row before the lockout
        qint64 lockoutMs = 15LL * 60 * 1000;
        int pullPageRows = 2000;
        QString snapshotDir;                  ///< where snapshots are made (default: the system's temporary folder)
        /// A copy made for a new desk is kept this long and sent to every desk that joins with the same scope
        /// (months and department; or whole) meanwhile, which then pulls what changed since; 0: a copy each time.
        qint64 readyCopyMs = 10 * 60 * 1000;
        /// Send each tenant's messages to citizens (its file's mail and SMS settings; none: they wait): the
        /// server does it for its desks, which never send themselves. Off for the simulation and most tests.
        bool sendMessages = false;
        /// Read each tenant's mailbox of citizens' e-mails (its file's mailbox settings; none: nothing is read).
        bool readMailboxes = false;
        /// Where citizens and the SMS gateway reach this server ("https://311.example.gr"): the messages then
        /// carry opt-out links and ask for delivery reports (/citizen/TENANT/…). Empty: they carry none.
        QString publicUrl;
        /// Open311 calls a minute a client address may make (0: no limit), of them POSTs, and calls a minute
        /// of one API key unless the key has its own rate.
        int open311PerMinute = 3000;
        int open311PostsPerMinute = 60;
        int open311KeyPerMinute = 600;
    };

    SyncService(ServerCatalog &catalog, Options options, QObject *parent = nullptr);
    ~SyncService() override;

    HttpResponse handle(const HttpRequest &request);

    /// Runs the escalation ladder of every open tenant once (the server does it for all desks); changes go to
    /// the desks as any other.
    void runLadders();
    /// Closes every tenant's file (a graceful stop).
    void closeAll();
    /// Opens every tenant of the catalogue, so that each one's messages are sent (Options::sendMessages) even
    /// before a desk of it calls; a tenant that cannot be opened is logged and left.
    void openAll();
    /// The change sequence of tenant @p code (0 when unknown).
    qint64 seqOf(const QString &code);

    /// What removeLeftoverSnapshots() removed.
    struct Leftovers
    {
        int files = 0;
        qint64 bytes = 0;
    };
    /// Removes from @p folder the copies for new desks that an instance killed while it made or sent them left
    /// behind: each copy's name carries its process's id, and a copy of a process no longer running is removed
    /// (with its journal). Copies of running instances sharing the folder are left.
    static Leftovers removeLeftoverSnapshots(const QString &folder);
    /// Where copies for new desks are made: @p configured, or the system's temporary folder.
    static QString snapshotFolder(const QString &configured);

    /// Test hooks of the simulation: run only for the planted-bug demonstrations in the README.
    struct Faults
    {
        bool noReplayCheck = false; ///< re-run a mutation pushed again instead of answering from the record
        bool splitPages = false;    ///< end a pull's page after a number of rows, inside a transaction
        int crashAfterMutations = -1; ///< stop a push after this many mutations, as a crash would (then -1)
        bool ledgerApart = false;     ///< record an applied mutation in a transaction of its own, after its effects
    };
    Faults faults;
    /// Set when a push stopped at Faults::crashAfterMutations: its answer never left.
    bool crashed = false;

signals:
    /// Tenant @p code's data moved to @p seq: desks waiting on it are to be told.
    void changed(const QString &code, qint64 seq);

private:
    struct Tenant;
    struct Caller
    {
        QString tenant;
        QString login;
        QString userId;
        Role role = Role::Operator;
        QString departmentId;
        QString tokenHash;
    };

    Result<Tenant *> tenant(const QString &code);
    /// The caller of @p request by its bearer token; an error answer when there is none that holds.
    std::variant<Caller, HttpResponse> authenticate(const HttpRequest &request);
    /// Checks the body's tenant, desk and schema version against the caller; an error answer when they do not fit.
    std::optional<HttpResponse> checkDesk(const Caller &caller, const QJsonObject &body, QString *clientId);

    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const Caller &caller);
    HttpResponse registerDesk(const Caller &caller, const QJsonObject &body);
    HttpResponse resume(const Caller &caller, const QJsonObject &body);
    HttpResponse push(const Caller &caller, const QJsonObject &body);
    HttpResponse pull(const Caller &caller, const QJsonObject &body);
    HttpResponse snapshot(const Caller &caller, const HttpRequest &request);
    /// Requests a partial replica does not hold, with their history: by id, tracking number or citizen.
    HttpResponse requests(const Caller &caller, const QJsonObject &body);
    HttpResponse report(const Caller &caller, const QJsonObject &body);
    /// The scope {"months": N, "pinned": [ids]} asks for, for @p caller (its department, while it exists).
    Result<SyncScope> scopeOf(const Caller &caller, Tenant &t, const QJsonValue &value);
    static QJsonObject scopeJson(const SyncScope &scope);
    HttpResponse poke(const Caller &caller, const HttpRequest &request);
    HttpResponse attachment(const Caller &caller, const HttpRequest &request);
    /// /citizen/TENANT/…: opt-out links, delivery reports, SMS answers (server/citizenlinks.cpp).
    HttpResponse citizenLink(const HttpRequest &request);
    /// /report/…, /track/…: the citizens' report form and tracking page (server/citizenpages.cpp).
    HttpResponse citizenPage(const HttpRequest &request);
    /// /citizen/CODE/survey/TOKEN: the satisfaction survey of a resolved request (server/citizenpages.cpp).
    HttpResponse surveyPage(const HttpRequest &request, const QString &code, const QString &token);
    /// /open311/v2/…: Open311 GeoReport v2 (server/open311endpoint.cpp).
    HttpResponse open311(const HttpRequest &request);

    ServerCatalog &m_catalog;
    Options m_options;
    std::map<QString, std::unique_ptr<Tenant>> m_tenants;
    RateLimiter m_rates;
    /// Hears the other instances' commits (a server on PostgreSQL).
    std::unique_ptr<PgListener> m_listener;
};

} // namespace CivicDesk
