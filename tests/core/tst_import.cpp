// SPDX-License-Identifier: GPL-3.0-or-later
// Imports of real public data (../shared/data) and of broken files.
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/importing/citizenimporter.h"
#include "core/importing/csvreader.h"
#include "core/importing/districtimporter.h"
#include "core/importing/open311importer.h"
#include "core/importing/streetimporter.h"
#include "core/desk/gazetteer.h"
#include "core/geo/geometry.h"
#include "core/text/addresskey.h"
#include "core/search/searchservice.h"
#include "core/storage/deferredupkeep.h"
#include "core/storage/georepository.h"
#include "core/storage/sqlitestatement.h"

#include <QBuffer>
#include <limits>
#include <QTemporaryDir>
#include <QFile>
#include <QTimeZone>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

qint64 scalar(Database &db, const char *sql)
{
    SqliteStatement s(SqliteAccess::handle(db), sql);
    return s.step() ? s.int64(0) : -1;
}

Result<ImportReport> importCsv(Database &db, const QByteArray &csv, bool citizens = false,
                               Open311Importer::Bulk bulk = Open311Importer::Bulk::Auto)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    if (citizens)
        return CitizenImporter(db).import(&buffer);
    Open311Importer importer(db);
    importer.setBulk(bulk);
    return importer.import(&buffer);
}

QStringList requestIndexes(Database &db)
{
    QStringList names;
    SqliteStatement s(SqliteAccess::handle(db), "SELECT type || ' ' || name FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name = 'service_request' ORDER BY 1");
    while (s.step())
        names.append(s.text(0));
    return names;
}

const QByteArray open311Header =
    "service_request_id,status,status_notes,service_name,service_code,description,requested_datetime,updated_datetime,address,lat,long,media_url\n";

} // namespace

TEST_CASE("CSV records: quotes, doubled quotes, line breaks, line numbers", "[import]")
{
    QBuffer b;
    b.setData("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\n\"open\n");
    b.open(QIODevice::ReadOnly);
    CsvReader csv(&b);
    REQUIRE(csv.next());
    CHECK(csv.line() == 1);
    REQUIRE(csv.next());
    CHECK(csv.fields() == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")});
    REQUIRE(csv.next());
    CHECK(csv.line() == 3);
    CHECK(csv.fields().first() == QStringLiteral("two\nlines"));
    REQUIRE(csv.next());
    CHECK(csv.line() == 6);
    CHECK_FALSE(csv.problem().isEmpty());
    CHECK_FALSE(csv.next());
}

TEST_CASE("Boston's Open311 sample imports with districts from its neighbourhoods", "[import][shared]")
{
    const QString requests = sharedData(QStringLiteral("requests/boston_open311_requests_sample2000.csv"));
    const QString hoods = sharedData(QStringLiteral("geography/boston_neighborhoods.geojson"));
    if (requests.isEmpty() || hoods.isEmpty())
        return;
    TempDatabase t(QStringLiteral("US"));
    Result<ImportReport> d = DistrictImporter(*t.db).importFile(hoods, QStringLiteral("Name"));
    REQUIRE(d.ok());
    CHECK(d->read == 26);
    CHECK(d->imported == 26);
    Result<ImportReport> r = Open311Importer(*t.db).importFile(requests);
    REQUIRE(r.ok());
    CHECK(r->read == 2000);
    CHECK(r->imported == 2000);
    CHECK(r->skipped == 0);
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request") == 2000);
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request WHERE district_id IS NOT NULL") >= 1950);
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_type WHERE imported = 1") == r->notes.size());
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request WHERE status = 'closed' AND closed_at IS NULL") == 0);
    // The first row of the file: Abandoned Vehicle at 19 Rexhame St, Roslindale.
    SqliteStatement first(SqliteAccess::handle(*t.db),
                          "SELECT d.name, r.address, r.status FROM service_request r JOIN district d ON d.id = r.district_id "
                          "WHERE r.external_id = '101000002987'");
    REQUIRE(first.step());
    CHECK(first.text(0) == QStringLiteral("Roslindale"));
    CHECK(first.text(2) == QStringLiteral("closed"));
    // Importing again adds nothing.
    Result<ImportReport> again = Open311Importer(*t.db).importFile(requests);
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->alreadyPresent == 2000);
    // Imported requests are searchable by their text.
    SearchService search(*t.db, QStringLiteral("US"));
    CHECK_FALSE(search.search(QStringLiteral("Rexhame")).isEmpty());
    // The city's own case number, the one a resident reads from the city's app, is the first hit.
    const QList<SearchHit> byCase = search.search(QStringLiteral("101000002987"));
    REQUIRE_FALSE(byCase.isEmpty());
    CHECK(byCase.front().reason == SearchHit::Reason::ExternalIdExact);
    CHECK(byCase.front().title.startsWith(QStringLiteral("08-"))); // its tracking number here: filed in 2008
    // With a prefix stored, the number is found with and without it.
    REQUIRE(t.db->exec(QStringLiteral("UPDATE service_request SET external_id = 'H322280-' || external_id WHERE external_id = '101000003404'")).ok());
    for (const QString &typed : {QStringLiteral("H322280-101000003404"), QStringLiteral("101000003404")}) {
        const QList<SearchHit> hits = search.search(typed);
        REQUIRE_FALSE(hits.isEmpty());
        CHECK(hits.front().reason == SearchHit::Reason::ExternalIdExact);
        CHECK(hits.front().matched == QStringLiteral("H322280-101000003404"));
    }
    // Both lookups read an index, never the table.
    SqliteStatement plan(SqliteAccess::handle(*t.db),
                         "EXPLAIN QUERY PLAN SELECT r.id FROM service_request r WHERE r.external_id = 'x' UNION SELECT r.id FROM service_request r "
                         "WHERE r.external_id IS NOT NULL AND substr(r.external_id, instr(r.external_id, '-') + 1) = 'x'");
    QString how;
    while (plan.step())
        how += plan.text(3) + u'\n';
    INFO(how.toStdString());
    CHECK(how.contains(QStringLiteral("service_request_external_tail")));
    CHECK(how.contains(QStringLiteral("service_request_external (external_id=?)")));
    CHECK_FALSE(how.contains(QStringLiteral("SCAN r")));
}

