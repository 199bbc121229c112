// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/channels/mailbox.h"
#include "core/notify/links.h"
#include "core/notify/outbox.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace CivicDesk::Admin {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("admin", text);
}

/// --per-minute N into @p perMinute; false (with the message printed) when it is not a count.
bool readPerMinute(const QCommandLineParser &p, int &perMinute)
{
    if (!p.isSet(QStringLiteral("per-minute")))
        return true;
    bool ok = false;
    perMinute = p.value(QStringLiteral("per-minute")).toInt(&ok);
    if (!ok || perMinute < 0) {
        fail(tr("--per-minute takes a number of messages a minute (0: no limit)."));
        return false;
    }
    return true;
}

void printRate(int perMinute)
{
    if (perMinute > 0)
        out() << "at most " << perMinute << " messages a minute" << Qt::endl;
}
} // namespace

/// Prints how the file's messages to citizens are sent by e-mail, or sets it (checked first): --smtp URL
/// --mail-from ADDRESS [--mail-name NAME] [--login LOGIN, the password on standard input] [--require-tls]
/// [--ca FILE]; --smtp= stops the sending.
int commandMailSettings(const QCommandLineParser &p, Database &db)
{
    if (p.isSet(QStringLiteral("smtp"))) {
        SmtpSettings s;
        s.url = p.value(QStringLiteral("smtp"));
        if (!s.url.isEmpty()) {
            s.fromAddress = p.value(QStringLiteral("mail-from"));
            s.fromName = p.value(QStringLiteral("mail-name"));
            s.requireTls = p.isSet(QStringLiteral("require-tls"));
            if (p.isSet(QStringLiteral("ca")))
                s.caFile = QFileInfo(p.value(QStringLiteral("ca"))).absoluteFilePath();
            if (!readPerMinute(p, s.perMinute))
                return 1;
            if (p.isSet(QStringLiteral("login"))) {
                s.login = p.value(QStringLiteral("login"));
                s.password = readPassword();
            }
        }
        if (Status st = writeSmtpSettings(db, s); !st)
            return fail(st.error());
    }
    const Result<std::optional<SmtpSettings>> now = readSmtpSettings(db);
    if (!now)
        return fail(now.error());
    if (!now.value()) {
        out() << "no mail server: messages to citizens by e-mail wait in the outbox" << Qt::endl;
        return 0;
    }
    const SmtpSettings &s = *now.value();
    out() << "smtp " << s.url << (s.requireTls ? " (TLS required)" : "") << Qt::endl;
    out() << "from " << (s.fromName.isEmpty() ? QString() : s.fromName + QLatin1Char(' ')) << '<' << s.fromAddress << '>' << Qt::endl;
    if (!s.login.isEmpty())
        out() << "login " << s.login << " (password kept)" << Qt::endl;
    printRate(s.perMinute);
    return 0;
}

/// Prints the mailbox citizens write to (read into the dispatch desk's list), or sets it (checked first): --imap
/// URL --login LOGIN (the password on standard input) [--mailbox-address ADDRESS] [--every SECONDS]
/// [--require-tls] [--ca FILE]; --imap= stops the reading.
int commandMailboxSettings(const QCommandLineParser &p, Database &db)
{
    if (p.isSet(QStringLiteral("imap"))) {
        MailboxSettings s;
        s.url = p.value(QStringLiteral("imap"));
        if (!s.url.isEmpty()) {
            s.login = p.value(QStringLiteral("login"));
            s.address = p.value(QStringLiteral("mailbox-address"));
            s.requireTls = p.isSet(QStringLiteral("require-tls"));
            if (p.isSet(QStringLiteral("ca")))
                s.caFile = QFileInfo(p.value(QStringLiteral("ca"))).absoluteFilePath();
            if (p.isSet(QStringLiteral("every"))) {
                bool ok = false;
                s.everySeconds = p.value(QStringLiteral("every")).toInt(&ok);
                if (!ok)
                    return fail(tr("--every takes a number of seconds."));
            }
            if (!s.login.isEmpty())
                s.password = readPassword();
        }
        if (Status st = writeMailboxSettings(db, s); !st)
            return fail(st.error());
    }
    const Result<std::optional<MailboxSettings>> now = readMailboxSettings(db);
    if (!now)
        return fail(now.error());
    if (!now.value()) {
        out() << "no mailbox: citizens' e-mails are not read" << Qt::endl;
        return 0;
    }
    const MailboxSettings &s = *now.value();
    out() << "imap " << s.url << (s.requireTls ? " (TLS required)" : "") << Qt::endl;
    out() << "login " << s.login << " (password kept)" << Qt::endl;
    if (!s.address.isEmpty())
        out() << "address " << s.address << Qt::endl;
    out() << "read every " << s.everySeconds << " s" << Qt::endl;
    return 0;
}

