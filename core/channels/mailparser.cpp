// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailparser.h"

#include "core/util/tr.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace CivicDesk::MailParser {
namespace {

/// Bytes in @p charset as text: UTF-8 when it says nothing, Latin-1 when the charset is unknown.
QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty() || name == "utf-8" || name == "utf8" || name == "us-ascii") {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(bytes);
        if (!utf8.hasError())
            return text;
        if (!name.isEmpty() && name != "us-ascii")
            return text; // declared UTF-8: what is broken shows as replacement characters
        return QString::fromLatin1(bytes);
    }
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return QString::fromLatin1(bytes);
    return decoder(bytes);
}

QByteArray decodeQuotedPrintable(const QByteArray &in, bool header)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (header && c == '_') {
            out += ' ';
        } else if (c == '=') {
            if (i + 1 < in.size() && (in.at(i + 1) == '\n' || in.at(i + 1) == '\r')) { // soft line break
                ++i;
                if (in.at(i) == '\r' && i + 1 < in.size() && in.at(i + 1) == '\n')
                    ++i;
                continue;
            }
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok && i + 2 < in.size()) {
                out += char(v);
                i += 2;
            } else {
                out += c;
            }
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray decodeBody(const QByteArray &body, const QByteArray &encoding)
{
    const QByteArray e = encoding.trimmed().toLower();
    if (e == "base64")
        return QByteArray::fromBase64(body, QByteArray::Base64Encoding); // non-alphabet bytes (line breaks) skipped
    if (e == "quoted-printable")
        return decodeQuotedPrintable(body, false);
    return body;
}

struct Headers
{
    QMultiMap<QByteArray, QByteArray> values;
    QByteArray value(const char *name) const { return values.value(QByteArray(name)).trimmed(); }
};

/// Splits @p raw into its header block (unfolded) and its body.
Headers splitHeaders(const QByteArray &raw, QByteArray &body)
{
    qsizetype end = raw.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = raw.indexOf("\n\n");
    if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        skip = 2;
    }
    const QByteArray head = end < 0 ? raw : raw.left(end);
    body = end < 0 ? QByteArray() : raw.mid(end + skip);
    Headers h;
    QByteArray name, value;
    const auto flush = [&] {
        if (!name.isEmpty())
            h.values.insert(name.trimmed().toLower(), value.trimmed());
        name.clear();
        value.clear();
    };
    for (QByteArray line : head.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            value += ' ' + line.trimmed();
            continue;
        }
        flush();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header ("From " of an mbox, garbage): skipped
        name = line.left(colon);
        value = line.mid(colon + 1);
    }
    flush();
    return h;
}

/// "text/plain; charset=utf-8; name=\"a.jpg\"" → the value and its parameters (lower-case names; RFC 2231
/// "name*=UTF-8''…" and continuations "name*0=" decoded).
QByteArray headerParameters(const QByteArray &header, QMap<QByteArray, QString> &params)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const char c = header.at(i);
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            parts.append(current);
            current.clear();
        } else if (c == '\\' && quoted && i + 1 < header.size()) {
            current += header.at(++i);
        } else {
            current += c;
        }
    }
    parts.append(current);
    // RFC 2231: "name*=UTF-8''%CE%B1.jpg", or pieces "name*0*=", "name*1=" in order.
    struct Piece
    {
        QByteArray value;
        bool encoded = false;
    };
    QMap<QByteArray, QMap<int, Piece>> pieces;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype eq = parts.at(i).indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = parts.at(i).left(eq).trimmed().toLower();
        QByteArray v = parts.at(i).mid(eq + 1).trimmed();
        if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
            v = v.mid(1, v.size() - 2);
        const qsizetype star = key.indexOf('*');
        if (star <= 0) {
            params.insert(key, decodeHeader(v));
            continue;
        }
        const QByteArray rest = key.mid(star + 1);
        const bool encoded = key.endsWith('*');
        bool numbered = false;
        const int index = QByteArray(rest).replace('*', "").toInt(&numbered);
        pieces[key.left(star)].insert(numbered ? index : 0, {v, encoded});
    }
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
        QByteArray joined;
        for (const Piece &p : it.value())
            joined += p.encoded ? QByteArray::fromPercentEncoding(p.value) : p.value;
        QByteArray charset = "utf-8";
        if (!it.value().isEmpty() && it.value().first().encoded) {
            const qsizetype q1 = joined.indexOf('\''), q2 = q1 < 0 ? -1 : joined.indexOf('\'', q1 + 1);
            if (q2 > q1) {
                charset = joined.left(q1);
                joined = joined.mid(q2 + 1);
            }
        }
        params.insert(it.key(), decodeText(joined, charset));
    }
    return parts.first().trimmed().toLower();
}

