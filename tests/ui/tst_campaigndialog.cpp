// SPDX-License-Identifier: GPL-3.0-or-later
// A targeted message from the desk on a real demo file: the citizens of one district, counted per channel with
// those who agreed to none before anything is sent; a text naming a request's placeholder refused on the page;
// sent, then in the send log with its messages waiting; nothing to send for an operator.
#include "core/search/searchservice.h"
#include "core/session/desksession.h"
#include "core/storage/campaignstore.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/text/desktranslations.h"
#include "ui/desk/campaigndialog.h"
#include "widgettestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace CivicDesk;
using WidgetTests::child;

class TestCampaignDialog : public QObject
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
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 400, 800);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
        installDeskTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void aSupervisorWritesToOneDistrict()
    {
        std::unique_ptr<DeskSession> desk = session(QStringLiteral("supervisor"));
        CampaignDialog dialog(*desk);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *send = child<QPushButton>(dialog, "send");
        QVERIFY(!send->isEnabled()); // no title, no text yet
        QVERIFY(!dialog.previewText().isEmpty());

        auto *districts = child<QListWidget>(dialog, "districts");
        QVERIFY(districts->count() > 1);
        districts->item(0)->setCheckState(Qt::Checked);
        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Water cut"));
        auto *body = child<QPlainTextEdit>(dialog, "body");
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("{tracking}: no water"));
        QTRY_VERIFY(dialog.previewText().contains(QStringLiteral("{tracking}")));
        QVERIFY(!send->isEnabled());
        body->setPlainText(QStringLiteral("{municipality}: no water on Thursday 9:00-14:00."));

        const Campaigns::Draft draft = dialog.draft();
        QCOMPARE(draft.criteria.districts, QStringList{districts->item(0)->data(Qt::UserRole).toString()});
        const Result<Campaigns::Preview> expected = Campaigns(*m_db, desk->tenant()).preview(draft);
        QVERIFY(expected.ok());
        QVERIFY(expected->sms + expected->email > 0);
        QTRY_VERIFY(dialog.previewText().startsWith(QStringLiteral("Reaches %1 citizen").arg(expected->sms + expected->email)));
        QVERIFY(dialog.previewText().contains(QStringLiteral("%1 by SMS, %2 by e-mail.").arg(expected->sms).arg(expected->email)));
        QVERIFY(dialog.previewText().contains(QStringLiteral("It reads: %1: no water on Thursday 9:00-14:00.").arg(desk->tenant().name)));
        QVERIFY(send->isEnabled());

        QVERIFY(dialog.send(false));
        const QList<CampaignStore::Campaign> log = CampaignStore(*m_db).list();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.front().title, QStringLiteral("Water cut"));
        QCOMPARE(log.front().recipients, expected->sms + expected->email);
        QCOMPARE(log.front().queued, expected->sms + expected->email); // waiting for the sender
        auto *table = child<QTableWidget>(dialog, "log");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Water cut"));
        QCOMPARE(table->item(0, 5)->text(), QLocale().toString(expected->sms + expected->email));
        QVERIFY(child<QLabel>(dialog, "failures")->text().contains(QStringLiteral("No message")));
    }

    void anOperatorCannotSend()
    {
        std::unique_ptr<DeskSession> desk = session(QStringLiteral("operator1"));
        CampaignDialog dialog(*desk);
        QVERIFY(!child<QPushButton>(dialog, "send")->isEnabled());
        QVERIFY(dialog.previewText().contains(QStringLiteral("supervisor")));
        QVERIFY(!dialog.send(false));
    }
};

QTEST_MAIN(TestCampaignDialog)
#include "tst_campaigndialog.moc"
