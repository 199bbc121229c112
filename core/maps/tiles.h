// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/webmercator.h"
#include "core/storage/mbtilesfile.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>

#include <deque>
#include <memory>


class QNetworkReply;

namespace CivicDesk {
class Database;
}

namespace CivicDesk::Geo {

/// The municipality's base map: raster tiles from an XYZ server, from an MBTiles file, or (the default) the
/// vector map the client draws from the districts and the street gazetteer.
struct BaseMapConfig
{
    enum class Kind { Vector, Xyz, MbTiles };
    Kind kind = Kind::Vector;
    QString url;          ///< XYZ template with {z}, {x} and {y} (and optionally {s} for a, b, c)
    QString path;         ///< MBTiles file
    QString attribution;  ///< shown on the map, e.g. "© OpenStreetMap contributors"
    int maxZoom = 19;

    /// Reads the JSON the tenant row keeps; an unusable configuration is an error saying why.
    static Result<BaseMapConfig> fromJson(const QString &json);
    QString toJson() const;
    /// Why the configuration cannot be used, if it cannot.
    Status validate() const;
};

Result<BaseMapConfig> readBaseMapConfig(Database &db);
Status writeBaseMapConfig(Database &db, const BaseMapConfig &config);

/// Why a tile is not there.
enum class TileProblem { Network, Http, Missing, Corrupt };

/// The key of a tile in caches and sets.
inline quint64 tileKey(const WebMercator::Tile &t)
{
    return quint64(t.z) << 58 | quint64(t.x) << 29 | quint64(t.y);
}

/// Where raster tiles come from. fetch() answers later (never from inside the call) with tileReady or
/// tileFailed, once per tile asked for.
class TileSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TileSource() override;

    virtual void fetch(const WebMercator::Tile &tile) = 0;
    /// Forgets the tiles asked for and not yet started that are not in @p wanted (the view moved on).
    virtual void keepOnly(const QSet<quint64> &wanted) { Q_UNUSED(wanted) }
    virtual QString attribution() const = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const = 0;

Q_SIGNALS:
    void tileReady(int z, int x, int y, const QByteArray &data, bool fromCache);
    void tileFailed(int z, int x, int y, CivicDesk::Geo::TileProblem problem, const QString &detail);
};

/// Tiles from an XYZ server through Qt Network: a disk cache (QNetworkDiskCache) in @p cacheDir, at most a few
/// requests at a time (the newest view first), a User-Agent naming the product, and the cache when the network
/// fails.
class XyzTileSource final : public TileSource
{
    Q_OBJECT

public:
    XyzTileSource(const BaseMapConfig &config, const QString &cacheDir, QObject *parent = nullptr);

    void fetch(const WebMercator::Tile &tile) override;
    void keepOnly(const QSet<quint64> &wanted) override;
    QString attribution() const override { return m_config.attribution; }
    int maxZoom() const override { return m_config.maxZoom; }

    void setMaxParallel(int n) { m_maxParallel = std::max(1, n); }
    int maxParallel() const { return m_maxParallel; }
    int running() const { return m_running; }
    int highestRunning() const { return m_highestRunning; }
    QUrl urlOf(const WebMercator::Tile &tile) const;
    static QByteArray userAgent();

private:
    void pump();
    void start(const WebMercator::Tile &tile);
    void finished(QNetworkReply *reply, const WebMercator::Tile &tile);

    BaseMapConfig m_config;
    QNetworkAccessManager m_network;
    std::deque<WebMercator::Tile> m_queue;
    QSet<quint64> m_asked;
    int m_running = 0;
    int m_highestRunning = 0;
    int m_maxParallel = 4;
};

/// Tiles from an MBTiles file (SQLite; rows in the TMS scheme), read directly and read-only.
class MbTilesSource final : public TileSource
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<MbTilesSource>> open(const QString &path, QObject *parent = nullptr);
    ~MbTilesSource() override;

    void fetch(const WebMercator::Tile &tile) override;
    QString attribution() const override { return m_attribution; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString name() const { return m_name; }
    QString format() const { return m_format; }
    /// The tile's bytes, or nothing when the file does not have it.
    std::optional<QByteArray> read(const WebMercator::Tile &tile) const;

private:
    explicit MbTilesSource(QObject *parent) : TileSource(parent) {}

    std::unique_ptr<MbTilesFile> m_file;
    QString m_name, m_format, m_attribution;
    int m_minZoom = 0, m_maxZoom = 19;
};

} // namespace CivicDesk::Geo
