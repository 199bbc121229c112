-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 9: codes, not translated text, in the data. What the product itself writes into a
-- request's history or an alert is a message: JSON {"code":…,"args":[…]} that the reader renders in their
-- language. `body` keeps what a person wrote (a note, a reason, a comment) and the old free text that could not
-- be read back. Rows written before are converted after this script where their text can be read back.
ALTER TABLE request_event ADD COLUMN message TEXT NOT NULL DEFAULT '';
ALTER TABLE alert ADD COLUMN coded TEXT NOT NULL DEFAULT '';
-- A message to a citizen keeps what it says as a code and arguments too (tracking number, type id, detail), so
-- that it can be rendered again in any language; body is the text as queued, in the citizen's language.
ALTER TABLE notification ADD COLUMN message TEXT NOT NULL DEFAULT '';
-- The history stays append-only; the conversion below is the one rewrite, done with the guard lifted.
DROP TRIGGER request_event_no_update;
