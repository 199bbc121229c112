// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace CivicDesk {

class Database;

/// One step of the schema: SQL, then optional C++ work (filling derived data), in one transaction.
struct Migration
{
    int version = 0;
    QString description;
    QByteArray sql;
    std::function<Status(Database &)> after;
};

/// All migrations, oldest first; version N brings a file from N-1 to N.
const std::vector<Migration> &migrations();

} // namespace CivicDesk
