// SPDX-License-Identifier: GPL-3.0-or-later
#include "callrouter.h"

#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace CivicDesk {

CallRouter::CallRouter(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readClient(socket); });
            if (socket->bytesAvailable() > 0)
                readClient(socket);
        }
    });
}

CallRouter::~CallRouter() = default;

QString CallRouter::defaultServerName()
{
    const QByteArray overridden = qgetenv("CIVICDESK_SOCKET");
    if (!overridden.isEmpty())
        return QString::fromLocal8Bit(overridden);
    const QByteArray who = qgetenv("USER").isEmpty() ? QDir::homePath().toUtf8() : qgetenv("USER");
    return QStringLiteral("civicdesk-") + QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha1).toHex().left(12));
}

bool CallRouter::listen(const QString &name)
{
    // Another desk answering on the name keeps it; a socket file left by a desk that crashed is replaced.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(300)) {
        probe.disconnectFromServer();
        return false;
    }
    if (m_server->listen(name))
        return true;
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

QString CallRouter::serverName() const
{
    return m_server->serverName();
}

void CallRouter::readClient(QLocalSocket *socket)
{
    while (socket->canReadLine() || socket->bytesAvailable() > 4 * maxNumberLength) {
        const QByteArray raw = socket->canReadLine() ? socket->readLine(4 * maxNumberLength) : socket->read(4 * maxNumberLength);
        const QString line = QString::fromUtf8(raw).trimmed();
        const bool wellFormed = raw.endsWith('\n') && line.startsWith(QLatin1String("CALL")) &&
            (line.size() == 4 || line[4] == u' ');
        const QString number = wellFormed ? line.mid(5).trimmed() : QString();
        bool printable = true;
        for (QChar c : number)
            printable = printable && c.isPrint();
        if (!wellFormed || number.size() > maxNumberLength || !printable || raw.contains('\0')) {
            qCWarning(lcDesk) << "refused a message on the call socket:" << raw.left(80);
            socket->write("ERR not a call message\n");
            socket->flush();
            continue;
        }
        socket->write("OK\n");
        socket->flush();
        Q_EMIT callArrived(number);
    }
}

CallRouter::Delivery CallRouter::sendCall(const QString &number, const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return Delivery::NoDesk;
    QString clean;
    for (const QChar c : number) {
        if (c.isPrint())
            clean.append(c);
        else if (c.isSpace())
            clean.append(u' ');
    }
    socket.write("CALL " + clean.simplified().left(maxNumberLength).toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return Delivery::Refused;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return Delivery::Refused;
    }
    return socket.readLine().startsWith("OK") ? Delivery::Delivered : Delivery::Refused;
}

} // namespace CivicDesk
