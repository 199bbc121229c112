// SPDX-License-Identifier: GPL-3.0-or-later
// The work queue: opening and sorting, status changes, crew routes, the escalation ladder catching up.
#include "benchsupport.h"

#include "core/session/desksession.h"
#include "ui/queue/queuepanel.h"
#include "ui/queue/workqueuemodel.h"
#include "core/storage/searchindexer.h"
#include "core/search/searchservice.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"
#include "core/geo/route.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace CivicDesk::Bench {

// The work queue of the department with the most pending requests: the first screen (model page, count and
// painted table), a re-sort by deadline, one status change with its event and escalation check, and the
// ordering of 200 stops for a crew, the escalation ladder catching up on a backlog.
int benchQueue(Database &db)
{
    SearchService search(db, tenantRegion(db));
    const QString department = busiestDepartment(db);
    User head;
    for (const User &u : OrganisationRepository(db).users())
        if (u.role == Role::DepartmentHead && u.departmentId == department)
            head = u;
    if (department.isEmpty() || head.id.isEmpty()) {
        // Say exactly what the file lacks: a database built by import has requests but often no organisation.
        const auto [pending, routed, heads] = queueReadiness(db);
        std::fprintf(stderr,
                     "queue needs a department with pending requests and a department head; %s has %lld pending requests, %lld of them "
                     "routed to a department, and %lld department heads%s\n",
                     qPrintable(db.path()), pending, routed, heads,
                     routed == 0 ? " (imported requests are not routed: define the departments and routing rules, then route them)" : "");
        return 1;
    }
    qint64 now = newestRequestAt(db) + 3600000;
    DeskSession desk(db, search, QStringLiteral("el"), [&now] { return now; }, head.id);
    QueueFilter filter;
    filter.departmentId = department;

    std::vector<double> open, sorted;
    qint64 pending = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        WorkQueueModel model(desk);
        model.setFilter(filter);
        QTableView view;
        view.setModel(&model);
        view.resize(1280, 800);
        view.show();
        view.repaint();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        pending = model.totalCount();
        if (i > 0)
            open.push_back(elapsed);
        for (int k = 0; k < 2; ++k) {
            QElapsedTimer s;
            s.start();
            model.setSort(k == 0 ? QueueSort::Deadline : QueueSort::Priority);
            view.repaint();
            if (i > 0)
                sorted.push_back(double(s.nsecsElapsed()) / 1e6);
        }
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    bench("queue_pending", double(pending));
    bench("queue_open_ms", percentile(open, 0.5));
    bench("queue_open_p95_ms", percentile(open, 0.95));
    bench("queue_sort_ms", percentile(sorted, 0.5));
    bench("queue_sort_p95_ms", percentile(sorted, 0.95));

    // Status changes: requests of the department put on hold and back, each its own transaction.
    const QStringList ids = workedRequests(db, department, 100);
    std::vector<double> moves;
    const Actor actor{head.id, head.role, head.departmentId};
    for (const QString &id : std::as_const(ids)) {
        for (RequestStatus to : {RequestStatus::OnHold, RequestStatus::InProgress}) {
            QElapsedTimer t;
            t.start();
            Result<ServiceRequest> r = desk.workflow().transition(id, to, actor, QStringLiteral("benchmark"));
            (void)desk.escalation().runFor(id);
            if (r)
                moves.push_back(double(t.nsecsElapsed()) / 1e6);
            now += 1000;
        }
    }
    bench("transitions", double(moves.size()));
    bench("transition_ms", percentile(moves, 0.5));
    bench("transition_p95_ms", percentile(moves, 0.95));

    // 200 stops of the department's pending requests, from the municipality's centre.
    const QList<RouteStop> stops = pendingStops(db, department, 200);
    const QGeoCoordinate depot = desk.tenant().centre.isValid() ? desk.tenant().centre : stops.value(0).at;
    std::vector<double> routes;
    double ratio = 0;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer t;
        t.start();
        const RoutePlan plan = RoutePlanner::plan(depot, stops);
        if (i > 0)
            routes.push_back(double(t.nsecsElapsed()) / 1e6);
        ratio = plan.cost / RoutePlanner::nearestNeighbour(depot, stops).cost;
    }
    bench("route_stops", double(stops.size()));
    bench("route_200_ms", percentile(routes, 0.5));
    bench("route_cost_vs_nearest_neighbour", ratio);

    // The escalation ladder catching up on a backlog (1,000 open requests of the department with a step long due,
    // as on the first start after a pause), in the runs the queue panel makes between events: how long each run
    // holds the window.
    if (const Status backlog = makeLadderBacklog(db, department, 1000);
        !backlog) {
        std::fprintf(stderr, "%s\n", qPrintable(backlog.error().message));
        return 1;
    }
    std::vector<double> runs;
    qint64 ladderSteps = 0;
    QElapsedTimer whole;
    whole.start();
    while (desk.escalation().hasDue() && runs.size() < 1000) {
        QElapsedTimer t;
        t.start();
        const Result<int> n = desk.escalation().runOnce(EscalationRunner::chunk);
        if (!n || n.value() == 0)
            break;
        runs.push_back(double(t.nsecsElapsed()) / 1e6);
        ladderSteps += n.value();
    }
    bench("ladder_steps", double(ladderSteps));
    bench("ladder_run_ms", percentile(runs, 0.5));
    bench("ladder_run_max_ms", runs.empty() ? 0 : *std::max_element(runs.begin(), runs.end()));
    bench("ladder_steps_per_s", ladderSteps / (double(whole.nsecsElapsed()) / 1e9));
    return 0;
}

} // namespace CivicDesk::Bench
