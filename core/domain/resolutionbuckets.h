// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>

namespace CivicDesk::ResolutionBuckets {

/// How long closed requests took (closing − filing), counted in buckets by the summary tables. The upper
/// bounds in hours: ≤ 1 h, ≤ 2 h, ≤ 4 h, ≤ 8 h, ≤ 12 h, ≤ 1 day, 2, 3, 5, 7, 10, 14, 21, 30, 60, 90, 120, 180,
/// 270 days, 1 year, 18 months, 2, 3 and 5 years; the last bucket holds what took longer. They reach years,
/// because a real city's history has requests that stay open that long, and a percentile read from a
/// histogram cut at two months would hide them.
inline constexpr std::array<int, 24> upperHours{1,    2,    4,    8,    12,   24,   48,    72,    120,   168,   240,   336,
                                               504,  720,  1440, 2160, 2880, 4320, 6480,  8760,  13140, 17520, 26280, 43800};
inline constexpr std::size_t count = upperHours.size() + 1;

/// The bucket of a duration in milliseconds.
inline constexpr int of(long long durationMs)
{
    for (std::size_t b = 0; b < upperHours.size(); ++b) {
        if (durationMs <= static_cast<long long>(upperHours[b]) * 3600000LL)
            return int(b);
    }
    return int(upperHours.size());
}

} // namespace CivicDesk::ResolutionBuckets
