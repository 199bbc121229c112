// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/servicerequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QListWidget>
#include <QPointer>

namespace CivicDesk {

class DeskSession;
class SyncAgent;

/// Where a partial replica's missing histories come from: a closed request's history is not on such a desk (half
/// of its bytes) and is fetched from the server, through the sync agent, when a view shows the request; then it
/// is kept. One request is asked at a time; the latest wanted waits behind it.
class HistorySource final : public QObject
{
    Q_OBJECT
public:
    HistorySource(DeskSession &desk, SyncAgent &agent, QObject *parent = nullptr);

    /// Whether the desk holds the history of @p requestId.
    bool holds(const QString &requestId) const;
    /// Fetches the history of @p requestId unless it is being fetched, or failed less than half a minute ago.
    void want(const QString &requestId);
    /// Why the last fetch of @p requestId failed, in the operator's words (empty: it did not).
    QString problem(const QString &requestId) const { return m_problems.value(requestId); }
    bool fetching(const QString &requestId) const { return m_asked == requestId || m_next == requestId; }
    /// The history as the desk now holds it.
    QList<RequestEvent> events(const QString &requestId) const;

Q_SIGNALS:
    /// A fetch of @p requestId ended: its history is on the desk, or problem() says why not. Also when the desk is
    /// back online after a fetch failed: a view still showing the request asks again.
    void changed(const QString &requestId);

private:
    void ask(const QString &requestId);

    DeskSession &m_desk;
    SyncAgent &m_agent;
    QString m_asked; ///< being fetched
    QString m_next;  ///< wanted while another was being fetched
    QHash<QString, QString> m_problems;
    QHash<QString, QElapsedTimer> m_failedAt;
};

/// A request's history in words, newest first: when, who, and what happened (MessageText), never a raw code.
/// The queue's detail and the call desk's request dialog show the same view.
class RequestHistoryView final : public QListWidget
{
    Q_OBJECT
public:
    explicit RequestHistoryView(QWidget *parent = nullptr);

    /// Shows @p events; @p names gives the names of users, departments and crews by id.
    void showEvents(const QList<RequestEvent> &events, const QHash<QString, QString> &names);
    /// Shows the history of request @p requestId: @p events, or, on a partial replica that does not hold it
    /// (setSource()), that it is being fetched from the server, or why it cannot be.
    void showRequest(const QString &requestId, const QList<RequestEvent> &events, const QHash<QString, QString> &names);
    /// Fetches the histories this desk does not hold from @p source (none: a whole replica, or no server).
    void setSource(HistorySource *source);
    /// Whether the view shows a notice instead of the history (being fetched, or why it cannot be).
    bool showsNotice() const { return m_notice; }

private:
    void showNotice(const QString &text);

    QPointer<HistorySource> m_source;
    QString m_requestId;
    QHash<QString, QString> m_names;
    bool m_notice = false;
};

} // namespace CivicDesk
