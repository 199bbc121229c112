// SPDX-License-Identifier: GPL-3.0-or-later
#include "tiles.h"

#include "core/storage/database.h"
#include "core/storage/mbtilesfile.h"
#include "core/storage/organisationrepository.h"
#include "core/util/logging.h"
#include "core/util/tr.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace CivicDesk::Geo {

Result<BaseMapConfig> BaseMapConfig::fromJson(const QString &json)
{
    BaseMapConfig c;
    if (json.trimmed().isEmpty())
        return c;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return Error{QStringLiteral("map.config"), Tr::tr("The base map settings are not a JSON object: %1").arg(error.errorString())};
    const QJsonObject o = doc.object();
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("xyz"))
        c.kind = Kind::Xyz;
    else if (kind == QLatin1String("mbtiles"))
        c.kind = Kind::MbTiles;
    else if (!kind.isEmpty() && kind != QLatin1String("vector"))
        return Error{QStringLiteral("map.config"), Tr::tr("Unknown base map kind \"%1\" (xyz, mbtiles or vector).").arg(kind)};
    c.url = o.value(QLatin1String("url")).toString();
    c.path = o.value(QLatin1String("path")).toString();
    c.attribution = o.value(QLatin1String("attribution")).toString();
    c.maxZoom = o.value(QLatin1String("maxZoom")).toInt(19);
    if (Status s = c.validate(); !s)
        return s.error();
    return c;
}

QString BaseMapConfig::toJson() const
{
    QJsonObject o;
    switch (kind) {
    case Kind::Vector:
        return QStringLiteral("{}");
    case Kind::Xyz:
        o.insert(QLatin1String("kind"), QLatin1String("xyz"));
        o.insert(QLatin1String("url"), url);
        break;
    case Kind::MbTiles:
        o.insert(QLatin1String("kind"), QLatin1String("mbtiles"));
        o.insert(QLatin1String("path"), path);
        break;
    }
    if (!attribution.isEmpty())
        o.insert(QLatin1String("attribution"), attribution);
    o.insert(QLatin1String("maxZoom"), maxZoom);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status BaseMapConfig::validate() const
{
    if (maxZoom < 0 || maxZoom > WebMercator::maxZoom)
        return Error{QStringLiteral("map.config"), Tr::tr("The highest zoom level must lie between 0 and %1.").arg(WebMercator::maxZoom)};
    if (kind == Kind::Xyz) {
        const QUrl u(QString(url).replace(QLatin1String("{"), QLatin1String("%7B")).replace(QLatin1String("}"), QLatin1String("%7D")));
        if (!url.contains(QLatin1String("{z}")) || !url.contains(QLatin1String("{x}")) || !url.contains(QLatin1String("{y}")))
            return Error{QStringLiteral("map.config"), Tr::tr("A tile URL needs {z}, {x} and {y}: %1").arg(url)};
        if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
            return Error{QStringLiteral("map.config"), Tr::tr("A tile URL must be http or https: %1").arg(url)};
    }
    if (kind == Kind::MbTiles && path.isEmpty())
        return Error{QStringLiteral("map.config"), Tr::tr("An MBTiles base map needs the file's path.")};
    return {};
}

Result<BaseMapConfig> readBaseMapConfig(Database &db)
{
    const std::optional<QString> json = OrganisationRepository(db).mapConfig();
    if (!json)
        return BaseMapConfig{};
    return BaseMapConfig::fromJson(*json);
}

Status writeBaseMapConfig(Database &db, const BaseMapConfig &config)
{
    if (Status s = config.validate(); !s)
        return s;
    return OrganisationRepository(db).setMapConfig(config.toJson());
}

TileSource::~TileSource() = default;

// --- XYZ ------------------------------------------------------------------------------------------------

XyzTileSource::XyzTileSource(const BaseMapConfig &config, const QString &cacheDir, QObject *parent)
    : TileSource(parent)
    , m_config(config)
{
    if (!cacheDir.isEmpty()) {
        auto *cache = new QNetworkDiskCache(&m_network);
        cache->setCacheDirectory(cacheDir);
        cache->setMaximumCacheSize(256ll * 1024 * 1024);
        m_network.setCache(cache);
    }
    m_network.setAutoDeleteReplies(false);
    m_network.setTransferTimeout(15000);
}

QByteArray XyzTileSource::userAgent()
{
    return QByteArrayLiteral("CivicDesk/" CIVICDESK_VERSION " (municipal citizen-request desk; Qt Network)");
}

QUrl XyzTileSource::urlOf(const WebMercator::Tile &tile) const
{
    static const char subdomains[] = {'a', 'b', 'c'};
    QString u = m_config.url;
    u.replace(QLatin1String("{z}"), QString::number(tile.z))
        .replace(QLatin1String("{x}"), QString::number(tile.x))
        .replace(QLatin1String("{y}"), QString::number(tile.y))
        .replace(QLatin1String("{s}"), QString(QChar::fromLatin1(subdomains[(tile.x + tile.y) % 3])));
    return QUrl(u);
}

void XyzTileSource::fetch(const WebMercator::Tile &tile)
{
    const quint64 key = tileKey(tile);
    if (m_asked.contains(key))
        return;
    m_asked.insert(key);
    m_queue.push_back(tile);
    QTimer::singleShot(0, this, &XyzTileSource::pump);
}

void XyzTileSource::keepOnly(const QSet<quint64> &wanted)
{
    std::erase_if(m_queue, [&](const WebMercator::Tile &t) {
        if (wanted.contains(tileKey(t)))
            return false;
        m_asked.remove(tileKey(t));
        return true;
    });
}

void XyzTileSource::pump()
{
    // The newest view first: what was asked last is what the user looks at now.
    while (m_running < m_maxParallel && !m_queue.empty()) {
        const WebMercator::Tile t = m_queue.back();
        m_queue.pop_back();
        start(t);
    }
}

void XyzTileSource::start(const WebMercator::Tile &tile)
{
    QNetworkRequest request(urlOf(tile));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, true);
    ++m_running;
    m_highestRunning = std::max(m_highestRunning, m_running);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, tile] { finished(reply, tile); });
}

