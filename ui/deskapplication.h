// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/channels/mailbox.h"
#include "core/session/messagerunner.h"
#include "core/session/syncagent.h"
#include "core/sync/desksync.h"
#include "core/util/clock.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;

namespace CivicDesk {

class CallRouter;
class Database;
class DeskSession;
class MainWindow;
class SearchService;

/// One running desk, the composition root: the open database, the desk session of its services with the clock
/// main() gives, and the main window; switches databases on request.
class DeskApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskApplication)

public:
    DeskApplication(QSettings &settings, Clock clock, QObject *parent = nullptr);
    ~DeskApplication() override;

    /// Opens @p path, or the demo municipality of @p demoCountry (created on first use) when @p path is empty.
    /// On failure a dialog says why and false is returned; the file is never overwritten.
    /// A path that does not exist is refused, never created (the demo is created on first use). With
    /// @p whyNot the reason is given there instead of in a dialog.
    bool open(const QString &path, const QString &demoCountry, QString *whyNot = nullptr);
    /// Opens @p path (or the demo) at start-up; when it is refused, the user is told why and chooses another
    /// file, the demo, or to quit (false).
    bool start(const QString &path, const QString &demoCountry);
    /// How the user picks another file after a refusal (a file dialog; tests answer it themselves).
    std::function<QString(const QString &folder)> chooseFile;

    MainWindow *window() const { return m_window.get(); }

    /// Works as the user with this user name (`--user`), without asking.
    void setUserName(const QString &userName) { m_userName = userName; }
    /// Whether to ask who is working when a database with users opens (not when measuring or testing).
    void setAskForUser(bool ask) { m_askForUser = ask; }

    /// Listens for calls from the telephone system (`civicdesk --incoming-call`); false if another desk of
    /// this user already does.
    bool listenForCalls(const QString &serverName);
    /// Hands a call to the window (queued while no database is open).
    void incomingCall(const QString &number);
    Database *database() const { return m_db.get(); }

    /// A desk that works with the server of @p known (server, tenant, user) on the file @p path: signed in
    /// and its data fetched first when the file does not exist yet. False when the user gave up or it failed.
    bool openServer(const DeskSync::Settings &known, const QString &path);
    SyncAgent *syncAgent() const { return m_agent.get(); }
    /// Where the desk of the server @p known keeps its file: one per municipality and server, in the user's data.
    static QString serverDeskPath(const DeskSync::Settings &known);
    /// The window built again on the same file (after the settings changed its language, its base map or the
    /// server's address): the same user, the requests that were open, the call in progress as its draft.
    bool rebuild();

private:
    void signInAgain();
    void signOut();
    void restartFromServer();
    /// Closes the window, the session and the database, in the order they depend on each other.
    void closeDatabase();

    QSettings &m_settings;
    std::unique_ptr<Database> m_db;
    Clock m_clock;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncAgent> m_agent; ///< a synced desk's background sync; stopped before the rest goes
    std::unique_ptr<MessageRunner> m_messages; ///< a desk alone sends its citizens' e-mails and SMS
    std::unique_ptr<MailboxRunner> m_mailbox;  ///< and reads their mailbox
    CallRouter *m_router = nullptr;
    QString m_userName;
    bool m_askForUser = true;
    QStringList m_pendingCalls;
    QString m_openedPath;  ///< as open() was asked (empty: the demo)
    QString m_demoCountry;
};

} // namespace CivicDesk
