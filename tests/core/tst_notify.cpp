// SPDX-License-Identifier: GPL-3.0-or-later
// Messages to citizens sent by e-mail to a real SMTP server (Debian's aiosmtpd) on a loopback port: the right
// text to the right address in the citizen's language, refusals and passing troubles told apart, and an attempt
// cut short after the server accepted it made again as the same message (the same Message-ID), never a new one.
#include "testsupport.h"
#include "../notify/kannel.h"
#include "../notify/smtpserver.h"

#include "core/commands/command.h"
#include "core/commands/commandrunner.h"
#include "core/desk/citizenprofile.h"
#include "core/notify/links.h"
#include "core/notify/mailmessage.h"
#include "core/storage/campaignstore.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/sqlitestatement.h"
#include "core/workflow/campaigns.h"
#include "core/workflow/escalation.h"
#include "core/storage/organisationrepository.h"
#include "core/notify/outbox.h"
#include "core/notify/smtpsender.h"
#include "core/session/messagerunner.h"
#include "core/storage/notificationstore.h"
#include "core/storage/requestrepository.h"
#include "core/workflow/notifier.h"
#include "core/workflow/optout.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimeZone>

using namespace CivicDesk;
using namespace CivicDesk::Test;
using namespace CivicDesk::Test::Smtp;
using CivicDesk::Test::Sms::KannelGateway;

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
        nowhere.url = QStringLiteral("smtp://127.0.0.1:%1").arg(freeLoopbackPort());
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
    MessageRunner runner(d.t.path, systemClock(), 60000);
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


TEST_CASE("notifications: SMS reach a real Kannel gateway in the citizen's language, never in the quiet hours", "[notify][sms]")
{
    KannelGateway kannel;
    Demo d;
    const std::optional<ServiceRequest> request = RequestRepository(d.db()).getByLocalId(3);
    REQUIRE(request.has_value());
    Citizen c = person(QStringLiteral("Νίκος"), QStringLiteral("Σταύρου"), QStringLiteral("6944 000 321"));
    c.consents = {{ContactChannel::Sms, true, d.now}};
    c.preferredLanguage = QStringLiteral("el");
    c = d.save(c);
    Citizen english = person(QStringLiteral("John"), QStringLiteral("Smith"), QStringLiteral("6944 000 654"));
    english.consents = {{ContactChannel::Sms, true, d.now}};
    english.preferredLanguage = QStringLiteral("en");
    english = d.save(english);
    auto queue = [&](const Citizen &who, Notifier::Kind kind) {
        Result<QString> channel = Error{};
        REQUIRE(d.db().transaction([&]() -> Status {
                          channel = Notifier(d.db(), d.tenant).queue(who.id, request->id, kind, QStringLiteral("the pipe was replaced"),
                                                                     QStringLiteral("test"), d.now);
                          return channel.ok() ? Status{} : Status(channel.error());
                      }).ok());
        REQUIRE(channel.value() == QStringLiteral("sms"));
        return NotificationStore(d.db()).ofRequest(request->id).constLast().first;
    };
    NotificationStore store(d.db());
    SmsSender sender(kannel.settings());

    // 10:00 in Athens: sent at once, in Greek (UCS-2), to the citizen's number.
    d.now = QDateTime(QDate(2026, 11, 2), QTime(10, 0), QTimeZone("Europe/Athens")).toMSecsSinceEpoch();
    const NotificationStore::Outgoing greek = queue(c, Notifier::Kind::Resolved);
    const NotificationStore::Outgoing plain = queue(english, Notifier::Kind::Resolved);
    SmsOutbox outbox(d.db(), sender, d.clock);
    Result<SmsOutbox::Round> round = outbox.sendDue();
    REQUIRE(round.ok());
    CHECK(round->sent == 2);
    CHECK(store.delivery(greek.id)->status == QStringLiteral("sent"));
    const QStringList got = kannel.received(QStringLiteral("+306944000321"), 1);
    REQUIRE(got.size() == 1);
    CHECK(got.front() == greek.body);
    CHECK(got.front().contains(request->trackingNumber));
    CHECK(got.front().contains(QStringLiteral("διεκπεραιώθηκε")));
    CHECK(smsSegments(greek.body) <= 2);
    const QStringList gotPlain = kannel.received(QStringLiteral("+306944000654"), 1);
    REQUIRE(gotPlain.size() == 1);
    CHECK(gotPlain.front() == plain.body); // GSM 7-bit: plain text

    // 23:30 in Athens: not sent; it waits for 08:00 the next morning, Athens time.
    d.now = QDateTime(QDate(2026, 11, 2), QTime(23, 30), QTimeZone("Europe/Athens")).toMSecsSinceEpoch();
    const NotificationStore::Outgoing night = queue(c, Notifier::Kind::Closed);
    round = outbox.sendDue();
    REQUIRE(round.ok());
    CHECK(round->sent == 0);
    CHECK(round->deferred == 1);
    const qint64 morning = QDateTime(QDate(2026, 11, 3), QTime(8, 0), QTimeZone("Europe/Athens")).toMSecsSinceEpoch();
    CHECK(store.delivery(night.id)->nextAttemptAt == morning);
    CHECK(store.delivery(night.id)->attempts == 0);
    d.now = morning;
    round = outbox.sendDue();
    REQUIRE(round.ok());
    CHECK(round->sent == 1);
    CHECK(kannel.received(QStringLiteral("+306944000321"), 2).size() == 2);

    SECTION("a number that cannot be one fails at once; a wrong password and a gateway away are tried again")
    {
        const NotificationStore::Outgoing again = queue(c, Notifier::Kind::Closed);
        SmsSettings wrong = kannel.settings();
        wrong.password = QStringLiteral("not the password");
        SmsSender refused(wrong);
        SmsOutbox refusedOutbox(d.db(), refused, d.clock);
        round = refusedOutbox.sendDue();
        REQUIRE(round.ok());
        CHECK(round->retried == 1);
        CHECK(store.delivery(again.id)->lastError.contains(QStringLiteral("403")));
        d.now = store.delivery(again.id)->nextAttemptAt;
        SmsSettings away = kannel.settings();
        away.url = QStringLiteral("http://127.0.0.1:%1/cgi-bin/sendsms").arg(freeLoopbackPort());
        SmsSender down(away);
        SmsOutbox downOutbox(d.db(), down, d.clock);
        round = downOutbox.sendDue();
        REQUIRE(round.ok());
        CHECK(round->retried == 1);
        CHECK(store.delivery(again.id)->lastError.contains(QStringLiteral("could not be reached")));
        CHECK(store.delivery(again.id)->status == QStringLiteral("queued"));
        // A number queued as it was typed, not in international form: failed with the reason.
        NotificationStore::Queued bad;
        bad.id = QStringLiteral("bad-number");
        bad.tenantId = d.tenant.id;
        bad.citizenId = c.id;
        bad.requestId = request->id;
        bad.channel = QStringLiteral("sms");
        bad.address = QStringLiteral("6944 000");
        bad.kind = QStringLiteral("progress");
        bad.language = QStringLiteral("el");
        bad.body = QStringLiteral("x");
        bad.at = d.now;
        bad.actor = QStringLiteral("test");
        REQUIRE(store.queue(bad).ok());
        round = outbox.sendDue();
        REQUIRE(round.ok());
        CHECK(store.delivery(QStringLiteral("bad-number"))->status == QStringLiteral("failed"));
        CHECK(store.delivery(QStringLiteral("bad-number"))->lastError.contains(QStringLiteral("international form")));
    }
}

