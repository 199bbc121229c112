// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's word on synchronisation, and the list behind it: what it says for each state, the refused
// changes with their reasons and the conflicts with what was set aside, marked as seen once looked at.
#include "core/commands/commandrunner.h"
#include "core/desk/citizenprofile.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/conflictstore.h"
#include "core/storage/database.h"
#include "core/sync/desksync.h"
#include "ui/widgets/syncstatus.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QDialog>
#include <QJsonObject>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace CivicDesk;

class TestSyncStatus : public QObject
{
    Q_OBJECT
private slots:
    void describesEachState()
    {
        SyncAgent::State s;
        QCOMPARE(SyncStatus::describe(s), QStringLiteral("Offline · all sent"));
        s.online = true;
        QCOMPARE(SyncStatus::describe(s), QStringLiteral("Online · all sent"));
        s.waiting = 3;
        s.refused = 1;
        s.conflicts = 2;
        QCOMPARE(SyncStatus::describe(s), QStringLiteral("Online · 3 waiting · 1 refused · 2 conflict(s)"));
        s.lastError = QStringLiteral("This desk is newer than the server; the server must be updated first.");
        s.errorCode = QStringLiteral("sync.schema-unknown");
        QVERIFY(SyncStatus::describe(s).startsWith(QStringLiteral("The server is older than this desk")));
        s.errorCode = QStringLiteral("sync.other");
        QVERIFY(SyncStatus::describe(s).startsWith(QStringLiteral("Online, not in step")));
        s.lastError.clear();
        s.errorCode.clear();
        s.signedOut = true;
        QVERIFY(SyncStatus::describe(s).startsWith(QStringLiteral("Sign in again")));
        s.outdated = true;
        QVERIFY(SyncStatus::describe(s).startsWith(QStringLiteral("Update this desk")));
        s = {};
        s.online = true;
        s.replaced = true;
        s.waiting = 2;
        QCOMPARE(SyncStatus::describe(s), QStringLiteral("The server's data was replaced: click to start again from it · 2 waiting"));
    }

    void offersToStartAgainOnReplacedData()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> db = WidgetTests::demoDatabase(dir.filePath(QStringLiteral("desk.civicdesk")), 50, 100);
        QVERIFY(db);
        CommandRunner runner(*db);
        DeskSync sync(*db, runner);
        SyncStatus status(sync);
        int restarts = 0, signIns = 0;
        connect(&status, &SyncStatus::restartRequested, this, [&] { ++restarts; });
        connect(&status, &SyncStatus::signInRequested, this, [&] { ++signIns; });
        SyncAgent::State s;
        s.online = true;
        s.replaced = true;
        status.setState(s);
        QVERIFY(status.styleSheet().contains(QStringLiteral("bold"))); // in the warning colours
        status.click();
        QCOMPARE(restarts, 1);
        // Signed out first: the sign-in comes before starting again (the new data is fetched in the user's name).
        s.signedOut = true;
        status.setState(s);
        status.click();
        QCOMPARE(restarts, 1);
        QCOMPARE(signIns, 1);
    }

    void listsRefusedChangesAndConflicts()
    {
        QTemporaryDir dir;
        std::unique_ptr<Database> db = WidgetTests::demoDatabase(dir.filePath(QStringLiteral("desk.civicdesk")), 50, 100);
        QVERIFY(db);
        const User op = WidgetTests::userNamed(*db, QStringLiteral("operator1"));
        CommandRunner runner(*db);
        DeskSync sync(*db, runner);
        DeskSync::Settings settings;
        settings.server = QStringLiteral("https://civicdesk.example");
        settings.tenant = QStringLiteral("ATH");
        settings.userId = op.id;
        settings.clientId = QStringLiteral("client-under-test");
        const Status adopted = sync.adopt(settings);
        QVERIFY2(adopted.ok(), qPrintable(adopted ? QString() : adopted.error().message));
        SyncStore store(*db);
        QVERIFY(store.addRejection({7, QJsonObject{{QStringLiteral("name"), QStringLiteral("request.transition")}, {QStringLiteral("at"), QStringLiteral("1798761600000")}},
                                    QStringLiteral("workflow.refused"), QStringLiteral("Request 26-A1-00007 belongs to another department."), 1798761600000, false})
                    .ok());
        Citizen c = *CitizenRepository(*db).getByLocalId(1);
        c.notes = QStringLiteral("the note that was set aside");
        QVERIFY(db->transaction([&] {
                      return ConflictStore(*db).insert({QStringLiteral("conflict-1"), c.tenantId, c.id, 1798761700000, QStringLiteral("someone-else"),
                                                        1798761700000, op.id, 1798761650000, citizenToJson(c)});
                  }).ok());
        QCOMPARE(sync.newConflicts(), 1);

        SyncStatus status(sync);
        SyncAgent::State s;
        s.online = true;
        s.refused = 1;
        s.conflicts = 1;
        status.setState(s);
        QString seenReason, seenLost;
        int refusedRows = -1, conflictRows = -1;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const QList<QTableWidget *> tables = dialog->findChildren<QTableWidget *>();
            for (QTableWidget *t : tables) {
                if (t->objectName() == QLatin1String("conflicts")) {
                    conflictRows = t->rowCount();
                    seenLost = t->item(0, 3)->text();
                } else {
                    refusedRows = t->rowCount();
                    seenReason = t->item(0, 2)->text();
                }
            }
            dialog->accept();
        });
        status.click();
        QCOMPARE(refusedRows, 1);
        QCOMPARE(seenReason, QStringLiteral("Request 26-A1-00007 belongs to another department."));
        QCOMPARE(conflictRows, 1);
        QVERIFY2(seenLost.startsWith(QStringLiteral("yours: ")) && seenLost.contains(QStringLiteral("the note that was set aside")), qPrintable(seenLost));
        // Looked at: nothing new any more, and the button says so.
        QCOMPARE(sync.newConflicts(), 0);
        QVERIFY(sync.rejections(true).isEmpty());
        QCOMPARE(status.text(), QStringLiteral("Online · all sent"));
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
