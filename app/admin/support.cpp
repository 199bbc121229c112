// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace CivicDesk::Admin {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

std::function<bool(int, const QString &)> progressPrinter()
{
    return [last = -1](int percent, const QString &stage) mutable {
        if (percent / 5 != last / 5) {
            err() << QStringLiteral("%1% %2").arg(percent, 3).arg(stage) << Qt::endl;
            last = percent;
        }
        return true;
    };
}

int fail(const QString &message)
{
    err() << message << Qt::endl;
    return 1;
}

int fail(const Error &error)
{
    return fail(error.message);
}

std::unique_ptr<Database> openOrReport(const QString &path, int *exitCode)
{
    if (path.isEmpty()) {
        *exitCode = fail(QCoreApplication::translate("admin", "--db FILE is required."));
        return nullptr;
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        *exitCode = fail(db.error());
        return nullptr;
    }
    return std::move(db).value();
}

int printReport(const Result<ImportReport> &report)
{
    if (!report)
        return fail(report.error());
    out() << report->toText() << Qt::endl;
    return 0;
}

int storeDefinition(const QCommandLineParser &p, Database &db, Status (*save)(Database &, const QByteArray &, const QString &, qint64))
{
    QFile f(p.value(QStringLiteral("set")));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("admin", "Cannot read %1: %2").arg(f.fileName(), f.errorString()));
    if (Status s = save(db, f.readAll(), QStringLiteral("admin"), QDateTime::currentMSecsSinceEpoch()); !s)
        return fail(s.error());
    out() << QCoreApplication::translate("admin", "Stored.") << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
