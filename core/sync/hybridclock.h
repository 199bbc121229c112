// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace CivicDesk {

/// A hybrid logical clock in milliseconds: never behind the physical clock it is given, never going back,
/// always past every time it has seen (its own last, a server's). Two desks whose clocks are hours apart still
/// order what one did after seeing the other's change after it.
class HybridClock
{
public:
    explicit HybridClock(qint64 last = 0) : m_last(last) {}
    /// The time of a new event at physical time @p physical.
    qint64 tick(qint64 physical)
    {
        m_last = std::max(physical, m_last + 1);
        return m_last;
    }
    /// Takes in a time seen elsewhere.
    void observe(qint64 seen) { m_last = std::max(m_last, seen); }
    qint64 last() const { return m_last; }

private:
    qint64 m_last;
};

} // namespace CivicDesk
