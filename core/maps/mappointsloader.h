// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/maps/requestmap.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace CivicDesk {

/// Reads the pending requests of a file into MapPoints on a thread of its own, over its own read-only
/// connection (WAL lets it read while the desk writes), so that a change of the file never stalls the window:
/// at 3,000,000 requests a read takes a seventh of a second. A read asked for while one runs is made once
/// after it, however often it was asked for.
class MapPointsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPointsLoader)

public:
    explicit MapPointsLoader(QString databasePath, QObject *parent = nullptr);
    /// Waits for a read under way.
    ~MapPointsLoader() override;

    /// Starts a read, or, while one runs, asks for one more after it.
    void request();
    /// A read runs or is waiting.
    bool isLoading() const { return m_running; }

Q_SIGNALS:
    /// A read has ended (in the thread the loader belongs to).
    void loaded(std::shared_ptr<const CivicDesk::MapPoints> points);
    /// A read could not be made: the file cannot be opened for reading. What was shown stays.
    void failed(const QString &message);

private:
    void start();
    void ended(std::shared_ptr<const MapPoints> points, const QString &problem);

    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives in m_thread; holds that thread's connection
    bool m_running = false;
    bool m_again = false;
};

} // namespace CivicDesk
