-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 5: workflow, routing, business calendar, escalation, clusters, recurrence, queues.

-- Workflows and calendars of a municipality as JSON data (built-in defaults apply where none is stored).
CREATE TABLE workflow (
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    definition TEXT NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    PRIMARY KEY (tenant_id, code)
) WITHOUT ROWID;

CREATE TABLE business_calendar (
    tenant_id TEXT PRIMARY KEY REFERENCES tenant(id),
    definition TEXT NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
) WITHOUT ROWID;

-- Service type × district → department; the most specific rule wins, the dispatch desk takes the rest.
CREATE TABLE routing_rule (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    service_type_id TEXT REFERENCES service_type(id),
    district_id TEXT REFERENCES district(id),
    department_id TEXT NOT NULL REFERENCES department(id),
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX routing_rule_key ON routing_rule(tenant_id, ifnull(service_type_id, ''), ifnull(district_id, ''));

-- A cluster's master gains a priority step for every `cluster_step` distinct reporters, up to `cluster_cap`.
ALTER TABLE service_type ADD COLUMN cluster_step INTEGER NOT NULL DEFAULT 3 CHECK (cluster_step > 0);
ALTER TABLE service_type ADD COLUMN cluster_cap INTEGER NOT NULL DEFAULT 4 CHECK (cluster_cap BETWEEN 1 AND 5);

-- Deadlines in working time: the target, what was left when put on hold, the escalation ladder's step and
-- when its next step is due; the request this one repeats; the priority before a cluster raised it.
ALTER TABLE service_request ADD COLUMN target_ms INTEGER;
ALTER TABLE service_request ADD COLUMN hold_remaining_ms INTEGER;
ALTER TABLE service_request ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;
ALTER TABLE service_request ADD COLUMN next_escalation_at INTEGER;
ALTER TABLE service_request ADD COLUMN recurrence_of TEXT REFERENCES service_request(id);
ALTER TABLE service_request ADD COLUMN base_priority INTEGER;

-- Alerts of the escalation ladder, for a role (and a department) or a person.
CREATE TABLE alert (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    request_id TEXT NOT NULL REFERENCES service_request(id) ON DELETE CASCADE,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    recipient_role TEXT NOT NULL,
    recipient_id TEXT REFERENCES app_user(id),
    department_id TEXT REFERENCES department(id),
    message TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    acknowledged_at INTEGER,
    acknowledged_by TEXT,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);
CREATE INDEX alert_open ON alert(recipient_role, created_at) WHERE acknowledged_at IS NULL;
CREATE INDEX alert_request ON alert(request_id);

CREATE INDEX service_request_escalation ON service_request(next_escalation_at) WHERE next_escalation_at IS NOT NULL;
CREATE INDEX service_request_queue ON service_request(department_id, priority DESC, due_at, id)
    WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
CREATE INDEX service_request_queue_due ON service_request(department_id, due_at, id)
    WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
CREATE INDEX service_request_queue_all ON service_request(priority DESC, due_at, id)
    WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
CREATE INDEX service_request_queue_age ON service_request(department_id, created_at, id)
    WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
CREATE INDEX service_request_type_closed ON service_request(service_type_id, closed_at, lat, lon) WHERE closed_at IS NOT NULL;
CREATE INDEX service_request_cluster ON service_request(cluster_id) WHERE cluster_id IS NOT NULL;
CREATE INDEX service_request_recurrence ON service_request(recurrence_of) WHERE recurrence_of IS NOT NULL;

-- Requests filed before this version: their deadline was counted in plain hours (72 h where none was set);
-- the ladder starts from it.
UPDATE service_request SET due_at = created_at + 259200000
    WHERE due_at IS NULL AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
UPDATE service_request SET target_ms = due_at - created_at,
                           next_escalation_at = CASE WHEN status = 'on_hold' THEN NULL
                                                     ELSE created_at + (due_at - created_at) * 3 / 4 END,
                           hold_remaining_ms = CASE WHEN status = 'on_hold' THEN (due_at - created_at) / 2 END
    WHERE due_at IS NOT NULL AND status IN ('new','accepted','assigned','in_progress','on_hold','reopened');
