// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskapplication.h"
#include "core/text/datetext.h"
#include "core/text/desktranslations.h"
#include "ui/request/requestpage.h"

#include "ui/desk/callrouter.h"
#include "mainwindow.h"
#include "core/storage/searchindexer.h"
#include "core/search/searchservice.h"
#include "core/session/desksession.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "ui/widgets/demoprogress.h"
#include "ui/widgets/userchooser.h"
#include "ui/widgets/signindialog.h"
#include "core/commands/commandrunner.h"
#include "core/sync/curltransport.h"
#include "core/sync/protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QPushButton>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStandardPaths>
#include <QUrl>

namespace CivicDesk {

DeskApplication::DeskApplication(QSettings &settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(std::move(clock))
{
}

DeskApplication::~DeskApplication()
{
    closeDatabase();
}

void DeskApplication::closeDatabase()
{
    // The sync agent, the window, the session and the search service use the database: they go first, in that order.
    m_messages.reset();
    m_mailbox.reset();
    m_agent.reset();
    m_window.reset();
    m_session.reset();
    m_search.reset();
    m_db.reset();
}

bool DeskApplication::open(const QString &requestedPath, const QString &demoCountry, QString *whyNot)
{
    // Why it could not open: said in a dialog, or given to the caller who offers what to do next.
    const auto refuse = [&](const QString &text) {
        if (whyNot)
            *whyNot = text;
        else
            QMessageBox::critical(m_window.get(), tr("CivicDesk"), text);
        return false;
    };
    QString path = requestedPath;
    if (!path.isEmpty() && !QFileInfo::exists(path)) {
        // A mistyped path is never made into a new, empty municipality.
        return refuse(tr("There is no CivicDesk database at %1.\n\nNothing was created there. Check the name and the folder, "
                         "or open another file.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    }
    if (path.isEmpty()) {
        path = demoDatabasePath(demoCountry);
        if (!QFileInfo::exists(path)) {
            DemoOptions options;
            options.country = demoCountry;
            options.citizens = 5000;
            options.requests = 20000;
            options.until = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
            Status s = createDemoWithProgress(m_window.get(), path, options);
            if (!s)
                return refuse(tr("The demo municipality could not be created.\n\n%1").arg(s.error().message));
        }
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        if (db.error().code == QLatin1String("db.open") || db.error().message.contains(QLatin1String("unable to open database file"))) {
            // The driver's words ("unable to open database file") say nothing an operator can act on.
            return refuse(tr("CivicDesk could not open %1.\n\nThe database writes its journal in the same folder (%2): you may not "
                             "be allowed to write there, or the disk may be full or gone. Copy the file to a folder of yours, "
                             "or ask your administrator.\n\n(%3)")
                              .arg(QDir::toNativeSeparators(path), folder, db.error().message));
        }
        return refuse(tr("The database could not be opened.\n\n%1").arg(db.error().message));
    }
    // Who works at this desk: the user signed in (a synced desk), else --user, else the choice of the user at
    // start (the last one preselected).
    QString userId;
    const bool synced = DeskSync::isSynced(*db.value());
    const QList<User> users = synced ? QList<User>{} : OrganisationRepository(*db.value()).users();
    for (const User &u : users)
        if (u.active && (u.username == m_userName || (m_userName.isEmpty() && u.id == AppSettings::lastUser.get(m_settings))))
            userId = u.id;
    if (m_userName.isEmpty() && m_askForUser && !users.isEmpty()) {
        UserChooser chooser(*db.value(), QLocale().name().left(2), userId);
        if (chooser.exec() != QDialog::Accepted) {
            // No one chose who works here: nothing opens (and at start the program ends).
            if (whyNot)
                whyNot->clear();
            return false;
        }
        userId = chooser.chosenId();
    }
    if (!userId.isEmpty())
        AppSettings::lastUser.set(m_settings, userId);
    auto search = std::make_unique<SearchService>(*db.value(), tenantRegion(*db.value()));
    DeskSession::Options options;
    options.runLadder = !db.value()->isReadOnly(); // a desk alone runs the escalation ladder itself (on a file it may write)
    auto session = std::make_unique<DeskSession>(*db.value(), *search, QLocale().name().left(2), m_clock, userId, options);
    // Dates and times as the municipality lives them: its zone, its country's order and clock.
    DateText::setMunicipality(session->tenant().country, session->tenant().timeZone);
    auto window = std::make_unique<MainWindow>(*session, m_settings);
    connect(window.get(), &MainWindow::openDatabaseRequested, this, [this, demoCountry](const QString &next) {
        // Switch after the signal has returned: the window that sent it is replaced.
        QMetaObject::invokeMethod(this, [this, next, demoCountry] { open(next, demoCountry); }, Qt::QueuedConnection);
    });
    if (m_window)
        m_window->close();
    m_messages.reset();
    m_mailbox.reset();
    m_agent.reset(); // the old agent and window before the old session
    m_window.reset();
    m_window = std::move(window);
    m_session = std::move(session);
    m_search = std::move(search);
    m_db = std::move(db).value();
    AppSettings::lastDatabase.set(m_settings, requestedPath);
    m_openedPath = requestedPath;
    m_demoCountry = demoCountry;
    connect(m_window.get(), &MainWindow::rebuildRequested, this, [this] {
        // After the signal has returned: the window that sent it is replaced.
        QMetaObject::invokeMethod(this, &DeskApplication::rebuild, Qt::QueuedConnection);
    });
    connect(m_window.get(), &MainWindow::connectToServerRequested, this, [this](const DeskSync::Settings &known) {
        QMetaObject::invokeMethod(this, [this, known] { openServer(known, serverDeskPath(known)); }, Qt::QueuedConnection);
    });
    if (DeskSync *sync = m_session->sync()) {
        m_agent = std::make_unique<SyncAgent>(m_db->path());
        SyncAgent *agent = m_agent.get();
        m_session->onSaved = [agent] { agent->nudge(); };
        m_window->showSync(*agent);
        connect(m_window.get(), &MainWindow::signInAgainRequested, this, &DeskApplication::signInAgain);
        connect(m_window.get(), &MainWindow::signOutRequested, this, &DeskApplication::signOut);
        connect(m_window.get(), &MainWindow::restartFromServerRequested, this, &DeskApplication::restartFromServer);
        (void)sync;
        m_agent->start();
    } else if (!m_db->isReadOnly()) {
        // A desk alone sends its citizens' e-mails itself, once the file has mail settings (File → Settings).
        m_messages = std::make_unique<MessageRunner>(m_db->path(), m_clock);
        MessageRunner *messages = m_messages.get();
        m_session->onSaved = [messages] { messages->nudge(); };
        connect(messages, &MessageRunner::roundDone, m_window.get(), [window = m_window.get()](int sent, int retried, int failed, const QString &problem) {
            QString text = tr("Messages to citizens: %1 sent").arg(sent);
            if (retried > 0)
                text += QStringLiteral(" · ") + tr("%1 to try again").arg(retried);
            if (failed > 0)
                text += QStringLiteral(" · ") + tr("%1 failed").arg(failed);
            if (!problem.isEmpty())
                text += QStringLiteral(" (") + problem + QLatin1Char(')');
            window->statusBar()->showMessage(text, 15000);
        });
        m_messages->start();
        // And reads its citizens' mailbox, once the file has mailbox settings (civicdesk-admin mailbox-settings).
        m_mailbox = std::make_unique<MailboxRunner>(m_db->path(), m_clock);
        connect(m_mailbox.get(), &MailboxRunner::roundDone, m_window.get(), [window = m_window.get()](int waiting, int notes, int, const QString &problem) {
            QStringList parts;
            if (waiting > 0)
                parts.append(tr("%n e-mail(s) from citizens waiting", nullptr, waiting));
            if (notes > 0)
                parts.append(tr("%n reply(ies) added to their requests", nullptr, notes));
            if (!problem.isEmpty())
                parts.append(tr("The citizens' mailbox: %1").arg(problem));
            if (!parts.isEmpty())
                window->statusBar()->showMessage(parts.join(QStringLiteral(" · ")), 15000);
        });
        m_mailbox->start();
    }
    m_window->show();
    for (const QString &number : std::exchange(m_pendingCalls, {}))
        m_window->incomingCall(number);
    return true;
}

QString DeskApplication::serverDeskPath(const DeskSync::Settings &known)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/desks/%1-%2.civicdesk").arg(known.tenant.isEmpty() ? QStringLiteral("desk") : known.tenant, QUrl(known.server).host());
}

bool DeskApplication::rebuild()
{
    if (!m_session || !m_window)
        return false;
    installDeskTranslations(*QCoreApplication::instance(), AppSettings::language.get(m_settings));
    QStringList pages;
    for (RequestPage *page : m_window->requestPages())
        pages.append(page->requestId());
    // The same user, without asking again.
    const QString before = std::exchange(m_userName, m_session->user().username);
    const bool ok = open(m_openedPath, m_demoCountry);
    m_userName = before;
    if (ok)
        for (const QString &id : std::as_const(pages))
            m_window->openRequest(id);
    return ok;
}

bool DeskApplication::start(const QString &path, const QString &demoCountry)
{
    QString next = path;
    for (;;) {
        QString why;
        if (open(next, demoCountry, &why))
            return true;
        if (why.isEmpty())
            return false; // the user cancelled (who works here was not chosen)
        // Refused: the user chooses what to open instead, rather than the program ending.
        QMessageBox box(QMessageBox::Warning, tr("CivicDesk"), why);
        box.setObjectName(QStringLiteral("openRefused"));
        QPushButton *other = box.addButton(tr("Open another file…"), QMessageBox::AcceptRole);
        QPushButton *demo = box.addButton(tr("Open the demo municipality"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(other);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == demo) {
            next.clear();
        } else if (box.clickedButton() == other) {
            const QString folder = QFileInfo(next).absolutePath();
            const QString chosen = chooseFile ? chooseFile(folder)
                                              : QFileDialog::getOpenFileName(nullptr, tr("Open a CivicDesk database"), folder,
                                                                             tr("CivicDesk databases (*.civicdesk *.db *.sqlite);;All files (*)"));
            if (!chosen.isEmpty())
                next = chosen;
        } else {
            return false;
        }
    }
}

bool DeskApplication::openServer(const DeskSync::Settings &known, const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        SignInDialog dialog(known, SignInDialog::Mode::NewDesk, path);
        if (dialog.exec() != QDialog::Accepted) {
            QFile::remove(path);
            return false;
        }
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            QMessageBox::critical(nullptr, tr("CivicDesk"), tr("The municipality's data could not be opened.\n\n%1").arg(db.error().message));
            return false;
        }
        CommandRunner runner(*db.value());
        if (Status st = DeskSync(*db.value(), runner).adopt(dialog.settings()); !st) {
            QMessageBox::critical(nullptr, tr("CivicDesk"), st.error().message);
            return false;
        }
    }
    return open(path, QString());
}

void DeskApplication::signInAgain()
{
    DeskSync *sync = m_session ? m_session->sync() : nullptr;
    if (!sync || !m_agent)
        return;
    SignInDialog dialog(sync->settings(), SignInDialog::Mode::Renew, {}, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status st = sync->setToken(dialog.settings().token); !st) {
        QMessageBox::warning(m_window.get(), tr("CivicDesk"), st.error().message);
        return;
    }
    m_agent->setToken(dialog.settings().token);
}

void DeskApplication::signOut()
{
    DeskSync *sync = m_session ? m_session->sync() : nullptr;
    if (!sync)
        return;
    // Changes still on their way are this user's: they leave with this user signed in, never with another's.
    if (const int waiting = sync->waiting(); waiting > 0) {
        QMessageBox::information(m_window.get(), tr("Sign out"),
                                 tr("%n change(s) of yours have not reached the server yet. Stay signed in until they have "
                                    "(the status bar says \"all sent\"), so that they are sent in your name.",
                                    nullptr, waiting));
        return;
    }
    DeskSync::Settings settings = sync->settings();
    {
        CurlTransport net(settings.server);
        net.setTimeoutMs(3000);
        (void)net.post(QString::fromLatin1(SyncProtocol::LogoutPath), {}, settings.token); // ends the token at the server too
    }
    (void)sync->forgetToken();
    SignInDialog dialog(settings, SignInDialog::Mode::AnotherUser, {}, m_window.get());
    if (dialog.exec() != QDialog::Accepted) {
        m_window->close();
        return;
    }
    const DeskSync::Settings next = dialog.settings();
    settings.login = next.login;
    settings.userId = next.userId;
    settings.token = next.token;
    if (Status st = sync->adopt(settings); !st) {
        QMessageBox::warning(m_window.get(), tr("CivicDesk"), st.error().message);
        return;
    }
    // The desk again, as the one who signed in.
    const QString path = m_db->path();
    QMetaObject::invokeMethod(this, [this, path] { open(path, QString()); }, Qt::QueuedConnection);
}

void DeskApplication::restartFromServer()
{
    DeskSync *sync = m_session ? m_session->sync() : nullptr;
    if (!sync || !m_db)
        return;
    const int waiting = sync->waiting();
    const QString path = m_db->path();
    const DeskSync::Settings settings = sync->settings();
    if (QMessageBox::question(m_window.get(), tr("Start again from the server's data"),
                              waiting > 0 ? tr("The server's data was replaced (restored from a backup or loaded anew). This desk fetches the "
                                               "server's new copy and works on it; %n change(s) made here and not yet sent are carried over and "
                                               "sent, drafts are kept, and the present file is kept beside the new one.",
                                               nullptr, waiting)
                                          : tr("The server's data was replaced (restored from a backup or loaded anew). This desk fetches the "
                                               "server's new copy and works on it; no change of this desk is waiting, drafts are kept, and the "
                                               "present file is kept beside the new one."),
                              QMessageBox::Ok | QMessageBox::Cancel)
        != QMessageBox::Ok)
        return;
    QProgressDialog progress(tr("Fetching the server's data…"), QString(), 0, 0);
    progress.setWindowTitle(tr("CivicDesk"));
    progress.setMinimumDuration(0);
    progress.show();
    closeDatabase(); // everything that holds the file lets it go first
    std::atomic<qint64> received{0}, total{0};
    QFuture<Result<DeskSync::Restart>> work = QtConcurrent::run([settings, path, &received, &total]() {
        CurlTransport net(settings.server);
        net.progress = [&](qint64 r, qint64 t) {
            received = r;
            total = t;
        };
        return DeskSync::restartFromServer(net, path);
    });
    QFutureWatcher<Result<DeskSync::Restart>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &progress, [&] {
        if (total > 0) {
            progress.setRange(0, 1000);
            progress.setValue(int(received * 1000 / std::max<qint64>(1, total)));
            progress.setLabelText(tr("Fetching the server's data: %1 of %2 MB").arg(received / 1048576.0, 0, 'f', 1).arg(total / 1048576.0, 0, 'f', 1));
        }
    });
    ticker.start(100);
    watcher.setFuture(work);
    loop.exec();
    ticker.stop();
    progress.close();
    const Result<DeskSync::Restart> result = work.result();
    if (!result)
        QMessageBox::warning(nullptr, tr("CivicDesk"),
                             tr("The desk could not start again from the server's data; it goes on with its present file.\n\n%1").arg(result.error().message));
    else
        qInfo().noquote() << QStringLiteral("started again on the server's new data; %1 waiting changes carried, the old file kept as %2")
                                 .arg(result->carried)
                                 .arg(result->keptAs);
    open(path, QString());
}

bool DeskApplication::listenForCalls(const QString &serverName)
{
    if (!m_router) {
        m_router = new CallRouter(this);
        connect(m_router, &CallRouter::callArrived, this, &DeskApplication::incomingCall);
    }
    return m_router->listen(serverName);
}

void DeskApplication::incomingCall(const QString &number)
{
    if (m_window)
        m_window->incomingCall(number);
    else
        m_pendingCalls.append(number);
}

} // namespace CivicDesk
