// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskapplication.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

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
        DeskApplication desk(settings);

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

    void aGoodFileOpensTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.civicdesk"));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskApplication desk(settings);
        QVERIFY(desk.open(path, QStringLiteral("GR")));
        QVERIFY(desk.window());
        QVERIFY(desk.window()->isVisible());
        QCOMPARE(desk.database()->schemaVersion(), Database::currentSchemaVersion);
    }
};

QTEST_MAIN(TestDeskApplication)
#include "tst_deskapplication.moc"
