// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"
#include "core/domain/organisation.h"

#include <QLatin1String>
#include <QString>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

#include <memory>

namespace CivicDesk {

class Database;

namespace WidgetTests {

/// A demo municipality generated into the file @p path (created), or nullptr with the reason printed.
std::unique_ptr<Database> demoDatabase(const QString &path, qint64 citizens, qint64 requests, std::uint64_t seed = 1);

/// The user with that login (an empty user when there is none).
User userNamed(Database &db, const QString &username);

/// The child of @p parent named @p name; a test without it stops there (the widget is part of what it tests).
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w) {
        std::fprintf(stderr, "no child %s\n", name);
        std::abort();
    }
    return w;
}

} // namespace WidgetTests
} // namespace CivicDesk
