// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-bench sync-sim: the deterministic simulation of a server and its desks, over many seeds.
#include "benchsupport.h"

#include "server/simulation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace CivicDesk::Bench {

int benchSyncSim(const QStringList &args)
{
    int seeds = 100, desks = 3, steps = 80;
    quint64 from = 1;
    SyncSimulation::Options options;
    QString templateDir;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString flag = args.at(i), value = args.at(i + 1);
        if (flag == QLatin1String("--seeds"))
            seeds = value.toInt();
        else if (flag == QLatin1String("--from"))
            from = value.toULongLong();
        else if (flag == QLatin1String("--desks"))
            desks = value.toInt();
        else if (flag == QLatin1String("--steps"))
            steps = value.toInt();
        else if (flag == QLatin1String("--template"))
            templateDir = value;
        else if (flag == QLatin1String("--bug")) {
            options.bugNoReplayCheck = value == QLatin1String("no-replay-check");
            options.bugSplitPages = value == QLatin1String("split-pages");
            options.bugSkipRebase = value == QLatin1String("skip-rebase");
            options.bugLedgerApart = value == QLatin1String("ledger-apart");
            if (!options.bugNoReplayCheck && !options.bugSplitPages && !options.bugSkipRebase && !options.bugLedgerApart) {
                std::fprintf(stderr, "--bug is no-replay-check, split-pages, skip-rebase or ledger-apart\n");
                return 2;
            }
        } else {
            std::fprintf(stderr, "usage: civicdesk-bench sync-sim --seeds N [--from S] [--desks D] [--steps K] [--bug NAME]\n");
            return 2;
        }
    }
    if (seeds < 1 || desks < 1 || steps < 1) {
        std::fprintf(stderr, "--seeds, --desks and --steps are at least 1\n");
        return 2;
    }
    QTemporaryDir scratch;
    if (templateDir.isEmpty())
        templateDir = scratch.filePath(QStringLiteral("template"));
    if (Status st = SyncSimulation::prepare(templateDir); !st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().message));
        return 1;
    }
    options.desks = desks;
    options.steps = steps;
    int failures = 0;
    qint64 firstFailing = -1;
    long saved = 0, applied = 0, rejected = 0, faults = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < seeds; ++i) {
        options.seed = from + quint64(i);
        const SyncSimulation::Outcome o = SyncSimulation::run(templateDir, options);
        saved += o.saved;
        applied += o.applied;
        rejected += o.rejected;
        faults += o.faultsInjected;
        if (!o.ok) {
            ++failures;
            if (firstFailing < 0)
                firstFailing = qint64(options.seed);
            std::fprintf(stderr, "seed %llu FAILED (replay: civicdesk-bench sync-sim --seeds 1 --from %llu%s):\n", static_cast<unsigned long long>(options.seed),
                         static_cast<unsigned long long>(options.seed), "");
            for (const QString &f : o.failures)
                std::fprintf(stderr, "  %s\n", qPrintable(f));
        }
    }
    std::fprintf(stderr, "%d seeds in %.1f s: %ld commands saved on desks, %ld applied, %ld rejected, %ld faults injected\n", seeds,
                 timer.elapsed() / 1000.0, saved, applied, rejected, faults);
    bench("sim_seeds", seeds);
    bench("sim_failures", failures);
    if (firstFailing >= 0)
        bench("sim_first_failing_seed", double(firstFailing));
    return failures == 0 ? 0 : 1;
}

} // namespace CivicDesk::Bench
