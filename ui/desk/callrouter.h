// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace CivicDesk {

/// Hands incoming calls to the running desk over a local socket.
///
/// `civicdesk --incoming-call NUMBER` (run by a softphone or a PBX click-to-run hook) connects to the
/// socket of the desk already running for this user and sends one line, "CALL <number>\n" in UTF-8; the
/// desk answers "OK\n". A line that is not such a message is refused with "ERR <reason>\n" and logged.
class CallRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallRouter)

public:
    explicit CallRouter(QObject *parent = nullptr);
    ~CallRouter() override;

    /// The socket name for this user (CIVICDESK_SOCKET overrides it, for tests and several desks per user).
    static QString defaultServerName();

    /// Starts listening; false if another desk of this user listens already.
    bool listen(const QString &name = defaultServerName());
    QString serverName() const;

    /// What became of a call handed to a running desk.
    enum class Delivery {
        Delivered, ///< the desk took it
        Refused,   ///< a desk runs and answered, but refused the message (it is not started again)
        NoDesk,    ///< nobody answered: the caller may start a desk
    };
    /// Sends a call to a running desk. What a telephone system hands over is cleaned first: control characters
    /// dropped, the length cut to maxNumberLength, so that a desk never refuses a caller id for its form.
    static Delivery sendCall(const QString &number, const QString &name = defaultServerName(), int timeoutMs = 2000);

    /// Longest number accepted (characters).
    static constexpr int maxNumberLength = 64;

Q_SIGNALS:
    void callArrived(const QString &number);

private:
    void readClient(QLocalSocket *socket);

    QLocalServer *m_server;
};

} // namespace CivicDesk
