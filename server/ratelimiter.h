// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace CivicDesk {

/// Token buckets by key (an API key, a client's address): at most N calls a minute, with a burst of ten calls
/// (all N when N is under ten) or a tenth of a minute's worth when that is more. Buckets idle for a minute are
/// forgotten, so the table stays as small as the active clients.
class RateLimiter
{
public:
    /// Takes one call of @p key at @p nowMs under a rate of @p perMinute (0 or less: unlimited). 0 when it may
    /// go, else the seconds after which it may (Retry-After).
    int take(const QString &key, int perMinute, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    QHash<QString, Bucket> m_buckets;
    qint64 m_sweptAt = 0;
};

} // namespace CivicDesk
