// SPDX-License-Identifier: GPL-3.0-or-later
// A member of a department hears of the work given to them: the head assigns a request at another desk, the worker's
// work queue shows the alert and tells of it once (status bar, tray); the worker asks for their alerts by
// e-mail in the settings, a malformed address refused on the page.
#include "core/commands/command.h"
#include "core/search/searchservice.h"
#include "core/session/desksession.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/text/desktranslations.h"
#include "ui/desk/settingsdialog.h"
#include "ui/queue/queuepanel.h"
#include "widgettestsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace CivicDesk;

class TestStaffAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 300, 1500);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
        installDeskTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void aWorkerHearsOfTheWorkGivenToThem()
    {
        OrganisationRepository org(*m_db);
        // A department with a crew: one of its staff, its head, and a request of it to give to the crew.
        std::optional<User> worker, head;
        std::optional<ServiceRequest> request;
        QString crew;
        for (const User &u : org.users()) {
            if (u.role != Role::DepartmentStaff || worker)
                continue;
            crew.clear();
            for (const Department &d : org.departments())
                if (d.kind == DepartmentKind::Crew && d.parentId == u.departmentId)
                    crew = d.id;
            head.reset();
            for (const User &h : org.users())
                if (h.role == Role::DepartmentHead && h.departmentId == u.departmentId)
                    head = h;
            request.reset();
            for (qint64 i = 1; i < 1500 && head && !crew.isEmpty() && !request; ++i) {
                std::optional<ServiceRequest> r = RequestRepository(*m_db).getByLocalId(i);
                if (r && r->departmentId == u.departmentId && r->status == RequestStatus::Accepted)
                    request = r;
            }
            if (head && request)
                worker = u;
        }
        QVERIFY(worker && head && request);

        DeskSession workerDesk(*m_db, *m_search, QStringLiteral("en"), systemClock(), worker->id);
        QueuePanel queue(workerDesk);
        QSignalSpy arrived(&queue, &QueuePanel::alertsArrived);
        queue.show();
        queue.refresh();
        QCOMPARE(arrived.count(), 0); // what was there at the start is not news
        QVERIFY(queue.alertList()->isVisibleTo(&queue));

        DeskSession headDesk(*m_db, *m_search, QStringLiteral("en"), systemClock(), head->id);
        QVERIFY(headDesk.runStatus(CommandName::Assign, {{QStringLiteral("requestId"), request->id},
                                                         {QStringLiteral("crewId"), crew},
                                                         {QStringLiteral("assigneeId"), worker->id}}).ok());
        queue.refresh();
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.at(0).at(0).toInt(), 1);
        QCOMPARE(arrived.at(0).at(1).toString(), QStringLiteral("%1 has been given to you to work on.").arg(request->trackingNumber));
        bool listed = false;
        for (int i = 0; i < queue.alertList()->count(); ++i)
            listed = listed || queue.alertList()->item(i)->text().contains(request->trackingNumber);
        QVERIFY(listed);
        queue.refresh();
        QCOMPARE(arrived.count(), 1); // told once

        // The worker asks for their alerts by e-mail.
        QSettings settings(m_dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        SettingsDialog dialog(workerDesk, settings);
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("alertEmail"));
        auto *byEmail = dialog.findChild<QCheckBox *>(QStringLiteral("alertsByEmail"));
        QVERIFY(email && byEmail);
        email->setText(QStringLiteral("worker at nea-armonia"));
        byEmail->setChecked(true);
        QVERIFY(!dialog.apply());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("alertsProblem"))->text().contains(QStringLiteral("not an e-mail address")));
        QVERIFY(!org.user(worker->id)->notifyByEmail);
        email->setText(QStringLiteral("worker@nea-armonia.example"));
        QVERIFY(dialog.apply());
        QVERIFY(org.user(worker->id)->notifyByEmail);
        QCOMPARE(org.user(worker->id)->email, QStringLiteral("worker@nea-armonia.example"));

        // An operator has no alerts, and no such page.
        DeskSession operatorDesk(*m_db, *m_search, QStringLiteral("en"), systemClock(), WidgetTests::userNamed(*m_db, QStringLiteral("operator1")).id);
        SettingsDialog forOperator(operatorDesk, settings);
        QVERIFY(!forOperator.findChild<QLineEdit *>(QStringLiteral("alertEmail")));
    }
};

QTEST_MAIN(TestStaffAlerts)
#include "tst_staffalerts.moc"
