-- SPDX-License-Identifier: GPL-3.0-or-later
-- Adds the requests written after row :from (a batch written with counting deferred, see schema_v15.sql) to the
-- dashboard's tables, the heat map's cells and the row count: the same figures the insert triggers add one row
-- at a time, grouped first. Months are counted from the requests here, as the triggers count them.
INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    SELECT cd_local_day(r.created_at, z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''), sum(r.channel = 'phone'), sum(r.channel = 'walk_in'), sum(r.channel = 'web'), sum(r.channel = 'mobile_app'), sum(r.channel = 'email'), sum(r.channel = 'open311'), sum(r.channel = 'import'),
           sum(r.recurrence_of IS NOT NULL)
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id WHERE r.rowid > :from GROUP BY 1, 2, 3, 4
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    SELECT cd_local_month(r.created_at, z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''), sum(r.channel = 'phone'), sum(r.channel = 'walk_in'), sum(r.channel = 'web'), sum(r.channel = 'mobile_app'), sum(r.channel = 'email'), sum(r.channel = 'open311'), sum(r.channel = 'import'),
           sum(r.recurrence_of IS NOT NULL)
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id WHERE r.rowid > :from GROUP BY 1, 2, 3, 4
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
INSERT INTO request_stats(day, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    SELECT cd_local_day(ifnull(r.closed_at, r.created_at), z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''),
           sum(r.closed_at IS NOT NULL), sum(r.closed_at IS NOT NULL AND r.due_at IS NOT NULL), sum(r.closed_at IS NOT NULL AND r.due_at IS NOT NULL AND r.closed_at <= r.due_at), sum(ifnull(r.satisfaction, 0) = 1), sum(ifnull(r.satisfaction, 0) = 2), sum(ifnull(r.satisfaction, 0) = 3), sum(ifnull(r.satisfaction, 0) = 4), sum(ifnull(r.satisfaction, 0) = 5), sum(ifnull(r.accuracy, '') = 'accurate'), sum(ifnull(r.accuracy, '') = 'partly_accurate'), sum(ifnull(r.accuracy, '') = 'inaccurate'), sum(ifnull(r.accuracy, '') = 'false_report')
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id WHERE r.rowid > :from GROUP BY 1, 2, 3, 4
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_with_deadline = closed_with_deadline + excluded.closed_with_deadline, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    SELECT cd_local_month(ifnull(r.closed_at, r.created_at), z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''),
           sum(r.closed_at IS NOT NULL), sum(r.closed_at IS NOT NULL AND r.due_at IS NOT NULL), sum(r.closed_at IS NOT NULL AND r.due_at IS NOT NULL AND r.closed_at <= r.due_at), sum(ifnull(r.satisfaction, 0) = 1), sum(ifnull(r.satisfaction, 0) = 2), sum(ifnull(r.satisfaction, 0) = 3), sum(ifnull(r.satisfaction, 0) = 4), sum(ifnull(r.satisfaction, 0) = 5), sum(ifnull(r.accuracy, '') = 'accurate'), sum(ifnull(r.accuracy, '') = 'partly_accurate'), sum(ifnull(r.accuracy, '') = 'inaccurate'), sum(ifnull(r.accuracy, '') = 'false_report')
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id WHERE r.rowid > :from GROUP BY 1, 2, 3, 4
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_with_deadline = closed_with_deadline + excluded.closed_with_deadline, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_local_day(r.closed_at, z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''), cd_resolution_bucket(r.closed_at - r.created_at), count(*)
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id WHERE r.rowid > :from AND r.closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT(day, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
INSERT INTO request_resolution_month(month, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_local_month(r.closed_at, z.time_zone), ifnull(r.department_id, ''), r.service_type_id, ifnull(r.district_id, ''), cd_resolution_bucket(r.closed_at - r.created_at), count(*)
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id WHERE r.rowid > :from AND r.closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT(month, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT status, ifnull(department_id, ''), service_type_id, ifnull(district_id, ''), count(*)
    FROM service_request WHERE rowid > :from AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened') GROUP BY 1, 2, 3, 4
    ON CONFLICT(status, department_id, service_type_id, district_id) DO UPDATE SET n = n + excluded.n;
INSERT INTO request_heat_month(group_id, month, cell, n)
    SELECT ifnull(t.group_id, ''),
           CAST(strftime('%Y', r.created_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', r.created_at / 1000, 'unixepoch') AS INTEGER) - 1,
           CAST((r.lat + 90) * 500 AS INTEGER) * 200000 + CAST((r.lon + 180) * 500 AS INTEGER), count(*)
    FROM service_request r LEFT JOIN service_type t ON t.id = r.service_type_id
    WHERE r.rowid > :from AND r.lat IS NOT NULL AND r.lon IS NOT NULL
    GROUP BY 1, 2, 3
    ON CONFLICT(group_id, month, cell) DO UPDATE SET n = n + excluded.n;
UPDATE row_count SET n = n + (SELECT count(*) FROM service_request WHERE rowid > :from) WHERE name = 'service_request';
