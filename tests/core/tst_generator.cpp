// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/demo/demogenerator.h"
#include "core/text/phonenormalizer.h"
#include "core/search/searchservice.h"
#include "core/storage/sqlitestatement.h"

#include <QCryptographicHash>
#include <QSet>

using namespace CivicDesk;
using namespace CivicDesk::Test;

namespace {

DemoOptions small(const QString &country, std::uint64_t seed)
{
    DemoOptions o;
    o.country = country;
    o.citizens = 400;
    o.requests = 2500;
    o.seed = seed;
    o.until = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    return o;
}

// Every row of every table, in a stable order.
QByteArray contentHash(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QMap<QString, QByteArray> tables = tableHashes(db);
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        hash.addData(it.key().toUtf8() + it.value());
    return hash.result();
}

qint64 scalar(Database &db, const char *sql)
{
    SqliteStatement s(SqliteAccess::handle(db), sql);
    return s.step() ? s.int64(0) : -1;
}

} // namespace

TEST_CASE("the same seed gives the same municipality, another seed another", "[generator]")
{
    TempDatabase a{QString()}, b{QString()}, c{QString()};
    REQUIRE(DemoGenerator(*a.db, small(QStringLiteral("GR"), 11)).run().ok());
    REQUIRE(DemoGenerator(*b.db, small(QStringLiteral("GR"), 11)).run().ok());
    REQUIRE(DemoGenerator(*c.db, small(QStringLiteral("GR"), 12)).run().ok());
    CHECK(contentHash(*a.db) == contentHash(*b.db));
    CHECK(contentHash(*a.db) != contentHash(*c.db));
}

TEST_CASE("the demo municipality is complete and plausible", "[generator]")
{
    TempDatabase t{QString()};
    Result<DemoSummary> r = DemoGenerator(*t.db, small(QStringLiteral("GR"), 3)).run();
    REQUIRE(r.ok());
    Database &db = *t.db;
    CHECK(r->citizens == 400);
    CHECK(r->requests == 2500);
    CHECK(scalar(db, "SELECT count(*) FROM citizen") == 400);
    CHECK(scalar(db, "SELECT count(*) FROM service_request") == 2500);
    CHECK(scalar(db, "SELECT count(*) FROM request_event") == r->events);
    CHECK(scalar(db, "SELECT count(*) FROM district") == 12);
    CHECK(scalar(db, "SELECT count(*) FROM street") >= 50);
    CHECK(scalar(db, "SELECT count(*) FROM service_type") >= 40);
    CHECK(scalar(db, "SELECT count(*) FROM service_group") >= 8);
    CHECK(scalar(db, "SELECT count(DISTINCT kind) FROM citizen") == 5);
    CHECK(scalar(db, "SELECT count(DISTINCT status) FROM service_request") == 10);
    CHECK(scalar(db, "SELECT count(*) FROM department WHERE is_contractor = 1") >= 1);
    CHECK(scalar(db, "SELECT count(DISTINCT role) FROM app_user") == 5);
    CHECK(scalar(db, "SELECT count(*) FROM service_request WHERE district_id IS NULL") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM service_type WHERE json_extract(name, '$.el') IS NULL OR json_extract(name, '$.ro') IS NULL "
                     "OR json_extract(name, '$.it') IS NULL OR json_extract(name, '$.ca') IS NULL OR json_extract(name, '$.en') IS NULL") == 0);
    // Seasons: more street-lighting reports in the dark months than in summer.
    const qint64 winter = scalar(db, "SELECT count(*) FROM service_request r JOIN service_type t ON t.id = r.service_type_id "
                                     "WHERE t.code LIKE 'light.%' AND strftime('%m', r.created_at / 1000, 'unixepoch') IN ('11','12','01')");
    const qint64 summer = scalar(db, "SELECT count(*) FROM service_request r JOIN service_type t ON t.id = r.service_type_id "
                                     "WHERE t.code LIKE 'light.%' AND strftime('%m', r.created_at / 1000, 'unixepoch') IN ('06','07','08')");
    CHECK(winter > summer);
    // Duplicates point at an earlier request; closed ones have a close time.
    CHECK(scalar(db, "SELECT count(*) FROM service_request WHERE status = 'duplicate' AND duplicate_of IS NULL") == 0);
    CHECK(scalar(db, "SELECT count(*) FROM service_request WHERE status = 'closed' AND closed_at IS NULL") == 0);
}

