// SPDX-License-Identifier: GPL-3.0-or-later
#include "formdata.h"

#include "core/util/tr.h"

#include <QStringDecoder>

namespace CivicDesk {
namespace {

Error bad(const QString &code, const QString &message)
{
    return Error{QStringLiteral("form.") + code, message};
}

/// @p bytes as text when they are valid UTF-8.
std::optional<QString> utf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Percent-decoding with '+' as a space; nothing when a '%' is not followed by two hex digits.
std::optional<QByteArray> percentDecoded(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '+') {
            out.append(' ');
        } else if (c == '%') {
            if (i + 2 >= in.size())
                return std::nullopt;
            const int hi = hexValue(in[i + 1]), lo = hexValue(in[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out.append(char(hi * 16 + lo));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

/// The value of parameter @p name in a header value ("form-data; name=\"a\"; filename=\"b.jpg\""), quoted or
/// not; nothing when it is not there.
std::optional<QByteArray> headerParameter(const QByteArray &header, const QByteArray &name)
{
    qsizetype i = 0;
    while (i < header.size()) {
        const qsizetype semi = header.indexOf(';', i);
        if (semi < 0)
            return std::nullopt;
        i = semi + 1;
        while (i < header.size() && (header[i] == ' ' || header[i] == '\t'))
            ++i;
        const qsizetype eq = header.indexOf('=', i);
        if (eq < 0)
            return std::nullopt;
        const QByteArray key = header.mid(i, eq - i).trimmed().toLower();
        qsizetype j = eq + 1;
        QByteArray value;
        if (j < header.size() && header[j] == '"') {
            ++j;
            while (j < header.size() && header[j] != '"') {
                if (header[j] == '\\' && j + 1 < header.size())
                    ++j;
                value.append(header[j++]);
            }
            if (j >= header.size())
                return std::nullopt; // an unterminated quote
            ++j;
        } else {
            const qsizetype end = header.indexOf(';', j);
            value = header.mid(j, end < 0 ? -1 : end - j).trimmed();
            j = end < 0 ? header.size() : end;
        }
        if (key == name)
            return value;
        i = j;
    }
    return std::nullopt;
}

} // namespace

bool FormData::has(const QString &name) const
{
    return std::any_of(fields.cbegin(), fields.cend(), [&](const Field &f) { return f.name == name; });
}

QString FormData::value(const QString &name) const
{
    for (const Field &f : fields)
        if (f.name == name)
            return f.value;
    return {};
}

QStringList FormData::values(const QString &name) const
{
    QStringList out;
    for (const Field &f : fields)
        if (f.name == name)
            out.append(f.value);
    return out;
}

Result<FormData> FormParser::urlEncoded(const QByteArray &body, const Limits &limits)
{
    FormData out;
    qsizetype at = 0;
    while (at <= body.size()) {
        qsizetype end = body.indexOf('&', at);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair(body.constData() + at, end - at);
        at = end + 1;
        if (pair.isEmpty())
            continue;
        if (out.fields.size() >= limits.maxFields)
            return bad(QStringLiteral("too-many-fields"), Tr::tr("The form has more than %1 fields.").arg(limits.maxFields));
        const qsizetype eq = pair.indexOf('=');
        const std::optional<QByteArray> name = percentDecoded(eq < 0 ? pair : pair.first(eq));
        const std::optional<QString> nameText = name ? utf8(*name) : std::nullopt;
        if (!nameText || nameText->isEmpty())
            return bad(QStringLiteral("bad-name"), Tr::tr("The form's field %1 has no valid name.").arg(out.fields.size() + 1));
        const std::optional<QByteArray> value = percentDecoded(eq < 0 ? QByteArrayView() : pair.sliced(eq + 1));
        if (!value)
            return bad(QStringLiteral("bad-encoding"), Tr::tr("The field %1 has a '%' that is not followed by two hexadecimal digits.").arg(*nameText));
        if (value->size() > limits.maxTextBytes)
            return bad(QStringLiteral("too-long"), Tr::tr("The field %1 holds more than %2 bytes.").arg(*nameText).arg(limits.maxTextBytes));
        const std::optional<QString> valueText = utf8(*value);
        if (!valueText)
            return bad(QStringLiteral("bad-utf8"), Tr::tr("The field %1 is not valid UTF-8 text.").arg(*nameText));
        out.fields.append({*nameText, *valueText});
    }
    return out;
}

Result<FormData> FormParser::multipart(const QByteArray &body, const QByteArray &contentType, const Limits &limits)
{
    const std::optional<QByteArray> boundary = headerParameter(contentType, "boundary");
    if (!boundary || boundary->isEmpty() || boundary->size() > 70)
        return bad(QStringLiteral("bad-boundary"), Tr::tr("A multipart form names its boundary (1 to 70 characters) in its Content-Type."));
    const QByteArray delimiter = "--" + *boundary;
    // The first delimiter starts the body (or follows a preamble that ends with a line break).
    qsizetype at = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (at < 0)
        return bad(QStringLiteral("no-parts"), Tr::tr("The multipart form has no part."));
    at += body.startsWith(delimiter) ? delimiter.size() : delimiter.size() + 2;
    FormData out;
    const QByteArray next = "\r\n" + delimiter;
    for (;;) {
        if (body.mid(at, 2) == "--")
            return out; // the closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return bad(QStringLiteral("malformed"), Tr::tr("A boundary of the multipart form is not followed by a line break."));
        at += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        if (headersEnd < 0 || headersEnd - at > 8192)
            return bad(QStringLiteral("malformed"), Tr::tr("A part of the multipart form has no end to its headers."));
        const qsizetype partEnd = body.indexOf(next, headersEnd + 4);
        if (partEnd < 0)
            return bad(QStringLiteral("truncated"), Tr::tr("The multipart form ends before its closing boundary."));
        QByteArray disposition, partType;
        for (const QByteArray &line : body.mid(at, headersEnd - at).split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray key = l.left(colon).trimmed().toLower();
            if (key == "content-disposition")
                disposition = l.mid(colon + 1).trimmed();
            else if (key == "content-type")
                partType = l.mid(colon + 1).trimmed();
        }
        if (!disposition.toLower().startsWith("form-data"))
            return bad(QStringLiteral("malformed"), Tr::tr("A part of the multipart form is not form-data."));
        const std::optional<QByteArray> rawName = headerParameter(disposition, "name");
        const std::optional<QString> name = rawName ? utf8(*rawName) : std::nullopt;
        if (!name || name->isEmpty())
            return bad(QStringLiteral("bad-name"), Tr::tr("A part of the multipart form has no valid name."));
        const QByteArray content = body.mid(headersEnd + 4, partEnd - headersEnd - 4);
        if (const std::optional<QByteArray> fileName = headerParameter(disposition, "filename")) {
            if (content.isEmpty() && fileName->isEmpty()) {
                // A file field left empty: browsers send it with no name and no bytes.
            } else {
                if (out.files.size() >= limits.maxFiles)
                    return bad(QStringLiteral("too-many-files"), Tr::tr("The form has more than %1 files.").arg(limits.maxFiles));
                if (content.size() > limits.maxFileBytes)
                    return bad(QStringLiteral("file-too-large"), Tr::tr("The file %1 is larger than %2 MB.").arg(*name).arg(limits.maxFileBytes / (1024 * 1024)));
                const QString fileText = utf8(*fileName).value_or(QString::fromLatin1(*fileName));
                out.files.append({*name, fileText.section(u'/', -1).section(u'\\', -1), partType, content});
            }
        } else {
            if (out.fields.size() >= limits.maxFields)
                return bad(QStringLiteral("too-many-fields"), Tr::tr("The form has more than %1 fields.").arg(limits.maxFields));
            if (content.size() > limits.maxTextBytes)
                return bad(QStringLiteral("too-long"), Tr::tr("The field %1 holds more than %2 bytes.").arg(*name).arg(limits.maxTextBytes));
            const std::optional<QString> text = utf8(content);
            if (!text)
                return bad(QStringLiteral("bad-utf8"), Tr::tr("The field %1 is not valid UTF-8 text.").arg(*name));
            out.fields.append({*name, *text});
        }
        at = partEnd + next.size();
    }
}

Result<FormData> FormParser::parse(const QByteArray &body, const QByteArray &contentType, const Limits &limits)
{
    const qsizetype semi = contentType.indexOf(';');
    const QByteArray type = (semi < 0 ? contentType : contentType.left(semi)).trimmed().toLower();
    if (type == "application/x-www-form-urlencoded" || (type.isEmpty() && body.isEmpty()))
        return urlEncoded(body, limits);
    if (type == "multipart/form-data")
        return multipart(body, contentType, limits);
    return bad(QStringLiteral("content-type"),
               Tr::tr("Send the form as application/x-www-form-urlencoded or multipart/form-data, not %1.").arg(QString::fromLatin1(type)));
}

} // namespace CivicDesk
