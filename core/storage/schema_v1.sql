-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 1: the domain. Ids are UUIDv7 text made by the client that creates the row;
-- times are milliseconds since the epoch (UTC); every synced row records when and by whom it last changed.

CREATE TABLE tenant (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    languages TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    emergency_number TEXT NOT NULL DEFAULT '112',
    centre_lat REAL, centre_lon REAL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);

CREATE TABLE department (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    parent_id TEXT REFERENCES department(id),
    kind TEXT NOT NULL CHECK (kind IN ('directorate','department','crew','dispatch_desk')),
    code TEXT NOT NULL,
    name TEXT NOT NULL,               -- JSON: language → text
    is_contractor INTEGER NOT NULL DEFAULT 0,
    contractor_name TEXT,
    contract_deadline_hours INTEGER NOT NULL DEFAULT 0,
    depot_lat REAL, depot_lon REAL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    UNIQUE (tenant_id, code)
);
CREATE INDEX department_parent ON department(parent_id);

CREATE TABLE app_user (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('operator','department_staff','department_head','supervisor','administrator')),
    department_id TEXT REFERENCES department(id),
    active INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    UNIQUE (tenant_id, username)
);

CREATE TABLE district (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    geometry TEXT NOT NULL,           -- GeoJSON geometry (Polygon or MultiPolygon)
    min_lat REAL NOT NULL, min_lon REAL NOT NULL, max_lat REAL NOT NULL, max_lon REAL NOT NULL,
    source TEXT NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    UNIQUE (tenant_id, code)
);

CREATE TABLE street (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    name_folded TEXT NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);
CREATE INDEX street_folded ON street(name_folded);

CREATE TABLE street_segment (
    id TEXT PRIMARY KEY,
    street_id TEXT NOT NULL REFERENCES street(id) ON DELETE CASCADE,
    from_number INTEGER NOT NULL, to_number INTEGER NOT NULL,
    from_lat REAL NOT NULL, from_lon REAL NOT NULL, to_lat REAL NOT NULL, to_lon REAL NOT NULL,
    district_id TEXT REFERENCES district(id),
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    CHECK (from_number <= to_number)
);
CREATE INDEX street_segment_street ON street_segment(street_id, from_number);

CREATE TABLE service_group (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,               -- JSON: language → text
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    UNIQUE (tenant_id, code)
);

CREATE TABLE service_type (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    group_id TEXT REFERENCES service_group(id),
    name TEXT NOT NULL,               -- JSON: language → text
    keywords TEXT NOT NULL DEFAULT '{}',
    description TEXT NOT NULL DEFAULT '{}',
    department_id TEXT REFERENCES department(id),
    default_priority INTEGER NOT NULL DEFAULT 2 CHECK (default_priority BETWEEN 1 AND 5),
    deadline_hours INTEGER NOT NULL DEFAULT 72 CHECK (deadline_hours > 0),
    duplicate_radius_m INTEGER NOT NULL DEFAULT 50,
    workflow_code TEXT NOT NULL DEFAULT 'default',
    attributes TEXT NOT NULL DEFAULT '[]', -- JSON: Open311-style attribute definitions
    active INTEGER NOT NULL DEFAULT 1,
    imported INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    UNIQUE (tenant_id, code)
);

CREATE TABLE citizen (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    kind TEXT NOT NULL CHECK (kind IN ('person','legal_entity','volunteer','municipal_service','processing_body')),
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    district_id TEXT REFERENCES district(id),
    preferred_language TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);

CREATE TABLE citizen_phone (
    citizen_id TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    e164 TEXT,                        -- NULL when what was typed does not parse
    typed TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    valid INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (citizen_id, position)
) WITHOUT ROWID;
CREATE INDEX citizen_phone_e164 ON citizen_phone(e164) WHERE e164 IS NOT NULL;

CREATE TABLE citizen_email (
    citizen_id TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    address TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (citizen_id, position)
) WITHOUT ROWID;

CREATE TABLE citizen_consent (
    citizen_id TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('phone','sms','email','post')),
    granted INTEGER NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (citizen_id, channel)
) WITHOUT ROWID;

CREATE TABLE service_request (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    tracking_number TEXT NOT NULL,
    external_id TEXT,
    channel TEXT NOT NULL,
    citizen_id TEXT REFERENCES citizen(id),
    service_type_id TEXT NOT NULL REFERENCES service_type(id),
    attributes TEXT NOT NULL DEFAULT '{}', -- JSON: attribute code → value
    description TEXT NOT NULL DEFAULT '',
    lat REAL, lon REAL,
    address TEXT NOT NULL DEFAULT '',
    district_id TEXT REFERENCES district(id),
    priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 5),
    urgency INTEGER NOT NULL DEFAULT 2 CHECK (urgency BETWEEN 1 AND 3),
    emergency INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('new','accepted','assigned','in_progress','on_hold','resolved','closed','rejected','duplicate','reopened')),
    status_notes TEXT NOT NULL DEFAULT '',
    department_id TEXT REFERENCES department(id),
    crew_id TEXT REFERENCES department(id),
    assignee_id TEXT REFERENCES app_user(id),
    due_at INTEGER,
    created_at INTEGER NOT NULL,
    closed_at INTEGER,
    duplicate_of TEXT REFERENCES service_request(id),
    cluster_id TEXT,
    accuracy TEXT CHECK (accuracy IN ('accurate','partly_accurate','inaccurate','false_report')),
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    satisfaction_comment TEXT NOT NULL DEFAULT '',
    media_url TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    UNIQUE (tenant_id, tracking_number)
);
CREATE INDEX service_request_created ON service_request(created_at);
CREATE INDEX service_request_citizen ON service_request(citizen_id, created_at) WHERE citizen_id IS NOT NULL;
CREATE INDEX service_request_department ON service_request(department_id, status);
CREATE INDEX service_request_external ON service_request(external_id) WHERE external_id IS NOT NULL;

CREATE TABLE request_reporter (
    request_id TEXT NOT NULL REFERENCES service_request(id) ON DELETE CASCADE,
    citizen_id TEXT NOT NULL REFERENCES citizen(id),
    call_id TEXT,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (request_id, citizen_id)
) WITHOUT ROWID;
CREATE INDEX request_reporter_citizen ON request_reporter(citizen_id);

-- Stored in the order it is read (a request's history, oldest first): no separate index on request_id.
CREATE TABLE request_event (
    id TEXT NOT NULL UNIQUE,
    request_id TEXT NOT NULL REFERENCES service_request(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    from_value TEXT NOT NULL DEFAULT '',
    to_value TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (request_id, at, id)
) WITHOUT ROWID;

-- The history is append-only.
CREATE TRIGGER request_event_no_update BEFORE UPDATE ON request_event
BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;

CREATE TABLE attachment (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES service_request(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    stored_path TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);
CREATE INDEX attachment_request ON attachment(request_id);

CREATE TABLE phone_call (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    caller_number TEXT NOT NULL,
    caller_e164 TEXT,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    operator_id TEXT REFERENCES app_user(id),
    citizen_id TEXT REFERENCES citizen(id),
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);
CREATE INDEX phone_call_citizen ON phone_call(citizen_id, started_at) WHERE citizen_id IS NOT NULL;

CREATE TABLE call_request (
    call_id TEXT NOT NULL REFERENCES phone_call(id) ON DELETE CASCADE,
    request_id TEXT NOT NULL REFERENCES service_request(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('filed','linked','looked_at')),
    PRIMARY KEY (call_id, request_id)
) WITHOUT ROWID;

-- Settings of this replica (device code, counters); never synced.
CREATE TABLE local_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
