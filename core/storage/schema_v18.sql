-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 18: what became of a message after it left, and how a citizen said no.
--
-- delivery: what the SMS gateway's delivery reports said of a message sent ('' none came; 'accepted' by the
-- carrier, 'queued' at the carrier, 'delivered' to the phone, 'undelivered', 'refused' by the carrier), at
-- delivered_at. A consent's source: who set it last ('' at the desk; 'email-link' the citizen's own opt-out link
-- in an e-mail; 'sms-stop' the citizen's STOP answered to an SMS).
ALTER TABLE notification ADD COLUMN delivery TEXT NOT NULL DEFAULT ''
    CHECK (delivery IN ('', 'accepted', 'queued', 'delivered', 'undelivered', 'refused'));
ALTER TABLE notification ADD COLUMN delivered_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE citizen_consent ADD COLUMN source TEXT NOT NULL DEFAULT ''
    CHECK (source IN ('', 'email-link', 'sms-stop'));
