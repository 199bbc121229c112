-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 6: the figures of the dashboard and the reports, kept in step with every write.
-- Per UTC day × department × type × district: requests received that day per channel (and recurrences among
-- them), and of the requests closed that day how many met their deadline, their citizens' ratings and their
-- reports' accuracy; request_resolution holds how long the closed ones took, as a histogram, and
-- request_backlog what is open now. A year of a whole municipality is some tens of thousands of rows, whatever
-- the number of requests.
CREATE TABLE request_stats (
    day INTEGER NOT NULL,
    department_id TEXT NOT NULL,
    service_type_id TEXT NOT NULL,
    district_id TEXT NOT NULL,
    received_phone INTEGER NOT NULL DEFAULT 0,
    received_walk_in INTEGER NOT NULL DEFAULT 0,
    received_web INTEGER NOT NULL DEFAULT 0,
    received_mobile_app INTEGER NOT NULL DEFAULT 0,
    received_email INTEGER NOT NULL DEFAULT 0,
    received_open311 INTEGER NOT NULL DEFAULT 0,
    received_import INTEGER NOT NULL DEFAULT 0,
    recurrences INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0,
    closed_on_time INTEGER NOT NULL DEFAULT 0,
    s1 INTEGER NOT NULL DEFAULT 0, s2 INTEGER NOT NULL DEFAULT 0, s3 INTEGER NOT NULL DEFAULT 0,
    s4 INTEGER NOT NULL DEFAULT 0, s5 INTEGER NOT NULL DEFAULT 0,
    a_accurate INTEGER NOT NULL DEFAULT 0, a_partly INTEGER NOT NULL DEFAULT 0,
    a_inaccurate INTEGER NOT NULL DEFAULT 0, a_false INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, department_id, service_type_id, district_id)
) WITHOUT ROWID;

-- Resolution time buckets (closing − filing): 0 ≤ 1 h, 1 ≤ 2 h, 2 ≤ 4 h, 3 ≤ 8 h, 4 ≤ 12 h, 5 ≤ 1 d, 6 ≤ 2 d,
-- 7 ≤ 3 d, 8 ≤ 5 d, 9 ≤ 7 d, 10 ≤ 10 d, 11 ≤ 14 d, 12 ≤ 21 d, 13 ≤ 30 d, 14 ≤ 60 d, 15 longer.
CREATE TABLE request_resolution (
    day INTEGER NOT NULL,
    department_id TEXT NOT NULL,
    service_type_id TEXT NOT NULL,
    district_id TEXT NOT NULL,
    bucket INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, department_id, service_type_id, district_id, bucket)
) WITHOUT ROWID;

-- The same by month (year × 12 + month − 1): a year is read from twelve months instead of 365 days.
CREATE TABLE request_stats_month (
    month INTEGER NOT NULL,
    department_id TEXT NOT NULL,
    service_type_id TEXT NOT NULL,
    district_id TEXT NOT NULL,
    received_phone INTEGER NOT NULL DEFAULT 0,
    received_walk_in INTEGER NOT NULL DEFAULT 0,
    received_web INTEGER NOT NULL DEFAULT 0,
    received_mobile_app INTEGER NOT NULL DEFAULT 0,
    received_email INTEGER NOT NULL DEFAULT 0,
    received_open311 INTEGER NOT NULL DEFAULT 0,
    received_import INTEGER NOT NULL DEFAULT 0,
    recurrences INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0,
    closed_on_time INTEGER NOT NULL DEFAULT 0,
    s1 INTEGER NOT NULL DEFAULT 0, s2 INTEGER NOT NULL DEFAULT 0, s3 INTEGER NOT NULL DEFAULT 0,
    s4 INTEGER NOT NULL DEFAULT 0, s5 INTEGER NOT NULL DEFAULT 0,
    a_accurate INTEGER NOT NULL DEFAULT 0, a_partly INTEGER NOT NULL DEFAULT 0,
    a_inaccurate INTEGER NOT NULL DEFAULT 0, a_false INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, department_id, service_type_id, district_id)
) WITHOUT ROWID;

