-- SPDX-License-Identifier: GPL-3.0-or-later
-- The PostgreSQL store of the server (schema version 1): the tables of a CivicDesk file (schema_v1 … v20 as they
-- stand at version 20), one set for every municipality. Every table carries its tenant (tenant_code, the
-- municipality's code in the server's catalog); every key starts with it; row-level security shows a
-- connection the rows of the tenant it set (SET civicdesk.tenant) and nothing else, and refuses a row written for
-- another. A connection that set no tenant sees no rows at all.
--
-- The SQLite file's functions (core/storage/sqlfunctions.cpp) are SQL functions here, and its triggers that keep
-- the counts, the dashboard's summaries and the change log are PL/pgSQL ones, with the same results.

CREATE TABLE civicdesk_schema (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- ---- SQLite's functions the stores call -------------------------------------------------------------------------

CREATE FUNCTION ifnull(anycompatible, anycompatible) RETURNS anycompatible
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT coalesce($1, $2)';
CREATE FUNCTION instr(text, text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT strpos($1, $2)';
-- SQLite's max and min of two values (null when either is), beside the aggregates of one.
CREATE FUNCTION max(anycompatible, anycompatible) RETURNS anycompatible
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT CASE WHEN $1 IS NULL OR $2 IS NULL THEN NULL ELSE greatest($1, $2) END';
CREATE FUNCTION min(anycompatible, anycompatible) RETURNS anycompatible
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT CASE WHEN $1 IS NULL OR $2 IS NULL THEN NULL ELSE least($1, $2) END';

-- ---- CivicDesk's functions (as sqlfunctions.cpp) ----------------------------------------------------------------

-- The municipality's day (days since 1970-01-01) and month (year * 12 + month - 1) of an instant in ms; UTC for
-- an empty zone.
CREATE FUNCTION cd_local_day(ms bigint, zone text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ((to_timestamp(ms / 1000.0) AT TIME ZONE coalesce(nullif(zone, ''), 'UTC'))::date - date '1970-01-01')::bigint
$$;
CREATE FUNCTION cd_local_month(ms bigint, zone text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (extract(year FROM t) * 12 + extract(month FROM t) - 1)::bigint
    FROM (SELECT to_timestamp(ms / 1000.0) AT TIME ZONE coalesce(nullif(zone, ''), 'UTC') AS t) x
$$;
CREATE FUNCTION cd_month_of_day(day bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (extract(year FROM d) * 12 + extract(month FROM d) - 1)::bigint FROM (SELECT date '1970-01-01' + day::integer AS d) x
$$;
CREATE FUNCTION cd_utc_month(ms bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT cd_local_month(ms, 'UTC')
$$;
-- ResolutionBuckets::of: the bucket of a duration in ms (upper bounds in hours).
CREATE FUNCTION cd_resolution_bucket(ms bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce((SELECT min(i) - 1 FROM unnest(ARRAY[1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1440, 2160, 2880,
                                                       4320, 6480, 8760, 13140, 17520, 26280, 43800]) WITH ORDINALITY AS b(h, i)
                     WHERE ms <= h * 3600000::bigint), 24)
$$;
-- Whether inserts count each new request: always, on the server.
CREATE FUNCTION cd_counting() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 1';
-- The heat map's month and cell of a point (as the SQLite triggers compute them).
CREATE FUNCTION cd_heat_cell(lat double precision, lon double precision) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT trunc((lat + 90) * 500)::bigint * 200000 + trunc((lon + 180) * 500)::bigint
$$;
-- A row's sync key as text: the values of @cols in @row, a JSON array.
CREATE FUNCTION cd_sync_key(r jsonb, cols text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT jsonb_agg(r -> c ORDER BY i)::text FROM unnest(cols) WITH ORDINALITY AS k(c, i)
$$;

-- ---- Tables ----------------------------------------------------------------------------------------------------

CREATE TABLE tenant (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    name text NOT NULL,
    country text NOT NULL,
    languages text NOT NULL,
    time_zone text NOT NULL,
    emergency_number text NOT NULL DEFAULT '112',
    centre_lat double precision,
    centre_lon double precision,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    map_config text NOT NULL DEFAULT '{}',
    PRIMARY KEY (tenant_code, id)
);
CREATE TABLE department (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    parent_id text,
    kind text NOT NULL CHECK (kind IN ('directorate','department','crew','dispatch_desk')),
    code text NOT NULL,
    name text NOT NULL,
    is_contractor bigint NOT NULL DEFAULT 0,
    contractor_name text,
    contract_deadline_hours bigint NOT NULL DEFAULT 0,
    depot_lat double precision,
    depot_lon double precision,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id),
    UNIQUE (tenant_code, tenant_id, code)
);
CREATE INDEX department_parent ON department(tenant_code, parent_id);
CREATE TABLE app_user (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    username text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('operator','department_staff','department_head','supervisor','administrator')),
    department_id text,
    active bigint NOT NULL DEFAULT 1,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    email text NOT NULL DEFAULT '',
    notify_by_email bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, id),
    UNIQUE (tenant_code, tenant_id, username)
);
CREATE TABLE district (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    geometry text NOT NULL,
    min_lat double precision NOT NULL,
    min_lon double precision NOT NULL,
    max_lat double precision NOT NULL,
    max_lon double precision NOT NULL,
    source text NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id),
    UNIQUE (tenant_code, tenant_id, code)
);
CREATE TABLE street (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL DEFAULT '',
    name_folded text NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    number_min bigint,
    number_max bigint,
    PRIMARY KEY (tenant_code, id)
);
CREATE INDEX street_folded ON street(tenant_code, name_folded);
CREATE TABLE street_segment (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    street_id text NOT NULL,
    from_number bigint NOT NULL,
    to_number bigint NOT NULL,
    from_lat double precision NOT NULL,
    from_lon double precision NOT NULL,
    to_lat double precision NOT NULL,
    to_lon double precision NOT NULL,
    district_id text,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id),
    CHECK (from_number <= to_number)
);
CREATE INDEX street_segment_street ON street_segment(tenant_code, street_id, from_number);
CREATE TABLE service_group (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    sort_order bigint NOT NULL DEFAULT 0,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id),
    UNIQUE (tenant_code, tenant_id, code)
);
CREATE TABLE service_type (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    code text NOT NULL,
    group_id text,
    name text NOT NULL,
    keywords text NOT NULL DEFAULT '{}',
    description text NOT NULL DEFAULT '{}',
    department_id text,
    default_priority bigint NOT NULL DEFAULT 2 CHECK (default_priority BETWEEN 1 AND 5),
    deadline_hours bigint NOT NULL DEFAULT 72 CHECK (deadline_hours > 0),
    duplicate_radius_m bigint NOT NULL DEFAULT 50,
    workflow_code text NOT NULL DEFAULT 'default',
    attributes text NOT NULL DEFAULT '[]',
    active bigint NOT NULL DEFAULT 1,
    imported bigint NOT NULL DEFAULT 0,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    cluster_step bigint NOT NULL DEFAULT 3 CHECK (cluster_step > 0),
    cluster_cap bigint NOT NULL DEFAULT 4 CHECK (cluster_cap BETWEEN 1 AND 5),
    PRIMARY KEY (tenant_code, id),
    UNIQUE (tenant_code, tenant_id, code)
);
CREATE TABLE citizen_phone (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    citizen_id text NOT NULL,
    position bigint NOT NULL,
    e164 text,
    typed text NOT NULL,
    label text NOT NULL DEFAULT '',
    valid bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, citizen_id, position)
);
CREATE INDEX citizen_phone_e164 ON citizen_phone(tenant_code, e164) WHERE e164 IS NOT NULL;
CREATE TABLE citizen_email (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    citizen_id text NOT NULL,
    position bigint NOT NULL,
    address text NOT NULL,
    label text NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_code, citizen_id, position)
);
CREATE TABLE citizen_consent (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    citizen_id text NOT NULL,
    channel text NOT NULL CHECK (channel IN ('phone','sms','email','post')),
    granted bigint NOT NULL,
    at bigint NOT NULL,
    source text NOT NULL DEFAULT '' CHECK (source IN ('', 'email-link', 'sms-stop')),
    PRIMARY KEY (tenant_code, citizen_id, channel)
);
CREATE TABLE request_reporter (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    request_id text NOT NULL,
    citizen_id text NOT NULL,
    call_id text,
    added_at bigint NOT NULL,
    PRIMARY KEY (tenant_code, request_id, citizen_id)
);
CREATE INDEX request_reporter_citizen ON request_reporter(tenant_code, citizen_id);
CREATE TABLE request_event (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text NOT NULL,
    request_id text NOT NULL,
    kind text NOT NULL,
    at bigint NOT NULL,
    actor_id text NOT NULL,
    from_value text NOT NULL DEFAULT '',
    to_value text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    message text NOT NULL DEFAULT '',
    UNIQUE (tenant_code, id),
    PRIMARY KEY (tenant_code, request_id, at, id)
);
CREATE TABLE attachment (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    request_id text NOT NULL,
    file_name text NOT NULL,
    mime_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    stored_path text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id)
);
CREATE INDEX attachment_request ON attachment(tenant_code, request_id);
CREATE TABLE phone_call (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    caller_number text NOT NULL,
    caller_e164 text,
    started_at bigint NOT NULL,
    ended_at bigint,
    operator_id text,
    citizen_id text,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    outcome text,
    outcome_note text,
    PRIMARY KEY (tenant_code, id)
);
CREATE INDEX phone_call_citizen ON phone_call(tenant_code, citizen_id, started_at) WHERE citizen_id IS NOT NULL;
CREATE TABLE call_request (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    call_id text NOT NULL,
    request_id text NOT NULL,
    relation text NOT NULL CHECK (relation IN ('filed','linked','looked_at')),
    PRIMARY KEY (tenant_code, call_id, request_id)
);
CREATE TABLE local_setting (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    key text,
    value text NOT NULL,
    PRIMARY KEY (tenant_code, key)
);
CREATE TABLE citizen_key (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    key text NOT NULL,
    citizen_local_id bigint NOT NULL,
    PRIMARY KEY (tenant_code, key, citizen_local_id)
);
CREATE TABLE row_count (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    name text,
    n bigint NOT NULL,
    PRIMARY KEY (tenant_code, name)
);
CREATE TABLE citizen_merge (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    survivor_id text NOT NULL,
    merged_id text NOT NULL,
    merged_record text NOT NULL,
    at bigint NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id)
);
CREATE INDEX citizen_merge_survivor ON citizen_merge(tenant_code, survivor_id);
CREATE INDEX call_request_request ON call_request(tenant_code, request_id);
CREATE TABLE draft (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    key text,
    payload text NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (tenant_code, key)
);
CREATE TABLE workflow (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    tenant_id text NOT NULL,
    code text NOT NULL,
    definition text NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, tenant_id, code)
);
CREATE TABLE business_calendar (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    tenant_id text,
    definition text NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, tenant_id)
);
CREATE TABLE routing_rule (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    service_type_id text,
    district_id text,
    department_id text NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id)
);
CREATE UNIQUE INDEX routing_rule_key ON routing_rule(tenant_code, tenant_id, coalesce(service_type_id, ''), coalesce(district_id, ''));
CREATE TABLE alert (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    request_id text NOT NULL,
    level bigint NOT NULL CHECK (level BETWEEN 1 AND 3),
    recipient_role text NOT NULL,
    recipient_id text,
    department_id text,
    message text NOT NULL,
    created_at bigint NOT NULL,
    acknowledged_at bigint,
    acknowledged_by text,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    coded text NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_code, id)
);
CREATE INDEX alert_open ON alert(tenant_code, recipient_role, created_at) WHERE acknowledged_at IS NULL;
CREATE INDEX alert_request ON alert(tenant_code, request_id);
CREATE TABLE request_stats (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    day bigint NOT NULL,
    department_id text NOT NULL,
    service_type_id text NOT NULL,
    district_id text NOT NULL,
    received_phone bigint NOT NULL DEFAULT 0,
    received_walk_in bigint NOT NULL DEFAULT 0,
    received_web bigint NOT NULL DEFAULT 0,
    received_mobile_app bigint NOT NULL DEFAULT 0,
    received_email bigint NOT NULL DEFAULT 0,
    received_open311 bigint NOT NULL DEFAULT 0,
    received_import bigint NOT NULL DEFAULT 0,
    recurrences bigint NOT NULL DEFAULT 0,
    closed bigint NOT NULL DEFAULT 0,
    closed_on_time bigint NOT NULL DEFAULT 0,
    s1 bigint NOT NULL DEFAULT 0,
    s2 bigint NOT NULL DEFAULT 0,
    s3 bigint NOT NULL DEFAULT 0,
    s4 bigint NOT NULL DEFAULT 0,
    s5 bigint NOT NULL DEFAULT 0,
    a_accurate bigint NOT NULL DEFAULT 0,
    a_partly bigint NOT NULL DEFAULT 0,
    a_inaccurate bigint NOT NULL DEFAULT 0,
    a_false bigint NOT NULL DEFAULT 0,
    closed_with_deadline bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, day, department_id, service_type_id, district_id)
);
CREATE TABLE request_resolution (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    day bigint NOT NULL,
    department_id text NOT NULL,
    service_type_id text NOT NULL,
    district_id text NOT NULL,
    bucket bigint NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (tenant_code, day, department_id, service_type_id, district_id, bucket)
);
CREATE TABLE request_stats_month (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    month bigint NOT NULL,
    department_id text NOT NULL,
    service_type_id text NOT NULL,
    district_id text NOT NULL,
    received_phone bigint NOT NULL DEFAULT 0,
    received_walk_in bigint NOT NULL DEFAULT 0,
    received_web bigint NOT NULL DEFAULT 0,
    received_mobile_app bigint NOT NULL DEFAULT 0,
    received_email bigint NOT NULL DEFAULT 0,
    received_open311 bigint NOT NULL DEFAULT 0,
    received_import bigint NOT NULL DEFAULT 0,
    recurrences bigint NOT NULL DEFAULT 0,
    closed bigint NOT NULL DEFAULT 0,
    closed_on_time bigint NOT NULL DEFAULT 0,
    s1 bigint NOT NULL DEFAULT 0,
    s2 bigint NOT NULL DEFAULT 0,
    s3 bigint NOT NULL DEFAULT 0,
    s4 bigint NOT NULL DEFAULT 0,
    s5 bigint NOT NULL DEFAULT 0,
    a_accurate bigint NOT NULL DEFAULT 0,
    a_partly bigint NOT NULL DEFAULT 0,
    a_inaccurate bigint NOT NULL DEFAULT 0,
    a_false bigint NOT NULL DEFAULT 0,
    closed_with_deadline bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, month, department_id, service_type_id, district_id)
);
CREATE TABLE request_resolution_month (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    month bigint NOT NULL,
    department_id text NOT NULL,
    service_type_id text NOT NULL,
    district_id text NOT NULL,
    bucket bigint NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (tenant_code, month, department_id, service_type_id, district_id, bucket)
);
CREATE TABLE request_backlog (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    status text NOT NULL,
    department_id text NOT NULL,
    service_type_id text NOT NULL,
    district_id text NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (tenant_code, status, department_id, service_type_id, district_id)
);
CREATE INDEX alert_created ON alert(tenant_code, created_at);
CREATE TABLE request_heat_month (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    group_id text NOT NULL,
    month bigint NOT NULL,
    cell bigint NOT NULL,
    n bigint NOT NULL,
    PRIMARY KEY (tenant_code, group_id, month, cell)
);
CREATE TABLE citizen (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    local_id bigint GENERATED BY DEFAULT AS IDENTITY,
    id text NOT NULL,
    tenant_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('person','legal_entity','volunteer','municipal_service','processing_body')),
    given_name text NOT NULL DEFAULT '',
    family_name text NOT NULL DEFAULT '',
    organisation text NOT NULL DEFAULT '',
    tax_id text NOT NULL DEFAULT '',
    address text NOT NULL DEFAULT '',
    district_id text,
    preferred_language text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    search_keys text NOT NULL DEFAULT '',
    PRIMARY KEY (local_id),
    UNIQUE (tenant_code, id)
);
CREATE TABLE service_request (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    local_id bigint GENERATED BY DEFAULT AS IDENTITY,
    id text NOT NULL,
    tenant_id text NOT NULL,
    tracking_number text NOT NULL,
    external_id text,
    channel text NOT NULL,
    citizen_id text,
    service_type_id text NOT NULL,
    attributes text NOT NULL DEFAULT '{}',
    description text NOT NULL DEFAULT '',
    lat double precision,
    lon double precision,
    address text NOT NULL DEFAULT '',
    district_id text,
    priority bigint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 5),
    urgency bigint NOT NULL DEFAULT 2 CHECK (urgency BETWEEN 1 AND 3),
    emergency bigint NOT NULL DEFAULT 0,
    status text NOT NULL CHECK (status IN ('new','accepted','assigned','in_progress','on_hold','resolved','closed','rejected','duplicate','reopened')),
    status_notes text NOT NULL DEFAULT '',
    department_id text,
    crew_id text,
    assignee_id text,
    due_at bigint,
    created_at bigint NOT NULL,
    closed_at bigint,
    duplicate_of text,
    cluster_id text,
    accuracy text CHECK (accuracy IN ('accurate','partly_accurate','inaccurate','false_report')),
    satisfaction bigint CHECK (satisfaction BETWEEN 1 AND 5),
    satisfaction_comment text NOT NULL DEFAULT '',
    media_url text NOT NULL DEFAULT '',
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    tracking_key text NOT NULL DEFAULT '',
    target_ms bigint,
    hold_remaining_ms bigint,
    escalation_level bigint NOT NULL DEFAULT 0,
    next_escalation_at bigint,
    recurrence_of text,
    base_priority bigint,
    address_key text NOT NULL DEFAULT '',
    PRIMARY KEY (local_id),
    UNIQUE (tenant_code, id),
    UNIQUE (tenant_code, tenant_id, tracking_number)
);
CREATE INDEX service_request_created ON service_request(tenant_code, created_at);
CREATE INDEX service_request_citizen ON service_request(tenant_code, citizen_id, created_at) WHERE citizen_id IS NOT NULL;
CREATE INDEX service_request_department ON service_request(tenant_code, department_id, status);
CREATE INDEX service_request_external ON service_request(tenant_code, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX service_request_type_time ON service_request(tenant_code, service_type_id, created_at, status, lat, lon);
CREATE INDEX service_request_escalation ON service_request(tenant_code, next_escalation_at) WHERE next_escalation_at IS NOT NULL;
CREATE INDEX service_request_queue ON service_request(tenant_code, department_id, priority DESC, due_at, id) WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
CREATE INDEX service_request_queue_due ON service_request(tenant_code, department_id, due_at, id) WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
CREATE INDEX service_request_queue_all ON service_request(tenant_code, priority DESC, due_at, id) WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
CREATE INDEX service_request_queue_age ON service_request(tenant_code, department_id, created_at, id) WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
CREATE INDEX service_request_type_closed ON service_request(tenant_code, service_type_id, closed_at, lat, lon) WHERE closed_at IS NOT NULL;
CREATE INDEX service_request_cluster ON service_request(tenant_code, cluster_id) WHERE cluster_id IS NOT NULL;
CREATE INDEX service_request_recurrence ON service_request(tenant_code, recurrence_of) WHERE recurrence_of IS NOT NULL;
CREATE INDEX service_request_map ON service_request(tenant_code, lat, lon, status, priority, emergency, service_type_id, department_id, crew_id) WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND lat IS NOT NULL AND lon IS NOT NULL;
CREATE TABLE sync_clock (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id bigint CHECK (id = 1),
    seq bigint NOT NULL,
    epoch text NOT NULL,
    PRIMARY KEY (tenant_code, id)
);
CREATE TABLE sync_change (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    seq bigint NOT NULL,
    tbl text NOT NULL,
    key text NOT NULL,
    PRIMARY KEY (tenant_code, seq, tbl, key)
);
CREATE TABLE sync_mutation (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    client_id text NOT NULL,
    mutation_id bigint NOT NULL,
    command_id text NOT NULL,
    name text NOT NULL,
    user_id text NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('applied','rejected')),
    code text NOT NULL DEFAULT '',
    message text NOT NULL DEFAULT '',
    answer text NOT NULL DEFAULT '{}',
    seq bigint NOT NULL,
    at bigint NOT NULL,
    PRIMARY KEY (tenant_code, client_id, mutation_id)
);
CREATE TABLE sync_outbox (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    mutation_id bigint,
    command text NOT NULL,
    at bigint NOT NULL,
    PRIMARY KEY (tenant_code, mutation_id)
);
CREATE TABLE sync_dirty (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    tbl text NOT NULL,
    key text NOT NULL,
    PRIMARY KEY (tenant_code, tbl, key)
);
CREATE TABLE sync_capture (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id bigint CHECK (id = 1),
    capturing bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, id)
);
CREATE TABLE sync_rejection (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    mutation_id bigint,
    command text NOT NULL,
    code text NOT NULL,
    message text NOT NULL,
    at bigint NOT NULL,
    seen bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, mutation_id)
);
CREATE TABLE citizen_conflict (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    citizen_id text NOT NULL,
    at bigint NOT NULL,
    kept_by text NOT NULL,
    kept_at bigint NOT NULL,
    lost_by text NOT NULL,
    lost_at bigint NOT NULL,
    lost_values text NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id)
);
CREATE INDEX citizen_conflict_at ON citizen_conflict(tenant_code, at);
CREATE INDEX service_request_open_due ON service_request(tenant_code, due_at) WHERE status IN ('new', 'accepted', 'assigned', 'in_progress', 'reopened') AND due_at IS NOT NULL;
CREATE INDEX phone_call_started ON phone_call(tenant_code, started_at);
CREATE INDEX service_request_open_created ON service_request(tenant_code, created_at) WHERE status IN ('new', 'accepted', 'assigned', 'in_progress', 'on_hold', 'reopened');
CREATE INDEX service_request_external_tail ON service_request(tenant_code, substr(external_id, instr(external_id, '-') + 1)) WHERE external_id IS NOT NULL;
CREATE INDEX service_request_closed ON service_request(tenant_code, closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX service_request_address_key ON service_request(tenant_code, address_key) WHERE address_key <> '';
CREATE TABLE message_template (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    event text NOT NULL,
    language text NOT NULL,
    channel text NOT NULL CHECK (channel IN ('sms','email')),
    subject text NOT NULL DEFAULT '',
    body text NOT NULL,
    body_html text NOT NULL DEFAULT '',
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id),
    UNIQUE (tenant_code, tenant_id, event, language, channel)
);
CREATE TABLE campaign (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    title text NOT NULL,
    criteria text NOT NULL,
    texts text NOT NULL,
    rate_per_minute bigint NOT NULL CHECK (rate_per_minute > 0),
    recipients bigint NOT NULL,
    without_consent bigint NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id)
);
CREATE TABLE notification (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    citizen_id text,
    request_id text,
    channel text NOT NULL CHECK (channel IN ('phone','sms','email','post')),
    address text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('confirmation','progress','survey','staff','targeted')),
    language text NOT NULL,
    body text NOT NULL,
    status text NOT NULL CHECK (status IN ('queued','sent','failed')),
    created_at bigint NOT NULL,
    sent_at bigint,
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    message text NOT NULL DEFAULT '',
    attempts bigint NOT NULL DEFAULT 0,
    next_attempt_at bigint NOT NULL DEFAULT 0,
    sending_since bigint NOT NULL DEFAULT 0,
    message_id text NOT NULL DEFAULT '',
    last_error text NOT NULL DEFAULT '',
    subject text NOT NULL DEFAULT '',
    body_html text NOT NULL DEFAULT '',
    user_id text,
    campaign_id text,
    delivery text NOT NULL DEFAULT '' CHECK (delivery IN ('', 'accepted', 'queued', 'delivered', 'undelivered', 'refused')),
    delivered_at bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, id),
    CHECK (citizen_id IS NOT NULL OR user_id IS NOT NULL)
);
CREATE INDEX notification_citizen ON notification(tenant_code, citizen_id, created_at);
CREATE INDEX notification_due ON notification(tenant_code, next_attempt_at, created_at) WHERE status = 'queued';
CREATE INDEX notification_campaign ON notification(tenant_code, campaign_id, status) WHERE campaign_id IS NOT NULL;
CREATE INDEX citizen_email_address ON citizen_email(tenant_code, lower(address));
CREATE INDEX service_request_updated ON service_request(tenant_code, updated_at);
CREATE TABLE inbound_mail (
    tenant_code text NOT NULL DEFAULT current_setting('civicdesk.tenant'),
    id text,
    tenant_id text NOT NULL,
    message_id text NOT NULL,
    received_at bigint NOT NULL,
    from_address text NOT NULL,
    from_name text NOT NULL DEFAULT '',
    citizen_id text,
    subject text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    photos text NOT NULL DEFAULT '[]',
    problems text NOT NULL DEFAULT '',
    status text NOT NULL CHECK (status IN ('waiting','filed','set_aside')),
    request_id text,
    handled_by text NOT NULL DEFAULT '',
    handled_at bigint NOT NULL DEFAULT 0,
    reason text NOT NULL DEFAULT '',
    updated_at bigint NOT NULL,
    updated_by text NOT NULL,
    PRIMARY KEY (tenant_code, id),
    UNIQUE (tenant_code, tenant_id, message_id)
);
CREATE INDEX inbound_mail_waiting ON inbound_mail(tenant_code, tenant_id, status, received_at);
CREATE INDEX service_request_tracking_key ON service_request(tenant_code, tracking_key);
ALTER TABLE department ADD CONSTRAINT department_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE department ADD CONSTRAINT department_fk2 FOREIGN KEY (tenant_code, parent_id) REFERENCES department(tenant_code, id) DEFERRABLE;
ALTER TABLE app_user ADD CONSTRAINT app_user_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE app_user ADD CONSTRAINT app_user_fk2 FOREIGN KEY (tenant_code, department_id) REFERENCES department(tenant_code, id) DEFERRABLE;
ALTER TABLE district ADD CONSTRAINT district_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE street ADD CONSTRAINT street_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE street_segment ADD CONSTRAINT street_segment_fk1 FOREIGN KEY (tenant_code, street_id) REFERENCES street(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE street_segment ADD CONSTRAINT street_segment_fk2 FOREIGN KEY (tenant_code, district_id) REFERENCES district(tenant_code, id) DEFERRABLE;
ALTER TABLE service_group ADD CONSTRAINT service_group_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE service_type ADD CONSTRAINT service_type_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE service_type ADD CONSTRAINT service_type_fk2 FOREIGN KEY (tenant_code, group_id) REFERENCES service_group(tenant_code, id) DEFERRABLE;
ALTER TABLE service_type ADD CONSTRAINT service_type_fk3 FOREIGN KEY (tenant_code, department_id) REFERENCES department(tenant_code, id) DEFERRABLE;
ALTER TABLE citizen_phone ADD CONSTRAINT citizen_phone_fk1 FOREIGN KEY (tenant_code, citizen_id) REFERENCES citizen(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE citizen_email ADD CONSTRAINT citizen_email_fk1 FOREIGN KEY (tenant_code, citizen_id) REFERENCES citizen(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE citizen_consent ADD CONSTRAINT citizen_consent_fk1 FOREIGN KEY (tenant_code, citizen_id) REFERENCES citizen(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE request_reporter ADD CONSTRAINT request_reporter_fk1 FOREIGN KEY (tenant_code, request_id) REFERENCES service_request(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE request_reporter ADD CONSTRAINT request_reporter_fk2 FOREIGN KEY (tenant_code, citizen_id) REFERENCES citizen(tenant_code, id) DEFERRABLE;
ALTER TABLE request_event ADD CONSTRAINT request_event_fk1 FOREIGN KEY (tenant_code, request_id) REFERENCES service_request(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE attachment ADD CONSTRAINT attachment_fk1 FOREIGN KEY (tenant_code, request_id) REFERENCES service_request(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE phone_call ADD CONSTRAINT phone_call_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE phone_call ADD CONSTRAINT phone_call_fk2 FOREIGN KEY (tenant_code, operator_id) REFERENCES app_user(tenant_code, id) DEFERRABLE;
ALTER TABLE phone_call ADD CONSTRAINT phone_call_fk3 FOREIGN KEY (tenant_code, citizen_id) REFERENCES citizen(tenant_code, id) DEFERRABLE;
ALTER TABLE call_request ADD CONSTRAINT call_request_fk1 FOREIGN KEY (tenant_code, call_id) REFERENCES phone_call(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE call_request ADD CONSTRAINT call_request_fk2 FOREIGN KEY (tenant_code, request_id) REFERENCES service_request(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE citizen_merge ADD CONSTRAINT citizen_merge_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE citizen_merge ADD CONSTRAINT citizen_merge_fk2 FOREIGN KEY (tenant_code, survivor_id) REFERENCES citizen(tenant_code, id) DEFERRABLE;
ALTER TABLE workflow ADD CONSTRAINT workflow_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE business_calendar ADD CONSTRAINT business_calendar_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE routing_rule ADD CONSTRAINT routing_rule_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE routing_rule ADD CONSTRAINT routing_rule_fk2 FOREIGN KEY (tenant_code, service_type_id) REFERENCES service_type(tenant_code, id) DEFERRABLE;
ALTER TABLE routing_rule ADD CONSTRAINT routing_rule_fk3 FOREIGN KEY (tenant_code, district_id) REFERENCES district(tenant_code, id) DEFERRABLE;
ALTER TABLE routing_rule ADD CONSTRAINT routing_rule_fk4 FOREIGN KEY (tenant_code, department_id) REFERENCES department(tenant_code, id) DEFERRABLE;
ALTER TABLE alert ADD CONSTRAINT alert_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE alert ADD CONSTRAINT alert_fk2 FOREIGN KEY (tenant_code, request_id) REFERENCES service_request(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE alert ADD CONSTRAINT alert_fk3 FOREIGN KEY (tenant_code, recipient_id) REFERENCES app_user(tenant_code, id) DEFERRABLE;
ALTER TABLE alert ADD CONSTRAINT alert_fk4 FOREIGN KEY (tenant_code, department_id) REFERENCES department(tenant_code, id) DEFERRABLE;
ALTER TABLE citizen ADD CONSTRAINT citizen_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE citizen ADD CONSTRAINT citizen_fk2 FOREIGN KEY (tenant_code, district_id) REFERENCES district(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk2 FOREIGN KEY (tenant_code, citizen_id) REFERENCES citizen(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk3 FOREIGN KEY (tenant_code, service_type_id) REFERENCES service_type(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk4 FOREIGN KEY (tenant_code, district_id) REFERENCES district(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk5 FOREIGN KEY (tenant_code, department_id) REFERENCES department(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk6 FOREIGN KEY (tenant_code, crew_id) REFERENCES department(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk7 FOREIGN KEY (tenant_code, assignee_id) REFERENCES app_user(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk8 FOREIGN KEY (tenant_code, duplicate_of) REFERENCES service_request(tenant_code, id) DEFERRABLE;
ALTER TABLE service_request ADD CONSTRAINT service_request_fk9 FOREIGN KEY (tenant_code, recurrence_of) REFERENCES service_request(tenant_code, id) DEFERRABLE;
ALTER TABLE citizen_conflict ADD CONSTRAINT citizen_conflict_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE citizen_conflict ADD CONSTRAINT citizen_conflict_fk2 FOREIGN KEY (tenant_code, citizen_id) REFERENCES citizen(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE message_template ADD CONSTRAINT message_template_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE campaign ADD CONSTRAINT campaign_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE notification ADD CONSTRAINT notification_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE notification ADD CONSTRAINT notification_fk2 FOREIGN KEY (tenant_code, citizen_id) REFERENCES citizen(tenant_code, id) DEFERRABLE;
ALTER TABLE notification ADD CONSTRAINT notification_fk3 FOREIGN KEY (tenant_code, request_id) REFERENCES service_request(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE notification ADD CONSTRAINT notification_fk4 FOREIGN KEY (tenant_code, user_id) REFERENCES app_user(tenant_code, id) DEFERRABLE;
ALTER TABLE notification ADD CONSTRAINT notification_fk5 FOREIGN KEY (tenant_code, campaign_id) REFERENCES campaign(tenant_code, id) ON DELETE CASCADE DEFERRABLE;
ALTER TABLE inbound_mail ADD CONSTRAINT inbound_mail_fk1 FOREIGN KEY (tenant_code, tenant_id) REFERENCES tenant(tenant_code, id) DEFERRABLE;
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON tenant USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE department ENABLE ROW LEVEL SECURITY;
ALTER TABLE department FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON department USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON app_user USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE district ENABLE ROW LEVEL SECURITY;
ALTER TABLE district FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON district USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE street ENABLE ROW LEVEL SECURITY;
ALTER TABLE street FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON street USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE street_segment ENABLE ROW LEVEL SECURITY;
ALTER TABLE street_segment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON street_segment USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE service_group ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_group FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON service_group USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE service_type ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_type FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON service_type USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE citizen_phone ENABLE ROW LEVEL SECURITY;
ALTER TABLE citizen_phone FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON citizen_phone USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE citizen_email ENABLE ROW LEVEL SECURITY;
ALTER TABLE citizen_email FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON citizen_email USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE citizen_consent ENABLE ROW LEVEL SECURITY;
ALTER TABLE citizen_consent FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON citizen_consent USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE request_reporter ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_reporter FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_reporter USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE request_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_event FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_event USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
ALTER TABLE attachment FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON attachment USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE phone_call ENABLE ROW LEVEL SECURITY;
ALTER TABLE phone_call FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON phone_call USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE call_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE call_request FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON call_request USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE local_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE local_setting FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON local_setting USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE citizen_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE citizen_key FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON citizen_key USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE row_count ENABLE ROW LEVEL SECURITY;
ALTER TABLE row_count FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON row_count USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE citizen_merge ENABLE ROW LEVEL SECURITY;
ALTER TABLE citizen_merge FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON citizen_merge USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE draft ENABLE ROW LEVEL SECURITY;
ALTER TABLE draft FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON draft USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE workflow ENABLE ROW LEVEL SECURITY;
ALTER TABLE workflow FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON workflow USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE business_calendar ENABLE ROW LEVEL SECURITY;
ALTER TABLE business_calendar FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON business_calendar USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE routing_rule ENABLE ROW LEVEL SECURITY;
ALTER TABLE routing_rule FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON routing_rule USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE alert ENABLE ROW LEVEL SECURITY;
ALTER TABLE alert FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON alert USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE request_stats ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_stats FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_stats USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE request_resolution ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_resolution FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_resolution USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE request_stats_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_stats_month FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_stats_month USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE request_resolution_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_resolution_month FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_resolution_month USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE request_backlog ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_backlog FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_backlog USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE request_heat_month ENABLE ROW LEVEL SECURITY;
ALTER TABLE request_heat_month FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON request_heat_month USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE citizen ENABLE ROW LEVEL SECURITY;
ALTER TABLE citizen FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON citizen USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE service_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_request FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON service_request USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE sync_clock ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_clock FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON sync_clock USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE sync_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_change FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON sync_change USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE sync_mutation ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_mutation FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON sync_mutation USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE sync_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON sync_outbox USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE sync_dirty ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_dirty FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON sync_dirty USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE sync_capture ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_capture FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON sync_capture USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE sync_rejection ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_rejection FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON sync_rejection USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE citizen_conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE citizen_conflict FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON citizen_conflict USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE message_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_template FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON message_template USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE campaign ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaign FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON campaign USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON notification USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));
ALTER TABLE inbound_mail ENABLE ROW LEVEL SECURITY;
ALTER TABLE inbound_mail FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_only ON inbound_mail USING (tenant_code = current_setting('civicdesk.tenant', true)) WITH CHECK (tenant_code = current_setting('civicdesk.tenant', true));

-- ---- Triggers --------------------------------------------------------------------------------------------------

-- Request events are append-only.
CREATE FUNCTION cd_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'request events are append-only' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER request_event_no_update BEFORE UPDATE ON request_event FOR EACH ROW EXECUTE FUNCTION cd_append_only();

-- The kept row counts (row_count) of citizens and requests.
CREATE FUNCTION cd_row_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE row_count SET n = n + CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END WHERE name = TG_TABLE_NAME;
    RETURN NULL;
END $$;
CREATE TRIGGER citizen_counted AFTER INSERT OR DELETE ON citizen FOR EACH ROW EXECUTE FUNCTION cd_row_counted();
CREATE TRIGGER service_request_counted AFTER INSERT OR DELETE ON service_request FOR EACH ROW EXECUTE FUNCTION cd_row_counted();

-- What one request adds to (sign 1) or takes from (sign -1) the dashboard's day and month figures: received on
-- the day it came in; closed, on time, satisfaction and accuracy on the day it was closed (or came in, while open);
-- its resolution-time bucket once closed.
CREATE FUNCTION cd_request_figures(r service_request, sign bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    zone text;
    dep text := coalesce(r.department_id, '');
    dis text := coalesce(r.district_id, '');
    at_closed bigint := coalesce(r.closed_at, r.created_at);
    closed bigint := CASE WHEN r.closed_at IS NOT NULL THEN 1 ELSE 0 END;
    with_deadline bigint := CASE WHEN r.closed_at IS NOT NULL AND r.due_at IS NOT NULL THEN 1 ELSE 0 END;
    on_time bigint := CASE WHEN r.closed_at IS NOT NULL AND r.due_at IS NOT NULL AND r.closed_at <= r.due_at THEN 1 ELSE 0 END;
    sat bigint := coalesce(r.satisfaction, 0);
    acc text := coalesce(r.accuracy, '');
BEGIN
    SELECT time_zone INTO zone FROM tenant WHERE id = r.tenant_id;
    INSERT INTO request_stats AS t(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web,
                                   received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES (cd_local_day(r.created_at, zone), dep, r.service_type_id, dis,
            sign * (r.channel = 'phone')::int, sign * (r.channel = 'walk_in')::int, sign * (r.channel = 'web')::int,
            sign * (r.channel = 'mobile_app')::int, sign * (r.channel = 'email')::int, sign * (r.channel = 'open311')::int,
            sign * (r.channel = 'import')::int, sign * (r.recurrence_of IS NOT NULL)::int)
    ON CONFLICT (tenant_code, day, department_id, service_type_id, district_id) DO UPDATE SET
        received_phone = t.received_phone + excluded.received_phone, received_walk_in = t.received_walk_in + excluded.received_walk_in,
        received_web = t.received_web + excluded.received_web, received_mobile_app = t.received_mobile_app + excluded.received_mobile_app,
        received_email = t.received_email + excluded.received_email, received_open311 = t.received_open311 + excluded.received_open311,
        received_import = t.received_import + excluded.received_import, recurrences = t.recurrences + excluded.recurrences;
    INSERT INTO request_stats_month AS t(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web,
                                         received_mobile_app, received_email, received_open311, received_import, recurrences)
    VALUES (cd_local_month(r.created_at, zone), dep, r.service_type_id, dis,
            sign * (r.channel = 'phone')::int, sign * (r.channel = 'walk_in')::int, sign * (r.channel = 'web')::int,
            sign * (r.channel = 'mobile_app')::int, sign * (r.channel = 'email')::int, sign * (r.channel = 'open311')::int,
            sign * (r.channel = 'import')::int, sign * (r.recurrence_of IS NOT NULL)::int)
    ON CONFLICT (tenant_code, month, department_id, service_type_id, district_id) DO UPDATE SET
        received_phone = t.received_phone + excluded.received_phone, received_walk_in = t.received_walk_in + excluded.received_walk_in,
        received_web = t.received_web + excluded.received_web, received_mobile_app = t.received_mobile_app + excluded.received_mobile_app,
        received_email = t.received_email + excluded.received_email, received_open311 = t.received_open311 + excluded.received_open311,
        received_import = t.received_import + excluded.received_import, recurrences = t.recurrences + excluded.recurrences;
    INSERT INTO request_stats AS t(day, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time,
                                   s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (cd_local_day(at_closed, zone), dep, r.service_type_id, dis, sign * closed, sign * with_deadline, sign * on_time,
            sign * (sat = 1)::int, sign * (sat = 2)::int, sign * (sat = 3)::int, sign * (sat = 4)::int, sign * (sat = 5)::int,
            sign * (acc = 'accurate')::int, sign * (acc = 'partly_accurate')::int, sign * (acc = 'inaccurate')::int,
            sign * (acc = 'false_report')::int)
    ON CONFLICT (tenant_code, day, department_id, service_type_id, district_id) DO UPDATE SET
        closed = t.closed + excluded.closed, closed_with_deadline = t.closed_with_deadline + excluded.closed_with_deadline,
        closed_on_time = t.closed_on_time + excluded.closed_on_time, s1 = t.s1 + excluded.s1, s2 = t.s2 + excluded.s2,
        s3 = t.s3 + excluded.s3, s4 = t.s4 + excluded.s4, s5 = t.s5 + excluded.s5, a_accurate = t.a_accurate + excluded.a_accurate,
        a_partly = t.a_partly + excluded.a_partly, a_inaccurate = t.a_inaccurate + excluded.a_inaccurate, a_false = t.a_false + excluded.a_false;
    INSERT INTO request_stats_month AS t(month, department_id, service_type_id, district_id, closed, closed_with_deadline, closed_on_time,
                                         s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    VALUES (cd_local_month(at_closed, zone), dep, r.service_type_id, dis, sign * closed, sign * with_deadline, sign * on_time,
            sign * (sat = 1)::int, sign * (sat = 2)::int, sign * (sat = 3)::int, sign * (sat = 4)::int, sign * (sat = 5)::int,
            sign * (acc = 'accurate')::int, sign * (acc = 'partly_accurate')::int, sign * (acc = 'inaccurate')::int,
            sign * (acc = 'false_report')::int)
    ON CONFLICT (tenant_code, month, department_id, service_type_id, district_id) DO UPDATE SET
        closed = t.closed + excluded.closed, closed_with_deadline = t.closed_with_deadline + excluded.closed_with_deadline,
        closed_on_time = t.closed_on_time + excluded.closed_on_time, s1 = t.s1 + excluded.s1, s2 = t.s2 + excluded.s2,
        s3 = t.s3 + excluded.s3, s4 = t.s4 + excluded.s4, s5 = t.s5 + excluded.s5, a_accurate = t.a_accurate + excluded.a_accurate,
        a_partly = t.a_partly + excluded.a_partly, a_inaccurate = t.a_inaccurate + excluded.a_inaccurate, a_false = t.a_false + excluded.a_false;
    IF r.closed_at IS NOT NULL THEN
        INSERT INTO request_resolution AS t(day, department_id, service_type_id, district_id, bucket, n)
        VALUES (cd_local_day(at_closed, zone), dep, r.service_type_id, dis, cd_resolution_bucket(r.closed_at - r.created_at), sign)
        ON CONFLICT (tenant_code, day, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = t.n + excluded.n;
        INSERT INTO request_resolution_month AS t(month, department_id, service_type_id, district_id, bucket, n)
        VALUES (cd_local_month(at_closed, zone), dep, r.service_type_id, dis, cd_resolution_bucket(r.closed_at - r.created_at), sign)
        ON CONFLICT (tenant_code, month, department_id, service_type_id, district_id, bucket) DO UPDATE SET n = t.n + excluded.n;
    END IF;
END $$;

-- The open requests by status, department, type and district.
CREATE FUNCTION cd_request_backlog(r service_request, sign bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF r.status IN ('new','accepted','assigned','in_progress','on_hold','reopened') THEN
        INSERT INTO request_backlog AS t(status, department_id, service_type_id, district_id, n)
        VALUES (r.status, coalesce(r.department_id, ''), r.service_type_id, coalesce(r.district_id, ''), sign)
        ON CONFLICT (tenant_code, status, department_id, service_type_id, district_id) DO UPDATE SET n = t.n + excluded.n;
    END IF;
END $$;

-- The heat map: requests with a point, by service group, UTC month and cell.
CREATE FUNCTION cd_request_heat(r service_request, sign bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    g text;
BEGIN
    IF r.lat IS NULL OR r.lon IS NULL THEN
        RETURN;
    END IF;
    g := coalesce((SELECT group_id FROM service_type WHERE id = r.service_type_id), '');
    INSERT INTO request_heat_month AS t(group_id, month, cell, n)
    VALUES (g, cd_utc_month(r.created_at), cd_heat_cell(r.lat, r.lon), sign)
    ON CONFLICT (tenant_code, group_id, month, cell) DO UPDATE SET n = t.n + excluded.n;
    IF sign < 0 THEN
        DELETE FROM request_heat_month WHERE n <= 0 AND group_id = g;
    END IF;
END $$;

CREATE FUNCTION cd_request_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM cd_request_figures(NEW, 1);
        PERFORM cd_request_backlog(NEW, 1);
        PERFORM cd_request_heat(NEW, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM cd_request_figures(OLD, -1);
        PERFORM cd_request_backlog(OLD, -1);
        PERFORM cd_request_heat(OLD, -1);
    ELSE
        IF (OLD.created_at, OLD.closed_at, OLD.due_at, OLD.satisfaction, OLD.accuracy, OLD.recurrence_of, OLD.department_id,
            OLD.service_type_id, OLD.district_id, OLD.channel)
           IS DISTINCT FROM (NEW.created_at, NEW.closed_at, NEW.due_at, NEW.satisfaction, NEW.accuracy, NEW.recurrence_of,
                             NEW.department_id, NEW.service_type_id, NEW.district_id, NEW.channel) THEN
            PERFORM cd_request_figures(OLD, -1);
            PERFORM cd_request_figures(NEW, 1);
        END IF;
        IF (OLD.status, OLD.department_id, OLD.service_type_id, OLD.district_id)
           IS DISTINCT FROM (NEW.status, NEW.department_id, NEW.service_type_id, NEW.district_id) THEN
            PERFORM cd_request_backlog(OLD, -1);
            PERFORM cd_request_backlog(NEW, 1);
        END IF;
        IF (OLD.created_at, OLD.service_type_id, OLD.lat, OLD.lon) IS DISTINCT FROM (NEW.created_at, NEW.service_type_id, NEW.lat, NEW.lon) THEN
            PERFORM cd_request_heat(OLD, -1);
            PERFORM cd_request_heat(NEW, 1);
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER service_request_figures AFTER INSERT OR UPDATE OR DELETE ON service_request
    FOR EACH ROW EXECUTE FUNCTION cd_request_counted();

-- A service type moved to another group takes its requests' heat with it.
CREATE FUNCTION cd_type_regrouped() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.group_id IS DISTINCT FROM NEW.group_id THEN
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
CREATE TRIGGER request_heat_regroup AFTER UPDATE OF group_id ON service_type FOR EACH ROW EXECUTE FUNCTION cd_type_regrouped();

-- A new time zone: the figures counted again by the municipality's new days.
CREATE FUNCTION cd_zone_recounted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.time_zone IS DISTINCT FROM NEW.time_zone THEN
        PERFORM cd_rebuild_figures();
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER tenant_zone_recounted AFTER UPDATE OF time_zone ON tenant FOR EACH ROW EXECUTE FUNCTION cd_zone_recounted();

-- Every summary of the tenant made again from its requests (stats_rebuild.sql and heat_rebuild.sql).
CREATE FUNCTION cd_rebuild_figures() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM request_stats;
    DELETE FROM request_resolution;
    DELETE FROM request_backlog;
    DELETE FROM request_stats_month;
    DELETE FROM request_resolution_month;
    DELETE FROM request_heat_month;
    INSERT INTO request_stats(day, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web,
                              received_mobile_app, received_email, received_open311, received_import, recurrences,
                              closed, closed_with_deadline, closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false)
    SELECT day, dep, typ, dis, sum(rp), sum(rw), sum(rb), sum(rm), sum(re), sum(ro), sum(ri), sum(rr),
           sum(c), sum(cd), sum(ct), sum(s1), sum(s2), sum(s3), sum(s4), sum(s5), sum(aa), sum(ap), sum(ai), sum(af)
    FROM (SELECT cd_local_day(r.created_at, z.time_zone) AS day, coalesce(r.department_id, '') AS dep, r.service_type_id AS typ,
                 coalesce(r.district_id, '') AS dis,
                 (r.channel = 'phone')::int AS rp, (r.channel = 'walk_in')::int AS rw, (r.channel = 'web')::int AS rb,
                 (r.channel = 'mobile_app')::int AS rm, (r.channel = 'email')::int AS re, (r.channel = 'open311')::int AS ro,
                 (r.channel = 'import')::int AS ri, (r.recurrence_of IS NOT NULL)::int AS rr,
                 0 AS c, 0 AS cd, 0 AS ct, 0 AS s1, 0 AS s2, 0 AS s3, 0 AS s4, 0 AS s5, 0 AS aa, 0 AS ap, 0 AS ai, 0 AS af
          FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id
          UNION ALL
          SELECT cd_local_day(coalesce(r.closed_at, r.created_at), z.time_zone), coalesce(r.department_id, ''), r.service_type_id,
                 coalesce(r.district_id, ''), 0, 0, 0, 0, 0, 0, 0, 0,
                 (r.closed_at IS NOT NULL)::int, (r.closed_at IS NOT NULL AND r.due_at IS NOT NULL)::int,
                 (r.closed_at IS NOT NULL AND r.due_at IS NOT NULL AND r.closed_at <= r.due_at)::int,
                 (coalesce(r.satisfaction, 0) = 1)::int, (coalesce(r.satisfaction, 0) = 2)::int, (coalesce(r.satisfaction, 0) = 3)::int,
                 (coalesce(r.satisfaction, 0) = 4)::int, (coalesce(r.satisfaction, 0) = 5)::int,
                 (coalesce(r.accuracy, '') = 'accurate')::int, (coalesce(r.accuracy, '') = 'partly_accurate')::int,
                 (coalesce(r.accuracy, '') = 'inaccurate')::int, (coalesce(r.accuracy, '') = 'false_report')::int
          FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id) x
    GROUP BY 1, 2, 3, 4;
    INSERT INTO request_resolution(day, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_local_day(r.closed_at, z.time_zone), coalesce(r.department_id, ''), r.service_type_id, coalesce(r.district_id, ''),
           cd_resolution_bucket(r.closed_at - r.created_at), count(*)
    FROM service_request r LEFT JOIN tenant z ON z.id = r.tenant_id WHERE r.closed_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO request_backlog(status, department_id, service_type_id, district_id, n)
    SELECT status, coalesce(department_id, ''), service_type_id, coalesce(district_id, ''), count(*)
    FROM service_request WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') GROUP BY 1, 2, 3, 4;
    INSERT INTO request_stats_month(month, department_id, service_type_id, district_id, received_phone, received_walk_in, received_web,
                                    received_mobile_app, received_email, received_open311, received_import, recurrences, closed,
                                    closed_on_time, s1, s2, s3, s4, s5, a_accurate, a_partly, a_inaccurate, a_false, closed_with_deadline)
    SELECT cd_month_of_day(day), department_id, service_type_id, district_id,
           sum(received_phone), sum(received_walk_in), sum(received_web), sum(received_mobile_app), sum(received_email), sum(received_open311),
           sum(received_import), sum(recurrences), sum(closed), sum(closed_on_time), sum(s1), sum(s2), sum(s3), sum(s4), sum(s5),
           sum(a_accurate), sum(a_partly), sum(a_inaccurate), sum(a_false), sum(closed_with_deadline)
    FROM request_stats GROUP BY 1, 2, 3, 4;
    INSERT INTO request_resolution_month(month, department_id, service_type_id, district_id, bucket, n)
    SELECT cd_month_of_day(day), department_id, service_type_id, district_id, bucket, sum(n)
    FROM request_resolution GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO request_heat_month(group_id, month, cell, n)
    SELECT coalesce(t.group_id, ''), cd_utc_month(r.created_at), cd_heat_cell(r.lat, r.lon), count(*)
    FROM service_request r JOIN service_type t ON t.id = r.service_type_id
    WHERE r.lat IS NOT NULL AND r.lon IS NOT NULL GROUP BY 1, 2, 3;
END $$;

-- The server's change log: every key a transaction writes, under the transaction's seq (SyncStore::write moves
-- the tenant's sync_clock first; its row lock keeps the seqs in commit order). Nothing is logged before the
-- tenant's clock exists.
CREATE FUNCTION cd_sync_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s bigint;
BEGIN
    SELECT seq INTO s FROM sync_clock WHERE id = 1;
    IF s IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO sync_change(seq, tbl, key) VALUES (s, TG_TABLE_NAME, cd_sync_key(to_jsonb(NEW), TG_ARGV)) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO sync_change(seq, tbl, key) VALUES (s, TG_TABLE_NAME, cd_sync_key(to_jsonb(OLD), TG_ARGV)) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON tenant FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON department FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON app_user FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON district FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON street FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON street_segment FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON service_group FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON service_type FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON workflow FOR EACH ROW EXECUTE FUNCTION cd_sync_log('tenant_id', 'code');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON business_calendar FOR EACH ROW EXECUTE FUNCTION cd_sync_log('tenant_id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON routing_rule FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON message_template FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON campaign FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON citizen FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON citizen_phone FOR EACH ROW EXECUTE FUNCTION cd_sync_log('citizen_id', 'position');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON citizen_email FOR EACH ROW EXECUTE FUNCTION cd_sync_log('citizen_id', 'position');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON citizen_consent FOR EACH ROW EXECUTE FUNCTION cd_sync_log('citizen_id', 'channel');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON citizen_merge FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON citizen_conflict FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON service_request FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON request_reporter FOR EACH ROW EXECUTE FUNCTION cd_sync_log('request_id', 'citizen_id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON request_event FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON attachment FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON phone_call FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON call_request FOR EACH ROW EXECUTE FUNCTION cd_sync_log('call_id', 'request_id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON notification FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON alert FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON inbound_mail FOR EACH ROW EXECUTE FUNCTION cd_sync_log('id');
-- tables: tenant department app_user district street street_segment service_group service_type citizen_phone citizen_email citizen_consent request_reporter request_event attachment phone_call call_request local_setting citizen_key row_count citizen_merge draft workflow business_calendar routing_rule alert request_stats request_resolution request_stats_month request_resolution_month request_backlog request_heat_month citizen service_request sync_clock sync_change sync_mutation sync_outbox sync_dirty sync_capture sync_rejection citizen_conflict message_template campaign notification inbound_mail

-- ---- The server's catalog (ServerCatalog): municipalities, sign-in, tokens, desks, Open311 keys ----------------
-- Shared by every server instance; read across municipalities (a sign-in names its municipality), so in a schema of
-- its own, outside the row-level security of the municipalities' data. The same tables as the catalog file of an
-- embedded server.
CREATE SCHEMA catalog;
CREATE TABLE catalog.tenant (
    code text PRIMARY KEY,
    id text NOT NULL UNIQUE,
    name text NOT NULL,
    country text NOT NULL,
    created_at bigint NOT NULL
);
CREATE TABLE catalog.credential (
    tenant_code text NOT NULL REFERENCES catalog.tenant(code),
    login text NOT NULL,
    user_id text NOT NULL,
    role text NOT NULL,
    department_id text NOT NULL DEFAULT '',
    hash text NOT NULL,
    active bigint NOT NULL DEFAULT 1,
    failures bigint NOT NULL DEFAULT 0,
    locked_until bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_code, login)
);
CREATE TABLE catalog.token (
    hash text PRIMARY KEY,
    tenant_code text NOT NULL,
    login text NOT NULL,
    user_id text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    revoked bigint NOT NULL DEFAULT 0
);
CREATE INDEX token_user ON catalog.token(tenant_code, login);
CREATE TABLE catalog.desk (
    tenant_code text NOT NULL REFERENCES catalog.tenant(code),
    code text NOT NULL,
    client_id text NOT NULL,
    login text NOT NULL,
    registered_at bigint NOT NULL,
    PRIMARY KEY (tenant_code, code),
    UNIQUE (tenant_code, client_id)
);
CREATE TABLE catalog.api_key (
    id text PRIMARY KEY,
    tenant_code text NOT NULL REFERENCES catalog.tenant(code),
    name text NOT NULL,
    hash text NOT NULL UNIQUE,
    created_at bigint NOT NULL,
    revoked_at bigint NOT NULL DEFAULT 0,
    per_minute bigint NOT NULL DEFAULT 0
);
