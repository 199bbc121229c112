// SPDX-License-Identifier: GPL-3.0-or-later
// Messages to citizens sent by e-mail to a real SMTP server (Debian's aiosmtpd) on a loopback port: the right
// text to the right address in the citizen's language, refusals and passing troubles told apart, and an attempt
// cut short after the server accepted it made again as the same message (the same Message-ID), never a new one.
#include "testsupport.h"

#include "core/notify/mailmessage.h"
#include "core/notify/outbox.h"
#include "core/notify/smtpsender.h"
#include "core/session/mailrunner.h"
#include "core/storage/notificationstore.h"
#include "core/storage/requestrepository.h"
#include "core/workflow/notifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

/// aiosmtpd on a loopback port, keeping what it accepts in a Maildir.
struct SmtpServer
{
    QTemporaryDir dir;
    quint16 port = freePort();
    QProcess process;

    SmtpServer()
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(CIVICDESK_TESTS_DIR "/notify/smtpserver.py"), QStringLiteral("127.0.0.1"),
                                                            QString::number(port), dir.filePath(QStringLiteral("maildir"))});
        REQUIRE(process.waitForStarted(5000));
        REQUIRE(process.waitForReadyRead(15000)); // "listening"
        QElapsedTimer t;
        t.start();
        for (;;) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(500))
                break;
            REQUIRE(t.elapsed() < 10000);
            QThread::msleep(50);
        }
    }
    ~SmtpServer()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(port); }
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

QString header(const QString &message, const QString &name)
{
    const QRegularExpression re(QStringLiteral("^%1: (.*)$").arg(name), QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re.match(message).captured(1).trimmed();
}

/// The text part of a message, decoded.
QString textPart(const QString &message)
{
    const qsizetype at = message.indexOf(QLatin1String("Content-Type: text/plain"));
    const qsizetype body = message.indexOf(QLatin1String("\n\n"), at);
    const qsizetype end = message.indexOf(QLatin1String("\n--"), body);
    return QString::fromUtf8(QByteArray::fromBase64(message.mid(body, end - body).toLatin1()));
}

} // namespace

