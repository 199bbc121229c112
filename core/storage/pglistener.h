// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace CivicDesk {

class PgConnection;

/// Hears what other server instances over the same PostgreSQL database changed: a connection of its own that
/// LISTENs on the channel SyncStore::write notifies at every commit ("TENANT:SEQ"), read on the event loop as its
/// socket becomes readable. A lost connection is made again every few seconds; while it is down nothing is heard,
/// and desks fall back on their polls' own timeouts.
class PgListener : public QObject
{
    Q_OBJECT
public:
    /// The channel every commit of a tenant's change is announced on.
    static constexpr char Channel[] = "civicdesk_changes";

    explicit PgListener(QString conninfo, QObject *parent = nullptr);
    ~PgListener() override;

    /// Connects and listens; false (and tries again later) when the database cannot be reached.
    bool start();
    bool isListening() const;

signals:
    /// Tenant @p tenant's data moved to @p seq, through this instance or another.
    void changed(const QString &tenant, qint64 seq);

private:
    void readNotifications();
    void lost();

    QString m_conninfo;
    std::unique_ptr<PgConnection> m_conn;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_retry;
};

} // namespace CivicDesk