/// The words of an HTML e-mail: no scripts or styles, block ends as line breaks, the common entities decoded.
QString textOfHtml(QString html)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br\\s*/?|/p|/div|/li|/tr|/h[1-6])\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]{1,6});"));
    html.remove(hidden);
    html.replace(QLatin1String("\n"), QLatin1String(" "));
    html.replace(breaks, QStringLiteral("\n"));
    html.remove(tags);
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        if (ok && code > 0 && code <= 0x10FFFF && QChar::isPrint(char32_t(code)))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = m.capturedEnd();
    }
    out += html.mid(last);
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&#39;"), QLatin1String("'"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    QStringList lines;
    for (const QString &line : out.split(u'\n'))
        lines.append(line.simplified());
    return lines.join(u'\n');
}

struct Reader
{
    const Limits &limits;
    Mail &mail;
    QString plain, html;
    int parts = 0;

    void part(const QByteArray &raw, int depth, bool digest)
    {
        if (++parts > limits.maxParts) {
            if (parts == limits.maxParts + 1)
                mail.problems.append(Tr::tr("The message has more than %1 parts; the rest were not read.").arg(limits.maxParts));
            return;
        }
        QByteArray body;
        const Headers h = splitHeaders(raw, body);
        QMap<QByteArray, QString> type;
        QByteArray mime = headerParameters(h.value("content-type"), type);
        if (mime.isEmpty())
            mime = digest ? "message/rfc822" : "text/plain";
        QMap<QByteArray, QString> disposition;
        const QByteArray how = headerParameters(h.value("content-disposition"), disposition);
        QString fileName = disposition.value("filename", type.value("name")).trimmed();
        fileName = fileName.mid(fileName.lastIndexOf(u'/') + 1).mid(fileName.lastIndexOf(u'\\') + 1).left(200);

        if (mime.startsWith("multipart/")) {
            if (depth >= limits.maxDepth) {
                mail.problems.append(Tr::tr("Parts nested more than %1 deep were not read.").arg(limits.maxDepth));
                return;
            }
            const QByteArray boundary = type.value("boundary").toUtf8();
            if (boundary.isEmpty()) {
                mail.problems.append(Tr::tr("A part of the message declares several parts but no boundary between them; it was not read."));
                return;
            }
            if (mime == "multipart/report" && mail.automatic.isEmpty())
                mail.automatic = QStringLiteral("a delivery or disposition report (multipart/report)");
            const QByteArray delimiter = "--" + boundary;
            qsizetype at = body.indexOf(delimiter);
            bool closed = false;
            while (at >= 0) {
                qsizetype start = body.indexOf('\n', at);
                if (body.mid(at + delimiter.size(), 2) == "--") {
                    closed = true;
                    break;
                }
                if (start < 0)
                    break;
                ++start;
                qsizetype next = body.indexOf("\n" + delimiter, start - 1);
                const qsizetype end = next < 0 ? body.size() : next;
                QByteArray piece = body.mid(start, end - start);
                if (piece.endsWith('\r'))
                    piece.chop(1);
                part(piece, depth + 1, mime == "multipart/digest");
                at = next < 0 ? -1 : next + 1;
            }
            if (!closed && !limits.truncated)
                mail.problems.append(Tr::tr("The message ends inside a part: it may have been cut short."));
            return;
        }
        const QByteArray decoded = decodeBody(body, h.value("content-transfer-encoding"));
        if (mime == "message/rfc822" || mime == "message/delivery-status") {
            if (mime == "message/delivery-status" && mail.automatic.isEmpty())
                mail.automatic = QStringLiteral("a delivery report (message/delivery-status)");
            return; // a forwarded or returned message: its attachments are not the sender's
        }
        const bool attached = how == "attachment" || !fileName.isEmpty();
        if (mime.startsWith("text/") && !attached) {
            const QString text = decodeText(decoded, type.value("charset").toLatin1());
            if (mime == "text/plain" && plain.isEmpty())
                plain = text;
            else if (mime == "text/html" && html.isEmpty())
                html = text;
            return;
        }
        Mail::Attachment a;
        a.fileName = fileName.isEmpty() ? QStringLiteral("attachment") : fileName;
        a.mimeType = QString::fromLatin1(mime);
        a.size = decoded.size();
        if (decoded.size() > limits.maxPartBytes)
            mail.problems.append(Tr::tr("%1 (%2 MB) was not kept: larger than %3 MB.")
                                     .arg(a.fileName)
                                     .arg(double(decoded.size()) / (1024 * 1024), 0, 'f', 1)
                                     .arg(limits.maxPartBytes / (1024 * 1024)));
        else
            a.bytes = decoded;
        mail.attachments.append(a);
    }
};

} // namespace

