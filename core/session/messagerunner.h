// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/workerthread.h"

#include <QObject>
#include <QString>

namespace CivicDesk {

/// Sends the messages to citizens (e-mails and SMS) of a desk that works alone, or of one municipality's file on
/// a server (which sends for its desks; a desk of a server never sends: never both): on a thread of its own
/// with its own connection to the file, every half minute and when nudged (a change queued a message). The mail and SMS settings are read from the file at each round, so a
/// change of them holds from the next; without them nothing is sent and the messages wait in the outbox.
class MessageRunner : public QObject
{
    Q_OBJECT
public:
    MessageRunner(QString path, Clock clock, int intervalMs = 30000, QObject *parent = nullptr);
    /// On the data at @p location (a municipality's rows on a PostgreSQL server, or a file).
    MessageRunner(DatabaseLocation location, Clock clock, int intervalMs = 30000, QObject *parent = nullptr);
    ~MessageRunner() override;

    /// The file is a server's store (SyncStore::enableServerTracking): what the outbox records goes under a seq
    /// of its own, so that the desks pull the messages' states. Set before start().
    void setServerStore(bool on) { m_serverStore = on; }
    /// Where the server answers this municipality's citizens (EmailOutbox::linkBase): opt-out links and delivery
    /// reports. Set before start().
    void setLinkBase(const QString &base) { m_linkBase = base; }
    void start();
    void stop();
    /// A message may be waiting: a round now.
    void nudge();

Q_SIGNALS:
    /// A round sent, retried or failed something; @p problem is the last trouble in the operator's words.
    void roundDone(int sent, int retried, int failed, const QString &problem);
    /// A round changed the file (a message sent, failed, put off): on a server, the desks are to be told.
    void changed();

private:
    void loop();

    DatabaseLocation m_location;
    Clock m_clock;
    int m_intervalMs;
    bool m_serverStore = false;
    QString m_linkBase;
    WorkerThread m_worker;
};

} // namespace CivicDesk
