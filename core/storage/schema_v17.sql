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

-- An e-mail's subject and HTML, written when it is queued as its text is.
ALTER TABLE notification ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE notification ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
