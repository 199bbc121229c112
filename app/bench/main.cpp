// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-bench: measures the figures the issues name and prints one line "BENCH <name> <value>" each.
#include "benchsupport.h"

#include "core/storage/database.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace CivicDesk;
using namespace CivicDesk::Bench;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: civicdesk-bench lookup|open|screenpop|duplicates|queue|dashboard|map --db FILE [--png FRAME.png] [--mix file|fixed]\n"
                         "       civicdesk-bench generate --db NEWFILE [--citizens N] [--requests M] [--country CC]\n"
                         "       civicdesk-bench import --db NEWFILE [--rows N] [--keep-csv] [--bulk auto|yes|no]\n"
                         "       civicdesk-bench sync [--citizens N --requests M] [--desks D] [--idle K] [--seconds S] [--server-dir DIR] [--http-layer own|qt]\n"
                         "       civicdesk-bench notify [--messages N]\n"
                         "       civicdesk-bench open311 [--seconds S] [--rounds R] [--connections C] [--posts N]\n"
                         "       civicdesk-bench sync-sim --seeds N [--from S] [--desks D] [--steps K] [--bug no-replay-check|split-pages|skip-rebase|ledger-apart]\n"
                         "                                  [--postgres CLUSTER: the server on PostgreSQL, a database a seed]\n"
                         "       civicdesk-bench scale --postgres CLUSTER [--citizens N] [--requests M] [--instances K] [--desks D] [--seconds S]\n");
    return 2;
}

// The offscreen platform warns at every window resize that it cannot pass size hints on: noise here.
QtMessageHandler previousHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    const bool widgets = argc > 1 && (qstrcmp(argv[1], "screenpop") == 0 || qstrcmp(argv[1], "duplicates") == 0 || qstrcmp(argv[1], "queue") == 0 ||
                         qstrcmp(argv[1], "dashboard") == 0 || qstrcmp(argv[1], "map") == 0);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (widgets)
        previousHandler = qInstallMessageHandler(quietOffscreen);
    std::unique_ptr<QCoreApplication> application = widgets ? std::make_unique<QApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args[0] == QLatin1String("sync-sim"))
        return benchSyncSim(args.mid(1));
    if (!args.isEmpty() && args[0] == QLatin1String("sync"))
        return benchSync(args.mid(1));
    if (!args.isEmpty() && args[0] == QLatin1String("scale"))
        return benchScale(args.mid(1));
    if (!args.isEmpty() && args[0] == QLatin1String("notify"))
        return benchNotify(args.mid(1));
    if (!args.isEmpty() && args[0] == QLatin1String("open311"))
        return benchOpen311(args.mid(1));
    if (args.size() < 3 || args[1] != QLatin1String("--db"))
        return usage();
    const QString scenario = args[0];
    const QString path = args[2];
    if (scenario == QLatin1String("generate"))
        return benchGenerate(path, args.mid(3));
    if (scenario == QLatin1String("import"))
        return benchImport(path, args.mid(3));
    if (scenario == QLatin1String("open"))
        return benchOpen(path);

    if (widgets) {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        if (scenario == QLatin1String("queue"))
            return benchQueue(*db.value());
        if (scenario == QLatin1String("dashboard"))
            return benchDashboard(*db.value());
        if (scenario == QLatin1String("map"))
            return benchMap(*db.value(), args.mid(3));
        return scenario == QLatin1String("screenpop") ? benchScreenPop(*db.value()) : benchDuplicates(*db.value());
    }
    if (scenario != QLatin1String("lookup"))
        return usage();
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    return benchLookup(*db.value(), args.mid(3));
}

