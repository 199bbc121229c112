// SPDX-License-Identifier: GPL-3.0-or-later
// The work queue: the lazily fetched model under QAbstractItemModelTester, the keyboard actions of the
// queue panel, refusals shown, a change made elsewhere showing up, the crew work list printed to PDF.
#include "core/session/desksession.h"
#include "core/storage/sqliteaccess.h"
#include "ui/queue/queuepanel.h"
#include "ui/queue/routedialog.h"
#include "ui/queue/workqueuemodel.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqlitestatement.h"
#include "ui/widgets/userchooser.h"
#include "core/text/textfold.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QSet>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QRegularExpression>
#include <QtTest>

using namespace CivicDesk;
using WidgetTests::userNamed;

class TestQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 400, 4000, 9);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
    }

    void theModelPassesTheTesterAndFetchesLazily()
    {
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), [this] { return m_now; }, userNamed(*m_db, QStringLiteral("supervisor")).id);
        WorkQueueModel model(desk);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueFilter all;
        model.setFilter(all);
        QVERIFY(model.totalCount() > WorkQueueModel::pageSize);
        // A page or two (the tester asks for more once), never the whole queue.
        QVERIFY(model.rowCount() >= WorkQueueModel::pageSize && model.rowCount() <= 2 * WorkQueueModel::pageSize);
        QVERIFY(model.rowCount() < model.totalCount());
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(model.totalCount()));
        for (int i = 1; i < model.rowCount(); ++i)
            QVERIFY(model.row(i - 1).priority >= model.row(i).priority);
        model.setSort(QueueSort::Deadline);
        QVERIFY(model.rowCount() <= 2 * WorkQueueModel::pageSize);
        for (int i = 1; i < model.rowCount(); ++i)
            QVERIFY(model.row(i - 1).dueAt <= model.row(i).dueAt);
        QVERIFY(!model.data(model.index(0, WorkQueueModel::DeadlineColumn)).toString().isEmpty());
        QVERIFY(!model.data(model.index(0, WorkQueueModel::TypeColumn)).toString().isEmpty());
        const int loaded = model.rowCount();
        model.reload();
        QVERIFY(model.rowCount() >= loaded); // a reload keeps what the view had
    }

    void keyboardActionsWorkTheQueue()
    {
        const User staff = userNamed(*m_db, QStringLiteral("roads.staff1"));
        QVERIFY(!staff.id.isEmpty());
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), [this] { return m_now; }, staff.id);
        QCOMPARE(desk.user().id, staff.id);
        QueuePanel panel(desk);
        panel.resize(1200, 700);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        // Only the roads department's queue, and only pending requests.
        for (int i = 0; i < panel.model()->rowCount(); ++i) {
            QCOMPARE(panel.model()->row(i).departmentId, staff.departmentId);
            QVERIFY(isOpen(panel.model()->row(i).status));
        }
        // Filter to new requests, pick the first, accept it with A.
        auto *status = panel.findChild<QComboBox *>(QString(), Qt::FindChildrenRecursively);
        QVERIFY(status);
        QueueFilter f = panel.model()->filter();
        f.statuses = {RequestStatus::New};
        panel.model()->setFilter(f);
        QVERIFY(panel.model()->rowCount() > 0);
        panel.view()->setFocus();
        panel.view()->selectRow(0);
        const QString id = panel.model()->row(0).id;
        QTest::keyClick(panel.view(), Qt::Key_A);
        QCOMPARE(RequestRepository(*m_db).get(id)->status, RequestStatus::Accepted);
        // The move, then whatever the ladder did right after (an overdue request escalates at once).
        RequestEvent last;
        for (const RequestEvent &e : RequestRepository(*m_db).events(id))
            if (e.kind == EventKind::StatusChange)
                last = e;
        QCOMPARE(last.actorId, staff.id);
        QCOMPARE(last.toValue, QStringLiteral("accepted"));
        // The queue followed: the request left the "new" filter.
        QCOMPARE(panel.model()->rowOf(id), -1);

        // A note with N, typed, Ctrl+Enter.
        f.statuses = {RequestStatus::Accepted};
        panel.model()->setFilter(f);
        const int row = panel.model()->rowOf(id);
        QVERIFY(row >= 0);
        panel.view()->setFocus();
        panel.view()->selectRow(row);
        QTest::keyClick(panel.view(), Qt::Key_N);
        QCOMPARE(QApplication::focusWidget(), panel.noteEdit());
        for (const QChar c : QStringLiteral("Χρειάζεται φορτηγό"))
            QTest::sendKeyEvent(QTest::KeyAction::Click, panel.noteEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(panel.noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(RequestRepository(*m_db).events(id).back().kind, EventKind::Note);
        QCOMPARE(RequestRepository(*m_db).events(id).back().body, QStringLiteral("Χρειάζεται φορτηγό"));
        QVERIFY(panel.historyList()->item(0)->text().contains(QStringLiteral("Χρειάζεται φορτηγό")));
        // The history in words: no code of the data shows.
        static const QRegularExpression codes(QStringLiteral("\\b(status_change|in_progress|on_hold|department_staff|department_head|walk_in|phone|sms)\\b"));
        for (int i = 0; i < panel.historyList()->count(); ++i)
            QVERIFY2(!panel.historyList()->item(i)->text().contains(codes), qPrintable(panel.historyList()->item(i)->text()));

        // S opens the status dialog: choose "in progress".
        panel.view()->setFocus();
        panel.view()->selectRow(panel.model()->rowOf(id));
        QTimer::singleShot(200, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<QDialog *>(w); d && d->objectName() == QLatin1String("statusDialog") && d->isVisible()) {
                    auto *box = d->findChild<QComboBox *>(QStringLiteral("statusBox"));
                    box->setCurrentIndex(box->findData(QStringLiteral("in_progress")));
                    d->accept();
                }
            }
        });
        QTest::keyClick(panel.view(), Qt::Key_S);
        QCOMPARE(RequestRepository(*m_db).get(id)->status, RequestStatus::InProgress);

        // A refused move says why and changes nothing: staff may not reject.
        f.statuses.clear();
        panel.model()->setFilter(f);
        while (panel.model()->rowOf(id) < 0 && panel.model()->canFetchMore({}))
            panel.model()->fetchMore({});
        panel.view()->selectionModel()->clearSelection();
        panel.view()->selectRow(panel.model()->rowOf(id));
        QCOMPARE(panel.changeStatus(RequestStatus::Rejected, QStringLiteral("no")), 0);
        QVERIFY(panel.statusLine()->text().contains(QStringLiteral("may not")));
        QCOMPARE(RequestRepository(*m_db).get(id)->status, RequestStatus::InProgress);
        // Rerouting to a department that does not handle potholes or lights: refused; without a reason: refused.
        QCOMPARE(panel.reroute(desk.workflow().routing().dispatchDesk(), QString()), 0);
        // Bulk: several selected requests put on hold at once, with the note the move needs.
        f.statuses = {RequestStatus::Accepted, RequestStatus::Assigned, RequestStatus::InProgress};
        panel.model()->setFilter(f);
        const int n = std::min(3, panel.model()->rowCount());
        QVERIFY(n >= 2);
        panel.view()->selectionModel()->clearSelection();
        for (int i = 0; i < n; ++i)
            panel.view()->selectionModel()->select(panel.model()->index(i, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList chosen = panel.selectedIds();
        QCOMPARE(chosen.size(), n);
        QCOMPARE(panel.changeStatus(RequestStatus::OnHold, QString()), 0); // the note is required
        QCOMPARE(panel.changeStatus(RequestStatus::OnHold, QStringLiteral("waiting for asphalt")), n);
        for (const QString &r : chosen)
            QCOMPARE(RequestRepository(*m_db).get(r)->status, RequestStatus::OnHold);
    }

    void aChangeMadeElsewhereShowsUp()
    {
        const User staff = userNamed(*m_db, QStringLiteral("water.staff1"));
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), [this] { return m_now; }, staff.id);
        QueuePanel panel(desk);
        panel.show();
        const qint64 before = panel.model()->totalCount();
        QVERIFY(before > 0);
        QString id;
        for (int i = 0; i < panel.model()->rowCount() && id.isEmpty(); ++i)
            if (panel.model()->row(i).status == RequestStatus::New || panel.model()->row(i).status == RequestStatus::Accepted)
                id = panel.model()->row(i).id;
        QVERIFY(!id.isEmpty());
        // Another desk (another connection to the same file) rejects it.
        Result<std::unique_ptr<Database>> other = Database::open(m_db->path());
        QVERIFY(other.ok());
        WorkflowEngine engine(*other.value(), [this] { return m_now; });
        const User head = userNamed(*m_db, QStringLiteral("water.head"));
        QVERIFY(engine.transition(id, RequestStatus::Rejected, {head.id, head.role, head.departmentId}, QStringLiteral("private property")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->totalCount(), before - 1, 5000);
        QCOMPARE(panel.model()->rowOf(id), -1);
    }

    void theCrewWorkListIsOrderedAndPrinted()
    {
        const User head = userNamed(*m_db, QStringLiteral("roads.head"));
        DeskSession desk(*m_db, *m_search, QStringLiteral("el"), [this] { return m_now; }, head.id);
        QStringList ids;
        SqliteStatement s(SqliteAccess::handle(*m_db), "SELECT id FROM service_request WHERE department_id = ? AND status IN ('new','accepted','assigned') "
                                          "AND lat IS NOT NULL LIMIT 12");
        s.bind(1, head.departmentId);
        while (s.step())
            ids.append(s.text(0));
        QVERIFY(ids.size() >= 5);
        RouteDialog dialog(desk, ids, head.departmentId);
        QVERIFY(dialog.crewBox()->count() >= 1);
        QCOMPARE(dialog.stopsTable()->rowCount(), int(ids.size()));
        QStringList ordered = dialog.orderedIds();
        std::sort(ordered.begin(), ordered.end());
        QStringList sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(ordered, sorted);
        const QString pdf = m_dir.filePath(QStringLiteral("work-order.pdf"));
        QVERIFY(dialog.writePdf(pdf));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 2000);
        // Kept for a look (packaging/screenshots.sh renders it) when asked for.
        if (const QString keep = qEnvironmentVariable("CIVICDESK_TEST_ARTIFACTS"); !keep.isEmpty()) {
            QFile::remove(keep + QStringLiteral("/work-order.pdf"));
            QFile::copy(pdf, keep + QStringLiteral("/work-order.pdf"));
        }
        // The page says what the crew needs, in order (pdftotext, where poppler-utils is installed).
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(20000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            const QString first = RequestRepository(*m_db).get(dialog.orderedIds().front())->trackingNumber;
            const QString lastOne = RequestRepository(*m_db).get(dialog.orderedIds().back())->trackingNumber;
            QVERIFY2(text.contains(first) && text.contains(lastOne), qPrintable(text.left(400)));
            QVERIFY(text.indexOf(first) < text.indexOf(lastOne));
        }
        QCOMPARE(dialog.assignAll(), int(ids.size()));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(RequestRepository(*m_db).get(id)->crewId, dialog.crewBox()->currentData().toString());
    }

    void theUserIsChosenFromTheList()
    {
        const User head = userNamed(*m_db, QStringLiteral("roads.head"));
        UserChooser chooser(*m_db, QStringLiteral("en"), head.id);
        QCOMPARE(chooser.chosenId(), head.id);
        QVERIFY(chooser.list()->count() >= 10);
        // Grouped by role, operators first: the first row is a heading, which is never chosen.
        QCOMPARE(chooser.list()->item(0)->text(), displayName(Role::Operator));
        chooser.list()->setCurrentRow(0);
        QVERIFY(chooser.chosenId().isEmpty());
    }

    void theUserChooserNeverPreselectsTheAdministratorAndFindsByTyping()
    {
        const User admin = [this] {
            for (const User &u : OrganisationRepository(*m_db).users())
                if (u.role == Role::Administrator)
                    return u;
            return User{};
        }();
        QVERIFY(!admin.id.isEmpty());
        {
            // First start (no last user): an operator, not the administrator listed first by name.
            UserChooser chooser(*m_db, QStringLiteral("en"), QString());
            const std::optional<User> chosen = OrganisationRepository(*m_db).user(chooser.chosenId());
            QVERIFY(chosen);
            QCOMPARE(chosen->role, Role::Operator);
        }
        const User head = userNamed(*m_db, QStringLiteral("roads.head"));
        UserChooser chooser(*m_db, QStringLiteral("en"), QString());
        chooser.show();
        // Keys only: part of the login, case ignored; Enter takes the one found.
        QTest::keyClicks(chooser.filter(), QStringLiteral("ROADS.HE"));
        QCOMPARE(chooser.chosenId(), head.id);
        int shown = 0;
        for (int i = 0; i < chooser.list()->count(); ++i)
            shown += chooser.list()->item(i)->isHidden() ? 0 : 1;
        QVERIFY2(shown < chooser.list()->count() / 2, "the filter hides who does not match");
        QTest::keyClick(chooser.filter(), Qt::Key_Return);
        QCOMPARE(chooser.result(), int(QDialog::Accepted));
        // A name typed without its accents finds it too (the Greek demo's names).
        UserChooser accentless(*m_db, QStringLiteral("en"), QString());
        accentless.filter()->setText(TextFold::fold(head.displayName).toUpper());
        QCOMPARE(accentless.chosenId(), head.id);
        // In Greeklish, as an operator types a Greek name on a Latin keyboard.
        UserChooser greeklish(*m_db, QStringLiteral("en"), QString());
        QTest::keyClicks(greeklish.filter(), TextFold::latinize(TextFold::indexWords(head.displayName).value(0)));
        QVERIFY(!greeklish.chosenId().isEmpty());
        bool headShown = false;
        for (int i = 0; i < greeklish.list()->count(); ++i)
            headShown = headShown || (!greeklish.list()->item(i)->isHidden() && greeklish.list()->item(i)->data(Qt::UserRole).toString() == head.id);
        QVERIFY(headShown);
        // Nothing matches: nothing to choose, and Enter does not accept.
        UserChooser none(*m_db, QStringLiteral("en"), QString());
        QTest::keyClicks(none.filter(), QStringLiteral("zzzzqx"));
        QVERIFY(none.chosenId().isEmpty());
    }

    void aLongBacklogOfEscalationsIsClimbedBetweenEvents()
    {
        const User head = userNamed(*m_db, QStringLiteral("roads.head"));
        DeskSession::Options options;
        options.runLadder = true;
        options.ladderFirstDelayMs = 0; // run when asked below
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), [this] { return m_now; }, head.id, options);
        QueuePanel panel(desk);
        panel.show();
        EscalationRunner &ladder = *desk.escalationRunner();
        // 120 open requests with a step long due, as on the first start after a long pause.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE service_request SET escalation_level = 0, next_escalation_at = 1 WHERE local_id IN "
                                          "(SELECT local_id FROM service_request WHERE status IN ('new', 'accepted', 'assigned', 'in_progress', 'reopened') LIMIT 120)")).ok());
        const auto stepsTaken = [this] {
            SqliteStatement n(SqliteAccess::handle(*m_db), "SELECT count(*) FROM request_event WHERE kind = 'escalation'");
            return n.step() ? n.int64(0) : -1;
        };
        const qint64 before = stepsTaken();
        QSignalSpy said(&panel, &QueuePanel::message);
        ladder.runNow();
        // A few are taken, the rest between events: the window answers meanwhile.
        QVERIFY(ladder.isRunning());
        QVERIFY(desk.escalation().hasDue());
        ladder.runNow(); // asked again meanwhile (the timer, the menu): the run under way goes on alone
        QTRY_VERIFY_WITH_TIMEOUT(!ladder.isRunning(), 30000);
        QVERIFY(!desk.escalation().hasDue());
        const qint64 taken = stepsTaken() - before;
        QVERIFY(taken >= 120);
        // One message for the whole run, with all its steps.
        QStringList texts;
        for (const QList<QVariant> &m : std::as_const(said))
            if (m.first().toString().contains(QLatin1String("escalation step")))
                texts.append(m.first().toString());
        QCOMPARE(texts.size(), 1);
        QVERIFY2(texts.first().startsWith(QString::number(taken) + u' '), qPrintable(texts.first()));
    }

    void theQueueShowsTheWorkAt1280Pixels()
    {
        // After the backlog above: the head of roads has alerts, several per request.
        const User head = userNamed(*m_db, QStringLiteral("roads.head"));
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), [this] { return m_now; }, head.id);
        // In English and in Greek, whose words are longer.
        QTranslator greek;
        QVERIFY(greek.load(QStringLiteral(":/i18n/civicdesk_el.qm")));
        for (const bool inGreek : {true, false}) {
            if (inGreek)
                QCoreApplication::installTranslator(&greek);
            else
                QCoreApplication::removeTranslator(&greek);
            auto panel = std::make_unique<QueuePanel>(desk);
            panel->resize(1280 - 20, 800 - 120);
            panel->show();
            QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
            // The tracking number first, and every column shown fits beside the detail.
            QHeaderView *header = panel->view()->horizontalHeader();
            QCOMPARE(header->logicalIndex(0), int(WorkQueueModel::TrackingColumn));
            // (the last column shown stretches: the others leave it room for a street and number)
            int used = 0;
            int last = -1;
            for (int visual = 0; visual < header->count(); ++visual) {
                const int column = header->logicalIndex(visual);
                if (header->isSectionHidden(column))
                    continue;
                if (last >= 0)
                    used += header->sectionSize(last);
                last = column;
            }
            QCOMPARE(last, int(WorkQueueModel::AddressColumn));
            QVERIFY2(header->length() <= panel->view()->viewport()->width(), "the queue scrolls sideways");
            const int room = panel->view()->viewport()->width() - used;
            QVERIFY2(room >= panel->view()->fontMetrics().horizontalAdvance(QStringLiteral("Λεωφ. Κηφισίας 128")),
                     qPrintable(QStringLiteral("%1 of %2").arg(used).arg(panel->view()->viewport()->width())));
            // Every title and every priority's name whole in its column.
            for (const int column : {WorkQueueModel::TrackingColumn, WorkQueueModel::PriorityColumn, WorkQueueModel::StatusColumn})
                QVERIFY2(QFontMetrics(header->font()).horizontalAdvance(panel->model()->headerData(column, Qt::Horizontal).toString()) < header->sectionSize(column),
                         qPrintable(panel->model()->headerData(column, Qt::Horizontal).toString()));
            QFont bold = panel->view()->font();
            bold.setBold(true);
            for (const Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent, Priority::Emergency})
                QVERIFY2(QFontMetrics(bold).horizontalAdvance(displayName(p)) < header->sectionSize(WorkQueueModel::PriorityColumn), qPrintable(displayName(p)));
            if (inGreek)
                continue;
            // A column hidden from the chooser stays hidden in the next session; the last one shown never goes.
            panel->showColumn(WorkQueueModel::DeadlineColumn, false);
            const QByteArray state = panel->headerState();
            panel = std::make_unique<QueuePanel>(desk);
            QVERIFY(!panel->view()->horizontalHeader()->isSectionHidden(WorkQueueModel::DeadlineColumn));
            panel->restoreHeaderState(state);
            QVERIFY(panel->view()->horizontalHeader()->isSectionHidden(WorkQueueModel::DeadlineColumn));
            for (int c = 0; c < WorkQueueModel::ColumnCount; ++c)
                panel->showColumn(c, false);
            QCOMPARE(panel->view()->horizontalHeader()->count() - panel->view()->horizontalHeader()->hiddenSectionCount(), 1);

            // The detail: who to call back, who has it.
            panel->show();
            QVERIFY(panel->model()->rowCount() > 0);
            panel->view()->selectRow(0);
            const QString id = panel->model()->row(0).id;
            const ServiceRequest r = *RequestRepository(*m_db).get(id);
            QString detail;
            for (QLabel *l : panel->findChildren<QLabel *>())
                detail += l->text() + u'\n';
            if (!r.citizenId.isEmpty())
                QVERIFY2(detail.contains(QStringLiteral("Reported by")), qPrintable(detail));
            else
                QVERIFY2(detail.contains(QStringLiteral("anonymously")), qPrintable(detail));
            QVERIFY2(detail.contains(QStringLiteral("Assigned to")) || detail.contains(QStringLiteral("Not assigned yet")), qPrintable(detail));

            // Alerts: one line per request, with how many it stands for.
            QListWidget *alerts = panel->alertList();
            QVERIFY(alerts->count() > 0);
            QSet<QString> requests;
            bool counted = false;
            for (int i = 0; i < alerts->count(); ++i) {
                const QString request = alerts->item(i)->data(Qt::UserRole + 1).toString();
                QVERIFY2(!requests.contains(request), "two lines for one request");
                requests.insert(request);
                counted = counted || alerts->item(i)->data(Qt::UserRole).toStringList().size() > 1;
            }
            SqliteStatement open(SqliteAccess::handle(*m_db), "SELECT count(*), count(DISTINCT request_id) FROM alert WHERE acknowledged_at IS NULL AND recipient_role = 'department_head' AND department_id = ?");
            open.bind(1, head.departmentId);
            QVERIFY(open.step());
            if (open.int64(0) > open.int64(1))
                QVERIFY(counted);
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;
    qint64 m_now = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch(); // after the demo's last request
};

QTEST_MAIN(TestQueue)
#include "tst_queue.moc"
