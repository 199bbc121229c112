// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QObject>
#include <QTimer>

namespace CivicDesk {

class EscalationScheduler;

/// Runs the escalation ladder for a desk that works alone (a server runs it for its desks): shortly after the
/// start (what came due while no desk ran), every minute, and when asked. A run takes a few requests at a time
/// with the event loop in between, so a long backlog never holds the window.
class EscalationRunner : public QObject
{
    Q_OBJECT
public:
    /// Requests taken between two returns to the event loop.
    static constexpr int chunk = 25;

    /// Runs by itself every @p intervalMs and once @p firstDelayMs after construction (0: only runNow()).
    EscalationRunner(EscalationScheduler &ladder, int intervalMs = 60000, int firstDelayMs = 1500, QObject *parent = nullptr);

    bool isRunning() const { return m_steps >= 0; }

public Q_SLOTS:
    /// Starts a run unless one is under way (that one goes on alone).
    void runNow();

Q_SIGNALS:
    /// A run ended having taken @p steps steps (more than none).
    void stepsTaken(int steps);
    void failed(const CivicDesk::Error &error);

private:
    void continueRun();

    EscalationScheduler &m_ladder;
    QTimer m_timer;
    int m_steps = -1; ///< taken by the run under way; -1: none runs
};

} // namespace CivicDesk
