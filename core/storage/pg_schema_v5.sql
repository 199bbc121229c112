-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lighter writes on the server, the same results.
--
-- 1. The desk's own indexes are not kept on the server. The work queue's and the map's queries name their
--    index (SQLite's INDEXED BY, core/storage/queuequery.cpp, mapquery.cpp) and run on a desk's file only; on
--    PostgreSQL these five indexes were written by every filing and every change of status and never read.
DROP INDEX IF EXISTS service_request_queue;
DROP INDEX IF EXISTS service_request_queue_due;
DROP INDEX IF EXISTS service_request_queue_all;
DROP INDEX IF EXISTS service_request_queue_age;
DROP INDEX IF EXISTS service_request_map;

-- 2. The fold (pg_schema_v4.sql) removed the heat map's emptied cells with a statement that read all of the
--    tenant's cells, in every transaction that noted a request, even one that only filed new requests (no cell
--    goes down then). It now runs only when a request left a cell, and finds the cells of the groups concerned by
--    their key.
--
-- 3. The tenant's count of requests, a row every filing changes and holds until its commit, is added last rather
--    than first: the figures' rows are shared less (a day, a type, a district), and another instance's filing
--    waited for this one's whole fold before.
CREATE OR REPLACE FUNCTION cd_fold_requests() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    x bigint := txid_current();
    added bigint;
    left_groups text[]; -- the groups of the heat map's cells a request left
