// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's dashboard and a large printed report.
#include "benchsupport.h"

#include "ui/dashboard/dashboardpanel.h"
#include "core/session/desksession.h"
#include "core/reports/dashboard.h"
#include "core/reports/report.h"
#include "ui/print/reportpainter.h"
#include "core/storage/searchindexer.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "core/util/processinfo.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <vector>

namespace CivicDesk::Bench {

// Every figure of the dashboard for the last year of the file, whole municipality: what one refresh reads.
int benchDashboard(Database &db)
{
    const qint64 end = newestRequestAt(db);
    DashboardFilter year;
    year.to = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).date();
    year.from = year.to.addYears(-1).addDays(1);
    Dashboard dash(db);
    std::vector<double> ms;
    qint64 received = 0;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer t;
        t.start();
        const DashboardData data = dash.load(year, Granularity::Week, QDateTime::currentMSecsSinceEpoch());
        if (i > 0)
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        received = data.totals.received;
    }
    // The same with the charts drawn: the dashboard window of a supervisor, offscreen at 1280×800.
    std::vector<double> drawn;
    {
        SearchService search(db, tenantRegion(db));
        DeskSession desk(db, search, QStringLiteral("el"), [end] { return end; }, userInRole(db, Role::Supervisor));
        DashboardPanel panel(desk);
        panel.resize(1280, 800);
        panel.show();
        panel.setPeriod(year.from, year.to);
        for (int i = 0; i < 11; ++i) {
            QElapsedTimer t;
            t.start();
            panel.refresh();
            panel.repaint();
            if (i > 0)
                drawn.push_back(double(t.nsecsElapsed()) / 1e6);
            QApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }
    // A 10,000-row request list of the last weeks, grouped by department, to PDF.
    double reportMs = 0, reportRows = 0;
    {
        QTemporaryDir dir;
        ReportParameters params;
        params.kind = ReportKind::RequestList;
        params.to = year.to;
        params.from = year.to.addDays(-30);
        params.groupBy = QStringLiteral("department");
        params.limit = 10000;
        QElapsedTimer t;
        t.start();
        Result<ReportTable> table = ReportBuilder(db, QStringLiteral("el"), end).build(params);
        if (table && ReportPainter::writePdf(dir.filePath(QStringLiteral("report.pdf")), table.value(), {QStringLiteral("bench"), {}, {}, {}, {}}))
            reportRows = double(table->rowCount);
        reportMs = double(t.nsecsElapsed()) / 1e6;
    }
    bench("report_10k_rows", reportRows);
    bench("report_10k_pdf_ms", reportMs);
    bench("report_10k_rss_mb", residentMemoryBytes() / 1048576.0);
    bench("dashboard_refresh_ms", percentile(drawn, 0.5));
    bench("dashboard_refresh_p95_ms", percentile(drawn, 0.95));
    bench("dashboard_requests_in_period", double(received));
    bench("dashboard_summary_rows", double(summaryRows(db)));
    bench("dashboard_figures_ms", percentile(ms, 0.5));
    bench("dashboard_figures_p95_ms", percentile(ms, 0.95));
    return 0;
}

} // namespace CivicDesk::Bench
