// SPDX-License-Identifier: GPL-3.0-or-later
// The deterministic simulation over many seeds (CIVICDESK_SIM_SEEDS, 240 by default and 48 on PostgreSQL, from
// CIVICDESK_SIM_FROM or the day's window, in two halves that ctest runs side by side), and the planted bugs it
// must catch.
#include <catch2/catch.hpp>

#include "server/simulation.h"
#include "serverstore.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace CivicDesk;

namespace {

/// The starting point, built once per process.
QString templateDir()
{
    static QTemporaryDir dir;
    static const bool ready = SyncSimulation::prepare(dir.filePath(QStringLiteral("template"))).ok();
    REQUIRE(ready);
    return dir.filePath(QStringLiteral("template"));
}

int seedCount()
{
    const int n = qEnvironmentVariableIntValue("CIVICDESK_SIM_SEEDS");
    // On PostgreSQL each run makes a database of its own: 48 seeds unless asked.
    return n > 0 ? n : Test::serverOnPostgres() ? 48 : 240;
}

/// The first seed: CIVICDESK_SIM_FROM, or a window of the day's own. Each day's runs take the same seeds (a failure
/// seen today is seen again today, and replays alone from the seed it prints); over 25 days the windows cover
/// 25 times as many seeds as one run does.
quint64 firstSeed()
{
    bool given = false;
    const qint64 from = qEnvironmentVariableIntValue("CIVICDESK_SIM_FROM", &given);
    if (given && from > 0)
        return quint64(from);
    const qint64 day = QDate(2026, 1, 1).daysTo(QDateTime::currentDateTimeUtc().date());
    return quint64(1 + ((day % 25) + 25) % 25 * seedCount());
}

void runSeeds(quint64 from, int count)
{
    SyncSimulation::Options o;
    if (Test::serverOnPostgres())
        o.postgresCluster = Test::pgCluster();
    int saved = 0, rejected = 0;
    for (int i = 0; i < count; ++i) {
        o.seed = from + quint64(i);
        const SyncSimulation::Outcome r = SyncSimulation::run(templateDir(), o);
        INFO("seed " << o.seed << " (replay: civicdesk-bench sync-sim --seeds 1 --from " << o.seed << "): "
                     << r.failures.join(QStringLiteral("; ")).toStdString());
        REQUIRE(r.ok);
        saved += r.saved;
        rejected += r.rejected;
    }
    // The runs did work: commands saved, some of them refused by the server.
    CHECK(saved > count * 10);
    CHECK(rejected > 0);
}

/// How many seeds, from 1, until the bug is caught (0: not within @p limit).
int seedsToCatch(SyncSimulation::Options o, int limit)
{
    if (Test::serverOnPostgres())
        o.postgresCluster = Test::pgCluster();
    for (int i = 1; i <= limit; ++i) {
        o.seed = quint64(i);
        if (!SyncSimulation::run(templateDir(), o).ok)
            return i;
    }
    return 0;
}

} // namespace

TEST_CASE("simulation: every replica converges on the server, first half of the seeds", "[sync][simulation][stores]")
{
    WARN("seeds " << firstSeed() << " to " << firstSeed() + quint64(seedCount() / 2) - 1);
    runSeeds(firstSeed(), seedCount() / 2);
}

TEST_CASE("simulation: every replica converges on the server, second half of the seeds", "[sync][simulation][stores]")
{
    const quint64 from = firstSeed() + quint64(seedCount() / 2);
    WARN("seeds " << from << " to " << from + quint64(seedCount() - seedCount() / 2) - 1);
    runSeeds(from, seedCount() - seedCount() / 2);
}

TEST_CASE("simulation: each planted bug is caught", "[sync][simulation][stores]")
{
    SyncSimulation::Options replay;
    replay.bugLedgerApart = true;
    SyncSimulation::Options split;
    split.bugSplitPages = true;
    SyncSimulation::Options rebase;
    rebase.bugSkipRebase = true;
    const int a = seedsToCatch(replay, 60), b = seedsToCatch(split, 60), c = seedsToCatch(rebase, 60);
    INFO("seeds until caught: ledger apart from the effects " << a << ", pages split " << b << ", rebase skipped " << c);
    CHECK(a > 0);
    CHECK(b > 0);
    CHECK(c > 0);
}
