// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/channels/formdata.h"
#include "core/channels/wiredoc.h"
#include "core/domain/enums.h"
#include "core/util/clock.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace CivicDesk {

class CommandRunner;
class Database;
class ReportIntake;
struct PublicRequest;
struct RequestEvent;
struct ServiceType;

/// One call of the Open311 API, as the server hands it over once it knows the municipality.
struct Open311Call
{
    QByteArray method;
    QString resource;  ///< the path under /open311/v2/: "services.xml", "requests/26-S0-00012.json", …
    FormData query;
    FormData form;     ///< a POST's fields and files
    QString client;    ///< the application of a valid api_key; empty: none given (or not valid)
    QString baseUrl;   ///< where the API is answered, ending in "/open311/v2/"
    QString jurisdiction; ///< the tenant code
};

struct Open311Answer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    bool changed = false; ///< data was written (desks are to be told)
};

/// Open311 GeoReport v2 for one municipality (http://wiki.open311.org/GeoReport_v2), with the extensions apps
/// and FixMyStreet sites use: discovery, services and their definitions, requests filed and read (paging,
/// updated_after/updated_before, extensions=true), tokens, and FixMyStreet's servicerequestupdates. Requests
/// filed here take a phone request's path (ReportIntake); what the API shows of a request is its public side
/// only (PublicRequestQuery).
class Open311Api
{
public:
    /// Runs @p work in one write transaction of the municipality's data (the server's store).
    using Writer = std::function<Status(const std::function<Status()> &work)>;

    Open311Api(Database &db, CommandRunner &runner, Writer write, Clock clock = systemClock());
    ~Open311Api();

    Open311Answer handle(const Open311Call &call);

    /// The format a resource asks for by its extension (none: XML, the standard's default).
    static Open311::Format formatOf(const QString &resource);
    /// The standard's error document: <errors><error><code/><description/></error></errors>, or its JSON array.
    static Open311Answer error(int status, const QString &description, Open311::Format format);
    static Open311Answer errors(int status, const QList<std::pair<QString, QString>> &fieldsAndReasons, Open311::Format format);
    /// Whether a call needs an api_key (the POSTs).
    static bool needsKey(const QByteArray &method);

    static constexpr int defaultDays = 90;
    static constexpr int maxRows = 1000;

    ReportIntake &intake() { return *m_intake; }

private:
    Open311Answer discovery(const Open311Call &call, Open311::Format format);
    Open311Answer services(const Open311Call &call, Open311::Format format);
    Open311Answer definition(const QString &code, const Open311Call &call, Open311::Format format);
    Open311Answer postRequest(const Open311Call &call, Open311::Format format);
    Open311Answer getRequests(const Open311Call &call, Open311::Format format);
    Open311Answer getRequest(const QString &number, const Open311Call &call, Open311::Format format);
    Open311Answer token(const QString &token, Open311::Format format);
    Open311Answer getUpdates(const Open311Call &call, Open311::Format format);
    Open311Answer postUpdate(const Open311Call &call, Open311::Format format);

    QString languageOf(const Open311Call &call) const;
    QString time(qint64 ms) const;
    /// A W3C date-time of a parameter; nothing and @p problem set when it is not one.
    std::optional<qint64> timeParameter(const Open311Call &call, const QString &name, QString *problem) const;
    Open311::WireNode requestNode(const PublicRequest &r, const QList<RequestEvent> &history, bool extensions, const QString &language) const;

    Database &m_db;
    CommandRunner &m_runner;
    Writer m_write;
    Clock m_clock;
    QTimeZone m_zone;
    QStringList m_languages;
    std::unique_ptr<ReportIntake> m_intake;
};

namespace Open311 {
/// GeoReport's status of a request: "open" or "closed" (resolved, closed, rejected and duplicate are closed).
QString statusOf(RequestStatus status);
/// FixMyStreet's extended status (upper case, as its servicerequestupdates send it).
QString extendedStatusOf(RequestStatus status);
} // namespace Open311

} // namespace CivicDesk
