// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace CivicDesk::Open311 {

/// The two formats of GeoReport v2: XML (the standard's required one) and JSON.
enum class Format { Xml, Json };

/// One answer of the Open311 API, in the order the specification gives its elements, written out as XML or
/// JSON from the same tree: an object is an element with children (a JSON object with its keys in that order),
/// a list an element whose children are its items (a JSON array; the items' names are their XML elements).
struct WireNode
{
    enum class Kind { Text, Number, Boolean, Null, Object, List };
    QString name;
    Kind kind = Kind::Text;
    QString value; ///< Text, Number ("12.5"), Boolean ("true"/"false")
    QList<WireNode> children;

    static WireNode text(const QString &name, const QString &value) { return {name, Kind::Text, value, {}}; }
    /// A text that is null in JSON and an empty element in XML when @p value is empty.
    static WireNode optionalText(const QString &name, const QString &value)
    {
        return value.isEmpty() ? WireNode{name, Kind::Null, {}, {}} : text(name, value);
    }
    static WireNode number(const QString &name, double value);
    static WireNode integer(const QString &name, qint64 value) { return {name, Kind::Number, QString::number(value), {}}; }
    static WireNode boolean(const QString &name, bool value) { return {name, Kind::Boolean, value ? QStringLiteral("true") : QStringLiteral("false"), {}}; }
    static WireNode null(const QString &name) { return {name, Kind::Null, {}, {}}; }
    static WireNode object(const QString &name, QList<WireNode> children = {}) { return {name, Kind::Object, {}, std::move(children)}; }
    static WireNode list(const QString &name, QList<WireNode> items = {}) { return {name, Kind::List, {}, std::move(items)}; }

    WireNode &add(WireNode child)
    {
        children.append(std::move(child));
        return *this;
    }
};

/// The document as XML 1.0 (UTF-8, with its declaration). Characters XML cannot hold (control characters) are
/// left out of the text, never written raw.
QByteArray toXml(const WireNode &root);
/// The document as JSON: a list is an array at the top (the standard's JSON answers are arrays of objects).
QByteArray toJson(const WireNode &root);
QByteArray write(const WireNode &root, Format format);
QByteArray contentType(Format format);

} // namespace CivicDesk::Open311
