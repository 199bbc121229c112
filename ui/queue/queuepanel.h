// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "ui/widgets/requesthistoryview.h"
#include "core/workflow/engine.h"
#include "core/storage/queuequery.h"

#include <QHash>
#include <QTimer>

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableView;

namespace CivicDesk {

class AlertList;
class DeskSession;
class QueueFilterBar;
class RequestActions;
class RequestDetailView;
class WorkQueueModel;

/// A department's work queue: the pending requests for the signed-in user's role and department under a filter
/// bar (QueueFilterBar), the alerts (AlertList) and the current request (RequestDetailView) beside, and the quick actions — accept (A), assign (G),
/// change status (S), reroute (R), link as duplicate (D), put on hold (H), note (N), rate (T), crew work list
/// (W) — on one request or on every selected one. It updates itself when requests change, here or elsewhere.
class QueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuePanel)

public:
    explicit QueuePanel(DeskSession &desk, QWidget *parent = nullptr);

    WorkQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RequestHistoryView *historyList() const;
    QListWidget *alertList() const;
    QPlainTextEdit *noteEdit() const;
    QLabel *statusLine() const { return m_status; }

    /// The requests selected (or the current one).
    QStringList selectedIds() const;
    /// The actions, applied to the selection; each returns how many requests it changed, and says why for
    /// those it could not.
    int accept();
    int changeStatus(RequestStatus to, const QString &note, std::optional<AccuracyRating> accuracy = std::nullopt);
    int reroute(const QString &departmentId, const QString &reason);
    int assign(const QString &crewId, const QString &assigneeId);
    int linkDuplicate(const QString &masterTrackingNumber);
    int addNote(const QString &text);
    int rate(int score, const QString &comment);

    /// Shows the requests @p filter selects (from a click on the dashboard).
    void showFiltered(const QueueFilter &filter);
    /// Selects @p requestId (from a click on the map): in the list if it is there, else its detail alone, and
    /// the actions apply to it.
    void showRequest(const QString &requestId);
    /// Reads the queue again (keeping the selection); called when something changed.
    void refresh();
    /// Shows or hides a column (the last one shown stays); the chooser is the header's context menu.
    void showColumn(int column, bool shown);
    void chooseColumns(const QPoint &at);
    /// The columns chosen, their order and widths, for the settings.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void message(const QString &text);
    /// Alerts came for the signed-in user since the queue was first shown (AlertList::arrived).
    void alertsArrived(int count, const QString &newest);
    void requestsChanged();
    /// Enter or a double click on a request: its page.
    void openRequested(const QString &requestId);
    /// The request whose detail shows changed (a selection in the list).
    void currentRequestChanged(const QString &requestId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpTable();
    void setUpActions();
    void applyFilters();
    void showDetail();
    void report(int done, int total, const QStringList &problems);
    void openWorkList(const QStringList &ids);

    DeskSession &m_desk;
    WorkQueueModel *m_model;
    QTableView *m_view;
    QueueFilterBar *m_filters;
    RequestActions *m_actions = nullptr;
    RequestDetailView *m_detail;
    AlertList *m_alerts;
    QLabel *m_status;
    QString m_focusId; ///< a request shown from outside the list
    bool m_stale = false; ///< the data changed while the queue was hidden
};

} // namespace CivicDesk
