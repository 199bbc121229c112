// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuepanel.h"

#include "ui/widgets/requesthistoryview.h"

#include "core/session/desksession.h"
#include "ui/itemroles.h"
#include "ui/queue/routedialog.h"
#include "ui/queue/workqueuemodel.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
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
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace CivicDesk {

QueuePanel::QueuePanel(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new WorkQueueModel(desk, this))
    , m_view(new QTableView(this))
    , m_department(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_deadlineFilter(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_mine(new QCheckBox(tr("&Mine only"), this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_history(new RequestHistoryView(this))
    , m_note(new QPlainTextEdit(this))
    , m_alerts(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("QueuePanel"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Work queue"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->horizontalHeader()->resizeSection(WorkQueueModel::PriorityColumn, fm.averageCharWidth() * 14);
    m_view->horizontalHeader()->resizeSection(WorkQueueModel::DeadlineColumn, fm.averageCharWidth() * 30);
    m_view->horizontalHeader()->resizeSection(WorkQueueModel::AgeColumn, fm.averageCharWidth() * 12);
    m_view->horizontalHeader()->resizeSection(WorkQueueModel::TypeColumn, fm.averageCharWidth() * 28);
    m_view->horizontalHeader()->resizeSection(WorkQueueModel::AddressColumn, fm.averageCharWidth() * 22);
    m_view->horizontalHeader()->resizeSection(WorkQueueModel::ReportersColumn, fm.averageCharWidth() * 9);
    m_view->horizontalHeader()->resizeSection(WorkQueueModel::StatusColumn, fm.averageCharWidth() * 14);
    m_view->horizontalHeader()->resizeSection(WorkQueueModel::TrackingColumn, fm.averageCharWidth() * 14);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_sort->setCurrentIndex(column == WorkQueueModel::DeadlineColumn ? 1 : column == WorkQueueModel::AgeColumn ? 2 : 0);
    });

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Internal note for the departments and the contractor (Ctrl+Enter adds it)"));
    m_note->setMaximumHeight(fm.height() * 4);
    m_note->setTabChangesFocus(true);
    m_alerts->setAccessibleName(tr("Alerts"));
    m_alerts->setMaximumHeight(fm.height() * 7);

    // Who and which department an event names, read once rather than at every selection.
    m_actorNames = OrganisationRepository(m_desk.db()).displayNames(m_desk.uiLanguage());
    buildFilters();

    // Two rows of filters, so that the window fits a small screen.
    auto *filters = new QGridLayout;
    auto labelled = [&](const QString &text, QWidget *w, int row, int column) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        filters->addWidget(l, row, column * 2);
        filters->addWidget(w, row, column * 2 + 1);
    };
    labelled(tr("De&partment:"), m_department, 0, 0);
    labelled(tr("T&ype:"), m_typeFilter, 0, 1);
    labelled(tr("S&tatus:"), m_statusFilter, 1, 0);
    labelled(tr("Dead&line:"), m_deadlineFilter, 1, 1);
    labelled(tr("S&ort:"), m_sort, 0, 2);
    filters->addWidget(m_mine, 1, 5);
    filters->setColumnStretch(6, 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *alertsTitle = new QLabel(tr("Alerts"), this);
    detailLayout->addWidget(alertsTitle);
    detailLayout->addWidget(m_alerts);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_history, 1);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    detailLayout->addWidget(noteLabel);
    detailLayout->addWidget(m_note);
    auto *help = new QLabel(tr("A accept · G assign · S status · R reroute · D duplicate · H hold · N note · T rating · W crew work list"), this);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: palette(dark);"));
    detailLayout->addWidget(help);
    // Heads, supervisors and management receive the ladder's alerts.
    const bool alerted = m_desk.user().role != Role::Operator && m_desk.user().role != Role::DepartmentStaff;
    alertsTitle->setVisible(alerted);
    m_alerts->setVisible(alerted);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    // Quick actions, on the selection.
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
    action(tr("Write a &note"), QKeySequence(Qt::Key_N), [this] { m_note->setFocus(); }, "actionNote");
    action(tr("Record the citizen's ra&ting…"), QKeySequence(Qt::Key_T), [this] { askRating(); }, "actionRate");
    action(tr("Crew &work list…"), QKeySequence(Qt::Key_W), [this] { openWorkList(); }, "actionWorkList");
    auto *addNoteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_note, nullptr, nullptr, Qt::WidgetShortcut);
    connect(addNoteKey, &QShortcut::activated, this, [this] {
        if (addNote(m_note->toPlainText()) > 0) {
            m_note->clear();
            m_view->setFocus();
        }
    });
    auto *ack = new QShortcut(QKeySequence::Delete, m_alerts, nullptr, nullptr, Qt::WidgetShortcut);
    connect(ack, &QShortcut::activated, this, [this] {
        if (QListWidgetItem *item = m_alerts->currentItem()) {
            (void)m_desk.escalation().acknowledge(item->data(Qt::UserRole).toString(), m_desk.user().id);
            refreshAlerts();
        }
    });
    connect(m_alerts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_model->rowOf(item->data(Qt::UserRole + 1).toString());
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
    refreshAlerts();
}

void QueuePanel::buildFilters()
{
    const QString lang = m_desk.uiLanguage();
    const User &u = m_desk.user();
    const bool everyone = u.role == Role::Supervisor || u.role == Role::Administrator || u.role == Role::Operator || u.departmentId.isEmpty();
    if (everyone)
        m_department->addItem(tr("All departments"), QString());
    for (const Department &d : OrganisationRepository(m_desk.db()).departments()) {
        if (d.kind == DepartmentKind::Directorate || d.kind == DepartmentKind::Crew)
            continue;
        if (everyone || d.id == u.departmentId)
            m_department->addItem(d.name.best(lang), d.id);
    }
    // A crew's people work their parent department's queue.
    if (!everyone && m_department->count() == 0) {
        if (std::optional<Department> own = OrganisationRepository(m_desk.db()).department(u.departmentId))
            if (std::optional<Department> parent = OrganisationRepository(m_desk.db()).department(own->parentId))
                m_department->addItem(parent->name.best(lang), parent->id);
    }
    m_statusFilter->addItem(tr("All pending"), QString());
    for (RequestStatus s : {RequestStatus::New, RequestStatus::Accepted, RequestStatus::Assigned, RequestStatus::InProgress, RequestStatus::OnHold,
                            RequestStatus::Reopened})
        m_statusFilter->addItem(displayName(s), toCode(s));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const ServiceType &t : CatalogueRepository(m_desk.db()).types())
        m_typeFilter->addItem(t.name.best(lang), t.id);
    m_deadlineFilter->addItem(tr("Any"), 0);
    m_deadlineFilter->addItem(tr("At risk"), 1);
    m_deadlineFilter->addItem(tr("Breached"), 2);
    m_sort->addItem(tr("Priority, then deadline"), 0);
    m_sort->addItem(tr("Deadline"), 1);
    m_sort->addItem(tr("Age"), 2);
    for (QComboBox *c : {m_department, m_statusFilter, m_typeFilter, m_deadlineFilter, m_sort}) {
        // Long names are cut in the closed box rather than widening the window.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_typeFilter || c == m_department ? 14 : 8);
        connect(c, &QComboBox::currentIndexChanged, this, &QueuePanel::applyFilters);
    }
    connect(m_mine, &QCheckBox::toggled, this, &QueuePanel::applyFilters);
    m_department->setAccessibleName(tr("Department"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_typeFilter->setAccessibleName(tr("Type"));
    m_deadlineFilter->setAccessibleName(tr("Deadline"));
    m_sort->setAccessibleName(tr("Sort"));
}

void QueuePanel::applyFilters()
{
    QueueFilter f;
    f.departmentId = m_department->currentData().toString();
    if (const auto s = requestStatusFromCode(m_statusFilter->currentData().toString()))
        f.statuses = {*s};
    f.typeId = m_typeFilter->currentData().toString();
    f.deadline = QueueFilter::Deadline(m_deadlineFilter->currentData().toInt());
    f.mineOnly = m_mine->isChecked();
    f.userId = m_desk.user().id;
    const int sort = m_sort->currentData().toInt();
    m_model->setSort(sort == 1 ? QueueSort::Deadline : sort == 2 ? QueueSort::Age : QueueSort::Priority);
    m_model->setFilter(f);
    m_status->setText(tr("%1 pending requests").arg(QLocale().toString(m_model->totalCount())));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void QueuePanel::showFiltered(const QueueFilter &filter)
{
    // The filter bar says what is shown, as far as it can; the district comes from the dashboard only.
    const QSignalBlocker b1(m_department), b2(m_statusFilter), b3(m_typeFilter), b4(m_deadlineFilter);
    m_department->setCurrentIndex(std::max(0, m_department->findData(filter.departmentId)));
    m_statusFilter->setCurrentIndex(filter.statuses.size() == 1 ? std::max(0, m_statusFilter->findData(toCode(filter.statuses.front()))) : 0);
    m_typeFilter->setCurrentIndex(std::max(0, m_typeFilter->findData(filter.typeId)));
    m_deadlineFilter->setCurrentIndex(0);
    QueueFilter f = filter;
    f.userId = m_desk.user().id;
    // Department staff keep to their department's queue.
    if (m_department->findData(QString()) < 0)
        f.departmentId = m_department->currentData().toString();
    m_model->setFilter(f);
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
    showDetailOf(requestId);
    m_title->setText(m_title->text() + tr(" (not in this list)"));
}

void QueuePanel::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        if (!m_focusId.isEmpty())
            return;
        m_history->clear();
        m_title->clear();
        m_detail->clear();
        return;
    }
    m_focusId.clear();
    const QString id = m_model->row(current.row()).id;
    showDetailOf(id);
    Q_EMIT currentRequestChanged(id);
}

void QueuePanel::showDetailOf(const QString &requestId)
{
    m_history->clear();
    RequestRepository repo(m_desk.db());
    const std::optional<ServiceRequest> r = repo.get(requestId);
    if (!r)
        return;
    const ServiceType *t = m_desk.workflow().type(r->serviceTypeId);
    m_title->setText(r->trackingNumber + QStringLiteral(" — ") + (t ? t->name.best(m_desk.uiLanguage()) : QString()));
    const DeadlineInfo d = m_desk.workflow().deadline(*r, m_desk.workflow().workState(r->id), m_desk.clock()());
    const QLocale locale;
    QStringList lines{displayName(r->status) + QStringLiteral(" · ") + displayName(r->priority) + QStringLiteral(" · ") + displayName(d.state),
                      r->address};
    if (r->dueAt > 0)
        lines.append(tr("Deadline: %1").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(r->dueAt), QLocale::ShortFormat)));
    if (!r->description.isEmpty())
        lines.append(r->description);
    m_detail->setText(lines.join(u'\n'));
    m_history->showEvents(repo.events(r->id), m_actorNames);
}

void QueuePanel::refreshAlerts()
{
    if (m_alerts->isHidden())
        return;
    m_alerts->clear();
    const User &u = m_desk.user();
    const QString role = toCode(u.role);
    const QString department = u.role == Role::DepartmentHead ? u.departmentId : QString();
    for (const Alert &a : m_desk.escalation().openAlerts(role, department, 100)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(QString(a.level, u'▲'), a.message), m_alerts);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.requestId);
    }
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
    refreshAlerts();
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
