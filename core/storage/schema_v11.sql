-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 11: conflicts. Two desks edited one citizen's details from the same version (one of
-- them offline): the later edit by the hybrid clock stands and the other is kept here, whole, for both operators
-- to see. Written by the same command on the desk and on the server, so it travels like any row.
CREATE TABLE IF NOT EXISTS citizen_conflict (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenant(id),
    citizen_id TEXT NOT NULL REFERENCES citizen(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,              -- when it was found (the time of the edit that met the other)
    kept_by TEXT NOT NULL,            -- the user whose values stand
    kept_at INTEGER NOT NULL,
    lost_by TEXT NOT NULL,            -- the user whose values were set aside
    lost_at INTEGER NOT NULL,
    lost_values TEXT NOT NULL,        -- the citizen as that user saved it (JSON)
    updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS citizen_conflict_at ON citizen_conflict(at);
