// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace CivicDesk {

/// A thread of its own for a background round (sending messages, reading a mailbox): it runs a loop until
/// stopped, and the loop sleeps between rounds until a time has passed, it is nudged, or it is stopped.
class WorkerThread
{
public:
    WorkerThread() = default;
    ~WorkerThread() { stop(); }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    /// Runs @p loop on the thread, unless it runs already.
    void start(std::function<void()> loop)
    {
        if (m_thread.joinable())
            return;
        m_stop = false;
        m_thread = std::thread(std::move(loop));
    }
    /// Asks the loop to end, wakes it and waits for it.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    /// Ends the current sleep: something may be due.
    void nudge()
    {
        {
            std::lock_guard lock(m_mutex);
            m_nudged = true;
        }
        m_wake.notify_all();
    }
    bool stopping() const { return m_stop; }
    /// For the loop: sleeps up to @p ms, or until nudged or stopped.
    void sleep(qint64 ms)
    {
        std::unique_lock lock(m_mutex);
        if (ms > 0)
            m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop || m_nudged; });
        m_nudged = false;
    }

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_nudged = false;
    std::atomic<bool> m_stop{false};
};

} // namespace CivicDesk
