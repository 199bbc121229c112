// SPDX-License-Identifier: GPL-3.0-or-later
#include "pglistener.h"

#include "core/storage/pgconnection.h"
#include "core/util/logging.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

namespace CivicDesk {

PgListener::PgListener(QString conninfo, QObject *parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, [this] { start(); });
}

PgListener::~PgListener() = default;

bool PgListener::isListening() const
{
    return m_conn && !m_conn->isBroken() && m_notifier;
}

bool PgListener::start()
{
    m_notifier.reset();
    Result<std::unique_ptr<PgConnection>> c = PgConnection::open(m_conninfo);
    if (!c || !c.value()->exec(QByteArray("LISTEN ") + Channel)) {
        qCWarning(lcSync).noquote() << "not hearing other server instances' changes (trying again in 3 s):"
                                    << (c ? c.value()->lastError() : c.error().message);
        m_conn.reset();
        m_retry.start();
        return false;
    }
    m_conn = std::move(c).value();
    m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_conn->handle()), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PgListener::readNotifications);
    return true;
}

void PgListener::lost()
{
    qCWarning(lcSync) << "the connection hearing other server instances' changes was lost; connecting again in 3 s";
    m_notifier.reset();
    m_conn.reset();
    m_retry.start();
}

void PgListener::readNotifications()
{
    if (!PQconsumeInput(m_conn->handle())) {
        lost();
        return;
    }
    while (PGnotify *n = PQnotifies(m_conn->handle())) {
        const QByteArray payload(n->extra);
        PQfreemem(n);
        const qsizetype colon = payload.lastIndexOf(':');
        bool ok = false;
        const qint64 seq = colon > 0 ? payload.mid(colon + 1).toLongLong(&ok) : 0;
        if (ok)
            emit changed(QString::fromUtf8(payload.left(colon)), seq);
    }
    if (m_conn->isBroken())
        lost();
}

} // namespace CivicDesk
