// SPDX-License-Identifier: GPL-3.0-or-later
// The request page: reached from a search hit, the request list, the queue and a citizen's page; everything about
// the request on it; the work the user's role allows; the answer for a caller in the caller's language.
#include "core/desk/requestsheet.h"
#include "core/search/searchservice.h"
#include "core/session/desksession.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/sqlitestatement.h"
#include "core/text/datetext.h"
#include "ui/lookup/searchpanel.h"
#include "ui/mainwindow.h"
#include "ui/queue/queuepanel.h"
#include "ui/queue/requestactions.h"
#include "ui/queue/requestlistmodel.h"
#include "ui/queue/workqueuemodel.h"
#include "ui/request/requestpage.h"
#include "ui/widgets/requesthistoryview.h"
#include "widgettestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace CivicDesk;
using WidgetTests::userNamed;

namespace {

QString firstId(Database &db, const char *sql)
{
    SqliteStatement s(SqliteAccess::handle(db), sql);
    return s.step() ? s.text(0) : QString();
}

} // namespace

class TestRequestPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 400, 4000, 9);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
    }

    void whereIsMyRequestIsAnsweredFromTheSearchByKeysOnly()
    {
        // An open request of a known citizen: the caller quotes its tracking number.
        const QString id = firstId(*m_db, "SELECT id FROM service_request WHERE citizen_id IS NOT NULL AND status IN ('accepted','assigned','in_progress') "
                                          "AND due_at IS NOT NULL ORDER BY created_at DESC LIMIT 1");
        QVERIFY(!id.isEmpty());
        const ServiceRequest r = *RequestRepository(*m_db).get(id);
        QSettings settings(m_dir.filePath(QStringLiteral("where.ini")), QSettings::IniFormat);
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), systemClock(), userNamed(*m_db, QStringLiteral("operator1")).id);
        MainWindow window(desk, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLineEdit *box = window.searchPanel()->searchBox();
        QTRY_COMPARE(QApplication::focusWidget(), box);
        QTest::keyClicks(box, r.trackingNumber);
        QTest::keyClick(box, Qt::Key_Return);

        // Enter opened the request's page, in front.
        auto *page = qobject_cast<RequestPage *>(window.tabs()->currentWidget());
        QVERIFY2(page, "Enter on a tracking-number hit opens the request");
        QCOMPARE(page->requestId(), id);
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), r.trackingNumber);
        // What to tell the caller: the number, the type, where it stands and when it is expected.
        const QString answer = page->callerAnswer();
        QVERIFY2(answer.contains(r.trackingNumber), qPrintable(answer));
        QVERIFY2(!page->sheet().typeName.isEmpty() && !page->sheet().departmentName.isEmpty(), qPrintable(answer));
        // In the caller's language: the demo's citizens speak Greek.
        QCOMPARE(page->answerLanguage()->currentData().toString(), page->sheet().callerLanguage);
        if (page->sheet().callerLanguage == QLatin1String("el"))
            QVERIFY2(answer.startsWith(QStringLiteral("Το αίτημά σας")), qPrintable(answer));
        // Switched to English from the keyboard, then back.
        page->answerLanguage()->setFocus();
        page->answerLanguage()->setCurrentIndex(page->answerLanguage()->findData(QStringLiteral("en")));
        QVERIFY2(page->callerAnswer().startsWith(QStringLiteral("Your request ") + r.trackingNumber), qPrintable(page->callerAnswer()));
        QVERIFY(page->callerAnswer().contains(QStringLiteral("We expect the work to be done by")) || page->callerAnswer().contains(QStringLiteral("is late")));
        // The reporter with their phone, the history in words.
        QVERIFY(!page->sheet().reporters.isEmpty());
        QVERIFY(page->sheet().reporters.front().filedIt);
        // Who to call back, and who handles it, on the page itself.
        QVERIFY(!page->sheet().reporters.front().phones.isEmpty());
        QVERIFY2(page->detailsText().contains(page->sheet().reporters.front().phones.front()), qPrintable(page->detailsText()));
        QVERIFY(page->detailsText().contains(page->sheet().departmentName));
        QVERIFY(page->history()->count() > 0);

        // Ctrl+W closes it; the search is where it was.
        QTest::keyClick(page, Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(window.requestPages().isEmpty());
        QCOMPARE(window.tabs()->currentIndex(), 2);
        QCOMPARE(QApplication::focusWidget(), box);
    }

    void theAnswerSaysWhatIsTrueOfEachState()
    {
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), systemClock(), userNamed(*m_db, QStringLiteral("operator1")).id);
        RequestSheetReader reader(*m_db, desk.workflow(), QStringLiteral("en"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Late and open.
        const QString late = firstId(*m_db, "SELECT id FROM service_request WHERE status IN ('accepted','assigned','in_progress','new') AND due_at < "
                                            "CAST(strftime('%s','now') AS INTEGER) * 1000 LIMIT 1");
        QVERIFY(!late.isEmpty());
        const QString lateAnswer = reader.callerAnswer(reader.read(late, now).value(), QStringLiteral("en"), now);
        QVERIFY2(lateAnswer.contains(QStringLiteral("is late")) && !lateAnswer.contains(QStringLiteral("We expect")), qPrintable(lateAnswer));
        // Closed: never a deadline, and the offer to reopen.
        const QString closed = firstId(*m_db, "SELECT id FROM service_request WHERE status = 'closed' AND closed_at IS NOT NULL LIMIT 1");
        QVERIFY(!closed.isEmpty());
        const QString closedAnswer = reader.callerAnswer(reader.read(closed, now).value(), QStringLiteral("en"), now);
        QVERIFY2(closedAnswer.contains(QStringLiteral("It was closed on")) && closedAnswer.contains(QStringLiteral("reopen")), qPrintable(closedAnswer));
        QVERIFY(!closedAnswer.contains(QStringLiteral("late")));
        // A duplicate speaks of the request it joined.
        const QString duplicate = firstId(*m_db, "SELECT id FROM service_request WHERE status = 'duplicate' AND duplicate_of IS NOT NULL LIMIT 1");
        if (!duplicate.isEmpty()) {
            const RequestSheet sheet = reader.read(duplicate, now).value();
            const QString answer = reader.callerAnswer(sheet, QStringLiteral("en"), now);
            QVERIFY2(answer.contains(sheet.masterTrackingNumber) && !sheet.masterTrackingNumber.isEmpty(), qPrintable(answer));
        }
        // The same answer in Greek, Romanian, Italian, Catalan, Spanish: translated, with the number kept.
        const RequestSheet sheet = reader.read(late, now).value();
        const QString english = reader.callerAnswer(sheet, QStringLiteral("en"), now);
        for (const char *language : {"el", "ro", "it", "ca", "es"}) {
            const QString said = reader.callerAnswer(sheet, QLatin1String(language), now);
            QVERIFY2(said != english, language);
            QVERIFY(said.contains(sheet.request.trackingNumber));
        }
        // Not on this desk: said in words.
        const Result<RequestSheet> missing = reader.read(QStringLiteral("no-such-request"), now);
        QVERIFY(!missing.ok());
        QVERIFY(!missing.error().message.isEmpty());
    }

    void anAnonymousRequestSaysSo()
    {
        const QString id = firstId(*m_db, "SELECT id FROM service_request WHERE citizen_id IS NULL AND NOT EXISTS "
                                          "(SELECT 1 FROM request_reporter p WHERE p.request_id = service_request.id) LIMIT 1");
        if (id.isEmpty())
            QSKIP("the demo has no anonymous request");
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), systemClock(), userNamed(*m_db, QStringLiteral("operator1")).id);
        RequestPage page(desk, id);
        QVERIFY(page.sheet().reporters.isEmpty());
        QVERIFY2(page.detailsText().contains(QStringLiteral("anonymously")), qPrintable(page.detailsText()));
    }

    void thePageSaysWhetherEachMessageReachedTheCitizen()
    {
        const QString id = firstId(*m_db, "SELECT id FROM service_request WHERE citizen_id IS NOT NULL ORDER BY created_at DESC LIMIT 1");
        QVERIFY(!id.isEmpty());
        const ServiceRequest r = *RequestRepository(*m_db).get(id);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        NotificationStore store(*m_db);
        auto queued = [&](const QString &address, int n) {
            NotificationStore::Queued q;
            q.id = QStringLiteral("message-%1").arg(n);
            q.tenantId = r.tenantId;
            q.citizenId = r.citizenId;
            q.requestId = id;
            q.channel = QStringLiteral("email");
            q.address = address;
            q.kind = QStringLiteral("progress");
            q.language = QStringLiteral("en");
            q.body = QStringLiteral("Your request is being handled.");
            q.at = now - 60000 + n;
            q.actor = QStringLiteral("test");
            QVERIFY(store.queue(q).ok());
        };
        queued(QStringLiteral("sent@example.gr"), 1);
        queued(QStringLiteral("gone@refused.example"), 2);
        queued(QStringLiteral("busy@busy.example"), 3);
        queued(QStringLiteral("new@example.gr"), 4);
        QVERIFY(store.beginAttempt(QStringLiteral("message-1"), QStringLiteral("message-1@example.gr"), now, 0).value());
        QVERIFY(store.markSent(QStringLiteral("message-1"), now).ok());
        QVERIFY(store.recordReport(QStringLiteral("message-1"), QStringLiteral("delivered"), now + 5000).value()); // as an SMS gateway reports
        QVERIFY(store.beginAttempt(QStringLiteral("message-2"), QStringLiteral("message-2@example.gr"), now, 0).value());
        QVERIFY(store.markFailed(QStringLiteral("message-2"), QStringLiteral("the mail server answered 550: No such mailbox here"), now).ok());
        QVERIFY(store.beginAttempt(QStringLiteral("message-3"), QStringLiteral("message-3@example.gr"), now, 0).value());
        QVERIFY(store.markRetry(QStringLiteral("message-3"), now + 60000, QStringLiteral("the mail server answered 451: busy"), now).ok());

        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), systemClock(), userNamed(*m_db, QStringLiteral("operator1")).id);
        RequestPage page(desk, id);
        const QString text = page.detailsText();
        QVERIFY2(text.contains(QStringLiteral("Messages to the citizens")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("E-mail to sent@example.gr · sent ") + DateText::dateTime(now) + QStringLiteral(" · delivered to the phone ")
                              + DateText::dateTime(now + 5000)));
        QVERIFY(text.contains(QStringLiteral("E-mail to gone@refused.example · not sent: the mail server answered 550: No such mailbox here")));
        QVERIFY(text.contains(QStringLiteral("E-mail to busy@busy.example · waiting: tried")));
        QVERIFY(text.contains(DateText::dateTime(now + 60000) + QStringLiteral(" (the mail server answered 451: busy)")));
        QVERIFY(text.contains(QStringLiteral("E-mail to new@example.gr · waiting to be sent since ") + DateText::dateTime(now - 60000 + 4)));
    }

    void theQueueAndTheListOpenThePageAndItsActionsWork()
    {
        const User staff = userNamed(*m_db, QStringLiteral("roads.staff1"));
        QSettings settings(m_dir.filePath(QStringLiteral("queue.ini")), QSettings::IniFormat);
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), systemClock(), staff.id);
        MainWindow window(desk, settings);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tabs()->setCurrentWidget(window.queuePanel());
        QueuePanel *queue = window.queuePanel();
        QueueFilter f = queue->model()->filter();
        f.statuses = {RequestStatus::New};
        queue->model()->setFilter(f);
        QVERIFY(queue->model()->rowCount() > 1);
        queue->view()->setFocus();
        queue->view()->selectRow(0);
        const QString id = queue->model()->row(0).id;
        QTest::keyClick(queue->view(), Qt::Key_Return);
        auto *page = qobject_cast<RequestPage *>(window.tabs()->currentWidget());
        QVERIFY2(page, "Enter in the queue opens the request");
        QCOMPARE(page->requestId(), id);
        // Opened again: the same tab comes forward, no second one.
        window.openRequest(id);
        QCOMPARE(window.requestPages().size(), 1);

        // Department staff may accept, assign, reroute...: A on the page accepts this request.
        QVERIFY(page->actions()->action("actionAccept"));
        page->setFocus();
        QTest::keyClick(page, Qt::Key_A);
        QCOMPARE(RequestRepository(*m_db).get(id)->status, RequestStatus::Accepted);
        QVERIFY2(page->statusLine()->text().contains(page->sheet().request.trackingNumber), qPrintable(page->statusLine()->text()));
        QVERIFY(page->sheet().request.status == RequestStatus::Accepted); // the page read it again
        // Accepted now: Accept is no longer offered (A does nothing); the other moves still are.
        QVERIFY(!page->actions()->action("actionAccept")->isEnabled());
        for (const char *name : {"actionStatus", "actionHold", "actionAssign", "actionReroute", "actionDuplicate"})
            QVERIFY2(page->actions()->action(name)->isEnabled(), name);
        QTest::keyClick(page, Qt::Key_A);
        QCOMPARE(RequestRepository(*m_db).get(id)->status, RequestStatus::Accepted);

        // The hold dialog names the request it changes.
        QString title;
        QTimer::singleShot(200, this, [&title] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<QInputDialog *>(w); d && d->isVisible()) {
                    title = d->windowTitle();
                    d->reject();
                }
            }
        });
        page->actions()->askHold();
        QVERIFY2(title.contains(page->sheet().request.trackingNumber), qPrintable(title));

        // Resolved: nothing more a department's staff may move it to, nor assign or reroute, so none of that is
        // offered; in the queue,
        // a selection of new requests offers Accept again.
        QVERIFY(desk.changeStatus(id, RequestStatus::InProgress, {}));
        QVERIFY(desk.changeStatus(id, RequestStatus::Resolved, {}));
        page->reload();
        QCOMPARE(page->sheet().request.status, RequestStatus::Resolved);
        for (const char *name : {"actionAccept", "actionStatus", "actionHold", "actionAssign", "actionReroute", "actionDuplicate"})
            QVERIFY2(!page->actions()->action(name)->isEnabled(), name);
        QVERIFY(page->actions()->action("actionNote")->isEnabled());
        queue->model()->reload();
        queue->view()->selectRow(0);
        QVERIFY(queue->model()->row(0).status == RequestStatus::New);
        QVERIFY(queue->findChild<QAction *>(QStringLiteral("actionAccept"))->isEnabled());

        // A note from the page: N, typed, Ctrl+Enter.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(page, Qt::Key_N);
        QCOMPARE(QApplication::focusWidget(), page->noteEdit());
        page->noteEdit()->setPlainText(QStringLiteral("Κλήθηκε ο πολίτης"));
        QTest::keyClick(page->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(RequestRepository(*m_db).events(id).back().body, QStringLiteral("Κλήθηκε ο πολίτης"));
        QVERIFY(page->noteEdit()->toPlainText().isEmpty());

        // The queue kept its place: the accepted request left the "new" filter and the next one is selected.
        QVERIFY(queue->view()->currentIndex().isValid());
        QCOMPARE(queue->view()->currentIndex().row(), 0);
        QVERIFY(queue->model()->row(0).id != id);

        // The request list of "Find and requests": Enter on a row opens its page.
        window.tabs()->setCurrentIndex(2);
        QTRY_VERIFY(window.requestModel()->rowCount() > 0);
        window.requestView()->setFocus();
        window.requestView()->setCurrentIndex(window.requestModel()->index(1, 0));
        QTest::keyClick(window.requestView(), Qt::Key_Return);
        auto *second = qobject_cast<RequestPage *>(window.tabs()->currentWidget());
        QVERIFY2(second, "Enter in the request list opens the request");
        QCOMPARE(window.requestPages().size(), 2);
    }

    void eachRoleIsOfferedTheWorkItMayDo()
    {
        const QString id = firstId(*m_db, "SELECT id FROM service_request WHERE status = 'new' LIMIT 1");
        DeskSession operatorDesk(*m_db, *m_search, QStringLiteral("en"), systemClock(), userNamed(*m_db, QStringLiteral("operator1")).id);
        QCOMPARE(operatorDesk.user().role, Role::Operator);
        RequestPage forOperator(operatorDesk, id);
        // The call desk records a citizen's rating and notes, and does not give work to crews.
        QVERIFY(forOperator.actions()->action("actionRate"));
        QVERIFY(forOperator.actions()->action("actionNote"));
        QVERIFY(!forOperator.actions()->action("actionAssign"));
        QVERIFY(!forOperator.actions()->action("actionWorkList"));
        DeskSession staffDesk(*m_db, *m_search, QStringLiteral("en"), systemClock(), userNamed(*m_db, QStringLiteral("roads.staff1")).id);
        RequestPage forStaff(staffDesk, id);
        QVERIFY(forStaff.actions()->action("actionAssign"));
        QVERIFY(!forStaff.actions()->action("actionRate"));
    }

    void theGreekPageFitsTheScreenWithEveryAction()
    {
        // A supervisor is offered every action; with the Greek labels, the page must still fit a 1280-pixel
        // screen (what does not fit goes to the tool bar's menu, and every action keeps its key).
        QTranslator greek;
        QVERIFY(greek.load(QStringLiteral(":/i18n/civicdesk_el.qm")));
        QVERIFY(QCoreApplication::installTranslator(&greek));
        const QString id = firstId(*m_db, "SELECT id FROM service_request WHERE status = 'new' LIMIT 1");
        DeskSession desk(*m_db, *m_search, QStringLiteral("el"), systemClock(), userNamed(*m_db, QStringLiteral("supervisor")).id);
        {
            RequestPage page(desk, id);
            QVERIFY(page.actions()->actions().size() >= 8);
            QVERIFY2(page.minimumSizeHint().width() < 1200, qPrintable(QString::number(page.minimumSizeHint().width())));
            for (QAction *a : page.actions()->actions())
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        }
        QCoreApplication::removeTranslator(&greek);
    }

    void theGreekDeskShowsTheMunicipalitysDayAndA24HourClock()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("el_GR"))); // whose common locale data has a 12-hour clock
        DateText::setMunicipality(QStringLiteral("GR"), QStringLiteral("Europe/Athens"));
        RequestListModel list(*m_db, QStringLiteral("el"));
        list.reload();
        if (list.canFetchMore({}))
            list.fetchMore({});
        QVERIFY(list.rowCount() > 0);
        static const QRegularExpression shortForm(QStringLiteral("^\\d{1,2}/\\d{1,2}/\\d{2} \\d{2}:\\d{2}$"));
        for (int row = 0; row < std::min(50, list.rowCount()); ++row) {
            const QString shown = list.index(row, RequestListModel::CreatedColumn).data().toString();
            QVERIFY2(shortForm.match(shown).hasMatch(), qPrintable(shown));
        }
        DateText::setMunicipality(QString(), QString());
        QLocale::setDefault(before);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;
};

QTEST_MAIN(TestRequestPage)
#include "tst_requestpage.moc"
