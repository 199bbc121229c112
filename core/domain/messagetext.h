// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"
#include "servicerequest.h"
#include "core/util/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QTranslator;

namespace CivicDesk {

/// The one place that turns coded data into words: messages (event details, alerts) and the lines of a
/// request's history, in the language of the translator installed in the process. Raw codes never reach the
/// reader: statuses, channels, priorities, roles and ratings come out as their names.
class MessageText
{
public:
    using NameOf = std::function<QString(const QString &id)>;

    /// @p message in words; an unknown code (from a newer CivicDesk) shows as the code and its arguments.
    static QString render(const Message &message);
    /// @p message in the language of @p catalogue (null: English), whatever language the process has installed:
    /// a server answering each client in its own language. Statuses and roles come out in that language too.
    static QString renderIn(const Message &message, const QTranslator *catalogue);
    /// A coded error in the language of @p catalogue; an error with words only as it was made.
    static QString renderErrorIn(const Error &error, const QTranslator *catalogue);

    /// An Error saying @p message (its words now, in the installed language; its code and arguments for
    /// another reader's).
    static Error error(const QString &code, const Message &message);
    /// @p error in the words of the language installed now: coded errors again, the others as they were made.
    static QString renderError(const Error &error);

    /// What happened in @p event, in words (the time and the actor are the caller's to show); @p nameOf gives
    /// the names of departments, crews and users (an id it does not know shows as it is).
    static QString describe(const RequestEvent &event, const NameOf &nameOf);

    /// An escalation entry written before messages were coded: its sentence, and the role codes alerted that end
    /// it ("department_staff,department_head"), if any.
    static std::pair<QString, QString> splitAlertedRoles(const QString &body);
    /// Reads @p text written into the data before messages were coded (in English or in the language of one
    /// of @p catalogues) back into its message; nothing when it is free text.
    static std::optional<Message> readBack(const QString &text, const QList<const QTranslator *> &catalogues);
    /// The priority number ("1" … "5") of a priority's name written in English or in one of @p catalogues.
    static std::optional<int> readBackPriority(const QString &text, const QList<const QTranslator *> &catalogues);
};

} // namespace CivicDesk
