// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/domain/idgenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace CivicDesk::Admin {

int commandInit(const QCommandLineParser &p, Database &db)
{
    OrganisationRepository repo(db);
    if (repo.tenant())
        return fail(QCoreApplication::translate("admin", "%1 already holds a municipality.").arg(db.path()));
    const QString name = p.value(QStringLiteral("name"));
    const QString country = p.value(QStringLiteral("country")).toUpper();
    const QString zone = p.value(QStringLiteral("time-zone"));
    if (name.isEmpty() || country.size() != 2)
        return fail(QCoreApplication::translate("admin", "init needs --name NAME and --country CC (ISO 3166 code)."));
    if (!QTimeZone(zone.toUtf8()).isValid())
        return fail(QCoreApplication::translate("admin", "Unknown time zone \"%1\".").arg(zone));
    IdGenerator ids;
    Tenant t;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    t.id = ids.next(now);
    t.name = name;
    t.country = country;
    t.languages = p.value(QStringLiteral("languages")).split(u',', Qt::SkipEmptyParts);
    t.timeZone = zone;
    t.deviceCode = QStringLiteral("A1");
    t.stamp = {now, QStringLiteral("admin")};
    Status s = db.transaction([&] { return repo.saveTenant(t); });
    if (!s)
        return fail(s.error());
    out() << QCoreApplication::translate("admin", "Created municipality %1 in %2").arg(name, db.path()) << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
