// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpmessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <functional>
#include <memory>

class QFile;
class QTcpServer;
class QTcpSocket;

namespace CivicDesk {

/// A small HTTP/1.1 server on Qt's event loop: keep-alive connections, Content-Length bodies within limits,
/// optional TLS, and long polls held without a thread (a connection waiting for a tenant's change costs a
/// socket and a few hundred bytes). Requests are answered one at a time, in the order they arrive, by the
/// handler; it runs on this thread.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    struct Options
    {
        HttpParser::Limits limits;
        int pollTimeoutMs = 25000;  ///< a long poll with no change is answered 204 after this
        int idleTimeoutMs = 120000; ///< a keep-alive connection with nothing to do is closed after this
        QSslCertificate certificate; ///< TLS when not null
        QSslKey key;
    };

    HttpServer(Handler handler, Options options, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Listens on @p address:@p port (port 0: any free one; port() tells which).
    bool listen(const QString &address, quint16 port, QString *error);
    quint16 port() const;
    /// Stops taking connections; answers every held poll (204) and closes idle connections.
    void stop();

    /// The tenant @p tenant moved to @p seq: answers the polls waiting for it.
    void wake(const QString &tenant, qint64 seq);

    int connectionCount() const { return int(m_connections.size()); }
    int waitingCount() const;

    /// Called for each answered request: method, path, status, milliseconds, tenant.
    std::function<void(const HttpRequest &, const HttpResponse &, qint64)> accessLog;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool waiting = false;
        bool keepAlive = true;
        QString waitTenant;
        qint64 waitAfterSeq = 0;
        QElapsedTimer since; ///< of the held poll, or of the last activity
        HttpRequest held;
        std::shared_ptr<QFile> streaming; ///< a body being sent from a file; requests wait until it is out
    };
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(Connection &c, const HttpRequest &request, const HttpResponse &response, qint64 elapsedMs);
    void sweep();
    void pump(QTcpSocket *socket);

    Handler m_handler;
    Options m_options;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    QTimer m_sweeper;
    bool m_stopping = false;
};

} // namespace CivicDesk