CREATE TABLE request_resolution_month (
    month INTEGER NOT NULL,
    department_id TEXT NOT NULL,
    service_type_id TEXT NOT NULL,
    district_id TEXT NOT NULL,
    bucket INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (month, department_id, service_type_id, district_id, bucket)
) WITHOUT ROWID;

CREATE TABLE request_backlog (
    status TEXT NOT NULL,
    department_id TEXT NOT NULL,
    service_type_id TEXT NOT NULL,
    district_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (status, department_id, service_type_id, district_id)
) WITHOUT ROWID;

-- A request counts once as it is now: an update takes its old contribution out and puts the new one in.
-- The triggers' names end in "counted": bulk loads drop them with the row counters and rebuild afterwards.
CREATE TRIGGER request_stats_insert_counted AFTER INSERT ON service_request
BEGIN
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES (NEW.created_at / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.channel = 'phone'), 1 * (NEW.channel = 'walk_in'), 1 * (NEW.channel = 'web'), 1 * (NEW.channel = 'mobile_app'), 1 * (NEW.channel = 'email'), 1 * (NEW.channel = 'open311'), 1 * (NEW.channel = 'import'), 1 * (NEW.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES ((CAST(strftime('%Y', (NEW.created_at / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (NEW.created_at / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.channel = 'phone'), 1 * (NEW.channel = 'walk_in'), 1 * (NEW.channel = 'web'), 1 * (NEW.channel = 'mobile_app'), 1 * (NEW.channel = 'email'), 1 * (NEW.channel = 'open311'), 1 * (NEW.channel = 'import'), 1 * (NEW.recurrence_of IS NOT NULL))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (ifnull(NEW.closed_at, NEW.created_at) / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.closed_at IS NOT NULL),
            1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.closed_at <= NEW.due_at), 1 * (ifnull(NEW.satisfaction, 0) = 1), 1 * (ifnull(NEW.satisfaction, 0) = 2), 1 * (ifnull(NEW.satisfaction, 0) = 3), 1 * (ifnull(NEW.satisfaction, 0) = 4), 1 * (ifnull(NEW.satisfaction, 0) = 5), 1 * (ifnull(NEW.accuracy, '') = 'accurate'), 1 * (ifnull(NEW.accuracy, '') = 'partly_accurate'), 1 * (ifnull(NEW.accuracy, '') = 'inaccurate'), 1 * (ifnull(NEW.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES ((CAST(strftime('%Y', (ifnull(NEW.closed_at, NEW.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (ifnull(NEW.closed_at, NEW.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.closed_at IS NOT NULL),
            1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.closed_at <= NEW.due_at), 1 * (ifnull(NEW.satisfaction, 0) = 1), 1 * (ifnull(NEW.satisfaction, 0) = 2), 1 * (ifnull(NEW.satisfaction, 0) = 3), 1 * (ifnull(NEW.satisfaction, 0) = 4), 1 * (ifnull(NEW.satisfaction, 0) = 5), 1 * (ifnull(NEW.accuracy, '') = 'accurate'), 1 * (ifnull(NEW.accuracy, '') = 'partly_accurate'), 1 * (ifnull(NEW.accuracy, '') = 'inaccurate'), 1 * (ifnull(NEW.accuracy, '') = 'false_report'))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT ifnull(NEW.closed_at, NEW.created_at) / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), CASE WHEN (NEW.closed_at - NEW.created_at) <= 3600000 THEN 0 WHEN (NEW.closed_at - NEW.created_at) <= 7200000 THEN 1 WHEN (NEW.closed_at - NEW.created_at) <= 14400000 THEN 2 WHEN (NEW.closed_at - NEW.created_at) <= 28800000 THEN 3 WHEN (NEW.closed_at - NEW.created_at) <= 43200000 THEN 4 WHEN (NEW.closed_at - NEW.created_at) <= 86400000 THEN 5 WHEN (NEW.closed_at - NEW.created_at) <= 172800000 THEN 6 WHEN (NEW.closed_at - NEW.created_at) <= 259200000 THEN 7 WHEN (NEW.closed_at - NEW.created_at) <= 432000000 THEN 8 WHEN (NEW.closed_at - NEW.created_at) <= 604800000 THEN 9 WHEN (NEW.closed_at - NEW.created_at) <= 864000000 THEN 10 WHEN (NEW.closed_at - NEW.created_at) <= 1209600000 THEN 11 WHEN (NEW.closed_at - NEW.created_at) <= 1814400000 THEN 12 WHEN (NEW.closed_at - NEW.created_at) <= 2592000000 THEN 13 WHEN (NEW.closed_at - NEW.created_at) <= 5184000000 THEN 14 ELSE 15 END, 1 WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_resolution_month(month, department_id, service_type_id, district_id, bucket, n)
    SELECT (CAST(strftime('%Y', (ifnull(NEW.closed_at, NEW.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (ifnull(NEW.closed_at, NEW.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), CASE WHEN (NEW.closed_at - NEW.created_at) <= 3600000 THEN 0 WHEN (NEW.closed_at - NEW.created_at) <= 7200000 THEN 1 WHEN (NEW.closed_at - NEW.created_at) <= 14400000 THEN 2 WHEN (NEW.closed_at - NEW.created_at) <= 28800000 THEN 3 WHEN (NEW.closed_at - NEW.created_at) <= 43200000 THEN 4 WHEN (NEW.closed_at - NEW.created_at) <= 86400000 THEN 5 WHEN (NEW.closed_at - NEW.created_at) <= 172800000 THEN 6 WHEN (NEW.closed_at - NEW.created_at) <= 259200000 THEN 7 WHEN (NEW.closed_at - NEW.created_at) <= 432000000 THEN 8 WHEN (NEW.closed_at - NEW.created_at) <= 604800000 THEN 9 WHEN (NEW.closed_at - NEW.created_at) <= 864000000 THEN 10 WHEN (NEW.closed_at - NEW.created_at) <= 1209600000 THEN 11 WHEN (NEW.closed_at - NEW.created_at) <= 1814400000 THEN 12 WHEN (NEW.closed_at - NEW.created_at) <= 2592000000 THEN 13 WHEN (NEW.closed_at - NEW.created_at) <= 5184000000 THEN 14 ELSE 15 END, 1 WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT(month, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT NEW.status, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 WHERE NEW.status IN ('new','accepted','assigned','in_progress','on_hold','reopened')
    ON CONFLICT(status, department_id, service_type_id, district_id) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER request_stats_update_counted AFTER UPDATE OF created_at, closed_at, due_at, satisfaction, accuracy,
    recurrence_of, department_id, service_type_id, district_id, channel ON service_request
BEGIN
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES (OLD.created_at / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 * (OLD.channel = 'phone'), -1 * (OLD.channel = 'walk_in'), -1 * (OLD.channel = 'web'), -1 * (OLD.channel = 'mobile_app'), -1 * (OLD.channel = 'email'), -1 * (OLD.channel = 'open311'), -1 * (OLD.channel = 'import'), -1 * (OLD.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES ((CAST(strftime('%Y', (OLD.created_at / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (OLD.created_at / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 * (OLD.channel = 'phone'), -1 * (OLD.channel = 'walk_in'), -1 * (OLD.channel = 'web'), -1 * (OLD.channel = 'mobile_app'), -1 * (OLD.channel = 'email'), -1 * (OLD.channel = 'open311'), -1 * (OLD.channel = 'import'), -1 * (OLD.recurrence_of IS NOT NULL))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (ifnull(OLD.closed_at, OLD.created_at) / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 * (OLD.closed_at IS NOT NULL),
            -1 * (OLD.closed_at IS NOT NULL AND OLD.due_at IS NOT NULL AND OLD.closed_at <= OLD.due_at), -1 * (ifnull(OLD.satisfaction, 0) = 1), -1 * (ifnull(OLD.satisfaction, 0) = 2), -1 * (ifnull(OLD.satisfaction, 0) = 3), -1 * (ifnull(OLD.satisfaction, 0) = 4), -1 * (ifnull(OLD.satisfaction, 0) = 5), -1 * (ifnull(OLD.accuracy, '') = 'accurate'), -1 * (ifnull(OLD.accuracy, '') = 'partly_accurate'), -1 * (ifnull(OLD.accuracy, '') = 'inaccurate'), -1 * (ifnull(OLD.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES ((CAST(strftime('%Y', (ifnull(OLD.closed_at, OLD.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (ifnull(OLD.closed_at, OLD.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 * (OLD.closed_at IS NOT NULL),
            -1 * (OLD.closed_at IS NOT NULL AND OLD.due_at IS NOT NULL AND OLD.closed_at <= OLD.due_at), -1 * (ifnull(OLD.satisfaction, 0) = 1), -1 * (ifnull(OLD.satisfaction, 0) = 2), -1 * (ifnull(OLD.satisfaction, 0) = 3), -1 * (ifnull(OLD.satisfaction, 0) = 4), -1 * (ifnull(OLD.satisfaction, 0) = 5), -1 * (ifnull(OLD.accuracy, '') = 'accurate'), -1 * (ifnull(OLD.accuracy, '') = 'partly_accurate'), -1 * (ifnull(OLD.accuracy, '') = 'inaccurate'), -1 * (ifnull(OLD.accuracy, '') = 'false_report'))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT ifnull(OLD.closed_at, OLD.created_at) / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), CASE WHEN (OLD.closed_at - OLD.created_at) <= 3600000 THEN 0 WHEN (OLD.closed_at - OLD.created_at) <= 7200000 THEN 1 WHEN (OLD.closed_at - OLD.created_at) <= 14400000 THEN 2 WHEN (OLD.closed_at - OLD.created_at) <= 28800000 THEN 3 WHEN (OLD.closed_at - OLD.created_at) <= 43200000 THEN 4 WHEN (OLD.closed_at - OLD.created_at) <= 86400000 THEN 5 WHEN (OLD.closed_at - OLD.created_at) <= 172800000 THEN 6 WHEN (OLD.closed_at - OLD.created_at) <= 259200000 THEN 7 WHEN (OLD.closed_at - OLD.created_at) <= 432000000 THEN 8 WHEN (OLD.closed_at - OLD.created_at) <= 604800000 THEN 9 WHEN (OLD.closed_at - OLD.created_at) <= 864000000 THEN 10 WHEN (OLD.closed_at - OLD.created_at) <= 1209600000 THEN 11 WHEN (OLD.closed_at - OLD.created_at) <= 1814400000 THEN 12 WHEN (OLD.closed_at - OLD.created_at) <= 2592000000 THEN 13 WHEN (OLD.closed_at - OLD.created_at) <= 5184000000 THEN 14 ELSE 15 END, -1 WHERE OLD.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_resolution_month(month, department_id, service_type_id, district_id, bucket, n)
    SELECT (CAST(strftime('%Y', (ifnull(OLD.closed_at, OLD.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (ifnull(OLD.closed_at, OLD.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), CASE WHEN (OLD.closed_at - OLD.created_at) <= 3600000 THEN 0 WHEN (OLD.closed_at - OLD.created_at) <= 7200000 THEN 1 WHEN (OLD.closed_at - OLD.created_at) <= 14400000 THEN 2 WHEN (OLD.closed_at - OLD.created_at) <= 28800000 THEN 3 WHEN (OLD.closed_at - OLD.created_at) <= 43200000 THEN 4 WHEN (OLD.closed_at - OLD.created_at) <= 86400000 THEN 5 WHEN (OLD.closed_at - OLD.created_at) <= 172800000 THEN 6 WHEN (OLD.closed_at - OLD.created_at) <= 259200000 THEN 7 WHEN (OLD.closed_at - OLD.created_at) <= 432000000 THEN 8 WHEN (OLD.closed_at - OLD.created_at) <= 604800000 THEN 9 WHEN (OLD.closed_at - OLD.created_at) <= 864000000 THEN 10 WHEN (OLD.closed_at - OLD.created_at) <= 1209600000 THEN 11 WHEN (OLD.closed_at - OLD.created_at) <= 1814400000 THEN 12 WHEN (OLD.closed_at - OLD.created_at) <= 2592000000 THEN 13 WHEN (OLD.closed_at - OLD.created_at) <= 5184000000 THEN 14 ELSE 15 END, -1 WHERE OLD.closed_at IS NOT NULL
    ON CONFLICT(month, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES (NEW.created_at / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.channel = 'phone'), 1 * (NEW.channel = 'walk_in'), 1 * (NEW.channel = 'web'), 1 * (NEW.channel = 'mobile_app'), 1 * (NEW.channel = 'email'), 1 * (NEW.channel = 'open311'), 1 * (NEW.channel = 'import'), 1 * (NEW.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES ((CAST(strftime('%Y', (NEW.created_at / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (NEW.created_at / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.channel = 'phone'), 1 * (NEW.channel = 'walk_in'), 1 * (NEW.channel = 'web'), 1 * (NEW.channel = 'mobile_app'), 1 * (NEW.channel = 'email'), 1 * (NEW.channel = 'open311'), 1 * (NEW.channel = 'import'), 1 * (NEW.recurrence_of IS NOT NULL))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (ifnull(NEW.closed_at, NEW.created_at) / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.closed_at IS NOT NULL),
            1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.closed_at <= NEW.due_at), 1 * (ifnull(NEW.satisfaction, 0) = 1), 1 * (ifnull(NEW.satisfaction, 0) = 2), 1 * (ifnull(NEW.satisfaction, 0) = 3), 1 * (ifnull(NEW.satisfaction, 0) = 4), 1 * (ifnull(NEW.satisfaction, 0) = 5), 1 * (ifnull(NEW.accuracy, '') = 'accurate'), 1 * (ifnull(NEW.accuracy, '') = 'partly_accurate'), 1 * (ifnull(NEW.accuracy, '') = 'inaccurate'), 1 * (ifnull(NEW.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES ((CAST(strftime('%Y', (ifnull(NEW.closed_at, NEW.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (ifnull(NEW.closed_at, NEW.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 * (NEW.closed_at IS NOT NULL),
            1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.closed_at <= NEW.due_at), 1 * (ifnull(NEW.satisfaction, 0) = 1), 1 * (ifnull(NEW.satisfaction, 0) = 2), 1 * (ifnull(NEW.satisfaction, 0) = 3), 1 * (ifnull(NEW.satisfaction, 0) = 4), 1 * (ifnull(NEW.satisfaction, 0) = 5), 1 * (ifnull(NEW.accuracy, '') = 'accurate'), 1 * (ifnull(NEW.accuracy, '') = 'partly_accurate'), 1 * (ifnull(NEW.accuracy, '') = 'inaccurate'), 1 * (ifnull(NEW.accuracy, '') = 'false_report'))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT ifnull(NEW.closed_at, NEW.created_at) / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), CASE WHEN (NEW.closed_at - NEW.created_at) <= 3600000 THEN 0 WHEN (NEW.closed_at - NEW.created_at) <= 7200000 THEN 1 WHEN (NEW.closed_at - NEW.created_at) <= 14400000 THEN 2 WHEN (NEW.closed_at - NEW.created_at) <= 28800000 THEN 3 WHEN (NEW.closed_at - NEW.created_at) <= 43200000 THEN 4 WHEN (NEW.closed_at - NEW.created_at) <= 86400000 THEN 5 WHEN (NEW.closed_at - NEW.created_at) <= 172800000 THEN 6 WHEN (NEW.closed_at - NEW.created_at) <= 259200000 THEN 7 WHEN (NEW.closed_at - NEW.created_at) <= 432000000 THEN 8 WHEN (NEW.closed_at - NEW.created_at) <= 604800000 THEN 9 WHEN (NEW.closed_at - NEW.created_at) <= 864000000 THEN 10 WHEN (NEW.closed_at - NEW.created_at) <= 1209600000 THEN 11 WHEN (NEW.closed_at - NEW.created_at) <= 1814400000 THEN 12 WHEN (NEW.closed_at - NEW.created_at) <= 2592000000 THEN 13 WHEN (NEW.closed_at - NEW.created_at) <= 5184000000 THEN 14 ELSE 15 END, 1 WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_resolution_month(month, department_id, service_type_id, district_id, bucket, n)
    SELECT (CAST(strftime('%Y', (ifnull(NEW.closed_at, NEW.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (ifnull(NEW.closed_at, NEW.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), CASE WHEN (NEW.closed_at - NEW.created_at) <= 3600000 THEN 0 WHEN (NEW.closed_at - NEW.created_at) <= 7200000 THEN 1 WHEN (NEW.closed_at - NEW.created_at) <= 14400000 THEN 2 WHEN (NEW.closed_at - NEW.created_at) <= 28800000 THEN 3 WHEN (NEW.closed_at - NEW.created_at) <= 43200000 THEN 4 WHEN (NEW.closed_at - NEW.created_at) <= 86400000 THEN 5 WHEN (NEW.closed_at - NEW.created_at) <= 172800000 THEN 6 WHEN (NEW.closed_at - NEW.created_at) <= 259200000 THEN 7 WHEN (NEW.closed_at - NEW.created_at) <= 432000000 THEN 8 WHEN (NEW.closed_at - NEW.created_at) <= 604800000 THEN 9 WHEN (NEW.closed_at - NEW.created_at) <= 864000000 THEN 10 WHEN (NEW.closed_at - NEW.created_at) <= 1209600000 THEN 11 WHEN (NEW.closed_at - NEW.created_at) <= 1814400000 THEN 12 WHEN (NEW.closed_at - NEW.created_at) <= 2592000000 THEN 13 WHEN (NEW.closed_at - NEW.created_at) <= 5184000000 THEN 14 ELSE 15 END, 1 WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT(month, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER request_backlog_update_counted AFTER UPDATE OF status, department_id, service_type_id, district_id ON service_request
BEGIN
    INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT OLD.status, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 WHERE OLD.status IN ('new','accepted','assigned','in_progress','on_hold','reopened')
    ON CONFLICT(status, department_id, service_type_id, district_id) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT NEW.status, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), 1 WHERE NEW.status IN ('new','accepted','assigned','in_progress','on_hold','reopened')
    ON CONFLICT(status, department_id, service_type_id, district_id) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER request_stats_delete_counted AFTER DELETE ON service_request
BEGIN
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES (OLD.created_at / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 * (OLD.channel = 'phone'), -1 * (OLD.channel = 'walk_in'), -1 * (OLD.channel = 'web'), -1 * (OLD.channel = 'mobile_app'), -1 * (OLD.channel = 'email'), -1 * (OLD.channel = 'open311'), -1 * (OLD.channel = 'import'), -1 * (OLD.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web, received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES ((CAST(strftime('%Y', (OLD.created_at / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (OLD.created_at / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 * (OLD.channel = 'phone'), -1 * (OLD.channel = 'walk_in'), -1 * (OLD.channel = 'web'), -1 * (OLD.channel = 'mobile_app'), -1 * (OLD.channel = 'email'), -1 * (OLD.channel = 'open311'), -1 * (OLD.channel = 'import'), -1 * (OLD.recurrence_of IS NOT NULL))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET received_phone = received_phone + excluded.received_phone, received_walk_in = received_walk_in + excluded.received_walk_in, received_web = received_web + excluded.received_web, received_mobile_app = received_mobile_app + excluded.received_mobile_app, received_email = received_email + excluded.received_email, received_open311 = received_open311 + excluded.received_open311, received_import = received_import + excluded.received_import, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (ifnull(OLD.closed_at, OLD.created_at) / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 * (OLD.closed_at IS NOT NULL),
            -1 * (OLD.closed_at IS NOT NULL AND OLD.due_at IS NOT NULL AND OLD.closed_at <= OLD.due_at), -1 * (ifnull(OLD.satisfaction, 0) = 1), -1 * (ifnull(OLD.satisfaction, 0) = 2), -1 * (ifnull(OLD.satisfaction, 0) = 3), -1 * (ifnull(OLD.satisfaction, 0) = 4), -1 * (ifnull(OLD.satisfaction, 0) = 5), -1 * (ifnull(OLD.accuracy, '') = 'accurate'), -1 * (ifnull(OLD.accuracy, '') = 'partly_accurate'), -1 * (ifnull(OLD.accuracy, '') = 'inaccurate'), -1 * (ifnull(OLD.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES ((CAST(strftime('%Y', (ifnull(OLD.closed_at, OLD.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (ifnull(OLD.closed_at, OLD.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 * (OLD.closed_at IS NOT NULL),
            -1 * (OLD.closed_at IS NOT NULL AND OLD.due_at IS NOT NULL AND OLD.closed_at <= OLD.due_at), -1 * (ifnull(OLD.satisfaction, 0) = 1), -1 * (ifnull(OLD.satisfaction, 0) = 2), -1 * (ifnull(OLD.satisfaction, 0) = 3), -1 * (ifnull(OLD.satisfaction, 0) = 4), -1 * (ifnull(OLD.satisfaction, 0) = 5), -1 * (ifnull(OLD.accuracy, '') = 'accurate'), -1 * (ifnull(OLD.accuracy, '') = 'partly_accurate'), -1 * (ifnull(OLD.accuracy, '') = 'inaccurate'), -1 * (ifnull(OLD.accuracy, '') = 'false_report'))
    ON CONFLICT(month, department_id, service_type_id, district_id) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT ifnull(OLD.closed_at, OLD.created_at) / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), CASE WHEN (OLD.closed_at - OLD.created_at) <= 3600000 THEN 0 WHEN (OLD.closed_at - OLD.created_at) <= 7200000 THEN 1 WHEN (OLD.closed_at - OLD.created_at) <= 14400000 THEN 2 WHEN (OLD.closed_at - OLD.created_at) <= 28800000 THEN 3 WHEN (OLD.closed_at - OLD.created_at) <= 43200000 THEN 4 WHEN (OLD.closed_at - OLD.created_at) <= 86400000 THEN 5 WHEN (OLD.closed_at - OLD.created_at) <= 172800000 THEN 6 WHEN (OLD.closed_at - OLD.created_at) <= 259200000 THEN 7 WHEN (OLD.closed_at - OLD.created_at) <= 432000000 THEN 8 WHEN (OLD.closed_at - OLD.created_at) <= 604800000 THEN 9 WHEN (OLD.closed_at - OLD.created_at) <= 864000000 THEN 10 WHEN (OLD.closed_at - OLD.created_at) <= 1209600000 THEN 11 WHEN (OLD.closed_at - OLD.created_at) <= 1814400000 THEN 12 WHEN (OLD.closed_at - OLD.created_at) <= 2592000000 THEN 13 WHEN (OLD.closed_at - OLD.created_at) <= 5184000000 THEN 14 ELSE 15 END, -1 WHERE OLD.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_resolution_month(month, department_id, service_type_id, district_id, bucket, n)
    SELECT (CAST(strftime('%Y', (ifnull(OLD.closed_at, OLD.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', (ifnull(OLD.closed_at, OLD.created_at) / 86400000) * 86400, 'unixepoch') AS INTEGER) - 1), ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), CASE WHEN (OLD.closed_at - OLD.created_at) <= 3600000 THEN 0 WHEN (OLD.closed_at - OLD.created_at) <= 7200000 THEN 1 WHEN (OLD.closed_at - OLD.created_at) <= 14400000 THEN 2 WHEN (OLD.closed_at - OLD.created_at) <= 28800000 THEN 3 WHEN (OLD.closed_at - OLD.created_at) <= 43200000 THEN 4 WHEN (OLD.closed_at - OLD.created_at) <= 86400000 THEN 5 WHEN (OLD.closed_at - OLD.created_at) <= 172800000 THEN 6 WHEN (OLD.closed_at - OLD.created_at) <= 259200000 THEN 7 WHEN (OLD.closed_at - OLD.created_at) <= 432000000 THEN 8 WHEN (OLD.closed_at - OLD.created_at) <= 604800000 THEN 9 WHEN (OLD.closed_at - OLD.created_at) <= 864000000 THEN 10 WHEN (OLD.closed_at - OLD.created_at) <= 1209600000 THEN 11 WHEN (OLD.closed_at - OLD.created_at) <= 1814400000 THEN 12 WHEN (OLD.closed_at - OLD.created_at) <= 2592000000 THEN 13 WHEN (OLD.closed_at - OLD.created_at) <= 5184000000 THEN 14 ELSE 15 END, -1 WHERE OLD.closed_at IS NOT NULL
    ON CONFLICT(month, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT OLD.status, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), -1 WHERE OLD.status IN ('new','accepted','assigned','in_progress','on_hold','reopened')
    ON CONFLICT(status, department_id, service_type_id, district_id) DO UPDATE SET n = n + excluded.n;
END;

-- Escalations by the day they happened, for the dashboard.
CREATE INDEX alert_created ON alert(created_at);