TEST_CASE("notifications: SMS segments and quiet hours", "[notify]")
{
    CHECK(isGsm7(QStringLiteral("Request 26-D0-00042 is closed. Thank you!")));
    CHECK(!isGsm7(QStringLiteral("Το αίτημα έκλεισε")));
    CHECK(isGsm7(QStringLiteral("ΔΦΓΛΩΠΨΣΘΞ"))); // the capitals GSM 03.38 has
    CHECK(smsSegments(QString(160, u'a')) == 1);
    CHECK(smsSegments(QString(161, u'a')) == 2);
    CHECK(smsSegments(QString(70, u'λ')) == 1);
    CHECK(smsSegments(QString(71, u'λ')) == 2);
    CHECK(smsSegments(QString(135, u'λ')) == 3);
    const auto at = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone("Europe/Athens")).toMSecsSinceEpoch();
    };
    CHECK(SmsOutbox::afterQuietHours(at(2, 12, 0), QStringLiteral("Europe/Athens"), 22, 8) == at(2, 12, 0));
    CHECK(SmsOutbox::afterQuietHours(at(2, 22, 0), QStringLiteral("Europe/Athens"), 22, 8) == at(3, 8, 0));
    CHECK(SmsOutbox::afterQuietHours(at(3, 7, 59), QStringLiteral("Europe/Athens"), 22, 8) == at(3, 8, 0));
    CHECK(SmsOutbox::afterQuietHours(at(3, 13, 30), QStringLiteral("Europe/Athens"), 13, 17) == at(3, 17, 0)); // an afternoon rest
    CHECK(SmsOutbox::afterQuietHours(at(3, 3, 0), QStringLiteral("Europe/Athens"), 8, 8) == at(3, 3, 0));     // none
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

