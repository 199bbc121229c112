// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace CivicDesk {

class Database;

/// "Who am I": the standalone desk asks whom it works as — the municipality's users grouped by role (operators
/// first), found by typing part of a name, role or department; the last one chosen preselected, never the
/// administrator by default. Cancel means no one: the desk does not open. Everything done is recorded under the
/// user chosen.
class UserChooser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChooser)

public:
    UserChooser(Database &db, const QString &language, const QString &preselectedId, QWidget *parent = nullptr);

    QString chosenId() const;
    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void selectFirstVisible();

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace CivicDesk