TEST_CASE("generated histories are legal paths of the default workflow", "[generator]")
{
    TempDatabase t{QString()};
    REQUIRE(DemoGenerator(*t.db, small(QStringLiteral("GR"), 5)).run().ok());
    const QSet<QString> allowed{
        QStringLiteral("new>accepted"), QStringLiteral("accepted>assigned"), QStringLiteral("assigned>in_progress"),
        QStringLiteral("in_progress>on_hold"), QStringLiteral("in_progress>resolved"), QStringLiteral("resolved>closed"),
        QStringLiteral("resolved>reopened"), QStringLiteral("new>rejected"), QStringLiteral("new>duplicate")};
    SqliteStatement s(SqliteAccess::handle(*t.db),
                      "SELECT r.id, r.status, e.kind, e.from_value, e.to_value, e.at, r.created_at FROM service_request r "
                      "JOIN request_event e ON e.request_id = r.id ORDER BY r.id, e.at, e.kind = 'status_change'");
    QString current, last, status;
    qint64 lastAt = 0;
    int illegal = 0, requests = 0;
    auto finish = [&] {
        if (!current.isEmpty() && last != status)
            ++illegal;
    };
    while (s.step()) {
        if (s.text(0) != current) {
            finish();
            current = s.text(0);
            status = s.text(1);
            last = QStringLiteral("new");
            lastAt = s.int64(6);
            ++requests;
            CHECK(s.text(2) == QStringLiteral("created"));
            continue;
        }
        if (s.text(3) != last || !allowed.contains(s.text(3) + u'>' + s.text(4)) || s.int64(5) < lastAt)
            ++illegal;
        last = s.text(4);
        lastAt = s.int64(5);
    }
    finish();
    CHECK(requests == 2500);
    CHECK(illegal == 0);

    // Each history starts as a filing at the desk does: with the request's channel, so that the page and the history
    // tell the same channel ("Filed (Phone)").
    SqliteStatement filed(SqliteAccess::handle(*t.db),
                          "SELECT count(*), sum(e.body = r.channel) FROM service_request r JOIN request_event e ON e.request_id = r.id "
                          "WHERE e.kind = 'created'");
    REQUIRE(filed.step());
    CHECK(filed.int64(0) == 2500);
    CHECK(filed.int64(1) == 2500);
}

TEST_CASE("generated phone numbers are real numbers of the country", "[generator]")
{
    for (const char *country : {"GR", "RO", "IT", "ES"}) {
        INFO(country);
        TempDatabase t{QString()};
        DemoOptions o = small(QString::fromLatin1(country), 9);
        o.requests = 200;
        REQUIRE(DemoGenerator(*t.db, o).run().ok());
        const PhoneNormalizer phones{QString::fromLatin1(country)};
        SqliteStatement s(SqliteAccess::handle(*t.db), "SELECT typed, e164 FROM citizen_phone LIMIT 300");
        int checked = 0;
        while (s.step()) {
            const ParsedPhone p = phones.parse(s.text(0));
            INFO(s.text(0).toStdString());
            CHECK(p.e164 == s.text(1));
            CHECK(p.valid);
            ++checked;
        }
        CHECK(checked == 300);
        // Names are in the country's own script and searchable.
        SearchService search(*t.db, QString::fromLatin1(country));
        SqliteStatement name(SqliteAccess::handle(*t.db), "SELECT family_name FROM citizen WHERE kind = 'person' LIMIT 1");
        REQUIRE(name.step());
        CHECK_FALSE(search.search(name.text(0)).isEmpty());
    }
}

TEST_CASE("the generator refuses a database that already holds a municipality", "[generator]")
{
    TempDatabase t;
    Result<DemoSummary> r = DemoGenerator(*t.db, small(QStringLiteral("GR"), 1)).run();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("demo.not-empty"));
    Result<DemoSummary> bad = DemoGenerator(*t.db, small(QStringLiteral("FR"), 1)).run();
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("demo.country"));
}

TEST_CASE("a cancelled generation leaves the file empty", "[generator]")
{
    TempDatabase t{QString()};
    Result<DemoSummary> r = DemoGenerator(*t.db, small(QStringLiteral("GR"), 1)).run([](int percent, const QString &) { return percent < 40; });
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("demo.cancelled"));
    CHECK(scalar(*t.db, "SELECT count(*) FROM citizen") == 0);
    CHECK(scalar(*t.db, "SELECT count(*) FROM tenant") == 0);
}
