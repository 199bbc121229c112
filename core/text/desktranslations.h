// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace CivicDesk {

/// Sets the desk's language (@p language, "el"; empty: the system's) as the default locale and installs its
/// catalogues: Qt's own (from the system, or CivicDesk's where the system has none: Greek and Romanian on
/// Debian 12) and CivicDesk's, in place of those an earlier call installed. Returns whether Qt's own strings
/// are translated.
bool installDeskTranslations(QCoreApplication &app, const QString &language);

} // namespace CivicDesk
