// SPDX-License-Identifier: GPL-3.0-or-later
// civicdesk-admin: headless operations on a CivicDesk database (create, generate demo data, import, search).
#include "maps/tiles.h"
#include "demo/demogenerator.h"
#include "domain/idgenerator.h"
#include "importing/citizenimporter.h"
#include "importing/districtimporter.h"
#include "importing/open311importer.h"
#include "storage/searchindexer.h"
#include "search/searchservice.h"
#include "storage/cataloguerepository.h"
#include "storage/citizenrepository.h"
#include "storage/database.h"
#include "storage/reportsetstore.h"
#include "storage/georepository.h"
#include "storage/organisationrepository.h"
#include "storage/requestrepository.h"
#include "reports/report.h"
#include "reports/reportpainter.h"
#include "workflow/engine.h"
#include "workflow/escalation.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace CivicDesk;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message)
{
    err() << message << Qt::endl;
    return 1;
}

int fail(const Error &error)
{
    return fail(error.message);
}

std::unique_ptr<Database> openOrReport(const QString &path, int *exitCode)
{
    if (path.isEmpty()) {
        *exitCode = fail(QCoreApplication::translate("admin", "--db FILE is required."));
        return nullptr;
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        *exitCode = fail(db.error());
        return nullptr;
    }
    return std::move(db).value();
}

int printReport(const Result<ImportReport> &report)
{
    if (!report)
        return fail(report.error());
    out() << report->toText() << Qt::endl;
    return 0;
}

int commandInit(QCommandLineParser &p, Database &db)
{
    OrganisationRepository repo(db);
    if (repo.tenant())
        return fail(QCoreApplication::translate("admin", "%1 already holds a municipality.").arg(db.path()));
    const QString name = p.value(QStringLiteral("name"));
    const QString country = p.value(QStringLiteral("country")).toUpper();
    const QString zone = p.value(QStringLiteral("time-zone"));
    if (name.isEmpty() || country.size() != 2)
        return fail(QCoreApplication::translate("admin", "init needs --name NAME and --country CC (ISO 3166 code)."));
    if (!QTimeZone(zone.toUtf8()).isValid())
        return fail(QCoreApplication::translate("admin", "Unknown time zone \"%1\".").arg(zone));
    IdGenerator ids;
    Tenant t;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    t.id = ids.next(now);
    t.name = name;
    t.country = country;
    t.languages = p.value(QStringLiteral("languages")).split(u',', Qt::SkipEmptyParts);
    t.timeZone = zone;
    t.deviceCode = QStringLiteral("A1");
    t.stamp = {now, QStringLiteral("admin")};
    Status s = db.transaction([&] { return repo.saveTenant(t); });
    if (!s)
        return fail(s.error());
    out() << QCoreApplication::translate("admin", "Created municipality %1 in %2").arg(name, db.path()) << Qt::endl;
    return 0;
}

int commandGenerate(QCommandLineParser &p, Database &db)
{
    DemoOptions o;
    o.country = p.value(QStringLiteral("country")).isEmpty() ? QStringLiteral("GR") : p.value(QStringLiteral("country"));
    bool ok1 = true, ok2 = true, ok3 = true;
    if (p.isSet(QStringLiteral("citizens")))
        o.citizens = p.value(QStringLiteral("citizens")).toLongLong(&ok1);
    if (p.isSet(QStringLiteral("requests")))
        o.requests = p.value(QStringLiteral("requests")).toLongLong(&ok2);
    if (p.isSet(QStringLiteral("seed")))
        o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || o.citizens < 1 || o.requests < 0)
        return fail(QCoreApplication::translate("admin", "--citizens, --requests and --seed take whole numbers (citizens at least 1)."));
    if (p.isSet(QStringLiteral("until"))) {
        const QDate d = QDate::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
        if (!d.isValid())
            return fail(QCoreApplication::translate("admin", "--until takes a date such as 2026-11-01."));
        o.until = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else {
        o.until = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
    }
    int last = -1;
    Result<DemoSummary> r = DemoGenerator(db, o).run([&](int percent, const QString &stage) {
        if (percent / 5 != last / 5) {
            err() << QStringLiteral("%1% %2").arg(percent, 3).arg(stage) << Qt::endl;
            last = percent;
        }
        return true;
    });
    if (!r)
        return fail(r.error());
    const double seconds = std::max<qint64>(1, r->milliseconds) / 1000.0;
    out() << QCoreApplication::translate("admin", "%1 citizens, %2 requests, %3 events, %4 other rows in %5 s (%6 rows/s)")
                 .arg(r->citizens)
                 .arg(r->requests)
                 .arg(r->events)
                 .arg(r->otherRows)
                 .arg(seconds, 0, 'f', 1)
                 .arg(qint64(r->totalRows() / seconds))
          << Qt::endl;
    return 0;
}