TEST_CASE("notifications: a municipality's e-mail template reaches the SMTP server with its subject and HTML, the values escaped", "[notify][smtp][templates]")
{
    SmtpServer server;
    Demo d;
    const std::optional<ServiceRequest> request = RequestRepository(d.db()).getByLocalId(1);
    REQUIRE(request.has_value());
    Citizen c = person(QStringLiteral("John"), QStringLiteral("Smith"));
    c.emails = {{QStringLiteral("john@example.org"), {}}};
    c.consents = {{ContactChannel::Email, true, d.now}};
    c.preferredLanguage = QStringLiteral("en");
    c = d.save(c);
    CommandRunner runner(d.db());
    const QJsonObject args{{QStringLiteral("event"), QStringLiteral("resolved")},
                           {QStringLiteral("language"), QStringLiteral("en")},
                           {QStringLiteral("channel"), QStringLiteral("email")},
                           {QStringLiteral("subject"), QStringLiteral("Request {tracking}: done")},
                           {QStringLiteral("body"), QStringLiteral("Dear citizen,\n\nrequest {tracking} ({type}) is resolved: {reason}\n\n{municipality}")},
                           {QStringLiteral("html"), QStringLiteral("<html><body><h1>{municipality}</h1><p>Request <b>{tracking}</b> is resolved: {reason}</p></body></html>")}};
    REQUIRE(runner.run(Command{newRowId(d.now), QString::fromLatin1(CommandName::SaveTemplate), d.now, d.user(Role::Administrator).id, args}).ok());
    REQUIRE(d.db().transaction([&]() -> Status {
                      Result<QString> channel = Notifier(d.db(), d.tenant).queue(c.id, request->id, Notifier::Kind::Resolved,
                                                                                  QStringLiteral("pipes <replaced> & tested"), QStringLiteral("test"), d.now);
                      return channel.ok() ? Status{} : Status(channel.error());
                  }).ok());
    SmtpSettings settings;
    settings.url = server.url();
    settings.fromAddress = QStringLiteral("noreply@nea-armonia.example");
    settings.timeoutMs = 2000;
    SmtpSender sender(settings);
    REQUIRE(EmailOutbox(d.db(), sender, d.clock).sendDue().ok());
    const QStringList box = server.delivered();
    REQUIRE(box.size() == 1);
    CHECK(header(box.front(), QStringLiteral("Subject")) == QStringLiteral("Request %1: done").arg(request->trackingNumber));
    const QString text = textPart(box.front());
    CHECK(text.startsWith(QStringLiteral("Dear citizen,\n\nrequest %1 (").arg(request->trackingNumber)));
    CHECK(text.contains(QStringLiteral("is resolved: pipes <replaced> & tested")));
    CHECK(text.endsWith(d.tenant.name));
    const QString html = part(box.front(), QStringLiteral("text/html"));
    CHECK(html.contains(QStringLiteral("<p>Request <b>%1</b> is resolved: pipes &lt;replaced&gt; &amp; tested</p>").arg(request->trackingNumber)));
    CHECK(html.contains(QStringLiteral("<h1>%1</h1>").arg(d.tenant.name.toHtmlEscaped())));
}

