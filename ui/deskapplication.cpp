// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskapplication.h"

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

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace CivicDesk {

DeskApplication::DeskApplication(QSettings &settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(std::move(clock))
{
}

DeskApplication::~DeskApplication()
{
    // The window, the session and the search service use the database: they go first, in that order.
    m_window.reset();
    m_session.reset();
    m_search.reset();
    m_db.reset();
}

bool DeskApplication::open(const QString &requestedPath, const QString &demoCountry)
{
    QString path = requestedPath;
    if (path.isEmpty()) {
        path = demoDatabasePath(demoCountry);
        if (!QFileInfo::exists(path)) {
            DemoOptions options;
            options.country = demoCountry;
            options.citizens = 5000;
            options.requests = 20000;
            options.until = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
            Status s = createDemoWithProgress(m_window.get(), path, options);
            if (!s) {
                QMessageBox::critical(m_window.get(), tr("CivicDesk"), tr("The demo municipality could not be created.\n\n%1").arg(s.error().message));
                return false;
            }
        }
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        QMessageBox::critical(m_window.get(), tr("CivicDesk"), tr("The database could not be opened.\n\n%1").arg(db.error().message));
        return false;
    }
    // Who works at this desk: --user, else the choice of the user at start (the last one preselected).
    QString userId;
    const QList<User> users = OrganisationRepository(*db.value()).users();
    for (const User &u : users)
        if (u.active && (u.username == m_userName || (m_userName.isEmpty() && u.id == AppSettings::lastUser.get(m_settings))))
            userId = u.id;
    if (m_userName.isEmpty() && m_askForUser && !users.isEmpty()) {
        UserChooser chooser(*db.value(), QLocale().name().left(2), userId);
        if (chooser.exec() == QDialog::Accepted)
            userId = chooser.chosenId();
    }
    if (!userId.isEmpty())
        AppSettings::lastUser.set(m_settings, userId);
    auto search = std::make_unique<SearchService>(*db.value(), tenantRegion(*db.value()));
    DeskSession::Options options;
    options.runLadder = true; // a desk alone runs the escalation ladder itself
    auto session = std::make_unique<DeskSession>(*db.value(), *search, QLocale().name().left(2), m_clock, userId, options);
    auto window = std::make_unique<MainWindow>(*session, m_settings);
    connect(window.get(), &MainWindow::openDatabaseRequested, this, [this, demoCountry](const QString &next) {
        // Switch after the signal has returned: the window that sent it is replaced.
        QMetaObject::invokeMethod(this, [this, next, demoCountry] { open(next, demoCountry); }, Qt::QueuedConnection);
    });
    if (m_window)
        m_window->close();
    m_window.reset(); // the old window before the old session
    m_window = std::move(window);
    m_session = std::move(session);
    m_search = std::move(search);
    m_db = std::move(db).value();
    AppSettings::lastDatabase.set(m_settings, requestedPath);
    m_window->show();
    for (const QString &number : std::exchange(m_pendingCalls, {}))
        m_window->incomingCall(number);
    return true;
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
