// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desk/callpanel.h"
#include "ui/desk/callrouter.h"
#include "ui/deskapplication.h"
#include "ui/mainwindow.h"
#include "ui/widgets/userchooser.h"
#include "widgettestsupport.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QAbstractButton>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <thread>

using namespace CivicDesk;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestDeskApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDamagedFileIsExplainedInADialogAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.civicdesk"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Minutes of the council meeting, not a database.\n");
        }
        const QByteArray before = hashOf(path);
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskApplication desk(settings, systemClock());

        QString shown;
        // The dialog is modal: read and close it from the event loop it runs.
        QTimer::singleShot(100, this, [&shown] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    shown = box->text();
                    box->accept();
                }
            }
        });
        QVERIFY(!desk.open(path, QStringLiteral("GR")));
        QVERIFY2(shown.contains(QStringLiteral("not a CivicDesk database")), qPrintable(shown));
        QVERIFY(!desk.window());
        QCOMPARE(hashOf(path), before);
    }

    void aMistypedPathIsRefusedNothingIsCreatedAndQuitQuits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mistyped.civicdesk"));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskApplication desk(settings, systemClock());
        QString shown;
        QTimer::singleShot(100, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("Quit"))
                    b->click();
        });
        QVERIFY(!desk.start(path, QStringLiteral("GR")));
        QVERIFY2(shown.contains(QStringLiteral("There is no CivicDesk database at")) && shown.contains(QStringLiteral("Nothing was created")),
                 qPrintable(shown));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!desk.window());
    }

    void afterARefusalAnotherFileCanBeOpened()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("municipality.civicdesk"));
        QVERIFY(Database::open(good).ok()); // made by an administrator beforehand (civicdesk-admin init)
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskApplication desk(settings, systemClock());
        bool boxSeen = false, dialogSeen = false;
        desk.chooseFile = [&](const QString &) {
            dialogSeen = true;
            return good; // what the user picks in the file dialog
        };
        QTimer::singleShot(100, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            boxSeen = true;
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("Open another file…"))
                    b->click();
        });
        QVERIFY(desk.start(dir.filePath(QStringLiteral("no-such-folder/mistyped.civicdesk")), QStringLiteral("GR")));
        QVERIFY(boxSeen);
        QVERIFY(dialogSeen);
        QVERIFY(desk.window());
        QCOMPARE(QFileInfo(desk.database()->path()).canonicalFilePath(), QFileInfo(good).canonicalFilePath());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no-such-folder"))));
    }

    void cancellingWhoWorksHereOpensNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("municipality.civicdesk"));
        QVERIFY(WidgetTests::demoDatabase(path, 20, 40)); // with its users
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskApplication desk(settings, systemClock());
        bool asked = false;
        QTimer::singleShot(100, this, [&asked] {
            auto *chooser = qobject_cast<UserChooser *>(QApplication::activeModalWidget());
            QVERIFY(chooser);
            asked = true;
            chooser->reject();
        });
        QVERIFY(!desk.start(path, QStringLiteral("GR"))); // the program ends: no refusal box, no one signed in
        QVERIFY(asked);
        QVERIFY(!desk.window());
    }

    void aGoodFileOpensTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.civicdesk"));
        QVERIFY(Database::open(path).ok());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskApplication desk(settings, systemClock());
        QVERIFY(desk.open(path, QStringLiteral("GR")));
        QVERIFY(desk.window());
        QVERIFY(desk.window()->isVisible());
        QCOMPARE(desk.database()->schemaVersion(), Database::currentSchemaVersion);
    }

    void aCallFromTheTelephoneHookReachesTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls.civicdesk"));
        {
            Result<std::unique_ptr<Database>> db = Database::open(path);
            QVERIFY(db.ok());
            Tenant t;
            t.id = QStringLiteral("tenant");
            t.name = QStringLiteral("Δήμος Δοκιμής");
            t.country = QStringLiteral("GR");
            t.languages = {QStringLiteral("el")};
            t.timeZone = QStringLiteral("Europe/Athens");
            QVERIFY(db.value()->transaction([&] { return OrganisationRepository(*db.value()).saveTenant(t); }).ok());
        }
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskApplication desk(settings, systemClock());
        // A call handed over before the database is open waits for the window.
        desk.incomingCall(QStringLiteral("6944 000 321"));
        QVERIFY(desk.open(path, QStringLiteral("GR")));
        CallPanel *panel = desk.window()->callPanel();
        QVERIFY(panel->inCall());
        QCOMPARE(panel->currentCall().callerNumber, QStringLiteral("6944 000 321"));
        QCOMPARE(panel->page(), CallPanel::Page::Register);

        // The hook of `civicdesk --incoming-call`, from another process's point of view: the call waits in line.
        const QString name = QStringLiteral("civicdesk-test-app-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(desk.listenForCalls(name));
        CallRouter::Delivery sent = CallRouter::Delivery::NoDesk;
        std::thread hook([&] { sent = CallRouter::sendCall(QStringLiteral("+30 210 999 8877"), name); });
        QTRY_COMPARE(panel->waitingCalls().size(), 1);
        hook.join();
        QVERIFY(sent == CallRouter::Delivery::Delivered);
        QCOMPARE(panel->waitingCalls().front(), QStringLiteral("+30 210 999 8877"));
        panel->endCall();
        QCOMPARE(panel->currentCall().callerNumber, QStringLiteral("+30 210 999 8877"));
    }
};

QTEST_MAIN(TestDeskApplication)
#include "tst_deskapplication.moc"