/// Prints how the file's messages to citizens are sent by SMS, or sets it (checked first): --sms-url URL
/// --sms-user USER (the password on standard input) [--sms-from SENDER] [--quiet-hours FROM-TO]; --sms-url= stops it.
int commandSmsSettings(const QCommandLineParser &p, Database &db)
{
    if (p.isSet(QStringLiteral("sms-url"))) {
        SmsSettings s;
        s.url = p.value(QStringLiteral("sms-url"));
        if (!s.url.isEmpty()) {
            s.username = p.value(QStringLiteral("sms-user"));
            s.from = p.value(QStringLiteral("sms-from"));
            if (p.isSet(QStringLiteral("quiet-hours"))) {
                const QStringList hours = p.value(QStringLiteral("quiet-hours")).split(u'-');
                bool okFrom = false, okTo = false;
                s.quietFrom = hours.value(0).toInt(&okFrom);
                s.quietTo = hours.value(1).toInt(&okTo);
                if (hours.size() != 2 || !okFrom || !okTo)
                    return fail(tr("--quiet-hours takes two hours of the day, FROM-TO (22-8; 0-0 for none)."));
            }
            if (!readPerMinute(p, s.perMinute))
                return 1;
            if (!s.username.isEmpty())
                s.password = readPassword();
        }
        if (Status st = writeSmsSettings(db, s); !st)
            return fail(st.error());
    }
    const Result<std::optional<SmsSettings>> now = readSmsSettings(db);
    if (!now)
        return fail(now.error());
    if (!now.value()) {
        out() << "no SMS gateway: messages to citizens by SMS wait in the outbox" << Qt::endl;
        return 0;
    }
    const SmsSettings &s = *now.value();
    out() << "sendsms " << s.url << " as " << s.username << (s.from.isEmpty() ? QString() : QStringLiteral(", from ") + s.from) << Qt::endl;
    if (s.quietFrom == s.quietTo)
        out() << "no quiet hours" << Qt::endl;
    else
        out() << "quiet hours " << s.quietFrom << ":00-" << s.quietTo << ":00, the municipality's time" << Qt::endl;
    printRate(s.perMinute);
    // On a server's tenant file: where the gateway hands the citizens' answers (STOP), signed with the file's key.
    if (Status st = NotifyLinks::ensureSecret(db); !st)
        return fail(st.error());
    out() << "citizens' answers (STOP), with the server's --public-url for URL, in the gateway's sms-service:" << Qt::endl
          << "  get-url = \"URL/citizen/" << QFileInfo(db.path()).completeBaseName() << "/sms/incoming?key="
          << NotifyLinks::inboundKey(NotifyLinks::secret(db)) << "&from=%p&text=%a\"" << Qt::endl
          << "  accept-x-kannel-headers = true" << Qt::endl;
    return 0;
}

/// Sends the e-mails and SMS that are due once (what a desk alone does by itself every half minute).
int commandSendMessages(const QCommandLineParser &, Database &db)
{
    const Result<std::optional<SmtpSettings>> mail = readSmtpSettings(db);
    if (!mail)
        return fail(mail.error());
    const Result<std::optional<SmsSettings>> sms = readSmsSettings(db);
    if (!sms)
        return fail(sms.error());
    if (!mail.value() && !sms.value())
        return fail(tr("Neither a mail server nor an SMS gateway is set for this file; see mail-settings and sms-settings."));
    OutboxRound all;
    const auto drain = [&](const std::function<Result<OutboxRound>()> &round) -> Status {
        for (;;) {
            const Result<OutboxRound> r = round();
            if (!r)
                return r.error();
            all.sent += r->sent;
            all.retried += r->retried;
            all.failed += r->failed;
            all.deferred += r->deferred;
            if (!r->lastError.isEmpty())
                all.lastError = r->lastError;
            if (r->sent + r->retried + r->failed + r->deferred == 0)
                return {};
        }
    };
    if (mail.value()) {
        SmtpSender sender(*mail.value());
        EmailOutbox outbox(db, sender, systemClock());
        if (Status st = drain([&] { return outbox.sendDue(); }); !st)
            return fail(st.error());
    }
    if (sms.value()) {
        SmsSender sender(*sms.value());
        SmsOutbox outbox(db, sender, systemClock());
        if (Status st = drain([&] { return outbox.sendDue(); }); !st)
            return fail(st.error());
    }
    out() << all.sent << " sent, " << all.retried << " to try again, " << all.failed << " failed, " << all.deferred
          << " waiting for the end of the quiet hours" << Qt::endl;
    if (!all.lastError.isEmpty())
        err() << "last trouble: " << all.lastError << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