TEST_CASE("notifications: a targeted message to one district reaches exactly the consenting citizens there, at its pace, in their language", "[notify][campaign][smtp][sms]")
{
    SmtpServer mail;
    KannelGateway kannel;
    Demo d;
    // The district where most of the registry's citizens live.
    QString district;
    {
        SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT district_id FROM citizen WHERE district_id IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1");
        REQUIRE(s.step());
        district = s.text(0);
    }
    // Who should get it, worked out here from the citizens' records: SMS to a valid phone with SMS consent, else
    // e-mail with e-mail consent; nobody outside the district, nobody who agreed to neither.
    QSet<QString> expectedPhones, expectedMail;
    int inDistrict = 0;
    {
        SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT id FROM citizen WHERE district_id = ?");
        s.bind(1, district);
        while (s.step()) {
            const std::optional<Citizen> c = CitizenRepository(d.db()).get(s.text(0));
            REQUIRE(c.has_value());
            ++inDistrict;
            const auto granted = [&](ContactChannel ch) {
                return std::any_of(c->consents.begin(), c->consents.end(), [&](const Consent &k) { return k.channel == ch && k.granted; });
            };
            const auto phone = std::find_if(c->phones.begin(), c->phones.end(), [](const CitizenPhone &p) { return p.valid && !p.e164.isEmpty(); });
            if (granted(ContactChannel::Sms) && phone != c->phones.end())
                expectedPhones.insert(phone->e164);
            else if (granted(ContactChannel::Email) && !c->emails.isEmpty())
                expectedMail.insert(c->emails.front().address);
        }
    }
    REQUIRE(expectedPhones.size() >= 2);
    REQUIRE(expectedMail.size() >= 2);
    REQUIRE(inDistrict > expectedPhones.size() + expectedMail.size()); // some said no

    Campaigns::Draft draft;
    draft.title = QStringLiteral("Water cut");
    draft.criteria.districts = {district};
    draft.texts = {{QStringLiteral("el"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("{municipality}: διακοπή νερού")},
                                                       {QStringLiteral("body"), QStringLiteral("{municipality}: διακοπή νερού την Πέμπτη 9:00-14:00 λόγω εργασιών.")}}},
                   {QStringLiteral("en"), QJsonObject{{QStringLiteral("body"), QStringLiteral("{municipality}: no water on Thursday 9:00-14:00 (works).")}}}};
    draft.ratePerMinute = 600;
    const Result<Campaigns::Preview> preview = Campaigns(d.db(), d.tenant).preview(draft);
    REQUIRE(preview.ok());
    CHECK(preview->sms == expectedPhones.size());
    CHECK(preview->email == expectedMail.size());
    CHECK(preview->withoutConsent == inDistrict - expectedPhones.size() - expectedMail.size());
    CHECK(preview->sampleText == d.tenant.name + QStringLiteral(": διακοπή νερού την Πέμπτη 9:00-14:00 λόγω εργασιών."));

    // A text with a request's placeholder, or none in the municipality's language, is refused.
    Campaigns::Draft bad = draft;
    bad.texts.insert(QStringLiteral("el"), QJsonObject{{QStringLiteral("body"), QStringLiteral("{tracking}: διακοπή")}});
    CHECK(Campaigns(d.db(), d.tenant).preview(bad).error().code == QStringLiteral("campaign.placeholder"));
    bad.texts.remove(QStringLiteral("el"));
    CHECK(Campaigns(d.db(), d.tenant).preview(bad).error().code == QStringLiteral("campaign.text"));

    CommandRunner runner(d.db());
    const Result<QJsonObject> sent = runner.run(Command{newRowId(d.now), QString::fromLatin1(CommandName::SendCampaign), d.now,
                                                        d.user(Role::Supervisor).id, {{QStringLiteral("draft"), draft.toJson()}}});
    REQUIRE(sent.ok());
    const QString campaignId = sent->value(QStringLiteral("campaignId")).toString();
    CHECK(sent->value(QStringLiteral("recipients")).toInt() == expectedPhones.size() + expectedMail.size());

    // At its pace: after one second, ten messages a second have become due, not all of them.
    SmsSender sms(kannel.settings());
    SmtpSettings smtp;
    smtp.url = mail.url();
    smtp.fromAddress = QStringLiteral("noreply@nea-armonia.example");
    SmtpSender smtpSender(smtp);
    const qint64 start = d.now;
    d.now = start + 1000;
    NotificationStore store(d.db());
    const int dueAfterOneSecond = int(store.due(QStringLiteral("sms"), d.now, 10000).size() + store.due(QStringLiteral("email"), d.now, 10000).size());
    CHECK(dueAfterOneSecond >= 10);
    CHECK(dueAfterOneSecond <= 11);
    // Later, all of it goes out.
    d.now = start + 10 * 60000;
    REQUIRE(EmailOutbox(d.db(), smtpSender, d.clock).sendDue(10000).ok());
    REQUIRE(SmsOutbox(d.db(), sms, d.clock).sendDue(10000).ok());
    QSet<QString> mailed;
    for (const QString &m : mail.delivered()) {
        mailed.insert(header(m, QStringLiteral("To")).mid(1).chopped(1));
        CHECK(textPart(m).contains(QStringLiteral("9:00-14:00")));
    }
    CHECK(mailed == expectedMail);
    for (const QString &number : std::as_const(expectedPhones)) {
        const QStringList got = kannel.received(number, 1);
        REQUIRE(got.size() == 1);
        CHECK(got.front().contains(QStringLiteral("9:00-14:00")));
    }
    // The send log: everything delivered, nothing failed.
    const QList<CampaignStore::Campaign> log = CampaignStore(d.db()).list();
    REQUIRE(log.size() == 1);
    CHECK(log.front().id == campaignId);
    CHECK(log.front().sent == expectedPhones.size() + expectedMail.size());
    CHECK(log.front().failed == 0);
    CHECK(log.front().queued == 0);
    CHECK(log.front().withoutConsent == inDistrict - expectedPhones.size() - expectedMail.size());
}

