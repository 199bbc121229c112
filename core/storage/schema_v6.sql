-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 6: the figures of the dashboard and the reports, kept in step with every write.
-- Per UTC day × department × type × district × channel: requests received that day (and recurrences among
-- them), and of the requests closed that day how many met their deadline, their citizens' ratings and their
-- reports' accuracy; request_resolution holds how long the closed ones took, as a histogram. A year of a
-- whole municipality is a few hundred thousand small rows at most, whatever the number of requests.
CREATE TABLE request_stats (
    day INTEGER NOT NULL,
    department_id TEXT NOT NULL,
    service_type_id TEXT NOT NULL,
    district_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    recurrences INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0,
    closed_on_time INTEGER NOT NULL DEFAULT 0,
    s1 INTEGER NOT NULL DEFAULT 0, s2 INTEGER NOT NULL DEFAULT 0, s3 INTEGER NOT NULL DEFAULT 0,
    s4 INTEGER NOT NULL DEFAULT 0, s5 INTEGER NOT NULL DEFAULT 0,
    a_accurate INTEGER NOT NULL DEFAULT 0, a_partly INTEGER NOT NULL DEFAULT 0,
    a_inaccurate INTEGER NOT NULL DEFAULT 0, a_false INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, department_id, service_type_id, district_id, channel)
) WITHOUT ROWID;

-- Resolution time buckets (closing − filing): 0 ≤ 1 h, 1 ≤ 2 h, 2 ≤ 4 h, 3 ≤ 8 h, 4 ≤ 12 h, 5 ≤ 1 d, 6 ≤ 2 d,
-- 7 ≤ 3 d, 8 ≤ 5 d, 9 ≤ 7 d, 10 ≤ 10 d, 11 ≤ 14 d, 12 ≤ 21 d, 13 ≤ 30 d, 14 ≤ 60 d, 15 longer.
CREATE TABLE request_resolution (
    day INTEGER NOT NULL,
    department_id TEXT NOT NULL,
    service_type_id TEXT NOT NULL,
    district_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    bucket INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (day, department_id, service_type_id, district_id, channel, bucket)
) WITHOUT ROWID;

-- A request counts once as it is now: an update takes its old contribution out and puts the new one in.
-- The triggers' names end in "counted": bulk loads drop them with the row counters and rebuild afterwards.
CREATE TRIGGER request_stats_insert_counted AFTER INSERT ON service_request
BEGIN
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, channel, received, recurrences)
    VALUES (NEW.created_at / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), NEW.channel, 1, 1 * (NEW.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id, channel) DO UPDATE SET received = received + excluded.received, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, channel, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (ifnull(NEW.closed_at, NEW.created_at) / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), NEW.channel, 1 * (NEW.closed_at IS NOT NULL),
            1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.closed_at <= NEW.due_at), 1 * (ifnull(NEW.satisfaction, 0) = 1), 1 * (ifnull(NEW.satisfaction, 0) = 2), 1 * (ifnull(NEW.satisfaction, 0) = 3), 1 * (ifnull(NEW.satisfaction, 0) = 4), 1 * (ifnull(NEW.satisfaction, 0) = 5), 1 * (ifnull(NEW.accuracy, '') = 'accurate'), 1 * (ifnull(NEW.accuracy, '') = 'partly_accurate'), 1 * (ifnull(NEW.accuracy, '') = 'inaccurate'), 1 * (ifnull(NEW.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id, channel) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, channel, bucket, n)
    SELECT ifnull(NEW.closed_at, NEW.created_at) / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), NEW.channel, CASE WHEN (NEW.closed_at - NEW.created_at) <= 3600000 THEN 0 WHEN (NEW.closed_at - NEW.created_at) <= 7200000 THEN 1 WHEN (NEW.closed_at - NEW.created_at) <= 14400000 THEN 2 WHEN (NEW.closed_at - NEW.created_at) <= 28800000 THEN 3 WHEN (NEW.closed_at - NEW.created_at) <= 43200000 THEN 4 WHEN (NEW.closed_at - NEW.created_at) <= 86400000 THEN 5 WHEN (NEW.closed_at - NEW.created_at) <= 172800000 THEN 6 WHEN (NEW.closed_at - NEW.created_at) <= 259200000 THEN 7 WHEN (NEW.closed_at - NEW.created_at) <= 432000000 THEN 8 WHEN (NEW.closed_at - NEW.created_at) <= 604800000 THEN 9 WHEN (NEW.closed_at - NEW.created_at) <= 864000000 THEN 10 WHEN (NEW.closed_at - NEW.created_at) <= 1209600000 THEN 11 WHEN (NEW.closed_at - NEW.created_at) <= 1814400000 THEN 12 WHEN (NEW.closed_at - NEW.created_at) <= 2592000000 THEN 13 WHEN (NEW.closed_at - NEW.created_at) <= 5184000000 THEN 14 ELSE 15 END, 1 WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, channel, bucket) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER request_stats_update_counted AFTER UPDATE OF created_at, closed_at, due_at, satisfaction, accuracy,
    recurrence_of, department_id, service_type_id, district_id, channel ON service_request