void XyzTileSource::finished(QNetworkReply *reply, const WebMercator::Tile &tile)
{
    reply->deleteLater();
    --m_running;
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError && (http == 0 || (http >= 200 && http < 300))) {
        m_asked.remove(tileKey(tile));
        Q_EMIT tileReady(tile.z, tile.x, tile.y, reply->readAll(), fromCache);
    } else if (http >= 400) {
        m_asked.remove(tileKey(tile));
        Q_EMIT tileFailed(tile.z, tile.x, tile.y, TileProblem::Http,
                          Tr::tr("HTTP %1 from %2").arg(http).arg(reply->url().host()));
    } else {
        // The network failed: what the disk cache holds, however stale its headers say it is, beats nothing.
        auto *cache = qobject_cast<QNetworkDiskCache *>(m_network.cache());
        const std::unique_ptr<QIODevice> stored(cache ? cache->data(reply->url()) : nullptr);
        m_asked.remove(tileKey(tile));
        if (stored)
            Q_EMIT tileReady(tile.z, tile.x, tile.y, stored->readAll(), true);
        else
            Q_EMIT tileFailed(tile.z, tile.x, tile.y, TileProblem::Network, reply->errorString());
    }
    pump();
}

// --- MBTiles --------------------------------------------------------------------------------------------

Result<std::unique_ptr<MbTilesSource>> MbTilesSource::open(const QString &path, QObject *parent)
{
    if (!QFileInfo::exists(path))
        return Error{QStringLiteral("map.mbtiles"), Tr::tr("The MBTiles file %1 does not exist.").arg(path)};
    Result<std::unique_ptr<MbTilesFile>> file = MbTilesFile::open(path);
    if (!file)
        return file.error();
    std::unique_ptr<MbTilesSource> s(new MbTilesSource(parent));
    s->m_file = std::move(file.value());
    const QHash<QString, QString> &meta = s->m_file->metadata();
    s->m_name = meta.value(QStringLiteral("name"));
    s->m_format = meta.value(QStringLiteral("format"));
    s->m_attribution = meta.value(QStringLiteral("attribution"));
    if (meta.contains(QStringLiteral("minzoom")))
        s->m_minZoom = std::clamp(meta.value(QStringLiteral("minzoom")).toInt(), 0, WebMercator::maxZoom);
    if (meta.contains(QStringLiteral("maxzoom")))
        s->m_maxZoom = std::clamp(meta.value(QStringLiteral("maxzoom")).toInt(), 0, WebMercator::maxZoom);
    return s;
}

MbTilesSource::~MbTilesSource() = default;

std::optional<QByteArray> MbTilesSource::read(const WebMercator::Tile &tile) const
{
    return m_file->tile(tile.z, tile.x, tile.tmsRow());
}

void MbTilesSource::fetch(const WebMercator::Tile &tile)
{
    QTimer::singleShot(0, this, [this, tile] {
        if (std::optional<QByteArray> data = read(tile))
            Q_EMIT tileReady(tile.z, tile.x, tile.y, *data, true);
        else
            Q_EMIT tileFailed(tile.z, tile.x, tile.y, TileProblem::Missing, Tr::tr("not in the MBTiles file"));
    });
}

} // namespace CivicDesk::Geo
