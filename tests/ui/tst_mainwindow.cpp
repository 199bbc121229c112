// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lookup/searchpanel.h"
#include "ui/lookup/searchresultsmodel.h"
#include "ui/mainwindow.h"
#include "core/session/desksession.h"
#include "ui/queue/requestlistmodel.h"
#include "core/search/searchservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "widgettestsupport.h"

#include <QLabel>
#include <QMenuBar>
#include <QTranslator>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace CivicDesk;

namespace {

// QTest::keyClicks cannot send non-Latin-1 text in Qt 6.4: send each character as its own key event.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::KeyAction::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::KeyAction::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 500, 600);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
    }

    void greekAndGreeklishFoundFromTheKeyboard()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskSession session(*m_db, *m_search, QLocale().name().left(2), systemClock(), {});
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLineEdit *box = window.searchPanel()->searchBox();
        QCOMPARE(QApplication::focusWidget(), box);

        typeText(box, QStringLiteral("Παπαδ"));
        QCOMPARE(box->text(), QStringLiteral("Παπαδ"));
        window.searchPanel()->searchNow();
        SearchResultsModel *model = window.searchPanel()->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->index(0, SearchResultsModel::TitleColumn).data().toString().contains(QStringLiteral("Παπαδ")));

        box->clear();
        QTest::keyClicks(box, QStringLiteral("papad"));
        QTRY_VERIFY(model->rowCount() > 0); // the debounce timer runs the search
        QVERIFY(model->index(0, SearchResultsModel::TitleColumn).data().toString().contains(QStringLiteral("Παπαδ")));

        // Down moves into the results, Up at the top returns to the box, Escape clears it.
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), window.searchPanel()->resultsView());
        QTest::keyClick(window.searchPanel()->resultsView(), Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), box);
        QSignalSpy activated(window.searchPanel(), &SearchPanel::hitActivated);
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("citizen"));
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(box->text().isEmpty());
    }

    void requestListAndStatusBar()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskSession session(*m_db, *m_search, QLocale().name().left(2), systemClock(), {});
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.requestModel()->rowCount() > 0); // the view fetched its first page
        QVERIFY(window.requestModel()->rowCount() <= 2 * RequestListModel::pageSize);
        const QString status = window.statusBar()->findChildren<QLabel *>().last()->text();
        QVERIFY2(status.contains(QStringLiteral("600")), qPrintable(status));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Δήμος")));
    }

    void greekTranslation()
    {
        QTranslator greek;
        QVERIFY(greek.load(QStringLiteral(":/i18n/civicdesk_el.qm")));
        QVERIFY(QCoreApplication::installTranslator(&greek));
        QSettings settings(m_dir.filePath(QStringLiteral("greek.ini")), QSettings::IniFormat);
        DeskSession session(*m_db, *m_search, QLocale().name().left(2), systemClock(), {});
        MainWindow window(session, settings);
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, (QStringList{QStringLiteral("&Αρχείο"), QStringLiteral("&Κλήση"), QStringLiteral("&Προβολή"), QStringLiteral("&Ουρά"), QStringLiteral("&Βοήθεια")}));
        QCOMPARE(window.requestModel()->headerData(RequestListModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Κατάσταση"));
        QCOMPARE(displayName(RequestStatus::InProgress), QStringLiteral("Σε εξέλιξη"));
        QCoreApplication::removeTranslator(&greek);
        QCOMPARE(displayName(RequestStatus::InProgress), QStringLiteral("In progress"));
    }

    void geometryIsRemembered()
    {
        const QString ini = m_dir.filePath(QStringLiteral("geometry.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            DeskSession session(*m_db, *m_search, QLocale().name().left(2), systemClock(), {});
            MainWindow window(session, settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.close();
        }
        QSettings settings(ini, QSettings::IniFormat);
        QVERIFY(!AppSettings::windowGeometry.get(settings).isEmpty());
        DeskSession session(*m_db, *m_search, QLocale().name().left(2), systemClock(), {});
        MainWindow again(session, settings);
        QCOMPARE(again.size(), QSize(900, 640));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
