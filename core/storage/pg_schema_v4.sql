-- SPDX-License-Identifier: GPL-3.0-or-later
-- Faster triggers, the same results. A SQL function PostgreSQL cannot inline (a body with FROM) is parsed and
-- planned again on every call from a trigger; the ones the triggers call on every change are now single
-- expressions (inlined into the caller's plan) or PL/pgSQL (compiled once per session).

-- The municipality's month of an instant in ms (year * 12 + month - 1); UTC for an empty zone.
CREATE OR REPLACE FUNCTION cd_local_month(ms bigint, zone text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (extract(year FROM to_timestamp(ms / 1000.0) AT TIME ZONE coalesce(nullif(zone, ''), 'UTC')) * 12
            + extract(month FROM to_timestamp(ms / 1000.0) AT TIME ZONE coalesce(nullif(zone, ''), 'UTC')) - 1)::bigint
$$;
CREATE OR REPLACE FUNCTION cd_month_of_day(day bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (extract(year FROM date '1970-01-01' + day::integer) * 12 + extract(month FROM date '1970-01-01' + day::integer) - 1)::bigint
$$;
-- ResolutionBuckets::of: the bucket of a duration in ms (upper bounds in hours: 1, 2, 4, 8, 12, 24, 48, 72, 120,
-- 168, 240, 336, 504, 720, 1440, 2160, 2880, 4320, 6480, 8760, 13140, 17520, 26280, 43800; 24 beyond, or unknown).
CREATE OR REPLACE FUNCTION cd_resolution_bucket(ms bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN ms <= 1 * 3600000::bigint THEN 0 WHEN ms <= 2 * 3600000::bigint THEN 1 WHEN ms <= 4 * 3600000::bigint THEN 2
                WHEN ms <= 8 * 3600000::bigint THEN 3 WHEN ms <= 12 * 3600000::bigint THEN 4 WHEN ms <= 24 * 3600000::bigint THEN 5
                WHEN ms <= 48 * 3600000::bigint THEN 6 WHEN ms <= 72 * 3600000::bigint THEN 7 WHEN ms <= 120 * 3600000::bigint THEN 8
                WHEN ms <= 168 * 3600000::bigint THEN 9 WHEN ms <= 240 * 3600000::bigint THEN 10 WHEN ms <= 336 * 3600000::bigint THEN 11
                WHEN ms <= 504 * 3600000::bigint THEN 12 WHEN ms <= 720 * 3600000::bigint THEN 13 WHEN ms <= 1440 * 3600000::bigint THEN 14
                WHEN ms <= 2160 * 3600000::bigint THEN 15 WHEN ms <= 2880 * 3600000::bigint THEN 16 WHEN ms <= 4320 * 3600000::bigint THEN 17
                WHEN ms <= 6480 * 3600000::bigint THEN 18 WHEN ms <= 8760 * 3600000::bigint THEN 19 WHEN ms <= 13140 * 3600000::bigint THEN 20
                WHEN ms <= 17520 * 3600000::bigint THEN 21 WHEN ms <= 26280 * 3600000::bigint THEN 22 WHEN ms <= 43800 * 3600000::bigint THEN 23
                ELSE 24 END::bigint
$$;

-- The change log (pg_schema_v3.sql), with the row's key built in PL/pgSQL: the key columns' values as a JSON
-- array's text, as cd_sync_key gives it; a key of one "id" column straight from the row. Nothing is logged in a
-- transaction that set civicdesk.unlogged (SyncStore::leaveUnlogged: a municipality loaded whole, then a new
-- epoch).
CREATE OR REPLACE FUNCTION cd_sync_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s bigint;
    r jsonb;
    k jsonb;
    c text;
BEGIN
    IF current_setting('civicdesk.unlogged', true) = 'on' OR NOT EXISTS (SELECT 1 FROM sync_clock WHERE id = 1) THEN
        RETURN NULL;
    END IF;
    s := -txid_current();
    IF TG_OP <> 'DELETE' THEN
        IF TG_NARGS = 1 AND TG_ARGV[0] = 'id' THEN
            k := jsonb_build_array(NEW.id);
        ELSE
            r := to_jsonb(NEW);
            k := '[]'::jsonb;
            FOREACH c IN ARRAY TG_ARGV LOOP
                k := k || jsonb_build_array(r -> c);
            END LOOP;
        END IF;
        INSERT INTO sync_change(seq, tbl, key) VALUES (s, TG_TABLE_NAME, k::text) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        IF TG_NARGS = 1 AND TG_ARGV[0] = 'id' THEN
            k := jsonb_build_array(OLD.id);
        ELSE
            r := to_jsonb(OLD);
            k := '[]'::jsonb;
            FOREACH c IN ARRAY TG_ARGV LOOP
                k := k || jsonb_build_array(r -> c);
            END LOOP;
        END IF;
        INSERT INTO sync_change(seq, tbl, key) VALUES (s, TG_TABLE_NAME, k::text) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

-- ---- The dashboard's figures counted at the end of a transaction -----------------------------------------------
-- Every request a transaction adds, changes or removes used to add to (and lock) the figures' rows at once, and
-- the tenant's count of requests with them: rows every filing touches, held until the commit, so that the
-- instances' transactions waited for one another from their first request to their last. Now a request's change
-- is noted in request_pending (nothing shared is locked), and cd_fold_requests() adds the transaction's notes to
-- the figures in one statement a table, just before the seq is taken (SyncStore::write) or at the commit:
-- the same figures, the shared rows locked from there to the commit only, and a thousand new requests of a load
-- summed in one pass instead of one row at a time.
CREATE TABLE request_pending (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    txid bigint NOT NULL DEFAULT txid_current(),
    sign bigint NOT NULL,        -- 1: the request as it is now; -1: as it was
    counted bigint NOT NULL,     -- 1 added, -1 removed, 0 changed (the count of requests)
    figures boolean NOT NULL,    -- its part in the day's and month's figures changed
    backlog boolean NOT NULL,    -- its part in the open requests changed
    heat boolean NOT NULL,       -- its part in the heat map changed
    tenant_id text,
    created_at bigint,
    closed_at bigint,
    due_at bigint,
    satisfaction bigint,
    accuracy text,
    recurrence boolean,
    department_id text,
    service_type_id text,
    district_id text,
    channel text,
    status text,
    lat double precision,
    lon double precision
);
CREATE INDEX request_pending_tx ON request_pending (tenant_code, txid);
ALTER TABLE request_pending ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_pending FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_pending USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
-- A transaction with notes not folded yet: one row, whose insert queues the fold at the commit (below).
CREATE TABLE request_fold_due (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    txid bigint NOT NULL DEFAULT txid_current(),
    PRIMARY KEY (tenant_code, txid)
);
ALTER TABLE request_fold_due ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_fold_due FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_fold_due USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));

CREATE OR REPLACE FUNCTION cd_request_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    f boolean;
    b boolean;
    h boolean;
BEGIN
    INSERT INTO request_fold_due DEFAULT VALUES ON CONFLICT DO NOTHING;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO request_pending(sign, counted, figures, backlog, heat, tenant_id, created_at, closed_at, due_at, satisfaction, accuracy,
                                    recurrence, department_id, service_type_id, district_id, channel, status, lat, lon)
        VALUES (1, 1, true, true, true, NEW.tenant_id, NEW.created_at, NEW.closed_at, NEW.due_at, NEW.satisfaction, NEW.accuracy,
                NEW.recurrence_of IS NOT NULL, NEW.department_id, NEW.service_type_id, NEW.district_id, NEW.channel, NEW.status, NEW.lat, NEW.lon);
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO request_pending(sign, counted, figures, backlog, heat, tenant_id, created_at, closed_at, due_at, satisfaction, accuracy,
                                    recurrence, department_id, service_type_id, district_id, channel, status, lat, lon)
        VALUES (-1, -1, true, true, true, OLD.tenant_id, OLD.created_at, OLD.closed_at, OLD.due_at, OLD.satisfaction, OLD.accuracy,
                OLD.recurrence_of IS NOT NULL, OLD.department_id, OLD.service_type_id, OLD.district_id, OLD.channel, OLD.status, OLD.lat, OLD.lon);
    ELSE
        f := (OLD.created_at, OLD.closed_at, OLD.due_at, OLD.satisfaction, OLD.accuracy, OLD.recurrence_of, OLD.department_id,
              OLD.service_type_id, OLD.district_id, OLD.channel)
             IS DISTINCT FROM (NEW.created_at, NEW.closed_at, NEW.due_at, NEW.satisfaction, NEW.accuracy, NEW.recurrence_of,
                               NEW.department_id, NEW.service_type_id, NEW.district_id, NEW.channel);
        b := (OLD.status, OLD.department_id, OLD.service_type_id, OLD.district_id)
             IS DISTINCT FROM (NEW.status, NEW.department_id, NEW.service_type_id, NEW.district_id);
        h := (OLD.created_at, OLD.service_type_id, OLD.lat, OLD.lon) IS DISTINCT FROM (NEW.created_at, NEW.service_type_id, NEW.lat, NEW.lon);
        IF f OR b OR h THEN
            INSERT INTO request_pending(sign, counted, figures, backlog, heat, tenant_id, created_at, closed_at, due_at, satisfaction, accuracy,
                                        recurrence, department_id, service_type_id, district_id, channel, status, lat, lon)
            VALUES (-1, 0, f, b, h, OLD.tenant_id, OLD.created_at, OLD.closed_at, OLD.due_at, OLD.satisfaction, OLD.accuracy,
                    OLD.recurrence_of IS NOT NULL, OLD.department_id, OLD.service_type_id, OLD.district_id, OLD.channel, OLD.status, OLD.lat, OLD.lon),
                   (1, 0, f, b, h, NEW.tenant_id, NEW.created_at, NEW.closed_at, NEW.due_at, NEW.satisfaction, NEW.accuracy,
                    NEW.recurrence_of IS NOT NULL, NEW.department_id, NEW.service_type_id, NEW.district_id, NEW.channel, NEW.status, NEW.lat, NEW.lon);
        END IF;
    END IF;
    RETURN NULL;
END $$;
-- The count of requests is the fold's too.
DROP TRIGGER service_request_counted ON service_request;

-- The transaction's notes added to the figures, the same sums cd_request_figures, cd_request_backlog,
-- cd_request_heat and cd_row_counted made one request at a time; every key in order, so that two transactions
-- folding at once lock the shared rows in the same order. A key whose changes cancel out is still written, as
-- the one-at-a-time triggers wrote it.
CREATE FUNCTION cd_fold_requests() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    x bigint := txid_current();
    added bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM request_pending WHERE txid = x) THEN
        RETURN;
    END IF;
    SELECT sum(counted) INTO added FROM request_pending WHERE txid = x;
    IF added <> 0 THEN
        UPDATE row_count SET n = n + added WHERE name = 'service_request';
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
    DELETE FROM request_heat_month WHERE n <= 0
        AND group_id IN (SELECT coalesce((SELECT group_id FROM service_type WHERE id = p.service_type_id), '') FROM request_pending p
                         WHERE p.txid = x AND p.heat AND p.sign < 0 AND p.lat IS NOT NULL AND p.lon IS NOT NULL);
    DELETE FROM request_pending WHERE txid = x;
    DELETE FROM request_fold_due WHERE txid = x;
END $$;

-- What a transaction noted and did not fold itself (a load, an administrator's change) is folded at its commit.
CREATE FUNCTION cd_fold_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM cd_fold_requests();
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER request_pending_folded AFTER INSERT ON request_fold_due DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION cd_fold_at_commit();

-- A rebuild counts every request as it stands, this transaction's changes included: what was noted is folded
-- first (and then replaced), so that it is not added a second time at the commit.
CREATE OR REPLACE FUNCTION cd_zone_recounted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.time_zone IS DISTINCT FROM NEW.time_zone THEN
        PERFORM cd_fold_requests();
        PERFORM cd_rebuild_figures();
    END IF;
    RETURN NULL;
END $$;
-- A service type moved to another group: the requests noted in this transaction were counted under the old one.
CREATE OR REPLACE FUNCTION cd_type_regrouped() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.group_id IS DISTINCT FROM NEW.group_id THEN
        PERFORM cd_fold_requests();
        INSERT INTO request_heat_month AS t(group_id, month, cell, n)
        SELECT v.g, cd_utc_month(r.created_at), cd_heat_cell(r.lat, r.lon), count(*) * v.sign
        FROM service_request r,
             (SELECT coalesce(OLD.group_id, '') AS g, -1 AS sign UNION ALL SELECT coalesce(NEW.group_id, ''), 1) v
        WHERE r.service_type_id = NEW.id AND r.lat IS NOT NULL AND r.lon IS NOT NULL
        GROUP BY 1, 2, 3, v.sign
        ON CONFLICT (tenant_code, group_id, month, cell) DO UPDATE SET n = t.n + excluded.n;
        DELETE FROM request_heat_month WHERE n <= 0 AND group_id = coalesce(OLD.group_id, '');
    END IF;
    RETURN NULL;
END $$;
