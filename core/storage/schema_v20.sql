-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 20: e-mails from citizens, waiting at the dispatch desk.
--
-- A message read from the municipality's mailbox waits here until an operator files it as a request (or joins
-- it to one) or sets it aside; a reply to a notification goes to its request as a note and is not kept here.
-- The message's own Message-ID keeps a message read twice (the mailbox was not told in time) from coming twice.
CREATE TABLE inbound_mail (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    message_id TEXT NOT NULL,          -- the Message-ID header, or a digest of the message when it has none
    received_at INTEGER NOT NULL,
    from_address TEXT NOT NULL,
    from_name TEXT NOT NULL DEFAULT '',
    citizen_id TEXT,                   -- the sender as a citizen of the registry (found or registered)
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    photos TEXT NOT NULL DEFAULT '[]', -- JSON: the image attachments kept in the photo store
    problems TEXT NOT NULL DEFAULT '', -- what was not kept, in plain words (an attachment too large, not a photo)
    status TEXT NOT NULL CHECK (status IN ('waiting','filed','set_aside')),
    request_id TEXT,                   -- filed: the request it became or joined
    handled_by TEXT NOT NULL DEFAULT '',
    handled_at INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',   -- set aside: why
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
    UNIQUE (tenant_id, message_id)
);
CREATE INDEX inbound_mail_waiting ON inbound_mail(tenant_id, status, received_at);
