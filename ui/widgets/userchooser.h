// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QListWidget;

namespace CivicDesk {

class Database;

/// "Who am I": until the server brings sign-in, the standalone desk asks whom it works as — every user of
/// the municipality with role and department, the last one chosen preselected. Everything done is recorded
/// under that user.
class UserChooser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChooser)

public:
    UserChooser(Database &db, const QString &language, const QString &preselectedId, QWidget *parent = nullptr);

    QString chosenId() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace CivicDesk