BEGIN
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, channel, received, recurrences)
    VALUES (OLD.created_at / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), OLD.channel, -1, -1 * (OLD.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id, channel) DO UPDATE SET received = received + excluded.received, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, channel, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (ifnull(OLD.closed_at, OLD.created_at) / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), OLD.channel, -1 * (OLD.closed_at IS NOT NULL),
            -1 * (OLD.closed_at IS NOT NULL AND OLD.due_at IS NOT NULL AND OLD.closed_at <= OLD.due_at), -1 * (ifnull(OLD.satisfaction, 0) = 1), -1 * (ifnull(OLD.satisfaction, 0) = 2), -1 * (ifnull(OLD.satisfaction, 0) = 3), -1 * (ifnull(OLD.satisfaction, 0) = 4), -1 * (ifnull(OLD.satisfaction, 0) = 5), -1 * (ifnull(OLD.accuracy, '') = 'accurate'), -1 * (ifnull(OLD.accuracy, '') = 'partly_accurate'), -1 * (ifnull(OLD.accuracy, '') = 'inaccurate'), -1 * (ifnull(OLD.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id, channel) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, channel, bucket, n)
    SELECT ifnull(OLD.closed_at, OLD.created_at) / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), OLD.channel, CASE WHEN (OLD.closed_at - OLD.created_at) <= 3600000 THEN 0 WHEN (OLD.closed_at - OLD.created_at) <= 7200000 THEN 1 WHEN (OLD.closed_at - OLD.created_at) <= 14400000 THEN 2 WHEN (OLD.closed_at - OLD.created_at) <= 28800000 THEN 3 WHEN (OLD.closed_at - OLD.created_at) <= 43200000 THEN 4 WHEN (OLD.closed_at - OLD.created_at) <= 86400000 THEN 5 WHEN (OLD.closed_at - OLD.created_at) <= 172800000 THEN 6 WHEN (OLD.closed_at - OLD.created_at) <= 259200000 THEN 7 WHEN (OLD.closed_at - OLD.created_at) <= 432000000 THEN 8 WHEN (OLD.closed_at - OLD.created_at) <= 604800000 THEN 9 WHEN (OLD.closed_at - OLD.created_at) <= 864000000 THEN 10 WHEN (OLD.closed_at - OLD.created_at) <= 1209600000 THEN 11 WHEN (OLD.closed_at - OLD.created_at) <= 1814400000 THEN 12 WHEN (OLD.closed_at - OLD.created_at) <= 2592000000 THEN 13 WHEN (OLD.closed_at - OLD.created_at) <= 5184000000 THEN 14 ELSE 15 END, -1 WHERE OLD.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, channel, bucket) DO UPDATE SET n = n + excluded.n;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, channel, received, recurrences)
    VALUES (NEW.created_at / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), NEW.channel, 1, 1 * (NEW.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id, channel) DO UPDATE SET received = received + excluded.received, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, channel, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (ifnull(NEW.closed_at, NEW.created_at) / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), NEW.channel, 1 * (NEW.closed_at IS NOT NULL),
            1 * (NEW.closed_at IS NOT NULL AND NEW.due_at IS NOT NULL AND NEW.closed_at <= NEW.due_at), 1 * (ifnull(NEW.satisfaction, 0) = 1), 1 * (ifnull(NEW.satisfaction, 0) = 2), 1 * (ifnull(NEW.satisfaction, 0) = 3), 1 * (ifnull(NEW.satisfaction, 0) = 4), 1 * (ifnull(NEW.satisfaction, 0) = 5), 1 * (ifnull(NEW.accuracy, '') = 'accurate'), 1 * (ifnull(NEW.accuracy, '') = 'partly_accurate'), 1 * (ifnull(NEW.accuracy, '') = 'inaccurate'), 1 * (ifnull(NEW.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id, channel) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, channel, bucket, n)
    SELECT ifnull(NEW.closed_at, NEW.created_at) / 86400000, ifnull(NEW.department_id, ''), NEW.service_type_id, ifnull(NEW.district_id, ''), NEW.channel, CASE WHEN (NEW.closed_at - NEW.created_at) <= 3600000 THEN 0 WHEN (NEW.closed_at - NEW.created_at) <= 7200000 THEN 1 WHEN (NEW.closed_at - NEW.created_at) <= 14400000 THEN 2 WHEN (NEW.closed_at - NEW.created_at) <= 28800000 THEN 3 WHEN (NEW.closed_at - NEW.created_at) <= 43200000 THEN 4 WHEN (NEW.closed_at - NEW.created_at) <= 86400000 THEN 5 WHEN (NEW.closed_at - NEW.created_at) <= 172800000 THEN 6 WHEN (NEW.closed_at - NEW.created_at) <= 259200000 THEN 7 WHEN (NEW.closed_at - NEW.created_at) <= 432000000 THEN 8 WHEN (NEW.closed_at - NEW.created_at) <= 604800000 THEN 9 WHEN (NEW.closed_at - NEW.created_at) <= 864000000 THEN 10 WHEN (NEW.closed_at - NEW.created_at) <= 1209600000 THEN 11 WHEN (NEW.closed_at - NEW.created_at) <= 1814400000 THEN 12 WHEN (NEW.closed_at - NEW.created_at) <= 2592000000 THEN 13 WHEN (NEW.closed_at - NEW.created_at) <= 5184000000 THEN 14 ELSE 15 END, 1 WHERE NEW.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, channel, bucket) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER request_stats_delete_counted AFTER DELETE ON service_request
