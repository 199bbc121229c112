// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace CivicDesk::Mail {

/// An e-mail to a citizen as the bytes an SMTP server is given (RFC 5322 and MIME): UTF-8 throughout, the text
/// and an HTML copy of it as alternatives, the Message-ID every attempt at it carries, a List-Unsubscribe header
/// and Auto-Submitted (so that an autoresponder does not answer it).
struct Message
{
    QString fromAddress;
    QString fromName;
    QString to;
    QString subject;
    QString text;
    QString html;        ///< the HTML alternative (empty: the text made into HTML)
    QString messageId;   ///< without the angle brackets: "id@host"
    QString unsubscribe;     ///< an https: address that stops the e-mails in one click (RFC 8058), or a mailto:, or empty
    QString unsubscribeMail; ///< a mailto: address that does it too, or empty
    qint64 date = 0;     ///< ms since the epoch

    QByteArray toBytes() const;
};

/// Whether @p address can be an e-mail address (one @, a dot in the domain, no spaces, no angle brackets, no
/// line breaks): what a server would refuse for its form is refused here first, never retried.
bool isAddress(const QString &address);

} // namespace CivicDesk::Mail
