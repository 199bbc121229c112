// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/queuequery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace CivicDesk {

class DeskSession;

/// The queue's filters in two rows (department, type, status, deadline, sort, mine only): the departments the
/// user may see, the catalogue's types in the user's language.
class QueueFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueFilterBar)

public:
    explicit QueueFilterBar(DeskSession &desk, QWidget *parent = nullptr);

    /// What the boxes select, for the signed-in user.
    QueueFilter filter() const;
    QueueSort sort() const;
    /// Shows @p filter in the boxes as far as they can say it (without emitting changed()); returns it as the
    /// user may see it (department staff keep to their department).
    QueueFilter show(const QueueFilter &filter);
    /// Sorts by the column clicked in the table.
    void sortByColumn(int column);

Q_SIGNALS:
    void changed();

private:
    DeskSession &m_desk;
    QComboBox *m_department;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_deadline;
    QComboBox *m_sort;
    QCheckBox *m_mine;
};

} // namespace CivicDesk
