// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <utility>

namespace CivicDesk {

class Database;

/// Tells the desk that its data changed, whoever changed it: this desk, another desk or tool on the same file
/// (PRAGMA data_version today), the sync engine later. Panels listen to changed() instead of polling the file
/// on timers of their own.
class ChangeMonitor : public QObject
{
    Q_OBJECT
public:
    /// Looks every @p intervalMs (0: only when asked with check()).
    explicit ChangeMonitor(Database &db, int intervalMs = 1000, QObject *parent = nullptr);

    /// Looks now; emits changed() if the data moved since the last look. True if it did.
    bool check();
    /// How often it looks, in milliseconds.
    int interval() const { return m_timer.interval(); }

Q_SIGNALS:
    void changed();

private:
    Database &m_db;
    QTimer m_timer;
    std::pair<qint64, qint64> m_seen;
};

} // namespace CivicDesk