BEGIN
    IF NOT EXISTS (SELECT 1 FROM request_pending WHERE txid = x) THEN
        RETURN;
    END IF;

    INSERT INTO request_stats AS t(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web,
                                   received_mobile_app, received_email, received_open311, received_import, recurrences)
    SELECT cd_local_day(created_at, (SELECT time_zone FROM tenant WHERE id = p.tenant_id)), coalesce(department_id, ''), service_type_id, coalesce(district_id, ''),
           sum(sign * (channel = 'phone')::int), sum(sign * (channel = 'walk_in')::int), sum(sign * (channel = 'web')::int),
           sum(sign * (channel = 'mobile_app')::int), sum(sign * (channel = 'email')::int), sum(sign * (channel = 'open311')::int),
           sum(sign * (channel = 'import')::int), sum(sign * recurrence::int)
    FROM request_pending p WHERE p.txid = x AND p.figures GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_code, day, department_id, service_type_id, district_id) DO UPDATE SET
        received_phone = t.received_phone + excluded.received_phone, received_walk_in = t.received_walk_in + excluded.received_walk_in,
        received_web = t.received_web + excluded.received_web, received_mobile_app = t.received_mobile_app + excluded.received_mobile_app,
        received_email = t.received_email + excluded.received_email, received_open311 = t.received_open311 + excluded.received_open311,
        received_import = t.received_import + excluded.received_import, recurrences = t.recurrences + excluded.recurrences;
    INSERT INTO request_stats AS t(day, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time,
                                   s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    SELECT cd_local_day(coalesce(closed_at, created_at), (SELECT time_zone FROM tenant WHERE id = p.tenant_id)), coalesce(department_id, ''), service_type_id, coalesce(district_id, ''),
           sum(sign * (closed_at IS NOT NULL)::int), sum(sign * (closed_at IS NOT NULL AND due_at IS NOT NULL)::int),
           sum(sign * (closed_at IS NOT NULL AND due_at IS NOT NULL AND closed_at <= due_at)::int),
           sum(sign * (coalesce(satisfaction, 0) = 1)::int), sum(sign * (coalesce(satisfaction, 0) = 2)::int),
           sum(sign * (coalesce(satisfaction, 0) = 3)::int), sum(sign * (coalesce(satisfaction, 0) = 4)::int),
           sum(sign * (coalesce(satisfaction, 0) = 5)::int),
           sum(sign * (coalesce(accuracy, '') = 'accurate')::int), sum(sign * (coalesce(accuracy, '') = 'partly_accurate')::int),
           sum(sign * (coalesce(accuracy, '') = 'inaccurate')::int), sum(sign * (coalesce(accuracy, '') = 'false_report')::int)
    FROM request_pending p WHERE p.txid = x AND p.figures GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_code, day, department_id, service_type_id, district_id) DO UPDATE SET
        closed = t.closed + excluded.closed, closed_with_deadline = t.closed_with_deadline + excluded.closed_with_deadline,
        closed_on_time = t.closed_on_time + excluded.closed_on_time, s1 = t.s1 + excluded.s1, s2 = t.s2 + excluded.s2,
        s3 = t.s3 + excluded.s3, s4 = t.s4 + excluded.s4, s5 = t.s5 + excluded.s5, a_accurate = t.a_accurate + excluded.a_accurate,
        a_partly = t.a_partly + excluded.a_partly, a_inaccurate = t.a_inaccurate + excluded.a_inaccurate, a_false = t.a_false + excluded.a_false;
    INSERT INTO request_stats_month AS t(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web,
                                         received_mobile_app, received_email, received_open311, received_import, recurrences)
    SELECT cd_local_month(created_at, (SELECT time_zone FROM tenant WHERE id = p.tenant_id)), coalesce(department_id, ''), service_type_id, coalesce(district_id, ''),
           sum(sign * (channel = 'phone')::int), sum(sign * (channel = 'walk_in')::int), sum(sign * (channel = 'web')::int),
           sum(sign * (channel = 'mobile_app')::int), sum(sign * (channel = 'email')::int), sum(sign * (channel = 'open311')::int),
           sum(sign * (channel = 'import')::int), sum(sign * recurrence::int)
    FROM request_pending p WHERE p.txid = x AND p.figures GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_code, month, department_id, service_type_id, district_id) DO UPDATE SET
        received_phone = t.received_phone + excluded.received_phone, received_walk_in = t.received_walk_in + excluded.received_walk_in,
        received_web = t.received_web + excluded.received_web, received_mobile_app = t.received_mobile_app + excluded.received_mobile_app,
        received_email = t.received_email + excluded.received_email, received_open311 = t.received_open311 + excluded.received_open311,
        received_import = t.received_import + excluded.received_import, recurrences = t.recurrences + excluded.recurrences;
    INSERT INTO request_stats_month AS t(month, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time,
                                         s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    SELECT cd_local_month(coalesce(closed_at, created_at), (SELECT time_zone FROM tenant WHERE id = p.tenant_id)), coalesce(department_id, ''), service_type_id, coalesce(district_id, ''),
           sum(sign * (closed_at IS NOT NULL)::int), sum(sign * (closed_at IS NOT NULL AND due_at IS NOT NULL)::int),
           sum(sign * (closed_at IS NOT NULL AND due_at IS NOT NULL AND closed_at <= due_at)::int),
           sum(sign * (coalesce(satisfaction, 0) = 1)::int), sum(sign * (coalesce(satisfaction, 0) = 2)::int),
           sum(sign * (coalesce(satisfaction, 0) = 3)::int), sum(sign * (coalesce(satisfaction, 0) = 4)::int),
           sum(sign * (coalesce(satisfaction, 0) = 5)::int),
           sum(sign * (coalesce(accuracy, '') = 'accurate')::int), sum(sign * (coalesce(accuracy, '') = 'partly_accurate')::int),
           sum(sign * (coalesce(accuracy, '') = 'inaccurate')::int), sum(sign * (coalesce(accuracy, '') = 'false_report')::int)
    FROM request_pending p WHERE p.txid = x AND p.figures GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_code, month, department_id, service_type_id, district_id) DO UPDATE SET
        closed = t.closed + excluded.closed, closed_with_deadline = t.closed_with_deadline + excluded.closed_with_deadline,
        closed_on_time = t.closed_on_time + excluded.closed_on_time, s1 = t.s1 + excluded.s1, s2 = t.s2 + excluded.s2,
        s3 = t.s3 + excluded.s3, s4 = t.s4 + excluded.s4, s5 = t.s5 + excluded.s5, a_accurate = t.a_accurate + excluded.a_accurate,
        a_partly = t.a_partly + excluded.a_partly, a_inaccurate = t.a_inaccurate + excluded.a_inaccurate, a_false = t.a_false + excluded.a_false;
    INSERT INTO request_resolution AS t(day, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_local_day(closed_at, (SELECT time_zone FROM tenant WHERE id = p.tenant_id)), coalesce(department_id, ''), service_type_id, coalesce(district_id, ''),
           cd_resolution_bucket(closed_at - created_at), sum(sign)
    FROM request_pending p WHERE p.txid = x AND p.figures AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (tenant_code, day, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = t.n + excluded.n;
    INSERT INTO request_resolution_month AS t(month, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_local_month(closed_at, (SELECT time_zone FROM tenant WHERE id = p.tenant_id)), coalesce(department_id, ''), service_type_id, coalesce(district_id, ''),
           cd_resolution_bucket(closed_at - created_at), sum(sign)
    FROM request_pending p WHERE p.txid = x AND p.figures AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (tenant_code, month, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = t.n + excluded.n;

    INSERT INTO request_backlog AS t(status, department_id, service_type_id, district_id, n)
    SELECT status, coalesce(department_id, ''), service_type_id, coalesce(district_id, ''), sum(sign)
    FROM request_pending WHERE txid = x AND backlog AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened')
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_code, status, department_id, service_type_id, district_id) DO UPDATE SET n = t.n + excluded.n;

    INSERT INTO request_heat_month AS t(group_id, month, cell, n)
    SELECT coalesce((SELECT group_id FROM service_type WHERE id = p.service_type_id), ''), cd_utc_month(created_at), cd_heat_cell(lat, lon), sum(sign)
    FROM request_pending p WHERE p.txid = x AND p.heat AND p.lat IS NOT NULL AND p.lon IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (tenant_code, group_id, month, cell) DO UPDATE SET n = t.n + excluded.n;
    left_groups := ARRAY(SELECT DISTINCT coalesce((SELECT group_id FROM service_type WHERE id = p.service_type_id), '')
                         FROM request_pending p WHERE p.txid = x AND p.heat AND p.sign < 0 AND p.lat IS NOT NULL AND p.lon IS NOT NULL);
    IF cardinality(left_groups) > 0 THEN
        DELETE FROM request_heat_month WHERE n <= 0 AND group_id = ANY (left_groups);
    END IF;
    SELECT sum(counted) INTO added FROM request_pending WHERE txid = x;
    IF added <> 0 THEN
        UPDATE row_count SET n = n + added WHERE name = 'service_request';
    END IF;
    DELETE FROM request_pending WHERE txid = x;
    DELETE FROM request_fold_due WHERE txid = x;
END $$;
