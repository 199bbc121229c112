// SPDX-License-Identifier: GPL-3.0-or-later
#include "qthttpfrontend.h"

#include <QFile>
#include <QHostAddress>
#include <QMetaEnum>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>

namespace CivicDesk {
namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    // The enum's key ("Get", "Post", …) in the upper case of the request line.
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(m));
    return key ? QByteArray(key).toUpper() : QByteArray("UNKNOWN");
}

} // namespace

QtHttpFrontend::QtHttpFrontend(HttpServer::Handler handler, int pollTimeoutMs, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler)), m_pollTimeoutMs(pollTimeoutMs)
{
    connect(&m_sweeper, &QTimer::timeout, this, &QtHttpFrontend::sweep);
    m_sweeper.start(1000);
}

QtHttpFrontend::~QtHttpFrontend() = default;

bool QtHttpFrontend::listenOn(const QString &address, quint16 port, QString *error)
{
    if (listen(QHostAddress(address), port) == 0) {
        if (error)
            *error = servers().isEmpty() ? QStringLiteral("cannot listen") : servers().constFirst()->errorString();
        return false;
    }
    return true;
}

bool QtHttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest r;
    r.method = methodName(request.method());
    r.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.keepAlive = r.header("connection").toLower() != "close";
    r.peer = request.remoteAddress().toString();
    HttpResponse response = m_handler(r);
    QHttpServerResponder responder = makeResponder(request, socket);
    if (response.status == 0) {
        Waiting w{std::move(responder), QPointer<QTcpSocket>(socket), r, response.waitTenant, response.waitAfterSeq, {}};
        w.since.start();
        m_waiting.push_back(std::move(w));
        return true;
    }
    send(responder, r, response, timer.elapsed());
    return true;
}

void QtHttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request.
}

void QtHttpFrontend::send(QHttpServerResponder &responder, const HttpRequest &request, const HttpResponse &response, qint64 ms)
{
    // The 6.4 API takes headers as an initializer list only: a variable list goes out line by line.
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    if (!response.bodyFile.isEmpty()) {
        auto *file = new QFile(response.bodyFile);
        if (file->open(QIODevice::ReadOnly)) {
            QFile::remove(response.bodyFile); // unlinked: the open handle still reads it (QFile::remove() would close it)
            // The snapshot's two headers (cursor and epoch), then the file, which the responder takes.
            responder.write(file,
                            {{"Content-Type", response.contentType},
                             response.headers.value(0),
                             response.headers.value(1)},
                            status);
        } else {
            delete file;
            responder.write(QHttpServerResponder::StatusCode::InternalServerError);
        }
    } else {
        responder.writeStatusLine(status);
        responder.writeHeader("Content-Type", response.contentType);
        for (const auto &h : response.headers)
            responder.writeHeader(h.first, h.second);
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder.writeBody(response.body);
    }
    if (accessLog)
        accessLog(request, response, ms);
}

void QtHttpFrontend::wake(const QString &tenant, qint64 seq)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->tenant != tenant || seq <= it->afterSeq) {
            ++it;
            continue;
        }
        if (it->socket) {
            HttpResponse r = HttpResponse::json(200, {{QStringLiteral("cursor"), seq}});
            r.logTenant = tenant;
            send(it->responder, it->request, r, it->since.elapsed());
        }
        it = m_waiting.erase(it);
    }
}

void QtHttpFrontend::sweep()
{
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (!it->socket) {
            it = m_waiting.erase(it);
            continue;
        }
        if (it->since.elapsed() < m_pollTimeoutMs) {
            ++it;
            continue;
        }
        HttpResponse r;
        r.status = 204;
        r.logTenant = it->tenant;
        send(it->responder, it->request, r, it->since.elapsed());
        it = m_waiting.erase(it);
    }
}

void QtHttpFrontend::stop()
{
    for (QTcpServer *s : servers())
        s->close();
    m_pollTimeoutMs = 0;
    sweep();
}

} // namespace CivicDesk
