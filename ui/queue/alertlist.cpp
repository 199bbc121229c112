// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlist.h"

#include "core/session/desksession.h"

#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QVBoxLayout>

namespace CivicDesk {

AlertList::AlertList(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_list(new QListWidget(this))
    , m_alerted(desk.user().role != Role::Operator && desk.user().role != Role::DepartmentStaff)
{
    m_list->setAccessibleName(tr("Alerts"));
    m_list->setMaximumHeight(fontMetrics().height() * 7);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Alerts"), this));
    layout->addWidget(m_list);
    // Heads, supervisors and management receive the ladder's alerts.
    setVisible(m_alerted);

    auto *ack = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(ack, &QShortcut::activated, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            (void)m_desk.escalation().acknowledge(item->data(Qt::UserRole).toString(), m_desk.user().id);
            refresh();
        }
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT requestActivated(item->data(Qt::UserRole + 1).toString()); });
}

void AlertList::refresh()
{
    if (!m_alerted)
        return;
    m_list->clear();
    const User &u = m_desk.user();
    const QString role = toCode(u.role);
    const QString department = u.role == Role::DepartmentHead ? u.departmentId : QString();
    for (const Alert &a : m_desk.escalation().openAlerts(role, department, 100)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(QString(a.level, u'▲'), a.message), m_list);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.requestId);
    }
}

} // namespace CivicDesk
