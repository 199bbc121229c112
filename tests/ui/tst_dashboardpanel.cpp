// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's dashboard: its charts drawn from the summary figures, a click opening the queue filtered by
// what was clicked, a reversed period explained.
#include "ui/dashboard/dashboardpanel.h"
#include "core/session/desksession.h"
#include "core/session/syncagent.h"
#include "core/commands/commandrunner.h"
#include "core/sync/desksync.h"
#include "core/reports/report.h"
#include "ui/reports/reportdialog.h"
#include "ui/print/reportpainter.h"
#include "ui/widgets/requesthistoryview.h"
#include "core/storage/requestrepository.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/sqlitestatement.h"
#include "core/text/datetext.h"
#include "widgettestsupport.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QComboBox>
#include <QLabel>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTranslator>
#include <QValueAxis>
#include <QBarCategoryAxis>
#include <QPieSeries>
#include <QSet>
#include <cmath>
#include <QtTest>

using namespace CivicDesk;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    SqliteStatement s(SqliteAccess::handle(db), sql.toUtf8().constData());
    return s.step() ? s.int64(0) : -1;
}

} // namespace

class TestDashboardPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = WidgetTests::demoDatabase(m_dir.filePath(QStringLiteral("demo.civicdesk")), 300, 3000);
        QVERIFY(m_db);
        m_search = std::make_unique<SearchService>(*m_db, QStringLiteral("GR"));
    }

    void anotherDesksChangeShowsWithoutPolling()
    {
        DeskSession::Options options;
        options.changeIntervalMs = 0; // the monitor looks only when told: no timer of the panel's own may do it
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), [] { return QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch(); },
                         {}, options);
        DashboardPanel panel(desk);
        panel.show();
        panel.setPeriod(QDate(2020, 1, 1), QDate(2026, 12, 31));
        panel.refresh();
        const qint64 before = panel.data().totals.received;
        {
            // Another desk removes a request (its history and reporters go with it).
            Result<std::unique_ptr<Database>> other = Database::open(m_db->path());
            QVERIFY(other.ok());
            QVERIFY(other.value()->exec(QStringLiteral("DELETE FROM service_request WHERE id = (SELECT id FROM service_request "
                                                       "WHERE id NOT IN (SELECT request_id FROM request_reporter) AND id NOT IN "
                                                       "(SELECT request_id FROM call_request) ORDER BY id LIMIT 1)")).ok());
        }
        QTest::qWait(200);
        QCOMPARE(panel.data().totals.received, before); // nothing polled meanwhile
        QVERIFY(desk.changes().check());                  // the monitor looks (its timer, or sync later)
        QCOMPARE(panel.data().totals.received, before - 1);
        QVERIFY(!desk.changes().check());                 // and says nothing when nothing moved
    }

    void chartsAndClickThrough()
    {
        QString supervisor;
        for (const User &u : OrganisationRepository(*m_db).users())
            if (u.role == Role::Supervisor)
                supervisor = u.id;
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), [] { return QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch(); },
                         supervisor);
        DashboardPanel panel(desk);
        panel.resize(1200, 900);
        panel.show();
        panel.setPeriod(QDate(2025, 11, 2), QDate(2026, 11, 1));
        const double ms = panel.refresh();
        qInfo("dashboard refreshed in %.1f ms", ms);
        const DashboardData &d = panel.data();
        QVERIFY(d.totals.received > 1000);
        QVERIFY(!d.byDepartment.isEmpty());
        // The headline tiles, each with the period before beside it.
        QCOMPARE(panel.tileValue(QStringLiteral("received")), QLocale().toString(d.totals.received));
        const qint64 before = Dashboard(*m_db).load(panel.filter().previous()).totals.received;
        QCOMPARE(panel.headline().previous.received, before);
        QVERIFY2(panel.tileComparison(QStringLiteral("received")).contains(QStringLiteral("previous period: %1").arg(QLocale().toString(before))),
                 qPrintable(panel.tileComparison(QStringLiteral("received"))));
        QCOMPARE(panel.tileValue(QStringLiteral("closed")), QLocale().toString(d.totals.closed));
        qint64 open = 0;
        for (qint64 n : d.backlog)
            open += n;
        QCOMPARE(panel.tileValue(QStringLiteral("open")), QLocale().toString(open));
        // Deadlines met counts the late open requests as missed: never 100 % while they wait.
        QVERIFY(d.openOverdue > 0);
        QCOMPARE(panel.tileValue(QStringLiteral("overdue")), QLocale().toString(d.openOverdue));
        QVERIFY(panel.tileValue(QStringLiteral("deadlines")) != QStringLiteral("100.0 %"));
        QVERIFY2(panel.summary()->text().contains(QStringLiteral("<b>%1</b> open past their deadline").arg(QLocale().toString(d.openOverdue))),
                 qPrintable(panel.summary()->text()));
        // The open requests' median wait: half of them filed before that many days ago.
        QVERIFY(panel.headline().medianOpenAgeDays && *panel.headline().medianOpenAgeDays > 0);
        const qint64 now = desk.clock()();
        const qint64 cut = now - qint64(*panel.headline().medianOpenAgeDays * 86400000.0);
        const qint64 older = scalar(*m_db, QStringLiteral("SELECT count(*) FROM service_request WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND created_at < %1").arg(cut));
        QVERIFY2(std::abs(double(older) - double(open) / 2) <= 1.0, qPrintable(QStringLiteral("%1 of %2").arg(older).arg(open)));
        QVERIFY(panel.tileValue(QStringLiteral("waiting")).contains(QStringLiteral("day")));
        // Calls: those started in the period, and how long they took on average.
        const qint64 from = QDateTime(panel.filter().from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(panel.filter().to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(panel.headline().calls, scalar(*m_db, QStringLiteral("SELECT count(*) FROM phone_call WHERE started_at >= %1 AND started_at < %2").arg(from).arg(to)));
        QCOMPARE(panel.tileValue(QStringLiteral("calls")), QLocale().toString(panel.headline().calls));
        for (const char *name : {"received", "backlog", "groups", "departments", "resolution", "escalations", "satisfaction", "accuracy",
                                 "topTypes", "topDistricts"})
            QVERIFY2(panel.chart(QString::fromLatin1(name)) && !panel.chart(QString::fromLatin1(name))->chart()->series().isEmpty(), name);
        // Weekly bars add up to the requests received.
        qint64 sum = 0;
        for (const ReceivedBucket &b : d.overTime)
            sum += b.total();
        QCOMPARE(sum, d.totals.received);

        // A click on a department's bar opens the queue of that department.
        QSignalSpy spy(&panel, &DashboardPanel::openQueue);
        auto *series = qobject_cast<QHorizontalBarSeries *>(panel.chart(QStringLiteral("departments"))->chart()->series().front());
        QVERIFY(series);
        Q_EMIT series->barSets().front()->clicked(1);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.front().front().value<QueueFilter>().departmentId, d.byDepartment[1].key);

        // Readable charts: round axis steps, whole category names or marked cuts (never Qt's blind "…"), the
        // satisfaction axis from 1 to 5, colours told apart.
        for (const char *name : {"groups", "departments", "resolution", "topTypes", "topDistricts", "received"}) {
            QChart *chart = panel.chart(QString::fromLatin1(name))->chart();
            for (QAbstractAxis *axis : chart->axes()) {
                if (auto *values = qobject_cast<QValueAxis *>(axis)) {
                    const double step = (values->max() - values->min()) / (values->tickCount() - 1);
                    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
                    const double m = step / magnitude;
                    QVERIFY2(std::abs(m - 1) < 1e-9 || std::abs(m - 2) < 1e-9 || std::abs(m - 5) < 1e-9, qPrintable(QStringLiteral("%1 step %2").arg(QLatin1String(name)).arg(step)));
                } else if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                    const QFontMetrics fm(categories->labelsFont());
                    for (const QString &label : categories->categories())
                        QVERIFY2(label.size() <= 22 || QString::fromLatin1(name) == QLatin1String("received"), qPrintable(label));
                    QCOMPARE(QSet<QString>(categories->categories().cbegin(), categories->categories().cend()).size(), categories->categories().size());
                }
            }
        }
        auto *rating = qobject_cast<QValueAxis *>(panel.chart(QStringLiteral("satisfaction"))->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(rating);
        QCOMPARE(rating->min(), 1.0);
        QCOMPARE(rating->max(), 5.0);
        auto *slices = qobject_cast<QPieSeries *>(panel.chart(QStringLiteral("backlog"))->chart()->series().front());
        QVERIFY(slices && slices->count() > 1);
        QSet<QRgb> colours;
        for (QPieSlice *slice : slices->slices())
            colours.insert(slice->color().rgb());
        QCOMPARE(colours.size(), int(slices->count()));
        QCOMPARE(DashboardPanel::niceAxis(252), (std::pair<double, int>{300, 4}));
        QCOMPARE(DashboardPanel::niceAxis(63), (std::pair<double, int>{80, 5}));
        QCOMPARE(DashboardPanel::niceAxis(0), (std::pair<double, int>{1, 2}));
        const QStringList shortened = DashboardPanel::shortLabels({QStringLiteral("Τμήμα Ύδρευσης και Αποχέτευσης"), QStringLiteral("Τμήμα Πρασίνου"),
                                                                   QStringLiteral("Δημοτική Αστυνομία")});
        QCOMPARE(shortened.value(1), QStringLiteral("Πρασίνου"));
        QCOMPARE(shortened.value(2), QStringLiteral("Δημοτική Αστυνομία"));
        QVERIFY(shortened.value(0).startsWith(QStringLiteral("Ύδρευσης")) && shortened.value(0).endsWith(u'…') && shortened.value(0).size() <= 22);

        // A period that ends before it starts is said, not drawn.
        panel.setPeriod(QDate(2026, 6, 1), QDate(2026, 5, 1));
        QVERIFY(panel.summary()->text().contains(QStringLiteral("ends before")));
        QCOMPARE(panel.data().totals.received, 0);
    }

    void aReportPrintsToPdfWithGreekNamesAndTotals()
    {
        ReportParameters p;
        p.kind = ReportKind::PerDepartment;
        p.from = QDate(2025, 11, 1);
        p.to = QDate(2026, 10, 31);
        Result<ReportTable> table = ReportBuilder(*m_db, QStringLiteral("el"), QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()).build(p);
        QVERIFY(table.ok());
        QVERIFY(!table->isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("per-department.pdf"));
        QVERIFY(ReportPainter::writePdf(pdf, table.value(), {QStringLiteral("Δήμος Δοκιμής"), QStringLiteral("Επόπτης"), QStringLiteral("2/11/2026"), ReportHeader::logoOf({}),
                                                                QStringLiteral("Διεύθυνση Εξυπηρέτησης Δημοτών\n\nΠλατεία Δημαρχείου 1, τηλ. 2101234567")}).ok());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        if (const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext")); !tool.isEmpty()) {
            QProcess run;
            run.start(tool, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY(run.waitForFinished(20000));
            const QString text = QString::fromUtf8(run.readAllStandardOutput());
            QVERIFY2(text.contains(QStringLiteral("Δήμος Δοκιμής")), qPrintable(text.left(300)));
            QVERIFY(text.contains(QStringLiteral("Τμήμα Οδοποιίας")));
            // The office's lines under the municipality's name, each on its own line (the empty one left out).
            QVERIFY2(text.contains(QStringLiteral("Διεύθυνση Εξυπηρέτησης Δημοτών")), qPrintable(text.left(400)));
            QVERIFY(text.indexOf(QStringLiteral("Πλατεία Δημαρχείου 1")) > text.indexOf(QStringLiteral("Διεύθυνση Εξυπηρέτησης Δημοτών")));
            QVERIFY(text.contains(table->total.value(1))); // the total received
            QVERIFY(text.contains(QStringLiteral("1")) && text.contains(QStringLiteral("Page 1 of")));
        }
        // A file that cannot be written: a message, nothing left behind.
        const QString bad = m_dir.filePath(QStringLiteral("no-such-dir/report.pdf"));
        QVERIFY(!ReportPainter::writePdf(bad, table.value(), {}).ok());
        QVERIFY(!QFile::exists(bad));
        // An empty result prints a clear page, not a blank one.
        p.from = QDate(2020, 1, 1);
        p.to = QDate(2020, 1, 31);
        Result<ReportTable> empty = ReportBuilder(*m_db, QStringLiteral("el"), 0).build(p);
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
        const QString emptyPdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(ReportPainter::writePdf(emptyPdf, empty.value(), {QStringLiteral("Δήμος"), {}, {}, {}, {}}).ok());
        if (const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext")); !tool.isEmpty()) {
            QProcess run;
            run.start(tool, {emptyPdf, QStringLiteral("-")});
            QVERIFY(run.waitForFinished(20000));
            QVERIFY(QString::fromUtf8(run.readAllStandardOutput()).contains(QStringLiteral("No requests match")));
        }
    }

    void everyReportFitsItsPagesInEveryLanguage()
    {
        // Every kind of report, in every language of the desk: each piece of text inside the page and inside the
        // box it was given (wrapped, never cut or elided), and no English word left in the other languages.
        const qint64 now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        const QLocale before;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("el"), QStringLiteral("ro"), QStringLiteral("it"),
                                        QStringLiteral("ca"), QStringLiteral("es")}) {
            QTranslator words;
            QVERIFY(words.load(QStringLiteral(":/i18n/civicdesk_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&words);
            QLocale::setDefault(QLocale(language));
            for (ReportKind kind : allReportKinds()) {
                for (const QString &groupBy : kind == ReportKind::RequestList ? QStringList{QString(), QStringLiteral("type")} : QStringList{QString()}) {
                    ReportParameters p;
                    p.kind = kind;
                    p.from = QDate(2026, 1, 1);
                    p.to = QDate(2026, 10, 31);
                    p.groupBy = groupBy;
                    p.limit = 400;
                    Result<ReportTable> table = ReportBuilder(*m_db, language, now).build(p);
                    QVERIFY(table.ok());
                    QVERIFY2(!table->isEmpty(), qPrintable(toCode(kind)));
                    const QString what = language + u' ' + toCode(kind) + u' ' + groupBy;
                    ReportPainter::Trace trace;
                    const QString pdf = m_dir.filePath(QStringLiteral("fit-%1-%2.pdf").arg(language, toCode(kind)));
                    QVERIFY(ReportPainter::writePdf(pdf, table.value(), {QStringLiteral("Δήμος Δοκιμής"), QStringLiteral("Επόπτης Ένα"), DateText::dateTime(now), {},
                                                                     QStringLiteral("Διεύθυνση Εξυπηρέτησης Δημοτών και Ηλεκτρονικής Διακυβέρνησης, Τμήμα Κέντρου Επικοινωνίας "
                                                                                    "με τους Πολίτες\nΠλατεία Δημαρχείου 1")}, &trace).ok());
                    QVERIFY(trace.pages >= 1);
                    QVERIFY(trace.texts.size() > 20);
                    if (kind == ReportKind::RequestList)
                        QVERIFY2(trace.landscape, qPrintable(what));
                    if (kind == ReportKind::PerStatus)
                        QVERIFY2(!trace.landscape, qPrintable(what));
                    const QRectF page = trace.page.adjusted(-0.5, -0.5, 0.5, 0.5);
                    for (const ReportPainter::Trace::Text &t : std::as_const(trace.texts)) {
                        QVERIFY2(page.contains(t.box), qPrintable(what + QStringLiteral(": \"%1\" leaves the page").arg(t.text)));
                        QVERIFY2(t.width <= t.box.width() + 1.0,
                                 qPrintable(what + QStringLiteral(": \"%1\" is %2 wide in a box of %3").arg(t.text).arg(t.width).arg(t.box.width())));
                        QVERIFY2(!t.text.contains(QChar(0x2026)), qPrintable(what + QStringLiteral(": \"%1\" is cut").arg(t.text)));
                        if (language != QLatin1String("en"))
                            for (const char *english : {"Page ", "Printed", "Received", "Requests", "Deadline", "Status", "Previous period", "Open past"})
                                QVERIFY2(!t.text.contains(QLatin1String(english)), qPrintable(what + QStringLiteral(": \"%1\" is English").arg(t.text)));
                    }
                    // What was cut into lines is all there: every cell of the first rows is drawn whole or in pieces.
                    QString drawn;
                    for (const ReportPainter::Trace::Text &t : std::as_const(trace.texts))
                        drawn += t.text + u' ';
                    drawn = drawn.simplified();
                    for (const QStringList &row : table->groups.value(0).rows.mid(0, 5))
                        for (const QString &cell : row)
                            for (const QString &word : cell.split(u' ', Qt::SkipEmptyParts))
                                QVERIFY2(drawn.contains(word), qPrintable(what + QStringLiteral(": \"%1\" is missing").arg(word)));
                }
            }
            QCoreApplication::removeTranslator(&words);
        }
        QLocale::setDefault(before);
    }

    /// A 12-month partial replica of a small demo municipality at @p path, signed in as operator1 with a server
    /// that nothing answers at: the operator's department (nothing when it could not be made).
    static std::optional<QString> makePartialDesk(const QString &path)
    {
        std::unique_ptr<Database> db = WidgetTests::demoDatabase(path, 50, 200);
        if (!db)
            return std::nullopt;
        CommandRunner runner(*db);
        DeskSync sync(*db, runner);
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return std::nullopt;
        DeskSync::Settings settings;
        settings.server = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close(); // nothing listens there now
        settings.tenant = QStringLiteral("ATH");
        const User user = WidgetTests::userNamed(*db, QStringLiteral("operator1"));
        settings.userId = user.id;
        settings.clientId = QStringLiteral("client-under-test");
        settings.scopeMonths = 12;
        if (!sync.adopt(settings).ok())
            return std::nullopt;
        return user.departmentId;
    }

    void aPartialDesksEarlierReportIsNeverMadeFromPartOfIt()
    {
        // A partial replica that has not fetched its requests yet holds no period whole: the report is the
        // server's to make. Without a server, or with one that cannot be reached, the dialog says so and makes
        // nothing from the requests it happens to hold.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partial.civicdesk"));
        QVERIFY(makePartialDesk(path).has_value());
        std::unique_ptr<Database> db = std::move(Database::open(path)).value();
        SearchService search(*db, QStringLiteral("GR"));
        DeskSession desk(*db, search, QStringLiteral("en"), [] { return QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch(); });
        QVERIFY(desk.sync());
        ReportDialog dialog(desk);
        ReportParameters p = dialog.parameters();
        p.from = QDate(2025, 1, 1);
        p.to = QDate(2025, 3, 31);
        dialog.setParameters(p);
        const QString csv = dir.filePath(QStringLiteral("early.csv"));
        QVERIFY(!dialog.exportCsv(csv));
        QVERIFY(!QFile::exists(csv));
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("not connected to the server")), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("has not yet fetched")));
        // Its sync agent asks the server, which does not answer: offline, and still nothing made.
        SyncAgent agent(path);
        dialog.setServer(&agent);
        QVERIFY(!dialog.exportCsv(csv));
        QVERIFY(!QFile::exists(csv));
        QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("cannot be reached")), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(dialog.isEnabled()); // usable again after the answer
        agent.stop();
    }

    void aPartialDeskSaysWhereAClosedRequestsHistoryIs()
    {
        // A partial replica does not hold a closed request's history (unless it is its department's): a view
        // showing the request asks the server for it, and says so; with the server out of reach, it says that.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partial.civicdesk"));
        const std::optional<QString> made = makePartialDesk(path);
        QVERIFY(made.has_value());
        const QString department = *made;
        std::unique_ptr<Database> db = std::move(Database::open(path)).value();
        // The scope the server would have answered at the first pull.
        QVERIFY(db->setLocalSetting(QStringLiteral("sync.scope"), QStringLiteral("{\"since\":0,\"department\":\"%1\"}").arg(department)).ok());
        SearchService search(*db, QStringLiteral("GR"));
        DeskSession desk(*db, search, QStringLiteral("en"), [] { return QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch(); });
        QVERIFY(desk.sync());
        std::optional<ServiceRequest> closed, open;
        RequestRepository requests(*db);
        for (qint64 local = 1; local <= 200 && (!closed || !open); ++local) {
            const std::optional<ServiceRequest> r = requests.getByLocalId(local);
            if (!r || r->departmentId == department || !r->duplicateOf.isEmpty())
                continue;
            (isOpen(r->status) ? open : closed) = r;
        }
        QVERIFY(closed && open);
        QVERIFY(!desk.sync()->holdsHistory(closed->id));
        QVERIFY(desk.sync()->holdsHistory(open->id));

        SyncAgent agent(path);
        HistorySource source(desk, agent);
        RequestHistoryView view;
        view.setSource(&source);
        // An open request's history is here.
        const QList<RequestEvent> openEvents = requests.events(open->id);
        QVERIFY(!openEvents.isEmpty());
        view.showRequest(open->id, openEvents, {});
        QVERIFY(!view.showsNotice());
        QCOMPARE(view.count(), openEvents.size());
        // A closed one's is asked for: loading, then why it did not come.
        view.showRequest(closed->id, requests.events(closed->id), {});
        QVERIFY(view.showsNotice());
        QCOMPARE(view.count(), 1);
        QVERIFY2(view.item(0)->text().contains(QStringLiteral("loading")), qPrintable(view.item(0)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(view.item(0)->text().contains(QStringLiteral("cannot be reached")), 15000);
        QVERIFY(view.showsNotice());
        QVERIFY(!source.problem(closed->id).isEmpty());
        // Shown again at once, it is not asked again (half a minute), and still says why.
        view.showRequest(closed->id, {}, {});
        QVERIFY(!source.fetching(closed->id));
        QVERIFY(view.item(0)->text().contains(QStringLiteral("cannot be reached")));
        agent.stop();
    }

    void theReportDialogExportsAndRemembersParameters()
    {
        DeskSession desk(*m_db, *m_search, QStringLiteral("en"), [] { return QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch(); });
        ReportDialog dialog(desk);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The kind chosen from the keyboard: request list → per type.
        dialog.kindBox()->setFocus();
        QTest::keyClick(dialog.kindBox(), Qt::Key_Down);
        QCOMPARE(dialog.parameters().kind, ReportKind::PerType);
        ReportParameters p = dialog.parameters();
        p.kind = ReportKind::RequestList;
        p.from = QDate(2026, 9, 1);
        p.to = QDate(2026, 9, 30);
        p.groupBy = QStringLiteral("status");
        dialog.setParameters(p);
        const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
        const QString csv = m_dir.filePath(QStringLiteral("dialog.csv"));
        QVERIFY(dialog.exportPdf(pdf));
        QVERIFY(dialog.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const std::optional<ReportTable> table = dialog.build();
        QVERIFY(table);
        int rows = 0;
        for (const QString &l : lines)
            rows += l.contains(QStringLiteral("-D0-")) ? 1 : 0;
        QCOMPARE(qint64(rows), table->rowCount);
        // A named parameter set comes back.
        QVERIFY(dialog.saveSet(QStringLiteral("September by status")));
        QVERIFY(dialog.savedSets().contains(QStringLiteral("September by status")));
        p.groupBy.clear();
        p.from = QDate(2026, 1, 1);
        dialog.setParameters(p);
        QVERIFY(dialog.loadSet(QStringLiteral("September by status")));
        QCOMPARE(dialog.parameters().from, QDate(2026, 9, 1));
        QCOMPARE(dialog.parameters().groupBy, QStringLiteral("status"));
        // A reversed period: a message, no file.
        p.from = QDate(2026, 10, 1);
        p.to = QDate(2026, 9, 1);
        dialog.setParameters(p);
        const QString bad = m_dir.filePath(QStringLiteral("reversed.pdf"));
        QVERIFY(!dialog.exportPdf(bad));
        QVERIFY(dialog.messageLabel()->isVisibleTo(&dialog));
        QVERIFY(!QFile::exists(bad));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchService> m_search;
};

QTEST_MAIN(TestDashboardPanel)
#include "tst_dashboardpanel.moc"