TEST_CASE("notifications: staff hear of their assignments and escalations in the desk and, if they asked, by e-mail", "[notify][staff][smtp]")
{
    SmtpServer mail;
    Demo d;
    CommandRunner runner(d.db());
    OrganisationRepository org(d.db());
    // A request of a department that has a crew, a head and staff.
    std::optional<ServiceRequest> request;
    QString crew;
    for (qint64 i = 1; i < 1500 && !request; ++i) {
        std::optional<ServiceRequest> r = RequestRepository(d.db()).getByLocalId(i);
        if (!r || r->status != RequestStatus::Accepted || !r->crewId.isEmpty())
            continue;
        for (const Department &dep : org.departments())
            if (dep.kind == DepartmentKind::Crew && dep.parentId == r->departmentId)
                crew = dep.id;
        if (!crew.isEmpty())
            request = r;
    }
    REQUIRE(request.has_value());
    std::optional<User> head, worker, quiet;
    for (const User &u : org.users()) {
        if (u.role == Role::DepartmentHead && u.departmentId == request->departmentId)
            head = u;
        else if (u.role == Role::DepartmentStaff && !worker)
            worker = u;
        else if (u.role == Role::DepartmentStaff)
            quiet = u;
    }
    REQUIRE(head.has_value());
    REQUIRE(worker.has_value());
    REQUIRE(quiet.has_value());
    const auto run = [&](const User &as, const char *name, QJsonObject args) {
        d.now += 1000;
        return runner.run(Command{newRowId(d.now), QString::fromLatin1(name), d.now, as.id, std::move(args)});
    };
    // Each sets their own preference; a malformed address is refused.
    const Result<QJsonObject> bad = run(*worker, CommandName::SetAlertsByEmail, {{QStringLiteral("email"), QStringLiteral("eleni at example")}, {QStringLiteral("byEmail"), true}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("user.email"));
    REQUIRE(run(*worker, CommandName::SetAlertsByEmail, {{QStringLiteral("email"), QStringLiteral("worker@nea-armonia.example")}, {QStringLiteral("byEmail"), true}}).ok());
    REQUIRE(run(*head, CommandName::SetAlertsByEmail, {{QStringLiteral("email"), QStringLiteral("head@nea-armonia.example")}, {QStringLiteral("byEmail"), true}}).ok());
    REQUIRE(run(*quiet, CommandName::SetAlertsByEmail, {{QStringLiteral("email"), QStringLiteral("quiet@nea-armonia.example")}, {QStringLiteral("byEmail"), false}}).ok());
    CHECK(org.user(worker->id)->notifyByEmail);
    CHECK(org.user(worker->id)->email == QStringLiteral("worker@nea-armonia.example"));

    // The head gives the request to a worker: an alert for them in the desk, and an e-mail.
    REQUIRE(run(*head, CommandName::Assign, {{QStringLiteral("requestId"), request->id}, {QStringLiteral("crewId"), crew},
                                             {QStringLiteral("assigneeId"), worker->id}}).ok());
    const QList<Alert> forCrew = EscalationScheduler(d.db(), d.clock).openAlerts(QStringLiteral("department_staff"), crew, 50);
    REQUIRE_FALSE(forCrew.isEmpty());
    CHECK(forCrew.front().recipientId == worker->id);
    CHECK(forCrew.front().requestId == request->id);

    // Its deadline passes: the ladder alerts the worker (at risk) and the department's head.
    d.now = request->dueAt + 3600000;
    REQUIRE(EscalationScheduler(d.db(), d.clock).runFor(request->id).ok());

    SmtpSettings smtp;
    smtp.url = mail.url();
    smtp.fromAddress = QStringLiteral("noreply@nea-armonia.example");
    SmtpSender sender(smtp);
    REQUIRE(EmailOutbox(d.db(), sender, d.clock).sendDue(1000).ok());
    QMap<QString, QStringList> got; // address → texts
    for (const QString &m : mail.delivered())
        got[header(m, QStringLiteral("To")).mid(1).chopped(1)].append(textPart(m));
    CHECK_FALSE(got.contains(QStringLiteral("quiet@nea-armonia.example"))); // asked for the desk only
    REQUIRE(got.contains(QStringLiteral("worker@nea-armonia.example")));
    // In the municipality's language (Greek here).
    CHECK(got.value(QStringLiteral("worker@nea-armonia.example")).contains(QStringLiteral("Το %1 σας ανατέθηκε.").arg(request->trackingNumber)));
    REQUIRE(got.contains(QStringLiteral("head@nea-armonia.example")));
    CHECK(got.value(QStringLiteral("head@nea-armonia.example")).join(u'\n').contains(request->trackingNumber));
    // Nobody else of the staff asked (the request's reporters heard it is scheduled, as citizens do).
    CHECK(QStringList(got.keys()).filter(QStringLiteral("@nea-armonia.example")).size() == 2);
}

TEST_CASE("notifications: a mail server that drops the connection in the middle of DATA, and a server and a gateway that never answer: tried again, nothing lost, nothing sent twice", "[notify][smtp][sms][bad]")
{
    SmtpServer server;
    Demo d;
    const std::optional<ServiceRequest> request = RequestRepository(d.db()).getByLocalId(1);
    REQUIRE(request.has_value());
    const auto citizen = [&](const QString &email, const QString &phone) {
        Citizen c = person(QStringLiteral("Νίκος"), QStringLiteral("Αλεξίου"), phone);
        if (!email.isEmpty()) {
            c.emails = {{email, {}}};
            c.consents = {{ContactChannel::Email, true, d.now}};
        } else {
            c.consents = {{ContactChannel::Sms, true, d.now}};
        }
        c.preferredLanguage = QStringLiteral("el");
        return d.save(c);
    };
    const auto queue = [&](const Citizen &c) {
        REQUIRE(d.db().transaction([&]() -> Status {
                          Result<QString> channel = Notifier(d.db(), d.tenant).queue(c.id, request->id, Notifier::Kind::Resolved,
                                                                                      QStringLiteral("Αντικαταστάθηκε ο σωλήνας."), QStringLiteral("test"), d.now);
                          return channel.ok() ? Status{} : Status(channel.error());
                      }).ok());
        return NotificationStore(d.db()).ofRequest(request->id).constLast().first.id;
    };
    NotificationStore store(d.db());
    SmtpSettings settings;
    settings.url = server.url();
    settings.fromAddress = QStringLiteral("noreply@nea-armonia.example");
    settings.timeoutMs = 2000;

    // The connection dropped after the message was written, before the server's answer: not sent, tried again.
    const QString dropped = queue(citizen(QStringLiteral("nikos@drop.example"), {}));
    {
        SmtpSender sender(settings);
        Result<EmailOutbox::Round> round = EmailOutbox(d.db(), sender, d.clock).sendDue();
        REQUIRE(round.ok());
        CHECK(round->sent == 0);
        CHECK(round->retried == 1);
    }
    CHECK(server.delivered().isEmpty());
    const NotificationStore::Delivery waiting = *store.delivery(dropped);
    CHECK(waiting.status == QStringLiteral("queued"));
    CHECK_FALSE(waiting.lastError.isEmpty());
    d.now = waiting.nextAttemptAt;
    {
        SmtpSender sender(settings);
        Result<EmailOutbox::Round> round = EmailOutbox(d.db(), sender, d.clock).sendDue();
        REQUIRE(round.ok());
        CHECK(round->sent == 1);
    }
    const QStringList box = server.delivered();
    REQUIRE(box.size() == 1); // once
    CHECK(header(box.front(), QStringLiteral("Message-ID")) == QStringLiteral("<%1@nea-armonia.example>").arg(dropped));
    CHECK(store.delivery(dropped)->attempts == 2);

    // A server and a gateway that take the connection and never say a word: each attempt ends at the time limit.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    const QString mute = queue(citizen(QStringLiteral("eleni@example.gr"), {}));
    SmtpSettings slow = settings;
    slow.url = QStringLiteral("smtp://127.0.0.1:%1").arg(silent.serverPort());
    slow.timeoutMs = 1000;
    QElapsedTimer t;
    t.start();
    {
        SmtpSender sender(slow);
        Result<EmailOutbox::Round> round = EmailOutbox(d.db(), sender, d.clock).sendDue();
        REQUIRE(round.ok());
        CHECK(round->retried == 1);
    }
    CHECK(t.elapsed() < 5000);
    CHECK(store.delivery(mute)->status == QStringLiteral("queued"));

    const QString text = queue(citizen({}, QStringLiteral("6944 000 777")));
    SmsSettings gateway;
    gateway.url = QStringLiteral("http://127.0.0.1:%1/cgi-bin/sendsms").arg(silent.serverPort());
    gateway.username = QStringLiteral("civicdesk");
    gateway.password = QStringLiteral("secret");
    gateway.quietFrom = gateway.quietTo = 0;
    gateway.timeoutMs = 1000;
    t.restart();
    {
        SmsSender sender(gateway);
        Result<SmsOutbox::Round> round = SmsOutbox(d.db(), sender, d.clock).sendDue();
        REQUIRE(round.ok());
        CHECK(round->retried == 1);
    }
    CHECK(t.elapsed() < 5000);
    CHECK(store.delivery(text)->status == QStringLiteral("queued"));
    CHECK_FALSE(store.delivery(text)->lastError.isEmpty());
}

namespace {

/// This process's resident memory, in kB (Linux).
qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+)"));
    return rss.match(QString::fromLatin1(f.readAll())).captured(1).toLongLong();
}

} // namespace

