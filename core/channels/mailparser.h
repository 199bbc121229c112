// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMultiMap>
#include <QString>
#include <QStringList>

namespace CivicDesk::MailParser {

/// How much of a message is read: what a citizen's e-mail may hold before parts of it are dropped.
struct Limits
{
    qint64 maxPartBytes = 25LL * 1024 * 1024; ///< an attachment larger than this is not kept (the photo store's limit)
    int maxParts = 64;                          ///< parts after these are not read
    int maxDepth = 8;                           ///< multiparts nested deeper are not read
    int maxTextChars = 20000;                   ///< the text is cut here
    bool truncated = false;                     ///< the bytes given are only the beginning of the message
};

/// A citizen's e-mail as the desk reads it (RFC 5322 and MIME): who sent it, what they wrote and what they
/// attached. Reading never fails: what cannot be read is said in problems, in plain words, and left out.
struct Mail
{
    QString messageId;   ///< without angle brackets; empty when the message has none
    QString fromAddress; ///< lower-case
    QString fromName;
    QString subject;
    QString inReplyTo;
    QStringList references;
    QString text;        ///< the text/plain part, else the HTML part's text
    struct Attachment
    {
        QString fileName;
        QString mimeType; ///< as the message declares it
        QByteArray bytes;
        qint64 size = 0;  ///< decoded size (bytes is empty when it was too large)
    };
    QList<Attachment> attachments;
    QStringList problems;
    /// Set when the message was made by a machine, not written by a person: an auto-reply, a delivery report,
    /// a mailing list, a bulk message; the reason in English for the log.
    QString automatic;
    bool truncated = false; ///< only the beginning of the message was read
    QMultiMap<QByteArray, QByteArray> headers; ///< lower-case name → raw (unfolded) value
};

Mail parse(const QByteArray &raw, const Limits &limits = {});

/// RFC 2047 encoded words ("=?UTF-8?B?…?=") of a header value decoded; other text as UTF-8 (Latin-1 when it is
/// not valid UTF-8).
QString decodeHeader(const QByteArray &value);
/// The address and the display name of a From or To header.
std::pair<QString, QString> parseAddress(const QString &header);
/// @p text without the quoted message a reply carries below (or above) the new words.
QString withoutQuote(const QString &text);

} // namespace CivicDesk::MailParser
