// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"

#include <QString>

class QWidget;

namespace CivicDesk {

/// Creates the demo municipality at @p path in a worker thread while a progress dialog shows how far it is.
/// Returns an Error if it failed or was cancelled; the unfinished file is removed either way.
Status createDemoWithProgress(QWidget *parent, const QString &path, const DemoOptions &options);

} // namespace CivicDesk
