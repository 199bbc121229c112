// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/desksync.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSettings;
class QSystemTrayIcon;
class QTableView;

namespace CivicDesk {

class CallPanel;
class MailPanel;
class DashboardPanel;
class MapPanel;
class QueuePanel;
class Database;
class DeskSession;
class RequestListModel;
class SearchPanel;
class SearchService;

/// The desk's main window: it assembles the search panel and the request list; features live in their widgets.
class SyncAgent;
class HistorySource;
class SyncStatus;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The window of the desk session @p desk (built by the composition root, which keeps it longer than the window).
    MainWindow(DeskSession &desk, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchPanel *searchPanel() const { return m_search; }
    QTableView *requestView() const { return m_requests; }
    RequestListModel *requestModel() const { return m_requestModel; }
    CallPanel *callPanel() const { return m_callPanel; }
    MailPanel *mailPanel() const { return m_mailPanel; }
    QueuePanel *queuePanel() const { return m_queuePanel; }
    DashboardPanel *dashboardPanel() const { return m_dashboard; }
    MapPanel *mapPanel() const { return m_mapPanel; }
    DeskSession &desk() const { return m_desk; }

    /// A call handed over by the telephone system: the window comes forward with it.
    void incomingCall(const QString &number);
    /// Asks for a number (or none, for a walk-in) and takes the call.
    void newCall();
    void showKeyboardShortcuts();
    /// The settings dialog (File → Settings…, Ctrl+,).
    void showSettings();
    /// The page of @p requestId in its own tab (brought forward if open); @p callerLanguage answers a caller in
    /// their language (empty: the reporter's).
    class RequestPage *openRequest(const QString &requestId, const QString &callerLanguage = {});
    /// The request pages open now.
    QList<class RequestPage *> requestPages() const;
    class QTabWidget *tabs() const { return m_tabs; }
    /// A desk that works with a server: its state in the status bar (refused changes a click away) and
    /// "Sign out" in the File menu.
    void showSync(SyncAgent &agent);
    SyncStatus *syncStatus() const { return m_syncStatus; }

Q_SIGNALS:
    /// The user chose another database file, or the demo municipality (empty path).
    void openDatabaseRequested(const QString &path);
    /// The server asks for the password again.
    void signInAgainRequested();
    /// The user signs out (another may sign in at this desk).
    void signOutRequested();
    /// The server's data was replaced: start again from its new copy (the desk's waiting changes carried).
    void restartFromServerRequested();
    /// The settings changed what the window is built from (its language, the base map, the server's address):
    /// it is built again.
    void rebuildRequested();
    /// A desk alone asked to work with the server @p server (address, municipality, login).
    void connectToServerRequested(const CivicDesk::DeskSync::Settings &server);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QSystemTrayIcon *m_tray = nullptr; ///< made when the first alert arrives, where the desktop has a tray
    void createActions();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    void refresh();
    void updateCounts();
    void showAbout();
    void showHit(const QString &kind, const QString &id, const QString &title);

    Database &m_db;
    QSettings &m_settings;
    DeskSession &m_desk;
    class QTabWidget *m_tabs;
    QString m_fetchingTracking; ///< the tracking number being looked for on the server
    HistorySource *m_historySource = nullptr; ///< a partial replica's: the histories it does not hold
    SyncAgent *m_syncAgent = nullptr; ///< a synced desk's agent (the server's reports for a partial replica)
    QString m_fetchingCitizen;  ///< the citizen whose older requests are being fetched
    CallPanel *m_callPanel;
    MailPanel *m_mailPanel;
    QueuePanel *m_queuePanel;
    DashboardPanel *m_dashboard = nullptr;
    MapPanel *m_mapPanel;
    QLabel *m_userLabel;
    SearchPanel *m_search;
    QTableView *m_requests;
    RequestListModel *m_requestModel;
    QLabel *m_databaseLabel;
    QLabel *m_countsLabel;
    SyncStatus *m_syncStatus = nullptr;
    class QMenu *m_fileMenu = nullptr;
};

} // namespace CivicDesk
