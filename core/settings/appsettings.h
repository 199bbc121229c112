// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace CivicDesk {

/// A setting declared once with its key and default, read from and written to an injected QSettings.
template<typename T>
struct Setting
{
    const char *key;
    T fallback;

    T get(const QSettings &s) const { return s.value(QLatin1String(key), QVariant::fromValue(fallback)).template value<T>(); }
    void set(QSettings &s, const T &value) const { s.setValue(QLatin1String(key), QVariant::fromValue(value)); }
};

/// The desktop client's settings.
namespace AppSettings {
inline const Setting<QString> lastDatabase{"database/last", {}};
inline const Setting<QString> language{"ui/language", {}};
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<QByteArray> requestListHeader{"window/requestListHeader", {}};
inline const Setting<QByteArray> queueHeader{"window/queueHeader", {}};
inline const Setting<QString> demoCountry{"demo/country", QStringLiteral("GR")};
inline const Setting<QString> lastUser{"desk/user", {}};
} // namespace AppSettings

/// Where the demo database of @p country lives (QStandardPaths::AppDataLocation).
QString demoDatabasePath(const QString &country);

} // namespace CivicDesk
