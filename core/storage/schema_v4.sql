-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 4: the operator desk.

-- Messages to citizens (confirmations, progress, surveys), queued here and sent by whoever holds a gateway.
CREATE TABLE notification (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    citizen_id TEXT NOT NULL REFERENCES citizen(id),
    request_id TEXT REFERENCES service_request(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('phone','sms','email','post')),
    address TEXT NOT NULL,            -- E.164 number or e-mail address
    kind TEXT NOT NULL CHECK (kind IN ('confirmation','progress','survey')),
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued','sent','failed')),
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);
CREATE INDEX notification_citizen ON notification(citizen_id, created_at);
CREATE INDEX notification_queued ON notification(created_at) WHERE status = 'queued';

-- Two citizen records found to be the same person: what the merged one was, so nothing is lost.
CREATE TABLE citizen_merge (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    survivor_id TEXT NOT NULL REFERENCES citizen(id),
    merged_id TEXT NOT NULL,
    merged_record TEXT NOT NULL,      -- JSON of the merged citizen as it was
    at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);
CREATE INDEX citizen_merge_survivor ON citizen_merge(survivor_id);

-- Duplicate suggestions: requests of one type in a time window, with their position, status and age in the index.
CREATE INDEX service_request_type_time ON service_request(service_type_id, created_at, status, lat, lon);

-- Calls a request was looked at or filed in, from the request's side.
CREATE INDEX call_request_request ON call_request(request_id);

-- What an operator was typing, saved as it is typed; never synced.
CREATE TABLE draft (
    key TEXT PRIMARY KEY,
    payload TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
