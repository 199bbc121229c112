// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpserver.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTimer>

#include <list>

class QTcpSocket;

namespace CivicDesk {

/// The same API served through Qt 6.4's QHttpServer module instead of server/httpserver.*: kept to measure the
/// two HTTP layers against the figures with the same service (civicdesk-server --http-layer qt; the
/// README's "The HTTP layer" has the figures). Long polls are held as moved QHttpServerResponder objects, not
/// as QFutures, so no thread waits.
class QtHttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    QtHttpFrontend(HttpServer::Handler handler, int pollTimeoutMs, QObject *parent = nullptr);
    ~QtHttpFrontend() override;

    bool listenOn(const QString &address, quint16 port, QString *error);
    void wake(const QString &tenant, qint64 seq);
    void stop();
    int waitingCount() const { return int(m_waiting.size()); }

    std::function<void(const HttpRequest &, const HttpResponse &, qint64)> accessLog;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Waiting
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        HttpRequest request;
        QString tenant;
        qint64 afterSeq = 0;
        QElapsedTimer since;
    };
    void send(QHttpServerResponder &responder, const HttpRequest &request, const HttpResponse &response, qint64 ms);
    void sweep();

    HttpServer::Handler m_handler;
    int m_pollTimeoutMs;
    std::list<Waiting> m_waiting;
    QTimer m_sweeper;
};

} // namespace CivicDesk
