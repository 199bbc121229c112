// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/demo/demogenerator.h"
#include "core/desk/citizencheck.h"
#include "core/text/phonenormalizer.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/pgscratchdatabase.h"
#include "core/storage/sqlitestatement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <libpq-fe.h>

namespace CivicDesk::Test {

TempDatabase::TempDatabase(const QString &country)
    : path(dir.filePath(QStringLiteral("test.civicdesk")))
{
    reopen();
    if (!country.isEmpty())
        addTenant(*db, country);
}

void TempDatabase::reopen()
{
    db.reset();
    Result<std::unique_ptr<Database>> r = Database::open(path);
    REQUIRE(r.ok());
    db = std::move(r).value();
}

QString sharedData(const QString &relative)
{
    const QString path = QStringLiteral(CIVICDESK_SHARED_DATA "/") + relative;
    if (!QFileInfo::exists(path)) {
        WARN("skipped: shared test data not found at " << path.toStdString());
        return {};
    }
    return path;
}

void addTenant(Database &db, const QString &country, const QString &tenantId)
{
    Tenant t;
    t.id = tenantId;
    t.name = QStringLiteral("Test municipality");
    t.country = country;
    t.languages = {QStringLiteral("el"), QStringLiteral("en")};
    t.timeZone = QStringLiteral("Europe/Athens");
    t.deviceCode = QStringLiteral("T1");
    t.stamp = {1, QStringLiteral("test")};
    OrganisationRepository repo(db);
    REQUIRE(db.transaction([&] { return repo.saveTenant(t); }).ok());
}

Citizen person(const QString &given, const QString &family, const QString &phone, const QString &country)
{
    static IdGenerator ids(99);
    Citizen c;
    c.id = ids.next(1700000000000);
    c.tenantId = QStringLiteral("tenant");
    c.givenName = given;
    c.familyName = family;
    if (!phone.isEmpty()) {
        const ParsedPhone p = PhoneNormalizer(country).parse(phone);
        c.phones.append({p.e164, phone, QStringLiteral("mobile"), p.valid});
    }
    c.createdAt = 1700000000000;
    c.stamp = {1700000000000, QStringLiteral("test")};
    return c;
}

Demo::Demo()
{
    DemoOptions o;
    o.citizens = 300;
    o.requests = 1500;
    o.seed = 5;
    REQUIRE(DemoGenerator(*t.db, o).run().ok());
    tenant = *OrganisationRepository(*t.db).tenant();
    operatorId = user(Role::Operator).id;
    REQUIRE(!operatorId.isEmpty());
}

ServiceType Demo::type(const char *code)
{
    return *CatalogueRepository(db()).typeByCode(QString::fromLatin1(code));
}

Citizen Demo::someCitizen()
{
    SqliteStatement s(SqliteAccess::handle(db()), "SELECT citizen_id FROM citizen_phone WHERE valid = 1 ORDER BY citizen_id LIMIT 1");
    REQUIRE(s.step());
    return *CitizenRepository(db()).get(s.text(0));
}

Citizen Demo::save(Citizen c)
{
    c.tenantId = tenant.id;
    const CitizenCheck check = checkCitizen(c, PhoneNormalizer(tenant.country), tenant.country);
    REQUIRE(check.canSave());
    REQUIRE(db().transaction([&] { return CitizenRepository(db()).insert(check.citizen); }).ok());
    return check.citizen;
}

QString Demo::departmentId(const QString &code)
{
    for (const Department &d : OrganisationRepository(db()).departments())
        if (d.code == code)
            return d.id;
    return {};
}

User Demo::user(Role role, const QString &departmentCode)
{
    const QString dept = departmentCode.isEmpty() ? QString() : departmentId(departmentCode);
    for (const User &u : OrganisationRepository(db()).users())
        if (u.active && u.role == role && (dept.isEmpty() || u.departmentId == dept))
            return u;
    return {};
}

QMap<QString, QByteArray> tableHashes(Database &db)
{
    QMap<QString, QByteArray> out;
    QStringList tables;
    SqliteStatement list(SqliteAccess::handle(db), "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (list.step())
        tables.append(list.text(0));
    for (const QString &table : std::as_const(tables)) {
        int columns = 0;
        SqliteStatement info(SqliteAccess::handle(db), QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(table).toUtf8().constData());
        if (info.step())
            columns = int(info.int64(0));
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order.append(QString::number(c));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        SqliteStatement rows(SqliteAccess::handle(db), QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(u',')).toUtf8().constData());
        while (rows.step()) {
            for (int c = 0; c < columns; ++c)
                hash.addData(rows.text(c).toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
        out.insert(table, hash.result());
    }
    return out;
}

} // namespace CivicDesk::Test

namespace CivicDesk::Test {
namespace {

QString clusterConninfo()
{
    QString c = qEnvironmentVariable("CIVICDESK_TEST_PG");
    if (c.isEmpty()) {
        QFile f(qEnvironmentVariable("CIVICDESK_TEST_PG_FILE"));
        if (f.open(QIODevice::ReadOnly))
            c = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (c.isEmpty())
        FAIL("no PostgreSQL cluster for the tests: set CIVICDESK_TEST_PG (bash packaging/pg-cluster.sh start DIR prints it)");
    return c;
}

QString runAdmin(const QString &conninfo, const QString &sql)
{
    PGconn *c = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        const QString e = QString::fromUtf8(PQerrorMessage(c));
        PQfinish(c);
        FAIL("cannot reach the test cluster: " << e.toStdString());
    }
    PGresult *r = PQexec(c, sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(r);
    QString out;
    if (st == PGRES_TUPLES_OK && PQntuples(r) > 0)
        out = QString::fromUtf8(PQgetvalue(r, 0, 0));
    const QString error = QString::fromUtf8(PQresultErrorMessage(r));
    PQclear(r);
    PQfinish(c);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK)
        FAIL("the test cluster refused " << sql.toStdString() << ": " << error.toStdString());
    return out;
}

} // namespace

PgTestDatabase::PgTestDatabase()
{
    Result<std::unique_ptr<PgScratchDatabase>> made = PgScratchDatabase::create(clusterConninfo(), QStringLiteral("cd_test"));
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    scratch = std::move(made).value();
    name = scratch->name();
    admin = scratch->adminConninfo();
    conninfo = scratch->conninfo();
}

PgTestDatabase::~PgTestDatabase() = default;

QString PgTestDatabase::adminValue(const QString &sql) const
{
    return runAdmin(admin, sql);
}

} // namespace CivicDesk::Test
