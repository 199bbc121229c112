// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <random>

namespace CivicDesk {

/// Creates globally unique, time-ordered row ids (RFC 9562 UUIDv7) on any client, offline included.
///
/// Ids sort by creation time, so B-tree inserts stay local. Within one millisecond a 12-bit counter keeps
/// them monotonic. A seeded generator gives reproducible ids (demo data, tests); the default one is seeded
/// from the operating system.
class IdGenerator
{
public:
    IdGenerator();
    explicit IdGenerator(std::uint64_t seed);

    /// A new id for a row created at @p unixMs (milliseconds since the epoch, UTC).
    QString next(qint64 unixMs);
    /// A new id for a row created now.
    QString next();

    /// True if @p text is a canonical lower-case UUID string with version 7.
    static bool isValid(const QString &text);
    /// The creation time embedded in a UUIDv7 string, or -1.
    static qint64 timestampOf(const QString &text);

private:
    std::mt19937_64 m_random;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0;
};

/// A new id from the process's one shared generator, so that rows made in the same millisecond (a request's
/// events) keep the order they were made in; inside an IdScope on this thread, from that scope's generator.
/// Thread-safe.
QString newRowId(qint64 unixMs);

/// While it lives, the ids newRowId() makes on this thread follow from @p commandId: rows made at the command's
/// own millisecond share its time and counter and then number in the order they are made (so they sort after
/// the rows of commands issued before it, even within one millisecond); others come from a generator seeded by
/// it. A command run in such a scope makes the same rows wherever and however often it runs (a replay, the
/// server re-running a desk's command).
class IdScope
{
public:
    explicit IdScope(const QString &commandId);
    ~IdScope();
    IdScope(const IdScope &) = delete;
    IdScope &operator=(const IdScope &) = delete;

    QString next(qint64 unixMs);

private:
    IdGenerator m_generator;
    std::mt19937_64 m_random;
    std::uint64_t m_prefix = 0; ///< the command id's first 64 bits: time, version, counter
    qint64 m_prefixMs = -1;
    std::uint64_t m_sequence = 0;
    IdScope *m_outer;
};

} // namespace CivicDesk
