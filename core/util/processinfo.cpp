// SPDX-License-Identifier: GPL-3.0-or-later
#include "processinfo.h"

#include <QFile>

namespace CivicDesk {

qint64 residentMemoryBytes()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0: read them whole instead of testing atEnd().
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toLongLong() * 1024 : -1;
        }
    }
    return -1;
}

} // namespace CivicDesk
