// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace CivicDesk {

/// The five kinds of citizen record a municipal registry keeps.
enum class CitizenKind { Person, LegalEntity, Volunteer, MunicipalService, ProcessingBody };

/// Where a request came in.
enum class Channel { Phone, WalkIn, Web, MobileApp, Email, Open311, Import };

/// Request life cycle of the default workflow; the workflow issue makes transitions data.
enum class RequestStatus { New, Accepted, Assigned, InProgress, OnHold, Resolved, Closed, Rejected, Duplicate, Reopened };

enum class Priority { Low = 1, Normal = 2, High = 3, Urgent = 4, Emergency = 5 };

enum class Role { Operator, DepartmentStaff, DepartmentHead, Supervisor, Administrator };

enum class DepartmentKind { Directorate, Department, Crew, DispatchDesk };

enum class EventKind { Created, StatusChange, Note, Routing, Assignment, Notification, Rating, Escalation, Merge, Link, Emergency };

enum class AttributeDatatype { String, Number, Datetime, Text, SingleValueList, MultiValueList };

enum class AccuracyRating { Accurate, PartlyAccurate, Inaccurate, FalseReport };

enum class ContactChannel { Phone, Sms, Email, Post };

/// How a call ended: a request filed or joined, or what the operator did for a call that filed nothing.
enum class CallOutcome { Request, Information, RequestStatus, Complaint, Transferred, Other };

/// Stable text codes used in the database, files and the network; never translated.
QString toCode(CitizenKind v);
QString toCode(Channel v);
QString toCode(RequestStatus v);
QString toCode(Role v);
QString toCode(DepartmentKind v);
QString toCode(EventKind v);
QString toCode(AttributeDatatype v);
QString toCode(AccuracyRating v);
QString toCode(ContactChannel v);
QString toCode(CallOutcome v);

std::optional<CitizenKind> citizenKindFromCode(const QString &code);
std::optional<Channel> channelFromCode(const QString &code);
std::optional<RequestStatus> requestStatusFromCode(const QString &code);
std::optional<Role> roleFromCode(const QString &code);
std::optional<DepartmentKind> departmentKindFromCode(const QString &code);
std::optional<EventKind> eventKindFromCode(const QString &code);
std::optional<AttributeDatatype> attributeDatatypeFromCode(const QString &code);
std::optional<AccuracyRating> accuracyRatingFromCode(const QString &code);
std::optional<ContactChannel> contactChannelFromCode(const QString &code);
std::optional<CallOutcome> callOutcomeFromCode(const QString &code);

/// Translated names for display.
QString displayName(CitizenKind v);
QString displayName(Channel v);
QString displayName(RequestStatus v);
QString displayName(Role v);
/// The English name of a status or a role as the catalogues know it (context "CivicDesk"): for rendering in a
/// language other than the installed one.
const char *sourceName(RequestStatus v);
const char *sourceName(Role v);
QString displayName(Priority v);
QString displayName(ContactChannel v);
QString displayName(CallOutcome v);
QString displayName(AccuracyRating v);

/// True for statuses that still need work.
bool isOpen(RequestStatus status);

const QList<RequestStatus> &allRequestStatuses();
const QList<CitizenKind> &allCitizenKinds();
const QList<ContactChannel> &allContactChannels();
const QList<CallOutcome> &allCallOutcomes();

} // namespace CivicDesk
