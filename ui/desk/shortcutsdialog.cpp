// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CivicDesk {

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    QList<std::pair<QString, QString>> rows;
    QSet<QString> seen;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QString text = a->text();
        text.remove(u'&');
        text.remove(QStringLiteral("…"));
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        const QString key = text + keys.join(QString());
        if (seen.contains(key))
            continue;
        seen.insert(key);
        rows.append({text, keys.join(QStringLiteral(", "))});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QList<std::pair<QString, QString>> forms{
        {tr("Take the highlighted match (type, address)"), tr("Enter")},
        {tr("Move through the matches"), tr("Up, Down")},
        {tr("Close the matches"), tr("Esc")},
        {tr("File the new request"), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)},
        {tr("Join the highlighted nearby request"), QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)},
        {tr("Choose among the nearby requests"), tr("Alt+Up, Alt+Down")},
        {tr("Next field, previous field"), tr("Tab, Shift+Tab")},
        {tr("Go to a field"), tr("Alt + the underlined letter")},
    };
    rows.append(forms);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->resizeColumnToContents(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 560);
}

} // namespace CivicDesk
