// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepanel.h"

#include "ui/queue/alertlist.h"
#include "ui/queue/queuefilterbar.h"
#include "ui/queue/requestdetailview.h"
#include "ui/queue/requestactions.h"
#include "ui/widgets/requesthistoryview.h"

#include "core/session/desksession.h"
#include "ui/queue/routedialog.h"
#include "ui/queue/workqueuemodel.h"
#include "core/storage/requestrepository.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QLocale>
#include <QPlainTextEdit>
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
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
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
    connect(m_alerts, &AlertList::arrived, this, &QueuePanel::alertsArrived);
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
    // Widths from what the columns hold in the UI's language (Greek names are longer than English ones), not
    // from the rows: measuring rows would read pages the view has not fetched.
    const QFontMetrics fm = m_view->fontMetrics();
    const int ch = fm.averageCharWidth();
    const int pad = 2 * ch;
    QFont boldFont = m_view->font();
    boldFont.setBold(true); // urgent priorities are drawn bold
    const QFontMetrics bold(boldFont);
    auto widest = [&](const QStringList &texts, const QFontMetrics &metrics) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, metrics.horizontalAdvance(t));
        return w + pad;
    };
    QStringList priorities, statuses, states;
    for (const Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent, Priority::Emergency})
        priorities.append(displayName(p));
    priorities.append(QStringLiteral("⚠ ") + displayName(Priority::Emergency)); // an emergency flagged by the caller
    for (const RequestStatus st : {RequestStatus::New, RequestStatus::Accepted, RequestStatus::Assigned, RequestStatus::InProgress,
                                   RequestStatus::OnHold, RequestStatus::Reopened})
        statuses.append(displayName(st));
    for (const DeadlineState d : {DeadlineState::OnTrack, DeadlineState::AtRisk, DeadlineState::Breached, DeadlineState::Paused})
        states.append(displayName(d));
    // A column is never narrower than its title.
    const QFontMetrics titles(header->font());
    auto fit = [&](int column, int width) {
        header->resizeSection(column, std::max(width, titles.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + pad));
    };
    fit(WorkQueueModel::PriorityColumn, widest(priorities, bold));
    header->resizeSection(WorkQueueModel::DeadlineColumn, widest(states, fm) + ch * 11); // and " · 12 d 6 h"
    header->resizeSection(WorkQueueModel::AgeColumn, ch * 10);
    header->resizeSection(WorkQueueModel::TypeColumn, ch * 23);
    header->resizeSection(WorkQueueModel::AddressColumn, ch * 12); // last shown: it stretches to what is left
    header->resizeSection(WorkQueueModel::ReportersColumn, ch * 9);
    fit(WorkQueueModel::StatusColumn, widest(statuses, fm));
    fit(WorkQueueModel::TrackingColumn, widest({QStringLiteral("26-D0-000000")}, fm));
    // What fits beside the detail at 1280 pixels: the tracking number first, then what orders the work; the
    // rest a right click (or Queue → Columns) away.
    const int order[] = {WorkQueueModel::TrackingColumn, WorkQueueModel::PriorityColumn, WorkQueueModel::DeadlineColumn,
                         WorkQueueModel::TypeColumn, WorkQueueModel::StatusColumn, WorkQueueModel::AddressColumn};
    for (int i = 0; i < int(std::size(order)); ++i)
        header->moveSection(header->visualIndex(order[i]), i);
    for (const int column : {WorkQueueModel::AgeColumn, WorkQueueModel::ReportersColumn, WorkQueueModel::ReporterScoreColumn})
        header->setSectionHidden(column, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) { chooseColumns(header->mapToGlobal(at)); });
    connect(header, &QHeaderView::sectionClicked, m_filters, &QueueFilterBar::sortByColumn);
}

void QueuePanel::setUpActions()
{
    m_actions = new RequestActions(m_desk, *this, [this] { return selectedIds(); });
    // What the selection may do, offered again whenever it or the rows under it change.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, m_actions, &RequestActions::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, m_actions, &RequestActions::refresh);
    m_actions->refresh();
    connect(m_actions, &RequestActions::applied, this, &QueuePanel::report);
    connect(m_actions, &RequestActions::noteWanted, this, [this] { m_detail->note()->setFocus(); });
    connect(m_actions, &RequestActions::workListWanted, this, &QueuePanel::openWorkList);
    auto *columns = new QAction(tr("&Columns…"), this);
    columns->setObjectName(QStringLiteral("actionColumns"));
    connect(columns, &QAction::triggered, this, [this] {
        QHeaderView *header = m_view->horizontalHeader();
        chooseColumns(header->mapToGlobal(QPoint(0, header->height())));
    });
    addAction(columns);
    // Enter or a double click opens the request's page.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_model->rowCount())
            Q_EMIT openRequested(m_model->row(index.row()).id);
    });
}

void QueuePanel::chooseColumns(const QPoint &at)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *a = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        connect(a, &QAction::toggled, this, [this, column](bool shown) { showColumn(column, shown); });
    }
    menu.exec(at);
}

void QueuePanel::showColumn(int column, bool shown)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!shown && header->count() - header->hiddenSectionCount() <= 1)
        return; // the last column stays
    header->setSectionHidden(column, !shown);
}

QByteArray QueuePanel::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void QueuePanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
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
    const int keptRow = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    m_model->reload();
    m_status->setText(tr("%1 pending requests").arg(QLocale().toString(m_model->totalCount())));
    bool kept = false;
    for (const QString &id : keep) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->selectRow(row);
            kept = true;
            break;
        }
    }
    // The request left the list (closed, rerouted, filtered out): the next one takes its place, so that the work
    // goes on from where it was.
    if (!kept && keptRow >= 0 && m_model->rowCount() > 0 && m_focusId.isEmpty()) {
        const int row = std::min(keptRow, m_model->rowCount() - 1);
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->selectRow(row);
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

int QueuePanel::accept()
{
    return m_actions->accept();
}

int QueuePanel::changeStatus(RequestStatus to, const QString &note, std::optional<AccuracyRating> accuracy)
{
    return m_actions->changeStatus(to, note, accuracy);
}

int QueuePanel::reroute(const QString &departmentId, const QString &reason)
{
    return m_actions->reroute(departmentId, reason);
}

int QueuePanel::assign(const QString &crewId, const QString &assigneeId)
{
    return m_actions->assign(crewId, assigneeId);
}

int QueuePanel::linkDuplicate(const QString &masterTrackingNumber)
{
    return m_actions->linkDuplicate(masterTrackingNumber);
}

int QueuePanel::addNote(const QString &text)
{
    return m_actions->addNote(text);
}

int QueuePanel::rate(int score, const QString &comment)
{
    return m_actions->rate(score, comment);
}

void QueuePanel::openWorkList(const QStringList &ids)
{
    const std::optional<ServiceRequest> r = RequestRepository(m_desk.db()).get(ids.front());
    RouteDialog dialog(m_desk, ids, r ? r->departmentId : QString(), this);
    dialog.exec();
    refresh();
}

} // namespace CivicDesk
