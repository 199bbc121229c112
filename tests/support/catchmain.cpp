// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner of the core and the sync tests, with the QCoreApplication that Qt SQL needs; compiled once
// for both (it is most of Catch2's code).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civicdesk-tests"));
    return Catch::Session().run(argc, argv);
}
