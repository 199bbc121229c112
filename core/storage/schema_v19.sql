-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 19: what the citizens' own channels look up.
--
-- A report from an app, the web form or an e-mail finds its citizen by e-mail address as a call does by phone
-- number (case does not matter in an address); Open311's updated_after/updated_before read the requests by the
-- time they last changed.
CREATE INDEX IF NOT EXISTS citizen_email_address ON citizen_email(address COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS service_request_updated ON service_request(updated_at);
