// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/message.h"

#include "core/domain/enums.h"
#include "core/util/result.h"

#include <QList>
#include <QSet>
#include <QString>

namespace CivicDesk {

/// A service type's workflow as data: its statuses, the moves between them and the roles allowed to make
/// each. Loaded from JSON (resources/workflows/default.json, or a municipality's own in the workflow table);
/// a definition with an unknown status, a status that cannot be reached from the start, or a status that is
/// not finished and has no way out is refused at load with a message.
class Workflow
{
public:
    struct Transition
    {
        RequestStatus from = RequestStatus::New;
        RequestStatus to = RequestStatus::New;
        QSet<Role> roles;
        bool needsNote = false;
    };

    static Result<Workflow> fromJson(const QByteArray &json);
    /// The built-in default workflow.
    static const Workflow &standard();

    QString code() const { return m_code; }
    RequestStatus initial() const { return m_initial; }
    /// Statuses where no work is left (resolved, closed, rejected, duplicate in the default).
    bool isDone(RequestStatus s) const { return m_done.contains(s); }
    QList<RequestStatus> statuses() const { return m_statuses; }
    const QList<Transition> &transitions() const { return m_transitions; }

    /// The move from @p from to @p to, if the workflow has it.
    const Transition *find(RequestStatus from, RequestStatus to) const;
    /// Where a request in @p from may go for someone of @p role.
    QList<RequestStatus> next(RequestStatus from, Role role) const;
    /// Why @p role may not move a request from @p from to @p to, or empty if it may (and @p note is given
    /// where one is needed).
    QString refusal(RequestStatus from, RequestStatus to, Role role, const QString &note) const;
    /// The same, coded (empty when the move is allowed).
    Message refusalMessage(RequestStatus from, RequestStatus to, Role role, const QString &note) const;
    /// True if @p path (statuses after the initial one, in order) is a path of this workflow from the start.
    bool isLegalPath(const QList<RequestStatus> &path) const;

private:
    QString m_code;
    RequestStatus m_initial = RequestStatus::New;
    QSet<RequestStatus> m_done;
    QList<RequestStatus> m_statuses;
    QList<Transition> m_transitions;
};

} // namespace CivicDesk
