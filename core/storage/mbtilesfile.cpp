// SPDX-License-Identifier: GPL-3.0-or-later
#include "mbtilesfile.h"

#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace CivicDesk {

Result<std::unique_ptr<MbTilesFile>> MbTilesFile::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("map.mbtiles"), Tr::tr("The MBTiles file %1 does not exist.").arg(path)};
    std::unique_ptr<MbTilesFile> f(new MbTilesFile);
    if (sqlite3_open_v2(path.toUtf8().constData(), &f->m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = f->m_db ? QString::fromUtf8(sqlite3_errmsg(f->m_db)) : QString();
        return Error{QStringLiteral("map.mbtiles"), Tr::tr("The MBTiles file %1 cannot be opened: %2").arg(path, why)};
    }
    {
        SqliteStatement check(f->m_db, "SELECT count(*) FROM sqlite_schema WHERE name = 'tiles'");
        if (!check.step() || check.int64(0) == 0)
            return Error{QStringLiteral("map.mbtiles"), Tr::tr("%1 is not an MBTiles file (it has no tiles table).").arg(path)};
    }
    SqliteStatement meta(f->m_db, "SELECT name, value FROM metadata");
    while (meta.step())
        f->m_metadata.insert(meta.text(0), meta.text(1));
    return f;
}

MbTilesFile::~MbTilesFile()
{
    sqlite3_close_v2(m_db);
}

std::optional<QByteArray> MbTilesFile::tile(int z, int x, int tmsRow) const
{
    SqliteStatement q(m_db, "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    q.bindAll({z, x, tmsRow});
    if (!q.step())
        return std::nullopt;
    return q.blob(0);
}

} // namespace CivicDesk