TEST_CASE("notifications: a flood of events is sent round after round without waiting for the interval, in steady memory, and a rate limit holds", "[notify][smtp][bad][flood]")
{
    SmtpServer server;
    Demo d;
    const std::optional<ServiceRequest> request = RequestRepository(d.db()).getByLocalId(3);
    REQUIRE(request.has_value());
    QList<Citizen> citizens;
    for (int i = 0; i < 20; ++i) {
        Citizen c = person(QStringLiteral("Πλημμύρα"), QStringLiteral("Αριθμός %1").arg(i));
        c.emails = {{QStringLiteral("flood%1@example.gr").arg(i), {}}};
        c.consents = {{ContactChannel::Email, true, d.now}};
        c.preferredLanguage = QStringLiteral("el");
        citizens.append(d.save(c));
    }
    const auto flood = [&](int count) {
        Notifier notifier(d.db(), d.tenant);
        REQUIRE(d.db().transaction([&]() -> Status {
                          for (int i = 0; i < count; ++i) {
                              Result<QString> channel = notifier.queue(citizens.at(i % citizens.size()).id, request->id, Notifier::Kind::Linked, {},
                                                                       QStringLiteral("test"), d.now);
                              if (!channel)
                                  return channel.error();
                          }
                          return {};
                      }).ok());
    };
    SmtpSettings settings;
    settings.url = server.url();
    settings.fromAddress = QStringLiteral("noreply@nea-armonia.example");
    settings.timeoutMs = 5000;

    SECTION("3,000 messages queued at once: every one sent, once, and the memory stays where it was")
    {
        constexpr int total = 3000;
        flood(total);
        REQUIRE(writeSmtpSettings(d.db(), settings).ok());
        // An interval far longer than the test: only the runner's own rounds, one after the other, send them all.
        MessageRunner runner(d.t.path, systemClock(), 600000);
        QElapsedTimer t;
        t.start();
        runner.start();
        qint64 early = 0;
        while (server.count() < total && t.elapsed() < 180000) {
            QThread::msleep(100);
            if (early == 0 && server.count() >= 500)
                early = residentKb();
        }
        const qint64 ms = t.elapsed();
        const qint64 late = residentKb();
        QThread::msleep(1000);
        runner.stop();
        WARN(total << " e-mails sent in " << ms << " ms; resident memory " << early << " kB after 500, " << late << " kB after all");
        REQUIRE(server.count() == total);
        CHECK(late - early < 30 * 1024);
        // Each message once: as many distinct Message-IDs as messages.
        QSet<QString> ids;
        for (const QString &m : server.delivered())
            ids.insert(header(m, QStringLiteral("Message-ID")));
        CHECK(ids.size() == total);
        SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT count(*) FROM notification WHERE status = 'sent' AND channel = 'email'");
        REQUIRE(s.step());
        CHECK(s.int64(0) == total);
    }
    SECTION("at most 600 a minute: 40 messages take about three seconds, not a burst")
    {
        flood(40);
        settings.perMinute = 600;
        REQUIRE(settings.validate().ok());
        REQUIRE(writeSmtpSettings(d.db(), settings).ok());
        MessageRunner runner(d.t.path, systemClock(), 600000);
        QElapsedTimer t;
        t.start();
        runner.start();
        qint64 firstSecond = -1;
        while (server.count() < 40 && t.elapsed() < 60000) {
            QThread::msleep(50);
            if (firstSecond < 0 && t.elapsed() >= 900)
                firstSecond = server.count();
        }
        const qint64 ms = t.elapsed();
        runner.stop();
        WARN("40 e-mails at 600 a minute: " << ms << " ms, " << firstSecond << " in the first 0.9 s");
        REQUIRE(server.count() == 40);
        CHECK(firstSecond <= 20); // a second's worth at once, then ten a second
        CHECK(ms >= 2800);
        CHECK(ms < 20000);
    }
    SECTION("a negative rate is refused")
    {
        settings.perMinute = -1;
        CHECK_FALSE(settings.validate().ok());
        CHECK_FALSE(writeSmtpSettings(d.db(), settings).ok());
    }
}