TEST_CASE("notifications: e-mails reach a real SMTP server once, in the citizen's language, refusals and passing troubles told apart", "[notify][smtp]")
{
    SmtpServer server;
    Demo d;
    const std::optional<ServiceRequest> request = RequestRepository(d.db()).getByLocalId(1);
    REQUIRE(request.has_value());
    auto citizenWithMail = [&](const QString &given, const QString &address, const QString &language) {
        Citizen c = person(given, QStringLiteral("Παπαδοπούλου"));
        c.emails = {{address, {}}};
        c.consents = {{ContactChannel::Email, true, d.now}};
        c.preferredLanguage = language;
        return d.save(c);
    };
    const Citizen maria = citizenWithMail(QStringLiteral("Μαρία"), QStringLiteral("maria@example.gr"), QStringLiteral("el"));
    const Citizen gone = citizenWithMail(QStringLiteral("Ελένη"), QStringLiteral("eleni@refused.example"), QStringLiteral("el"));
    const Citizen busy = citizenWithMail(QStringLiteral("Άννα"), QStringLiteral("anna@busy.example"), QStringLiteral("en"));
    Notifier notifier(d.db(), d.tenant);
    auto queue = [&](const Citizen &c) {
        Result<QString> channel = Error{};
        REQUIRE(d.db().transaction([&]() -> Status {
                          channel = notifier.queue(c.id, request->id, Notifier::Kind::Confirmation, {}, QStringLiteral("test"), d.now);
                          return channel.ok() ? Status{} : Status(channel.error());
                      }).ok());
        REQUIRE(channel.value() == QStringLiteral("email"));
        return NotificationStore(d.db()).ofRequest(request->id).constLast().first.id;
    };
    const QString toMaria = queue(maria);
    const QString toGone = queue(gone);
    const QString toBusy = queue(busy);

    SmtpSettings settings;
    settings.url = server.url();
    settings.fromAddress = QStringLiteral("noreply@nea-armonia.example");
    settings.timeoutMs = 2000;
    REQUIRE(settings.validate().ok());
    SmtpSender sender(settings);
    EmailOutbox outbox(d.db(), sender, d.clock);
    Result<EmailOutbox::Round> round = outbox.sendDue();
    REQUIRE(round.ok());
    CHECK(round->sent == 1);
    CHECK(round->failed == 1);
    CHECK(round->retried == 1);

    // Maria's message: to her, from the municipality, in Greek, with its tracking number and its own Message-ID.
    const QStringList box = server.delivered();
    REQUIRE(box.size() == 1);
    const QString mail = box.front();
    CHECK(header(mail, QStringLiteral("To")) == QStringLiteral("<maria@example.gr>"));
    CHECK(header(mail, QStringLiteral("Message-ID")) == QStringLiteral("<%1@nea-armonia.example>").arg(toMaria));
    CHECK(header(mail, QStringLiteral("Auto-Submitted")) == QStringLiteral("auto-generated"));
    CHECK(header(mail, QStringLiteral("List-Unsubscribe")).startsWith(QStringLiteral("<mailto:noreply@nea-armonia.example?subject=unsubscribe")));
    const QString text = textPart(mail);
    CHECK(text.contains(request->trackingNumber));
    CHECK(text.contains(QStringLiteral("καταχωρίστηκε")));
    CHECK(text.startsWith(d.tenant.name));
    NotificationStore store(d.db());
    CHECK(store.delivery(toMaria)->status == QStringLiteral("sent"));
    CHECK(store.delivery(toMaria)->attempts == 1);
    // 550: refused for good, with the server's words, never tried again.
    CHECK(store.delivery(toGone)->status == QStringLiteral("failed"));
    CHECK(store.delivery(toGone)->lastError.contains(QStringLiteral("550")));
    // 451: tried again later, after a minute give or take a fifth.
    const NotificationStore::Delivery later = *store.delivery(toBusy);
    CHECK(later.status == QStringLiteral("queued"));
    CHECK(later.lastError.contains(QStringLiteral("451")));
    CHECK(later.nextAttemptAt >= d.now + 48000);
    CHECK(later.nextAttemptAt <= d.now + 72000);
    // Nothing is due before then.
    round = outbox.sendDue();
    REQUIRE(round.ok());
    CHECK(round->sent + round->failed + round->retried == 0);

    SECTION("an attempt cut short after the server accepted it is made again as the same message")
    {
        const QString toMariaAgain = queue(maria);
        EmailOutbox dying(d.db(), sender, d.clock);
        // The worst moment: the server has the message, the outbox has not recorded it (the process dies here).
        dying.afterAccepted = [](const QString &) { throw std::runtime_error("killed"); };
        CHECK_THROWS(dying.sendDue());
        CHECK(store.delivery(toMariaAgain)->status == QStringLiteral("queued"));
        const QString firstId = store.delivery(toMariaAgain)->messageId;
        CHECK(firstId == QStringLiteral("%1@nea-armonia.example").arg(toMariaAgain));
        // Started again right away: the attempt might still be under way elsewhere, so it is left alone.
        EmailOutbox restarted(d.db(), sender, d.clock);
        round = restarted.sendDue();
        REQUIRE(round.ok());
        CHECK(round->sent == 0);
        // Two time limits later it was cut short: made again, with the Message-ID it had.
        d.now += 5000;
        round = restarted.sendDue();
        REQUIRE(round.ok());
        CHECK(round->sent == 1);
        CHECK(store.delivery(toMariaAgain)->status == QStringLiteral("sent"));
        CHECK(store.delivery(toMariaAgain)->attempts == 2);
        QStringList ids;
        for (const QString &m : server.delivered())
            ids.append(header(m, QStringLiteral("Message-ID")));
        CHECK(ids.count(QStringLiteral("<%1>").arg(firstId)) == 2); // one message, its copy recognisable as such
        ids.removeDuplicates();
        CHECK(ids.size() == 2);
    }
    SECTION("no mail server there: tried again later, and given up after the last attempt with the reason")
    {
        SmtpSettings nowhere = settings;
        nowhere.url = QStringLiteral("smtp://127.0.0.1:%1").arg(freePort());
        SmtpSender down(nowhere);
        EmailOutbox outage(d.db(), down, d.clock);
        for (int attempt = 2; attempt <= EmailOutbox::maxAttempts; ++attempt) {
            d.now = store.delivery(toBusy)->nextAttemptAt;
            round = outage.sendDue();
            REQUIRE(round.ok());
            CHECK(round->sent == 0);
        }
        const NotificationStore::Delivery last = *store.delivery(toBusy);
        CHECK(last.status == QStringLiteral("failed"));
        CHECK(last.attempts == EmailOutbox::maxAttempts);
        CHECK(last.lastError.contains(QStringLiteral("could not be reached")));
    }
}