TEST_CASE("an address as heard finds the requests at it first, newest first, by the address index", "[import][shared][search]")
{
    const QString requests = sharedData(QStringLiteral("requests/boston_open311_requests_sample2000.csv"));
    if (requests.isEmpty())
        return;
    TempDatabase t(QStringLiteral("US"));
    REQUIRE(Open311Importer(*t.db).importFile(requests).ok());
    // The sample's three requests at "27 Trull St" (Dorchester), and one of its words elsewhere.
    const qint64 atTrull = scalar(*t.db, "SELECT count(*) FROM service_request WHERE address LIKE '27 Trull St%'");
    REQUIRE(atTrull == 3);
    SearchService search(*t.db, QStringLiteral("US"));
    for (const QString &typed : {QStringLiteral("27 Trull St"), QStringLiteral("27 trull street"), QStringLiteral("27 TRULL ST."),
                                 QStringLiteral("Trull Street 27")}) {
        INFO(typed.toStdString());
        const QList<SearchHit> hits = search.search(typed);
        REQUIRE(hits.size() >= 3);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            CHECK(hits[i].reason == SearchHit::Reason::AddressExact);
            CHECK(hits[i].at <= previous); // newest first
            previous = hits[i].at;
        }
        for (qsizetype i = 3; i < hits.size(); ++i)
            CHECK(hits[i].reason != SearchHit::Reason::AddressExact);
    }
    // Typed as far as the street's first letters: the same three, as a beginning.
    const QList<SearchHit> partial = search.search(QStringLiteral("27 tru"));
    REQUIRE(partial.size() >= 3);
    CHECK(partial[0].reason == SearchHit::Reason::AddressPrefix);
    CHECK(partial[2].reason == SearchHit::Reason::AddressPrefix);
    // Different spellings give one key; no number or no street, no key.
    CHECK(AddressKey::of(QStringLiteral("179 H St, Boston, MA")) == QStringLiteral("179 h st"));
    CHECK(AddressKey::of(QStringLiteral("179 h street")) == QStringLiteral("179 h st"));
    CHECK(AddressKey::of(QStringLiteral("Οδός Ερμού 12")) == AddressKey::of(QStringLiteral("οδος ερμου 12")));
    CHECK(AddressKey::of(QStringLiteral("Avinguda Diagonal 640")) == AddressKey::of(QStringLiteral("640 Av. Diagonal")));
    CHECK(AddressKey::of(QStringLiteral("Summer Street")).isEmpty());
    CHECK(AddressKey::of(QStringLiteral("101000002987")).isEmpty());
    // The lookup reads the address index, never the table.
    SqliteStatement plan(SqliteAccess::handle(*t.db), "EXPLAIN QUERY PLAN SELECT r.id FROM service_request r WHERE r.address_key >= 'a' "
                                                      "AND r.address_key < 'b' AND r.address_key <> ''");
    QString how;
    while (plan.step())
        how += plan.text(3) + u'\n';
    INFO(how.toStdString());
    CHECK(how.contains(QStringLiteral("service_request_address_key")));
}

TEST_CASE("request text: the words together and in order first, then the newest", "[search]")
{
    TempDatabase t(QStringLiteral("US"));
    QByteArray csv = open311Header;
    // Newest last in the file: "broken street light" together in an old one, scattered in newer ones.
    csv += "T1,open,,Light,L1,broken street light on the corner,2020-01-02T10:00:00-05:00,,,,,\n";
    for (int i = 2; i <= 6; ++i)
        csv += QStringLiteral("T%1,open,,Light,L1,light above the street is broken,2021-0%1-02T10:00:00-05:00,,,,,\n").arg(i).toUtf8();
    csv += "T7,open,,Light,L1,a broken street light again,2022-05-02T10:00:00-05:00,,,,,\n";
    REQUIRE(importCsv(*t.db, csv).ok());
    SearchService search(*t.db, QStringLiteral("US"));
    const QList<SearchHit> hits = search.search(QStringLiteral("broken street light"));
    REQUIRE(hits.size() == 7);
    auto external = [&](const SearchHit &h) {
        SqliteStatement s(SqliteAccess::handle(*t.db), "SELECT external_id FROM service_request WHERE id = ?");
        s.bind(1, h.id);
        return s.step() ? s.text(0) : QString();
    };
    CHECK(external(hits[0]) == QStringLiteral("T7")); // together, newest
    CHECK(external(hits[1]) == QStringLiteral("T1")); // together, older
    CHECK(external(hits[2]) == QStringLiteral("T6")); // then the rest, newest first
    CHECK(external(hits[6]) == QStringLiteral("T2"));
}

