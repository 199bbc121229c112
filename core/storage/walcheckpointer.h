// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace CivicDesk {

class Database;

/// Copies a long write's committed pages from the write-ahead log into the database file on a connection and a
/// thread of its own, so the writing connection does not stop for it after each commit (a bulk import: with
/// SQLite's own checkpoint after every commit, about a fifth of the writing thread's time went into copying).
/// While it lives it replaces the writing connection's automatic checkpoint: after each commit a passive
/// checkpoint (one that never waits for readers or the writer) starts here while the writer goes on. A log
/// can only start again from its beginning when a writer begins with every page of it copied, so once the log
/// holds more than @p logLimit bytes the writer waits after its commit for a checkpoint of all of it, and the log
/// stays that size instead of growing with the whole import. Destroyed, it checkpoints what is left and puts
/// SQLite's automatic checkpoint back. Nothing on a file without a write-ahead log (or in memory).
class WalCheckpointer
{
public:
    explicit WalCheckpointer(Database &db, long long logLimit = logLimitBytes);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    bool active() const { return m_handle != nullptr; }

    /// 64 MB: in bulk, the writer waits once every dozen batches or so.
    static constexpr long long logLimitBytes = 64LL * 1024 * 1024;

private:
    static int committed(void *self, sqlite3 *db, const char *name, int frames);
    void request(bool wait);
    void run();
    void checkpoint();

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    int m_frameLimit = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    unsigned long long m_requested = 0, m_started = 0, m_done = 0;
    bool m_stop = false;
};

} // namespace CivicDesk
