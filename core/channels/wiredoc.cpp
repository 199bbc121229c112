// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiredoc.h"

#include <QXmlStreamWriter>

#include <cmath>

namespace CivicDesk::Open311 {
namespace {

/// XML 1.0's characters: tab, newline, carriage return and everything from U+0020 except the surrogates' halves
/// alone and U+FFFE/U+FFFF.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) || (u > 0xDFFF && u < 0xFFFE)) {
            out.append(c);
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        }
    }
    return out;
}

void writeXml(QXmlStreamWriter &w, const WireNode &n)
{
    switch (n.kind) {
    case WireNode::Kind::Object:
    case WireNode::Kind::List:
        if (n.children.isEmpty()) {
            w.writeEmptyElement(n.name);
            return;
        }
        w.writeStartElement(n.name);
        for (const WireNode &c : n.children)
            writeXml(w, c);
        w.writeEndElement();
        return;
    case WireNode::Kind::Null:
        w.writeEmptyElement(n.name);
        return;
    case WireNode::Kind::Text:
    case WireNode::Kind::Number:
    case WireNode::Kind::Boolean:
        if (n.value.isEmpty())
            w.writeEmptyElement(n.name);
        else
            w.writeTextElement(n.name, xmlSafe(n.value));
        return;
    }
}

/// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(char(c));
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c < 0x20) {
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 15]);
        } else {
            out.append(char(c));
        }
    }
    out.append('"');
}

void writeJson(QByteArray &out, const WireNode &n)
{
    switch (n.kind) {
    case WireNode::Kind::Object: {
        out.append('{');
        bool first = true;
        for (const WireNode &c : n.children) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, c.name);
            out.append(':');
            writeJson(out, c);
        }
        out.append('}');
        return;
    }
    case WireNode::Kind::List: {
        out.append('[');
        bool first = true;
        for (const WireNode &c : n.children) {
            if (!first)
                out.append(',');
            first = false;
            writeJson(out, c);
        }
        out.append(']');
        return;
    }
    case WireNode::Kind::Null:
        out.append("null");
        return;
    case WireNode::Kind::Number:
    case WireNode::Kind::Boolean:
        out.append(n.value.toLatin1());
        return;
    case WireNode::Kind::Text:
        appendString(out, n.value);
        return;
    }
}

} // namespace

WireNode WireNode::number(const QString &name, double value)
{
    if (!std::isfinite(value))
        return null(name);
    return {name, Kind::Number, QString::number(value, 'g', 12), {}};
}

QByteArray toXml(const WireNode &root)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    writeXml(w, root);
    w.writeEndDocument();
    return out;
}

QByteArray toJson(const WireNode &root)
{
    QByteArray out;
    writeJson(out, root);
    return out;
}

QByteArray write(const WireNode &root, Format format)
{
    return format == Format::Xml ? toXml(root) : toJson(root);
}

QByteArray contentType(Format format)
{
    return format == Format::Xml ? QByteArrayLiteral("text/xml; charset=utf-8") : QByteArrayLiteral("application/json; charset=utf-8");
}

} // namespace CivicDesk::Open311
