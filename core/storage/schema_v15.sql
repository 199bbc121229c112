-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 15: counting that a bulk writer may take over. The triggers that count each new
-- request into the dashboard's tables (and the heat map's cells and the row count) run only while
-- cd_counting() is true, which it is on every connection unless that connection's writer has said it counts
-- the rows itself: an import adds a whole batch's figures in one pass per table (summary_add.sql) before the
-- batch commits, so the figures other desks read are right at every commit, and nobody else's writes are
-- ever left uncounted (the flag belongs to the importing connection alone).

DROP TRIGGER IF EXISTS service_request_counted;
CREATE TRIGGER service_request_counted AFTER INSERT ON service_request WHEN cd_counting() BEGIN UPDATE row_count SET n = n + 1 WHERE name = 'service_request'; END;

DROP TRIGGER IF EXISTS request_heat_insert_counted;
CREATE TRIGGER request_heat_insert_counted AFTER INSERT ON service_request
WHEN cd_counting() AND NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL
BEGIN
    INSERT INTO request_heat_month(group_id, month, cell, n)
    VALUES (ifnull((SELECT group_id FROM service_type WHERE id = NEW.service_type_id), ''),
            CAST(strftime('%Y', NEW.created_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.created_at / 1000, 'unixepoch') AS INTEGER) - 1,
            CAST((NEW.lat + 90) * 500 AS INTEGER) * 200000 + CAST((NEW.lon + 180) * 500 AS INTEGER), 1)
    ON CONFLICT(group_id, month, cell) DO UPDATE SET n = n + 1;
END;

DROP TRIGGER IF EXISTS request_stats_insert_counted;
CREATE TRIGGER request_stats_insert_counted AFTER INSERT ON service_request WHEN cd_counting()
BEGIN
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES (cd_local_day(NEW.created_at, (SELECT time_zone FROM tenant WHERE id = NEW.tenant_id)), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.channel = 'phone'), 1 * (NEW.channel = 'walk_in'), 1 * (NEW.channel = 'web'), 1 * (NEW.channel = 'mobile_app'), 1 * (NEW.channel = 'email'), 1 * (NEW.channel = 'open311'), 1 * (NEW.channel = 'import'), 1 * (NEW.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES (cd_local_month(NEW.created_at, (SELECT time_zone FROM tenant WHERE id = NEW.tenant_id)), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.channel = 'phone'), 1 * (NEW.channel = 'walk_in'), 1 * (NEW.channel = 'web'), 1 * (NEW.channel = 'mobile_app'), 1 * (NEW.channel = 'email'), 1 * (NEW.channel = 'open311'), 1 * (NEW.channel = 'import'), 1 * (NEW.recurrence_of IS NOT NULL))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (cd_local_day(ifnull(NEW.closed_at, NEW.created_at), (SELECT time_zone FROM tenant WHERE id = NEW.tenant_id)), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.closed_at IS NOT NULL), 1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL),
            1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.closed_at <= NEW.due_at), 1 * (ifnull(NEW.satisfaction, 0) = 1), 1 * (ifnull(NEW.satisfaction, 0) = 2), 1 * (ifnull(NEW.satisfaction, 0) = 3), 1 * (ifnull(NEW.satisfaction, 0) = 4), 1 * (ifnull(NEW.satisfaction, 0) = 5), 1 * (ifnull(NEW.accuracy, '') = 'accurate'), 1 * (ifnull(NEW.accuracy, '') = 'partly_accurate'), 1 * (ifnull(NEW.accuracy, '') = 'inaccurate'), 1 * (ifnull(NEW.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_with_deadline = closed_with_deadline + excluded.closed_with_deadline, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (cd_local_month(ifnull(NEW.closed_at, NEW.created_at), (SELECT time_zone FROM tenant WHERE id = NEW.tenant_id)), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.closed_at IS NOT NULL), 1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL),
            1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.closed_at <= NEW.due_at), 1 * (ifnull(NEW.satisfaction, 0) = 1), 1 * (ifnull(NEW.satisfaction, 0) = 2), 1 * (ifnull(NEW.satisfaction, 0) = 3), 1 * (ifnull(NEW.satisfaction, 0) = 4), 1 * (ifnull(NEW.satisfaction, 0) = 5), 1 * (ifnull(NEW.accuracy, '') = 'accurate'), 1 * (ifnull(NEW.accuracy, '') = 'partly_accurate'), 1 * (ifnull(NEW.accuracy, '') = 'inaccurate'), 1 * (ifnull(NEW.accuracy, '') = 'false_report'))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_with_deadline = closed_with_deadline + excluded.closed_with_deadline, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_local_day(ifnull(NEW.closed_at, NEW.created_at), (SELECT time_zone FROM tenant WHERE id = NEW.tenant_id)), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), cd_resolution_bucket(NEW.closed_at - NEW.created_at), 1 WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_resolution_month(month, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_local_month(ifnull(NEW.closed_at, NEW.created_at), (SELECT time_zone FROM tenant WHERE id = NEW.tenant_id)), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), cd_resolution_bucket(NEW.closed_at - NEW.created_at), 1 WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT(month, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT NEW.status, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 WHERE NEW.status IN ('new','accepted','assigned','in_progress','on_hold','reopened')
    ON CONFLICT(status, department_id, service_type_id, district_id) DO UPDATE SET n = n + excluded.n;
END;

-- A street register gives each street its range of house numbers, often without any geometry (Barcelona's
-- official register): kept, so a number outside the range is told apart from one on the street.
ALTER TABLE street ADD COLUMN number_min INTEGER;
ALTER TABLE street ADD COLUMN number_max INTEGER;

-- An address typed as an operator hears it ("179 H St", "179 h street") finds the requests at that address
-- first: each request keeps its address's key (AddressKey::of: number first, street types abbreviated one way),
-- written with the request, computed here once for the requests already filed. A column rather than an index
-- on the function, so that the file stays readable and restorable by tools that do not have the function.
ALTER TABLE service_request ADD COLUMN address_key TEXT NOT NULL DEFAULT '';
UPDATE service_request SET address_key = ifnull(cd_address_key(address), '') WHERE address <> '';
CREATE INDEX IF NOT EXISTS service_request_address_key ON service_request(address_key) WHERE address_key <> '';
