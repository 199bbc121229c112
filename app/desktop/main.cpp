// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk: the desktop client of the citizen request desk.
#include "ui/desk/callrouter.h"
#include "ui/deskapplication.h"
#include "core/text/desktranslations.h"
#include "ui/mainwindow.h"
#include "ui/queue/requestlistmodel.h"
#include "core/settings/appsettings.h"
#include "core/util/processinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace CivicDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CivicDesk"));
    QApplication::setOrganizationName(QStringLiteral("CivicDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CIVICDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("civicdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/civicdesk/icons/civicdesk.png")));

    // The language first, so that --help is already in it.
    QSettings settings;
    QString language = AppSettings::language.get(settings);
    const QStringList raw = QApplication::arguments();
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw[i] == QLatin1String("--lang") && i + 1 < raw.size())
            language = raw[i + 1];
        else if (raw[i].startsWith(QLatin1String("--lang=")))
            language = raw[i].mid(7);
    }
    installDeskTranslations(app, language);

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "CivicDesk — the citizen request desk of a municipality."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open this database file."),
                                      QApplication::translate("main", "PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QApplication::translate("main", "Open the demo municipality (created on first use)."));
    const QCommandLineOption countryOption(QStringLiteral("demo-country"),
                                           QApplication::translate("main", "Country of the demo municipality: GR, RO, IT or ES."),
                                           QApplication::translate("main", "CC"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "User interface language (el, ro, it, ca, es, en)."),
                                        QApplication::translate("main", "CODE"));
    const QCommandLineOption rssOption(QStringLiteral("print-rss-and-quit"),
                                       QApplication::translate("main", "Open, show the request list, print resident memory in MB and quit (benchmark)."));
    const QCommandLineOption callOption(QStringLiteral("incoming-call"),
                                        QApplication::translate("main", "A call from NUMBER: hand it to the running desk (or start one) and show the caller."),
                                        QApplication::translate("main", "NUMBER"));
    const QCommandLineOption userOption(QStringLiteral("user"), QApplication::translate("main", "Work as this user (user name) without being asked."),
                                        QApplication::translate("main", "NAME"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "Work with the municipality's server at URL: signs in, fetches the data on first use, keeps it in step."),
                                          QApplication::translate("main", "URL"));
    const QCommandLineOption tenantOption(QStringLiteral("tenant"), QApplication::translate("main", "The municipality's code on the server."),
                                          QApplication::translate("main", "CODE"));
    const QCommandLineOption loginOption(QStringLiteral("login"), QApplication::translate("main", "The user who signs in to the server."),
                                         QApplication::translate("main", "LOGIN"));
    p.addOptions({dbOption, demoOption, countryOption, langOption, rssOption, callOption, userOption, serverOption, tenantOption, loginOption});
    p.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A database file to open, as --db (a double click on a .civicdesk file)."),
                            QStringLiteral("[file]"));
    p.process(app);

    // The telephone system's hook: a desk already running takes the call and this process is done.
    if (p.isSet(callOption)) {
        switch (CallRouter::sendCall(p.value(callOption))) {
        case CallRouter::Delivery::Delivered:
            return 0;
        case CallRouter::Delivery::Refused:
            // A desk runs: never a second one, whatever the telephone system sent.
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "The running desk did not take the call.")));
            return 2;
        case CallRouter::Delivery::NoDesk:
            break;
        }
    }
    if (p.isSet(langOption))
        AppSettings::language.set(settings, language);

    QString country = p.isSet(countryOption) ? p.value(countryOption).toUpper() : AppSettings::demoCountry.get(settings);
    if (p.isSet(countryOption))
        AppSettings::demoCountry.set(settings, country);
    QString path;
    if (p.isSet(dbOption))
        path = p.value(dbOption);
    else if (!p.positionalArguments().isEmpty())
        path = p.positionalArguments().constFirst();
    else if (!p.isSet(demoOption))
        path = AppSettings::lastDatabase.get(settings);

    DeskApplication desk(settings, systemClock()); // the one place the desk's clock is chosen
    if (p.isSet(userOption))
        desk.setUserName(p.value(userOption));
    desk.setAskForUser(!p.isSet(rssOption));
    if (p.isSet(callOption))
        desk.incomingCall(p.value(callOption));
    if (p.isSet(serverOption)) {
        // A desk of a server: its own file of the municipality's data (fetched at the first sign-in).
        DeskSync::Settings known;
        known.server = p.value(serverOption);
        known.tenant = p.value(tenantOption).toUpper();
        known.login = p.value(loginOption);
        if (!p.isSet(dbOption))
            path = DeskApplication::serverDeskPath(known);
        if (!desk.openServer(known, path))
            return 1;
    } else if (!desk.start(path, country)) {
        return 1;
    }
    if (!desk.listenForCalls(CallRouter::defaultServerName()))
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "Another desk of this user takes the incoming calls.")));
    if (p.isSet(rssOption)) {
        // Measure once the window has been laid out and the list has fetched its first page.
        QTimer::singleShot(300, &app, [&] {
            QApplication::processEvents();
            std::printf("client_rss_mb %.1f\nrequest_rows_loaded %d\n", residentMemoryBytes() / 1048576.0,
                        desk.window()->requestModel()->rowCount());
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
