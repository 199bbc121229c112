// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace CivicDesk {

/// A form as a browser or an app sends it: named text fields (a name may come more than once, as
/// attribute[CODE][] does) and files. Every text is valid UTF-8, or the form is refused.
struct FormData
{
    struct Field
    {
        QString name;
        QString value;
    };
    struct File
    {
        QString field;
        QString fileName;
        QByteArray contentType;
        QByteArray bytes;
    };
    QList<Field> fields;
    QList<File> files;

    bool has(const QString &name) const;
    /// The first value of @p name (empty when none).
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
};

/// Reads the bodies of HTML forms and of Open311 clients. Nothing in them is trusted: a malformed body is
/// refused with an Error naming what is wrong (code form.*), never read in part.
class FormParser
{
public:
    struct Limits
    {
        int maxFields = 300;
        qsizetype maxTextBytes = 1024 * 1024; ///< one text field
        int maxFiles = 10;
        qsizetype maxFileBytes = 25LL * 1024 * 1024;
    };

    /// application/x-www-form-urlencoded (also a query string).
    static Result<FormData> urlEncoded(const QByteArray &body, const Limits &limits);
    static Result<FormData> urlEncoded(const QByteArray &body) { return urlEncoded(body, Limits{}); }
    /// multipart/form-data with the boundary of @p contentType (the header's value).
    static Result<FormData> multipart(const QByteArray &body, const QByteArray &contentType, const Limits &limits);
    static Result<FormData> multipart(const QByteArray &body, const QByteArray &contentType) { return multipart(body, contentType, Limits{}); }
    /// Either, by @p contentType; anything else is refused (form.content-type).
    static Result<FormData> parse(const QByteArray &body, const QByteArray &contentType, const Limits &limits);
    static Result<FormData> parse(const QByteArray &body, const QByteArray &contentType) { return parse(body, contentType, Limits{}); }
};

} // namespace CivicDesk
