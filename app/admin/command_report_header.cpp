// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/storage/database.h"
#include "core/storage/reportsetstore.h"
#include "ui/print/reportpainter.h"

#include <QCoreApplication>
#include <QImage>

namespace CivicDesk::Admin {

/// Prints the logo and the lines at the top of printed reports, or sets them (as the desk's Settings → Reports):
/// --logo FILE keeps the image in the file (--logo= puts the CivicDesk emblem back), --header TEXT the lines
/// ("\n" between them, at most four).
int commandReportHeader(const QCommandLineParser &p, Database &db)
{
    ReportSetStore store(db);
    // Both checked before either is kept: a wrong image leaves the lines as they were too.
    QByteArray png;
    if (p.isSet(QStringLiteral("logo")) && !p.value(QStringLiteral("logo")).isEmpty()) {
        Result<QByteArray> logo = ReportHeader::logoFromFile(p.value(QStringLiteral("logo")));
        if (!logo)
            return fail(logo.error());
        png = logo.value();
    }
    QString header;
    if (p.isSet(QStringLiteral("header"))) {
        QStringList lines = p.value(QStringLiteral("header")).replace(QStringLiteral("\\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
        for (QString &l : lines)
            l = l.trimmed();
        lines.removeAll(QString());
        if (lines.size() > 4)
            return fail(QCoreApplication::translate("admin", "At most four lines fit under the municipality's name; --header has %1.").arg(lines.size()));
        header = lines.join(QLatin1Char('\n'));
    }
    const Status kept = db.transaction([&]() -> Status {
        if (p.isSet(QStringLiteral("header")))
            if (Status s = store.setHeader(header); !s)
                return s;
        if (p.isSet(QStringLiteral("logo")))
            return store.setLogo(png);
        return {};
    });
    if (!kept)
        return fail(kept.error());
    const QByteArray logo = store.logo();
    if (logo.isEmpty()) {
        out() << "logo: the CivicDesk emblem" << Qt::endl;
    } else {
        const QImage image = QImage::fromData(logo);
        out() << "logo: " << image.width() << "x" << image.height() << " pixels, kept in the file" << Qt::endl;
    }
    const QString lines = store.header();
    if (lines.isEmpty())
        out() << "header: none (the municipality's name alone)" << Qt::endl;
    for (const QString &line : lines.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out() << "header: " << line << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
