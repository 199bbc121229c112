// SPDX-License-Identifier: GPL-3.0-or-later
#include "routedialog.h"
#include "core/text/datetext.h"

#include "core/session/desksession.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace CivicDesk {

RouteDialog::RouteDialog(DeskSession &desk, const QStringList &requestIds, const QString &departmentId, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_crew(new QComboBox(this))
    , m_stops(new QTableWidget(0, 6, this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Crew work list"));
    RequestRepository repo(desk.db());
    for (const QString &id : requestIds) {
        const std::optional<ServiceRequest> r = repo.get(id);
        if (!r || !r->location.isValid())
            continue;
        const ServiceType *t = desk.workflow().type(r->serviceTypeId);
        QStringList notes;
        if (!r->description.isEmpty())
            notes.append(r->description);
        for (const RequestEvent &e : repo.events(id))
            if (e.kind == EventKind::Note && !e.body.isEmpty() && e.fromValue != QLatin1String("recurrence"))
                notes.append(e.body);
        m_all.append({r->id, r->trackingNumber, t ? t->name.best(desk.uiLanguage()) : QString(), r->address, notes.join(QStringLiteral(" · ")),
                      r->dueAt, int(r->priority), r->location});
        m_routeStops.append({r->id, r->location, int(r->priority)});
    }
    for (const Department &d : OrganisationRepository(desk.db()).departments())
        if (d.kind == DepartmentKind::Crew && (departmentId.isEmpty() || d.parentId == departmentId))
            m_crew->addItem(d.name.best(desk.uiLanguage()), d.id);
    m_crew->setAccessibleName(tr("Crew"));
    m_stops->setHorizontalHeaderLabels({tr("Stop"), tr("Tracking no."), tr("Type"), tr("Address"), tr("Deadline"), tr("Notes")});
    m_stops->setAccessibleName(tr("Stops in order"));
    m_stops->verticalHeader()->hide();
    m_stops->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stops->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = buttons->addButton(tr("&Print work order (PDF)…"), QDialogButtonBox::ActionRole);
    QPushButton *assign = buttons->addButton(tr("&Assign to the crew"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Work order"), QStringLiteral("work-order.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            writePdf(path);
    });
    connect(assign, &QPushButton::clicked, this, [this] {
        const int n = assignAll();
        m_summary->setText(tr("%n request(s) assigned to the crew.", nullptr, n));
    });
    connect(m_crew, &QComboBox::currentIndexChanged, this, [this] { planFor(m_crew->currentData().toString()); });

    auto *layout = new QVBoxLayout(this);
    auto *crewLabel = new QLabel(tr("C&rew:"), this);
    crewLabel->setBuddy(m_crew);
    layout->addWidget(crewLabel);
    layout->addWidget(m_crew);
    layout->addWidget(m_stops, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 520);
    if (m_crew->count() > 0)
        planFor(m_crew->currentData().toString());
}

void RouteDialog::planFor(const QString &crewId)
{
    const std::optional<Department> crew = OrganisationRepository(m_desk.db()).department(crewId);
    m_crewName = crew ? crew->name.best(m_desk.uiLanguage()) : QString();
    m_depot = crew && crew->depot.isValid() ? crew->depot : m_desk.tenant().centre;
    if (!m_depot.isValid() && !m_routeStops.isEmpty())
        m_depot = m_routeStops.front().at;
    m_plan = RoutePlanner::plan(m_depot, m_routeStops);
    const RoutePlan nn = RoutePlanner::nearestNeighbour(m_depot, m_routeStops);
    m_stops->setRowCount(int(m_plan.order.size()));
    const QLocale locale;
    for (int row = 0; row < m_plan.order.size(); ++row) {
        const Stop &s = m_all[m_plan.order[row]];
        m_stops->setItem(row, 0, new QTableWidgetItem(QString::number(row + 1)));
        m_stops->setItem(row, 1, new QTableWidgetItem(s.tracking));
        m_stops->setItem(row, 2, new QTableWidgetItem(s.type));
        m_stops->setItem(row, 3, new QTableWidgetItem(s.address));
        m_stops->setItem(row, 4, new QTableWidgetItem(DateText::dateTime(s.dueAt)));
        m_stops->setItem(row, 5, new QTableWidgetItem(s.notes));
    }
    m_stops->resizeColumnsToContents();
    m_summary->setText(tr("%n stop(s), %1 km from the depot through the last stop (nearest neighbour alone: %2 km).", nullptr, int(m_plan.order.size()))
                           .arg(locale.toString(m_plan.distanceM / 1000.0, 'f', 1), locale.toString(nn.distanceM / 1000.0, 'f', 1)));
}

QStringList RouteDialog::orderedIds() const
{
    QStringList out;
    for (int i : m_plan.order)
        out.append(m_all[i].id);
    return out;
}

QString RouteDialog::workOrderHtml() const
{
    const QLocale locale;
    QString html = QStringLiteral("<html><body style='font-family: sans-serif'>");
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Work order — %1").arg(m_crewName.toHtmlEscaped()));
    html += QStringLiteral("<p>%1 · %2</p>").arg(m_desk.tenant().name.toHtmlEscaped(),
                                                  DateText::longDate(m_desk.clock()(), locale) + u' ' + DateText::local(m_desk.clock()()).toString(DateText::timeFormat()));
    html += QStringLiteral("<p>%1</p>").arg(tr("Start from the depot (%1, %2); %n stop(s), %3 km.", nullptr, int(m_plan.order.size()))
                                                .arg(m_depot.latitude(), 0, 'f', 5)
                                                .arg(m_depot.longitude(), 0, 'f', 5)
                                                .arg(locale.toString(m_plan.distanceM / 1000.0, 'f', 1)));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(tr("Tracking no."), tr("Type"), tr("Address"), tr("Deadline"), tr("Notes"), tr("Done"));
    for (int row = 0; row < m_plan.order.size(); ++row) {
        const Stop &s = m_all[m_plan.order[row]];
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>☐</td></tr>")
                    .arg(row + 1)
                    .arg(s.tracking.toHtmlEscaped(), s.type.toHtmlEscaped(), s.address.toHtmlEscaped(),
                         DateText::dateTime(s.dueAt),
                         s.notes.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>%1</p></body></html>").arg(tr("Crew leader's signature: ____________________"));
    return html;
}

bool RouteDialog::writePdf(const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Work order"));
    QTextDocument doc;
    doc.setHtml(workOrderHtml());
    doc.print(&printer);
    if (printer.printerState() == QPrinter::Error || !QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Work order"), tr("The work order could not be written to %1.").arg(path));
        return false;
    }
    m_summary->setText(tr("Work order written to %1.").arg(path));
    return true;
}

int RouteDialog::assignAll()
{
    const QString crew = m_crew->currentData().toString();
    int done = 0;
    for (const QString &id : orderedIds())
        done += m_desk.runStatus(CommandName::Assign, {{QStringLiteral("requestId"), id}, {QStringLiteral("crewId"), crew}}).ok() ? 1 : 0;
    return done;
}

} // namespace CivicDesk