TEST_CASE("notifications: a desk alone sends a queued e-mail by itself within a second of being nudged", "[notify][smtp]")
{
    SmtpServer server;
    Demo d;
    const std::optional<ServiceRequest> request = RequestRepository(d.db()).getByLocalId(2);
    REQUIRE(request.has_value());
    Citizen c = person(QStringLiteral("Γιώργος"), QStringLiteral("Νικολάου"));
    c.emails = {{QStringLiteral("giorgos@example.gr"), {}}};
    c.consents = {{ContactChannel::Email, true, d.now}};
    c.preferredLanguage = QStringLiteral("it"); // the citizen's language, not the municipality's
    c = d.save(c);
    SmtpSettings settings;
    settings.url = server.url();
    settings.fromAddress = QStringLiteral("noreply@nea-armonia.example");
    REQUIRE(writeSmtpSettings(d.db(), settings).ok());

    // The runner works on its own connection to the file, as the desk's does.
    MailRunner runner(d.t.path, systemClock(), 60000);
    runner.start();
    QThread::msleep(300); // its first round finds nothing
    QElapsedTimer t;
    t.start();
    REQUIRE(d.db().transaction([&]() -> Status {
                      Result<QString> channel = Notifier(d.db(), d.tenant).queue(c.id, request->id, Notifier::Kind::Resolved,
                                                                                  QStringLiteral("https://nea-armonia.example/survey/x"),
                                                                                  QStringLiteral("test"), d.now);
                      return channel.ok() ? Status{} : Status(channel.error());
                  }).ok());
    runner.nudge(); // what a saved change does at the desk
    while (server.delivered().isEmpty() && t.elapsed() < 10000)
        QThread::msleep(20);
    const qint64 ms = t.elapsed();
    runner.stop();
    const QStringList box = server.delivered();
    REQUIRE(box.size() == 1);
    CHECK(ms < 1000);
    CHECK(header(box.front(), QStringLiteral("To")) == QStringLiteral("<giorgos@example.gr>"));
    const QString text = textPart(box.front());
    CHECK(text.contains(QStringLiteral("è stata risolta")));
    CHECK(text.contains(QStringLiteral("https://nea-armonia.example/survey/x")));
    CHECK(NotificationStore(d.db()).ofRequest(request->id).constLast().second.status == QStringLiteral("sent"));
}

TEST_CASE("notifications: the wait between attempts doubles, with a fifth of jitter, up to six hours", "[notify]")
{
    CHECK(EmailOutbox::backoffMs(1, 0) == 60000);
    CHECK(EmailOutbox::backoffMs(2, 0) == 120000);
    CHECK(EmailOutbox::backoffMs(4, 1) == qint64(8 * 60000 * 1.2));
    CHECK(EmailOutbox::backoffMs(4, -1) == qint64(8 * 60000 * 0.8));
    CHECK(EmailOutbox::backoffMs(20, 0) == 6 * 3600000);
}

TEST_CASE("notifications: an e-mail's headers cannot be broken into by the data, and every address is checked", "[notify]")
{
    Mail::Message m;
    m.fromAddress = QStringLiteral("noreply@example.gr");
    m.fromName = QStringLiteral("Δήμος Νέας Αρμονίας");
    m.to = QStringLiteral("maria@example.gr\r\nBcc: everyone@example.gr");
    m.subject = QStringLiteral("Αίτημα 26-D0-00001\r\nX-Injected: yes");
    m.text = QStringLiteral("Γραμμή\n.\nτέλος");
    m.messageId = QStringLiteral("abc@example.gr");
    m.date = QDateTime(QDate(2026, 12, 3), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch();
    const QString bytes = QString::fromUtf8(m.toBytes());
    CHECK(!bytes.contains(QStringLiteral("\nBcc:")));
    CHECK(!bytes.contains(QStringLiteral("\nX-Injected:")));
    CHECK(header(bytes, QStringLiteral("Date")) == QStringLiteral("Thu, 03 Dec 2026 06:00:00 +0000"));
    CHECK(header(bytes, QStringLiteral("Subject")).startsWith(QStringLiteral("=?UTF-8?B?")));
    CHECK(Mail::isAddress(QStringLiteral("maria@example.gr")));
    CHECK(!Mail::isAddress(QStringLiteral("maria@example")));
    CHECK(!Mail::isAddress(QStringLiteral("maria example@example.gr")));
    CHECK(!Mail::isAddress(QStringLiteral("<maria@example.gr>")));
    CHECK(!Mail::isAddress(QStringLiteral("maria@example.gr\r\nRCPT TO:<x@y.gr>")));
}
