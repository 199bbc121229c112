// SPDX-License-Identifier: GPL-3.0-or-later
// The editor of the messages to citizens on a real demo file: the preview filled in with a typical request, the
// SMS length counted as the text is typed, a refusal shown before anything is kept, a placeholder inserted where
// the cursor is, a saved template used for the next message, CivicDesk's words put back; read-only for anyone
// but an administrator.
#include "core/search/searchservice.h"
#include "core/session/desksession.h"
#include "core/storage/database.h"
#include "core/storage/templatestore.h"
#include "core/text/desktranslations.h"
#include "ui/desk/templatesdialog.h"
#include "widgettestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace CivicDesk;
using WidgetTests::child;
using MessageTemplates::Event;

class TestTemplatesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;

    std::unique_ptr<DeskSession> session(const QString &username)
    {
        const User u = WidgetTests::userNamed(*m_db, username);
        return std::make_unique<DeskSession>(*m_db, *m_search, QStringLiteral("en"), systemClock(), u.id);
    }


private Q_SLOTS:
    void initTestCase()
    {
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 200, 500);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
        installDeskTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void anAdministratorWritesAnSmsWithThePreviewAndTheLength()
    {
        std::unique_ptr<DeskSession> desk = session(QStringLiteral("admin"));
        TemplatesDialog dialog(*desk);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *events = child<QListWidget>(dialog, "events");
        QCOMPARE(events->count(), 8);
        // The municipality's main language and SMS first: CivicDesk's own words, filled in for the preview.
        QCOMPARE(child<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("el"));
        QCOMPARE(child<QComboBox>(dialog, "channel")->currentData().toString(), QStringLiteral("sms"));
        auto *body = child<QPlainTextEdit>(dialog, "body");
        QVERIFY(body->toPlainText().contains(QStringLiteral("{tracking}")));
        auto *preview = child<QTextBrowser>(dialog, "preview");
        QVERIFY(preview->toPlainText().contains(QStringLiteral("26-K7-04512")));
        QVERIFY(preview->toPlainText().startsWith(desk->tenant().name));
        QVERIFY(child<QLabel>(dialog, "origin")->text().contains(QStringLiteral("CivicDesk's own")));
        auto *length = child<QLabel>(dialog, "length");
        QVERIFY(length->text().contains(QStringLiteral("SMS")));
        auto *save = child<QPushButton>(dialog, "save");
        QVERIFY(!save->isEnabled()); // nothing changed yet

        // An unknown placeholder: said at once, and the template cannot be saved.
        dialog.select(Event::Accepted, QStringLiteral("en"), QStringLiteral("sms"));
        body->setPlainText(QStringLiteral("{municipality}: {trackingnumber} accepted."));
        QVERIFY(dialog.problem().contains(QStringLiteral("{trackingnumber}")));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.save());
        QVERIFY(TemplateStore(*m_db).all().isEmpty());

        // Typed by keyboard, a placeholder inserted where the cursor is, the length following the text.
        body->clear();
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("Request "));
        auto *insert = child<QComboBox>(dialog, "insert");
        const int trackingItem = insert->findData(QStringLiteral("tracking"));
        QVERIFY(trackingItem > 0);
        insert->setCurrentIndex(trackingItem);
        Q_EMIT insert->activated(trackingItem);
        QCOMPARE(body->toPlainText(), QStringLiteral("Request {tracking}"));
        QTest::keyClicks(body, QStringLiteral(" accepted."));
        QCOMPARE(preview->toPlainText(), QStringLiteral("Request 26-K7-04512 accepted."));
        QVERIFY(length->text().startsWith(QStringLiteral("29 characters · 1 SMS (GSM 7-bit)")));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.unsaved(), 1);
        // Switching away keeps the edit (the event is marked), and coming back finds it.
        dialog.select(Event::Resolved, QStringLiteral("en"), QStringLiteral("sms"));
        QVERIFY(events->item(int(Event::Accepted))->text().endsWith(QStringLiteral(" •")));
        dialog.select(Event::Accepted, QStringLiteral("en"), QStringLiteral("sms"));
        QCOMPARE(body->toPlainText(), QStringLiteral("Request {tracking} accepted."));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(dialog.unsaved(), 0);
        const std::optional<MessageTemplate> kept = TemplateStore(*m_db).get(QStringLiteral("accepted"), QStringLiteral("en"), QStringLiteral("sms"));
        QVERIFY(kept.has_value());
        QCOMPARE(kept->body, QStringLiteral("Request {tracking} accepted."));
        QVERIFY(child<QLabel>(dialog, "origin")->text().contains(QStringLiteral("Written for the municipality")));

        // A Greek SMS is Unicode: 70 characters in one, and a long one is refused past two messages.
        dialog.select(Event::Accepted, QStringLiteral("el"), QStringLiteral("sms"));
        body->setPlainText(QString(140, QChar(0x03B1)));
        QVERIFY(length->text().contains(QStringLiteral("3 SMS")));
        QVERIFY(length->text().contains(QStringLiteral("Unicode")));
        QVERIFY(dialog.problem().contains(QStringLiteral("3 messages")));
        QVERIFY(!save->isEnabled());

        // CivicDesk's words back for the English one.
        dialog.select(Event::Accepted, QStringLiteral("en"), QStringLiteral("sms"));
        QVERIFY(dialog.restore());
        QVERIFY(TemplateStore(*m_db).all().isEmpty());
        QVERIFY(body->toPlainText().contains(QStringLiteral("has been accepted")));
        dialog.select(Event::Accepted, QStringLiteral("el"), QStringLiteral("sms"));
        QVERIFY(dialog.restore()); // the unsaved Greek edit dropped
        QCOMPARE(dialog.unsaved(), 0);
    }

    void anEmailHasASubjectAndHtmlShownInThePreview()
    {
        std::unique_ptr<DeskSession> desk = session(QStringLiteral("admin"));
        TemplatesDialog dialog(*desk);
        dialog.select(Event::Resolved, QStringLiteral("en"), QStringLiteral("email"));
        auto *subject = child<QLineEdit>(dialog, "subject");
        auto *html = child<QPlainTextEdit>(dialog, "html");
        QVERIFY(!subject->isHidden());
        QVERIFY(!html->isHidden());
        subject->setText(QStringLiteral("{tracking} is done"));
        Q_EMIT subject->textEdited(subject->text());
        html->setPlainText(QStringLiteral("<h2>{municipality}</h2><p>{reason}</p>"));
        const QString shown = child<QTextBrowser>(dialog, "preview")->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("26-K7-04512 is done")));
        QVERIFY(shown.contains(desk->tenant().name));
        QVERIFY(shown.contains(QStringLiteral("The road was patched.")));
        QVERIFY(dialog.save());
        const std::optional<MessageTemplate> kept = TemplateStore(*m_db).get(QStringLiteral("resolved"), QStringLiteral("en"), QStringLiteral("email"));
        QVERIFY(kept.has_value());
        QCOMPARE(kept->subject, QStringLiteral("{tracking} is done"));
        QVERIFY(dialog.restore());
        // SMS have neither.
        dialog.select(Event::Resolved, QStringLiteral("en"), QStringLiteral("sms"));
        QVERIFY(subject->isHidden());
        QVERIFY(html->isHidden());
    }

    void othersReadTheTemplatesButCannotChangeThem()
    {
        std::unique_ptr<DeskSession> desk = session(QStringLiteral("supervisor"));
        TemplatesDialog dialog(*desk);
        QVERIFY(child<QLabel>(dialog, "readOnlyNote")->text().contains(QStringLiteral("administrator")));
        auto *body = child<QPlainTextEdit>(dialog, "body");
        QVERIFY(body->isReadOnly());
        QVERIFY(!child<QPushButton>(dialog, "save")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "restore")->isEnabled());
        QVERIFY(!body->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestTemplatesDialog)
#include "tst_templatesdialog.moc"
