// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/messagetemplate.h"
#include "core/util/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace CivicDesk {

class Database;

/// The words of the messages to citizens: CivicDesk's own for every event, language and channel, the
/// placeholders they may use, the checks a template must pass before it is kept, and the filling in.
namespace MessageTemplates {

/// What a message tells of. The codes (code()) are part of the data.
enum class Event { Confirmation, Linked, Accepted, Scheduled, Resolved, Rejected, Closed, Survey };

const QList<Event> &events();
/// "received", "linked", "accepted", "scheduled", "resolved", "rejected", "closed", "survey".
QString code(Event e);
std::optional<Event> eventFromCode(const QString &code);
/// The event's name in the installed language (the template editor's list).
QString eventName(Event e);
/// The languages CivicDesk writes messages in: en, el, ro, it, ca, es.
const QStringList &languages(); ///< deskLanguages()
/// The placeholders a template may use, without their braces: municipality, tracking, type, address, status,
/// deadline, reason, survey_link.
const QStringList &placeholders();
/// What a placeholder stands for, in the installed language.
QString placeholderMeaning(const QString &name);

/// What fills the placeholders of one message.
struct Values
{
    QString municipality;
    QString tracking;
    QString type;
    QString address;
    QString status;
    QString deadline;
    QString reason;
    QString surveyLink;
};
/// Values of a typical request of @p municipality in @p language: the preview, and the SMS length check.
Values sample(const QString &municipality, const QString &language, Event e);

/// CivicDesk's own template for @p e in @p language (English where it has none) on @p channel.
MessageTemplate builtIn(Event e, const QString &language, const QString &channel);

/// The names of the placeholders written in @p text ("{tracking}" → "tracking"), in order, known or not.
QStringList placeholdersIn(const QString &text);
/// The placeholders in @p text that are none of placeholders(), and any brace left open, as written.
QStringList unknownPlaceholders(const QString &text);
/// Whether @p t may be kept: a known event, language and channel; a text; only known placeholders in its
/// subject, text and HTML; an SMS within two messages when filled with sample() values. The refusal says which.
Status check(const MessageTemplate &t, const QString &municipality);

/// @p text with its placeholders filled in from @p v (HTML-escaped when @p html).
QString fill(const QString &text, const Values &v, bool html = false);

/// A message as it is sent.
struct Rendered
{
    QString subject; ///< e-mail only
    QString text;
    QString html;    ///< e-mail only: the template's HTML filled in, or the text made into HTML
};
Rendered render(const MessageTemplate &t, const Values &v);
/// The HTML of an e-mail whose template has none: the text, escaped, its line breaks kept.
QString htmlOfText(const QString &subject, const QString &text);

/// The survey address of request @p requestId (a UUID): short enough for an SMS, and the request's own.
QString surveyLink(const QString &requestId);

} // namespace MessageTemplates

/// The templates in force in one municipality's file: its own where it wrote them, else CivicDesk's.
class TemplateBook
{
public:
    TemplateBook(Database &db, Tenant tenant) : m_db(db), m_tenant(std::move(tenant)) {}

    MessageTemplate current(MessageTemplates::Event e, const QString &language, const QString &channel) const;
    /// Keeps @p t as the municipality's (checked first: nothing is kept when it is refused); a template with no
    /// text puts CivicDesk's own words back.
    Status save(const MessageTemplate &t, const ChangeStamp &stamp);

private:
    Database &m_db;
    Tenant m_tenant;
};

} // namespace CivicDesk
