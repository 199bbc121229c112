// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include "core/util/tr.h"

namespace CivicDesk {

QString ImportReport::summary() const
{
    QString s = Tr::tr("%1 read, %2 imported, %3 skipped").arg(read).arg(imported).arg(skipped);
    if (alreadyPresent > 0)
        s += Tr::tr(", %1 already present").arg(alreadyPresent);
    if (updated > 0)
        s += Tr::tr(" (%1 of them updated from the source)").arg(updated);
    if (unplaced > 0)
        s += Tr::tr(", %1 kept without a place").arg(unplaced);
    if (!warnings.isEmpty())
        s += Tr::tr(", %1 warnings").arg(warnings.size());
    return s;
}

QString ImportReport::toText() const
{
    QStringList lines;
    for (const Issue &i : skippedRows)
        lines.append(Tr::tr("line %1: skipped: %2").arg(i.line).arg(i.reason));
    for (const Issue &i : warnings)
        lines.append(Tr::tr("line %1: warning: %2").arg(i.line).arg(i.reason));
    lines.append(notes);
    lines.append(summary());
    return lines.join(u'\n');
}

} // namespace CivicDesk
