// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetext.h"

#include "enums.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

#include <tuple>

namespace CivicDesk {
namespace {

constexpr char context[] = "CivicDesk";

struct Source
{
    const char *code;
    const char *text;
    bool plural = false;
    const char *kinds = ""; ///< per argument: 's' a status code, 'r' a role code, anything else shown as it is
};

// Every coded message with the words it reads as. The texts are what the product wrote into the data before
// messages were coded, so readBack recognises those rows in every language.
const Source sources[] = {
    {MessageCode::RoutedAtIntake, QT_TRANSLATE_NOOP("CivicDesk", "Routed at intake")},
    {MessageCode::Recurrence, QT_TRANSLATE_NOOP("CivicDesk", "The same problem was closed here in the last 90 days (%1).")},
    {MessageCode::EmergencyTold,
     QT_TRANSLATE_NOOP("CivicDesk", "Reported as an emergency; the caller was told to call %1 if life or property is at risk.")},
    {MessageCode::SameProblem, QT_TRANSLATE_NOOP("CivicDesk", "Another caller reported the same problem.")},
    {MessageCode::ClosedWithMaster, QT_TRANSLATE_NOOP("CivicDesk", "Closed with its cluster's master %1.")},
    {MessageCode::PriorityFollows, QT_TRANSLATE_N_NOOP("CivicDesk", "Priority follows %n distinct reporter(s)."), true},
    {MessageCode::DuplicateOf, QT_TRANSLATE_NOOP("CivicDesk", "Duplicate of %1")},
    {MessageCode::JoinedCluster, QT_TRANSLATE_NOOP("CivicDesk", "%1 joined this request's cluster.")},
    {MessageCode::CitizenMerged, QT_TRANSLATE_NOOP("CivicDesk", "Citizen record %1 merged into %2")},
    {MessageCode::Imported, QT_TRANSLATE_NOOP("CivicDesk", "Imported from Open311 (%1)")},
    {MessageCode::AtRisk, QT_TRANSLATE_NOOP("CivicDesk", "%1 is at risk: %2 % of its working time is used.")},
    {MessageCode::Breached, QT_TRANSLATE_NOOP("CivicDesk", "%1 has missed its deadline.")},
    {MessageCode::LongOverdue, QT_TRANSLATE_NOOP("CivicDesk", "%1 is still open well past its deadline.")},
    {MessageCode::AssignedToYou, QT_TRANSLATE_NOOP("CivicDesk", "%1 has been given to you to work on.")},
    // Refusals (errors), in the words the workflow has always used.
    {MessageCode::NoPath, QT_TRANSLATE_NOOP("CivicDesk", "A request cannot go from “%1” to “%2”."), false, "ss"},
    {MessageCode::RoleMayNot, QT_TRANSLATE_NOOP("CivicDesk", "A user with the role “%1” may not move a request from “%2” to “%3”."), false,
     "rss"},
    {MessageCode::NeedsNote, QT_TRANSLATE_NOOP("CivicDesk", "Moving a request to “%1” needs a note saying why."), false, "s"},
    {MessageCode::RerouteNeedsReason, QT_TRANSLATE_NOOP("CivicDesk", "Rerouting needs a reason.")},
    {MessageCode::RerouteClosed, QT_TRANSLATE_NOOP("CivicDesk", "Request %1 is %2: it can no longer be rerouted."), false, "ts"},
    {MessageCode::AlreadyThere, QT_TRANSLATE_NOOP("CivicDesk", "Request %1 is already with that department.")},
    {MessageCode::NoSuchDepartment, QT_TRANSLATE_NOOP("CivicDesk", "That department does not exist.")},
    {MessageCode::NotHandled, QT_TRANSLATE_NOOP("CivicDesk", "%1 does not handle requests of the type “%2”.")},
    {MessageCode::OperatorsDoNotAssign, QT_TRANSLATE_NOOP("CivicDesk", "Operators do not assign work.")},
    {MessageCode::NothingToAssign, QT_TRANSLATE_NOOP("CivicDesk", "Request %1 is %2: there is nothing to assign."), false, "ts"},
    {MessageCode::NotACrew, QT_TRANSLATE_NOOP("CivicDesk", "That is not a crew.")},
    {MessageCode::CrewElsewhere, QT_TRANSLATE_NOOP("CivicDesk", "%1 is not a crew of the department handling %2.")},
    {MessageCode::SatisfactionRange, QT_TRANSLATE_NOOP("CivicDesk", "Satisfaction is rated from 1 to 5.")},
    {MessageCode::SatisfactionEarly, QT_TRANSLATE_NOOP("CivicDesk", "The citizen rates the work once the request is resolved.")},
    {MessageCode::OtherDepartment, QT_TRANSLATE_NOOP("CivicDesk", "Request %1 belongs to another department.")},
    {MessageCode::RequestGone, QT_TRANSLATE_NOOP("CivicDesk", "The request no longer exists.")},
    {MessageCode::EmptyNote, QT_TRANSLATE_NOOP("CivicDesk", "The note is empty.")},
    {MessageCode::DuplicateOfItself, QT_TRANSLATE_NOOP("CivicDesk", "A request cannot be a duplicate of itself.")},
    {MessageCode::LinkToOpen, QT_TRANSLATE_NOOP("CivicDesk", "%1 is %2: link to an open request."), false, "ts"},
    {MessageCode::AlreadyInCluster, QT_TRANSLATE_NOOP("CivicDesk", "%1 is already in the cluster of %2.")},
};

const char *const priorityNames[] = {QT_TRANSLATE_NOOP("CivicDesk", "Low"), QT_TRANSLATE_NOOP("CivicDesk", "Normal"),
                                     QT_TRANSLATE_NOOP("CivicDesk", "High"), QT_TRANSLATE_NOOP("CivicDesk", "Urgent"),
                                     QT_TRANSLATE_NOOP("CivicDesk", "Emergency")};

QString words(const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

/// The words of @p source in @p catalogue (null: English), %n left in place.
QString wordsIn(const QTranslator *catalogue, const char *text, int n)
{
    const QString translated = catalogue ? catalogue->translate(context, text, nullptr, n) : QString();
    return translated.isEmpty() ? QString::fromUtf8(text) : translated;
}

/// Matches @p text against @p words; the arguments in the order of their numbers (%n is the first).
std::optional<QStringList> match(const QString &words, const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(n|[1-9])"));
    QString pattern;
    QList<int> order;
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = placeholder.globalMatch(words); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(words.mid(at, m.capturedStart() - at));
        const QString which = m.captured(1);
        pattern += which == QLatin1String("n") ? QStringLiteral("(\\d+)") : QStringLiteral("(.+?)");
        order.append(which == QLatin1String("n") ? 0 : which.toInt() - 1);
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(words.mid(at));
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QStringList args(order.isEmpty() ? 0 : *std::max_element(order.cbegin(), order.cend()) + 1);
    for (int i = 0; i < order.size(); ++i)
        args[order[i]] = m.captured(i + 1);
    return args;
}

/// How many arguments the words of @p code take (what follows them is describe()'s: the roles alerted).
int ownArguments(const QString &code)
{
    for (const Source &s : sources) {
        if (code == QLatin1String(s.code)) {
            int n = 0;
            while (n < 9 && QByteArrayView(s.text).contains(QByteArray("%") + char('1' + n)))
                ++n;
            return s.plural ? 1 : n;
        }
    }
    return 0;
}

QString roleNames(const QString &codes)
{
    QStringList names;
    for (const QString &code : codes.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<Role> role = roleFromCode(code);
        names.append(role ? displayName(*role) : code);
    }
    return names.join(QStringLiteral(", "));
}

QString nameOrId(const MessageText::NameOf &nameOf, const QString &id)
{
    const QString name = nameOf ? nameOf(id) : QString();
    return name.isEmpty() ? id : name;
}

QString statusName(const QString &code)
{
    const std::optional<RequestStatus> s = requestStatusFromCode(code);
    return s ? displayName(*s) : code;
}

/// @p message in the words @p say gives for a source text (and a count for plural texts, -1 otherwise, %n
/// filled in): the installed language's or one catalogue's. Statuses and roles among the arguments by their names.
QString renderWith(const Message &message, const std::function<QString(const char *, int)> &say)
{
    for (const Source &s : sources) {
        if (message.code != QLatin1String(s.code))
            continue;
        if (s.plural)
            return say(s.text, message.args.value(0).toInt());
        QString out = say(s.text, -1);
        // The placeholders a text uses, each once; arguments beyond them (roles alerted) are describe()'s.
        const QByteArrayView kinds(s.kinds);
        for (int i = 0; i < message.args.size() && out.contains(QStringLiteral("%%1").arg(i + 1)); ++i) {
            const char kind = i < kinds.size() ? kinds[i] : 't';
            QString arg = message.args[i];
            if (kind == 's') {
                if (const std::optional<RequestStatus> status = requestStatusFromCode(arg))
                    arg = say(sourceName(*status), -1);
            } else if (kind == 'r') {
                QStringList names;
                for (const QString &code : arg.split(u',', Qt::SkipEmptyParts)) {
                    const std::optional<Role> role = roleFromCode(code);
                    names.append(role ? say(sourceName(*role), -1) : code);
                }
                arg = names.join(QStringLiteral(", "));
            }
            out = out.arg(arg);
        }
        return out;
    }
    return message.args.isEmpty() ? message.code : message.code + QStringLiteral(" (") + message.args.join(QStringLiteral(", ")) + u')';
}

} // namespace

QString MessageText::renderIn(const Message &message, const QTranslator *catalogue)
{
    return renderWith(message, [catalogue](const char *text, int n) {
        QString out = wordsIn(catalogue, text, n);
        return n >= 0 ? out.replace(QStringLiteral("%n"), QString::number(n)) : out;
    });
}

QString MessageText::renderErrorIn(const Error &error, const QTranslator *catalogue)
{
    return error.key.isEmpty() ? error.message : renderIn(Message{error.key, error.args}, catalogue);
}

QString MessageText::render(const Message &message)
{
    return renderWith(message, [](const char *text, int n) { return words(text, n); });
}

Error MessageText::error(const QString &code, const Message &message)
{
    return Error{code, render(message), message.code, message.args};
}

QString MessageText::renderError(const Error &error)
{
    return error.key.isEmpty() ? error.message : render(Message{error.key, error.args});
}

QString MessageText::describe(const RequestEvent &e, const NameOf &nameOf)
{
    // What the product said (coded) or what a person wrote (a note, a reason, a comment), as it was written.
    const QString detail = e.message.isEmpty() ? e.body : render(e.message);
    const auto withDetail = [&](const QString &what) { return detail.isEmpty() ? what : what + QStringLiteral(": ") + detail; };
    switch (e.kind) {
    case EventKind::Created: {
        // body: the channel's code; or how the request came in (an import), as a message
        if (const std::optional<Channel> channel = channelFromCode(e.body))
            return words(QT_TRANSLATE_NOOP("CivicDesk", "Filed (%1)")).arg(displayName(*channel));
        return detail.isEmpty() ? words(QT_TRANSLATE_NOOP("CivicDesk", "Filed")) : words(QT_TRANSLATE_NOOP("CivicDesk", "Filed (%1)")).arg(detail);
    }
    case EventKind::StatusChange:
        return withDetail(words(QT_TRANSLATE_NOOP("CivicDesk", "%1 → %2")).arg(statusName(e.fromValue), statusName(e.toValue)));
    case EventKind::Routing:
        if (e.fromValue.isEmpty())
            return words(QT_TRANSLATE_NOOP("CivicDesk", "Routed to %1")).arg(nameOrId(nameOf, e.toValue));
        return withDetail(words(QT_TRANSLATE_NOOP("CivicDesk", "Rerouted from %1 to %2"))
                              .arg(nameOrId(nameOf, e.fromValue), nameOrId(nameOf, e.toValue)));
    case EventKind::Note:
        return words(QT_TRANSLATE_NOOP("CivicDesk", "Note: %1")).arg(detail);
    case EventKind::Assignment: {
        // to: crew/assignee
        QStringList who;
        for (const QString &id : e.toValue.split(u'/', Qt::SkipEmptyParts))
            who.append(nameOrId(nameOf, id));
        return who.isEmpty() ? words(QT_TRANSLATE_NOOP("CivicDesk", "Assigned"))
                             : words(QT_TRANSLATE_NOOP("CivicDesk", "Assigned to %1")).arg(who.join(QStringLiteral(", ")));
    }
    case EventKind::Notification: {
        const std::optional<ContactChannel> channel = contactChannelFromCode(e.toValue);
        return words(QT_TRANSLATE_NOOP("CivicDesk", "Message to the citizen (%1): %2")).arg(channel ? displayName(*channel) : e.toValue, detail);
    }
    case EventKind::Rating:
        if (e.fromValue == QLatin1String("accuracy")) {
            const std::optional<AccuracyRating> rating = accuracyRatingFromCode(e.toValue);
            return words(QT_TRANSLATE_NOOP("CivicDesk", "Accuracy of the report: %1")).arg(rating ? displayName(*rating) : e.toValue);
        }
        return withDetail(words(QT_TRANSLATE_NOOP("CivicDesk", "Citizen's satisfaction: %1 of 5")).arg(e.toValue));
    case EventKind::Escalation: {
        QString text = detail;
        QString roles;
        if (!e.message.isEmpty())
            roles = e.message.args.value(ownArguments(e.message.code)); // the roles alerted follow its own arguments
        else
            std::tie(text, roles) = splitAlertedRoles(e.body);
        if (!roles.isEmpty())
            text += QStringLiteral(" → ") + roleNames(roles);
        return words(QT_TRANSLATE_NOOP("CivicDesk", "Escalation %1: %2")).arg(e.toValue, text);
    }
    case EventKind::Merge:
        return detail.isEmpty() ? words(QT_TRANSLATE_NOOP("CivicDesk", "Citizen records merged")) : detail;
    case EventKind::Link:
        return words(QT_TRANSLATE_NOOP("CivicDesk", "Linked: %1")).arg(detail);
    case EventKind::Emergency:
        return words(QT_TRANSLATE_NOOP("CivicDesk", "EMERGENCY: %1")).arg(detail);
    }
    return detail;
}

std::pair<QString, QString> MessageText::splitAlertedRoles(const QString &body)
{
    const qsizetype space = body.lastIndexOf(u' ');
    if (space > 0 && roleFromCode(body.mid(space + 1).section(u',', 0, 0)))
        return {body.left(space), body.mid(space + 1)};
    return {body, {}};
}

std::optional<Message> MessageText::readBack(const QString &text, const QList<const QTranslator *> &catalogues)
{
    if (text.isEmpty())
        return std::nullopt;
    QList<const QTranslator *> all{nullptr};
    all += catalogues;
    for (const QTranslator *catalogue : std::as_const(all)) {
        for (const Source &s : sources) {
            if (QByteArrayView(s.code).startsWith("refused.")) // errors, never written into the data
                continue;
            for (const int n : s.plural ? QList<int>{1, 2, 20} : QList<int>{-1}) {
                if (const std::optional<QStringList> args = match(wordsIn(catalogue, s.text, n), text))
                    return Message{QString::fromLatin1(s.code), *args};
            }
        }
    }
    return std::nullopt;
}

std::optional<int> MessageText::readBackPriority(const QString &text, const QList<const QTranslator *> &catalogues)
{
    QList<const QTranslator *> all{nullptr};
    all += catalogues;
    for (const QTranslator *catalogue : std::as_const(all)) {
        for (int p = 0; p < 5; ++p) {
            if (wordsIn(catalogue, priorityNames[p], -1) == text)
                return p + 1;
        }
    }
    return std::nullopt;
}

} // namespace CivicDesk
