// SPDX-License-Identifier: GPL-3.0-or-later
#include "open311api.h"

#include "core/channels/reportintake.h"
#include "core/commands/command.h"
#include "core/commands/commandrunner.h"
#include "core/domain/catalogue.h"
#include "core/domain/idgenerator.h"
#include "core/domain/localizedtext.h"
#include "core/domain/servicerequest.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/publicrequestquery.h"
#include "core/util/tr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace CivicDesk {

using Open311::Format;
using Open311::WireNode;

namespace Open311 {

QString statusOf(RequestStatus status)
{
    return isOpen(status) ? QStringLiteral("open") : QStringLiteral("closed");
}

QString extendedStatusOf(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
    case RequestStatus::Reopened:
        return QStringLiteral("OPEN");
    case RequestStatus::Accepted:
    case RequestStatus::OnHold:
        return QStringLiteral("INVESTIGATING");
    case RequestStatus::Assigned:
        return QStringLiteral("ACTION_SCHEDULED");
    case RequestStatus::InProgress:
        return QStringLiteral("IN_PROGRESS");
    case RequestStatus::Resolved:
        return QStringLiteral("FIXED");
    case RequestStatus::Closed:
        return QStringLiteral("CLOSED");
    case RequestStatus::Rejected:
        return QStringLiteral("NO_FURTHER_ACTION");
    case RequestStatus::Duplicate:
        return QStringLiteral("DUPLICATE");
    }
    return QStringLiteral("OPEN");
}

} // namespace Open311

namespace {

Open311Answer answer(int status, const WireNode &doc, Format format, bool changed = false)
{
    return {status, Open311::contentType(format), Open311::write(doc, format), changed};
}

/// "attribute[CODE]" and "attribute[CODE][]": the code; nothing for any other field.
std::optional<QString> attributeCode(const QString &field)
{
    static const QRegularExpression shape(QStringLiteral("^attribute\\[([^\\[\\]]+)\\](\\[\\])?$"));
    const QRegularExpressionMatch m = shape.match(field);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1);
}

QString extendedOfCode(const QString &statusCode, const QString &fallback)
{
    const std::optional<RequestStatus> status = requestStatusFromCode(statusCode);
    return status ? Open311::extendedStatusOf(*status) : fallback;
}