TEST_CASE("opt-out: a citizen's own no withdraws the consent with how it was given, drops the waiting messages, and links cannot be forged", "[notify][optout]")
{
    Demo d;
    const std::optional<ServiceRequest> request = RequestRepository(d.db()).getByLocalId(4);
    REQUIRE(request.has_value());
    Citizen c = person(QStringLiteral("Κατερίνα"), QStringLiteral("Ιωάννου"));
    c.emails = {{QStringLiteral("katerina@example.gr"), {}}};
    c.phones = {{QStringLiteral("+306944556677"), QStringLiteral("6944 556677"), {}, true}};
    c.consents = {{ContactChannel::Email, true, d.now}, {ContactChannel::Sms, true, d.now}};
    c.preferredLanguage = QStringLiteral("el");
    c = d.save(c);
    // Two messages wait: one by e-mail, one by SMS.
    REQUIRE(d.db().transaction([&]() -> Status {
                      Notifier notifier(d.db(), d.tenant);
                      for (int i = 0; i < 2; ++i)
                          if (Result<QString> ch = notifier.queue(c.id, request->id, Notifier::Kind::Linked, {}, QStringLiteral("test"), d.now); !ch)
                              return ch.error();
                      return {};
                  }).ok());
    {
        // The notifier took SMS for both (the citizen consented to it): the first goes by e-mail instead.
        SqliteStatement s(SqliteAccess::handle(d.db()), "UPDATE notification SET channel = 'email', address = 'katerina@example.gr' WHERE rowid = "
                                                        "(SELECT min(rowid) FROM notification WHERE citizen_id = ?)");
        s.bind(1, c.id);
        REQUIRE(s.exec());
    }

    SECTION("STOP from the number as gateways give it, without its +")
    {
        Result<OptOut::Outcome> done = Error{};
        REQUIRE(d.db().transaction([&]() -> Status {
                          done = OptOut::withdrawPhone(d.db(), QStringLiteral("306944556677"), d.now + 1000);
                          return done ? Status{} : Status(done.error());
                      }).ok());
        CHECK(done->citizenIds == QStringList{c.id});
        CHECK(done->cancelled == 1);
        CHECK(done->language == QStringLiteral("el"));
        const Citizen after = *CitizenRepository(d.db()).get(c.id);
        for (const Consent &k : after.consents) {
            if (k.channel == ContactChannel::Sms) {
                CHECK_FALSE(k.granted);
                CHECK(k.source == QStringLiteral("sms-stop"));
                CHECK(k.at == d.now + 1000);
            } else {
                CHECK(k.granted); // e-mails still welcome
                CHECK(k.source.isEmpty());
            }
        }
        const auto messages = NotificationStore(d.db()).ofRequest(request->id);
        int failed = 0, queued = 0;
        for (const auto &[m, delivery] : messages) {
            if (m.citizenId != c.id)
                continue;
            if (m.channel == QLatin1String("sms")) {
                CHECK(delivery.status == QStringLiteral("failed"));
                CHECK(delivery.lastError.contains(QStringLiteral("sms")));
                ++failed;
            } else {
                CHECK(delivery.status == QStringLiteral("queued"));
                ++queued;
            }
        }
        CHECK(failed == 1);
        CHECK(queued == 1);
        // An unknown number, or one that is no number: nothing, and no error.
        REQUIRE(d.db().transaction([&]() -> Status {
                          done = OptOut::withdrawPhone(d.db(), QStringLiteral("not a number"), d.now);
                          return done ? Status{} : Status(done.error());
                      }).ok());
        CHECK(done->citizenIds.isEmpty());
        // The citizen's record says so after a round trip through its JSON (what a sync carries).
        CHECK(citizenFromJson(citizenToJson(after)).consents == after.consents);
    }
    SECTION("the words that stop, alone, in the municipalities' languages; a longer answer is a message")
    {
        for (const char *stop : {"STOP", "stop", " Stop. ", "STOP ALL", "ΣΤΟΠ", "στοπ", "Διαγραφή", "BASTA", "Prou", "DEZABONARE", "baja", "unsubscribe"})
            CHECK(OptOut::isStop(QString::fromUtf8(stop)));
        for (const char *message : {"", "stop the noise at my street", "ok thanks", "Σταματήστε τον θόρυβο", "STOPP"})
            CHECK_FALSE(OptOut::isStop(QString::fromUtf8(message)));
        CHECK(OptOut::answer(true, QStringLiteral("el"), QStringLiteral("Δήμος")).startsWith(QStringLiteral("Δήμος: δεν θα λαμβάνετε")));
        CHECK(OptOut::answer(true, QStringLiteral("xx"), QStringLiteral("Town")) == QStringLiteral("Town: you will receive no more SMS from us."));
    }
    SECTION("links signed with the file's secret: another citizen's, another channel, another file's are refused")
    {
        REQUIRE(NotifyLinks::secret(d.db()).isEmpty()); // a desk alone has none until a server makes it
        REQUIRE(NotifyLinks::ensureSecret(d.db()).ok());
        const QByteArray secret = NotifyLinks::secret(d.db());
        REQUIRE(secret.size() == 32);
        REQUIRE(NotifyLinks::ensureSecret(d.db()).ok());
        CHECK(NotifyLinks::secret(d.db()) == secret); // made once
        const QString token = NotifyLinks::optOutToken(secret, c.id, ContactChannel::Email);
        const auto who = NotifyLinks::readOptOutToken(secret, token);
        REQUIRE(who);
        CHECK(who->first == c.id);
        CHECK(who->second == ContactChannel::Email);
        QString otherChannel = token;
        otherChannel.replace(QStringLiteral(".email."), QStringLiteral(".sms."));
        CHECK_FALSE(NotifyLinks::readOptOutToken(secret, otherChannel));
        QString otherCitizen = token;
        otherCitizen[0] = otherCitizen[0] == u'0' ? u'1' : u'0';
        CHECK_FALSE(NotifyLinks::readOptOutToken(secret, otherCitizen));
        CHECK_FALSE(NotifyLinks::readOptOutToken(QByteArray(32, 'x'), token));
        CHECK_FALSE(NotifyLinks::readOptOutToken(secret, QStringLiteral("garbage")));
        CHECK_FALSE(NotifyLinks::readOptOutToken(QByteArray(), token));
        CHECK(NotifyLinks::verify(secret, QStringLiteral("report:n1"), NotifyLinks::reportKey(secret, QStringLiteral("n1"))));
        CHECK_FALSE(NotifyLinks::verify(secret, QStringLiteral("report:n2"), NotifyLinks::reportKey(secret, QStringLiteral("n1"))));
    }
    SECTION("delivery reports: a final one is never replaced by a late passing one")
    {
        const QString id = NotificationStore(d.db()).ofRequest(request->id).constLast().first.id;
        NotificationStore store(d.db());
        CHECK(store.recordReport(id, QStringLiteral("accepted"), d.now).value());
        CHECK(store.recordReport(id, QStringLiteral("delivered"), d.now + 5).value());
        CHECK_FALSE(store.recordReport(id, QStringLiteral("accepted"), d.now + 9).value());
        CHECK_FALSE(store.recordReport(QStringLiteral("no-such-message"), QStringLiteral("delivered"), d.now).value());
        CHECK(store.delivery(id)->report == QStringLiteral("delivered"));
        CHECK(store.delivery(id)->reportedAt == d.now + 5);
        const QString other = NotificationStore(d.db()).ofRequest(request->id).constFirst().first.id;
        REQUIRE(other != id);
        CHECK_FALSE(store.recordReport(other, QStringLiteral("lost in space"), d.now).ok()); // not a report the file knows
    }
}
