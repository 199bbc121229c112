// SPDX-License-Identifier: GPL-3.0-or-later
// One Catch2 runner for the sync tests, with the QCoreApplication that Qt SQL needs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civicdesk-tests"));
    return Catch::Session().run(argc, argv);
}