TEST_CASE("Athens neighbourhoods keep their Greek names and locate points", "[import][shared]")
{
    const QString path = sharedData(QStringLiteral("geography/athens_neighbourhoods_45_insideairbnb.geojson"));
    if (path.isEmpty())
        return;
    TempDatabase t;
    Result<ImportReport> r = DistrictImporter(*t.db).importFile(path, QStringLiteral("neighbourhood"));
    REQUIRE(r.ok());
    CHECK(r->imported == 45);
    const QList<District> districts = GeoRepository(*t.db).districts();
    REQUIRE(districts.size() == 45);
    const DistrictLocator locator(districts);
    auto nameAt = [&](double lat, double lon) {
        const QString id = locator.districtAt(QGeoCoordinate(lat, lon));
        for (const District &d : districts) {
            if (d.id == id)
                return d.name;
        }
        return QString();
    };
    CHECK(nameAt(37.9715, 23.7257) == QStringLiteral("ΑΚΡΟΠΟΛΗ"));  // the Acropolis
    CHECK(nameAt(37.9780, 23.7410) == QStringLiteral("ΚΟΛΩΝΑΚΙ"));  // Kolonaki square
    CHECK(nameAt(38.0020, 23.7390) == QStringLiteral("ΚΥΨΕΛΗ"));
    CHECK(nameAt(37.9680, 23.7470) == QStringLiteral("ΠΑΓΚΡΑΤΙ"));
    CHECK(nameAt(37.9420, 23.6470).isEmpty());                         // Piraeus: another municipality
    // Importing the same file again replaces rather than duplicates.
    REQUIRE(DistrictImporter(*t.db).importFile(path, QStringLiteral("neighbourhood")).ok());
    CHECK(GeoRepository(*t.db).districtCount() == 45);
}

TEST_CASE("broken Open311 rows are reported by line and skipped whole", "[import]")
{
    TempDatabase t;
    QByteArray csv = open311Header;
    csv += "1,open,,Pothole,P1,Hole,2024-01-02T10:00:00+02:00,,Ερμού 1,37.97,23.73,\n";        // line 2: fine
    csv += "2,open,,Pothole,P1,Hole,yesterday,,Ερμού 2,37.97,23.73,\n";                         // line 3: bad time
    csv += "3,open,,Pothole,P1,Hole,2024-01-02T10:00:00+02:00,,Ερμού 3,north,23.73,\n";          // line 4: bad lat
    csv += "4,pending,,Pothole,P1,Hole,2024-01-02T10:00:00+02:00,,Ερμού 4,37.97,23.73,\n";       // line 5: bad status
    csv += "5,open,,Pothole,P1,Hole,2024-01-02T10:00:00+02:00\n";                                // line 6: short row
    csv += "6,closed,\"Fixed, \"\"quickly\"\"\",Graffiti,G1,\"Two\nlines\",2024-01-03T10:00:00Z,2024-01-04T10:00:00Z,,95.0,23.73,\n"; // line 7: lat out of range
    csv += ",open,,Pothole,P1,Hole,2024-01-02T10:00:00+02:00,,Ερμού 1,37.97,23.73,\n";         // line 9: no id
    csv += "7,closed,done,Graffiti,G1,🙂 on the wall,2024-01-03T10:00:00Z,2024-01-04T10:00:00Z,,,,\n"; // line 10: fine, no position
    Result<ImportReport> r = importCsv(*t.db, csv);
    REQUIRE(r.ok());
    CHECK(r->read == 8);
    CHECK(r->imported == 2);
    CHECK(r->skipped == 6);
    QList<int> lines;
    for (const ImportReport::Issue &i : r->skippedRows)
        lines.append(i.line);
    CHECK(lines == QList<int>{3, 4, 5, 6, 7, 9});
    CHECK(r->toText().contains(QStringLiteral("line 3")));
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request") == 2);
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_type WHERE imported = 1") == 2);
    // A file without the Open311 columns is refused as a whole.
    Result<ImportReport> wrong = importCsv(*t.db, "name,age\nx,1\n");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == QStringLiteral("import.columns"));
}

TEST_CASE("a full disk during an import keeps nothing of it", "[import]")
{
    TempDatabase t;
    QByteArray csv = open311Header;
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("%1,open,,Pothole,P1,%2,2024-01-02T10:00:00+02:00,,Ερμού %1,37.97,23.73,\n").arg(i).arg(QString(300, u'λ')).toUtf8();
    SqliteStatement pages(SqliteAccess::handle(*t.db), "PRAGMA page_count");
    REQUIRE(pages.step());
    REQUIRE(t.db->setMaxPageCount(int(pages.int64(0)) + 20).ok());
    Result<ImportReport> r = importCsv(*t.db, csv);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("db.full"));
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request") == 0);
}

