// SPDX-License-Identifier: GPL-3.0-or-later
// E-mail intake: citizens' messages read as MIME (charsets, encodings, attachments, broken structure), turned
// into e-mails waiting at the dispatch desk or notes on their requests, machines' messages and loops dropped;
// and the whole way through a real IMAP server (Debian's Dovecot on loopback).
#include "testsupport.h"
#include "../notify/dovecot.h"

#include "core/channels/mailbox.h"
#include "core/channels/mailintake.h"
#include "core/channels/mailparser.h"
#include "core/commands/command.h"
#include "core/commands/commandrunner.h"
#include "core/desk/gazetteer.h"
#include "core/desk/intake.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/inboundmailstore.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/sqlitestatement.h"
#include "core/workflow/engine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

QByteArray jpeg(int side = 64)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&out, "JPG"));
    return bytes;
}

QByteArray base64Lines(const QByteArray &bytes)
{
    QByteArray out;
    const QByteArray b = bytes.toBase64();
    for (qsizetype i = 0; i < b.size(); i += 76)
        out += b.mid(i, 76) + "\r\n";
    return out;
}

/// A citizen's message: Greek text in ISO-8859-7 quoted-printable, a photo, and whatever @p extra adds.
QByteArray message(const QByteArray &from, const QByteArray &subject, const QByteArray &id, const QByteArray &text,
                   const QList<std::pair<QByteArray, QByteArray>> &attachments = {}, const QByteArray &headers = {})
{
    QByteArray m = "From: " + from + "\r\nTo: report@example.gr\r\nSubject: " + subject + "\r\nMessage-ID: <" + id
                   + ">\r\nDate: Tue, 01 Dec 2026 10:00:00 +0200\r\nMIME-Version: 1.0\r\n" + headers
                   + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\nThis is a MIME message.\r\n--b1\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                   + text + "\r\n";
    for (const auto &[name, bytes] : attachments)
        m += "--b1\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"" + name
             + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64Lines(bytes);
    m += "--b1--\r\n";
    return m;
}

struct Intake
{
    Demo d;
    CommandRunner runner{d.db()};
    MailIntake mail{d.db(), runner, d.clock};

    MailOutcome take(const QByteArray &raw)
    {
        Result<MailOutcome> out = Error{};
        REQUIRE(d.db().transaction([&]() -> Status {
                          out = mail.take(raw, QStringLiteral("report@example.gr"));
                          return out ? Status{} : Status(out.error());
                      })
                    .ok());
        return out.value();
    }
};

} // namespace

