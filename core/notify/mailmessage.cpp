// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace CivicDesk::Mail {
namespace {

/// One line of a header: no line break can come in from the data (header injection).
QString oneLine(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.simplified();
}

/// An RFC 2047 encoded word where the text is not plain ASCII.
QByteArray encodedWord(const QString &s)
{
    const QString clean = oneLine(s);
    bool ascii = true;
    for (QChar c : clean)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return clean.toLatin1();
    // Encoded words of at most 75 characters, each whole characters of UTF-8.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < clean.size(); ++i) {
        QString one(clean.at(i));
        if (clean.at(i).isHighSurrogate() && i + 1 < clean.size())
            one += clean.at(++i);
        const QByteArray bytes = one.toUtf8();
        if ((chunk.size() + bytes.size() + 2) / 3 * 4 > 45)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b.size(); i += 76)
        out += b.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

bool isAddress(const QString &address)
{
    static const QRegularExpression form(QStringLiteral("^[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\".]{2,}$"));
    return address.size() <= 254 && form.match(address).hasMatch();
}

QByteArray Message::toBytes() const
{
    const QByteArray boundary = "=_civicdesk_" + QByteArray::number(qHash(messageId), 16) + "_" + QByteArray::number(date, 36);
    QByteArray m;
    const auto header = [&](const char *name, const QByteArray &value) { m += QByteArray(name) + ": " + value + "\r\n"; };
    header("From", (fromName.isEmpty() ? QByteArray() : encodedWord(fromName) + " ") + "<" + oneLine(fromAddress).toUtf8() + ">");
    header("To", "<" + oneLine(to).toUtf8() + ">");
    header("Subject", encodedWord(subject));
    // RFC 5322's date in English whatever the desk's language.
    header("Date", QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(date, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000");
    header("Message-ID", "<" + oneLine(messageId).toUtf8() + ">");
    header("MIME-Version", "1.0");
    header("Auto-Submitted", "auto-generated");
    QByteArrayList ways;
    for (const QString &way : {unsubscribe, unsubscribeMail})
        if (!way.isEmpty())
            ways.append("<" + oneLine(way).toUtf8() + ">");
    if (!ways.isEmpty())
        header("List-Unsubscribe", ways.join(", "));
    if (unsubscribe.startsWith(QLatin1String("https:")) || unsubscribe.startsWith(QLatin1String("http:")))
        header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    header("Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
    m += "\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text.toUtf8());
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    QString page = !html.isEmpty() ? html
                                   : QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head><body><p>%2</p></body></html>")
                                         .arg(subject.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (unsubscribe.startsWith(QLatin1String("https:")) || unsubscribe.startsWith(QLatin1String("http:"))) {
        // The way out, at the foot of the page: before </body> where there is one.
        const QString foot = QStringLiteral("<p style=\"font-size: small\"><a href=\"%1\">%1</a></p>").arg(unsubscribe.toHtmlEscaped());
        const qsizetype end = page.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
        page.insert(end >= 0 ? end : page.size(), foot);
    }
    m += base64Lines(page.toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace CivicDesk::Mail
