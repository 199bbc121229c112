// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <cmath>
#include <cstdint>
#include <vector>

namespace CivicDesk {

/// Seeded pseudo-random numbers with a fixed algorithm (xoshiro256**), so that demo data is the same for
/// the same seed on every machine and library version.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (auto &s : m_state) { // splitmix64 seeding
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform integer in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(real() * n); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return real() < p; }
    /// Standard normal (Box–Muller).
    double gaussian()
    {
        const double u1 = std::max(real(), 1e-300), u2 = real();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    /// Index in [0, n) skewed towards 0: a few values are common, most rare (names, frequent reporters).
    int skewed(int n, double power = 1.8) { return std::min(n - 1, int(std::pow(real(), power) * n)); }

    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

    /// Index drawn from cumulative weights (ascending, last = total).
    int weighted(const std::vector<double> &cumulative)
    {
        const double x = real() * cumulative.back();
        int lo = 0, hi = int(cumulative.size()) - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (cumulative[mid] > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace CivicDesk
