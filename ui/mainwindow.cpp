// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "core/text/datetext.h"
#include "core/session/syncagent.h"
#include "core/sync/desksync.h"
#include "ui/widgets/requesthistoryview.h"
#include "ui/widgets/syncstatus.h"

#include "ui/desk/callpanel.h"
#include "ui/desk/mailpanel.h"

#include <QTreeWidget>
#include "core/session/desksession.h"
#include "ui/desk/shortcutsdialog.h"
#include "ui/desk/settingsdialog.h"
#include "ui/desk/templatesdialog.h"

#include <QSystemTrayIcon>
#include "ui/desk/campaigndialog.h"
#include "core/commands/command.h"
#include "ui/desk/userguidedialog.h"
#include "ui/dashboard/dashboardpanel.h"
#include "ui/map/mappanel.h"
#include "ui/queue/queuepanel.h"
#include "ui/request/requestpage.h"
#include "ui/reports/reportdialog.h"
#include "ui/desk/citizenpage.h"
#include "ui/lookup/searchpanel.h"
#include "ui/queue/requestlistmodel.h"
#include "ui/itemroles.h"
#include "core/settings/appsettings.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QDateTime>
#include <QFileInfo>
#include <QUrl>
#include <QFontMetrics>
#include <QGroupBox>
#include <QInputDialog>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace CivicDesk {