std::optional<double> decimal(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

Open311Api::Open311Api(Database &db, CommandRunner &runner, Writer write, Clock clock)
    : m_db(db)
    , m_runner(runner)
    , m_write(std::move(write))
    , m_clock(std::move(clock))
    , m_intake(std::make_unique<ReportIntake>(db, runner, m_clock))
{
    const Tenant tenant = OrganisationRepository(db).tenant().value_or(Tenant{});
    m_zone = QTimeZone(tenant.timeZone.toUtf8());
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    m_languages = tenant.languages;
    if (m_languages.isEmpty())
        m_languages = {QStringLiteral("en")};
}

Open311Api::~Open311Api() = default;

Format Open311Api::formatOf(const QString &resource)
{
    return resource.endsWith(QLatin1String(".json")) ? Format::Json : Format::Xml;
}

bool Open311Api::needsKey(const QByteArray &method)
{
    return method == "POST";
}

Open311Answer Open311Api::errors(int status, const QList<std::pair<QString, QString>> &fieldsAndReasons, Format format)
{
    WireNode list = WireNode::list(QStringLiteral("errors"));
    for (const auto &[field, reason] : fieldsAndReasons)
        list.add(WireNode::object(QStringLiteral("error"), {WireNode::integer(QStringLiteral("code"), status),
                                                             WireNode::text(QStringLiteral("description"),
                                                                            field.isEmpty() ? reason : field + QStringLiteral(": ") + reason)}));
    return answer(status, list, format);
}

Open311Answer Open311Api::error(int status, const QString &description, Format format)
{
    return errors(status, {{QString(), description}}, format);
}

QString Open311Api::languageOf(const Open311Call &call) const
{
    const QString locale = call.query.value(QStringLiteral("locale")).trimmed().toLower();
    const QString language = locale.left(2);
    if (locale.size() >= 2 && std::all_of(language.cbegin(), language.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        return language;
    return m_languages.first();
}

QString Open311Api::time(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(Qt::ISODate);
}

std::optional<qint64> Open311Api::timeParameter(const Open311Call &call, const QString &name, QString *problem) const
{
    const QString text = (call.query.has(name) ? call.query.value(name) : call.form.value(name)).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        *problem = Tr::tr("%1 is not a W3C date and time (2026-12-03T09:30:00+02:00): “%2”.").arg(name, text.left(40));
        return std::nullopt;
    }
    if (t.timeSpec() == Qt::LocalTime) // no offset given: the municipality's own time
        t = QDateTime(t.date(), t.time(), m_zone);
    return t.toMSecsSinceEpoch();
}

Open311Answer Open311Api::handle(const Open311Call &call)
{
    const Format format = formatOf(call.resource);
    QString resource = call.resource;
    if (resource.endsWith(QLatin1String(".json")))
        resource.chop(5);
    else if (resource.endsWith(QLatin1String(".xml")))
        resource.chop(4);
    const bool get = call.method == "GET" || call.method == "HEAD";
    const bool post = call.method == "POST";
    const QStringList parts = resource.split(u'/');
    const auto method = [&] { return error(405, Tr::tr("%1 is not answered to %2.").arg(call.resource, QString::fromLatin1(call.method)), format); };
    if (resource == QLatin1String("discovery"))
        return get ? discovery(call, format) : method();
    if (resource == QLatin1String("services"))
        return get ? services(call, format) : method();
    if (parts.size() == 2 && parts[0] == QLatin1String("services") && !parts[1].isEmpty())
        return get ? definition(parts[1], call, format) : method();
    if (resource == QLatin1String("requests"))
        return get ? getRequests(call, format) : post ? postRequest(call, format) : method();
    if (parts.size() == 2 && parts[0] == QLatin1String("requests") && !parts[1].isEmpty())
        return get ? getRequest(parts[1], call, format) : method();
    if (parts.size() == 2 && parts[0] == QLatin1String("tokens") && !parts[1].isEmpty())
        return get ? token(parts[1], format) : method();
    if (resource == QLatin1String("servicerequestupdates"))
        return get ? getUpdates(call, format) : post ? postUpdate(call, format) : method();
    return error(404, Tr::tr("There is nothing at %1.").arg(call.resource), format);
}

Open311Answer Open311Api::discovery(const Open311Call &call, Format format)
{
    const Tenant tenant = OrganisationRepository(m_db).tenant().value_or(Tenant{});
    qint64 changed = 0;
    for (const ServiceType &t : CatalogueRepository(m_db).types())
        changed = std::max(changed, t.stamp.updatedAt);
    const QString changeset = time(changed > 0 ? changed : m_clock());
    WireNode formats = WireNode::list(QStringLiteral("formats"), {WireNode::text(QStringLiteral("format"), QStringLiteral("text/xml")),
                                                                 WireNode::text(QStringLiteral("format"), QStringLiteral("application/json"))});
    WireNode endpoint = WireNode::object(QStringLiteral("endpoint"), {WireNode::text(QStringLiteral("specification"), QStringLiteral("http://wiki.open311.org/GeoReport_v2")),
                                                                     WireNode::text(QStringLiteral("url"), call.baseUrl),
                                                                     WireNode::text(QStringLiteral("changeset"), changeset),
                                                                     WireNode::text(QStringLiteral("type"), QStringLiteral("production")),
                                                                     formats});
    WireNode doc = WireNode::object(QStringLiteral("discovery"),
                                    {WireNode::text(QStringLiteral("changeset"), changeset),
                                     WireNode::text(QStringLiteral("contact"), tenant.name),
                                     WireNode::text(QStringLiteral("key_service"), Tr::tr("API keys are issued by the municipality's administrator.")),
                                     WireNode::list(QStringLiteral("endpoints"), {endpoint})});
    return answer(200, doc, format);
}

Open311Answer Open311Api::services(const Open311Call &call, Format format)
{
    const QString language = languageOf(call);
    CatalogueRepository catalogue(m_db);
    QHash<QString, QString> groups;
    for (const ServiceGroup &g : catalogue.groups())
        groups.insert(g.id, g.name.best(language));
    WireNode list = WireNode::list(QStringLiteral("services"));
    for (const ServiceType &t : catalogue.types()) {
        if (!t.active)
            continue;
        list.add(WireNode::object(QStringLiteral("service"),
                                  {WireNode::text(QStringLiteral("service_code"), t.code),
                                   WireNode::text(QStringLiteral("service_name"), t.name.best(language)),
                                   WireNode::text(QStringLiteral("description"), t.description.best(language)),
                                   WireNode::boolean(QStringLiteral("metadata"), !t.attributes.isEmpty()),
                                   WireNode::text(QStringLiteral("type"), QStringLiteral("realtime")),
                                   WireNode::text(QStringLiteral("keywords"), t.keywords.best(language)),
                                   WireNode::text(QStringLiteral("group"), groups.value(t.groupId))}));
    }
    return answer(200, list, format);
}

Open311Answer Open311Api::definition(const QString &code, const Open311Call &call, Format format)
{
    const std::optional<ServiceType> t = CatalogueRepository(m_db).typeByCode(code);
    if (!t || !t->active)
        return error(404, Tr::tr("There is no service %1.").arg(code), format);
    const QString language = languageOf(call);
    QList<ServiceAttribute> attributes = t->attributes;
    std::stable_sort(attributes.begin(), attributes.end(), [](const ServiceAttribute &a, const ServiceAttribute &b) { return a.order < b.order; });
    WireNode list = WireNode::list(QStringLiteral("attributes"));
    for (const ServiceAttribute &a : std::as_const(attributes)) {
        WireNode attribute = WireNode::object(QStringLiteral("attribute"),
                                              {WireNode::boolean(QStringLiteral("variable"), a.variable),
                                               WireNode::text(QStringLiteral("code"), a.code),
                                               WireNode::text(QStringLiteral("datatype"), toCode(a.datatype)),
                                               WireNode::boolean(QStringLiteral("required"), a.required),
                                               WireNode::optionalText(QStringLiteral("datatype_description"), a.datatypeDescription.best(language)),
                                               WireNode::integer(QStringLiteral("order"), a.order),
                                               WireNode::text(QStringLiteral("description"), a.description.best(language))});
        if (a.datatype == AttributeDatatype::SingleValueList || a.datatype == AttributeDatatype::MultiValueList) {
            WireNode values = WireNode::list(QStringLiteral("values"));
            for (const AttributeValue &v : a.values)
                values.add(WireNode::object(QStringLiteral("value"), {WireNode::text(QStringLiteral("key"), v.key),
                                                                     WireNode::text(QStringLiteral("name"), v.name.best(language))}));
            attribute.add(values);
        }
        list.add(attribute);
    }
    return answer(200, WireNode::object(QStringLiteral("service_definition"), {WireNode::text(QStringLiteral("service_code"), t->code), list}), format);
}

Open311Answer Open311Api::postRequest(const Open311Call &call, Format format)
{
    const FormData &f = call.form;
    CitizenReport r;
    r.channel = Channel::Open311;
    r.typeCode = f.value(QStringLiteral("service_code"));
    QList<std::pair<QString, QString>> problems;
    for (const FormData::Field &field : f.fields) {
        if (const std::optional<QString> code = attributeCode(field.name)) {
            QString &value = r.attributes[*code];
            value = value.isEmpty() ? field.value.trimmed() : value + u',' + field.value.trimmed();
        }
    }
    const bool hasLat = f.has(QStringLiteral("lat")), hasLong = f.has(QStringLiteral("long"));
    if (hasLat || hasLong) {
        const std::optional<double> lat = decimal(f.value(QStringLiteral("lat"))), lon = decimal(f.value(QStringLiteral("long")));
        if (!lat || !lon || *lon < -180 || *lon > 180 || *lat < -90 || *lat > 90)
            problems.append({QStringLiteral("lat"), Tr::tr("lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees, both given.")});
        else
            r.where = QGeoCoordinate(*lat, *lon);
    }
    r.address = f.value(QStringLiteral("address_string"));
    if (r.address.trimmed().isEmpty())
        r.address = f.value(QStringLiteral("address_id"));
    r.description = f.value(QStringLiteral("description"));
    r.email = f.value(QStringLiteral("email")).trimmed();
    r.phone = f.value(QStringLiteral("phone")).trimmed();
    r.givenName = f.value(QStringLiteral("first_name"));
    r.familyName = f.value(QStringLiteral("last_name"));
    r.mediaUrl = f.value(QStringLiteral("media_url"));
    r.language = languageOf(call);
    r.consentEmail = !r.email.isEmpty(); // an app's reporter leaves an address to hear of the request
    for (const FormData::File &file : f.files) {
        if (file.field == QLatin1String("media"))
            r.photos.append({file.fileName, file.bytes});
        else
            problems.append({file.field, Tr::tr("Only the field media may carry a file.")});
    }
    if (!problems.isEmpty())
        return errors(400, problems, format);
    for (const ReportProblem &p : m_intake->check(r))
        problems.append({p.field, p.message});
    if (!problems.isEmpty())
        return errors(400, problems, format);
    Result<ReportOutcome> filed = Error{};
    const Status st = m_write([&]() -> Status {
        filed = m_intake->submit(r);
        return filed ? Status{} : Status(filed.error());
    });
    if (!st)
        return error(st.error().code.startsWith(QLatin1String("db.")) ? 503 : 400, st.error().message, format);
    const ReportOutcome &o = filed.value();
    const QString notice = o.joined ? Tr::tr("This problem was reported already; you now follow request %1.").arg(o.trackingNumber)
                                    : o.dueAt > 0 ? Tr::tr("Expected to be dealt with by %1.").arg(time(o.dueAt)) : QString();
    WireNode request = WireNode::object(QStringLiteral("request"), {WireNode::text(QStringLiteral("service_request_id"), o.trackingNumber),
                                                                   WireNode::optionalText(QStringLiteral("service_notice"), notice),
                                                                   WireNode::optionalText(QStringLiteral("account_id"), f.value(QStringLiteral("account_id")).left(200))});
    return answer(201, WireNode::list(QStringLiteral("service_requests"), {request}), format, true);
}

WireNode Open311Api::requestNode(const PublicRequest &r, const QList<RequestEvent> &history, bool extensions, const QString &language) const
{
    const bool open = isOpen(r.status);
    WireNode n = WireNode::object(QStringLiteral("request"),
                                  {WireNode::text(QStringLiteral("service_request_id"), r.trackingNumber),
                                   WireNode::text(QStringLiteral("status"), Open311::statusOf(r.status)),
                                   WireNode::optionalText(QStringLiteral("status_notes"), r.statusNotes),
                                   WireNode::text(QStringLiteral("service_name"), LocalizedText::fromJson(r.typeNameJson).best(language)),
                                   WireNode::text(QStringLiteral("service_code"), r.typeCode),
                                   WireNode::optionalText(QStringLiteral("description"), r.description),
                                   WireNode::optionalText(QStringLiteral("agency_responsible"),
                                                          r.departmentNameJson.isEmpty() ? QString() : LocalizedText::fromJson(r.departmentNameJson).best(language)),
                                   WireNode::null(QStringLiteral("service_notice")),
                                   WireNode::text(QStringLiteral("requested_datetime"), time(r.createdAt)),
                                   WireNode::text(QStringLiteral("updated_datetime"), time(std::max(r.updatedAt, r.createdAt))),
                                   WireNode::optionalText(QStringLiteral("expected_datetime"), open && r.dueAt > 0 ? time(r.dueAt) : QString()),
                                   WireNode::optionalText(QStringLiteral("address"), r.address),
                                   WireNode::null(QStringLiteral("address_id")),
                                   WireNode::null(QStringLiteral("zipcode")),
                                   r.located ? WireNode::number(QStringLiteral("lat"), r.lat) : WireNode::null(QStringLiteral("lat")),
                                   r.located ? WireNode::number(QStringLiteral("long"), r.lon) : WireNode::null(QStringLiteral("long")),
                                   WireNode::optionalText(QStringLiteral("media_url"), r.mediaUrl)});
    if (!extensions)
        return n;
    WireNode attributes = WireNode::list(QStringLiteral("attributes"));
    const QJsonObject answers = QJsonDocument::fromJson(r.attributesJson.toUtf8()).object();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        attributes.add(WireNode::object(QStringLiteral("attribute"), {WireNode::text(QStringLiteral("code"), it.key()),
                                                                     WireNode::text(QStringLiteral("value"), it.value().toString())}));
    WireNode notes = WireNode::list(QStringLiteral("notes"));
    for (const RequestEvent &e : history) {
        QString summary;
        if (e.kind == EventKind::Created)
            summary = QStringLiteral("created");
        else if (e.kind == EventKind::StatusChange)
            summary = extendedOfCode(e.toValue, e.toValue);
        else
            summary = QStringLiteral("update");
        notes.add(WireNode::object(QStringLiteral("note"), {WireNode::text(QStringLiteral("datetime"), time(e.at)),
                                                           WireNode::text(QStringLiteral("summary"), summary),
                                                           WireNode::optionalText(QStringLiteral("description"), e.kind == EventKind::Created ? QString() : e.body)}));
    }
    n.add(WireNode::object(QStringLiteral("extended_attributes"),
                           {WireNode::text(QStringLiteral("channel"), toCode(r.channel)),
                            WireNode::integer(QStringLiteral("priority"), int(r.priority)),
                            WireNode::text(QStringLiteral("extended_status"), Open311::extendedStatusOf(r.status)),
                            WireNode::optionalText(QStringLiteral("duplicate"), r.duplicateOfNumber),
                            WireNode::optionalText(QStringLiteral("parent_service_request_id"), r.clusterNumber),
                            WireNode::optionalText(QStringLiteral("external_id"), r.externalId),
                            attributes, notes}));
    return n;
}

Open311Answer Open311Api::getRequests(const Open311Call &call, Format format)
{
    const FormData &q = call.query;
    PublicRequestFilter filter;
    QList<std::pair<QString, QString>> problems;
    const auto list = [](const QString &text) {
        QStringList out;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        return out;
    };
    const bool extensions = q.value(QStringLiteral("extensions")).trimmed().toLower() == QLatin1String("true");
    filter.numbers = list(q.value(QStringLiteral("service_request_id")));
    if (filter.numbers.size() > maxRows)
        problems.append({QStringLiteral("service_request_id"), Tr::tr("At most %1 ids at once.").arg(maxRows)});
    if (filter.numbers.isEmpty()) { // the standard: ids given, the other parameters are left aside
        filter.typeCodes = list(q.value(QStringLiteral("service_code")));
        const QStringList statuses = list(q.value(QStringLiteral("status")).toLower());
        for (const QString &s : statuses)
            if (s != QLatin1String("open") && s != QLatin1String("closed"))
                problems.append({QStringLiteral("status"), Tr::tr("status is open or closed, not “%1”.").arg(s.left(40))});
        if (statuses.contains(QStringLiteral("open")) != statuses.contains(QStringLiteral("closed")))
            filter.open = statuses.contains(QStringLiteral("open"));
        QString problem;
        const std::optional<qint64> start = timeParameter(call, QStringLiteral("start_date"), &problem);
        const std::optional<qint64> end = timeParameter(call, QStringLiteral("end_date"), &problem);
        const std::optional<qint64> after = timeParameter(call, QStringLiteral("updated_after"), &problem);
        const std::optional<qint64> before = timeParameter(call, QStringLiteral("updated_before"), &problem);
        if (!problem.isEmpty())
            problems.append({QString(), problem});
        constexpr qint64 window = qint64(defaultDays) * 86400000;
        if (start || end || (!after && !before)) {
            // The standard's default: the last 90 days, or 90 days from the one end given.
            const qint64 to = end ? *end + 1 : start ? *start + window : m_clock() + 1;
            filter.createdTo = to;
            filter.createdFrom = start ? *start : to - window;
        }
        if (after)
            filter.updatedFrom = *after + 1;
        if (before)
            filter.updatedTo = *before;
        bool ok = true;
        const QString pageSize = q.value(QStringLiteral("page_size")), page = q.value(QStringLiteral("page"));
        const int size = pageSize.isEmpty() ? maxRows : pageSize.toInt(&ok);
        if (!ok || size < 1 || size > maxRows)
            problems.append({QStringLiteral("page_size"), Tr::tr("page_size is a whole number from 1 to %1.").arg(maxRows)});
        const int number = page.isEmpty() ? 1 : page.toInt(&ok);
        if (!ok || number < 1 || number > 1000000)
            problems.append({QStringLiteral("page"), Tr::tr("page is a whole number from 1.")});
        filter.limit = std::clamp(size, 1, maxRows);
        filter.offset = (std::max(number, 1) - 1) * filter.limit;
    }
    if (!problems.isEmpty())
        return errors(400, problems, format);
    PublicRequestQuery query(m_db);
    const QList<PublicRequest> found = query.find(filter);
    QHash<QString, QList<RequestEvent>> histories;
    if (extensions) {
        QStringList ids;
        for (const PublicRequest &r : found)
            ids.append(r.id);
        histories = query.publicHistories(ids);
    }
    const QString language = languageOf(call);
    WireNode doc = WireNode::list(QStringLiteral("service_requests"));
    doc.children.reserve(found.size());
    for (const PublicRequest &r : found)
        doc.add(requestNode(r, histories.value(r.id), extensions, language));
    return answer(200, doc, format);
}

Open311Answer Open311Api::getRequest(const QString &number, const Open311Call &call, Format format)
{
    PublicRequestQuery query(m_db);
    const std::optional<PublicRequest> r = query.byNumber(number);
    if (!r)
        return error(404, Tr::tr("There is no request %1.").arg(number.left(60)), format);
    const bool extensions = call.query.value(QStringLiteral("extensions")).trimmed().toLower() == QLatin1String("true");
    const QList<RequestEvent> history = extensions ? query.publicHistory(r->id) : QList<RequestEvent>{};
    return answer(200, WireNode::list(QStringLiteral("service_requests"), {requestNode(*r, history, extensions, languageOf(call))}), format);
}

Open311Answer Open311Api::token(const QString &token, Format format)
{
    // Requests are numbered when they are posted, so a token is only ever the request's own id.
    const std::optional<PublicRequest> r = IdGenerator::isValid(token) ? PublicRequestQuery(m_db).byId(token) : std::nullopt;
    if (!r)
        return error(404, Tr::tr("There is no request for the token %1.").arg(token.left(60)), format);
    return answer(200, WireNode::list(QStringLiteral("service_requests"),
                                      {WireNode::object(QStringLiteral("request"), {WireNode::text(QStringLiteral("service_request_id"), r->trackingNumber),
                                                                                   WireNode::text(QStringLiteral("token"), token)})}),
                  format);
}

Open311Answer Open311Api::getUpdates(const Open311Call &call, Format format)
{
    QString problem;
    const std::optional<qint64> start = timeParameter(call, QStringLiteral("start_date"), &problem);
    const std::optional<qint64> end = timeParameter(call, QStringLiteral("end_date"), &problem);
    if (!problem.isEmpty())
        return error(400, problem, format);
    PublicRequestFilter filter;
    constexpr qint64 window = qint64(defaultDays) * 86400000;
    filter.updatedTo = end ? *end + 1 : m_clock() + 1;
    filter.updatedFrom = start ? *start : filter.updatedTo - window;
    filter.limit = maxRows;
    PublicRequestQuery query(m_db);
    const QList<PublicRequest> changed = query.find(filter);
    QStringList ids;
    QHash<QString, QString> numbers;
    for (const PublicRequest &r : changed) {
        ids.append(r.id);
        numbers.insert(r.id, r.trackingNumber);
    }
    const QHash<QString, QList<RequestEvent>> histories = query.publicHistories(ids);
    QList<RequestEvent> updates;
    for (const QList<RequestEvent> &h : histories)
        for (const RequestEvent &e : h)
            if (e.kind != EventKind::Created && e.at >= filter.updatedFrom && e.at < filter.updatedTo)
                updates.append(e);
    std::sort(updates.begin(), updates.end(), [](const RequestEvent &a, const RequestEvent &b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });
    WireNode doc = WireNode::list(QStringLiteral("service_request_updates"));
    for (const RequestEvent &e : std::as_const(updates)) {
        // A citizen's update leaves the status as it was: it is shown with the status the request had then.
        QString status = QStringLiteral("OPEN");
        if (e.kind == EventKind::StatusChange) {
            status = extendedOfCode(e.toValue, QStringLiteral("OPEN"));
        } else {
            for (const RequestEvent &before : histories.value(e.requestId))
                if (before.kind == EventKind::StatusChange && before.at <= e.at)
                    status = extendedOfCode(before.toValue, status);
        }
        doc.add(WireNode::object(QStringLiteral("request_update"), {WireNode::text(QStringLiteral("update_id"), e.id),
                                                                    WireNode::text(QStringLiteral("service_request_id"), numbers.value(e.requestId)),
                                                                    WireNode::text(QStringLiteral("status"), status),
                                                                    WireNode::text(QStringLiteral("updated_datetime"), time(e.at)),
                                                                    WireNode::optionalText(QStringLiteral("description"), e.body),
                                                                    WireNode::null(QStringLiteral("media_url"))}));
    }
    return answer(200, doc, format);
}

Open311Answer Open311Api::postUpdate(const Open311Call &call, Format format)
{
    // A citizen's word on their request from a FixMyStreet site: kept as a public note; only staff change a
    // request's status.
    const FormData &f = call.form;
    const QString number = f.value(QStringLiteral("service_request_id")).trimmed();
    const QString text = f.value(QStringLiteral("description")).trimmed();
    QList<std::pair<QString, QString>> problems;
    if (number.isEmpty())
        problems.append({QStringLiteral("service_request_id"), Tr::tr("service_request_id is required.")});
    if (text.isEmpty())
        problems.append({QStringLiteral("description"), Tr::tr("description is required.")});
    if (text.size() > ReportIntake::maxDescription)
        problems.append({QStringLiteral("description"), Tr::tr("The description has %1 characters; at most %2 are read.").arg(text.size()).arg(ReportIntake::maxDescription)});
    if (!problems.isEmpty())
        return errors(400, problems, format);
    PublicRequestQuery query(m_db);
    const std::optional<PublicRequest> r = query.byNumber(number);
    if (!r)
        return error(404, Tr::tr("There is no request %1.").arg(number.left(60)), format);
    QString who = (f.value(QStringLiteral("first_name")).trimmed() + u' ' + f.value(QStringLiteral("last_name")).trimmed()).trimmed();
    const QString note = (who.isEmpty() ? text : QStringLiteral("%1: %2").arg(who.left(100), text));
    const qint64 now = m_clock();
    Command c;
    c.id = newRowId(now);
    c.name = QString::fromLatin1(CommandName::AddNote);
    c.at = now;
    c.actorId = toCode(Channel::Open311);
    c.args = {{QStringLiteral("requestId"), r->id}, {QStringLiteral("text"), note}};
    Result<QJsonObject> done = Error{};
    const Status st = m_write([&]() -> Status {
        done = m_runner.run(c);
        return done ? Status{} : Status(done.error());
    });
    if (!st)
        return error(st.error().code.startsWith(QLatin1String("db.")) ? 503 : 400, st.error().message, format);
    QString updateId;
    for (const RequestEvent &e : query.publicHistory(r->id))
        if (e.at == now && e.actorId == c.actorId)
            updateId = e.id;
    return answer(201, WireNode::list(QStringLiteral("service_request_updates"),
                                      {WireNode::object(QStringLiteral("request_update"), {WireNode::text(QStringLiteral("update_id"), updateId)})}),
                  format, true);
}

} // namespace CivicDesk
