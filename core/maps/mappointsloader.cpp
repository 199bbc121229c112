// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/maps/mappointsloader.h"

#include "core/storage/database.h"
#include "core/util/logging.h"

#include <QElapsedTimer>

namespace CivicDesk {

namespace {

/// The reading thread's side: its own connection, opened at the first read and kept.
class Reader final : public QObject
{
public:
    explicit Reader(QString path) : m_path(std::move(path)) {}

    /// The points, or why there are none.
    std::pair<std::shared_ptr<const MapPoints>, QString> read()
    {
        if (!m_db) {
            Result<std::unique_ptr<Database>> db = Database::open(m_path, Database::Mode::ReadOnly);
            if (!db.ok())
                return {nullptr, db.error().message};
            m_db = std::move(db).value();
        }
        return {std::make_shared<const MapPoints>(RequestMap(*m_db).loadPoints()), QString()};
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace

MapPointsLoader::MapPointsLoader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_thread.setObjectName(QStringLiteral("map points"));
    auto *reader = new Reader(m_path);
    reader->moveToThread(&m_thread);
    m_worker = reader;
    // The reader, and with it its connection, goes in its own thread.
    connect(&m_thread, &QThread::finished, reader, &QObject::deleteLater);
}

MapPointsLoader::~MapPointsLoader()
{
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        delete m_worker; // never started: nothing of it runs anywhere
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

void MapPointsLoader::request()
{
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void MapPointsLoader::start()
{
    if (!m_thread.isRunning())
        m_thread.start(QThread::LowPriority);
    m_running = true;
    m_again = false;
    auto *reader = static_cast<Reader *>(m_worker);
    QMetaObject::invokeMethod(reader, [this, reader] {
        QElapsedTimer timer;
        timer.start();
        auto [points, problem] = reader->read();
        if (points)
            qCDebug(lcDesk) << "map points read in the background:" << points->index.size() << "in" << timer.elapsed() << "ms";
        // Back to the loader's thread; dropped there if the loader is gone by then.
        QMetaObject::invokeMethod(this, [this, points, problem] { ended(points, problem); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void MapPointsLoader::ended(std::shared_ptr<const MapPoints> points, const QString &problem)
{
    m_running = false;
    if (m_again)
        start();
    if (points)
        Q_EMIT loaded(std::move(points));
    else
        Q_EMIT failed(problem);
}

} // namespace CivicDesk