MainWindow::MainWindow(DeskSession &desk, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_db(desk.db())
    , m_settings(settings)
    , m_desk(desk)
    , m_tabs(new QTabWidget(this))
    , m_callPanel(new CallPanel(m_desk, this))
    , m_mailPanel(new MailPanel(m_desk, this))
    , m_queuePanel(new QueuePanel(m_desk, this))
    , m_mapPanel(new MapPanel(m_desk, this))
    , m_userLabel(new QLabel(this))
    , m_search(new SearchPanel(desk.search(), this))
    , m_requests(new QTableView(this))
    , m_requestModel(new RequestListModel(desk.db(), desk.uiLanguage(), this))
    , m_databaseLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    const std::optional<Tenant> tenant = OrganisationRepository(m_db).tenant();
    setWindowTitle(tenant ? tr("%1 — CivicDesk").arg(tenant->name) : tr("CivicDesk"));
    if (!m_desk.writable()) // said in the title: a file that can only be read
        setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
    setObjectName(QStringLiteral("MainWindow"));

    m_requests->setModel(m_requestModel);
    m_requests->setAccessibleName(tr("Requests"));
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setAlternatingRowColors(true);
    m_requests->verticalHeader()->hide();
    m_requests->horizontalHeader()->setStretchLastSection(true);
    m_requests->horizontalHeader()->setObjectName(QStringLiteral("requestListHeader"));
    // Widths from the font, not from the contents: measuring contents would read rows the view has not fetched.
    const QFontMetrics fm = m_requests->fontMetrics();
    QHeaderView *header = m_requests->horizontalHeader();
    auto fit = [&](int column, const QString &sample) {
        const int title = fm.horizontalAdvance(m_requestModel->headerData(column, Qt::Horizontal).toString());
        header->resizeSection(column, std::max(fm.horizontalAdvance(sample), title) + 24);
    };
    fit(RequestListModel::TrackingColumn, QStringLiteral("26-D0-000000"));
    fit(RequestListModel::CreatedColumn, DateText::dateTime(QDateTime(QDate(2026, 12, 28), QTime(22, 58)).toMSecsSinceEpoch()));
    header->resizeSection(RequestListModel::TypeColumn, fm.averageCharWidth() * 34);
    header->resizeSection(RequestListModel::StatusColumn, fm.averageCharWidth() * 14);
    header->resizeSection(RequestListModel::PriorityColumn, fm.averageCharWidth() * 15);
    header->resizeSection(RequestListModel::DistrictColumn, fm.averageCharWidth() * 20);

    auto *searchBox = new QGroupBox(tr("&Find a caller or a request"), this);
    auto *searchLayout = new QVBoxLayout(searchBox);
    searchLayout->addWidget(m_search);
    auto *listBox = new QGroupBox(tr("Latest requests"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_requests);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(searchBox);
    splitter->addWidget(listBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_tabs->addTab(m_callPanel, tr("&Call"));
    m_tabs->addTab(m_queuePanel, tr("&Work queue"));
    // New alerts for this user: said in the status bar, the window flagged, and a tray notification where the
    // desktop has a tray (the desk may be behind another program).
    connect(m_queuePanel, &QueuePanel::alertsArrived, this, [this](int count, const QString &newest) {
        statusBar()->showMessage(tr("%n new alert(s): %1", nullptr, count).arg(newest), 15000);
        QApplication::alert(this);
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            return;
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
            m_tray->setToolTip(QStringLiteral("CivicDesk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
                m_tabs->setCurrentWidget(m_queuePanel);
            });
            m_tray->show();
        }
        m_tray->showMessage(tr("CivicDesk: %n new alert(s)", nullptr, count), newest, QSystemTrayIcon::Warning, 10000);
    });
    m_tabs->addTab(splitter, tr("&Find and requests"));
    m_tabs->addTab(m_mapPanel, tr("&Map"));
    // Supervisors, management and department heads watch the figures.
    const Role role = m_desk.user().role;
    if (role == Role::Supervisor || role == Role::Administrator || role == Role::DepartmentHead) {
        m_dashboard = new DashboardPanel(m_desk, this);
        m_tabs->addTab(m_dashboard, tr("&Dashboard"));
        connect(m_dashboard, &DashboardPanel::openQueue, this, [this](const QueueFilter &filter) {
            m_tabs->setCurrentWidget(m_queuePanel);
            m_queuePanel->showFiltered(filter);
        });
    }
    // The citizens' e-mails waiting at the dispatch desk, for those who take requests in.
    m_tabs->addTab(m_mailPanel, QString());
    const auto mailTitle = [this](int waiting) {
        m_tabs->setTabText(m_tabs->indexOf(m_mailPanel), waiting > 0 ? tr("&E-mail (%1)").arg(waiting) : tr("&E-mail"));
    };
    mailTitle(m_mailPanel->waitingCount());
    connect(m_mailPanel, &MailPanel::countChanged, this, mailTitle);
    connect(m_mailPanel, &MailPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_mailPanel, &MailPanel::fileWanted, this, [this](const IntakeDraft &draft, const QString &language) {
        if (m_callPanel->fileFromMail(draft, language))
            m_tabs->setCurrentWidget(m_callPanel);
    });
    connect(&m_desk.changes(), &ChangeMonitor::changed, m_mailPanel, &MailPanel::refresh);
    connect(m_callPanel, &CallPanel::requestsChanged, m_mailPanel, &MailPanel::refresh);
    m_tabs->setDocumentMode(true);
    // Request pages open as tabs after these and can be closed; the desk's own tabs cannot.
    m_tabs->setTabsClosable(true);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *page = qobject_cast<RequestPage *>(m_tabs->widget(index)))
            Q_EMIT page->closeRequested();
    });
    setCentralWidget(m_tabs);

    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::showHit);
    // Map and queue in step: a marker clicked selects its request in the queue, a request chosen in the queue is
    // centred on the map; Enter on either opens the request's page.
    connect(m_mapPanel, &MapPanel::requestSelected, m_queuePanel, &QueuePanel::showRequest);
    connect(m_mapPanel, &MapPanel::openRequested, this, [this](const QString &id) { openRequest(id); });
    connect(m_queuePanel, &QueuePanel::openRequested, this, [this](const QString &id) { openRequest(id); });
    connect(m_callPanel, &CallPanel::requestPageWanted, this, &MainWindow::openRequest);
    connect(m_requests, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(IdRole).toString();
        if (!id.isEmpty())
            openRequest(id);
    });
    connect(m_queuePanel, &QueuePanel::currentRequestChanged, m_mapPanel, &MapPanel::focusRequest);
    connect(m_mapPanel, &MapPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_callPanel, &CallPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_callPanel, &CallPanel::requestsChanged, this, &MainWindow::refresh);
    connect(m_callPanel, &CallPanel::requestsChanged, m_queuePanel, &QueuePanel::refresh);
    connect(m_queuePanel, &QueuePanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_queuePanel, &QueuePanel::requestsChanged, this, &MainWindow::refresh);
    connect(m_callPanel, &CallPanel::attentionNeeded, this, [this] {
        m_tabs->setCurrentWidget(m_callPanel);
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
    });
    createActions();
    createStatusBar();
    readSettings();
    // Operators start at the search, departments at their queue; an unfinished call comes back first.
    m_tabs->setCurrentIndex(m_desk.user().role == Role::Operator ? 2 : 1);
    // After the window is shown, so that the status bar message reads cleanly.
    QMetaObject::invokeMethod(this, [this] {
        if (m_callPanel->restoreDraft())
            m_tabs->setCurrentWidget(m_callPanel);
    }, Qt::QueuedConnection);
    m_search->searchBox()->setFocus();
}