TEST_CASE("a citizen registry imports with phones normalised and duplicates reported", "[import]")
{
    TempDatabase t;
    const QByteArray csv =
        "kind,given_name,family_name,organisation,tax_id,phone,email,address,district\n"
        "person,Ελένη,Βλάχου,,,210 372 1000,eleni@example.gr,Ερμού 1,\n"                        // 2
        "person,Ελένη,Βλάχου,,,+30 210 3721000,,Ερμού 1,\n"                                     // 3: same person
        "legal_entity,,,Φαρμακείο Ζερβού,EL123456789,2101111111;6944444444,,,\n"                 // 4
        "legal_entity,,,Φαρμακείο Ζερβού ΑΕ,EL123456789,,,,\n"                                   // 5: same tax id
        "alien,X,Y,,,,,,\n"                                                                      // 6: bad kind
        "person,Νίκος,Ζερβός,,,withheld,not-an-email,,Κέντρο\n"                                 // 7: kept, warned
        "volunteer,Anna,Rossi,Volontari,,,,,\n"                                                  // 8
        "person,,,,,,,,\n";                                                                      // 9: no name
    Result<ImportReport> r = importCsv(*t.db, csv, true);
    REQUIRE(r.ok());
    CHECK(r->read == 8);
    CHECK(r->imported == 4);
    CHECK(r->skipped == 4);
    QList<int> lines;
    for (const ImportReport::Issue &i : r->skippedRows)
        lines.append(i.line);
    CHECK(lines == QList<int>{3, 5, 6, 9});
    CHECK(r->skippedRows.first().reason.contains(QStringLiteral("line 2")));
    CHECK(r->warnings.size() == 3); // withheld phone, bad e-mail, unknown district
    CHECK(scalar(*t.db, "SELECT count(*) FROM citizen_phone WHERE typed = 'withheld' AND e164 IS NULL AND valid = 0") == 1);
    SearchService search(*t.db, QStringLiteral("GR"));
    const QList<SearchHit> hits = search.search(QStringLiteral("6944444444"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().title == QStringLiteral("Φαρμακείο Ζερβού"));
}

TEST_CASE("imports without a municipality, or from missing files, say why", "[import]")
{
    TempDatabase t{QString()};
    Result<ImportReport> r = importCsv(*t.db, open311Header);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("import.no-tenant"));
    TempDatabase g;
    Result<ImportReport> missing = Open311Importer(*g.db).importFile(QStringLiteral("/nonexistent/file.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("import.unreadable"));
}

TEST_CASE("damaged copies of Boston's sample: every damaged row named with its line and reason, none lost", "[import][shared]")
{
    const QString requests = sharedData(QStringLiteral("requests/boston_open311_requests_sample2000.csv"));
    const QString hoods = sharedData(QStringLiteral("geography/boston_neighborhoods.geojson"));
    if (requests.isEmpty() || hoods.isEmpty())
        return;
    QFile source(requests);
    REQUIRE(source.open(QIODevice::ReadOnly));
    CsvReader reader(&source);
    QList<QStringList> rows; // the header and the first 50 requests (those damaged below each on one line)
    while (rows.size() < 51 && reader.next()) {
        if (rows.size() <= 31)
            REQUIRE(reader.lastLine() == reader.line());
        rows.append(reader.fields());
    }
    REQUIRE(rows.size() == 51);
    // The damage, row by row (row n is on line n + 1).
    rows[5][8] = QStringLiteral("@OPEN@19 Rexhame St");  // an opening quote never closed on its line
    rows[10][2] = QStringLiteral("Case @NUL@Closed");     // NUL bytes
    rows[15][2] = QStringLiteral("Case @BAD@Closed");     // a byte that is not UTF-8
    rows[20][3].clear();                                  // no service_name, and a code not seen before
    rows[20][4] = QStringLiteral("boston-new-code");
    rows[25][9] = QStringLiteral("0");                    // a placeholder position, far from Boston
    rows[25][10] = QStringLiteral("0");
    rows[30][1] = QStringLiteral("open");                 // open when first imported...
    rows[30][7] = rows[30][6];
    auto serialise = [&]() {
        QByteArray out;
        for (const QStringList &r : std::as_const(rows)) {
            QStringList fields;
            for (const QString &v : r)
                fields.append(v.contains(u',') || v.contains(u'"') || v.contains(u'\n') ? u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"' : v);
            out += fields.join(u',').toUtf8() + '\n';
        }
        out.replace("@OPEN@", "\"");
        out.replace("@NUL@", QByteArray(2, '\0'));
        out.replace("@BAD@", "\xff\xfe");
        return out;
    };
    TempDatabase t(QStringLiteral("US"));
    REQUIRE(DistrictImporter(*t.db).importFile(hoods, QStringLiteral("Name")).ok());
    Result<ImportReport> r = importCsv(*t.db, serialise());
    REQUIRE(r.ok());
    INFO(r->toText().toStdString());
    CHECK(r->read == 50);
    CHECK(r->skipped == 1);
    CHECK(r->imported == 49); // the row after the broken quote is read on its own
    REQUIRE(r->skippedRows.size() == 1);
    CHECK(r->skippedRows[0].line == 6);
    CHECK(r->skippedRows[0].reason.contains(QStringLiteral("not closed")));
    QHash<int, QString> warnings;
    for (const ImportReport::Issue &w : r->warnings)
        warnings[w.line] += w.reason;
    CHECK(warnings.value(11).contains(QStringLiteral("NUL")));
    CHECK(warnings.value(16).contains(QStringLiteral("UTF-8")));
    CHECK(warnings.value(21).contains(QStringLiteral("service_name")));
    CHECK(warnings.value(26).contains(QStringLiteral("km outside")));
    CHECK(r->unplaced == 1);
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request WHERE instr(status_notes, char(0)) > 0") == 0);
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request WHERE lat IS NULL") == 1);
    CHECK(scalar(*t.db, QByteArray("SELECT count(*) FROM service_request WHERE external_id = '" + rows[6][0].toUtf8() + "'").constData()) == 1);

    // ... and closed upstream since: a re-import applies it as the importer's status change.
    rows[30][1] = QStringLiteral("closed");
    rows[30][7] = QStringLiteral("2016-05-04T09:00:00-04:00");
    Result<ImportReport> again = importCsv(*t.db, serialise());
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->alreadyPresent == 49);
    CHECK(again->updated == 1);
    const QByteArray id = rows[30][0].toUtf8();
    const QByteArray closed = "SELECT count(*) FROM service_request WHERE status = 'closed' AND closed_at IS NOT NULL AND external_id = '" + id + "'";
    CHECK(scalar(*t.db, closed.constData()) == 1);
    const QByteArray event = "SELECT count(*) FROM request_event e JOIN service_request r ON r.id = e.request_id WHERE e.kind = 'status_change' "
                             "AND e.actor_id = 'import' AND e.to_value = 'closed' AND r.external_id = '" + id + "'";
    CHECK(scalar(*t.db, event.constData()) == 1);
    // A third time: nothing newer, nothing changed.
    Result<ImportReport> third = importCsv(*t.db, serialise());
    REQUIRE(third.ok());
    CHECK(third->updated == 0);
}

TEST_CASE("districts by a property no feature has: refused, with the properties that exist", "[import][shared]")
{
    const QString hoods = sharedData(QStringLiteral("geography/boston_neighborhoods.geojson"));
    if (hoods.isEmpty())
        return;
    TempDatabase t(QStringLiteral("US"));
    Result<ImportReport> r = DistrictImporter(*t.db).importFile(hoods, QStringLiteral("Nom"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("import.no-property"));
    CHECK(r.error().message.contains(QStringLiteral("Name")));
    CHECK(GeoRepository(*t.db).districtCount() == 0);
}

namespace {

/// The dashboard's tables, the heat map's cells and the request count, rows of zeros left out.
QStringList countedFigures(Database &db)
{
    struct Table
    {
        const char *sql;
        int keys, columns;
    };
    QStringList rows;
    for (const Table &t : {Table{"SELECT * FROM request_stats ORDER BY 1, 2, 3, 4", 4, 24}, Table{"SELECT * FROM request_stats_month ORDER BY 1, 2, 3, 4", 4, 24},
                           Table{"SELECT * FROM request_resolution ORDER BY 1, 2, 3, 4, 5", 5, 6},
                           Table{"SELECT * FROM request_resolution_month ORDER BY 1, 2, 3, 4, 5", 5, 6},
                           Table{"SELECT * FROM request_backlog ORDER BY 1, 2, 3, 4", 4, 5}, Table{"SELECT * FROM request_heat_month ORDER BY 1, 2, 3", 3, 4},
                           Table{"SELECT name, n FROM row_count WHERE name = 'service_request'", 1, 2}}) {
        SqliteStatement s(SqliteAccess::handle(db), t.sql);
        while (s.step()) {
            QStringList v;
            bool zero = true;
            for (int c = 0; c < t.columns; ++c) {
                v.append(s.text(c));
                if (c >= t.keys && s.int64(c) != 0)
                    zero = false;
            }
            if (!zero)
                rows.append(QString::fromLatin1(t.sql).section(u' ', 3, 3) + u'|' + v.join(u'|'));
        }
    }
    return rows;
}

} // namespace

TEST_CASE("an import in batches counts exactly what a rebuild counts, and a row the database refuses loses nothing else", "[import]")
{
    TempDatabase t;
    const int rows = Open311Importer::batchRows * 2 + 700; // three batches
    QByteArray csv = open311Header;
    QDateTime at(QDate(2024, 3, 30), QTime(21, 0), QTimeZone("Europe/Athens")); // across the spring change
    for (int i = 0; i < rows; ++i) {
        at = at.addSecs(97 * 60);
        const bool closed = i % 3 != 0;
        csv += QStringLiteral("B%1,%2,,Pothole,%3,hole %1,%4,%5,Ερμού %1,%6,%7,\n")
                   .arg(i)
                   .arg(closed ? QStringLiteral("closed") : QStringLiteral("open"))
                   .arg(i % 4 == 0 ? QStringLiteral("P-new") : QStringLiteral("P%1").arg(i % 5))
                   .arg(at.toString(Qt::ISODate), at.addSecs(3600 * (1 + i % 400)).toString(Qt::ISODate))
                   .arg(37.90 + (i % 17) * 0.01, 0, 'f', 6)
                   .arg(23.70 + (i % 13) * 0.01, 0, 'f', 6)
                   .toUtf8();
    }
    // A tracking number the desk's counter will hand out again is taken already: in the second batch the
    // database refuses that row's first number, the batch is written again row by row, and the row gets the
    // next number.
    REQUIRE(importCsv(*t.db, open311Header + "X1,open,,Pothole,P1,,2024-01-05T10:00:00+02:00,,,,,\n").ok());
    const QString year = QStringLiteral("24");
    const QString first = [&] {
        SqliteStatement s(SqliteAccess::handle(*t.db), "SELECT tracking_number FROM service_request");
        return s.step() ? s.text(0) : QString();
    }();
    REQUIRE(first.startsWith(year + u'-'));
    const QString taken = first.left(first.lastIndexOf(u'-') + 1) + QStringLiteral("%1").arg(2 + Open311Importer::batchRows + 10, 5, 10, QLatin1Char('0'));
    REQUIRE(t.db->exec(QStringLiteral("UPDATE service_request SET tracking_number = '%1'").arg(taken)).ok());
    const qint64 before = scalar(*t.db, "SELECT count(*) FROM service_request");
    Result<ImportReport> r = importCsv(*t.db, csv);
    REQUIRE(r.ok());
    CHECK(r->imported == rows);
    CHECK(r->skipped == 0);
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request") == before + rows);
    CHECK(scalar(*t.db, "SELECT count(DISTINCT tracking_number) FROM service_request") == before + rows);
    CHECK(scalar(*t.db, "SELECT count(*) FROM service_request WHERE external_id LIKE 'B%'") == rows);
    CHECK(r->longestWriteMs >= 0);

    const QStringList kept = countedFigures(*t.db);
    QFile rebuild(QStringLiteral(":/civicdesk/sql/stats_rebuild.sql")), heat(QStringLiteral(":/civicdesk/sql/heat_rebuild.sql"));
    REQUIRE(rebuild.open(QIODevice::ReadOnly));
    REQUIRE(heat.open(QIODevice::ReadOnly));
    REQUIRE(t.db->exec(QString::fromUtf8(rebuild.readAll())).ok());
    REQUIRE(t.db->exec(QString::fromUtf8(heat.readAll())).ok());
    REQUIRE(t.db->exec(QStringLiteral("UPDATE row_count SET n = (SELECT count(*) FROM service_request) WHERE name = 'service_request'")).ok());
    const QStringList fresh = countedFigures(*t.db);
    CHECK(kept.size() == fresh.size());
    CHECK(kept == fresh);

    // Run again: everything already present, nothing counted twice.
    Result<ImportReport> again = importCsv(*t.db, csv);
    REQUIRE(again.ok());
    CHECK(again->imported == 0);
    CHECK(again->alreadyPresent == rows);
    CHECK(countedFigures(*t.db) == fresh);
}

TEST_CASE("an OpenStreetMap extract gives real streets, house numbers and districts", "[import][shared][streets]")
{
    const QString pbf = sharedData(QStringLiteral("osm/monaco.osm.pbf"));
    if (pbf.isEmpty())
        return;
    TempDatabase t(QString{});
    addTenant(*t.db, QStringLiteral("GR"));
    StreetImporter importer(*t.db);

    // A level that has no boundaries: refused, with the levels there are; nothing written.
    Result<ImportReport> noLevel = importer.importOsm(pbf, 7);
    REQUIRE_FALSE(noLevel.ok());
    CHECK(noLevel.error().message.contains(QStringLiteral("admin_level 7")));
    CHECK(noLevel.error().message.contains(QStringLiteral("10 (")));
    CHECK(GeoRepository(*t.db).streetCount() == 0);

    Result<ImportReport> r = importer.importOsm(pbf, 10);
    REQUIRE(r.ok());
    CHECK(GeoRepository(*t.db).districtCount() == 3);
    const int streets = GeoRepository(*t.db).streetCount();
    CHECK(streets >= 200);

    const Gazetteer g(*t.db);
    // OSM node 1662764981: addr:street "Avenue des Papalins", addr:housenumber 6, at 43.7292405, 7.4172037.
    for (const QString &typed : {QStringLiteral("Avenue des Papalins 6"), QStringLiteral("6 avenue des papalins"), QStringLiteral("AVENUE DES PAPALINS 6")}) {
        const QList<AddressMatch> m = g.complete(typed, 5);
        REQUIRE_FALSE(m.isEmpty());
        CHECK(m.front().street == QStringLiteral("Avenue des Papalins"));
        CHECK(m.front().numberKnown);
        CHECK(Geo::distanceMetres(m.front().location, QGeoCoordinate(43.7292405, 7.4172037)) < 30);
        CHECK(g.districtName(m.front().districtId) == QStringLiteral("Fontvieille"));
    }
    // Between two known numbers of one side (Rue du Gabian 7 and 11): 9 is interpolated between them.
    const QList<AddressMatch> nine = g.complete(QStringLiteral("Rue du Gabian 9"), 1);
    REQUIRE_FALSE(nine.isEmpty());
    CHECK(nine.front().numberKnown);
    const QList<AddressMatch> seven = g.complete(QStringLiteral("Rue du Gabian 7"), 1), eleven = g.complete(QStringLiteral("Rue du Gabian 11"), 1);
    REQUIRE((!seven.isEmpty() && !eleven.isEmpty()));
    const double between = Geo::distanceMetres(seven.front().location, eleven.front().location);
    CHECK(Geo::distanceMetres(nine.front().location, seven.front().location) < between);
    CHECK(Geo::distanceMetres(nine.front().location, eleven.front().location) < between);
    // A point on a building outline (Quai Antoine 1er 4, a building way): placed on the building.
    const QList<AddressMatch> quai = g.complete(QStringLiteral("quai antoine 1er 4"), 1);
    REQUIRE_FALSE(quai.isEmpty());
    CHECK(quai.front().numberKnown);
    CHECK(Geo::distanceMetres(quai.front().location, QGeoCoordinate(43.7326, 7.4250)) < 60);
    // The map draws the streets' own lines, not the address points.
    const QList<StreetLine> lines = g.streetLines();
    CHECK(lines.size() >= 200);
    const auto papalins = std::find_if(lines.begin(), lines.end(), [](const StreetLine &l) { return l.name == QStringLiteral("Avenue des Papalins"); });
    REQUIRE(papalins != lines.end());
    CHECK(papalins->segments.size() >= 2);
    for (const auto &[a, b] : papalins->segments)
        CHECK(a != b);
    // Reverse: a click next to number 6 names it.
    const std::optional<AddressMatch> near = g.nearest(QGeoCoordinate(43.72925, 7.41722), 50);
    REQUIRE(near);
    CHECK(near->street == QStringLiteral("Avenue des Papalins"));

    // Imported again: replaced, not doubled.
    REQUIRE(importer.importOsm(pbf).ok());
    CHECK(GeoRepository(*t.db).streetCount() == streets);
    CHECK(GeoRepository(*t.db).districtCount() == 3);

    // Damaged files: a clear message, the gazetteer as it was.
    QTemporaryDir dir;
    QFile whole(pbf);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = dir.filePath(QStringLiteral("cut.osm.pbf")), text = dir.filePath(QStringLiteral("text.osm.pbf"));
    QFile c(cut), x(text);
    REQUIRE(c.open(QIODevice::WriteOnly));
    c.write(bytes.left(bytes.size() / 2));
    c.close();
    REQUIRE(x.open(QIODevice::WriteOnly));
    x.write("name,lat,lon\nRue,1,2\n");
    x.close();
    for (const QString &bad : {cut, text, dir.filePath(QStringLiteral("missing.osm.pbf"))}) {
        Result<ImportReport> b = importer.importOsm(bad);
        REQUIRE_FALSE(b.ok());
        CHECK(b.error().message.contains(bad));
        CHECK(GeoRepository(*t.db).streetCount() == streets);
    }
}

TEST_CASE("Barcelona's street register: names, kinds, numbers, and a register without geometry places nothing", "[import][shared][streets]")
{
    const QString csv = sharedData(QStringLiteral("streets/barcelona_carrerer.csv"));
    if (csv.isEmpty())
        return;
    TempDatabase t(QString{});
    addTenant(*t.db, QStringLiteral("ES"));
    StreetImporter importer(*t.db);
    // Column names that are not in the file: refused, naming them.
    Result<ImportReport> wrong = importer.importCsv(csv, {QStringLiteral("NOM"), {}, {}, {}});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("NOM")));

    Result<ImportReport> r = importer.importCsv(csv, {QStringLiteral("NOM_OFICIAL"), QStringLiteral("TIPUS_VIA"), QStringLiteral("NRE_MIN"),
                                                      QStringLiteral("NRE_MAX")});
    REQUIRE(r.ok());
    CHECK(r->read == 4711);
    CHECK(r->imported + r->skipped == 4711);
    CHECK(GeoRepository(*t.db).streetCount() == r->imported);
    const Gazetteer g(*t.db);
    const QList<AddressMatch> m = g.complete(QStringLiteral("carrer de mallorca 401"), 5);
    REQUIRE_FALSE(m.isEmpty());
    CHECK(m.front().street == QStringLiteral("Carrer de Mallorca"));
    CHECK_FALSE(m.front().location.isValid()); // the register has no geometry: the operator places the pin
    // Accents do not matter: "Placa" finds "Plaça".
    CHECK_FALSE(g.complete(QStringLiteral("placa de catalunya")).isEmpty());

    // Numbers from a register that gives them; a range that is not one is a warning, the street kept.
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("streets.csv"));
    QFile f(small);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("name,type,min,max\nVia Roma,Via,1,120\nVia Po,Via,40,12\n\"Via Garibaldi,Via,1,9\nCorso Italia,Corso,,\n");
    f.close();
    Result<ImportReport> s = importer.importCsv(small, {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("min"), QStringLiteral("max")});
    REQUIRE(s.ok());
    CHECK(GeoRepository(*t.db).streetCount() == s->imported); // replaced Barcelona's
    CHECK(s->warnings.size() >= 1);
    CHECK(s->skipped == 1); // the unterminated quote
    const Gazetteer small2(*t.db);
    CHECK(small2.complete(QStringLiteral("via roma 100")).value(0).numberKnown);
    CHECK_FALSE(small2.complete(QStringLiteral("via roma 300")).value(0).numberKnown);
}