QString decodeHeader(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?="));
    const QString latin = QString::fromLatin1(value);
    QString out;
    qsizetype last = 0;
    bool previousWasWord = false;
    auto it = word.globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = latin.mid(last, m.capturedStart() - last);
        // White space between two encoded words is not part of the text (RFC 2047 §6.2).
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += decodeText(between.toLatin1(), QByteArray());
        QByteArray charset = m.captured(1).toLatin1();
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // a language tag (RFC 2231)
        const QByteArray payload = m.captured(3).toLatin1();
        const QByteArray bytes = m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
                                     ? QByteArray::fromBase64(payload)
                                     : decodeQuotedPrintable(payload, true);
        out += decodeText(bytes, charset);
        last = m.capturedEnd();
        previousWasWord = true;
    }
    out += decodeText(latin.mid(last).toLatin1(), QByteArray());
    return out.simplified();
}

std::pair<QString, QString> parseAddress(const QString &header)
{
    const QString h = header.trimmed();
    const qsizetype open = h.lastIndexOf(u'<');
    const qsizetype close = h.lastIndexOf(u'>');
    QString address, name;
    if (open >= 0 && close > open) {
        address = h.mid(open + 1, close - open - 1).trimmed();
        name = h.left(open).trimmed();
    } else {
        static const QRegularExpression comment(QStringLiteral("\\(([^)]*)\\)"));
        const QRegularExpressionMatch m = comment.match(h);
        name = m.hasMatch() ? m.captured(1).trimmed() : QString();
        address = QString(h).remove(comment).trimmed();
    }
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
    return {address.toLower(), name.left(200)};
}

QString withoutQuote(const QString &text)
{
    // Where the quoted message begins: "> …" lines, "-----Original Message-----", or the "On …, X wrote:" line
    // of the common mail programs in the desk's languages.
    static const QRegularExpression intro(QStringLiteral("^(-{2,}\\s*(original message|αρχικό μήνυμα|mesaj original|messaggio originale|missatge original|mensaje original)\\s*-{2,}"
                                                         "|.{0,200}(wrote|έγραψε|a scris|ha scritto|va escriure|escribió)\\s*:\\s*$"
                                                         "|(from|από|de|da|von):\\s.*)$"),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList kept;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = QString(raw).remove(u'\r');
        if (line.startsWith(u'>'))
            continue;
        if (intro.match(line.trimmed()).hasMatch() && !kept.join(QString()).trimmed().isEmpty())
            break;
        kept.append(line);
    }
    return kept.join(u'\n').trimmed();
}

Mail parse(const QByteArray &raw, const Limits &limits)
{
    Mail mail;
    mail.truncated = limits.truncated;
    QByteArray body;
    const Headers h = splitHeaders(raw, body);
    mail.headers = h.values;
    const auto angleless = [](QByteArray v) {
        v = v.trimmed();
        if (v.startsWith('<') && v.endsWith('>'))
            v = v.mid(1, v.size() - 2);
        return QString::fromLatin1(v.left(500));
    };
    mail.messageId = angleless(h.value("message-id"));
    mail.inReplyTo = angleless(h.value("in-reply-to").split(' ').value(0));
    for (const QByteArray &r : h.value("references").simplified().split(' '))
        if (!r.isEmpty())
            mail.references.append(angleless(r));
    const auto [address, name] = parseAddress(decodeHeader(h.value("from")));
    mail.fromAddress = address;
    mail.fromName = name;
    mail.subject = decodeHeader(h.value("subject")).left(500);

    // Machines' messages: RFC 3834's Auto-Submitted, the older Precedence and X-Autoreply, mailing lists, bounces.
    const QByteArray autoSubmitted = h.value("auto-submitted").toLower();
    const QByteArray precedence = h.value("precedence").toLower();
    if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no"))
        mail.automatic = QStringLiteral("Auto-Submitted: ") + QString::fromLatin1(autoSubmitted);
    else if (precedence == "bulk" || precedence == "junk" || precedence == "list" || precedence == "auto_reply")
        mail.automatic = QStringLiteral("Precedence: ") + QString::fromLatin1(precedence);
    else if (h.values.contains("x-autoreply") || h.values.contains("x-autorespond") || h.values.contains("x-auto-response"))
        mail.automatic = QStringLiteral("an autoresponder's header");
    else if (h.values.contains("list-id"))
        mail.automatic = QStringLiteral("a mailing list (List-Id)");
    else if (h.value("return-path") == "<>")
        mail.automatic = QStringLiteral("a bounce (empty Return-Path)");
    else if (mail.fromAddress.startsWith(QLatin1String("mailer-daemon@")) || mail.fromAddress.startsWith(QLatin1String("postmaster@")))
        mail.automatic = QStringLiteral("a mail server's own message (") + mail.fromAddress + u')';

    Reader reader{limits, mail, {}, {}, 0};
    reader.part(raw, 0, false);
    QString text = reader.plain;
    if (text.trimmed().isEmpty() && !reader.html.isEmpty())
        text = textOfHtml(reader.html);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.remove(QChar(0));
    if (text.size() > limits.maxTextChars) {
        mail.problems.append(Tr::tr("The text was cut after %1 characters.").arg(limits.maxTextChars));
        text.truncate(limits.maxTextChars);
    }
    mail.text = text.trimmed();
    return mail;
}

} // namespace CivicDesk::MailParser
