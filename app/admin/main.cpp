// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-admin: the command line of a municipality's administrator; each command in command_<name>.cpp.
#include "admin.h"

#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>

#include <memory>

using namespace CivicDesk;

int main(int argc, char *argv[])
{
    // Reports lay text out and render PDF: they need the GUI library, without a display.
    const bool report = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "report-header") == 0);
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = report ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("civicdesk-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("CivicDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVICDESK_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("admin",
        "CivicDesk administration.\n\nCommands:\n"
        "  init              create an empty municipality (--name, --country, --time-zone, --languages)\n"
        "  generate          fill an empty database with a demo municipality (--country GR|RO|IT|ES, --citizens, --requests, --seed, --until);\n"
        "                    with --tenant CODE, --db is a server's file and the tenant is filled\n"
        "  import-districts  import district polygons (--geojson FILE --name-property P)\n"
        "  import-requests   import requests from an Open311 CSV (--open311-csv FILE [--bulk auto|yes|no])\n"
        "  import-citizens   import a citizen registry CSV (--csv FILE)\n"
        "  import-streets    replace the street gazetteer: from a street register, --csv FILE [--name-column C\n"
        "                    --type-column C --number-min-column C --number-max-column C]; or from OpenStreetMap,\n"
        "                    --osm FILE.osm.pbf [--districts-admin-level N] (streets, house numbers, districts)\n"
        "  import-services   load the service catalogue from Open311 documents: --services services.json\n"
        "                    [--definitions FILE, a list of service definitions] [--lang L, the language of their texts];\n"
        "                    with --tenant CODE, --db is a server's file and the tenant's catalogue changes\n"
        "  geocode TEXT      up to 5 addresses for TEXT, best first: address, latitude, longitude, district (tabs)\n"
        "  search TEXT       print ranked search hits (kind, id, name, why)\n"
        "  info              print what the database holds\n"
        "  calendar          print the business calendar and the holidays of --year; --set FILE replaces it\n"
        "  workflow          --set FILE stores a workflow definition (checked first)\n"
        "  escalate          run the escalation ladder once (what the server or a timer does)\n"
        "  map               print the base map; set it with --xyz URL [--attribution T] [--max-zoom Z], --mbtiles FILE\n"
        "                    or --vector (drawn from the districts and streets)\n"
        "  report            a report to a file: --kind requests|per-type|per-department|per-status|per-district|deadlines|\n"
        "                    satisfaction|crews --from DATE --to DATE [--department CODE] [--type CODE] [--status S]\n"
        "                    [--group-by department|type|status|district] [--limit N|all] [--lang L] --format csv|pdf|html --out FILE\n"
        "  mail-settings     print how messages to citizens are e-mailed; set it with --smtp URL --mail-from ADDRESS\n"
        "                    [--mail-name NAME] [--login LOGIN, the password on standard input] [--require-tls] [--ca FILE]\n"
        "                    [--per-minute N];\n"
        "                    --smtp= stops the sending (a desk alone then keeps its messages in the outbox)\n"
        "  sms-settings      print how messages to citizens are sent by SMS; set it with --sms-url URL (Kannel's sendsms)\n"
        "                    --sms-user USER (the password on standard input) [--sms-from SENDER] [--quiet-hours 22-8]\n"
        "                    [--per-minute N];\n"
        "                    --sms-url= stops the sending\n"
        "  mailbox-settings  print the mailbox citizens write to, read into the dispatch desk's list; set it with\n"
        "                    --imap URL --login LOGIN (the password on standard input) [--mailbox-address ADDRESS]\n"
        "                    [--every SECONDS] [--require-tls] [--ca FILE]; --imap= stops the reading\n"
        "  send-messages     send the e-mails and SMS that are due now (what a desk alone does by itself every half minute)\n"
        "  report-header     print the logo and the lines at the top of printed reports; set them with --logo FILE\n"
        "                    (--logo= for the CivicDesk emblem) and --header \"LINE\\nLINE\" (at most four lines)\n"
        "\nA server's file (--db is the server's, see civicdesk-server --help):\n"
        "  tenant-add        a municipality on the server: --code CODE --name NAME --country GR|RO|IT|ES\n"
        "  tenant-backup     a whole copy of a municipality's data, taken while the server runs: --tenant CODE --out FILE\n"
        "  tenant-restore    a backup back in place, the server stopped: --tenant CODE --from FILE; desks start again\n"
        "                    from it with their waiting changes\n"
        "  user-add          a user who signs in: --tenant CODE --login LOGIN --role operator|staff|head|supervisor|admin\n"
        "                    [--department CODE] [--name \"Full Name\"]; the password on standard input\n"
        "  user-disable      --tenant CODE --login LOGIN: no more sign-ins, the open ones ended\n"
        "  desks             the tenants, users and registered desks [--tenant CODE]\n"
        "  apikey-add        a key to a tenant's Open311 API for an application: --tenant CODE --name APP\n"
        "                    [--per-minute N]; prints the key (shown once)\n"
        "  apikey-revoke     --tenant CODE --key ID|APP: the key (or every key of the application) no longer works\n"
        "  apikeys           the API keys of --tenant CODE: id, application, issued, in use or revoked, rate\n"
        "\nA desk's file:\n"
        "  sync              one push-and-pull round with a server: --db DESK_FILE --server URL --tenant CODE --login LOGIN\n"
        "                    [--desk-code CODE] [--months N] [--ca FILE]; the password on standard input; a new file is\n"
        "                    fetched whole, or with --months as a partial replica"));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("admin", "What to do (see above)."));
    p.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("admin", "The database file."), QStringLiteral("FILE")},
        {QStringLiteral("postgres"), QCoreApplication::translate("admin", "A server's PostgreSQL database instead of --db: its catalog (tenant-add, user-add, …), or with --tenant CODE that tenant's data (info, mail-settings, …)."), QStringLiteral("CONNINFO")},
        {QStringLiteral("name"), QCoreApplication::translate("admin", "Municipality name (init)."), QStringLiteral("NAME")},
        {QStringLiteral("country"), QCoreApplication::translate("admin", "Country code."), QStringLiteral("CC")},
        {QStringLiteral("time-zone"), QCoreApplication::translate("admin", "IANA time zone (init)."), QStringLiteral("ZONE"), QStringLiteral("UTC")},
        {QStringLiteral("languages"), QCoreApplication::translate("admin", "Comma-separated language codes (init)."), QStringLiteral("LIST"), QStringLiteral("en")},
        {QStringLiteral("citizens"), QCoreApplication::translate("admin", "How many citizens (generate)."), QStringLiteral("N")},
        {QStringLiteral("requests"), QCoreApplication::translate("admin", "How many requests (generate)."), QStringLiteral("M")},
        {QStringLiteral("seed"), QCoreApplication::translate("admin", "Random seed (generate)."), QStringLiteral("S")},
        {QStringLiteral("until"), QCoreApplication::translate("admin", "Last day of generated requests (generate)."), QStringLiteral("DATE")},
        {QStringLiteral("geojson"), QCoreApplication::translate("admin", "GeoJSON file (import-districts)."), QStringLiteral("FILE")},
        {QStringLiteral("name-property"), QCoreApplication::translate("admin", "Feature property holding the name."), QStringLiteral("P"), QStringLiteral("name")},
        {QStringLiteral("open311-csv"), QCoreApplication::translate("admin", "Open311 CSV file (import-requests)."), QStringLiteral("FILE")},
        {QStringLiteral("bulk"), QCoreApplication::translate("admin", "import-requests: auto (the default: in bulk when the file is large and at least as large as the requests there), "
                                                                       "yes or no. In bulk, the requests' indexes and the dashboard's figures are made once at the end."),
         QStringLiteral("auto|yes|no"), QStringLiteral("auto")},
        {QStringLiteral("csv"), QCoreApplication::translate("admin", "Citizen CSV file (import-citizens); street register CSV (import-streets)."), QStringLiteral("FILE")},
        {QStringLiteral("osm"), QCoreApplication::translate("admin", "OpenStreetMap extract, .osm.pbf (import-streets)."), QStringLiteral("FILE")},
        {QStringLiteral("districts-admin-level"), QCoreApplication::translate("admin", "Administrative boundaries of this admin_level become the districts (import-streets --osm)."), QStringLiteral("N")},
        {QStringLiteral("name-column"), QCoreApplication::translate("admin", "Column of the street name (import-streets --csv)."), QStringLiteral("C"), QStringLiteral("name")},
        {QStringLiteral("type-column"), QCoreApplication::translate("admin", "Column of the street type (import-streets --csv)."), QStringLiteral("C")},
        {QStringLiteral("number-min-column"), QCoreApplication::translate("admin", "Column of the lowest house number (import-streets --csv)."), QStringLiteral("C")},
        {QStringLiteral("number-max-column"), QCoreApplication::translate("admin", "Column of the highest house number (import-streets --csv)."), QStringLiteral("C")},
        {QStringLiteral("limit"), QCoreApplication::translate("admin", "Most hits to print (search); most rows of a request list, or all (report: 10000 unless given)."), QStringLiteral("N")},
        {QStringLiteral("set"), QCoreApplication::translate("admin", "A JSON definition to store (calendar, workflow)."), QStringLiteral("FILE")},
        {QStringLiteral("year"), QCoreApplication::translate("admin", "Year whose holidays to list (calendar)."), QStringLiteral("YYYY")},
        {QStringLiteral("kind"), QCoreApplication::translate("admin", "Report kind (report)."), QStringLiteral("KIND")},
        {QStringLiteral("from"), QCoreApplication::translate("admin", "First day (report); the backup to restore (tenant-restore)."), QStringLiteral("DATE")},
        {QStringLiteral("to"), QCoreApplication::translate("admin", "Last day (report)."), QStringLiteral("DATE")},
        {QStringLiteral("department"), QCoreApplication::translate("admin", "Department code (report)."), QStringLiteral("CODE")},
        {QStringLiteral("type"), QCoreApplication::translate("admin", "Service type code (report)."), QStringLiteral("CODE")},
        {QStringLiteral("status"), QCoreApplication::translate("admin", "Status code (report)."), QStringLiteral("S")},
        {QStringLiteral("group-by"), QCoreApplication::translate("admin", "Grouping of a request list (report)."), QStringLiteral("G")},
        {QStringLiteral("lang"), QCoreApplication::translate("admin", "Language of the report (report): its words, names, dates and numbers."), QStringLiteral("L"), QStringLiteral("en")},
        {QStringLiteral("format"), QCoreApplication::translate("admin", "csv, pdf or html (report)."), QStringLiteral("F"), QStringLiteral("csv")},
        {QStringLiteral("out"), QCoreApplication::translate("admin", "Output file (report, tenant-backup)."), QStringLiteral("FILE")},
        {QStringLiteral("logo"), QCoreApplication::translate("admin", "Image of the logo on printed reports, kept in the file; empty: the CivicDesk emblem (report-header)."), QStringLiteral("FILE")},
        {QStringLiteral("header"), QCoreApplication::translate("admin", "Lines under the municipality's name on printed reports, \\n between them (report-header)."), QStringLiteral("TEXT")},
        {QStringLiteral("smtp"), QCoreApplication::translate("admin", "Mail server, smtp://HOST:PORT or smtps://HOST:PORT; empty: none (mail-settings)."), QStringLiteral("URL")},
        {QStringLiteral("mail-from"), QCoreApplication::translate("admin", "The address e-mails to citizens come from (mail-settings)."), QStringLiteral("ADDRESS")},
        {QStringLiteral("mail-name"), QCoreApplication::translate("admin", "The name e-mails to citizens come from; the municipality's unless given (mail-settings)."), QStringLiteral("NAME")},
        {QStringLiteral("imap"), QCoreApplication::translate("admin", "The citizens' mailbox, imap://HOST/INBOX or imaps://HOST/INBOX; empty: none (mailbox-settings)."), QStringLiteral("URL")},
        {QStringLiteral("mailbox-address"), QCoreApplication::translate("admin", "The mailbox's own address: a message from it is a loop (mailbox-settings)."), QStringLiteral("ADDRESS")},
        {QStringLiteral("every"), QCoreApplication::translate("admin", "Read the mailbox every N seconds; 15 unless given (mailbox-settings)."), QStringLiteral("SECONDS")},
        {QStringLiteral("sms-url"), QCoreApplication::translate("admin", "Kannel's sendsms address, http://HOST:13013/cgi-bin/sendsms; empty: none (sms-settings)."), QStringLiteral("URL")},
        {QStringLiteral("sms-user"), QCoreApplication::translate("admin", "The gateway's sendsms user (sms-settings)."), QStringLiteral("USER")},
        {QStringLiteral("sms-from"), QCoreApplication::translate("admin", "The sender shown on the phone: a number or up to 11 letters (sms-settings)."), QStringLiteral("SENDER")},
        {QStringLiteral("quiet-hours"), QCoreApplication::translate("admin", "Hours of the municipality's day without SMS, FROM-TO (sms-settings; 22-8 unless given)."), QStringLiteral("FROM-TO")},
        {QStringLiteral("per-minute"), QCoreApplication::translate("admin", "Send at most N messages a minute; 0, or not given: as fast as the server takes them (mail-settings, sms-settings); the requests a minute of an API key, 0: the server's rate (apikey-add)."), QStringLiteral("N")},
        {QStringLiteral("require-tls"), QCoreApplication::translate("admin", "Never send or log in in clear text: STARTTLS must work (mail-settings, mailbox-settings).")},
        {QStringLiteral("xyz"), QCoreApplication::translate("admin", "Tile URL template with {z}, {x}, {y} (map)."), QStringLiteral("URL")},
        {QStringLiteral("attribution"), QCoreApplication::translate("admin", "Attribution shown on the map (map)."), QStringLiteral("TEXT")},
        {QStringLiteral("max-zoom"), QCoreApplication::translate("admin", "Highest zoom level of the tiles (map)."), QStringLiteral("Z"), QStringLiteral("19")},
        {QStringLiteral("mbtiles"), QCoreApplication::translate("admin", "MBTiles file (map)."), QStringLiteral("FILE")},
        {QStringLiteral("vector"), QCoreApplication::translate("admin", "Use the vector base map (map).")},
        {QStringLiteral("code"), QCoreApplication::translate("admin", "Tenant code (tenant-add)."), QStringLiteral("CODE")},
        {QStringLiteral("tenant"), QCoreApplication::translate("admin", "Tenant code (user-add, generate, sync)."), QStringLiteral("CODE")},
        {QStringLiteral("login"), QCoreApplication::translate("admin", "User's login (user-add, sync); the mail server's (mail-settings); the mailbox's (mailbox-settings)."), QStringLiteral("LOGIN")},
        {QStringLiteral("role"), QCoreApplication::translate("admin", "User's role (user-add)."), QStringLiteral("ROLE")},
        {QStringLiteral("server"), QCoreApplication::translate("admin", "Server URL (sync)."), QStringLiteral("URL")},
        {QStringLiteral("desk-code"), QCoreApplication::translate("admin", "The code a new desk asks for (sync)."), QStringLiteral("CODE")},
        {QStringLiteral("months"), QCoreApplication::translate("admin", "A new desk keeps the open requests, its department's and those changed in these last months (sync; default: all)."), QStringLiteral("N")},
        {QStringLiteral("services"), QCoreApplication::translate("admin", "An Open311 services.json (import-services)."), QStringLiteral("FILE")},
        {QStringLiteral("definitions"), QCoreApplication::translate("admin", "A JSON list of Open311 service definitions (import-services)."), QStringLiteral("FILE")},
        {QStringLiteral("key"), QCoreApplication::translate("admin", "An API key's id, or an application's name (apikey-revoke)."), QStringLiteral("ID")},
        {QStringLiteral("ca"), QCoreApplication::translate("admin", "Certificate authority of the server (sync) or of the mail server (mail-settings, mailbox-settings)."), QStringLiteral("FILE")},
    });
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.isEmpty()) {
        p.showHelp(2);
    }
    const QString command = args.first();
    // A server's file and a desk's round with a server: not a municipality's database to open first.
    static const QHash<QString, int (*)(const QCommandLineParser &)> serverCommands{
        {QStringLiteral("tenant-add"), &Admin::commandTenantAdd},   {QStringLiteral("user-add"), &Admin::commandUserAdd},
        {QStringLiteral("user-disable"), &Admin::commandUserDisable}, {QStringLiteral("desks"), &Admin::commandDesks},
        {QStringLiteral("tenant-backup"), &Admin::commandTenantBackup}, {QStringLiteral("tenant-restore"), &Admin::commandTenantRestore},
        {QStringLiteral("sync"), &Admin::commandSync},
        {QStringLiteral("apikey-add"), &Admin::commandApiKeyAdd}, {QStringLiteral("apikey-revoke"), &Admin::commandApiKeyRevoke},
        {QStringLiteral("apikeys"), &Admin::commandApiKeys}};
    if (const auto server = serverCommands.constFind(command); server != serverCommands.cend())
        return (*server)(p);
    if (command == QLatin1String("generate") && p.isSet(QStringLiteral("tenant")))
        return Admin::commandGenerateTenant(p);
    if (command == QLatin1String("import-services") && p.isSet(QStringLiteral("tenant")))
        return Admin::commandImportServicesTenant(p);
    using Command = int (*)(const QCommandLineParser &, Database &);
    static const QHash<QString, Command> commands{
        {QStringLiteral("init"), &Admin::commandInit},
        {QStringLiteral("generate"), &Admin::commandGenerate},
        {QStringLiteral("import-districts"), &Admin::commandImportDistricts},
        {QStringLiteral("import-requests"), &Admin::commandImportRequests},
        {QStringLiteral("import-citizens"), &Admin::commandImportCitizens},
        {QStringLiteral("search"), &Admin::commandSearch},
        {QStringLiteral("info"), &Admin::commandInfo},
        {QStringLiteral("calendar"), &Admin::commandCalendar},
        {QStringLiteral("workflow"), &Admin::commandWorkflow},
        {QStringLiteral("escalate"), &Admin::commandEscalate},
        {QStringLiteral("report"), &Admin::commandReport},
        {QStringLiteral("map"), &Admin::commandMap},
        {QStringLiteral("report-header"), &Admin::commandReportHeader},
        {QStringLiteral("mail-settings"), &Admin::commandMailSettings},
        {QStringLiteral("sms-settings"), &Admin::commandSmsSettings},
        {QStringLiteral("mailbox-settings"), &Admin::commandMailboxSettings},
        {QStringLiteral("send-messages"), &Admin::commandSendMessages},
        {QStringLiteral("import-streets"), &Admin::commandImportStreets},
        {QStringLiteral("geocode"), &Admin::commandGeocode},
        {QStringLiteral("import-services"), &Admin::commandImportServices},
    };
    const auto run = commands.constFind(command);
    if (run == commands.cend())
        return Admin::fail(QCoreApplication::translate("admin", "Unknown command \"%1\"; see --help.").arg(command));
    // Only init and generate make a database; any other command on a path where none exists would leave an
    // empty file behind.
    int code = 0;
    if (p.isSet(QStringLiteral("postgres"))) {
        // A tenant's data on a server's PostgreSQL database.
        if (command == QLatin1String("init") || command == QLatin1String("generate"))
            return Admin::fail(QCoreApplication::translate("admin", "On PostgreSQL a municipality is made with tenant-add (and filled with generate --tenant)."));
        if (!p.isSet(QStringLiteral("tenant")))
            return Admin::fail(QCoreApplication::translate("admin", "--postgres needs --tenant CODE: whose data to work on."));
        Result<std::unique_ptr<Database>> pg = Database::openPostgres(p.value(QStringLiteral("postgres")), p.value(QStringLiteral("tenant")));
        if (!pg)
            return Admin::fail(pg.error());
        return (*run)(p, *pg.value());
    }
    const QString dbPath = p.value(QStringLiteral("db"));
    if (!dbPath.isEmpty() && command != QLatin1String("init") && command != QLatin1String("generate") && !QFileInfo::exists(dbPath))
        return Admin::fail(QCoreApplication::translate("admin", "There is no database at %1; make one first with init (or generate a demo).")
                               .arg(QDir::toNativeSeparators(dbPath)));
    std::unique_ptr<Database> db = Admin::openOrReport(dbPath, &code);
    if (!db)
        return code;
    return (*run)(p, *db);
}
