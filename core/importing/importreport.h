// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CivicDesk {

/// What an import did: counts, and every row it skipped or warned about, with its line and reason.
struct ImportReport
{
    struct Issue
    {
        int line = 0; ///< line (CSV) or feature index + 1 (GeoJSON)
        QString reason;
    };

    int read = 0;
    int imported = 0;
    int skipped = 0;
    int alreadyPresent = 0;
    int updated = 0;  ///< already present, with a newer status from the source applied
    int unplaced = 0; ///< kept without a place: coordinates far outside the municipality
    qint64 longestWriteMs = 0; ///< the longest write transaction (how long other writers waited at most)
    QList<Issue> skippedRows;
    QList<Issue> warnings;
    QStringList notes; ///< e.g. service types created for unknown codes

    /// One line per skipped row and warning, then the summary, translated.
    QString toText() const;
    QString summary() const;
};

} // namespace CivicDesk
