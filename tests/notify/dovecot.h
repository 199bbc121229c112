// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dovecot (Debian's dovecot-imapd) for the tests: an IMAP server on a loopback port with a throwaway
// configuration, one mailbox, its mail in a temporary Maildir.

#include "core/channels/mailbox.h"
#include "smtpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <csignal>
#include <unistd.h>

namespace CivicDesk::Test::Imap {

using Smtp::freeLoopbackPort;

struct DovecotServer
{
    QTemporaryDir dir;
    quint16 port = freeLoopbackPort();
    QString login = QStringLiteral("desk@example.gr");
    QString password = QStringLiteral("mailbox-secret");

    DovecotServer()
    {
        // Dovecot will not give a mailbox to root: as root, the mail belongs to nobody.
        const bool root = ::geteuid() == 0;
        const uint uid = root ? 65534 : ::geteuid(), gid = root ? 65534 : ::getegid();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
        for (const char *sub : {"mail", "home", "run", "state"})
            REQUIRE(QDir(dir.path()).mkpath(QString::fromLatin1(sub)));
        if (root)
            for (const char *sub : {"mail", "home"})
                REQUIRE(::chown(dir.filePath(QString::fromLatin1(sub)).toLocal8Bit().constData(), uid, gid) == 0);
        QFile passwd(dir.filePath(QStringLiteral("passwd")));
        REQUIRE(passwd.open(QIODevice::WriteOnly));
        passwd.write(QStringLiteral("%1:{PLAIN}%2\n").arg(login, password).toUtf8());
        passwd.close();
        QFile conf(dir.filePath(QStringLiteral("dovecot.conf")));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("base_dir = %1/run\nstate_dir = %1/state\nlog_path = %1/dovecot.log\nprotocols = imap\nlisten = 127.0.0.1\n"
                                  "ssl = no\ndisable_plaintext_auth = no\nauth_mechanisms = plain login\nfirst_valid_uid = 0\n"
                                  "mail_location = maildir:%1/mail/%u\n"
                                  "passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u %1/passwd\n}\n"
                                  "userdb {\n  driver = static\n  args = uid=%2 gid=%3 home=%1/home/%u\n}\n"
                                  "service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = %4\n  }\n"
                                  "  inet_listener imaps {\n    port = 0\n  }\n}\n")
                       .arg(dir.path())
                       .arg(uid)
                       .arg(gid)
                       .arg(port)
                       .toUtf8());
        conf.close();
        // Dovecot's master goes to the background; its pid file says where it is.
        QProcess start;
        start.start(QStringLiteral("/usr/sbin/dovecot"), {QStringLiteral("-c"), conf.fileName()});
        REQUIRE(start.waitForFinished(15000));
        INFO(start.readAllStandardError().toStdString());
        REQUIRE(start.exitCode() == 0);
        Smtp::waitForPort(port);
    }
    ~DovecotServer()
    {
        QFile pid(dir.filePath(QStringLiteral("run/master.pid")));
        if (pid.open(QIODevice::ReadOnly)) {
            const qint64 master = pid.readAll().trimmed().toLongLong();
            if (master > 0) {
                ::kill(pid_t(master), SIGTERM);
                for (int i = 0; i < 100 && ::kill(pid_t(master), 0) == 0; ++i)
                    QThread::msleep(50);
            }
        }
    }
    MailboxSettings settings() const
    {
        MailboxSettings s;
        s.url = QStringLiteral("imap://127.0.0.1:%1/INBOX").arg(port);
        s.login = login;
        s.password = password;
        s.address = QStringLiteral("report@example.gr");
        s.everySeconds = 1;
        s.timeoutMs = 5000;
        return s;
    }
    /// What the server logged (to explain a failure).
    QByteArray log() const
    {
        QFile f(dir.filePath(QStringLiteral("dovecot.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace CivicDesk::Test::Imap
