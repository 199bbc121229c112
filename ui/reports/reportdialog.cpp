// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"
#include "core/text/datetext.h"

#include "core/session/desksession.h"
#include "core/session/syncagent.h"
#include "core/sync/desksync.h"
#include "ui/print/reportpainter.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/reportsetstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {


void select(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

ReportDialog::ReportDialog(DeskSession &desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_kind(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_department(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_groupBy(new QComboBox(this))
    , m_sortBy(new QComboBox(this))
    , m_limit(new QSpinBox(this))
    , m_sets(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Reports"));
    const QString lang = desk.uiLanguage();
    for (ReportKind k : allReportKinds())
        m_kind->addItem(displayName(k), toCode(k));
    m_department->addItem(tr("All"), QString());
    for (const Department &d : OrganisationRepository(desk.db()).departments())
        if (d.kind != DepartmentKind::Directorate && d.kind != DepartmentKind::Crew)
            m_department->addItem(d.name.best(lang), d.id);
    m_type->addItem(tr("All"), QString());
    for (const ServiceType &t : CatalogueRepository(desk.db()).types())
        m_type->addItem(t.name.best(lang), t.id);
    m_status->addItem(tr("All"), QString());
    for (RequestStatus s : allRequestStatuses())
        m_status->addItem(displayName(s), toCode(s));
    m_district->addItem(tr("All"), QString());
    for (const District &d : GeoRepository(desk.db()).districts())
        m_district->addItem(d.name, d.id);
    m_channel->addItem(tr("All"), QString());
    for (Channel c : {Channel::Phone, Channel::WalkIn, Channel::Web, Channel::MobileApp, Channel::Email, Channel::Open311, Channel::Import})
        m_channel->addItem(displayName(c), toCode(c));
    m_priority->addItem(tr("Any"), 0);
    for (int p = 2; p <= 5; ++p)
        m_priority->addItem(displayName(Priority(p)), p);
    m_groupBy->addItem(tr("No grouping"), QString());
    m_groupBy->addItem(tr("Department"), QStringLiteral("department"));
    m_groupBy->addItem(tr("Type"), QStringLiteral("type"));
    m_groupBy->addItem(tr("Status"), QStringLiteral("status"));
    m_groupBy->addItem(tr("District"), QStringLiteral("district"));
    m_sortBy->addItem(tr("Date filed"), QStringLiteral("filed"));
    m_sortBy->addItem(tr("Deadline"), QStringLiteral("deadline"));
    m_sortBy->addItem(tr("Priority"), QStringLiteral("priority"));
    m_sortBy->addItem(tr("Tracking number"), QStringLiteral("tracking"));
    m_limit->setRange(0, 10000000);
    m_limit->setSpecialValueText(tr("All")); // 0: the whole list (a cut list says so on its first and last page)
    m_limit->setValue(10000);
    m_limit->setGroupSeparatorShown(true);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(DateText::dateFormat());
    }
    const QDate today = DateText::local(desk.clock()()).date();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_to->setDate(QDate(today.year(), today.month(), 1).addDays(-1));
    m_message->setWordWrap(true); // its colour is say()'s
    m_message->hide();

    auto *form = new QFormLayout;
    auto row = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        w->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(l, w);
    };
    row(tr("&Report:"), m_kind);
    row(tr("&From:"), m_from);
    row(tr("&To:"), m_to);
    row(tr("&Department:"), m_department);
    row(tr("T&ype:"), m_type);
    row(tr("&Status:"), m_status);
    row(tr("D&istrict:"), m_district);
    row(tr("&Channel:"), m_channel);
    row(tr("&Priority at least:"), m_priority);
    row(tr("&Group by:"), m_groupBy);
    row(tr("S&ort by:"), m_sortBy);
    row(tr("&Most rows:"), m_limit);

    auto *sets = new QHBoxLayout;
    m_sets->addItem(tr("— saved parameter sets —"), QString());
    for (const QString &name : savedSets())
        m_sets->addItem(name, name);
    m_sets->setAccessibleName(tr("Saved parameter sets"));
    auto *saveSetButton = new QPushButton(tr("Sa&ve as…"), this);
    sets->addWidget(m_sets, 1);
    sets->addWidget(saveSetButton);
    connect(m_sets, &QComboBox::activated, this, [this] {
        if (const QString name = m_sets->currentData().toString(); !name.isEmpty())
            loadSet(name);
    });
    connect(saveSetButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save parameters"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
        if (ok && !name.isEmpty() && saveSet(name) && m_sets->findData(name) < 0)
            m_sets->addItem(name, name);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("Pri&nt…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("P&DF…"), QDialogButtonBox::ActionRole);
    QPushButton *csvButton = buttons->addButton(tr("CS&V…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, [this] {
        const std::optional<ReportTable> table = build();
        if (!table)
            return;
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ReportPainter::paint(&printer, *table, header());
        if (printer.printerState() == QPrinter::Error) {
            say(tr("The printer reported an error; nothing may have been printed."));
        }
    });
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), m_kind->currentData().toString() + QStringLiteral(".pdf"),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as CSV"), m_kind->currentData().toString() + QStringLiteral(".csv"),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sets);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

ReportParameters ReportDialog::parameters() const
{
    ReportParameters p;
    p.kind = reportKindFromCode(m_kind->currentData().toString()).value_or(ReportKind::RequestList);
    p.from = m_from->date();
    p.to = m_to->date();
    p.departmentId = m_department->currentData().toString();
    p.typeId = m_type->currentData().toString();
    p.status = requestStatusFromCode(m_status->currentData().toString());
    p.districtId = m_district->currentData().toString();
    p.channel = channelFromCode(m_channel->currentData().toString());
    p.minPriority = m_priority->currentData().toInt();
    p.groupBy = m_groupBy->currentData().toString();
    p.sortBy = m_sortBy->currentData().toString();
    p.limit = m_limit->value();
    return p;
}

void ReportDialog::setParameters(const ReportParameters &p)
{
    select(m_kind, toCode(p.kind));
    m_from->setDate(p.from);
    m_to->setDate(p.to);
    select(m_department, p.departmentId);
    select(m_type, p.typeId);
    select(m_status, p.status ? toCode(*p.status) : QString());
    select(m_district, p.districtId);
    select(m_channel, p.channel ? toCode(*p.channel) : QString());
    select(m_priority, p.minPriority);
    select(m_groupBy, p.groupBy);
    select(m_sortBy, p.sortBy);
    m_limit->setValue(p.limit);
}

ReportHeader ReportDialog::header() const
{
    return {m_desk.tenant().name, m_desk.user().displayName,
            DateText::dateTime(m_desk.clock()()),
            ReportHeader::logoOf(ReportSetStore(m_desk.db()).logo()), ReportSetStore(m_desk.db()).header()};
}

void ReportDialog::say(const QString &message, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->setText(message);
    m_message->show();
}

std::optional<ReportTable> ReportDialog::buildOnServer(const ReportParameters &p)
{
    const std::optional<SyncScope> scope = m_desk.sync()->scope();
    const QString since = scope ? DateText::date(QDateTime::fromMSecsSinceEpoch(scope->since).date()) : QString();
    const int months = m_desk.sync()->settings().scopeMonths;
    const QString why = scope ? tr("This desk holds the requests changed since %1 (the last %2 months), the open ones and its department's; a "
                                   "report from %3 needs the whole municipality's, which the server has.")
                                    .arg(since)
                                    .arg(months)
                                    .arg(DateText::date(p.from))
                              : tr("This desk has not yet fetched its requests from the server; the report needs the whole "
                                   "municipality's, which the server has.");
    if (!m_agent) {
        say(why + u' ' + tr("This desk is not connected to the server now; nothing was made from part of the requests."));
        return std::nullopt;
    }
    std::optional<ReportTable> out;
    QString failed;
    QEventLoop wait;
    const QMetaObject::Connection answered =
        connect(m_agent, &SyncAgent::reported, this, [&](const ReportTable &table, const QString &error, bool offline) {
            if (error.isEmpty())
                out = table;
            else if (offline)
                failed = why + u' ' + tr("The server cannot be reached now; nothing was made from part of the requests. Try again when the desk is online.");
            else
                failed = tr("The server could not make the report: %1").arg(error);
            wait.quit();
        });
    if (!m_agent->report(p, m_desk.uiLanguage())) {
        disconnect(answered);
        say(tr("The desk is already asking the server for something; try again in a moment."));
        return std::nullopt;
    }
    say(why + u' ' + tr("The server is making it…"), false);
    // Nothing else is done in the dialog meanwhile (the answer comes within the transport's time limit).
    setEnabled(false);
    wait.exec();
    setEnabled(true);
    disconnect(answered);
    if (!out) {
        say(failed);
        return std::nullopt;
    }
    say(tr("Made by the server from the whole municipality's requests (this desk holds those since %1).").arg(since), false);
    return out;
}

std::optional<ReportTable> ReportDialog::build()
{
    const ReportParameters p = parameters();
    // A partial replica holds the open requests, its department's and those of its last months: a report reading
    // earlier ones is made by the server, or not at all, never from part of them.
    if (m_desk.sync() && !m_desk.sync()->holdsReportPeriod(p))
        return buildOnServer(p);
    Result<ReportTable> table = ReportBuilder(m_desk.db(), m_desk.uiLanguage(), m_desk.clock()()).build(p);
    if (!table) {
        say(table.error().message);
        return std::nullopt;
    }
    m_message->hide();
    return table.value();
}

bool ReportDialog::exportPdf(const QString &path)
{
    const std::optional<ReportTable> table = build();
    if (!table)
        return false;
    if (Status s = ReportPainter::writePdf(path, *table, header()); !s) {
        say(s.error().message);
        return false;
    }
    return true;
}

bool ReportDialog::exportCsv(const QString &path)
{
    const std::optional<ReportTable> table = build();
    if (!table)
        return false;
    if (Status s = writeReportFile(path, reportToCsv(*table)); !s) {
        say(s.error().message);
        return false;
    }
    return true;
}

void ReportDialog::preview()
{
    const std::optional<ReportTable> table = build();
    if (!table)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) { ReportPainter::paint(p, *table, header()); });
    dialog.exec();
}

QStringList ReportDialog::savedSets() const
{
    return ReportSetStore(m_desk.db()).names();
}

bool ReportDialog::saveSet(const QString &name)
{
    if (Status s = ReportSetStore(m_desk.db()).save(name, parameters().toJson()); !s) {
        say(s.error().message);
        return false;
    }
    return true;
}

bool ReportDialog::loadSet(const QString &name)
{
    const std::optional<QJsonObject> saved = ReportSetStore(m_desk.db()).load(name);
    if (!saved)
        return false;
    setParameters(ReportParameters::fromJson(*saved));
    return true;
}

} // namespace CivicDesk
