// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprogress.h"

#include "core/storage/database.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace CivicDesk {

Status createDemoWithProgress(QWidget *parent, const QString &path, const DemoOptions &options)
{
    QProgressDialog dialog(QCoreApplication::translate("CivicDesk", "Creating the demo municipality…"),
                           QCoreApplication::translate("CivicDesk", "Cancel"), 0, 100, parent);
    dialog.setWindowTitle(QCoreApplication::translate("CivicDesk", "CivicDesk demo"));
    dialog.setMinimumDuration(0);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setValue(0);
    std::atomic_bool cancelled = false;
    QPointer<QProgressDialog> guard(&dialog);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });

    // The worker opens its own connection: a database connection belongs to the thread that opened it.
    QFuture<Status> future = QtConcurrent::run([path, options, &cancelled, guard]() -> Status {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db)
            return db.error();
        Result<DemoSummary> r = DemoGenerator(*db.value(), options).run([&](int percent, const QString &stage) {
            QMetaObject::invokeMethod(qApp, [guard, percent, stage] {
                if (guard) {
                    guard->setValue(percent);
                    guard->setLabelText(stage);
                }
            }, Qt::QueuedConnection);
            return !cancelled.load();
        });
        if (!r)
            return r.error();
        return {};
    });
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    Status result = future.result();
    if (!result)
        Database::removeFiles(path);
    return result;
}

} // namespace CivicDesk
