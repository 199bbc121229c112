-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rebuilds the dashboard's tables from the requests: after a bulk load, and when migrating to schema 6. The same
-- figures as the triggers keep, computed in one pass per table.
DELETE FROM request_stats;
DELETE FROM request_resolution;
DELETE FROM request_backlog;
DELETE FROM request_stats_month;
DELETE FROM request_resolution_month;
INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    SELECT created_at / 86400000, ifnull(department_id, ''), service_type_id, ifnull(district_id, ''), sum(channel = 'phone'), sum(channel = 'walk_in'), sum(channel = 'web'), sum(channel = 'mobile_app'), sum(channel = 'email'), sum(channel = 'open311'), sum(channel = 'import'),
           sum(recurrence_of IS NOT NULL)
    FROM service_request GROUP BY 1, 2, 3, 4;
INSERT INTO request_stats(day, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    SELECT ifnull(closed_at, created_at) / 86400000, ifnull(department_id, ''), service_type_id, ifnull(district_id, ''),
           sum(closed_at IS NOT NULL), sum(closed_at IS NOT NULL AND due_at IS NOT NULL AND closed_at <= due_at), sum(ifnull(satisfaction, 0) = 1), sum(ifnull(satisfaction, 0) = 2), sum(ifnull(satisfaction, 0) = 3), sum(ifnull(satisfaction, 0) = 4), sum(ifnull(satisfaction, 0) = 5), sum(ifnull(accuracy, '') = 'accurate'), sum(ifnull(accuracy, '') = 'partly_accurate'), sum(ifnull(accuracy, '') = 'inaccurate'), sum(ifnull(accuracy, '') = 'false_report')
    FROM service_request GROUP BY 1, 2, 3, 4
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET
        closed = excluded.closed, closed_on_time = excluded.closed_on_time, s1 = excluded.s1, s2 = excluded.s2, s3 = excluded.s3, s4 = excluded.s4, s5 = excluded.s5, a_accurate = excluded.a_accurate, a_partly = excluded.a_partly, a_inaccurate = excluded.a_inaccurate, a_false = excluded.a_false;
INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT closed_at / 86400000, ifnull(department_id, ''), service_type_id, ifnull(district_id, ''),
           CASE WHEN (closed_at - created_at) <= 3600000 THEN 0 WHEN (closed_at - created_at) <= 7200000 THEN 1 WHEN (closed_at - created_at) <= 14400000 THEN 2 WHEN (closed_at - created_at) <= 28800000 THEN 3 WHEN (closed_at - created_at) <= 43200000 THEN 4 WHEN (closed_at - created_at) <= 86400000 THEN 5 WHEN (closed_at - created_at) <= 172800000 THEN 6 WHEN (closed_at - created_at) <= 259200000 THEN 7 WHEN (closed_at - created_at) <= 432000000 THEN 8 WHEN (closed_at - created_at) <= 604800000 THEN 9 WHEN (closed_at - created_at) <= 864000000 THEN 10 WHEN (closed_at - created_at) <= 1209600000 THEN 11 WHEN (closed_at - created_at) <= 1814400000 THEN 12 WHEN (closed_at - created_at) <= 2592000000 THEN 13 WHEN (closed_at - created_at) <= 5184000000 THEN 14 ELSE 15 END, count(*)
    FROM service_request WHERE closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT status, ifnull(department_id, ''), service_type_id, ifnull(district_id, ''), count(*)
    FROM service_request WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') GROUP BY 1, 2, 3, 4;
INSERT INTO request_stats_month SELECT (CAST(strftime('%Y', (day) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (day) * 86400, 'unixepoch') AS INTEGER) - 1) AS m, department_id, service_type_id, district_id,
    sum(received_phone), sum(received_walk_in), sum(received_web), sum(received_mobile_app), sum(received_email), sum(received_open311),
    sum(received_import), sum(recurrences), sum(closed), sum(closed_on_time), sum(s1), sum(s2), sum(s3), sum(s4), sum(s5),
    sum(a_accurate), sum(a_partly), sum(a_inaccurate), sum(a_false)
    FROM request_stats GROUP BY 1, 2, 3, 4;
INSERT INTO request_resolution_month SELECT (CAST(strftime('%Y', (day) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (day) * 86400, 'unixepoch') AS INTEGER) - 1) AS m, department_id, service_type_id, district_id, bucket, sum(n)
    FROM request_resolution GROUP BY 1, 2, 3, 4, 5;
