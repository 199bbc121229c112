// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>

namespace CivicDesk {

/// Deterministic simulation of a server and several desks in one process: one seed decides the operators'
/// work (drawn from every command), the clock (desks hours apart), and the faults (requests and answers lost,
/// duplicated, delivered late, partitions, server and desk crashes in the middle of a push or a pull). After
/// the faults stop and every desk has synced, the run checks that every replica equals the server row for row,
/// that every change saved on a desk is exactly one applied or rejected mutation on the server, that every
/// request's status history is an unbroken path ending at its status, that a request filed by an applied
/// mutation exists once and one filed by a rejected mutation does not, that nothing is left waiting, and that
/// the desks' derived tables equal a rebuild. Odd-numbered desks keep partial replicas (1, 3 or 12 months, by the
/// seed) that fetch old requests on demand and narrow or widen their scope as they go; each of them must equal the
/// server within its scope, the summary tables included. A failing seed prints itself and replays alone (--from S --seeds 1).
class SyncSimulation
{
public:
    struct Options
    {
        quint64 seed = 1;
        int desks = 3;
        int steps = 80;
        bool faults = true;
        bool scopes = true;            ///< odd-numbered desks keep partial replicas (see the class)
        // Planted bugs (README, "Proof by simulation"); each must make some seeds fail.
        bool bugNoReplayCheck = false; ///< the server runs a mutation pushed again instead of answering from its record
        bool bugSplitPages = false;    ///< a pull's page may end inside a transaction
        bool bugSkipRebase = false;    ///< desks write pulled rows without setting their own changes back first
        bool bugLedgerApart = false;   ///< the server records an applied mutation after, not with, its effects
        /// Run the server on PostgreSQL: a superuser's connection string of a throwaway cluster, where the run
        /// makes a database of its own (loaded from the starting point) and drops it at the end. Empty: SQLite.
        QString postgresCluster;
    };
    struct Outcome
    {
        bool ok = true;
        QStringList failures;
        int saved = 0;    ///< commands saved on desks
        int applied = 0;
        int rejected = 0;
        int faultsInjected = 0;
        int conflicts = 0; ///< citizens' edits that met another desk's
    };

    /// Builds, once, the starting point of every run in @p dir: a server with a small demo tenant, its users
    /// and their sign-ins.
    static Status prepare(const QString &dir);
    /// One run from the starting point in @p templateDir, in a scratch folder of its own.
    static Outcome run(const QString &templateDir, const Options &options);
};

} // namespace CivicDesk