BEGIN
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, channel, received, recurrences)
    VALUES (OLD.created_at / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), OLD.channel, -1, -1 * (OLD.recurrence_of IS NOT NULL))
    ON CONFLICT(day, department_id, service_type_id, district_id, channel) DO UPDATE SET received = received + excluded.received, recurrences = recurrences + excluded.recurrences;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, channel, closed, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (ifnull(OLD.closed_at, OLD.created_at) / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), OLD.channel, -1 * (OLD.closed_at IS NOT NULL),
            -1 * (OLD.closed_at IS NOT NULL AND OLD.due_at IS NOT NULL AND OLD.closed_at <= OLD.due_at), -1 * (ifnull(OLD.satisfaction, 0) = 1), -1 * (ifnull(OLD.satisfaction, 0) = 2), -1 * (ifnull(OLD.satisfaction, 0) = 3), -1 * (ifnull(OLD.satisfaction, 0) = 4), -1 * (ifnull(OLD.satisfaction, 0) = 5), -1 * (ifnull(OLD.accuracy, '') = 'accurate'), -1 * (ifnull(OLD.accuracy, '') = 'partly_accurate'), -1 * (ifnull(OLD.accuracy, '') = 'inaccurate'), -1 * (ifnull(OLD.accuracy, '') = 'false_report'))
    ON CONFLICT(day, department_id, service_type_id, district_id, channel) DO UPDATE SET closed = closed + excluded.closed, closed_on_time = closed_on_time + excluded.closed_on_time, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, a_accurate = a_accurate + excluded.a_accurate, a_partly = a_partly + excluded.a_partly, a_inaccurate = a_inaccurate + excluded.a_inaccurate, a_false = a_false + excluded.a_false;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, channel, bucket, n)
    SELECT ifnull(OLD.closed_at, OLD.created_at) / 86400000, ifnull(OLD.department_id, ''), OLD.service_type_id, ifnull(OLD.district_id, ''), OLD.channel, CASE WHEN (OLD.closed_at - OLD.created_at) <= 3600000 THEN 0 WHEN (OLD.closed_at - OLD.created_at) <= 7200000 THEN 1 WHEN (OLD.closed_at - OLD.created_at) <= 14400000 THEN 2 WHEN (OLD.closed_at - OLD.created_at) <= 28800000 THEN 3 WHEN (OLD.closed_at - OLD.created_at) <= 43200000 THEN 4 WHEN (OLD.closed_at - OLD.created_at) <= 86400000 THEN 5 WHEN (OLD.closed_at - OLD.created_at) <= 172800000 THEN 6 WHEN (OLD.closed_at - OLD.created_at) <= 259200000 THEN 7 WHEN (OLD.closed_at - OLD.created_at) <= 432000000 THEN 8 WHEN (OLD.closed_at - OLD.created_at) <= 604800000 THEN 9 WHEN (OLD.closed_at - OLD.created_at) <= 864000000 THEN 10 WHEN (OLD.closed_at - OLD.created_at) <= 1209600000 THEN 11 WHEN (OLD.closed_at - OLD.created_at) <= 1814400000 THEN 12 WHEN (OLD.closed_at - OLD.created_at) <= 2592000000 THEN 13 WHEN (OLD.closed_at - OLD.created_at) <= 5184000000 THEN 14 ELSE 15 END, -1 WHERE OLD.closed_at IS NOT NULL
    ON CONFLICT(day, department_id, service_type_id, district_id, channel, bucket) DO UPDATE SET n = n + excluded.n;
END;

-- Escalations by the day they happened, for the dashboard.
CREATE INDEX alert_created ON alert(created_at);
