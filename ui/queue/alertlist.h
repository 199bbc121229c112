// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QListWidget;

namespace CivicDesk {

class DeskSession;

/// The open alerts of the signed-in user, newest first: the escalation ladder's for their role (and department,
/// for a head), and the work given to them or to their crew (department staff). Delete acknowledges the current
/// one, Enter opens its request. Shown to everyone but the call desk's operators.
class AlertList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertList)

public:
    explicit AlertList(DeskSession &desk, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// Reads the open alerts again (nothing when the user receives none).
    void refresh();

    /// How many alerts came since the list was first read (each told once by arrived()).
    int arrivedCount() const { return m_arrived; }

Q_SIGNALS:
    void requestActivated(const QString &requestId);
    /// Alerts came that the list had not shown before (not at the first reading): @p newest is the latest's text.
    void arrived(int count, const QString &newest);

private:
    DeskSession &m_desk;
    QListWidget *m_list;
    bool m_alerted;
    bool m_read = false;
    int m_arrived = 0;
    QSet<QString> m_seen;
};

} // namespace CivicDesk