namespace {

/// countedFigures with each service type named by its code: two files compared (their ids differ).
QStringList figuresByCode(Database &db)
{
    QList<std::pair<QString, QString>> types;
    {
        SqliteStatement s(SqliteAccess::handle(db), "SELECT id, code FROM service_type");
        while (s.step())
            types.append({s.text(0), s.text(1)});
    }
    QStringList out;
    for (QString f : countedFigures(db)) {
        for (const auto &[id, code] : types)
            f.replace(id, code);
        out.append(f);
    }
    out.sort();
    return out;
}

} // namespace

TEST_CASE("an import in bulk ends as one row by row does, and one killed before its end is finished when the file is next opened", "[import]")
{
    QByteArray csv = open311Header;
    QDateTime at(QDate(2023, 10, 28), QTime(22, 30), QTimeZone("Europe/Athens")); // across the autumn change
    const int rows = Open311Importer::bulkBatchRows + 900; // two batches in bulk
    for (int i = 0; i < rows; ++i) {
        at = at.addSecs(11 * 60);
        csv += QStringLiteral("K%1,%2,,Streetlight,%3,lamp out %1,%4,%5,%6 Πανεπιστημίου,%7,%8,\n")
                   .arg(i)
                   .arg(i % 4 ? QStringLiteral("closed") : QStringLiteral("open"))
                   .arg(i % 7 == 0 ? QStringLiteral("L-new") : QStringLiteral("L%1").arg(i % 3))
                   .arg(at.toString(Qt::ISODate), at.addSecs(3600 * (1 + i % 300)).toString(Qt::ISODate))
                   .arg(1 + i % 90)
                   .arg(37.95 + (i % 11) * 0.01, 0, 'f', 6)
                   .arg(23.70 + (i % 9) * 0.01, 0, 'f', 6)
                   .toUtf8();
    }
    // A request of a desk, counted by its triggers, is there before: the bulk import's rebuild keeps it.
    auto start = [&](TempDatabase &t) {
        REQUIRE(importCsv(*t.db, open311Header + "D1,open,,Pothole,P1,desk,2023-10-27T10:00:00+03:00,,1 Ερμού,37.97,23.72,\n", false,
                          Open311Importer::Bulk::Never).ok());
    };
    TempDatabase byRow, inBulk;
    start(byRow);
    start(inBulk);
    const QStringList indexes = requestIndexes(*byRow.db);
    Result<ImportReport> a = importCsv(*byRow.db, csv, false, Open311Importer::Bulk::Never);
    Result<ImportReport> b = importCsv(*inBulk.db, csv, false, Open311Importer::Bulk::Always);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->imported == rows);
    CHECK(b->imported == rows);
    CHECK(b->notes.join(u'\n').contains(QStringLiteral("in bulk")));
    CHECK_FALSE(a->notes.join(u'\n').contains(QStringLiteral("in bulk")));
    CHECK(requestIndexes(*inBulk.db) == indexes);
    CHECK(figuresByCode(*inBulk.db) == figuresByCode(*byRow.db));
    CHECK(inBulk.db->localSetting(QStringLiteral("import.deferred-upkeep")).isEmpty());
    CHECK_FALSE(QFile::exists(inBulk.path + QStringLiteral(".import-lock")));
    SearchService searchA(*byRow.db, QStringLiteral("GR")), searchB(*inBulk.db, QStringLiteral("GR"));
    const qsizetype found = searchA.search(QStringLiteral("lamp out 1234")).size();
    CHECK(found > 0);
    CHECK(searchB.search(QStringLiteral("lamp out 1234")).size() == found);
    CHECK(scalar(*inBulk.db, "SELECT count(*) FROM service_request WHERE address_key = (SELECT address_key FROM service_request WHERE external_id = 'K5')") ==
          scalar(*byRow.db, "SELECT count(*) FROM service_request WHERE address_key = (SELECT address_key FROM service_request WHERE external_id = 'K5')"));

    // Killed after its first batch: the indexes are gone and the figures lack the batch, until the file opens again.
    TempDatabase killed;
    start(killed);
    const QStringList whole = figuresByCode(*byRow.db);
    {
        DeferredUpkeep upkeep(*killed.db);
        REQUIRE(killed.db->transaction([&] { return upkeep.begin(); }).ok());
        REQUIRE(importCsv(*killed.db, csv, false, Open311Importer::Bulk::Never).ok()); // the rows, as a batch would write them
        // (counted row by row here; the rebuild at the next opening makes the figures from the requests anyway)
    } // the process dies: its lock goes with it, the record of the put-off work stays
    CHECK(requestIndexes(*killed.db).size() < indexes.size());
    CHECK_FALSE(killed.db->localSetting(QStringLiteral("import.deferred-upkeep")).isEmpty());
    REQUIRE(killed.db->exec(QStringLiteral("DELETE FROM request_stats; DELETE FROM request_heat_month")).ok()); // figures as a killed bulk import leaves them
    killed.db.reset();
    killed.reopen();
    CHECK(requestIndexes(*killed.db) == indexes);
    CHECK(killed.db->localSetting(QStringLiteral("import.deferred-upkeep")).isEmpty());
    CHECK(figuresByCode(*killed.db) == whole);

    // While an import runs (its lock held), opening the file leaves the put-off work to it.
    TempDatabase running;
    start(running);
    DeferredUpkeep upkeep(*running.db);
    REQUIRE(running.db->transaction([&] { return upkeep.begin(); }).ok());
    Result<std::unique_ptr<Database>> other = Database::open(running.path);
    REQUIRE(other.ok());
    CHECK(requestIndexes(*other.value()).size() < indexes.size());
    DeferredUpkeep second(*other.value());
    const Status refused = other.value()->transaction([&] { return second.begin(); });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("import.running"));
    REQUIRE(upkeep.finish().ok());
    CHECK(requestIndexes(*running.db) == indexes);
}
