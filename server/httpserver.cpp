// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include <QFile>
#include <QHostAddress>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace CivicDesk {

HttpServer::HttpServer(Handler handler, Options options, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_options(std::move(options))
{
    if (!m_options.certificate.isNull()) {
        auto *ssl = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_options.certificate);
        config.setPrivateKey(m_options.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(config);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::accept);
    m_sweeper.setInterval(1000);
    connect(&m_sweeper, &QTimer::timeout, this, &HttpServer::sweep);
    m_sweeper.start();
}

HttpServer::~HttpServer()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it)
        if (it->socket)
            it->socket->disconnect(this);
}

bool HttpServer::listen(const QString &address, quint16 port, QString *error)
{
    if (!m_server->listen(QHostAddress(address), port)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

int HttpServer::waitingCount() const
{
    int n = 0;
    for (const Connection &c : m_connections)
        n += c.waiting ? 1 : 0;
    return n;
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_stopping) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 1 << 21); // large answers leave in fewer rounds
        Connection c;
        c.socket = socket;
        c.since.start();
        m_connections.insert(socket, c);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (auto it = m_connections.find(socket); it != m_connections.end() && it->streaming)
                QFile::remove(it->streaming->fileName());
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void HttpServer::readFrom(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    it->since.restart();
    while (!it->waiting && !it->streaming && !it->buffer.isEmpty()) {
        HttpRequest request;
        QElapsedTimer timer;
        timer.start();
        const HttpParser::Result parsed = HttpParser::parse(it->buffer, m_options.limits, request);
        if (parsed.outcome == HttpParser::Outcome::NeedMore)
            return;
        if (parsed.outcome == HttpParser::Outcome::Invalid) {
            // Nothing more is read from a connection that sent something unreadable.
            request.method = "?";
            request.path = QStringLiteral("?");
            HttpResponse response = HttpResponse::error(parsed.status, parsed.code, parsed.message);
            it->keepAlive = false;
            it->buffer.clear();
            answer(*it, request, response, timer.elapsed());
            return;
        }
        it->buffer.remove(0, parsed.consumed);
        request.peer = socket->peerAddress().toString();
        it->keepAlive = request.keepAlive && !m_stopping;
        HttpResponse response = m_handler(request);
        it = m_connections.find(socket); // the hash may have changed while the handler ran
        if (it == m_connections.end())
            return;
        if (response.status == 0) {
            it->waiting = true;
            it->waitTenant = response.waitTenant;
            it->waitAfterSeq = response.waitAfterSeq;
            it->held = request;
            it->since.restart();
            return;
        }
        answer(*it, request, response, timer.elapsed());
        if (!it->socket || !it->keepAlive)
            return;
    }
}

void HttpServer::answer(Connection &c, const HttpRequest &request, const HttpResponse &response, qint64 elapsedMs)
{
    if (accessLog)
        accessLog(request, response, elapsedMs);
    if (!c.socket)
        return;
    if (response.body.size() > 64 * 1024) { // a large body is not copied once more behind its headers
        c.socket->write(response.head(c.keepAlive));
        c.socket->write(response.body);
    } else {
        c.socket->write(response.serialize(c.keepAlive));
    }
    c.waiting = false;
    c.since.restart();
    if (!response.bodyFile.isEmpty()) {
        c.streaming = std::make_shared<QFile>(response.bodyFile);
        if (!c.streaming->open(QIODevice::ReadOnly)) {
            c.streaming.reset();
            c.socket->abort(); // the length is promised; the body cannot follow
            return;
        }
        pump(c.socket);
        return;
    }
    if (!c.keepAlive)
        c.socket->disconnectFromHost();
}

void HttpServer::pump(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->streaming || !it->socket)
        return;
    // A few megabytes ahead of the network at most: a large file never sits in memory whole.
    constexpr qint64 ahead = 4 * 1024 * 1024;
    while (socket->bytesToWrite() < ahead && !it->streaming->atEnd()) {
        const QByteArray chunk = it->streaming->read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        socket->write(chunk);
    }
    it->since.restart();
    if (it->streaming->atEnd()) {
        const QString done = it->streaming->fileName();
        it->streaming.reset();
        QFile::remove(done);
        if (!it->keepAlive)
            socket->disconnectFromHost();
        else if (!it->buffer.isEmpty())
            QMetaObject::invokeMethod(this, [this, socket] { readFrom(socket); }, Qt::QueuedConnection);
    }
}

void HttpServer::wake(const QString &tenant, qint64 seq)
{
    QList<QTcpSocket *> ready;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it)
        if (it->waiting && it->waitTenant == tenant && seq > it->waitAfterSeq)
            ready.append(it.key());
    for (QTcpSocket *s : ready) {
        auto it = m_connections.find(s);
        if (it == m_connections.end())
            continue;
        HttpResponse r = HttpResponse::json(200, {{QStringLiteral("cursor"), seq}});
        r.logTenant = tenant;
        answer(*it, it->held, r, it->since.elapsed());
        if (it->socket && !it->buffer.isEmpty())
            readFrom(s);
    }
}

void HttpServer::sweep()
{
    QList<QTcpSocket *> expired, idle;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        if (it->waiting && (m_stopping || it->since.elapsed() >= m_options.pollTimeoutMs))
            expired.append(it.key());
        else if (!it->waiting && !it->streaming && it->buffer.isEmpty() && (m_stopping || it->since.elapsed() >= m_options.idleTimeoutMs))
            idle.append(it.key());
    }
    for (QTcpSocket *s : expired) {
        auto it = m_connections.find(s);
        if (it == m_connections.end())
            continue;
        HttpResponse r;
        r.status = 204;
        r.logTenant = it->waitTenant;
        if (m_stopping)
            it->keepAlive = false;
        answer(*it, it->held, r, it->since.elapsed());
    }
    for (QTcpSocket *s : idle)
        if (auto it = m_connections.find(s); it != m_connections.end() && it->socket)
            it->socket->disconnectFromHost();
}

void HttpServer::stop()
{
    m_stopping = true;
    m_server->close();
    sweep();
}

} // namespace CivicDesk
