// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlist.h"

#include "core/session/desksession.h"

#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QVBoxLayout>

namespace CivicDesk {

AlertList::AlertList(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_list(new QListWidget(this))
    , m_alerted(desk.user().role != Role::Operator)
{
    m_list->setAccessibleName(tr("Alerts"));
    m_list->setMaximumHeight(fontMetrics().height() * 7);
    m_list->setWordWrap(true); // the count ends the line: it must not be cut off
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Alerts"), this));
    layout->addWidget(m_list);
    // Staff, heads, supervisors and management receive alerts; the call desk does not.
    setVisible(m_alerted);

    // Delete acknowledges every alert of the request the line stands for.
    auto *ack = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(ack, &QShortcut::activated, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            for (const QString &id : item->data(Qt::UserRole).toStringList())
                (void)m_desk.escalation().acknowledge(id, m_desk.user().id);
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
    // One line per request: its highest step, and how many alerts it stands for (a request climbs the ladder
    // one step at a time, and each step alerts several roles).
    struct Group
    {
        Alert top;
        QStringList ids;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> at;
    const bool staff = u.role == Role::DepartmentStaff;
    QStringList fresh;
    QString newest;
    for (const Alert &a : m_desk.escalation().openAlerts(role, department, 1000)) {
        // Department staff: what was given to them, or to their crew or department with no one named.
        if (staff && a.recipientId != u.id && !(a.recipientId.isEmpty() && a.departmentId == u.departmentId))
            continue;
        if (!m_seen.contains(a.id)) {
            m_seen.insert(a.id);
            fresh.append(a.id);
            if (newest.isEmpty())
                newest = a.message;
        }
        auto found = at.constFind(a.requestId);
        if (found == at.constEnd()) {
            at.insert(a.requestId, groups.size());
            groups.append({a, {a.id}});
            continue;
        }
        Group &g = groups[*found];
        g.ids.append(a.id);
        if (a.level > g.top.level)
            g.top = a;
    }
    for (const Group &g : std::as_const(groups)) {
        QString text = QStringLiteral("%1  %2").arg(QString(g.top.level, u'▲'), g.top.message);
        if (g.ids.size() > 1)
            text += u' ' + tr("(%n alert(s))", nullptr, int(g.ids.size()));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, g.ids);
        item->setData(Qt::UserRole + 1, g.top.requestId);
        item->setToolTip(tr("Enter shows the request; Delete acknowledges its alerts."));
    }
    if (m_read && !fresh.isEmpty()) {
        m_arrived += int(fresh.size());
        Q_EMIT arrived(int(fresh.size()), newest);
    }
    m_read = true;
}

} // namespace CivicDesk
