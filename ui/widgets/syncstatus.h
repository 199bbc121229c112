// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session/syncagent.h"

#include <QToolButton>

namespace CivicDesk {

class DeskSync;

/// The status bar's word on synchronisation: online or offline, how many changes wait for the server, how many
/// it refused; a click lists the refused changes and why (and offers to sign in again when the server asks).
class SyncStatus : public QToolButton
{
    Q_OBJECT
public:
    SyncStatus(DeskSync &sync, QWidget *parent = nullptr);

    void setState(const SyncAgent::State &state);
    /// What the button says now (tests read it).
    static QString describe(const SyncAgent::State &state);

Q_SIGNALS:
    void signInRequested();
    /// The server's data was replaced and the operator chose to start again from its new copy.
    void restartRequested();

private:
    void showRefused();

    DeskSync &m_sync;
    SyncAgent::State m_state;
};

} // namespace CivicDesk
