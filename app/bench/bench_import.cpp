// SPDX-License-Identifier: GPL-3.0-or-later
// import: a large city's Open311 history, generated as a CSV and imported into a fresh municipality.
#include "benchsupport.h"

#include "core/demo/demogenerator.h"
#include "core/geo/geometry.h"
#include "core/importing/open311importer.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/requestrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>
#include <random>

namespace CivicDesk::Bench {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
}

/// Writes @p rows requests in Open311 CSV form, in the order a city's export lists them (by time), placed in
/// the municipality's districts, typed from its catalogue and a few codes it does not know.
bool writeCsv(Database &db, const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    std::mt19937_64 rng(11);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](qsizetype n) { return qsizetype(std::uniform_int_distribution<qint64>(0, n - 1)(rng)); };

    QStringList codes, names;
    for (const ServiceType &t : CatalogueRepository(db).types()) {
        codes.append(t.code);
        names.append(t.name.best({QStringLiteral("en")}));
    }
    for (const char *extra : {"Abandoned Vehicle", "Illegal Parking", "Sidewalk Not Shoveled"}) {
        codes.append(QStringLiteral("ext-") + QString::fromLatin1(extra).toLower().replace(u' ', u'-'));
        names.append(QString::fromLatin1(extra));
    }
    QStringList streets;
    for (const auto &[street, district] : GeoRepository(db).streets())
        streets.append(street.name);
    if (streets.isEmpty())
        streets.append(QStringLiteral("Main Street"));
    const DistrictLocator districts(GeoRepository(db).districts());
    QList<QGeoRectangle> boxes;
    for (const District &d : districts.districts())
        boxes.append(Geo::boundingBox(d.polygons));
    const QStringList words{QStringLiteral("pothole"), QStringLiteral("broken"), QStringLiteral("light"), QStringLiteral("near"),
                            QStringLiteral("corner"), QStringLiteral("bin"), QStringLiteral("overflowing"), QStringLiteral("car"),
                            QStringLiteral("blocking"), QStringLiteral("driveway"), QStringLiteral("tree"), QStringLiteral("fallen"),
                            QStringLiteral("water"), QStringLiteral("leak"), QStringLiteral("graffiti"), QStringLiteral("wall"),
                            QStringLiteral("noise"), QStringLiteral("night"), QStringLiteral("sidewalk"), QStringLiteral("icy")};

    f.write("service_request_id,status,status_notes,service_name,service_code,description,requested_datetime,updated_datetime,"
            "address,lat,long,media_url\n");
    const QTimeZone zone("America/New_York");
    QDateTime at(QDate(2015, 1, 1), QTime(0, 5), zone);
    const qint64 spanSeconds = 5LL * 365 * 86400; // five years of a large city
    QByteArray line;
    for (int i = 0; i < rows; ++i) {
        at = at.addSecs(qint64(uniform(0, 2.0 * spanSeconds / rows)));
        const bool closed = uniform(0, 1) < 0.85;
        const QDateTime updated = at.addSecs(qint64(uniform(600, 60 * 86400)));
        const qsizetype type = pick(codes.size());
        QStringList description;
        for (int w = 0, n = int(uniform(0, 12)); w < n; ++w)
            description.append(words[pick(words.size())]);
        QGeoCoordinate where;
        if (!boxes.isEmpty()) {
            const QGeoRectangle &b = boxes[pick(boxes.size())];
            where = QGeoCoordinate(uniform(b.bottomLeft().latitude(), b.topRight().latitude()),
                                   uniform(b.bottomLeft().longitude(), b.topRight().longitude()));
        }
        const QString address = QStringLiteral("%1 %2").arg(1 + pick(250)).arg(streets[pick(streets.size())]);
        const QStringList fields{QString::number(101000000000LL + i), closed ? QStringLiteral("closed") : QStringLiteral("open"),
                                 closed ? QStringLiteral("Case Closed. Case Resolved.") : QString(), names[type], codes[type],
                                 description.join(u' '), at.toString(Qt::ISODate), updated.toString(Qt::ISODate), address,
                                 where.isValid() ? QString::number(where.latitude(), 'f', 6) : QString(),
                                 where.isValid() ? QString::number(where.longitude(), 'f', 6) : QString(), QString()};
        line.clear();
        for (qsizetype k = 0; k < fields.size(); ++k) {
            if (k)
                line += ',';
            line += csvField(fields[k]).toUtf8();
        }
        line += '\n';
        if (f.write(line) != line.size())
            return false;
    }
    return f.flush();
}

} // namespace

int benchImport(const QString &path, const QStringList &args)
{
    int rows = 320000;
    bool keepCsv = false;
    Open311Importer::Bulk bulk = Open311Importer::Bulk::Auto;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows") && i + 1 < args.size())
            rows = args[++i].toInt();
        else if (args[i] == QLatin1String("--bulk") && i + 1 < args.size()) {
            const QString b = args[++i];
            bulk = b == QLatin1String("yes") ? Open311Importer::Bulk::Always : b == QLatin1String("no") ? Open311Importer::Bulk::Never : Open311Importer::Bulk::Auto;
        }
        else if (args[i] == QLatin1String("--keep-csv"))
            keepCsv = true;
    }
    if (QFileInfo::exists(path) || rows < 1) {
        std::fprintf(stderr, "import wants a new file (%s exists) and --rows N of at least 1\n", qPrintable(path));
        return 2;
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    // A municipality with districts, streets and a catalogue, and no requests yet.
    DemoOptions o;
    o.citizens = 1;
    o.requests = 0;
    if (Result<DemoSummary> demo = DemoGenerator(*db.value(), o).run(); !demo) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.error().message));
        return 1;
    }
    const QString csv = path + QStringLiteral(".open311.csv");
    if (!writeCsv(*db.value(), csv, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Open311Importer importer(*db.value());
    importer.setBulk(bulk);
    Result<ImportReport> report = importer.importFile(csv);
    const double seconds = timer.elapsed() / 1000.0;
    if (!keepCsv)
        QFile::remove(csv);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    if (report->imported != rows) {
        std::fprintf(stderr, "imported %d of %d rows:\n%s\n", report->imported, rows, qPrintable(report->toText().left(2000)));
        return 1;
    }
    bench("import_rows", rows);
    bench("import_s", seconds);
    bench("import_rows_per_s", rows / std::max(0.001, seconds));
    bench("import_longest_write_ms", double(report->longestWriteMs));
    bench("import_file_mb", QFileInfo(path).size() / 1e6);
    return 0;
}

} // namespace CivicDesk::Bench