TEST_CASE("mail: MIME read as a citizen wrote it: charsets, encodings, names, HTML, quotes", "[mail]")
{
    // Encoded words in the subject and the sender's name; a Greek ISO-8859-7 quoted-printable text; a base64
    // photo whose name is RFC 2231-encoded.
    const QByteArray raw =
        "From: =?UTF-8?B?zpzOsc+Bzq/OsSDOoM6xz4DOsc60zr/PgM6/z43Ou86/z4U=?= <Maria.P@Example.ORG>\r\n"
        "Subject: =?ISO-8859-7?Q?=D3=EA=EF=F5=F0=DF=E4=E9=E1?= =?UTF-8?Q?_=CF=83=CF=84=CE=BF=CE=BD?= δρόμο\r\n"
        "Message-ID: <abc@example.org>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed;\r\n boundary=\"==outer==\"\r\n\r\n"
        "--==outer==\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
        "--inner\r\nContent-Type: text/plain; charset=\"iso-8859-7\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        "=D3=EA=EF=F5=F0=DF=E4=E9=E1 =F3=F4=E7=ED =CF=E4=FC =C5=F1=EC=EF=FD 12,=\r\n =EC=F0=F1=EF=F3=F4=DC =F3=F4=EF =F3=F7=EF=EB=E5=DF=EF.\r\n"
        "--inner\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML copy</p>\r\n--inner--\r\n"
        "--==outer==\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename*=UTF-8''%CF%86%CF%89%CF%84%CE%BF.jpg\r\n\r\n"
        + base64Lines(jpeg()) + "--==outer==--\r\n";
    const MailParser::Mail m = MailParser::parse(raw);
    CHECK(m.messageId == QStringLiteral("abc@example.org"));
    CHECK(m.fromAddress == QStringLiteral("maria.p@example.org"));
    CHECK(m.fromName == QStringLiteral("Μαρία Παπαδοπούλου"));
    CHECK(m.subject == QStringLiteral("Σκουπίδια στον δρόμο"));
    CHECK(m.text == QStringLiteral("Σκουπίδια στην Οδό Ερμού 12, μπροστά στο σχολείο."));
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].fileName == QStringLiteral("φωτο.jpg"));
    CHECK(m.attachments[0].bytes == jpeg());
    CHECK(m.problems.isEmpty());
    CHECK(m.automatic.isEmpty());

    // HTML only: its words, without markup, scripts or styles.
    const MailParser::Mail html = MailParser::parse("From: a@example.org\r\nContent-Type: text/html; charset=windows-1253\r\n\r\n"
                                                    "<html><head><style>p{}</style></head><body><p>\xC3\xE5\xE9\xDC &amp; <b>bye</b></p>"
                                                    "<script>alert(1)</script><p>&#945;&#x3b2;</p></body></html>");
    CHECK(html.text == QStringLiteral("Γειά & bye\nαβ"));

    // A reply: the quoted message below the new words goes.
    CHECK(MailParser::withoutQuote(QStringLiteral("Still broken.\n\nOn Tue, 1 Dec 2026, Δήμος wrote:\n> Your request 26-S0-00012\n> was resolved"))
          == QStringLiteral("Still broken."));
    CHECK(MailParser::withoutQuote(QStringLiteral("Ακόμα χαλασμένο.\nΣτις 1/12/2026 ο Δήμος έγραψε:\n> Το αίτημά σας")) == QStringLiteral("Ακόμα χαλασμένο."));
}

TEST_CASE("mail: broken and hostile messages are read as far as they go and say what is missing", "[mail][bad]")
{
    // No boundary, a part cut short, parts nested too deep, a part too large, NUL bytes, undeclared 8-bit text.
    const MailParser::Mail noBoundary = MailParser::parse("From: a@example.org\r\nContent-Type: multipart/mixed\r\n\r\nhello");
    CHECK(noBoundary.text.isEmpty());
    CHECK(noBoundary.problems.size() == 1);

    const MailParser::Mail cut = MailParser::parse("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
                                                   "Content-Type: text/plain\r\n\r\nthe text\r\n--x\r\nContent-Type: image/jpeg\r\n"
                                                   "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRg");
    CHECK(cut.text == QStringLiteral("the text"));
    CHECK(cut.problems.join(u' ').contains(QStringLiteral("cut short")));

    QByteArray deep = "From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n";
    for (int i = 1; i < 12; ++i)
        deep += "--b" + QByteArray::number(i - 1) + "\r\nContent-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n";
    const MailParser::Mail nested = MailParser::parse(deep);
    CHECK(nested.problems.join(u' ').contains(QStringLiteral("nested")));

    MailParser::Limits small;
    small.maxPartBytes = 1000;
    const MailParser::Mail large = MailParser::parse(message("a@example.org", "x", "l@x", "see photo", {{"big.jpg", jpeg(400)}}), small);
    REQUIRE(large.attachments.size() == 1);
    CHECK(large.attachments[0].bytes.isEmpty());
    CHECK(large.problems.join(u' ').contains(QStringLiteral("big.jpg")));

    const MailParser::Mail raw8bit = MailParser::parse(QByteArray("From: a@example.org\r\nSubject: caf\xe9\r\n\r\nna\0me caf\xe9", 50));
    CHECK(raw8bit.subject == QStringLiteral("café"));
    CHECK(!raw8bit.text.contains(QChar(0)));

    // Garbage is not a message, but reading it does not fail.
    const MailParser::Mail garbage = MailParser::parse(QByteArray(5000, '\xff'));
    CHECK(garbage.fromAddress.isEmpty());

    // Machines' messages are known as such.
    for (const QByteArray &h : {QByteArray("Auto-Submitted: auto-replied\r\n"), QByteArray("Precedence: bulk\r\n"), QByteArray("X-Autoreply: yes\r\n"),
                                QByteArray("List-Id: <news.example.org>\r\n"), QByteArray("Return-Path: <>\r\n")})
        CHECK(!MailParser::parse("From: a@example.org\r\n" + h + "Subject: Out of office\r\n\r\naway").automatic.isEmpty());
    CHECK(MailParser::parse("From: a@example.org\r\nAuto-Submitted: no\r\n\r\nhi").automatic.isEmpty());
    CHECK(!MailParser::parse("From: MAILER-DAEMON@example.org\r\n\r\nundeliverable").automatic.isEmpty());
}

