// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A real SMTP server for the tests (Debian's python3-aiosmtpd, tests/notify/smtpserver.py) on a loopback port,
// keeping what it accepts in a Maildir, and the reading of what it kept.

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

namespace CivicDesk::Test::Smtp {

inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

/// Waits (up to @p ms) until something listens on loopback port @p port: a server the test started.
inline void waitForPort(quint16 port, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(300))
            return;
        REQUIRE(t.elapsed() < ms);
        QThread::msleep(50);
    }
}

/// aiosmtpd on a loopback port, keeping what it accepts in a Maildir.
struct SmtpServer
{
    QTemporaryDir dir;
    quint16 port = freeLoopbackPort();
    QProcess process;

    SmtpServer()
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CIVICDESK_TESTS_DIR "/notify/smtpserver.py"), QStringLiteral("127.0.0.1"),
                                                            QString::number(port), dir.filePath(QStringLiteral("maildir"))});
        REQUIRE(process.waitForStarted(5000));
        REQUIRE(process.waitForReadyRead(15000)); // "listening"
        waitForPort(port, 10000);
    }
    ~SmtpServer()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(port); }
    /// How many messages the server kept (without reading them).
    int count() const { return int(QDir(dir.filePath(QStringLiteral("maildir/new"))).entryList(QDir::Files).size()); }
    /// The messages the server kept, as their raw text.
    QStringList delivered() const
    {
        QStringList out;
        const QDir box(dir.filePath(QStringLiteral("maildir/new")));
        for (const QString &name : box.entryList(QDir::Files, QDir::Name)) {
            QFile f(box.filePath(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            out.append(QString::fromUtf8(f.readAll()));
        }
        return out;
    }
};

inline QString header(const QString &message, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1: (.*)$").arg(name), QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re.match(message).captured(1).trimmed();
}

/// The part of @p type of a message, decoded.
inline QString part(const QString &message, const QString &type)
{
    const qsizetype at = message.indexOf(QLatin1String("Content-Type: ") + type);
    const qsizetype body = message.indexOf(QLatin1String("\n\n"), at);
    const qsizetype end = message.indexOf(QLatin1String("\n--"), body);
    return QString::fromUtf8(QByteArray::fromBase64(message.mid(body, end - body).toLatin1()));
}

inline QString textPart(const QString &message)
{
    return part(message, QStringLiteral("text/plain"));
}

} // namespace CivicDesk::Test::Smtp
