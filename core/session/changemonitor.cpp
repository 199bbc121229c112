// SPDX-License-Identifier: GPL-3.0-or-later
#include "changemonitor.h"

#include "core/storage/database.h"

namespace CivicDesk {

ChangeMonitor::ChangeMonitor(Database &db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_seen(db.changeStamp())
{
    if (intervalMs > 0) {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &ChangeMonitor::check);
        m_timer.start();
    }
}

bool ChangeMonitor::check()
{
    const std::pair<qint64, qint64> now = m_db.changeStamp();
    if (now == m_seen)
        return false;
    m_seen = now;
    Q_EMIT changed();
    return true;
}

} // namespace CivicDesk
