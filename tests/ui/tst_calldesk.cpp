// SPDX-License-Identifier: GPL-3.0-or-later
// The operator desk driven like an operator drives it: calls arriving over the local socket, the screen
// pop, registration, the citizen page, the intake form from the keyboard, duplicates, drafts.
#include "ui/desk/callpanel.h"
#include "ui/desk/mailpanel.h"
#include "core/channels/mailintake.h"
#include "core/commands/commandrunner.h"
#include "core/storage/inboundmailstore.h"
#include "core/storage/sqliteaccess.h"
#include "ui/desk/callrouter.h"
#include "ui/desk/citizeneditor.h"
#include "ui/desk/citizenpage.h"
#include "core/session/desksession.h"
#include "ui/desk/intakeform.h"
#include "ui/desk/matchfield.h"
#include "ui/desk/shortcutsdialog.h"
#include "ui/widgets/requesthistoryview.h"
#include "core/search/searchservice.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqlitestatement.h"
#include "core/text/datetext.h"
#include "core/importing/streetimporter.h"
#include "widgettestsupport.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QImage>
#include <QTreeWidget>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QComboBox>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocalSocket>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace CivicDesk;

namespace {

/// Sends keys to whatever has the focus, as a keyboard would, and counts the keystrokes: a character or a
/// key is one, each modifier held is one more.
class Keyboard
{
public:
    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *w = target();
            QTest::sendKeyEvent(QTest::KeyAction::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::KeyAction::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            ++count;
        }
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target(), key, modifiers);
        count += 1 + int(modifiers.testFlag(Qt::ControlModifier)) + int(modifiers.testFlag(Qt::ShiftModifier)) +
            int(modifiers.testFlag(Qt::AltModifier));
    }
    int count = 0;

private:
    static QWidget *target()
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : QApplication::activeWindow();
    }
};

qint64 scalar(Database &db, const QString &sql, const QString &bind = {})
{
    SqliteStatement s(SqliteAccess::handle(db), sql.toUtf8().constData());
    if (!bind.isNull())
        s.bind(1, bind);
    return s.step() ? s.int64(0) : -1;
}

QString text(Database &db, const QString &sql, const QString &bind = {})
{
    SqliteStatement s(SqliteAccess::handle(db), sql.toUtf8().constData());
    if (!bind.isNull())
        s.bind(1, bind);
    return s.step() ? s.text(0) : QString();
}

} // namespace

class TestCallDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 400, 3000, 3);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
        // A caller with a rated history: the desk's best-known kind of call.
        m_knownId = text(*m_db, QStringLiteral("SELECT r.citizen_id FROM service_request r JOIN citizen_phone p ON p.citizen_id = r.citizen_id "
                                               "WHERE p.valid = 1 AND r.satisfaction IS NOT NULL GROUP BY r.citizen_id "
                                               "HAVING count(DISTINCT p.e164) = 1 ORDER BY count(*) DESC LIMIT 1"));
        QVERIFY(!m_knownId.isEmpty());
        m_knownNumber = text(*m_db, QStringLiteral("SELECT typed FROM citizen_phone WHERE citizen_id = ? AND valid = 1"), m_knownId);
        QVERIFY(!m_knownNumber.isEmpty());
    }

    void init()
    {
        m_desk = std::make_unique<DeskSession>(*m_db, *m_search, QStringLiteral("en"), [this] { return m_now; });
        QVERIFY(m_desk->drafts().clear(QStringLiteral("call")).ok());
        QVERIFY(m_desk->drafts().clear(draftKey()).ok());
    }

    void cleanup()
    {
        m_desk.reset();
    }

    void callsArriveOverTheLocalSocket()
    {
        const QString name = QStringLiteral("civicdesk-test-%1").arg(QCoreApplication::applicationPid());
        CallRouter router;
        QVERIFY(router.listen(name));
        CallRouter second;
        QVERIFY(!second.listen(name)); // one desk per socket
        QStringList received;
        connect(&router, &CallRouter::callArrived, this, [&](const QString &n) { received.append(n); });

        CallRouter::Delivery sent = CallRouter::Delivery::NoDesk;
        std::thread client([&] { sent = CallRouter::sendCall(QStringLiteral("+30 694 123 4567"), name); });
        QTRY_COMPARE(received, QStringList{QStringLiteral("+30 694 123 4567")});
        client.join();
        QVERIFY(sent == CallRouter::Delivery::Delivered);
        // A caller id with a control character, as some exchanges send it: cleaned by the hook, taken by the desk.
        std::thread dirty([&] { sent = CallRouter::sendCall(QStringLiteral("69\x01" "44\t55"), name); });
        QTRY_COMPARE(received.size(), 2);
        dirty.join();
        QVERIFY(sent == CallRouter::Delivery::Delivered);
        QCOMPARE(received.back(), QStringLiteral("6944 55"));
        received.removeLast();

        // A garbled message, an overlong number, a control character: refused, nothing arrives.
        QByteArray reply;
        std::thread garbler([&] {
            QLocalSocket s;
            s.connectToServer(name);
            if (!s.waitForConnected(2000))
                return;
            s.write("HELLO THERE\n");
            s.write("CALL " + QByteArray(200, '9') + "\n");
            s.write("CALL 69\x01" "44\n");
            s.waitForBytesWritten(2000);
            while (reply.count('\n') < 3 && s.waitForReadyRead(2000))
                reply += s.readAll();
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply.count('\n') >= 3, 5000);
        garbler.join();
        QCOMPARE(reply.count("ERR"), 3);
        QCOMPARE(received.size(), 1);

        // Nobody listening: the hook says so, and the caller starts a desk.
        QVERIFY(CallRouter::sendCall(QStringLiteral("1"), QStringLiteral("civicdesk-test-nobody"), 300) == CallRouter::Delivery::NoDesk);
    }

    void screenPopOfAKnownCaller()
    {
        CallPanel panel(*m_desk);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QElapsedTimer t;
        t.start();
        panel.incomingCall(m_knownNumber);
        panel.repaint();
        qInfo("screen pop painted in %lld ms", t.elapsed());
        QCOMPARE(panel.page(), CallPanel::Page::Citizen);
        QCOMPARE(panel.currentCitizenId(), m_knownId);
        const Citizen c = *CitizenRepository(*m_db).get(m_knownId);
        QCOMPARE(panel.citizenPage()->nameLabel()->text(), c.displayName());
        QVERIFY(panel.callerLabel()->text().contains(c.displayName()));
        // The call is logged with its citizen; its requests, timeline and charts are on the page.
        QCOMPARE(text(*m_db, QStringLiteral("SELECT citizen_id FROM phone_call WHERE id = ?"), panel.currentCall().id), m_knownId);
        QVERIFY(panel.citizenPage()->requestsTable()->rowCount() > 0);
        QVERIFY(panel.citizenPage()->timelineList()->count() > 0);
        const auto series = panel.citizenPage()->satisfactionChart()->chart()->series();
        QVERIFY(!series.isEmpty());
        QCOMPARE(qobject_cast<QLineSeries *>(series.front())->count(), int(panel.citizenPage()->profile().satisfaction.size()));
        QVERIFY(!panel.citizenPage()->channelChart()->chart()->series().isEmpty());
        // The newest request's history shows at once below the list, in words as the queue shows it; another
        // request picked in the list shows its own.
        auto *history = panel.citizenPage()->findChild<RequestHistoryView *>();
        QVERIFY(history);
        const QList<CitizenRequest> &listed = panel.citizenPage()->profile().requests;
        QCOMPARE(history->count(), int(RequestRepository(*m_db).events(listed.front().id).size()));
        QVERIFY(history->count() > 0);
        const int last = int(listed.size()) - 1;
        panel.citizenPage()->requestsTable()->setCurrentCell(last, 0);
        QCOMPARE(history->count(), int(RequestRepository(*m_db).events(listed[last].id).size()));
        // The page shown again for another citizen opens on that citizen's newest request, not on nothing.
        const QString other = text(*m_db, QStringLiteral("SELECT citizen_id FROM service_request WHERE citizen_id IS NOT NULL AND citizen_id <> ? "
                                                         "ORDER BY created_at DESC LIMIT 1"),
                                   m_knownId);
        QVERIFY(!other.isEmpty());
        panel.citizenPage()->requestsTable()->setCurrentCell(0, 0);
        QVERIFY(panel.citizenPage()->show(other));
        const QList<CitizenRequest> &others = panel.citizenPage()->profile().requests;
        QVERIFY(!others.isEmpty());
        QCOMPARE(history->count(), int(RequestRepository(*m_db).events(others.front().id).size()));
        QVERIFY(panel.citizenPage()->show(m_knownId));
        for (int i = 0; i < history->count(); ++i)
            QVERIFY2(!history->item(i)->text().contains(QStringLiteral("status_change")), qPrintable(history->item(i)->text()));
        panel.endCall();
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT ended_at FROM phone_call WHERE id = (SELECT id FROM phone_call ORDER BY started_at DESC, id DESC LIMIT 1)")) > 0);
        QCOMPARE(panel.page(), CallPanel::Page::Idle);
    }

    void screenPopOfSeveralAndOfNobody()
    {
        // Two citizens sharing a landline.
        Citizen a, b;
        for (Citizen *c : {&a, &b}) {
            c->id = IdGenerator().next(m_now);
            c->tenantId = m_desk->tenant().id;
            c->givenName = c == &a ? QStringLiteral("Άννα") : QStringLiteral("Πέτρος");
            c->familyName = QStringLiteral("Σπυρόπουλος");
            c->phones = {{QStringLiteral("+302105550101"), QStringLiteral("210 555 0101"), QStringLiteral("home"), true}};
            c->createdAt = m_now;
            c->stamp = {m_now, QStringLiteral("test")};
            QVERIFY(m_db->transaction([&] { return CitizenRepository(*m_db).insert(*c); }).ok());
        }
        CallPanel panel(*m_desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.incomingCall(QStringLiteral("2105550101"));
        QCOMPARE(panel.page(), CallPanel::Page::Choose);
        QCOMPARE(panel.chooser()->count(), 2);
        QCOMPARE(QApplication::focusWidget(), panel.chooser());
        Keyboard keys;
        keys.key(Qt::Key_Down);
        keys.key(Qt::Key_Return);
        QCOMPARE(panel.page(), CallPanel::Page::Citizen);
        QVERIFY(panel.currentCitizenId() == a.id || panel.currentCitizenId() == b.id);
        panel.endCall();

        // Nobody: the registration form with the number, the given name to type first.
        panel.incomingCall(QStringLiteral("6977 000 123"));
        QCOMPARE(panel.page(), CallPanel::Page::Register);
        QCOMPARE(panel.citizenEditor()->phoneField(0)->text(), QStringLiteral("6977 000 123"));
        QCOMPARE(QApplication::focusWidget(), panel.citizenEditor()->givenName());
        keys.type(QStringLiteral("Ιωάννα"));
        keys.key(Qt::Key_Tab);
        keys.type(QStringLiteral("Μαρκου"));
        panel.citizenEditor()->emailField()->setText(QStringLiteral("ioanna at mail"));
        keys.key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Register); // a bad e-mail stops the save, nothing typed is lost
        QVERIFY(panel.citizenEditor()->problemLabel(QStringLiteral("email0"))->isVisibleTo(&panel));
        QCOMPARE(panel.citizenEditor()->givenName()->text(), QStringLiteral("Ιωάννα"));
        panel.citizenEditor()->emailField()->setText(QStringLiteral("ioanna@mail.gr"));
        keys.key(Qt::Key_S, Qt::ControlModifier);
        // With a phone and an e-mail, consent is asked first: the operator asks, ticks what the caller agrees to
        // (SMS, with the space bar) and saves again; the e-mail left unticked is recorded as a "no".
        QCOMPARE(panel.page(), CallPanel::Page::Register);
        QVERIFY(panel.citizenEditor()->problemLabel(QStringLiteral("consent"))->isVisibleTo(&panel));
        QVERIFY(panel.citizenEditor()->problemLabel(QStringLiteral("consent"))->text().contains(QStringLiteral("SMS")));
        QCOMPARE(QApplication::focusWidget(), panel.citizenEditor()->consentBox(ContactChannel::Sms));
        keys.key(Qt::Key_Space);
        QVERIFY(panel.citizenEditor()->consentBox(ContactChannel::Sms)->isChecked());
        keys.key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Citizen);
        const Citizen saved = *CitizenRepository(*m_db).get(panel.currentCitizenId());
        bool sms = false, emailRefused = false;
        for (const Consent &k : saved.consents) {
            sms = sms || (k.channel == ContactChannel::Sms && k.granted);
            emailRefused = emailRefused || (k.channel == ContactChannel::Email && !k.granted);
        }
        QVERIFY(sms);
        QVERIFY(emailRefused);
        QCOMPARE(saved.givenName, QStringLiteral("Ιωάννα"));
        QCOMPARE(saved.phones.value(0).e164, QStringLiteral("+306977000123"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT citizen_id FROM phone_call WHERE id = ?"), panel.currentCall().id), saved.id);
        panel.endCall();

        // Withheld number and letters: the form, the number as typed, a warning.
        for (const QString &bad : {QStringLiteral("anonymous"), QStringLiteral("12AB-x")}) {
            panel.incomingCall(bad);
            QCOMPARE(panel.page(), CallPanel::Page::Register);
            QCOMPARE(panel.citizenEditor()->phoneField(0)->text(), bad == QLatin1String("anonymous") ? QString() : bad);
            QVERIFY(!panel.callerLabel()->text().isEmpty());
            QVERIFY(panel.findChildren<QLabel *>().size() > 0);
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM phone_call WHERE caller_number = ?"), bad), 1);
            panel.endCall();
        }
    }

    void ctrlEEndsTheCallFromATextField()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.incomingCall(QStringLiteral("6977 000 321")); // nobody: the registration form, the cursor in a text field
        QCOMPARE(panel.page(), CallPanel::Page::Register);
        QCOMPARE(QApplication::focusWidget(), panel.citizenEditor()->givenName());
        Keyboard keys;
        keys.type(QStringLiteral("Ελένη"));
        const QString firstCall = panel.currentCall().id;
        keys.key(Qt::Key_E, Qt::ControlModifier);
        // The call filed nothing: how it ended is asked, one key and Enter.
        QCOMPARE(panel.page(), CallPanel::Page::Outcome);
        keys.key(Qt::Key_Return);
        QVERIFY(!panel.inCall());
        QCOMPARE(panel.page(), CallPanel::Page::Idle);
        QCOMPARE(m_desk->calls().call(firstCall)->outcome, CallOutcome::Information);

        // A text field that claims Ctrl+E as X11's text fields do ("end of line"; the offscreen platform's do not):
        // during a call the call's shortcut still wins.
        class X11LineEdit : public QLineEdit
        {
        public:
            using QLineEdit::QLineEdit;
            int claimed = 0;

        protected:
            bool event(QEvent *e) override
            {
                if (e->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(e)->key() == Qt::Key_E
                    && static_cast<QKeyEvent *>(e)->modifiers() == Qt::ControlModifier) {
                    ++claimed;
                    e->accept();
                    return true;
                }
                return QLineEdit::event(e);
            }
        };
        auto *field = new X11LineEdit(&panel);
        field->show();
        panel.incomingCall(QStringLiteral("6977 000 322"));
        QVERIFY(panel.inCall());
        field->setFocus();
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Outcome);
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier); // Ctrl+E again: ended with the outcome shown
        QVERIFY(!panel.inCall());
        QCOMPARE(field->claimed, 0); // never asked: the call's shortcut ran
        // Outside a call the text field has its key back.
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(field->claimed, 1);
    }

    void aSecondCallWaitsInLine()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.incomingCall(m_knownNumber);
        panel.newRequest();
        panel.intakeForm()->descriptionField()->setPlainText(QStringLiteral("half typed"));
        panel.incomingCall(QStringLiteral("6977 000 999"));
        QCOMPARE(panel.page(), CallPanel::Page::Intake); // the form being typed stays
        QCOMPARE(panel.waitingCalls(), QStringList{QStringLiteral("6977 000 999")});
        QVERIFY(panel.waitingLabel()->isVisibleTo(&panel));
        panel.intakeForm()->cancelled();
        panel.endCall();
        QCOMPARE(panel.page(), CallPanel::Page::Register); // the waiting caller is nobody we know
        QVERIFY(panel.waitingCalls().isEmpty());
        QCOMPARE(panel.citizenEditor()->phoneField(0)->text(), QStringLiteral("6977 000 999"));
    }

    void anAnonymousCallerIsServedWithoutRegistering()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        const qint64 before = m_db->countedRows("service_request");
        panel.incomingCall(QStringLiteral("anonymous")); // a withheld number: the registration form
        QCOMPARE(panel.page(), CallPanel::Page::Register);
        QVERIFY(panel.citizenEditor()->anonymousButton()->isVisibleTo(&panel));
        // Cancel keeps the call and says what can be done: no dead end.
        panel.citizenEditor()->cancelled();
        QVERIFY(panel.inCall());
        QCOMPARE(panel.page(), CallPanel::Page::Idle);
        const QLabel *idle = nullptr;
        for (const QLabel *l : panel.findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("not identified")))
                idle = l;
        QVERIFY(idle && idle->isVisibleTo(&panel));
        // Ctrl+R brings the form back, Ctrl+N from it takes an anonymous request.
        Keyboard keys;
        keys.key(Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Register);
        keys.key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Intake);
        QVERIFY(panel.currentCitizenId().isEmpty());
        QCOMPARE(QApplication::focusWidget(), panel.intakeForm()->typeField()->edit());
        keys.type(QStringLiteral("λακ"));
        keys.key(Qt::Key_Return);
        keys.type(QStringLiteral("ερμ 14"));
        keys.key(Qt::Key_Return);
        keys.key(Qt::Key_Down);
        keys.key(Qt::Key_Return, Qt::ControlModifier);
        if (!panel.intakeForm()->duplicates().isEmpty())
            keys.key(Qt::Key_Return, Qt::ControlModifier); // a new one on purpose, the same problem nearby named first
        QCOMPARE(panel.page(), CallPanel::Page::Done);
        QCOMPARE(m_db->countedRows("service_request"), before + 1);
        const ServiceRequest r = *RequestRepository(*m_db).byTrackingNumber(panel.trackingLabel()->text());
        QVERIFY(r.citizenId.isEmpty());
        QVERIFY(panel.readBackLabel()->text().contains(QStringLiteral("Ερμού 14")));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT relation FROM call_request WHERE request_id = ?"), r.id), QStringLiteral("filed"));
        // Ctrl+E ends it from there, and the desk is free: a call that filed a request is not asked how it ended.
        const QString callId = panel.currentCall().id;
        keys.key(Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!panel.inCall());
        QCOMPARE(m_desk->calls().call(callId)->outcome, CallOutcome::Request);
    }

    void aCallThatFilesNothingSaysHowItEnded()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        Keyboard keys;
        // A caller who asked about a request: "asked about a request" is ready, a note is typed, Enter ends.
        panel.incomingCall(m_knownNumber);
        QCOMPARE(panel.page(), CallPanel::Page::Citizen);
        const QString asked = panel.currentCall().id;
        const QString requestId = text(*m_db, QStringLiteral("SELECT id FROM service_request WHERE citizen_id = ? LIMIT 1"), m_knownId);
        QVERIFY(!requestId.isEmpty());
        QVERIFY(m_desk->runStatus(CommandName::LinkCall, {{QStringLiteral("callId"), asked}, {QStringLiteral("requestId"), requestId},
                                                          {QStringLiteral("relation"), QStringLiteral("looked_at")}}).ok());
        keys.key(Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Outcome);
        QCOMPARE(panel.outcomeList()->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("status"));
        // Esc goes back to the call, which goes on.
        keys.key(Qt::Key_Escape);
        QCOMPARE(panel.page(), CallPanel::Page::Citizen);
        QVERIFY(panel.inCall());
        keys.key(Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Outcome);
        keys.type(QStringLiteral("4")); // transferred
        QCOMPARE(QApplication::focusWidget(), panel.outcomeNote());
        keys.type(QStringLiteral("to the water utility"));
        keys.key(Qt::Key_Return);
        QVERIFY(!panel.inCall());
        const std::optional<Call> ended = m_desk->calls().call(asked);
        QVERIFY(ended && ended->endedAt > 0);
        QCOMPARE(ended->outcome, CallOutcome::Transferred);
        QCOMPARE(ended->outcomeNote, QStringLiteral("to the water utility"));
        // The citizen's history says so in words.
        const Result<CitizenProfile> profile = m_desk->profiles().load(ended->citizenId);
        QVERIFY(profile.ok());
        bool said = false;
        for (const TimelineEntry &e : profile->timeline)
            said = said || (e.kind == TimelineEntry::Kind::Call && e.detail.contains(displayName(CallOutcome::Transferred))
                            && e.detail.contains(QStringLiteral("to the water utility")));
        QVERIFY(said);
        // A command cannot claim a request for a call that filed none.
        panel.incomingCall(QStringLiteral("6977 000 777"));
        const QString other = panel.currentCall().id;
        QVERIFY(!m_desk->runStatus(CommandName::EndCall, {{QStringLiteral("callId"), other}, {QStringLiteral("outcome"), QStringLiteral("request")}}).ok());
        QVERIFY(!m_desk->runStatus(CommandName::EndCall, {{QStringLiteral("callId"), other}, {QStringLiteral("outcome"), QStringLiteral("chat")}}).ok());
        panel.endCall(CallOutcome::Other);
        QCOMPARE(m_desk->calls().call(other)->outcome, CallOutcome::Other);
    }

    void aCallerFoundBySearchIsTakenAsTheCaller()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.incomingCall(QStringLiteral("6977 000 444")); // a known citizen calling from another phone
        QCOMPARE(panel.page(), CallPanel::Page::Register);
        panel.openCitizen(m_knownId); // found by search while the form is open
        QCOMPARE(panel.page(), CallPanel::Page::Citizen);
        QCOMPARE(panel.currentCitizenId(), m_knownId);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT citizen_id FROM phone_call WHERE id = ?"), panel.currentCall().id), m_knownId);
        panel.endCall();
    }

    void aWaitingCallIsNeverStranded()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.incomingCall(m_knownNumber);
        panel.newRequest();
        panel.intakeForm()->descriptionField()->setPlainText(QStringLiteral("half typed"));
        panel.incomingCall(QStringLiteral("6977 000 555"));
        panel.incomingCall(QStringLiteral("6977 000 556"));
        QCOMPARE(panel.waitingCalls(), (QStringList{QStringLiteral("6977 000 555"), QStringLiteral("6977 000 556")}));
        // The call ends with the form kept: the first waiting call does not jump over it, and stays visible.
        QTimer::singleShot(100, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                    box->button(QMessageBox::Yes)->click();
        });
        panel.endCall();
        QVERIFY(!panel.inCall());
        QCOMPARE(panel.page(), CallPanel::Page::Intake);
        QVERIFY(panel.waitingLabel()->isVisibleTo(&panel));
        QVERIFY(panel.waitingLabel()->text().contains(QStringLiteral("F6")));
        // Giving up the form takes the first waiting call, in the order they came.
        panel.intakeForm()->cancelled();
        QVERIFY(panel.inCall());
        QCOMPARE(panel.currentCall().callerNumber, QStringLiteral("6977 000 555"));
        QCOMPARE(panel.waitingCalls(), QStringList{QStringLiteral("6977 000 556")});
        panel.takeNextWaiting(true); // refused while a call is on: said, nothing lost
        QCOMPARE(panel.waitingCalls().size(), 1);
        panel.endCall();
        QCOMPARE(panel.currentCall().callerNumber, QStringLiteral("6977 000 556"));
        panel.endCall();
    }

    void oneUsersDraftNeverShowsOnAnotherUsersDesk()
    {
        {
            CallPanel panel(*m_desk);
            panel.show();
            panel.incomingCall(m_knownNumber);
            panel.newRequest();
            panel.intakeForm()->descriptionField()->setPlainText(QStringLiteral("the operator's own"));
            QTRY_VERIFY(m_desk->drafts().load(draftKey()).has_value());
        }
        // The supervisor signs in at the same desk: no form of the operator's.
        const User supervisor = WidgetTests::userNamed(*m_db, QStringLiteral("supervisor"));
        QVERIFY(!supervisor.id.isEmpty() && supervisor.id != m_desk->user().id);
        {
            DeskSession other(*m_db, *m_search, QStringLiteral("en"), [this] { return m_now; }, supervisor.id);
            CallPanel theirs(other);
            QVERIFY(!theirs.restoreDraft());
            QCOMPARE(theirs.page(), CallPanel::Page::Idle);
        }
        // The operator gets it back.
        CallPanel again(*m_desk);
        QVERIFY(again.restoreDraft());
        QCOMPARE(again.intakeForm()->descriptionField()->toPlainText(), QStringLiteral("the operator's own"));
        const QString callId = again.currentCall().id;
        QVERIFY(!callId.isEmpty());
        again.intakeForm()->cancelled();
        again.endCall();

        // A draft kept for everybody by an earlier version goes to the operator whose call it was, not to others.
        QJsonObject legacy{{QStringLiteral("page"), QStringLiteral("intake")},
                           {QStringLiteral("intake"), IntakeDraft{}.toJson()},
                           {QStringLiteral("callId"), callId}};
        QVERIFY(m_desk->drafts().save(QStringLiteral("call"), legacy, m_now).ok());
        DeskSession other(*m_db, *m_search, QStringLiteral("en"), [this] { return m_now; }, supervisor.id);
        CallPanel theirs(other);
        QVERIFY(!theirs.restoreDraft());
        QVERIFY(m_desk->drafts().load(QStringLiteral("call")).has_value());
    }

    void aCitizensEmailFiledFromTheDispatchList()
    {
        // A resident e-mails about rubbish with a photo; it waits in the desk's list until an operator files it.
        CommandRunner runner(*m_db);
        MailIntake intake(*m_db, runner, [this] { return m_now; });
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QByteArray jpeg;
        QBuffer out(&jpeg);
        out.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&out, "JPG"));
        const QByteArray mail = "From: Anna Rossi <anna.rossi@example.org>\r\nSubject: Rubbish on Ermou street\r\nMessage-ID: <rubbish-"
                                + QByteArray::number(m_now) + "@example.org>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                                  "Content-Type: text/plain; charset=utf-8\r\n\r\nBags of rubbish left at Ermou 12 since Monday.\r\n--b\r\n"
                                  "Content-Type: image/jpeg\r\nContent-Disposition: attachment; filename=bags.jpg\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                                + jpeg.toBase64() + "\r\n--b--\r\n";
        Result<MailOutcome> taken = Error{};
        QVERIFY(m_db->transaction([&]() -> Status {
                        taken = intake.take(mail, QStringLiteral("report@example.gr"));
                        return taken ? Status{} : Status(taken.error());
                    })
                    .ok());
        QCOMPARE(int(taken->kind), int(MailOutcome::Kind::Waiting));

        MailPanel list(*m_desk);
        CallPanel panel(*m_desk);
        connect(&list, &MailPanel::fileWanted, &panel, &CallPanel::fileFromMail);
        panel.show();
        list.show();
        QCOMPARE(list.waitingCount(), 1);
        QVERIFY(list.list()->topLevelItem(0)->text(1).contains(QStringLiteral("anna.rossi@example.org")));
        QCOMPARE(list.list()->topLevelItem(0)->text(3), QStringLiteral("1"));
        // Enter on it: the intake form with the citizen, the text and the photo; the type and the place are asked.
        list.list()->setFocus();
        QTest::keyClick(list.list(), Qt::Key_Return);
        QCOMPARE(panel.page(), CallPanel::Page::Intake);
        QVERIFY(panel.intakeForm()->draft().description.contains(QStringLiteral("Bags of rubbish left at Ermou 12")));
        QCOMPARE(panel.intakeForm()->draft().photos.size(), 1);
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.intakeForm()->typeField()->edit()->setFocus();
        Keyboard keys;
        keys.type(QStringLiteral("σκουπ"));
        keys.key(Qt::Key_Return);
        keys.type(QStringLiteral("ερμ 12"));
        keys.key(Qt::Key_Return);
        keys.key(Qt::Key_Return, Qt::ControlModifier);
        if (panel.page() == CallPanel::Page::Intake && !panel.intakeForm()->duplicates().isEmpty())
            keys.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Done);
        const ServiceRequest r = *RequestRepository(*m_db).byTrackingNumber(panel.trackingLabel()->text());
        QCOMPARE(r.channel, Channel::Email);
        QCOMPARE(r.citizenId, taken->mailId.isEmpty() ? QString() : InboundMailStore(*m_db).byId(taken->mailId)->citizenId);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM attachment WHERE request_id = ?"), r.id), qint64(1));
        // Filed: it leaves the list, and says which request it became.
        list.refresh();
        QCOMPARE(list.waitingCount(), 0);
        QCOMPARE(InboundMailStore(*m_db).byId(taken->mailId)->requestId, r.id);
        // The citizen who wrote is told by e-mail, at the address they wrote from.
        QCOMPARE(text(*m_db, QStringLiteral("SELECT address FROM notification WHERE request_id = ? AND kind = 'confirmation'"), r.id),
                 QStringLiteral("anna.rossi@example.org"));
    }

    void aPotholeFromTheKeyboardInAtMost25Keystrokes()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.incomingCall(m_knownNumber);
        QCOMPARE(panel.page(), CallPanel::Page::Citizen);
        const qint64 before = m_db->countedRows("service_request");

        Keyboard keys;
        keys.key(Qt::Key_N, Qt::ControlModifier);               // new request
        QCOMPARE(panel.page(), CallPanel::Page::Intake);
        QCOMPARE(QApplication::focusWidget(), panel.intakeForm()->typeField()->edit());
        keys.type(QStringLiteral("λακ"));                        // the type, in Greek
        keys.key(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), panel.intakeForm()->addressField()->edit());
        keys.type(QStringLiteral("ερμ 12"));                     // the address, accent-free
        keys.key(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), panel.intakeForm()->attributeField(QStringLiteral("size")));
        keys.key(Qt::Key_Down);                                   // the hole's size
        keys.key(Qt::Key_Return, Qt::ControlModifier);           // file
        if (!panel.intakeForm()->duplicates().isEmpty()) {
            // Another pothole nearby: the first press named it; the caller's is another hole, filed on purpose.
            QCOMPARE(panel.page(), CallPanel::Page::Intake);
            QCOMPARE(m_db->countedRows("service_request"), before);
            keys.key(Qt::Key_Return, Qt::ControlModifier);
        }
        qInfo("pothole filed in %d keystrokes", keys.count);

        QCOMPARE(panel.page(), CallPanel::Page::Done);
        QVERIFY(keys.count <= 25);
        QCOMPARE(m_db->countedRows("service_request"), before + 1);
        const ServiceRequest r = *RequestRepository(*m_db).byTrackingNumber(panel.trackingLabel()->text());
        QCOMPARE(r.serviceTypeId, CatalogueRepository(*m_db).typeByCode(QStringLiteral("road.pothole"))->id);
        QCOMPARE(r.address, QStringLiteral("Ερμού 12"));
        QCOMPARE(r.attributes.value(QStringLiteral("size")), QStringLiteral("small"));
        QCOMPARE(r.citizenId, m_knownId);
        QVERIFY(!r.districtId.isEmpty());
        // The page reads back what was filed: number, type, place, who handles it and by when.
        const QString readBack = panel.readBackLabel()->text();
        QVERIFY2(readBack.contains(r.trackingNumber) && readBack.contains(QStringLiteral("Ερμού 12")), qPrintable(readBack));
        QVERIFY2(readBack.contains(DateText::longDate(r.dueAt, QLocale(QStringLiteral("el"))))
                     || readBack.contains(DateText::longDate(r.dueAt, QLocale(QStringLiteral("en")))), qPrintable(readBack));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT relation FROM call_request WHERE request_id = ?"), r.id), QStringLiteral("filed"));
        // The tracking number is large, and can be copied.
        QVERIFY(panel.trackingLabel()->font().pointSizeF() >= 2.5 * panel.font().pointSizeF());
        keys.key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), r.trackingNumber);
        // The draft is gone once filed.
        QVERIFY(!m_desk->drafts().load(draftKey()));
    }

    void aRealAddressFromOpenStreetMapPlacesThePin()
    {
        // A municipality whose gazetteer comes from OpenStreetMap (Monaco's extract): the operator types a real
        // address and the pin lands on the address point the map data gives.
        const QString pbf = QStringLiteral(CIVICDESK_SHARED_DATA "/osm/monaco.osm.pbf");
        if (!QFileInfo::exists(pbf))
            QSKIP("shared test data not found");
        QTemporaryDir dir;
        std::unique_ptr<Database> db = WidgetTests::demoDatabase(dir.filePath(QStringLiteral("osm.civicdesk")), 20, 50, 4);
        QVERIFY(db);
        Result<ImportReport> imported = StreetImporter(*db).importOsm(pbf, 10);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        SearchService search(*db, QStringLiteral("GR"));
        DeskSession desk(*db, search, QStringLiteral("en"), [this] { return m_now; });
        CallPanel panel(desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        const QString number = text(*db, QStringLiteral("SELECT p.typed FROM citizen_phone p WHERE p.valid = 1 AND (SELECT count(*) FROM citizen_phone q "
                                                        "WHERE q.e164 = p.e164) = 1 LIMIT 1"));
        QVERIFY(!number.isEmpty());
        panel.incomingCall(number);
        QCOMPARE(panel.page(), CallPanel::Page::Citizen);
        Keyboard keys;
        keys.key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Intake);
        panel.intakeForm()->addressField()->edit()->setFocus();
        keys.type(QStringLiteral("avenue des papalins 6"));
        keys.key(Qt::Key_Return);
        const IntakeDraft d = panel.intakeForm()->draft();
        QCOMPARE(d.address, QStringLiteral("Avenue des Papalins 6"));
        QVERIFY(d.location.isValid());
        // OSM node 1662764981: addr:street "Avenue des Papalins", addr:housenumber 6, at 43.7292405, 7.4172037.
        const double metres = d.location.distanceTo(QGeoCoordinate(43.7292405, 7.4172037));
        QVERIFY2(metres < 30, qPrintable(QString::number(metres)));
        QCOMPARE(desk.intake().gazetteer().districtName(d.districtId), QStringLiteral("Fontvieille"));
        panel.intakeForm()->cancelled();
        panel.endCall();
    }

    void badInputIsShownAndNothingIsLost()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.incomingCall(m_knownNumber);
        panel.newRequest();
        IntakeForm *form = panel.intakeForm();
        const qint64 before = m_db->countedRows("service_request");
        Keyboard keys;
        keys.type(QStringLiteral("pothole"));
        keys.key(Qt::Key_Return);
        keys.type(QStringLiteral("Baker Street 221"));
        keys.key(Qt::Key_Return);
        QVERIFY(form->problemLabel(QStringLiteral("address"))->isVisibleTo(form));
        form->descriptionField()->setPlainText(QStringLiteral("Μεγάλη τρύπα"));
        keys.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Intake);
        QCOMPARE(m_db->countedRows("service_request"), before);
        QVERIFY(form->problemLabel(QStringLiteral("attr:size"))->isVisibleTo(form));
        QCOMPARE(form->addressField()->text(), QStringLiteral("Baker Street 221"));
        QCOMPARE(form->descriptionField()->toPlainText(), QStringLiteral("Μεγάλη τρύπα"));

        // Coordinates outside the municipality, then badly written ones.
        form->coordinatesField()->setFocus();
        keys.type(QStringLiteral("40.64, 22.94"));
        QVERIFY(form->problemLabel(QStringLiteral("location"))->isVisibleTo(form));
        QVERIFY(form->problemLabel(QStringLiteral("location"))->text().contains(QStringLiteral("outside")));
        form->coordinatesField()->clear();
        keys.type(QStringLiteral("north of the church"));
        QVERIFY(form->problemLabel(QStringLiteral("location"))->isVisibleTo(form));
        QVERIFY(!form->draft().location.isValid());

        // A number the street does not have.
        form->addressField()->edit()->setFocus();
        form->addressField()->edit()->clear();
        keys.type(QStringLiteral("Ερμού 9999"));
        keys.key(Qt::Key_Return);
        QVERIFY(form->problemLabel(QStringLiteral("address"))->text().contains(QStringLiteral("9999")));
        QVERIFY(!form->draft().location.isValid());

        // The emergency flag: a banner, the top priority, an event.
        form->addressField()->edit()->clear();
        form->addressField()->edit()->setFocus();
        keys.type(QStringLiteral("Αθηνάς 3"));
        keys.key(Qt::Key_Return);
        QVERIFY(form->draft().location.isValid());
        static_cast<QComboBox *>(form->attributeField(QStringLiteral("size")))->setCurrentIndex(3);
        form->emergencyBox()->setChecked(true);
        QVERIFY(form->emergencyBanner()->isVisibleTo(form));
        QVERIFY(form->emergencyBanner()->text().contains(m_desk->tenant().emergencyNumber));
        keys.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Done);
        const ServiceRequest r = *RequestRepository(*m_db).byTrackingNumber(panel.lastTrackingNumber());
        QCOMPARE(r.priority, Priority::Emergency);
        QVERIFY(r.emergency);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM request_event WHERE request_id = ? AND kind = 'emergency'"), r.id), 1);
    }

    void duplicatesNearbyCanBeJoined()
    {
        // An open pothole from last week.
        const QString typeId = CatalogueRepository(*m_db).typeByCode(QStringLiteral("road.pothole"))->id;
        SqliteStatement s(SqliteAccess::handle(*m_db), "SELECT id, lat, lon FROM service_request WHERE service_type_id = ? AND status NOT IN ('resolved','closed','rejected','duplicate') "
                                          "AND created_at > ? AND created_at < ? AND lat IS NOT NULL ORDER BY created_at DESC LIMIT 1");
        s.bind(1, typeId);
        s.bind(2, m_now - 20LL * 86400000);
        s.bind(3, m_now);
        QVERIFY(s.step());
        const QString existing = s.text(0);
        const QString where = QStringLiteral("%1, %2").arg(s.real(1), 0, 'f', 6).arg(s.real(2), 0, 'f', 6);
        const int reportersBefore = int(RequestRepository(*m_db).reporters(existing).size());

        CallPanel panel(*m_desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.incomingCall(m_knownNumber);
        panel.newRequest();
        IntakeForm *form = panel.intakeForm();
        Keyboard keys;
        keys.type(QStringLiteral("λακκ"));
        keys.key(Qt::Key_Return);
        form->coordinatesField()->setFocus();
        keys.type(where);
        QVERIFY(form->duplicatesTable()->rowCount() >= 1);
        QCOMPARE(form->duplicates().front().requestId, existing);
        QVERIFY(form->duplicates().front().distanceM < 1.0);
        qInfo("duplicates shown %.2f ms after the place was set", form->lastDuplicateLookupMs());
        QVERIFY(form->lastDuplicateLookupMs() < 50);
        const qint64 before = m_db->countedRows("service_request");
        // Ctrl+Enter with the same problem 0 m away files nothing yet: it names the request and offers to join it.
        const QString existingNumber = RequestRepository(*m_db).get(existing)->trackingNumber;
        keys.key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Intake);
        QCOMPARE(m_db->countedRows("service_request"), before);
        bool named = false;
        for (const QLabel *l : form->findChildren<QLabel *>())
            named = named || (l->isVisibleTo(form) && l->text().contains(existingNumber) && l->text().contains(QStringLiteral("Ctrl+L")));
        QVERIFY(named);
        keys.key(Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(panel.page(), CallPanel::Page::Done);
        QCOMPARE(m_db->countedRows("service_request"), before);
        QCOMPARE(panel.lastTrackingNumber(), RequestRepository(*m_db).get(existing)->trackingNumber);
        const QStringList reporters = RequestRepository(*m_db).reporters(existing);
        QVERIFY(reporters.contains(m_knownId));
        QVERIFY(reporters.size() == reportersBefore + 1 || reportersBefore > 0);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT relation FROM call_request WHERE call_id = ?"), panel.currentCall().id), QStringLiteral("linked"));
    }

    void anUnfinishedIntakeComesBackAfterACrash()
    {
        QString callId;
        {
            CallPanel panel(*m_desk);
            panel.show();
            panel.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&panel));
            panel.incomingCall(m_knownNumber);
            callId = panel.currentCall().id;
            panel.newRequest();
            Keyboard keys;
            keys.type(QStringLiteral("λακ"));
            keys.key(Qt::Key_Return);
            keys.type(QStringLiteral("Ερμού 20"));
            keys.key(Qt::Key_Return);
            panel.intakeForm()->descriptionField()->setPlainText(QStringLiteral("Μπροστά στο φαρμακείο"));
            // The draft is written a moment after the last change, without closing anything.
            QTRY_VERIFY(m_desk->drafts().load(draftKey()).has_value() &&
                        m_desk->drafts().load(draftKey())->value(QLatin1String("intake")).toObject()
                            .value(QLatin1String("description")).toString() == QStringLiteral("Μπροστά στο φαρμακείο"));
        }
        // The next start.
        CallPanel again(*m_desk);
        QVERIFY(again.restoreDraft());
        QCOMPARE(again.page(), CallPanel::Page::Intake);
        QCOMPARE(again.currentCall().id, callId);
        QCOMPARE(again.currentCitizenId(), m_knownId);
        const IntakeDraft d = again.intakeForm()->draft();
        QCOMPARE(d.address, QStringLiteral("Ερμού 20"));
        QVERIFY(d.location.isValid());
        QCOMPARE(d.description, QStringLiteral("Μπροστά στο φαρμακείο"));
        QCOMPARE(again.intakeForm()->descriptionField()->toPlainText(), QStringLiteral("Μπροστά στο φαρμακείο"));
        QCOMPARE(again.intakeForm()->addressField()->text(), QStringLiteral("Ερμού 20"));
        QVERIFY(!again.intakeForm()->typeField()->text().isEmpty());
    }

    void everyInputHasAnAccessibleNameAndEveryActionAKey()
    {
        CallPanel panel(*m_desk);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.incomingCall(m_knownNumber);
        panel.newRequest();
        Keyboard keys;
        keys.type(QStringLiteral("λακ"));
        keys.key(Qt::Key_Return);
        for (QWidget *w : panel.findChildren<QWidget *>()) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                qobject_cast<QTableWidget *>(w);
            if (!input || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            QVERIFY2(!w->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                     qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
        ShortcutsDialog dialog(&panel);
        QStringList listed;
        for (int i = 0; i < dialog.table()->rowCount(); ++i)
            listed.append(dialog.table()->item(i, 0)->text() + QStringLiteral(" = ") + dialog.table()->item(i, 1)->text());
        for (QAction *a : panel.actions()) {
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            QVERIFY2(listed.contains(a->text().remove(u'&') + QStringLiteral(" = ") + a->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(a->text()));
        }
    }

private:
    QString draftKey() const { return QStringLiteral("call/") + m_desk->user().id; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<DeskSession> m_desk;
    qint64 m_now = QDateTime(QDate(2026, 10, 30), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
    QString m_knownId;
    QString m_knownNumber;
};

QTEST_MAIN(TestCallDesk)
#include "tst_calldesk.moc"
