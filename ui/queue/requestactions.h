// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/domain/servicerequest.h"
#include "core/util/result.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace CivicDesk {

class DeskSession;

/// The work on requests, wherever they are shown: accept (A), assign (G), change status (S), reroute (R), link as
/// duplicate (D), put on hold (H), note (N), rate (T), crew work list (W). The queue applies them to its
/// selection, a request's page to its request; the dialogs name the request they change. Actions the user's role
/// may never run are not offered.
class RequestActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestActions)

public:
    /// Actions on the requests @p selection gives; dialogs open over @p dialogParent, which also holds the
    /// actions (their shortcuts work within it).
    RequestActions(DeskSession &desk, QWidget &dialogParent, std::function<QStringList()> selection);

    /// The actions the user's role may run, in menu order.
    QList<QAction *> actions() const { return m_actions; }
    QAction *action(const char *objectName) const;
    /// Accept, change status, put on hold and link as duplicate offered only when one of the requests shown may
    /// make that move, assign and reroute only when one of them is open (a closed request offers none of them);
    /// called whenever what is shown, or its status, changes.
    void refresh();

    int accept();
    int changeStatus(RequestStatus to, const QString &note, std::optional<AccuracyRating> accuracy = std::nullopt);
    int reroute(const QString &departmentId, const QString &reason);
    int assign(const QString &crewId, const QString &assigneeId);
    int linkDuplicate(const QString &masterTrackingNumber);
    int addNote(const QString &text);
    int rate(int score, const QString &comment);

    void askStatus();
    void askReroute();
    void askAssign();
    void askDuplicate();
    void askHold();
    void askRating();

    /// "26-K7-04512" for one request, "3 requests" for several: what a dialog's title names.
    QString nameOf(const QStringList &ids) const;

Q_SIGNALS:
    /// An action ran: @p done of @p total requests changed; @p problems says why the others did not.
    void applied(int done, int total, const QStringList &problems);
    /// N: the user wants to write a note (the view shows where).
    void noteWanted();
    /// W: the crew work list of the requests.
    void workListWanted(const QStringList &ids);

private:
    int apply(const std::function<Status(const QString &)> &change);
    /// The first of @p ids as stored, if there is one.
    std::optional<ServiceRequest> first(const QStringList &ids) const;

    DeskSession &m_desk;
    QWidget &m_parent;
    std::function<QStringList()> m_selection;
    QList<QAction *> m_actions;
};

} // namespace CivicDesk
