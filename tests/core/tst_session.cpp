// SPDX-License-Identifier: GPL-3.0-or-later
// The desk session in core: the change monitor, the ladder's runner, a status change in one call.
#include "testsupport.h"
#include "core/storage/sqliteaccess.h"

#include "core/search/searchservice.h"
#include "core/session/desksession.h"
#include "core/storage/requestrepository.h"
#include "core/storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

using namespace CivicDesk;
using namespace CivicDesk::Test;

TEST_CASE("the change monitor hears this desk's writes and other connections' commits, and nothing else", "[session]")
{
    Demo d;
    ChangeMonitor monitor(d.db(), 0);
    QSignalSpy changed(&monitor, &ChangeMonitor::changed);
    CHECK_FALSE(monitor.check());
    REQUIRE(d.db().setLocalSetting(QStringLiteral("probe"), QStringLiteral("1")).ok());
    CHECK(monitor.check());
    CHECK_FALSE(monitor.check());
    {
        Result<std::unique_ptr<Database>> other = Database::open(d.t.path);
        REQUIRE(other.ok());
        REQUIRE(other.value()->setLocalSetting(QStringLiteral("probe"), QStringLiteral("2")).ok());
    }
    CHECK(monitor.check());
    CHECK(changed.count() == 2);
    // Reading changes nothing.
    SqliteStatement s(SqliteAccess::handle(d.db()), "SELECT count(*) FROM service_request");
    REQUIRE(s.step());
    s.reset();
    CHECK_FALSE(monitor.check());
}

TEST_CASE("the session runs the ladder only where its builder says so, and a status change takes the steps it makes due", "[session]")
{
    Demo d;
    SearchService search(d.db(), QStringLiteral("GR"));
    {
        DeskSession quiet(d.db(), search, QStringLiteral("en"), d.clock, {});
        CHECK(quiet.escalationRunner() == nullptr);
    }
    DeskSession::Options options;
    options.runLadder = true;
    options.ladderFirstDelayMs = 0;
    options.ladderIntervalMs = 0;
    options.changeIntervalMs = 0;
    const User head = d.user(Role::DepartmentHead, QStringLiteral("roads"));
    DeskSession desk(d.db(), search, QStringLiteral("en"), d.clock, head.id, options);
    REQUIRE(desk.escalationRunner() != nullptr);
    // A pending request of the department, long past its deadline, whose ladder has not run.
    SqliteStatement pick(SqliteAccess::handle(d.db()), "SELECT id FROM service_request WHERE department_id = ? AND status IN ('new','accepted','assigned','in_progress') "
                                          "ORDER BY id LIMIT 1");
    pick.bind(1, head.departmentId);
    REQUIRE(pick.step());
    const QString id = pick.text(0);
    pick.reset();
    REQUIRE(d.db().exec(QStringLiteral("UPDATE service_request SET status = 'on_hold', escalation_level = 0, next_escalation_at = NULL, "
                                       "due_at = 1, target_ms = 3600000 WHERE id = '%1'").arg(id)).ok());
    const Status r = desk.changeStatus(id, RequestStatus::InProgress, QStringLiteral("resumed"));
    REQUIRE(r.ok());
    int escalations = 0;
    for (const RequestEvent &e : RequestRepository(d.db()).events(id))
        escalations += e.kind == EventKind::Escalation;
    CHECK(escalations >= 1);

    // A run started on request ends by itself, between events, and says how many steps it took.
    QSignalSpy taken(desk.escalationRunner(), &EscalationRunner::stepsTaken);
    REQUIRE(d.db().exec(QStringLiteral("UPDATE service_request SET escalation_level = 0, next_escalation_at = 1 WHERE id IN "
                                       "(SELECT id FROM service_request WHERE status IN ('new','accepted','assigned','in_progress') ORDER BY id LIMIT 60)")).ok());
    desk.escalationRunner()->runNow();
    CHECK(desk.escalationRunner()->isRunning());
    QElapsedTimer t;
    t.start();
    while (desk.escalationRunner()->isRunning() && t.elapsed() < 30000)
        QCoreApplication::processEvents();
    CHECK_FALSE(desk.escalationRunner()->isRunning());
    REQUIRE(taken.count() == 1);
    CHECK(taken.front().front().toInt() >= 60);
}