int commandSearch(QCommandLineParser &p, Database &db)
{
    const QString text = p.positionalArguments().mid(1).join(u' ');
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("admin", "search needs the text to look for."));
    SearchService search(db, tenantRegion(db));
    SearchService::Options options;
    options.limit = p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt() : 20;
    for (const SearchHit &h : search.search(text, options))
        out() << SearchHit::kindCode(h.kind) << '\t' << h.id << '\t' << h.title << '\t' << h.why() << Qt::endl;
    return 0;
}

int commandInfo(Database &db)
{
    const std::optional<Tenant> t = OrganisationRepository(db).tenant();
    out() << "file\t" << db.path() << Qt::endl;
    out() << "schema\t" << db.schemaVersion() << Qt::endl;
    out() << "municipality\t" << (t ? t->name : QString()) << Qt::endl;
    out() << "country\t" << (t ? t->country : QString()) << Qt::endl;
    out() << "districts\t" << GeoRepository(db).districtCount() << Qt::endl;
    out() << "citizens\t" << CitizenRepository(db).count() << Qt::endl;
    out() << "requests\t" << RequestRepository(db).count() << Qt::endl;
    return 0;
}

int commandReport(const QCommandLineParser &p, Database &db)
{
    ReportParameters params;
    const std::optional<ReportKind> kind = reportKindFromCode(p.value(QStringLiteral("kind")));
    if (!kind)
        return fail(QCoreApplication::translate("admin", "report needs --kind (see --help)."));
    params.kind = *kind;
    params.from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    params.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (p.isSet(QStringLiteral("department"))) {
        for (const Department &d : OrganisationRepository(db).departments())
            if (d.code == p.value(QStringLiteral("department")) || d.id == p.value(QStringLiteral("department")))
                params.departmentId = d.id;
        if (params.departmentId.isEmpty())
            return fail(QCoreApplication::translate("admin", "No department has the code %1.").arg(p.value(QStringLiteral("department"))));
    }
    if (p.isSet(QStringLiteral("type"))) {
        const std::optional<ServiceType> t = CatalogueRepository(db).typeByCode(p.value(QStringLiteral("type")));
        if (!t)
            return fail(QCoreApplication::translate("admin", "No service type has the code %1.").arg(p.value(QStringLiteral("type"))));
        params.typeId = t->id;
    }
    if (p.isSet(QStringLiteral("status"))) {
        params.status = requestStatusFromCode(p.value(QStringLiteral("status")));
        if (!params.status)
            return fail(QCoreApplication::translate("admin", "Unknown status %1.").arg(p.value(QStringLiteral("status"))));
    }
    params.groupBy = p.value(QStringLiteral("group-by"));
    const QString format = p.value(QStringLiteral("format"));
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(QCoreApplication::translate("admin", "report needs --out FILE."));
    if (format != QLatin1String("csv") && format != QLatin1String("pdf") && format != QLatin1String("html"))
        return fail(QCoreApplication::translate("admin", "The format is csv, pdf or html."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<ReportTable> table = ReportBuilder(db, p.value(QStringLiteral("lang")), now).build(params);
    if (!table)
        return fail(table.error());
    const std::optional<Tenant> tenant = OrganisationRepository(db).tenant();
    const QString html = reportToHtml(table.value(), tenant ? tenant->name : QString(), QStringLiteral("civicdesk-admin"),
                                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(now), QLocale::ShortFormat));
    Status written = format == QLatin1String("csv")  ? writeReportFile(path, reportToCsv(table.value()))
        : format == QLatin1String("html")            ? writeReportFile(path, html.toUtf8())
                                                     : ReportPainter::writePdf(path, table.value(),
                                                                               {tenant ? tenant->name : QString(), QStringLiteral("civicdesk-admin"),
                                                                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(now), QLocale::ShortFormat),
                                                                                ReportHeader::logoOf(ReportSetStore(db).logo())});
    if (!written)
        return fail(written.error());
    out() << table->rowCount << " rows of " << table->matching << " written to " << path << Qt::endl;
    return 0;
}

} // namespace

