// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "database.h"
#include "sqliteaccess.h"
#include "core/util/logging.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace CivicDesk {

WalCheckpointer::WalCheckpointer(Database &db, long long logLimit)
    : m_db(db)
{
    sqlite3 *writer = SqliteAccess::handle(db);
    const char *file = sqlite3_db_filename(writer, "main");
    if (!file || !*file || !QFileInfo(QString::fromUtf8(file)).isFile())
        return;
    {
        SqliteStatement mode(writer, "PRAGMA journal_mode");
        if (!mode.step() || mode.text(0) != QLatin1String("wal"))
            return;
        SqliteStatement pageSize(writer, "PRAGMA page_size");
        m_frameLimit = int(logLimit / std::max<qint64>(512, pageSize.step() ? pageSize.int64(0) : 4096));
    }
    // A connection knows the file is in write-ahead-log mode once it has read it; until then a checkpoint on it
    // does nothing.
    if (sqlite3_open_v2(file, &m_handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_exec(m_handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCWarning(lcStorage) << "no checkpoint connection for" << file << ":" << sqlite3_errmsg(m_handle);
        sqlite3_close(m_handle);
        m_handle = nullptr;
        return;
    }
    m_thread = std::thread([this] { run(); });
    sqlite3_wal_hook(writer, &WalCheckpointer::committed, this); // instead of the automatic checkpoint
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_handle)
        return;
    sqlite3_wal_autocheckpoint(SqliteAccess::handle(m_db), 1000); // SQLite's default hook again
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    checkpoint();
    sqlite3_close(m_handle);
}

int WalCheckpointer::committed(void *self, sqlite3 *, const char *, int frames)
{
    auto *me = static_cast<WalCheckpointer *>(self);
    me->request(frames > me->m_frameLimit);
    return SQLITE_OK;
}

void WalCheckpointer::request(bool wait)
{
    std::unique_lock lock(m_mutex);
    const unsigned long long mine = ++m_requested;
    m_changed.notify_all();
    if (wait)
        m_changed.wait(lock, [&] { return m_done >= mine || m_stop; });
}

void WalCheckpointer::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_requested > m_started || m_stop; });
            if (m_stop)
                return;
            m_started = m_requested;
        }
        checkpoint();
        {
            std::lock_guard lock(m_mutex);
            m_done = m_started;
        }
        m_changed.notify_all();
    }
}

void WalCheckpointer::checkpoint()
{
    int logged = 0, copied = 0;
    // Passive: copies what no reader still needs and returns; SQLITE_BUSY only when another checkpoint runs.
    const int rc = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcStorage) << "checkpoint of" << sqlite3_db_filename(m_handle, "main") << "failed:" << sqlite3_errmsg(m_handle);
}

} // namespace CivicDesk
