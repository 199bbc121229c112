// SPDX-License-Identifier: GPL-3.0-or-later
#include "userchooser.h"

#include "core/storage/organisationrepository.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace CivicDesk {

UserChooser::UserChooser(Database &db, const QString &language, const QString &preselectedId, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Who is working at this desk?"));
    OrganisationRepository org(db);
    QHash<QString, QString> departments;
    for (const Department &d : org.departments())
        departments.insert(d.id, d.name.best(language));
    for (const User &u : org.users()) {
        if (!u.active)
            continue;
        QString text = u.displayName + QStringLiteral(" — ") + displayName(u.role);
        if (!u.departmentId.isEmpty())
            text += QStringLiteral(" · ") + departments.value(u.departmentId);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, u.id);
        if (u.id == preselectedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setAccessibleName(tr("Users"));
    auto *explain = new QLabel(tr("This desk works without a server: choose who you are. What you do is recorded under this name."), this);
    explain->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 480);
    m_list->setFocus();
}

QString UserChooser::chosenId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace CivicDesk
