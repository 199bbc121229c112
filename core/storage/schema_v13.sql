-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 13: how each call ended, and what the dashboard's headline figures read.
-- A call that files nothing still counts: information given, a question about a request, a complaint, a
-- transfer. Calls are counted per period by when they started; the open requests' ages read from a partial
-- index of the open ones only (on hold included: they wait too).
ALTER TABLE phone_call ADD COLUMN outcome TEXT;
ALTER TABLE phone_call ADD COLUMN outcome_note TEXT;
CREATE INDEX IF NOT EXISTS phone_call_started ON phone_call(started_at);
CREATE INDEX IF NOT EXISTS service_request_open_created ON service_request(created_at)
    WHERE status IN ('new', 'accepted', 'assigned', 'in_progress', 'on_hold', 'reopened');
