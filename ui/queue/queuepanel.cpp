// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepanel.h"

#include "ui/queue/alertlist.h"
#include "ui/queue/queuefilterbar.h"
#include "ui/queue/requestdetailview.h"
#include "ui/widgets/requesthistoryview.h"

#include "core/session/desksession.h"
#include "ui/itemroles.h"
#include "ui/queue/routedialog.h"
#include "ui/queue/workqueuemodel.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace CivicDesk {

QueuePanel::QueuePanel(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new WorkQueueModel(desk, this))
    , m_view(new QTableView(this))
    , m_filters(new QueueFilterBar(desk, this))
    , m_detail(new RequestDetailView(desk, this))
    , m_alerts(new AlertList(desk, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("QueuePanel"));
    setUpTable();

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_alerts);
    detailLayout->addWidget(m_detail, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    setUpActions();
    connect(m_filters, &QueueFilterBar::changed, this, &QueuePanel::applyFilters);
    connect(m_detail, &RequestDetailView::noteSubmitted, this, [this](const QString &text) {
        if (addNote(text) > 0) {
            m_detail->note()->clear();
            m_view->setFocus();
        }
    });
    connect(m_alerts, &AlertList::requestActivated, this, [this](const QString &requestId) {
        const int row = m_model->rowOf(requestId);
        if (row >= 0)
            m_view->selectRow(row);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePanel::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePanel::showDetail);

    // Changes made by another desk or by the ladder show up by themselves.
    // A hidden queue reads nothing (the desk's own draft saves alone move the data every few seconds while a
    // call is typed); it reads again when it is shown.
    connect(&m_desk.changes(), &ChangeMonitor::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    if (EscalationRunner *ladder = m_desk.escalationRunner()) {
        connect(ladder, &EscalationRunner::stepsTaken, this, [this](int steps) {
            Q_EMIT message(tr("%n escalation step(s) taken.", nullptr, steps));
            refresh();
        });
        connect(ladder, &EscalationRunner::failed, this, [this](const Error &e) { Q_EMIT message(e.message); });
    }

    applyFilters();
    m_alerts->refresh();
}

RequestHistoryView *QueuePanel::historyList() const
{
    return m_detail->history();
}

QListWidget *QueuePanel::alertList() const
{
    return m_alerts->list();
}

QPlainTextEdit *QueuePanel::noteEdit() const
{
    return m_detail->note();
}

void QueuePanel::setUpTable()
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Work queue"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsClickable(true);
    const int ch = m_view->fontMetrics().averageCharWidth();
    header->resizeSection(WorkQueueModel::PriorityColumn, ch * 14);
    header->resizeSection(WorkQueueModel::DeadlineColumn, ch * 30);
    header->resizeSection(WorkQueueModel::AgeColumn, ch * 12);
    header->resizeSection(WorkQueueModel::TypeColumn, ch * 28);
    header->resizeSection(WorkQueueModel::AddressColumn, ch * 22);
    header->resizeSection(WorkQueueModel::ReportersColumn, ch * 9);
    header->resizeSection(WorkQueueModel::StatusColumn, ch * 14);
    header->resizeSection(WorkQueueModel::TrackingColumn, ch * 14);
    connect(header, &QHeaderView::sectionClicked, m_filters, &QueueFilterBar::sortByColumn);
}

void QueuePanel::setUpActions()
{
    auto action = [this](const QString &text, const QKeySequence &key, auto slot, const char *name) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    action(tr("&Accept"), QKeySequence(Qt::Key_A), [this] { accept(); }, "actionAccept");
    action(tr("Assi&gn to crew or person…"), QKeySequence(Qt::Key_G), [this] { askAssign(); }, "actionAssign");
    action(tr("Change &status…"), QKeySequence(Qt::Key_S), [this] { askStatus(); }, "actionStatus");
    action(tr("&Reroute…"), QKeySequence(Qt::Key_R), [this] { askReroute(); }, "actionReroute");
    action(tr("Link as &duplicate…"), QKeySequence(Qt::Key_D), [this] { askDuplicate(); }, "actionDuplicate");
    action(tr("Put on &hold…"), QKeySequence(Qt::Key_H), [this] { askHold(); }, "actionHold");
    action(tr("Write a &note"), QKeySequence(Qt::Key_N), [this] { m_detail->note()->setFocus(); }, "actionNote");
    action(tr("Record the citizen's ra&ting…"), QKeySequence(Qt::Key_T), [this] { askRating(); }, "actionRate");
    action(tr("Crew &work list…"), QKeySequence(Qt::Key_W), [this] { openWorkList(); }, "actionWorkList");
}

void QueuePanel::applyFilters()
{
    m_model->setSort(m_filters->sort());
    m_model->setFilter(m_filters->filter());
    m_status->setText(tr("%1 pending requests").arg(QLocale().toString(m_model->totalCount())));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void QueuePanel::showFiltered(const QueueFilter &filter)
{
    m_model->setFilter(m_filters->show(filter));
    m_status->setText(tr("%1 pending requests").arg(QLocale().toString(m_model->totalCount())));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

QStringList QueuePanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids.append(m_model->row(i.row()).id);
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_model->row(m_view->currentIndex().row()).id);
    if (ids.isEmpty() && !m_focusId.isEmpty())
        ids.append(m_focusId);
    return ids;
}

void QueuePanel::showRequest(const QString &requestId)
{
    int row = m_model->rowOf(requestId);
    // The next pages may hold it: a few are read, not the whole queue.
    for (int page = 0; row < 0 && page < 5 && m_model->canFetchMore({}); ++page) {
        m_model->fetchMore({});
        row = m_model->rowOf(requestId);
    }
    if (row >= 0) {
        m_focusId.clear();
        m_view->selectionModel()->clearSelection();
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
        return;
    }
    // Not in the list as filtered: its detail alone; the actions apply to it.
    m_view->selectionModel()->clearSelection();
    m_view->setCurrentIndex({});
    m_focusId = requestId;
    m_detail->showRequest(requestId, false);
}

void QueuePanel::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        if (!m_focusId.isEmpty())
            return;
        m_detail->clear();
        return;
    }
    m_focusId.clear();
    const QString id = m_model->row(current.row()).id;
    m_detail->showRequest(id);
    Q_EMIT currentRequestChanged(id);
}

void QueuePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void QueuePanel::refresh()
{
    m_stale = false;
    const QStringList keep = selectedIds();
    m_model->reload();
    m_status->setText(tr("%1 pending requests").arg(QLocale().toString(m_model->totalCount())));
    for (const QString &id : keep) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->selectRow(row);
            break;
        }
    }
    showDetail();
    m_alerts->refresh();
}

void QueuePanel::report(int done, int total, const QStringList &problems)
{
    QString text = tr("%1 of %2 changed.").arg(done).arg(total);
    if (!problems.isEmpty())
        text += u' ' + problems.join(u' ');
    m_status->setText(text);
    Q_EMIT message(text);
    if (done > 0) {
        refresh();
        Q_EMIT requestsChanged();
    }
}

int QueuePanel::applyToSelection(const std::function<Status(const QString &)> &change)
{
    const QStringList ids = selectedIds();
    int done = 0;
    QStringList problems;
    for (const QString &id : ids) {
        if (Status s = change(id); s)
            ++done;
        else
            problems.append(s.error().message);
    }
    problems.removeDuplicates();
    report(done, int(ids.size()), problems);
    return done;
}

int QueuePanel::accept()
{
    return changeStatus(RequestStatus::Accepted, {});
}

int QueuePanel::changeStatus(RequestStatus to, const QString &note, std::optional<AccuracyRating> accuracy)
{
    return applyToSelection([&](const QString &id) -> Status {
        return m_desk.changeStatus(id, to, note, accuracy);
    });
}

int QueuePanel::reroute(const QString &departmentId, const QString &reason)
{
    return applyToSelection([&](const QString &id) {
        return m_desk.runStatus(CommandName::Reroute, {{QStringLiteral("requestId"), id}, {QStringLiteral("departmentId"), departmentId},
                                                       {QStringLiteral("reason"), reason}});
    });
}

int QueuePanel::assign(const QString &crewId, const QString &assigneeId)
{
    return applyToSelection([&](const QString &id) {
        return m_desk.runStatus(CommandName::Assign, {{QStringLiteral("requestId"), id}, {QStringLiteral("crewId"), crewId},
                                                      {QStringLiteral("assigneeId"), assigneeId}});
    });
}

int QueuePanel::linkDuplicate(const QString &masterTrackingNumber)
{
    const std::optional<ServiceRequest> master = RequestRepository(m_desk.db()).byTrackingNumber(masterTrackingNumber.trimmed());
    if (!master) {
        report(0, int(selectedIds().size()), {tr("No request has the tracking number %1.").arg(masterTrackingNumber)});
        return 0;
    }
    return applyToSelection([&](const QString &id) {
        return m_desk.runStatus(CommandName::LinkDuplicate, {{QStringLiteral("requestId"), id}, {QStringLiteral("masterId"), master->id}});
    });
}

int QueuePanel::addNote(const QString &text)
{
    return applyToSelection([&](const QString &id) {
        return m_desk.runStatus(CommandName::AddNote, {{QStringLiteral("requestId"), id}, {QStringLiteral("text"), text}});
    });
}

int QueuePanel::rate(int score, const QString &comment)
{
    return applyToSelection([&](const QString &id) {
        return m_desk.runStatus(CommandName::RateSatisfaction, {{QStringLiteral("requestId"), id}, {QStringLiteral("score"), score},
                                                                {QStringLiteral("comment"), comment}});
    });
}