MainWindow::~MainWindow()
{
    // The call panel keeps its draft on the way out: it goes while the desk's services still exist.
    delete m_tabs;
}

void MainWindow::incomingCall(const QString &number)
{
    m_callPanel->incomingCall(number);
}

void MainWindow::newCall()
{
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("New call"), tr("Caller's number (leave empty for a walk-in or a withheld number):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        incomingCall(number.trimmed());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_desk, m_settings, this);
    dialog.exec();
    const SettingsDialog::Changes changes = dialog.changes();
    if (changes & SettingsDialog::Change::ConnectToServer)
        Q_EMIT connectToServerRequested(dialog.serverToJoin());
    else if (changes & (SettingsDialog::Change::Language | SettingsDialog::Change::BaseMap | SettingsDialog::Change::ServerMoved))
        Q_EMIT rebuildRequested(); // the window again, in the new language, with the new map, syncing with the new address
}

void MainWindow::showKeyboardShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *open = file->addAction(tr("&Open database…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a CivicDesk database"), QFileInfo(m_db.path()).absolutePath(),
                                                          tr("CivicDesk databases (*.civicdesk *.db *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            Q_EMIT openDatabaseRequested(path);
    });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &demo municipality"), this, [this] { Q_EMIT openDatabaseRequested(QString()); });
    file->addSeparator();
    QAction *reports = file->addAction(tr("&Reports…"), this, [this] {
        ReportDialog dialog(m_desk, this);
        dialog.setServer(m_syncAgent);
        dialog.exec();
    });
    reports->setShortcut(QKeySequence::Print);
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QAction *templates = file->addAction(tr("&Messages to citizens…"), this, [this] {
        TemplatesDialog dialog(m_desk, this);
        dialog.exec();
    });
    templates->setObjectName(QStringLiteral("actionTemplates"));
    QAction *campaign = file->addAction(tr("&Targeted message…"), this, [this] {
        CampaignDialog dialog(m_desk, this);
        dialog.exec();
    });
    campaign->setObjectName(QStringLiteral("actionCampaign"));
    campaign->setVisible(m_desk.user().role == Role::Supervisor || m_desk.user().role == Role::Administrator);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *call = menuBar()->addMenu(tr("C&all"));
    QAction *newCallAction = call->addAction(tr("&New call…"), this, &MainWindow::newCall);
    newCallAction->setShortcut(QKeySequence(Qt::Key_F2));
    call->addSeparator();
    call->addActions(m_callPanel->actions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showCall = view->addAction(tr("The &call"), this, [this] { m_tabs->setCurrentWidget(m_callPanel); });
    showCall->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *showQueue = view->addAction(tr("The work &queue"), this, [this] {
        m_tabs->setCurrentWidget(m_queuePanel);
        m_queuePanel->view()->setFocus();
    });
    showQueue->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *showMail = view->addAction(tr("The citizens' &e-mails"), this, [this] {
        m_tabs->setCurrentWidget(m_mailPanel);
        m_mailPanel->list()->setFocus();
    });
    showMail->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));

    QMenu *queue = menuBar()->addMenu(tr("&Queue"));
    queue->addActions(m_queuePanel->actions());
    queue->addSeparator();
    if (EscalationRunner *ladder = m_desk.escalationRunner())
        queue->addAction(tr("Run the escalation ladder now"), ladder, &EscalationRunner::runNow);
    QAction *find = view->addAction(tr("&Search"), this, [this] {
        m_tabs->setCurrentIndex(2);
        m_search->searchBox()->setFocus();
        m_search->searchBox()->selectAll();
    });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    QAction *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *guide = help->addAction(tr("&User guide"), this, [this] {
        UserGuideDialog dialog(m_desk.uiLanguage(), this);
        dialog.exec();
    });
    guide->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    help->addAction(tr("&About CivicDesk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    if (!m_desk.writable()) {
        // Nothing here can change the file: no calls are taken, no request or citizen is edited. The queue's
        // actions were not made (RequestActions asks DeskSession::mayRun); the session refuses any command too.
        newCallAction->setEnabled(false);
        for (QAction *a : m_callPanel->actions())
            a->setEnabled(false);
        m_callPanel->setEnabled(false);
        m_callPanel->setToolTip(tr("This file is open read-only: no call can be recorded in it."));
    }
}

