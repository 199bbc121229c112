// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lookup/searchpanel.h"
#include "ui/lookup/searchresultsmodel.h"
#include "ui/mainwindow.h"
#include "core/commands/command.h"
#include "core/session/desksession.h"
#include "ui/queue/requestlistmodel.h"
#include "core/search/searchservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/sqlitestatement.h"
#include "ui/desk/callpanel.h"
#include "ui/desk/citizenpage.h"
#include "core/storage/citizenrepository.h"
#include "core/text/datetext.h"
#include <QPushButton>
#include "ui/queue/queuepanel.h"
#include "widgettestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextEdit>
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

    void aPartialReplicaOffersTheServerForATrackingNumberItDoesNotHold()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        DeskSession session(*m_db, *m_search, QStringLiteral("en"), systemClock(), {});
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SearchPanel *panel = window.searchPanel();
        QLineEdit *box = panel->searchBox();
        QSignalSpy wanted(panel, &SearchPanel::serverLookupWanted);
        // A whole replica never offers it.
        box->setText(QStringLiteral("19-ZZ-00001"));
        panel->searchNow();
        QVERIFY(panel->serverButton()->isHidden());
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(wanted.count(), 0);

        // A partial one: a number it does not hold, offered; Ctrl+Enter asks the server (Enter too when nothing at
        // all was found here; digits may find citizens by their phone numbers).
        panel->setServerLookup(true);
        QVERIFY(!panel->serverButton()->isHidden());
        QVERIFY(panel->serverButton()->text().contains(QStringLiteral("19-ZZ-00001")));
        QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.first().at(0).toString(), QStringLiteral("19-ZZ-00001"));
        // While the server looks, the button waits and a second Enter asks nothing more.
        panel->setServerLookupState(QStringLiteral("Looking for 19-ZZ-00001 on the server…"), true);
        QVERIFY(!panel->serverButton()->isEnabled());
        QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(wanted.count(), 1);
        panel->setServerLookupState(QStringLiteral("The server has no request 19-ZZ-00001 either."), false);
        QVERIFY(panel->serverButton()->isEnabled());

        // A number this desk holds: found here, not offered; Ctrl+Enter does not ask either.
        const QString held = RequestRepository(*m_db).getByLocalId(1)->trackingNumber;
        box->setText(held);
        panel->searchNow();
        QVERIFY(panel->serverButton()->isHidden());
        QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(wanted.count(), 1);
        // A name is not a tracking number: nothing offered.
        box->setText(QStringLiteral("Zzyzx"));
        panel->searchNow();
        QVERIFY(panel->serverButton()->isHidden());
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

    void noRawCodeShowsInTheGreekDesk()
    {
        // Every view a supervisor reaches, in Greek: the search and request list, the work queue with a request's
        // detail, the dashboard, a citizen's page and a request's page. No code of the data (statuses, channels,
        // roles, event kinds, outcomes...) may show as it is stored.
        QTranslator greek;
        QVERIFY(greek.load(QStringLiteral(":/i18n/civicdesk_el.qm")));
        QVERIFY(QCoreApplication::installTranslator(&greek));
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("el")));
        QString supervisor;
        for (const User &u : OrganisationRepository(*m_db).users())
            if (u.role == Role::Supervisor)
                supervisor = u.id;
        QSettings settings(m_dir.filePath(QStringLiteral("codes.ini")), QSettings::IniFormat);
        DeskSession session(*m_db, *m_search, QStringLiteral("el"), systemClock(), supervisor);
        MainWindow window(session, settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList codes{
            // statuses, channels, contact channels, roles, event kinds, call outcomes and relations, accuracy, messages
            QStringLiteral("new"), QStringLiteral("accepted"), QStringLiteral("assigned"), QStringLiteral("in_progress"), QStringLiteral("on_hold"),
            QStringLiteral("resolved"), QStringLiteral("closed"), QStringLiteral("rejected"), QStringLiteral("duplicate"), QStringLiteral("reopened"),
            QStringLiteral("phone"), QStringLiteral("walk_in"), QStringLiteral("web"), QStringLiteral("mobile_app"), QStringLiteral("email"),
            QStringLiteral("open311"), QStringLiteral("import"), QStringLiteral("sms"), QStringLiteral("post"), QStringLiteral("operator"),
            QStringLiteral("department_staff"), QStringLiteral("department_head"), QStringLiteral("supervisor"), QStringLiteral("admin"),
            QStringLiteral("status_change"), QStringLiteral("escalation"), QStringLiteral("emergency"), QStringLiteral("note"), QStringLiteral("routing"),
            QStringLiteral("assignment"), QStringLiteral("merge"), QStringLiteral("created"), QStringLiteral("rating"), QStringLiteral("information"),
            QStringLiteral("complaint"), QStringLiteral("transferred"), QStringLiteral("filed"), QStringLiteral("linked"), QStringLiteral("looked_at"),
            QStringLiteral("accurate"), QStringLiteral("partly_accurate"), QStringLiteral("inaccurate"), QStringLiteral("false_report"),
            QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed"), QStringLiteral("crew"), QStringLiteral("directorate")};
        static const QRegularExpression word(QStringLiteral("[A-Za-z0-9_]+"));
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        QStringList leaks;
        auto look = [&](const QString &where, QString text) {
            text.remove(tags);
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QString w = it.next().captured();
                if (codes.contains(w))
                    leaks.append(QStringLiteral("%1: \"%2\" in \"%3\"").arg(where, w, text.left(120)));
            }
        };
        auto scan = [&](const QString &view) {
            QCoreApplication::processEvents();
            for (const QLabel *l : window.findChildren<QLabel *>())
                if (l->isVisible())
                    look(view + u'/' + QString::fromLatin1(l->metaObject()->className()), l->text());
            for (const QAbstractButton *b : window.findChildren<QAbstractButton *>())
                if (b->isVisible())
                    look(view + u'/' + b->objectName(), b->text());
            for (const QAbstractItemView *v : window.findChildren<QAbstractItemView *>()) {
                if (!v->isVisible() || !v->model())
                    continue;
                const QAbstractItemModel *m = v->model();
                for (int r = 0; r < std::min(m->rowCount(), 60); ++r)
                    for (int c = 0; c < m->columnCount(); ++c) {
                        look(view + QStringLiteral("/row"), m->index(r, c).data(Qt::DisplayRole).toString());
                        look(view + QStringLiteral("/tooltip"), m->index(r, c).data(Qt::ToolTipRole).toString());
                    }
            }
            for (const QTextEdit *t : window.findChildren<QTextEdit *>())
                if (t->isVisible())
                    look(view + QStringLiteral("/text"), t->toPlainText());
        };
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            if (QTableView *queue = window.queuePanel()->findChild<QTableView *>(); queue && queue->isVisible() && queue->model()->rowCount() > 0)
                queue->selectRow(0);
            QTest::qWait(50);
            scan(window.tabs()->tabText(i));
        }
        // A request with a history, its page, and its reporter's page.
        QString busiest;
        {
            SqliteStatement q(SqliteAccess::handle(*m_db), "SELECT request_id FROM request_event GROUP BY request_id ORDER BY count(*) DESC LIMIT 1");
            QVERIFY(q.step());
            busiest = q.text(0);
        }
        QVERIFY(window.openRequest(busiest));
        QTest::qWait(50);
        scan(QStringLiteral("request page"));
        if (const std::optional<ServiceRequest> r = RequestRepository(*m_db).get(busiest); r && !r->citizenId.isEmpty()) {
            window.tabs()->setCurrentIndex(0);
            window.callPanel()->openCitizen(r->citizenId);
            QTest::qWait(50);
            scan(QStringLiteral("citizen page"));
        }
        leaks.removeDuplicates();
        QCoreApplication::removeTranslator(&greek);
        QLocale::setDefault(before);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 15).join(u'\n')));
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

    void aCitizensOwnOptOutShowsOnTheirPage()
    {
        // A citizen who answered STOP to an SMS (the server wrote it; the desk pulled it).
        std::optional<Citizen> c = CitizenRepository(*m_db).getByLocalId(2);
        QVERIFY(c);
        const qint64 at = QDateTime(QDate(2026, 11, 20), QTime(9, 30)).toMSecsSinceEpoch();
        c->consents = {Consent(ContactChannel::Sms, false, at, QStringLiteral("sms-stop")), Consent(ContactChannel::Email, true, at)};
        QVERIFY(m_db->transaction([&] { return CitizenRepository(*m_db).update(*c); }).ok());
        DeskSession session(*m_db, *m_search, QStringLiteral("en"), systemClock(), QStringLiteral("desk"));
        CitizenPage page(session);
        QVERIFY(page.show(c->id));
        QStringList texts;
        for (const QLabel *label : page.findChildren<QLabel *>())
            texts.append(label->text());
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("May be contacted by: e-mail")) || all.contains(QStringLiteral("May be contacted by: E-mail")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Stopped the SMS by answering STOP, ") + DateText::dateTime(at)), qPrintable(all));
    }

    void aReadOnlyFileOpensForReading()
    {
        // The same file opened read-only (as a file the user may not write opens): the desk shows it, says so
        // in the title and the status bar, takes no calls, offers no request action, and refuses any command.
        Result<std::unique_ptr<Database>> opened = Database::open(m_db->path(), Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        SearchService search(db, QStringLiteral("GR"));
        QSettings settings(m_dir.filePath(QStringLiteral("readonly.ini")), QSettings::IniFormat);
        QString head; // a department head: the role that has every request action
        for (const User &u : OrganisationRepository(db).users())
            if (u.role == Role::DepartmentHead && head.isEmpty())
                head = u.id;
        DeskSession session(db, search, QStringLiteral("en"), systemClock(), head);
        QVERIFY(!session.writable());
        MainWindow window(session, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        auto *notice = window.findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
        QVERIFY(notice);
        QVERIFY(notice->text().contains(QStringLiteral("read-only")));
        auto *call = window.findChild<CallPanel *>();
        QVERIFY(call);
        QVERIFY(!call->isEnabled());
        for (const char *name : {"actionAccept", "actionStatus", "actionReroute", "actionNote"})
            QVERIFY2(!window.findChild<QAction *>(QLatin1String(name)), name);
        // A citizen's page shows the citizen and offers no change.
        CitizenPage citizen(session);
        const std::optional<Citizen> someone = CitizenRepository(db).getByLocalId(1);
        QVERIFY(someone);
        QVERIFY(citizen.show(someone->id));
        int changers = 0;
        for (auto *button : citizen.findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("&Edit")) || button->text().contains(QStringLiteral("&New request"))) {
                QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
                ++changers;
            }
        }
        QCOMPARE(changers, 2);
        const Result<QJsonObject> refused = session.run(CommandName::AddNote, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("db.read-only"));
        QVERIFY(refused.error().message.contains(m_db->path()));
        // Reading works as ever.
        QVERIFY(RequestRepository(db).count() > 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
