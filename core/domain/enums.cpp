// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include "core/util/tr.h"

#include <array>
#include <utility>

namespace CivicDesk {
namespace {

// Each enum has exactly one table, so the strings made from it the first time can be kept: returning a
// shared QString costs no allocation, which matters when millions of rows are written.
template<typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    static const std::array<QString, N> codes = [&table] {
        std::array<QString, N> out;
        for (std::size_t i = 0; i < N; ++i)
            out[i] = QString::fromLatin1(table[i].second);
        return out;
    }();
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].first == value)
            return codes[i];
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<std::pair<E, const char *>, N> &table, const QString &code)
{
    for (const auto &[e, text] : table) {
        if (code == QLatin1String(text))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CitizenKind, const char *>, 5> citizenKinds{{
    {CitizenKind::Person, "person"},
    {CitizenKind::LegalEntity, "legal_entity"},
    {CitizenKind::Volunteer, "volunteer"},
    {CitizenKind::MunicipalService, "municipal_service"},
    {CitizenKind::ProcessingBody, "processing_body"},
}};
constexpr std::array<std::pair<Channel, const char *>, 7> channels{{
    {Channel::Phone, "phone"},
    {Channel::WalkIn, "walk_in"},
    {Channel::Web, "web"},
    {Channel::MobileApp, "mobile_app"},
    {Channel::Email, "email"},
    {Channel::Open311, "open311"},
    {Channel::Import, "import"},
}};
constexpr std::array<std::pair<RequestStatus, const char *>, 10> statuses{{
    {RequestStatus::New, "new"},
    {RequestStatus::Accepted, "accepted"},
    {RequestStatus::Assigned, "assigned"},
    {RequestStatus::InProgress, "in_progress"},
    {RequestStatus::OnHold, "on_hold"},
    {RequestStatus::Resolved, "resolved"},
    {RequestStatus::Closed, "closed"},
    {RequestStatus::Rejected, "rejected"},
    {RequestStatus::Duplicate, "duplicate"},
    {RequestStatus::Reopened, "reopened"},
}};
constexpr std::array<std::pair<Role, const char *>, 5> roles{{
    {Role::Operator, "operator"},
    {Role::DepartmentStaff, "department_staff"},
    {Role::DepartmentHead, "department_head"},
    {Role::Supervisor, "supervisor"},
    {Role::Administrator, "administrator"},
}};
constexpr std::array<std::pair<DepartmentKind, const char *>, 4> departmentKinds{{
    {DepartmentKind::Directorate, "directorate"},
    {DepartmentKind::Department, "department"},
    {DepartmentKind::Crew, "crew"},
    {DepartmentKind::DispatchDesk, "dispatch_desk"},
}};
constexpr std::array<std::pair<EventKind, const char *>, 11> eventKinds{{
    {EventKind::Created, "created"},
    {EventKind::StatusChange, "status_change"},
    {EventKind::Note, "note"},
    {EventKind::Routing, "routing"},
    {EventKind::Assignment, "assignment"},
    {EventKind::Notification, "notification"},
    {EventKind::Rating, "rating"},
    {EventKind::Escalation, "escalation"},
    {EventKind::Merge, "merge"},
    {EventKind::Link, "link"},
    {EventKind::Emergency, "emergency"},
}};
constexpr std::array<std::pair<AttributeDatatype, const char *>, 6> datatypes{{
    {AttributeDatatype::String, "string"},
    {AttributeDatatype::Number, "number"},
    {AttributeDatatype::Datetime, "datetime"},
    {AttributeDatatype::Text, "text"},
    {AttributeDatatype::SingleValueList, "singlevaluelist"},
    {AttributeDatatype::MultiValueList, "multivaluelist"},
}};
constexpr std::array<std::pair<AccuracyRating, const char *>, 4> accuracyRatings{{
    {AccuracyRating::Accurate, "accurate"},
    {AccuracyRating::PartlyAccurate, "partly_accurate"},
    {AccuracyRating::Inaccurate, "inaccurate"},
    {AccuracyRating::FalseReport, "false_report"},
}};
constexpr std::array<std::pair<ContactChannel, const char *>, 4> contactChannels{{
    {ContactChannel::Phone, "phone"},
    {ContactChannel::Sms, "sms"},
    {ContactChannel::Email, "email"},
    {ContactChannel::Post, "post"},
}};

constexpr std::array<std::pair<CallOutcome, const char *>, 6> callOutcomes{{
    {CallOutcome::Request, "request"},
    {CallOutcome::Information, "information"},
    {CallOutcome::RequestStatus, "status"},
    {CallOutcome::Complaint, "complaint"},
    {CallOutcome::Transferred, "transferred"},
    {CallOutcome::Other, "other"},
}};

} // namespace

QString toCode(CitizenKind v) { return codeOf(citizenKinds, v); }
QString toCode(Channel v) { return codeOf(channels, v); }
QString toCode(RequestStatus v) { return codeOf(statuses, v); }
QString toCode(Role v) { return codeOf(roles, v); }
QString toCode(DepartmentKind v) { return codeOf(departmentKinds, v); }
QString toCode(EventKind v) { return codeOf(eventKinds, v); }
QString toCode(AttributeDatatype v) { return codeOf(datatypes, v); }
QString toCode(AccuracyRating v) { return codeOf(accuracyRatings, v); }
QString toCode(ContactChannel v) { return codeOf(contactChannels, v); }
QString toCode(CallOutcome v) { return codeOf(callOutcomes, v); }

std::optional<CitizenKind> citizenKindFromCode(const QString &c) { return fromCode(citizenKinds, c); }
std::optional<Channel> channelFromCode(const QString &c) { return fromCode(channels, c); }
std::optional<RequestStatus> requestStatusFromCode(const QString &c) { return fromCode(statuses, c); }
std::optional<Role> roleFromCode(const QString &c) { return fromCode(roles, c); }
std::optional<DepartmentKind> departmentKindFromCode(const QString &c) { return fromCode(departmentKinds, c); }
std::optional<EventKind> eventKindFromCode(const QString &c) { return fromCode(eventKinds, c); }
std::optional<AttributeDatatype> attributeDatatypeFromCode(const QString &c) { return fromCode(datatypes, c); }
std::optional<AccuracyRating> accuracyRatingFromCode(const QString &c) { return fromCode(accuracyRatings, c); }
std::optional<ContactChannel> contactChannelFromCode(const QString &c) { return fromCode(contactChannels, c); }
std::optional<CallOutcome> callOutcomeFromCode(const QString &c) { return fromCode(callOutcomes, c); }

QString displayName(CitizenKind v)
{
    switch (v) {
    case CitizenKind::Person: return Tr::tr("Person");
    case CitizenKind::LegalEntity: return Tr::tr("Legal entity");
    case CitizenKind::Volunteer: return Tr::tr("Volunteer");
    case CitizenKind::MunicipalService: return Tr::tr("Municipal service");
    case CitizenKind::ProcessingBody: return Tr::tr("Municipal processing body");
    }
    return {};
}

QString displayName(Channel v)
{
    switch (v) {
    case Channel::Phone: return Tr::tr("Phone");
    case Channel::WalkIn: return Tr::tr("Walk-in");
    case Channel::Web: return Tr::tr("Web");
    case Channel::MobileApp: return Tr::tr("Mobile app");
    case Channel::Email: return Tr::tr("E-mail");
    case Channel::Open311: return Tr::tr("Open311");
    case Channel::Import: return Tr::tr("Import");
    }
    return {};
}

const char *sourceName(RequestStatus v)
{
    switch (v) {
    case RequestStatus::New: return QT_TRANSLATE_NOOP("CivicDesk", "New");
    case RequestStatus::Accepted: return QT_TRANSLATE_NOOP("CivicDesk", "Accepted");
    case RequestStatus::Assigned: return QT_TRANSLATE_NOOP("CivicDesk", "Assigned");
    case RequestStatus::InProgress: return QT_TRANSLATE_NOOP("CivicDesk", "In progress");
    case RequestStatus::OnHold: return QT_TRANSLATE_NOOP("CivicDesk", "On hold");
    case RequestStatus::Resolved: return QT_TRANSLATE_NOOP("CivicDesk", "Resolved");
    case RequestStatus::Closed: return QT_TRANSLATE_NOOP("CivicDesk", "Closed");
    case RequestStatus::Rejected: return QT_TRANSLATE_NOOP("CivicDesk", "Rejected");
    case RequestStatus::Duplicate: return QT_TRANSLATE_NOOP("CivicDesk", "Duplicate");
    case RequestStatus::Reopened: return QT_TRANSLATE_NOOP("CivicDesk", "Reopened");
    }
    return "";
}

QString displayName(RequestStatus v)
{
    return Tr::tr(sourceName(v));
}

const char *sourceName(Role v)
{
    switch (v) {
    case Role::Operator: return QT_TRANSLATE_NOOP("CivicDesk", "Operator");
    case Role::DepartmentStaff: return QT_TRANSLATE_NOOP("CivicDesk", "Department staff");
    case Role::DepartmentHead: return QT_TRANSLATE_NOOP("CivicDesk", "Department head");
    case Role::Supervisor: return QT_TRANSLATE_NOOP("CivicDesk", "Supervisor");
    case Role::Administrator: return QT_TRANSLATE_NOOP("CivicDesk", "Administrator");
    }
    return "";
}

QString displayName(Role v)
{
    return Tr::tr(sourceName(v));
}

QString displayName(Priority v)
{
    switch (v) {
    case Priority::Low: return Tr::tr("Low");
    case Priority::Normal: return Tr::tr("Normal");
    case Priority::High: return Tr::tr("High");
    case Priority::Urgent: return Tr::tr("Urgent");
    case Priority::Emergency: return Tr::tr("Emergency");
    }
    return {};
}

QString displayName(ContactChannel v)
{
    switch (v) {
    case ContactChannel::Phone: return Tr::tr("Telephone");
    case ContactChannel::Sms: return Tr::tr("SMS");
    case ContactChannel::Email: return Tr::tr("E-mail");
    case ContactChannel::Post: return Tr::tr("Post");
    }
    return {};
}

QString displayName(CallOutcome v)
{
    switch (v) {
    case CallOutcome::Request: return Tr::tr("Request filed or joined");
    case CallOutcome::Information: return Tr::tr("Information given");
    case CallOutcome::RequestStatus: return Tr::tr("Asked about a request");
    case CallOutcome::Complaint: return Tr::tr("Complaint");
    case CallOutcome::Transferred: return Tr::tr("Transferred");
    case CallOutcome::Other: return Tr::tr("Other (wrong number, silent)");
    }
    return {};
}

QString displayName(AccuracyRating v)
{
    switch (v) {
    case AccuracyRating::Accurate: return Tr::tr("Accurate");
    case AccuracyRating::PartlyAccurate: return Tr::tr("Partly accurate");
    case AccuracyRating::Inaccurate: return Tr::tr("Inaccurate");
    case AccuracyRating::FalseReport: return Tr::tr("False report");
    }
    return {};
}

bool isOpen(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Resolved:
    case RequestStatus::Closed:
    case RequestStatus::Rejected:
    case RequestStatus::Duplicate:
        return false;
    default:
        return true;
    }
}

const QList<RequestStatus> &allRequestStatuses()
{
    static const QList<RequestStatus> all = [] {
        QList<RequestStatus> l;
        for (const auto &p : statuses)
            l.append(p.first);
        return l;
    }();
    return all;
}

const QList<CitizenKind> &allCitizenKinds()
{
    static const QList<CitizenKind> all = [] {
        QList<CitizenKind> l;
        for (const auto &p : citizenKinds)
            l.append(p.first);
        return l;
    }();
    return all;
}

const QList<CallOutcome> &allCallOutcomes()
{
    static const QList<CallOutcome> all{CallOutcome::Request, CallOutcome::Information, CallOutcome::RequestStatus,
                                        CallOutcome::Complaint, CallOutcome::Transferred, CallOutcome::Other};
    return all;
}

const QList<ContactChannel> &allContactChannels()
{
    static const QList<ContactChannel> all{ContactChannel::Phone, ContactChannel::Sms, ContactChannel::Email, ContactChannel::Post};
    return all;
}

} // namespace CivicDesk
