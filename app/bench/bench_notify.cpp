// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-bench notify: e-mails to citizens sent from the outbox to a real SMTP server (Debian's aiosmtpd,
// started here on a loopback port): how many a second, one connection kept open; and how long from a message
// queued at the desk to the server's acceptance (the desk's MessageRunner, nudged as a saved change nudges it).
#include "benchsql.h"
#include "benchsupport.h"

#include "core/demo/demogenerator.h"
#include "core/domain/idgenerator.h"
#include "core/notify/outbox.h"
#include "core/session/messagerunner.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/storage/organisationrepository.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace CivicDesk::Bench {
namespace {

qsizetype delivered(const QString &maildir)
{
    return QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files).size();
}

} // namespace

/// SMS to Kannel's sendsms (bearerbox, smsbox and kannel-extras' fake SMSC on loopback ports): accepted a second.
int benchSms(QTemporaryDir &dir, Database &db, const Tenant &tenant, const QList<std::pair<QString, QString>> &reporters, int messages)
{
    const auto port = [] {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    };
    const quint16 admin = port(), boxes = port(), smsc = port(), sendsms = port();
    const QString conf = dir.filePath(QStringLiteral("kannel.conf"));
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(QStringLiteral("group = core\nadmin-port = %1\nadmin-password = admin-secret\nsmsbox-port = %2\nbox-allow-ip = 127.0.0.1\n"
                           "log-level = 2\nlog-file = \"%5/bearerbox.log\"\ndlr-storage = internal\n\n"
                           "group = smsc\nsmsc = fake\nsmsc-id = FAKE\nport = %3\nconnect-allow-ip = 127.0.0.1\n\n"
                           "group = smsbox\nbearerbox-host = 127.0.0.1\nbearerbox-port = %2\nsendsms-port = %4\nlog-level = 2\n"
                           "log-file = \"%5/smsbox.log\"\n\ngroup = sendsms-user\nusername = civicdesk\npassword = gateway-secret\n"
                           "max-messages = 3\nconcatenation = true\n")
                .arg(admin).arg(boxes).arg(smsc).arg(sendsms).arg(dir.path())
                .toUtf8());
    f.close();
    const auto waitFor = [](quint16 p) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, p);
            if (probe.waitForConnected(300))
                return true;
            QThread::msleep(50);
        }
        return false;
    };
    QProcess bearerbox, fakesmsc, smsbox;
    // Nobody reads what they print here: a full pipe would stop the fake SMSC, and the gateway with it.
    for (QProcess *p : {&bearerbox, &fakesmsc, &smsbox}) {
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(QProcess::nullDevice());
    }
    const auto stop = qScopeGuard([&] {
        for (QProcess *p : {&smsbox, &fakesmsc, &bearerbox}) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
        }
    });
    bearerbox.start(QStringLiteral("/usr/sbin/bearerbox"), {conf});
    if (!bearerbox.waitForStarted(5000) || !waitFor(smsc)) {
        std::fprintf(stderr, "Kannel's bearerbox did not start\n");
        return 1;
    }
    fakesmsc.start(QStringLiteral("/usr/lib/kannel/test/fakesmsc"), {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-r"),
                                                                      QString::number(smsc), QStringLiteral("-m"), QStringLiteral("-1"),
                                                                      QStringLiteral("-i"), QStringLiteral("3600"), QStringLiteral("100 200 text nop")});
    smsbox.start(QStringLiteral("/usr/sbin/smsbox"), {conf});
    if (!smsbox.waitForStarted(5000) || !waitFor(sendsms)) {
        std::fprintf(stderr, "Kannel's smsbox did not start\n");
        return 1;
    }
    SmsSettings settings;
    settings.url = QStringLiteral("http://127.0.0.1:%1/cgi-bin/sendsms").arg(sendsms);
    settings.username = QStringLiteral("civicdesk");
    settings.password = QStringLiteral("gateway-secret");
    settings.from = QStringLiteral("CivicDesk");
    settings.quietFrom = settings.quietTo = 0; // measured at any hour
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    if (!db.transaction([&]() -> Status {
            for (int i = 0; i < messages; ++i) {
                NotificationStore::Queued n;
                n.id = newRowId(t0 + i) + QStringLiteral("-sms");
                n.tenantId = tenant.id;
                n.citizenId = reporters[i % reporters.size()].first;
                n.requestId = reporters[i % reporters.size()].second;
                n.channel = QStringLiteral("sms");
                n.address = QStringLiteral("+30694%1").arg(1000000 + i);
                n.kind = QStringLiteral("progress");
                n.language = QStringLiteral("el");
                n.body = QStringLiteral("%1: Το αίτημα 26-B0-%2 διεκπεραιώθηκε.").arg(tenant.name).arg(i);
                n.at = t0;
                n.actor = QStringLiteral("bench");
                if (Status st = NotificationStore(db).queue(n); !st)
                    return st;
            }
            return {};
        }))
        return 1;
    SmsSender sender(settings);
    SmsOutbox outbox(db, sender, systemClock());
    QElapsedTimer t;
    t.start();
    int sent = 0;
    for (;;) {
        const Result<SmsOutbox::Round> round = outbox.sendDue(500);
        if (!round || round->sent + round->retried + round->failed + round->deferred == 0)
            break;
        sent += round->sent;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (sent != messages) {
        std::fprintf(stderr, "the gateway took %d of %d SMS\n", sent, messages);
        return 1;
    }
    bench("notify_sms_messages", double(messages));
    bench("notify_sms_per_s", double(messages) / seconds);
    return 0;
}

