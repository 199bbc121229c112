// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailintake.h"

#include "core/channels/reportintake.h"
#include "core/commands/command.h"
#include "core/desk/intake.h"
#include "core/domain/enums.h"
#include "core/notify/mailmessage.h"
#include "core/storage/inboundmailstore.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "core/util/tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace CivicDesk {

MailIntake::MailIntake(Database &db, CommandRunner &runner, Clock clock)
    : m_db(db)
    , m_runner(runner)
    , m_clock(std::move(clock))
    , m_reports(std::make_unique<ReportIntake>(db, runner, m_clock))
{
}

MailIntake::~MailIntake() = default;

Result<MailOutcome> MailIntake::take(const QByteArray &raw, const QString &ownAddress, bool truncated, qint64 fullSize)
{
    const qint64 now = m_clock();
    MailParser::Limits limits;
    limits.truncated = truncated;
    MailParser::Mail mail = MailParser::parse(raw, limits);
    if (truncated)
        mail.problems.prepend(Tr::tr("The message was %1 MB: only its beginning was read, without its attachments.")
                                  .arg(double(fullSize) / (1024 * 1024), 0, 'f', 1));
    MailOutcome out;
    const auto ignored = [&](const QString &reason) {
        out.kind = MailOutcome::Kind::Ignored;
        out.reason = reason;
        return out;
    };
    if (!mail.automatic.isEmpty())
        return ignored(mail.automatic);
    if (!Mail::isAddress(mail.fromAddress))
        return ignored(QStringLiteral("no sender address one could answer (From: %1)").arg(mail.fromAddress.left(100)));
    if (!ownAddress.isEmpty() && mail.fromAddress.compare(ownAddress, Qt::CaseInsensitive) == 0)
        return ignored(QStringLiteral("sent from the mailbox's own address (a loop)"));
    const QString messageId = !mail.messageId.isEmpty()
                                  ? mail.messageId
                                  : QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    InboundMailStore mails(m_db);
    const Tenant tenant = OrganisationRepository(m_db).tenant().value_or(Tenant{});
    if (const std::optional<InboundMailStore::Row> seen = mails.byMessageId(tenant.id, messageId)) {
        out.kind = MailOutcome::Kind::Repeated;
        out.mailId = seen->id;
        return out;
    }
    if (mails.countFrom(mail.fromAddress, now - 3600 * 1000) >= maxPerHour)
        return ignored(QStringLiteral("more than %1 messages from %2 within an hour (a loop?)").arg(maxPerHour).arg(mail.fromAddress));

    CitizenReport who;
    who.channel = Channel::Email;
    who.email = mail.fromAddress;
    const qsizetype space = mail.fromName.lastIndexOf(u' ');
    who.givenName = space > 0 ? mail.fromName.left(space) : QString();
    who.familyName = space > 0 ? mail.fromName.mid(space + 1) : mail.fromName;
    who.consentEmail = true; // they wrote from this address: the answer goes back to it

    QJsonObject m{{QStringLiteral("messageId"), messageId},
                  {QStringLiteral("fromAddress"), mail.fromAddress},
                  {QStringLiteral("fromName"), mail.fromName},
                  {QStringLiteral("subject"), mail.subject}};

    // A reply about a request: its tracking number in the subject ("Re: Δήμος … · 26-S0-00012"), from that
    // request's own citizen (anyone can type a number).
    static const QRegularExpression tracking(QStringLiteral("\\b(\\d{2}-[A-Za-z0-9]{2}-\\d{3,7})\\b"));
    const QRegularExpressionMatch number = tracking.match(mail.subject);
    if (number.hasMatch()) {
        const std::optional<ServiceRequest> request = RequestRepository(m_db).byTrackingNumber(number.captured(1).toUpper());
        const QString citizen = m_reports->citizenOf(who);
        if (request && !citizen.isEmpty() && request->citizenId == citizen) {
            QString words = MailParser::withoutQuote(mail.text);
            if (words.isEmpty())
                words = Tr::tr("(no text)");
            QStringList extra;
            for (const MailParser::Mail::Attachment &a : mail.attachments)
                extra.append(a.fileName);
            QString note = Tr::tr("E-mail from %1: %2").arg(mail.fromAddress, words.left(ReportIntake::maxDescription));
            if (!extra.isEmpty())
                note += u'\n' + Tr::tr("Attached, not kept with the note: %1").arg(extra.join(QStringLiteral(", ")));
            m.insert(QStringLiteral("body"), words);
            m.insert(QStringLiteral("citizenId"), citizen);
            m.insert(QStringLiteral("requestId"), request->id);
            m.insert(QStringLiteral("note"), note);
            const Result<QJsonObject> done = ReportIntake::runAs(m_runner, QString::fromLatin1(CommandName::ReceiveMail),
                                                                 {{QStringLiteral("mail"), m}}, toCode(Channel::Email), now);
            if (!done)
                return done.error();
            out.kind = MailOutcome::Kind::Note;
            out.mailId = done->value(QStringLiteral("mailId")).toString();
            out.requestId = request->id;
            out.trackingNumber = request->trackingNumber;
            return out;
        }
    }

    const Result<QString> citizen = m_reports->enrol(who, now);
    if (!citizen)
        return citizen.error();
    IntakeDraft photos;
    QStringList problems = mail.problems;
    const QString store = m_reports->intake().attachmentDirectory();
    for (const MailParser::Mail::Attachment &a : mail.attachments) {
        if (a.bytes.isEmpty())
            continue; // too large: said already
        const QString mime = QMimeDatabase().mimeTypeForData(a.bytes).name();
        if (!mime.startsWith(QLatin1String("image/"))) {
            problems.append(Tr::tr("%1 was not kept: not a photo (%2).").arg(a.fileName, mime));
            continue;
        }
        Result<StoredPhoto> stored = storePhotoBytes(store, a.bytes, a.fileName);
        if (!stored) {
            problems.append(Tr::tr("%1 was not kept: %2").arg(a.fileName, stored.error().message));
            continue;
        }
        photos.photos.append(stored.value());
    }
    m.insert(QStringLiteral("citizenId"), citizen.value());
    m.insert(QStringLiteral("body"), mail.text);
    m.insert(QStringLiteral("photos"), photos.toJson().value(QStringLiteral("photos")).toArray());
    m.insert(QStringLiteral("problems"), problems.join(u'\n'));
    const Result<QJsonObject> done = ReportIntake::runAs(m_runner, QString::fromLatin1(CommandName::ReceiveMail), {{QStringLiteral("mail"), m}},
                                                         toCode(Channel::Email), now);
    if (!done)
        return done.error();
    out.kind = MailOutcome::Kind::Waiting;
    out.mailId = done->value(QStringLiteral("mailId")).toString();
    return out;
}

} // namespace CivicDesk
