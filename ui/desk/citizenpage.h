// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/citizenprofile.h"

#include <QHash>
#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace CivicDesk {

class DeskSession;
class RequestHistoryView;

/// A citizen's 360° page: who they are and how to reach them, their requests with status and deadline,
/// the timeline of calls, requests, messages and ratings, charts of their satisfaction and of their
/// contacts per channel, and their reputation as a reporter.
class CitizenPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenPage)

public:
    explicit CitizenPage(DeskSession &desk, QWidget *parent = nullptr);

    /// Loads and shows @p citizenId; false (and a message on the page) if it cannot be read.
    bool show(const QString &citizenId);
    /// Shows a profile already loaded (the screen pop loads before it paints).
    void show(const CitizenProfile &profile);
    const CitizenProfile &profile() const { return m_profile; }

    QTableWidget *requestsTable() const { return m_requests; }
    QListWidget *timelineList() const { return m_timeline; }
    QLabel *nameLabel() const { return m_name; }
    QChartView *satisfactionChart() const { return m_satisfactionView; }
    QChartView *channelChart() const { return m_channelView; }
    QPushButton *olderButton() const { return m_older; }
    QLabel *olderState() const { return m_olderState; }

    /// A partial replica of @p months: the citizen's older requests can be fetched from the server.
    void setServerHistory(int months);
    /// The history of the selected request.
    RequestHistoryView *historyList() const { return m_history; }
    /// The older requests are being fetched (the button waits).
    void showOlderLooking();
    /// What fetching the older requests gave: their ids (none: the server has none), or why it could not.
    void showOlderFetched(const QStringList &ids, const QString &error, bool offline);

Q_SIGNALS:
    /// The citizen's older requests, which this partial replica does not hold, are wanted from the server.
    void olderRequestsWanted(const QString &citizenId);
    void newRequestRequested();
    void editRequested();
    void mergeRequested();
    void requestOpened(const QString &requestId);

private:
    void fillCharts();
    /// The history of the request on @p row of the list, below it.
    void showHistoryOf(int row);

    DeskSession &m_desk;
    CitizenProfile m_profile;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_reputation;
    QTableWidget *m_requests;
    QListWidget *m_timeline;
    QLabel *m_historyTitle;
    RequestHistoryView *m_history;
    QHash<QString, QString> m_names; ///< users and departments by id, for the history; read when first needed
    QChartView *m_satisfactionView;
    QChartView *m_channelView;
    QPushButton *m_newRequest;
    QPushButton *m_edit;
    QPushButton *m_merge;
    QPushButton *m_older;
    QLabel *m_olderState;
    int m_scopeMonths = 0;
};

} // namespace CivicDesk
