-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rebuilds the dashboard's tables from the requests: after a bulk load, when migrating to schema 14 and when the
-- municipality's time zone changes. The same figures as the triggers keep, computed in one pass per table, by
-- the municipality's own days and months (cd_local_day, cd_local_month).
DELETE FROM request_stats;
DELETE FROM request_resolution;
DELETE FROM request_backlog;
DELETE FROM request_stats_month;
DELETE FROM request_resolution_month;
INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    SELECT cd_local_day(r.created_at, z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''), sum(r.channel = 'phone'), sum(r.channel = 'walk_in'), sum(r.channel = 'web'), sum(r.channel = 'mobile_app'), sum(r.channel = 'email'), sum(r.channel = 'open311'), sum(r.channel = 'import'),
           sum(r.recurrence_of IS NOT NULL)
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id GROUP BY 1, 2, 3, 4;
INSERT INTO request_stats(day, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    SELECT cd_local_day(ifnull(r.closed_at, r.created_at), z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''),
           sum(r.closed_at IS NOT NULL), sum(r.closed_at IS NOT NULL AND r.due_at IS NOT NULL), sum(r.closed_at IS NOT NULL AND r.due_at IS NOT NULL AND r.closed_at <= r.due_at), sum(ifnull(r.satisfaction, 0) = 1), sum(ifnull(r.satisfaction, 0) = 2), sum(ifnull(r.satisfaction, 0) = 3), sum(ifnull(r.satisfaction, 0) = 4), sum(ifnull(r.satisfaction, 0) = 5), sum(ifnull(r.accuracy, '') = 'accurate'), sum(ifnull(r.accuracy, '') = 'partly_accurate'), sum(ifnull(r.accuracy, '') = 'inaccurate'), sum(ifnull(r.accuracy, '') = 'false_report')
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id GROUP BY 1, 2, 3, 4
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET
        closed = excluded.closed, closed_with_deadline = excluded.closed_with_deadline, closed_on_time = excluded.closed_on_time, s1 = excluded.s1, s2 = excluded.s2, s3 = excluded.s3, s4 = excluded.s4, s5 = excluded.s5, a_accurate = excluded.a_accurate, a_partly = excluded.a_partly, a_inaccurate = excluded.a_inaccurate, a_false = excluded.a_false;
INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_local_day(r.closed_at, z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''),
           cd_resolution_bucket(r.closed_at - r.created_at), count(*)
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id WHERE r.closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT status, ifnull(department_id, ''), service_type_id, ifnull(district_id, ''), count(*)
    FROM service_request WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') GROUP BY 1, 2, 3, 4;
INSERT INTO request_stats_month SELECT cd_month_of_day(day) AS m, department_id, service_type_id, district_id,
    sum(received_phone), sum(received_walk_in), sum(received_web), sum(received_mobile_app), sum(received_email), sum(received_open311),
    sum(received_import), sum(recurrences), sum(closed), sum(closed_on_time), sum(s1), sum(s2), sum(s3), sum(s4), sum(s5),
    sum(a_accurate), sum(a_partly), sum(a_inaccurate), sum(a_false), sum(closed_with_deadline)
    FROM request_stats GROUP BY 1, 2, 3, 4;
INSERT INTO request_resolution_month SELECT cd_month_of_day(day) AS m, department_id, service_type_id, district_id, bucket, sum(n)
    FROM request_resolution GROUP BY 1, 2, 3, 4, 5;
