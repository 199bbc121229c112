-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 17: the words of the messages to citizens, as the municipality writes them.
--
-- A template the municipality has not written is CivicDesk's own (built into the program, in every language it
-- speaks); a row here replaces it for one event, language and channel. The row's id is made of those three, so
-- two desks writing the same template write the same row.
CREATE TABLE message_template (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    event TEXT NOT NULL,          -- received, linked, accepted, scheduled, resolved, rejected, closed, survey
    language TEXT NOT NULL,       -- en, el, ro, it, ca, es
    channel TEXT NOT NULL CHECK (channel IN ('sms','email')),
    subject TEXT NOT NULL DEFAULT '',   -- e-mail only
    body TEXT NOT NULL,                 -- the text, with {placeholders}
    body_html TEXT NOT NULL DEFAULT '', -- e-mail only; empty: made from the text
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    UNIQUE (tenant_id, event, language, channel)
);

-- Targeted messages: a municipality writes to a group of citizens (a water cut in a district), chosen by where
-- they live, what they have reported and what kind of contact they are, among those who agreed to messages.
CREATE TABLE campaign (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    title TEXT NOT NULL,
    criteria TEXT NOT NULL,             -- JSON: districts, types, kinds (each empty: any)
    texts TEXT NOT NULL,                -- JSON: language → {subject, body}; the municipality's main language always
    rate_per_minute INTEGER NOT NULL CHECK (rate_per_minute > 0),
    recipients INTEGER NOT NULL,        -- messages queued
    without_consent INTEGER NOT NULL,   -- citizens chosen who agreed to no channel (nothing queued for them)
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);

-- A member of staff's e-mail, and whether they want their assignments and escalations by e-mail too.
ALTER TABLE app_user ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE app_user ADD COLUMN notify_by_email INTEGER NOT NULL DEFAULT 0;

-- The outbox holds messages to staff (assignments, escalations) and targeted messages too: a message is to a
-- citizen or to a member of staff, about a request, a campaign or neither; an e-mail has its subject and HTML,
-- written when it is queued as its text is.
CREATE TABLE notification_v17 (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    citizen_id TEXT REFERENCES citizen(id),
    request_id TEXT REFERENCES service_request(id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('phone','sms','email','post')),
    address TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('confirmation','progress','survey','staff','targeted')),
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued','sent','failed')),
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    sending_since INTEGER NOT NULL DEFAULT 0,
    message_id TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    user_id TEXT REFERENCES app_user(id),
    campaign_id TEXT REFERENCES campaign(id) ON DELETE CASCADE,
    CHECK (citizen_id IS NOT NULL OR user_id IS NOT NULL)
);
INSERT INTO notification_v17(id, tenant_id, citizen_id, request_id, channel, address, kind, language, body, status, created_at,
                             sent_at, updated_at, updated_by, message, attempts, next_attempt_at, sending_since, message_id,
                             last_error)
    SELECT id, tenant_id, citizen_id, request_id, channel, address, kind, language, body, status, created_at, sent_at, updated_at,
           updated_by, message, attempts, next_attempt_at, sending_since, message_id, last_error
    FROM notification;
DROP TABLE notification;
ALTER TABLE notification_v17 RENAME TO notification;
CREATE INDEX notification_citizen ON notification(citizen_id, created_at);
CREATE INDEX notification_due ON notification(next_attempt_at, created_at) WHERE status = 'queued';
CREATE INDEX notification_campaign ON notification(campaign_id, status) WHERE campaign_id IS NOT NULL;
