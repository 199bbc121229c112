// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace CivicDesk {

QString demoDatabasePath(const QString &country)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/demo-%1.civicdesk").arg(country.toLower());
}

} // namespace CivicDesk
