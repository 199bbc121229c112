-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 2: the search index, derived from the domain tables and kept by this replica.
-- Citizen keys are folded (accent- and case-free) words, Greeklish skeletons, phone digits, e-mails and
-- tax ids, each behind a one-letter namespace: n (name), p (phone), e (e-mail), t (tax id).

CREATE TABLE citizen_key (
    key TEXT NOT NULL,
    citizen_rowid INTEGER NOT NULL,
    PRIMARY KEY (key, citizen_rowid)
) WITHOUT ROWID;

ALTER TABLE citizen ADD COLUMN search_keys TEXT NOT NULL DEFAULT '';

-- Tracking numbers without separators, upper case: "26K704512".
ALTER TABLE service_request ADD COLUMN tracking_key TEXT NOT NULL DEFAULT '';

-- Folded words of a request's description, address and type names.
CREATE VIRTUAL TABLE request_text USING fts5(body, content='', detail='none', tokenize='unicode61 remove_diacritics 0');

