// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuefilterbar.h"
#include "ui/widgets/filtergrid.h"

#include "core/session/desksession.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/organisationrepository.h"
#include "ui/queue/workqueuemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace CivicDesk {

QueueFilterBar::QueueFilterBar(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_department(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_deadline(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_mine(new QCheckBox(tr("&Mine only"), this))
{
    const QString lang = m_desk.uiLanguage();
    const User &u = m_desk.user();
    const bool everyone = u.role == Role::Supervisor || u.role == Role::Administrator || u.role == Role::Operator || u.departmentId.isEmpty();
    const OrganisationRepository org(m_desk.db());
    if (everyone)
        m_department->addItem(tr("All departments"), QString());
    for (const Department &d : org.departments()) {
        if (d.kind == DepartmentKind::Directorate || d.kind == DepartmentKind::Crew)
            continue;
        if (everyone || d.id == u.departmentId)
            m_department->addItem(d.name.best(lang), d.id);
    }
    // A crew's people work their parent department's queue.
    if (!everyone && m_department->count() == 0) {
        if (std::optional<Department> own = org.department(u.departmentId))
            if (std::optional<Department> above = org.department(own->parentId))
                m_department->addItem(above->name.best(lang), above->id);
    }
    m_status->addItem(tr("All pending"), QString());
    for (RequestStatus s : {RequestStatus::New, RequestStatus::Accepted, RequestStatus::Assigned, RequestStatus::InProgress, RequestStatus::OnHold,
                            RequestStatus::Reopened})
        m_status->addItem(displayName(s), toCode(s));
    m_type->addItem(tr("All types"), QString());
    for (const ServiceType &t : CatalogueRepository(m_desk.db()).types())
        m_type->addItem(t.name.best(lang), t.id);
    m_deadline->addItem(tr("Any"), 0);
    m_deadline->addItem(tr("At risk"), 1);
    m_deadline->addItem(tr("Breached"), 2);
    m_sort->addItem(tr("Priority, then deadline"), 0);
    m_sort->addItem(tr("Deadline"), 1);
    m_sort->addItem(tr("Age"), 2);
    for (QComboBox *c : {m_department, m_status, m_type, m_deadline, m_sort}) {
        // Long names are cut in the closed box rather than widening the window.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_type || c == m_department ? 14 : 8);
        connect(c, &QComboBox::currentIndexChanged, this, &QueueFilterBar::changed);
    }
    connect(m_mine, &QCheckBox::toggled, this, &QueueFilterBar::changed);
    m_department->setAccessibleName(tr("Department"));
    m_status->setAccessibleName(tr("Status"));
    m_type->setAccessibleName(tr("Type"));
    m_deadline->setAccessibleName(tr("Deadline"));
    m_sort->setAccessibleName(tr("Sort"));

    // Two rows, so that the window fits a small screen.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto labelled = [&](const QString &text, QWidget *w, int row, int column) { addLabelledField(grid, this, text, w, row, column); };
    labelled(tr("De&partment:"), m_department, 0, 0);
    labelled(tr("T&ype:"), m_type, 0, 1);
    labelled(tr("S&tatus:"), m_status, 1, 0);
    labelled(tr("Dead&line:"), m_deadline, 1, 1);
    labelled(tr("S&ort:"), m_sort, 0, 2);
    grid->addWidget(m_mine, 1, 5);
    grid->setColumnStretch(6, 1);
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter f;
    f.departmentId = m_department->currentData().toString();
    if (const auto s = requestStatusFromCode(m_status->currentData().toString()))
        f.statuses = {*s};
    f.typeId = m_type->currentData().toString();
    f.deadline = QueueFilter::Deadline(m_deadline->currentData().toInt());
    f.mineOnly = m_mine->isChecked();
    f.userId = m_desk.user().id;
    return f;
}

QueueSort QueueFilterBar::sort() const
{
    const int sort = m_sort->currentData().toInt();
    return sort == 1 ? QueueSort::Deadline : sort == 2 ? QueueSort::Age : QueueSort::Priority;
}

QueueFilter QueueFilterBar::show(const QueueFilter &filter)
{
    // The boxes say what is shown, as far as they can; the district comes from the dashboard only.
    const QSignalBlocker b1(m_department), b2(m_status), b3(m_type), b4(m_deadline);
    m_department->setCurrentIndex(std::max(0, m_department->findData(filter.departmentId)));
    m_status->setCurrentIndex(filter.statuses.size() == 1 ? std::max(0, m_status->findData(toCode(filter.statuses.front()))) : 0);
    m_type->setCurrentIndex(std::max(0, m_type->findData(filter.typeId)));
    m_deadline->setCurrentIndex(0);
    QueueFilter f = filter;
    f.userId = m_desk.user().id;
    // Department staff keep to their department's queue.
    if (m_department->findData(QString()) < 0)
        f.departmentId = m_department->currentData().toString();
    return f;
}

void QueueFilterBar::sortByColumn(int column)
{
    m_sort->setCurrentIndex(column == WorkQueueModel::DeadlineColumn ? 1 : column == WorkQueueModel::AgeColumn ? 2 : 0);
}

} // namespace CivicDesk