void MainWindow::showSync(SyncAgent &agent)
{
    if (!m_desk.sync() || m_syncStatus)
        return;
    m_syncStatus = new SyncStatus(*m_desk.sync(), this);
    m_syncAgent = &agent;
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncStatus->setState(agent.state());
    connect(&agent, &SyncAgent::stateChanged, m_syncStatus, &SyncStatus::setState);
    connect(m_syncStatus, &SyncStatus::signInRequested, this, &MainWindow::signInAgainRequested);
    connect(m_syncStatus, &SyncStatus::restartRequested, this, &MainWindow::restartFromServerRequested);
    // Pulled rows change the file: the lists follow, as for another desk's writes.
    connect(&agent, &SyncAgent::stateChanged, this, [this] { m_desk.changes().check(); });
    QAction *signOut = new QAction(tr("Sign &out"), this);
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_fileMenu->insertAction(m_fileMenu->actions().value(m_fileMenu->actions().size() - 1), signOut);
    m_databaseLabel->setText(tr("%1 at %2").arg(m_desk.sync()->settings().tenant, QUrl(m_desk.sync()->settings().server).host()));

    // A partial replica: what it does not hold is fetched from the server when asked for, then kept.
    const int months = m_desk.sync()->settings().scopeMonths;
    if (months <= 0)
        return;
    m_search->setServerLookup(true);
    CitizenPage *citizen = m_callPanel->citizenPage();
    citizen->setServerHistory(months);
    // A closed request's history, fetched when a view shows the request.
    m_historySource = new HistorySource(m_desk, agent, this);
    m_queuePanel->historyList()->setSource(m_historySource);
    citizen->historyList()->setSource(m_historySource);
    for (RequestPage *open : requestPages())
        open->history()->setSource(m_historySource);
    connect(citizen, &CitizenPage::olderRequestsWanted, this, [this, &agent, citizen](const QString &citizenId) {
        if (!agent.fetch({}, {}, citizenId))
            return;
        m_fetchingCitizen = citizenId;
        citizen->showOlderLooking();
    });
    connect(m_search, &SearchPanel::serverLookupWanted, this, [this, &agent](const QString &tracking) {
        if (!agent.fetch({}, tracking, {}))
            return;
        m_fetchingTracking = tracking;
        m_search->setServerLookupState(tr("Looking for %1 on the server…").arg(tracking), true);
    });
    connect(&agent, &SyncAgent::fetched, this, [this, months, citizen](const QStringList &ids, const QString &error, bool offline) {
        if (m_fetchingCitizen.isEmpty() && m_fetchingTracking.isEmpty())
            return; // a history (HistorySource)
        if (!std::exchange(m_fetchingCitizen, QString()).isEmpty()) {
            citizen->showOlderFetched(ids, error, offline);
            m_desk.changes().check();
            return;
        }
        const QString tracking = std::exchange(m_fetchingTracking, QString());
        if (!error.isEmpty()) {
            m_search->setServerLookupState(offline ? tr("The server cannot be reached, and %1 is not on this desk: it holds the open requests, its "
                                                        "department's and those changed in the last %2 months. Try again when the desk is online.")
                                                         .arg(tracking)
                                                         .arg(months)
                                                   : tr("The server could not look for %1: %2").arg(tracking, error),
                                           false);
            return;
        }
        if (ids.isEmpty()) {
            m_search->setServerLookupState(tr("The server has no request %1 either.").arg(tracking), false);
            return;
        }
        m_search->setServerLookupState(tr("%1 fetched from the server; this desk keeps it from now on.").arg(tracking), false);
        m_desk.changes().check();
        openRequest(ids.first());
    });
}