TEST_CASE("mail: a new message waits at the dispatch desk, a reply to a request becomes its note, machines and loops are dropped", "[mail]")
{
    Intake in;
    Demo &d = in.d;
    InboundMailStore mails(d.db());

    // A resident who is not in the registry writes about rubbish, with a photo and a PDF.
    const MailOutcome first = in.take(message("Νίκος Αντωνίου <nikos@example.org>", "Σκουπίδια", "m1@example.org",
                                              "Σκουπίδια στην Ερμού 12 εδώ και μια εβδομάδα.", {{"photo.jpg", jpeg()}, {"letter.pdf", "%PDF-1.4 ..."}}));
    REQUIRE(first.kind == MailOutcome::Kind::Waiting);
    REQUIRE(mails.waitingCount() == 1);
    const InboundMailStore::Row waiting = *mails.byId(first.mailId);
    CHECK(waiting.fromAddress == QStringLiteral("nikos@example.org"));
    CHECK(waiting.subject == QStringLiteral("Σκουπίδια"));
    CHECK(waiting.body.startsWith(QStringLiteral("Σκουπίδια στην Ερμού 12")));
    CHECK(waiting.problems.contains(QStringLiteral("letter.pdf")));
    const QJsonArray photos = QJsonDocument::fromJson(waiting.photosJson.toUtf8()).array();
    REQUIRE(photos.size() == 1);
    const QString store = attachmentDirectoryOf(d.t.path);
    CHECK(QFile::exists(store + u'/' + photos[0].toObject().value(QStringLiteral("storedPath")).toString()));
    // Registered by the e-mail channel, reachable at the address they wrote from.
    const std::optional<Citizen> nikos = CitizenRepository(d.db()).get(waiting.citizenId);
    REQUIRE(nikos.has_value());
    CHECK(nikos->givenName == QStringLiteral("Νίκος"));
    CHECK(nikos->familyName == QStringLiteral("Αντωνίου"));
    REQUIRE(nikos->emails.size() == 1);
    CHECK(nikos->emails[0].address == QStringLiteral("nikos@example.org"));

    // The same message read again (the mailbox was not told in time) is not taken twice.
    CHECK(in.take(message("Νίκος Αντωνίου <nikos@example.org>", "Σκουπίδια", "m1@example.org", "again")).kind == MailOutcome::Kind::Repeated);
    CHECK(mails.waitingCount() == 1);

    // An operator files it as a request: the e-mail is handled with it, in the same command.
    IntakeDraft draft;
    draft.channel = Channel::Email;
    draft.typeId = d.type("waste.street").id;
    draft.citizenId = waiting.citizenId;
    const AddressMatch where = *Gazetteer(d.db()).resolve(QStringLiteral("Ερμού 12"));
    draft.address = where.label;
    draft.location = where.location;
    draft.districtId = where.districtId;
    draft.description = waiting.body;
    draft.mailId = first.mailId;
    draft.photos.append({photos[0].toObject().value(QStringLiteral("sha256")).toString(), QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"),
                         photos[0].toObject().value(QStringLiteral("size")).toString().toLongLong(),
                         photos[0].toObject().value(QStringLiteral("storedPath")).toString()});
    const Result<QJsonObject> filed = in.runner.run(Command{newRowId(d.now), QString::fromLatin1(CommandName::FileRequest), d.now, d.operatorId,
                                                            {{QStringLiteral("draft"), draft.toJson()}}});
    REQUIRE(filed.ok());
    const QString requestId = filed->value(QStringLiteral("requestId")).toString();
    const QString tracking = filed->value(QStringLiteral("trackingNumber")).toString();
    CHECK(mails.waitingCount() == 0);
    CHECK(mails.byId(first.mailId)->requestId == requestId);
    CHECK(mails.byId(first.mailId)->state == InboundMailStore::State::Filed);
    // A second operator who opened the same e-mail cannot file it again.
    const Result<QJsonObject> again = in.runner.run(Command{newRowId(d.now + 1), QString::fromLatin1(CommandName::FileRequest), d.now + 1, d.operatorId,
                                                            {{QStringLiteral("draft"), draft.toJson()}}});
    REQUIRE(!again.ok());
    CHECK(again.error().code == QStringLiteral("mail.handled"));

    // Their reply to the confirmation names the tracking number: a note on the request, the quote left out.
    const QByteArray reply = message("nikos@example.org", "Re: =?UTF-8?B?zpTOrs68zr/Pgg==?= · " + tracking.toUtf8(), "m2@example.org",
                                     "Ακόμα εκεί, και μυρίζει.\r\n\r\nΣτις 1/12 ο Δήμος έγραψε:\r\n> Το αίτημά σας καταχωρήθηκε");
    const MailOutcome note = in.take(reply);
    REQUIRE(note.kind == MailOutcome::Kind::Note);
    CHECK(note.requestId == requestId);
    {
        SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT body FROM request_event WHERE request_id = ? AND kind = 'note' ORDER BY at DESC LIMIT 1");
        s.bind(1, requestId);
        REQUIRE(s.step());
        CHECK(s.text(0).contains(QStringLiteral("Ακόμα εκεί, και μυρίζει.")));
        CHECK(!s.text(0).contains(QStringLiteral("καταχωρήθηκε")));
    }
    CHECK(mails.waitingCount() == 0);

    // The same number from someone else is not their request: it waits at the desk like any message.
    CHECK(in.take(message("other@example.org", "About " + tracking.toUtf8(), "m3@example.org", "I saw it too")).kind == MailOutcome::Kind::Waiting);

    // An autoresponder, a bounce, the mailbox's own address, no sender: dropped, nothing written.
    const qint64 before = mails.waitingCount();
    CHECK(in.take(message("nikos@example.org", "Out of office", "m4@example.org", "I am away", {}, "Auto-Submitted: auto-replied\r\n")).kind
          == MailOutcome::Kind::Ignored);
    CHECK(in.take(message("MAILER-DAEMON@example.gr", "Undelivered", "m5@example.org", "failed")).kind == MailOutcome::Kind::Ignored);
    CHECK(in.take(message("report@example.gr", "loop", "m6@example.org", "ourselves")).kind == MailOutcome::Kind::Ignored);
    CHECK(in.take(message("not an address", "x", "m7@example.org", "x")).kind == MailOutcome::Kind::Ignored);
    CHECK(mails.waitingCount() == before);

    // A sender writing in a loop: after maxPerHour messages in an hour, the rest are dropped.
    int kept = 0;
    for (int i = 0; i < MailIntake::maxPerHour + 5; ++i)
        if (in.take(message("robot@example.org", "Ticket", "loop" + QByteArray::number(i) + "@example.org", "again")).kind == MailOutcome::Kind::Waiting)
            ++kept;
    CHECK(kept == MailIntake::maxPerHour);

    // Set aside by an operator: it leaves the list, with the reason.
    const QString spam = mails.waiting().last().id;
    REQUIRE(in.runner.run(Command{newRowId(d.now + 2), QString::fromLatin1(CommandName::SetMailAside), d.now + 2, d.operatorId,
                                  {{QStringLiteral("mailId"), spam}, {QStringLiteral("reason"), QStringLiteral("spam")}}})
                .ok());
    CHECK(mails.byId(spam)->state == InboundMailStore::State::SetAside);
    // Only the mailbox brings e-mails in: an operator cannot make one up.
    const Result<QJsonObject> forged = in.runner.run(Command{newRowId(d.now + 3), QString::fromLatin1(CommandName::ReceiveMail), d.now + 3, d.operatorId,
                                                             {{QStringLiteral("mail"), QJsonObject{{QStringLiteral("messageId"), QStringLiteral("f@x")},
                                                                                                    {QStringLiteral("fromAddress"), QStringLiteral("f@x.org")}}}}});
    CHECK(!forged.ok());
}