void QueuePanel::askStatus()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const std::optional<ServiceRequest> r = RequestRepository(m_desk.db()).get(ids.front());
    if (!r)
        return;
    const QList<RequestStatus> moves = m_desk.workflow().allowedMoves(*r, m_desk.actor());
    if (moves.isEmpty()) {
        report(0, int(ids.size()), {tr("You cannot move %1 from “%2”.").arg(r->trackingNumber, displayName(r->status))});
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("statusDialog"));
    dialog.setWindowTitle(tr("Change status"));
    auto *form = new QFormLayout(&dialog);
    auto *to = new QComboBox(&dialog);
    to->setObjectName(QStringLiteral("statusBox"));
    for (RequestStatus s : moves)
        to->addItem(displayName(s), toCode(s));
    auto *accuracy = new QComboBox(&dialog);
    accuracy->setObjectName(QStringLiteral("accuracyBox"));
    accuracy->addItem(tr("— not rated —"), QString());
    for (AccuracyRating a : {AccuracyRating::Accurate, AccuracyRating::PartlyAccurate, AccuracyRating::Inaccurate, AccuracyRating::FalseReport}) {
        const QString names[] = {tr("Accurate"), tr("Partly accurate"), tr("Inaccurate"), tr("False report")};
        accuracy->addItem(names[int(a)], toCode(a));
    }
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("noteEdit"));
    form->addRow(tr("&New status:"), to);
    form->addRow(tr("Report &accuracy:"), accuracy);
    form->addRow(tr("N&ote:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changeStatus(*requestStatusFromCode(to->currentData().toString()), note->text(), accuracyRatingFromCode(accuracy->currentData().toString()));
}

void QueuePanel::askHold()
{
    bool ok = false;
    const QString why = QInputDialog::getText(this, tr("Put on hold"), tr("Waiting for whom or what?"), QLineEdit::Normal, {}, &ok);
    if (ok)
        changeStatus(RequestStatus::OnHold, why);
}

void QueuePanel::askReroute()
{
    QStringList names;
    QStringList ids;
    for (const Department &d : OrganisationRepository(m_desk.db()).departments()) {
        if (d.kind == DepartmentKind::Directorate)
            continue;
        names.append(d.name.best(m_desk.uiLanguage()));
        ids.append(d.id);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Reroute"), tr("Send to:"), names, 0, false, &ok);
    if (!ok)
        return;
    const QString reason = QInputDialog::getText(this, tr("Reroute"), tr("Why? (the other department reads it)"), QLineEdit::Normal, {}, &ok);
    if (ok)
        reroute(ids.value(names.indexOf(chosen)), reason);
}

void QueuePanel::askAssign()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const std::optional<ServiceRequest> r = RequestRepository(m_desk.db()).get(ids.front());
    if (!r)
        return;
    QStringList names{tr("— no crew —")};
    QStringList crewIds{QString()};
    for (const Department &d : OrganisationRepository(m_desk.db()).departments()) {
        if (d.kind == DepartmentKind::Crew && d.parentId == r->departmentId) {
            names.append(d.name.best(m_desk.uiLanguage()));
            crewIds.append(d.id);
        }
    }
    QStringList people{tr("— nobody —")};
    QStringList peopleIds{QString()};
    for (const User &u : OrganisationRepository(m_desk.db()).users()) {
        if (u.active && (u.departmentId == r->departmentId || crewIds.contains(u.departmentId))) {
            people.append(u.displayName);
            peopleIds.append(u.id);
        }
    }
    bool ok = false;
    const QString crew = QInputDialog::getItem(this, tr("Assign"), tr("Crew:"), names, names.size() > 1 ? 1 : 0, false, &ok);
    if (!ok)
        return;
    const QString person = QInputDialog::getItem(this, tr("Assign"), tr("Person:"), people, 0, false, &ok);
    if (ok)
        assign(crewIds.value(names.indexOf(crew)), peopleIds.value(people.indexOf(person)));
}

void QueuePanel::askDuplicate()
{
    bool ok = false;
    const QString tracking = QInputDialog::getText(this, tr("Link as duplicate"), tr("Tracking number of the request it repeats:"), QLineEdit::Normal, {}, &ok);
    if (ok && !tracking.trimmed().isEmpty())
        linkDuplicate(tracking);
}

void QueuePanel::askRating()
{
    bool ok = false;
    const int score = QInputDialog::getInt(this, tr("Citizen's rating"), tr("How satisfied is the citizen (1–5)?"), 4, 1, 5, 1, &ok);
    if (!ok)
        return;
    const QString comment = QInputDialog::getText(this, tr("Citizen's rating"), tr("Their comment:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        rate(score, comment);
}

void QueuePanel::openWorkList()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const std::optional<ServiceRequest> r = RequestRepository(m_desk.db()).get(ids.front());
    RouteDialog dialog(m_desk, ids, r ? r->departmentId : QString(), this);
    dialog.exec();
    refresh();
}

} // namespace CivicDesk