void MainWindow::createStatusBar()
{
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(m_db.path()).fileName()));
    m_databaseLabel->setToolTip(m_db.path());
    if (!m_desk.writable()) {
        const QString why = m_db.readOnlyReason();
        m_databaseLabel->setText(tr("Database: %1 — read-only, nothing can be changed").arg(QFileInfo(m_db.path()).fileName()));
        m_databaseLabel->setToolTip(why.isEmpty() ? m_db.path() : tr("%1: %2").arg(m_db.path(), why));
        m_databaseLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }"));
        m_databaseLabel->setObjectName(QStringLiteral("readOnlyNotice"));
    }
    statusBar()->addWidget(m_databaseLabel);
    m_userLabel->setText(tr("Working as %1 (%2)").arg(m_desk.user().displayName, displayName(m_desk.user().role)));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    refresh();
    // Another desk's work (through the server, or another connection) moves the counts; the list itself is
    // read again when asked (F5) or after this desk's own changes, so that it does not jump under the reader.
    connect(&m_desk.changes(), &ChangeMonitor::changed, this, &MainWindow::updateCounts);
}

void MainWindow::refresh()
{
    m_requestModel->reload();
    updateCounts();
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    m_countsLabel->setText(tr("%1 citizens · %2 requests")
                               .arg(locale.toString(CitizenRepository(m_db).count()), locale.toString(m_db.countedRows("service_request"))));
}

void MainWindow::showHit(const QString &kind, const QString &id, const QString &title)
{
    if (kind == QLatin1String("citizen")) {
        m_tabs->setCurrentWidget(m_callPanel);
        m_callPanel->openCitizen(id);
        return;
    }
    if (kind == QLatin1String("request")) {
        openRequest(id);
        return;
    }
    statusBar()->showMessage(title, 5000);
}

RequestPage *MainWindow::openRequest(const QString &requestId, const QString &callerLanguage)
{
    for (RequestPage *open : requestPages()) {
        if (open->requestId() == requestId) {
            m_tabs->setCurrentWidget(open);
            open->setFocus();
            return open;
        }
    }
    auto *page = new RequestPage(m_desk, requestId, callerLanguage, m_tabs);
    page->history()->setSource(m_historySource);
    const int index = m_tabs->addTab(page, page->sheet().request.trackingNumber.isEmpty() ? tr("Request") : page->sheet().request.trackingNumber);
    m_tabs->setTabToolTip(index, page->sheet().typeName);
    connect(page, &RequestPage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(page, &RequestPage::requestsChanged, this, &MainWindow::refresh);
    connect(page, &RequestPage::requestsChanged, m_queuePanel, &QueuePanel::refresh);
    connect(page, &RequestPage::requestOpened, this, [this](const QString &id) { openRequest(id); });
    connect(page, &RequestPage::citizenOpened, this, [this](const QString &id) {
        m_tabs->setCurrentWidget(m_callPanel);
        m_callPanel->openCitizen(id);
    });
    // Closed, the page gives the desk back where it was opened from (the search, the queue, the map...).
    QPointer<QWidget> from = m_tabs->currentWidget();
    QPointer<QWidget> focus = QApplication::focusWidget();
    connect(page, &RequestPage::closeRequested, this, [this, page, from, focus] {
        m_tabs->removeTab(m_tabs->indexOf(page));
        page->deleteLater();
        if (from && !qobject_cast<RequestPage *>(from.data()))
            m_tabs->setCurrentWidget(from);
        if (focus && focus->isVisible())
            focus->setFocus();
    });
    m_tabs->setCurrentWidget(page);
    page->setFocus();
    return page;
}

QList<RequestPage *> MainWindow::requestPages() const
{
    QList<RequestPage *> pages;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<RequestPage *>(m_tabs->widget(i)))
            pages.append(page);
    }
    return pages;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CivicDesk"),
                       tr("<h3>CivicDesk %1</h3><p>The citizen request desk of a municipality: calls, requests, "
                          "departments and reports.</p>")
                           .arg(QStringLiteral(CIVICDESK_VERSION)));
}

void MainWindow::readSettings()
{
    const QByteArray geometry = AppSettings::windowGeometry.get(m_settings);
    if (geometry.isEmpty())
        resize(1200, 800);
    else
        restoreGeometry(geometry);
    restoreState(AppSettings::windowState.get(m_settings));
    m_requests->horizontalHeader()->restoreState(AppSettings::requestListHeader.get(m_settings));
    m_queuePanel->restoreHeaderState(AppSettings::queueHeader.get(m_settings));
}

void MainWindow::writeSettings()
{
    AppSettings::windowGeometry.set(m_settings, saveGeometry());
    AppSettings::windowState.set(m_settings, saveState());
    AppSettings::requestListHeader.set(m_settings, m_requests->horizontalHeader()->saveState());
    AppSettings::queueHeader.set(m_settings, m_queuePanel->headerState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace CivicDesk
