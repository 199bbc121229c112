// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace CivicDesk {

/// Item data roles shared by the models of the desktop client.
enum ItemRole {
    IdRole = Qt::UserRole + 1, ///< the row's entity id (UUID text)
    KindRole,                  ///< "citizen" or "request"
    ScoreRole,                 ///< search rank, higher first
    SortRole,                  ///< raw value for sorting (times as integers)
};

} // namespace CivicDesk
