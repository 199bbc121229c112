-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 12: the open requests past their deadline, found without reading every request.
-- The dashboard counts them beside the deadlines met, so that a compliance figure never leaves out the requests
-- that are late and still open. On hold is left out: its deadline clock is stopped.
CREATE INDEX IF NOT EXISTS service_request_open_due ON service_request(due_at)
    WHERE status IN ('new', 'accepted', 'assigned', 'in_progress', 'reopened') AND due_at IS NOT NULL;