/// Prints the base map, or sets it (checked first: an MBTiles file must open and hold tiles).
int commandMap(const QCommandLineParser &p, Database &db)
{
    Geo::BaseMapConfig c;
    const bool set = p.isSet(QStringLiteral("xyz")) || p.isSet(QStringLiteral("mbtiles")) || p.isSet(QStringLiteral("vector"));
    if (set) {
        if (p.isSet(QStringLiteral("xyz"))) {
            c.kind = Geo::BaseMapConfig::Kind::Xyz;
            c.url = p.value(QStringLiteral("xyz"));
        } else if (p.isSet(QStringLiteral("mbtiles"))) {
            c.kind = Geo::BaseMapConfig::Kind::MbTiles;
            c.path = QFileInfo(p.value(QStringLiteral("mbtiles"))).absoluteFilePath();
            Result<std::unique_ptr<Geo::MbTilesSource>> file = Geo::MbTilesSource::open(c.path);
            if (!file)
                return fail(file.error());
            c.maxZoom = file.value()->maxZoom();
            c.attribution = file.value()->attribution();
        }
        if (p.isSet(QStringLiteral("attribution")))
            c.attribution = p.value(QStringLiteral("attribution"));
        if (c.kind == Geo::BaseMapConfig::Kind::Xyz) {
            bool ok = false;
            c.maxZoom = p.value(QStringLiteral("max-zoom")).toInt(&ok);
            if (!ok)
                return fail(QCoreApplication::translate("admin", "--max-zoom needs a number."));
        }
        if (Status s = Geo::writeBaseMapConfig(db, c); !s)
            return fail(s.error());
    }
    const Result<Geo::BaseMapConfig> now = Geo::readBaseMapConfig(db);
    if (!now)
        return fail(now.error());
    switch (now->kind) {
    case Geo::BaseMapConfig::Kind::Vector:
        out() << "vector base map (districts and street gazetteer)" << Qt::endl;
        break;
    case Geo::BaseMapConfig::Kind::Xyz:
        out() << "xyz " << now->url << " max zoom " << now->maxZoom << Qt::endl;
        break;
    case Geo::BaseMapConfig::Kind::MbTiles:
        out() << "mbtiles " << now->path << " max zoom " << now->maxZoom << Qt::endl;
        break;
    }
    if (!now->attribution.isEmpty())
        out() << "attribution " << now->attribution << Qt::endl;
    return 0;
}

