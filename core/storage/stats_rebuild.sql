-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rebuilds the dashboard's tables from the requests: after a bulk load, when migrating to schema 14 and when the
-- municipality's time zone changes. The same figures as the triggers keep, computed in one pass per table, by
-- the municipality's own days and months (cd_local_day, cd_local_month).
DELETE FROM request_stats;
DELETE FROM request_resolution;
DELETE FROM request_backlog;
DELETE FROM request_stats_month;
DELETE FROM request_resolution_month;
-- What a request adds on the day it came in and what it adds on the day it was closed (or came in, while open)
-- are grouped in one sort, not in a second pass that updates the first one's rows.
INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences,
                          closed, closed_with_deadline, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    SELECT day, department_id, service_type_id, district_id, sum(rp), sum(rw), sum(rb), sum(rm), sum(re), sum(ro), sum(ri), sum(rr),
           sum(c), sum(cd), sum(ct), sum(s1), sum(s2), sum(s3), sum(s4), sum(s5), sum(aa), sum(ap), sum(ai), sum(af)
    FROM (SELECT cd_local_day(r.created_at, z.time_zone) AS day, ifnull(r.department_id, '') AS department_id, r.service_type_id AS service_type_id, ifnull(r.district_id, '') AS district_id,
                 r.channel = 'phone' AS rp, r.channel = 'walk_in' AS rw, r.channel = 'web' AS rb, r.channel = 'mobile_app' AS rm, r.channel = 'email' AS re, r.channel = 'open311' AS ro, r.channel = 'import' AS ri,
                 r.recurrence_of IS NOT NULL AS rr, 0 AS c, 0 AS cd, 0 AS ct, 0 AS s1, 0 AS s2, 0 AS s3, 0 AS s4, 0 AS s5, 0 AS aa, 0 AS ap, 0 AS ai, 0 AS af
          FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id
          UNION ALL
          SELECT cd_local_day(ifnull(r.closed_at, r.created_at), z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''),
                 0, 0, 0, 0, 0, 0, 0, 0,
                 r.closed_at IS NOT NULL, r.closed_at IS NOT NULL AND r.due_at IS NOT NULL, r.closed_at IS NOT NULL AND r.due_at IS NOT NULL AND r.closed_at <= r.due_at,
                 ifnull(r.satisfaction, 0) = 1, ifnull(r.satisfaction, 0) = 2, ifnull(r.satisfaction, 0) = 3, ifnull(r.satisfaction, 0) = 4, ifnull(r.satisfaction, 0) = 5,
                 ifnull(r.accuracy, '') = 'accurate', ifnull(r.accuracy, '') = 'partly_accurate', ifnull(r.accuracy, '') = 'inaccurate', ifnull(r.accuracy, '') = 'false_report'
          FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id)
    GROUP BY 1, 2, 3, 4;
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
