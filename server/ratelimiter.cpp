// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace CivicDesk {

int RateLimiter::take(const QString &key, int perMinute, qint64 nowMs)
{
    if (perMinute <= 0)
        return 0;
    const double capacity = std::min<double>(perMinute, std::max(10.0, perMinute / 10.0));
    const double perMs = perMinute / 60000.0;
    if (nowMs - m_sweptAt > 60000) {
        // A bucket idle for a minute is full again: forget it.
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = nowMs - it->at > 60000 ? m_buckets.erase(it) : std::next(it);
        m_sweptAt = nowMs;
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{capacity, nowMs});
    Bucket &b = *it;
    b.tokens = std::min(capacity, b.tokens + std::max<qint64>(0, nowMs - b.at) * perMs);
    b.at = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - b.tokens) / perMs / 1000.0)));
}

} // namespace CivicDesk
