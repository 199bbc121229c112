// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace CivicDesk {

class DeskSession;

/// The escalation ladder's open alerts for the signed-in user's role (and department, for a head), newest first;
/// Delete acknowledges the current one, Enter opens its request. Shown to heads, supervisors and management only.
class AlertList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertList)

public:
    explicit AlertList(DeskSession &desk, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// Reads the open alerts again (nothing when the user receives none).
    void refresh();

Q_SIGNALS:
    void requestActivated(const QString &requestId);

private:
    DeskSession &m_desk;
    QListWidget *m_list;
    bool m_alerted;
};

} // namespace CivicDesk