TEST_CASE("mail: a real IMAP mailbox (Dovecot) read by the runner: each message once, marked taken, a wrong password said", "[mail][imap]")
{
    Imap::DovecotServer dovecot;
    Demo d;
    {
        REQUIRE(writeMailboxSettings(d.db(), dovecot.settings()).ok());
    }
    ImapMailbox deliver(dovecot.settings());
    INFO(dovecot.log().toStdString());
    REQUIRE(deliver.append(message("Ελένη Κ <eleni@example.org>", "Λακκούβα", "i1@example.org", "Λακκούβα στην Ερμού 14.", {{"a.jpg", jpeg()}})).ok());
    REQUIRE(deliver.append(message("eleni@example.org", "Automatic reply", "i2@example.org", "away", {}, "Auto-Submitted: auto-replied\r\n")).ok());
    // A message over the limit of what is read whole: its beginning is read, the rest said.
    const QByteArray huge = message("big@example.org", "Video", "i3@example.org", "See the video of the flood.",
                                    {{"flood.mp4", QByteArray(ImapMailbox::maxWholeBytes * 3 / 4 + 1024 * 1024, 'v')}});
    REQUIRE(huge.size() > ImapMailbox::maxWholeBytes);
    REQUIRE(deliver.append(huge).ok());

    MailboxRunner runner(d.t.path, d.clock);
    QSignalSpy rounds(&runner, &MailboxRunner::roundDone);
    runner.start();
    QElapsedTimer t;
    t.start();
    InboundMailStore mails(d.db());
    while (mails.waitingCount() < 2 && t.elapsed() < 60000)
        QTest::qWait(100);
    runner.stop();
    REQUIRE(mails.waitingCount() == 2);
    const QList<InboundMailStore::Row> rows = mails.waiting();
    CHECK(rows[0].fromAddress == QStringLiteral("eleni@example.org"));
    CHECK(QJsonDocument::fromJson(rows[0].photosJson.toUtf8()).array().size() == 1);
    CHECK(rows[1].fromAddress == QStringLiteral("big@example.org"));
    CHECK(rows[1].body == QStringLiteral("See the video of the flood."));
    CHECK(rows[1].problems.contains(QStringLiteral("only its beginning was read")));
    // Every message is marked taken, the autoreply too: nothing is read again.
    ImapMailbox check(dovecot.settings());
    const Result<QList<qint64>> left = check.waiting();
    REQUIRE(left.ok());
    CHECK(left->isEmpty());

    // A message read again before it was marked (the runner stopped in between) is recognised.
    REQUIRE(deliver.append(message("Ελένη Κ <eleni@example.org>", "Λακκούβα", "i1@example.org", "Λακκούβα στην Ερμού 14.")).ok());
    MailboxRunner second(d.t.path, d.clock);
    second.start();
    t.restart();
    while (t.elapsed() < 60000) {
        const Result<QList<qint64>> now = check.waiting();
        if (now.ok() && now->isEmpty())
            break;
        QTest::qWait(100);
    }
    second.stop();
    CHECK(mails.waitingCount() == 2);

    // A wrong password: said in the round's problem, nothing lost.
    MailboxSettings wrong = dovecot.settings();
    wrong.password = QStringLiteral("not-it");
    REQUIRE(writeMailboxSettings(d.db(), wrong).ok());
    REQUIRE(deliver.append(message("late@example.org", "x", "i4@example.org", "late")).ok());
    MailboxRunner refused(d.t.path, d.clock);
    QSignalSpy said(&refused, &MailboxRunner::roundDone);
    refused.start();
    REQUIRE(said.wait(30000));
    refused.stop();
    CHECK(said.first().at(3).toString().contains(QStringLiteral("refused")));
    CHECK(mails.waitingCount() == 2);
    CHECK(check.waiting()->size() == 1);
}
