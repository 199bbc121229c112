// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace CivicDesk {

/// Translation context for messages produced outside QObjects in core.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CivicDesk)
};

} // namespace CivicDesk