int benchNotify(const QStringList &args)
{
    int messages = 2000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--messages")); i >= 0 && i + 1 < args.size())
        messages = std::max(1, args[i + 1].toInt());
    QTemporaryDir dir;
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    const QString maildir = dir.filePath(QStringLiteral("maildir"));
    QProcess smtp;
    smtp.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    smtp.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CIVICDESK_SOURCE_DIR "/tests/notify/smtpserver.py"), QStringLiteral("127.0.0.1"),
                                                    QString::number(port), maildir});
    if (!smtp.waitForStarted(5000) || !smtp.waitForReadyRead(15000)) {
        std::fprintf(stderr, "the SMTP server (python3-aiosmtpd) did not start\n");
        return 1;
    }
    const auto stopSmtp = qScopeGuard([&] {
        smtp.terminate();
        smtp.waitForFinished(5000);
    });

    const QString path = dir.filePath(QStringLiteral("notify.civicdesk"));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return 1;
    Database &db = *opened.value();
    DemoOptions demo;
    demo.citizens = 500;
    demo.requests = 2000;
    if (!DemoGenerator(db, demo).run())
        return 1;
    const Tenant tenant = *OrganisationRepository(db).tenant();
    const QList<std::pair<QString, QString>> reporters = sampleReporters(db, 500);
    if (reporters.isEmpty())
        return 1;
    SmtpSettings settings;
    settings.url = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
    settings.fromAddress = QStringLiteral("noreply@bench.example");
    if (!writeSmtpSettings(db, settings))
        return 1;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    auto queue = [&](int i) {
        NotificationStore::Queued n;
        n.id = newRowId(t0 + i);
        n.tenantId = tenant.id;
        n.citizenId = reporters[i % reporters.size()].first;
        n.requestId = reporters[i % reporters.size()].second;
        n.channel = QStringLiteral("email");
        n.address = QStringLiteral("citizen%1@example.gr").arg(i % reporters.size());
        n.kind = QStringLiteral("progress");
        n.language = QStringLiteral("el");
        n.body = QStringLiteral("%1: Το αίτημα 26-B0-%2 διεκπεραιώθηκε. Πώς τα πήγαμε; https://bench.example/survey/%2").arg(tenant.name).arg(i);
        n.message = Message{QStringLiteral("notify.resolved"), {QStringLiteral("26-B0-%1").arg(i)}};
        n.at = t0;
        n.actor = QStringLiteral("bench");
        return NotificationStore(db).queue(n);
    };
    // Throughput: the whole outbox at once, one connection kept open.
    if (!db.transaction([&]() -> Status {
            for (int i = 0; i < messages; ++i)
                if (Status st = queue(i); !st)
                    return st;
            return {};
        }))
        return 1;
    {
        SmtpSender sender(settings);
        EmailOutbox outbox(db, sender, systemClock());
        QElapsedTimer t;
        t.start();
        int sent = 0;
        for (;;) {
            const Result<EmailOutbox::Round> round = outbox.sendDue(500);
            if (!round || round->sent + round->retried + round->failed == 0)
                break;
            sent += round->sent;
        }
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (sent != messages || delivered(maildir) != messages) {
            std::fprintf(stderr, "sent %d of %d, %lld delivered\n", sent, messages, qlonglong(delivered(maildir)));
            return 1;
        }
        bench("notify_email_messages", double(messages));
        bench("notify_email_per_s", double(messages) / seconds);
    }
    // Latency at the desk: a message queued by a change, the runner nudged, the server's acceptance awaited.
    MessageRunner runner(path, systemClock(), 60000);
    runner.start();
    std::vector<double> latencies;
    for (int i = 0; i < 100; ++i) {
        const qsizetype before = delivered(maildir);
        QElapsedTimer t;
        t.start();
        if (!db.transaction([&] { return queue(messages + i); }))
            return 1;
        runner.nudge();
        while (delivered(maildir) == before && t.elapsed() < 10000)
            QThread::usleep(500);
        latencies.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    runner.stop();
    bench("outbox_latency_p50_ms", percentile(latencies, 0.5));
    bench("outbox_latency_p95_ms", percentile(latencies, 0.95));
    return benchSms(dir, db, tenant, reporters, messages / 4);
}

} // namespace CivicDesk::Bench