int main(int argc, char *argv[])
{
    // Reports lay text out and render PDF: they need the GUI library, without a display.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
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
        "  generate          fill an empty database with a demo municipality (--country GR|RO|IT|ES, --citizens, --requests, --seed, --until)\n"
        "  import-districts  import district polygons (--geojson FILE --name-property P)\n"
        "  import-requests   import requests from an Open311 CSV (--open311-csv FILE)\n"
        "  import-citizens   import a citizen registry CSV (--csv FILE)\n"
        "  search TEXT       print ranked search hits (kind, id, name, why)\n"
        "  info              print what the database holds\n"
        "  calendar          print the business calendar and the holidays of --year; --set FILE replaces it\n"
        "  workflow          --set FILE stores a workflow definition (checked first)\n"
        "  escalate          run the escalation ladder once (what the server or a timer does)\n"
        "  map               print the base map; set it with --xyz URL [--attribution T] [--max-zoom Z], --mbtiles FILE\n"
        "                    or --vector (drawn from the districts and streets)\n"
        "  report            a report to a file: --kind requests|per-type|per-department|per-status|per-district|deadlines|\n"
        "                    satisfaction|crews --from DATE --to DATE [--department CODE] [--type CODE] [--status S]\n"
        "                    [--group-by department|type|status|district] [--lang L] --format csv|pdf|html --out FILE"));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("admin", "What to do (see above)."));
    p.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("admin", "The database file."), QStringLiteral("FILE")},
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
        {QStringLiteral("csv"), QCoreApplication::translate("admin", "Citizen CSV file (import-citizens)."), QStringLiteral("FILE")},
        {QStringLiteral("limit"), QCoreApplication::translate("admin", "Most hits to print (search)."), QStringLiteral("N")},
        {QStringLiteral("set"), QCoreApplication::translate("admin", "A JSON definition to store (calendar, workflow)."), QStringLiteral("FILE")},
        {QStringLiteral("year"), QCoreApplication::translate("admin", "Year whose holidays to list (calendar)."), QStringLiteral("YYYY")},
        {QStringLiteral("kind"), QCoreApplication::translate("admin", "Report kind (report)."), QStringLiteral("KIND")},
        {QStringLiteral("from"), QCoreApplication::translate("admin", "First day (report)."), QStringLiteral("DATE")},
        {QStringLiteral("to"), QCoreApplication::translate("admin", "Last day (report)."), QStringLiteral("DATE")},
        {QStringLiteral("department"), QCoreApplication::translate("admin", "Department code (report)."), QStringLiteral("CODE")},
        {QStringLiteral("type"), QCoreApplication::translate("admin", "Service type code (report)."), QStringLiteral("CODE")},
        {QStringLiteral("status"), QCoreApplication::translate("admin", "Status code (report)."), QStringLiteral("S")},
        {QStringLiteral("group-by"), QCoreApplication::translate("admin", "Grouping of a request list (report)."), QStringLiteral("G")},
        {QStringLiteral("lang"), QCoreApplication::translate("admin", "Language of the report's names (report)."), QStringLiteral("L"), QStringLiteral("en")},
        {QStringLiteral("format"), QCoreApplication::translate("admin", "csv, pdf or html (report)."), QStringLiteral("F"), QStringLiteral("csv")},
        {QStringLiteral("out"), QCoreApplication::translate("admin", "Output file (report)."), QStringLiteral("FILE")},
        {QStringLiteral("xyz"), QCoreApplication::translate("admin", "Tile URL template with {z}, {x}, {y} (map)."), QStringLiteral("URL")},
        {QStringLiteral("attribution"), QCoreApplication::translate("admin", "Attribution shown on the map (map)."), QStringLiteral("TEXT")},
        {QStringLiteral("max-zoom"), QCoreApplication::translate("admin", "Highest zoom level of the tiles (map)."), QStringLiteral("Z"), QStringLiteral("19")},
        {QStringLiteral("mbtiles"), QCoreApplication::translate("admin", "MBTiles file (map)."), QStringLiteral("FILE")},
        {QStringLiteral("vector"), QCoreApplication::translate("admin", "Use the vector base map (map).")},
    });
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.isEmpty()) {
        p.showHelp(2);
    }
    const QString command = args.first();
    static const QStringList commands{QStringLiteral("init"), QStringLiteral("generate"), QStringLiteral("import-districts"),
                                      QStringLiteral("import-requests"), QStringLiteral("import-citizens"),
                                      QStringLiteral("search"), QStringLiteral("info"), QStringLiteral("calendar"),
                                      QStringLiteral("workflow"), QStringLiteral("escalate"), QStringLiteral("report"),
                                      QStringLiteral("map")};
    if (!commands.contains(command))
        return fail(QCoreApplication::translate("admin", "Unknown command \"%1\"; see --help.").arg(command));
    int code = 0;
    std::unique_ptr<Database> db = openOrReport(p.value(QStringLiteral("db")), &code);
    if (!db)
        return code;
    if (command == QLatin1String("init"))
        return commandInit(p, *db);
    if (command == QLatin1String("generate"))
        return commandGenerate(p, *db);
    if (command == QLatin1String("import-districts")) {
        if (!p.isSet(QStringLiteral("geojson")))
            return fail(QCoreApplication::translate("admin", "import-districts needs --geojson FILE."));
        return printReport(DistrictImporter(*db).importFile(p.value(QStringLiteral("geojson")), p.value(QStringLiteral("name-property"))));
    }
    if (command == QLatin1String("import-requests")) {
        if (!p.isSet(QStringLiteral("open311-csv")))
            return fail(QCoreApplication::translate("admin", "import-requests needs --open311-csv FILE."));
        return printReport(Open311Importer(*db).importFile(p.value(QStringLiteral("open311-csv"))));
    }
    if (command == QLatin1String("import-citizens")) {
        if (!p.isSet(QStringLiteral("csv")))
            return fail(QCoreApplication::translate("admin", "import-citizens needs --csv FILE."));
        return printReport(CitizenImporter(*db).importFile(p.value(QStringLiteral("csv"))));
    }
    if (command == QLatin1String("search"))
        return commandSearch(p, *db);
    if (command == QLatin1String("calendar") || command == QLatin1String("workflow")) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (p.isSet(QStringLiteral("set"))) {
            QFile f(p.value(QStringLiteral("set")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(QCoreApplication::translate("admin", "Cannot read %1: %2").arg(f.fileName(), f.errorString()));
            const QByteArray json = f.readAll();
            Status s = command == QLatin1String("calendar") ? saveCalendar(*db, json, QStringLiteral("admin"), now)
                                                           : saveWorkflow(*db, json, QStringLiteral("admin"), now);
            if (!s)
                return fail(s.error());
            out() << QCoreApplication::translate("admin", "Stored.") << Qt::endl;
            return 0;
        }
        if (command == QLatin1String("workflow"))
            return fail(QCoreApplication::translate("admin", "workflow needs --set FILE."));
        const BusinessCalendar cal = calendarOf(*db);
        const int year = p.isSet(QStringLiteral("year")) ? p.value(QStringLiteral("year")).toInt() : QDate::currentDate().year();
        out() << "time zone " << QString::fromUtf8(cal.timeZone().id()) << ", Easter " << (cal.orthodox() ? "orthodox " : "western ")
              << (cal.orthodox() ? orthodoxEaster(year) : westernEaster(year)).toString(Qt::ISODate) << Qt::endl;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
            if (const QString name = cal.holidayName(d); !name.isEmpty())
                out() << d.toString(Qt::ISODate) << '\t' << name << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("report"))
        return commandReport(p, *db);
    if (command == QLatin1String("map"))
        return commandMap(p, *db);
    if (command == QLatin1String("escalate")) {
        Result<int> steps = EscalationScheduler(*db).runOnce(100000);
        if (!steps)
            return fail(steps.error());
        out() << "escalation steps " << steps.value() << Qt::endl;
        return 0;
    }
    return commandInfo(*db);
}
