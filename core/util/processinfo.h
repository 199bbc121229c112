// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace CivicDesk {

/// Resident memory of this process in bytes (Linux /proc), or -1 where it cannot be read.
qint64 residentMemoryBytes();

} // namespace CivicDesk
