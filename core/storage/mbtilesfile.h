// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace CivicDesk {

/// An MBTiles file (a SQLite file of map tiles, https://github.com/mapbox/mbtiles-spec), opened read-only.
class MbTilesFile
{
public:
    /// Opens @p path; an Error when it is missing, not SQLite, or has no tiles table.
    static Result<std::unique_ptr<MbTilesFile>> open(const QString &path);
    ~MbTilesFile();
    MbTilesFile(const MbTilesFile &) = delete;
    MbTilesFile &operator=(const MbTilesFile &) = delete;

    /// The metadata table (name, format, attribution, minzoom, maxzoom, …).
    const QHash<QString, QString> &metadata() const { return m_metadata; }
    /// The tile's bytes at zoom @p z, column @p x and TMS row @p tmsRow, or nothing when the file lacks it.
    std::optional<QByteArray> tile(int z, int x, int tmsRow) const;

private:
    MbTilesFile() = default;

    sqlite3 *m_db = nullptr;
    QHash<QString, QString> m_metadata;
};

} // namespace CivicDesk
