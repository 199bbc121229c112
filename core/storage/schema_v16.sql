-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 16: messages to citizens sent, not only queued.
--
-- A message stays 'queued' until its sending is known to have worked ('sent') or known never to work ('failed',
-- with the reason). An attempt begun is recorded before it is made (sending_since, and the message's own id that
-- every attempt carries: the e-mail's Message-ID), so an attempt cut short by a crash is made again with the same
-- id, never as a new message.
ALTER TABLE notification ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN sending_since INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
ALTER TABLE notification ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
DROP INDEX notification_queued;
CREATE INDEX notification_due ON notification(next_attempt_at, created_at) WHERE status = 'queued';
