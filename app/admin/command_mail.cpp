// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

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
    return 0;
}

/// Sends the e-mails that are due once (what a desk alone does by itself every half minute).
int commandSendMail(const QCommandLineParser &, Database &db)
{
    const Result<std::optional<SmtpSettings>> settings = readSmtpSettings(db);
    if (!settings)
        return fail(settings.error());
    if (!settings.value())
        return fail(tr("No mail server is set for this file; set one with mail-settings --smtp URL --mail-from ADDRESS."));
    SmtpSender sender(*settings.value());
    EmailOutbox outbox(db, sender, systemClock());
    int sent = 0, retried = 0, failed = 0;
    QString problem;
    for (;;) {
        const Result<EmailOutbox::Round> round = outbox.sendDue();
        if (!round)
            return fail(round.error());
        sent += round->sent;
        retried += round->retried;
        failed += round->failed;
        if (!round->lastError.isEmpty())
            problem = round->lastError;
        if (round->sent + round->retried + round->failed == 0)
            break;
    }
    out() << sent << " sent, " << retried << " to try again, " << failed << " failed" << Qt::endl;
    if (!problem.isEmpty())
        err() << "last trouble: " << problem << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
