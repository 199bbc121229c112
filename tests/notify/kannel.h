// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Kannel for the tests (Debian's kannel, and kannel-extras' fake SMSC) on loopback ports with a throwaway
// configuration, and the reading of what the fake SMSC received.

#include "core/notify/smssender.h"
#include "smtpserver.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

namespace CivicDesk::Test::Sms {

using Smtp::freeLoopbackPort;
using Smtp::waitForPort;

/// Kannel on loopback ports with a throwaway configuration: the bearerbox, its fake SMSC (kannel-extras'
/// fakesmsc, which prints every message the gateway hands it) and the smsbox with its sendsms interface.
struct KannelGateway
{
    QTemporaryDir dir;
    quint16 admin = freeLoopbackPort(), boxes = freeLoopbackPort(), smsc = freeLoopbackPort(), sendsms = freeLoopbackPort();
    QProcess bearerbox, fakesmsc, smsbox;
    QByteArray all; ///< what the fake SMSC printed so far

    /// With @p incomingUrl, the citizens' SMS are handed there (Kannel's sms-service get-url, its answer sent back);
    /// without, they get "No service here".
    explicit KannelGateway(const QString &incomingUrl = {})
    {
        const QString conf = dir.filePath(QStringLiteral("kannel.conf"));
        QFile f(conf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("group = core\nadmin-port = %1\nadmin-password = admin-secret\nsmsbox-port = %2\nbox-allow-ip = 127.0.0.1\n"
                               "log-level = 1\nlog-file = \"%5/bearerbox.log\"\ndlr-storage = internal\n\n"
                               "group = smsc\nsmsc = fake\nsmsc-id = FAKE\nport = %3\nconnect-allow-ip = 127.0.0.1\n\n"
                               "group = smsbox\nbearerbox-host = 127.0.0.1\nbearerbox-port = %2\nsendsms-port = %4\nlog-level = 1\n"
                               "log-file = \"%5/smsbox.log\"\n\n"
                               "group = sendsms-user\nusername = civicdesk\npassword = gateway-secret\nmax-messages = 3\nconcatenation = true\n\n"
                               "group = sms-service\nkeyword = default\n%6\n")
                    .arg(admin).arg(boxes).arg(smsc).arg(sendsms).arg(dir.path())
                    .arg(incomingUrl.isEmpty() ? QStringLiteral("text = \"No service here\"") : QStringLiteral("get-url = \"%1\"\naccept-x-kannel-headers = true").arg(incomingUrl))
                    .toUtf8());
        f.close();
        // The boxes log to their files; what they print is not read, so it goes nowhere rather than fill a pipe.
        for (QProcess *p : {&bearerbox, &smsbox}) {
            p->setStandardOutputFile(QProcess::nullDevice());
            p->setStandardErrorFile(QProcess::nullDevice());
        }
        bearerbox.start(QStringLiteral("/usr/sbin/bearerbox"), {conf});
        REQUIRE(bearerbox.waitForStarted(5000));
        waitForPort(smsc);
        fakesmsc.setProcessChannelMode(QProcess::MergedChannels);
        fakesmsc.start(QStringLiteral("/usr/lib/kannel/test/fakesmsc"),
                       {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-r"), QString::number(smsc), QStringLiteral("-m"),
                        QStringLiteral("-1"), QStringLiteral("-i"), QStringLiteral("3600"), QStringLiteral("100 200 text nop")});
        REQUIRE(fakesmsc.waitForStarted(5000));
        smsbox.start(QStringLiteral("/usr/sbin/smsbox"), {conf});
        REQUIRE(smsbox.waitForStarted(5000));
        waitForPort(sendsms);
    }
    ~KannelGateway()
    {
        for (QProcess *p : {&smsbox, &fakesmsc, &bearerbox}) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
        }
    }
    /// A citizen's SMS from @p from to the municipality's sender: the fake SMSC started again with that one message.
    void answer(const QString &from, const QString &text)
    {
        fakesmsc.terminate();
        REQUIRE(fakesmsc.waitForFinished(5000));
        all += fakesmsc.readAll();
        fakesmsc.start(QStringLiteral("/usr/lib/kannel/test/fakesmsc"),
                       {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-r"), QString::number(smsc), QStringLiteral("-m"),
                        QStringLiteral("1"), QStringLiteral("-i"), QStringLiteral("0.2"), QStringLiteral("%1 NeaArmonia text %2").arg(from, text)});
        REQUIRE(fakesmsc.waitForStarted(5000));
    }
    SmsSettings settings() const
    {
        SmsSettings s;
        s.url = QStringLiteral("http://127.0.0.1:%1/cgi-bin/sendsms").arg(sendsms);
        s.username = QStringLiteral("civicdesk");
        s.password = QStringLiteral("gateway-secret");
        s.from = QStringLiteral("NeaArmonia");
        s.timeoutMs = 3000;
        return s;
    }
    /// The texts the fake SMSC received for @p number, decoded (UCS-2 or plain), waiting up to 10 s for @p count.
    QStringList received(const QString &number, int count)
    {
        QStringList texts;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            fakesmsc.waitForReadyRead(200);
            all += fakesmsc.readAll();
            texts.clear();
            // "<from> <to> ucs-2 DATA", "<from> <to> text DATA", or a part of a long message:
            // "<from> <to> udh UDH data DATA" (UDH 05 00 03 ref parts part), put together again here.
            static const QRegularExpression line(QStringLiteral("Got message \\d+: <(\\S+) (\\S+) (\\S+) (.*)>"));
            QMap<int, QMap<int, QByteArray>> parts;
            const auto ucs2 = [](const QByteArray &data) {
                QString text;
                for (qsizetype i = 0; i + 1 < data.size(); i += 2)
                    text.append(QChar(char16_t((uchar(data[i]) << 8) | uchar(data[i + 1]))));
                return text;
            };
            const auto bytes = [](const QString &field) { return QByteArray::fromPercentEncoding(field.toLatin1().replace('+', ' ')); };
            for (auto it = line.globalMatch(QString::fromUtf8(all)); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (m.captured(2) != number)
                    continue;
                if (m.captured(3) == QLatin1String("udh")) {
                    const QStringList f = m.captured(4).split(u' ');
                    const QByteArray udh = bytes(f.value(0));
                    if (udh.size() >= 6)
                        parts[uchar(udh[3])][uchar(udh[5])] = bytes(f.value(2));
                } else if (m.captured(3) == QLatin1String("ucs-2")) {
                    texts.append(ucs2(bytes(m.captured(4))));
                } else {
                    texts.append(QString::fromLatin1(bytes(m.captured(4))));
                }
            }
            for (const QMap<int, QByteArray> &message : std::as_const(parts)) {
                QByteArray whole;
                for (const QByteArray &part : message)
                    whole += part;
                texts.append(ucs2(whole)); // the long messages here are Greek
            }
            if (texts.size() >= count)
                break;
        }
        return texts;
    }
};


} // namespace CivicDesk::Test::Sms
