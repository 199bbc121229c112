-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 10: synchronisation. The same file is a desk's replica or a tenant's store on the
-- server; the tables below are empty and unused by a desk that works alone. The triggers that fill the change
-- log (server) or the dirty keys (desk) are made by SyncStore from the synced tables' columns.

-- Server: one row. seq is the tenant's commit-ordered change sequence: every write transaction moves it by one
-- before it writes (one writer at a time, so the order of seq is the order of commits); epoch changes when the
-- data is replaced wholesale (a bulk load, a restore), and a desk of another epoch starts again from a snapshot.
CREATE TABLE IF NOT EXISTS sync_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    epoch TEXT NOT NULL
);

-- Server: the rows each transaction changed (their sync keys, JSON arrays), by the seq of the transaction.
CREATE TABLE IF NOT EXISTS sync_change (
    seq INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (seq, tbl, key)
) WITHOUT ROWID;

-- Server: every mutation a desk pushed, applied or rejected, with what it answered; a mutation pushed again is
-- answered from here (a replay is a no-op answered like the first time).
CREATE TABLE IF NOT EXISTS sync_mutation (
    client_id TEXT NOT NULL,
    mutation_id INTEGER NOT NULL,
    command_id TEXT NOT NULL,
    name TEXT NOT NULL,
    user_id TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('applied','rejected')),
    code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '{}',
    seq INTEGER NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (client_id, mutation_id)
) WITHOUT ROWID;

-- Desk: the commands made here and not yet answered by the server, in the order they were made.
CREATE TABLE IF NOT EXISTS sync_outbox (
    mutation_id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    at INTEGER NOT NULL
);

-- Desk: the rows its unanswered commands changed (sync keys), set back to the server's values before a rebase.
CREATE TABLE IF NOT EXISTS sync_dirty (
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) WITHOUT ROWID;

-- Desk: one row; capturing is 1 while a command of this desk runs (its changes are then dirty).
CREATE TABLE IF NOT EXISTS sync_capture (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    capturing INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO sync_capture(id, capturing) VALUES (1, 0);

-- Desk: commands the server refused, kept to be explained to the operator who made them.
CREATE TABLE IF NOT EXISTS sync_rejection (
    mutation_id INTEGER PRIMARY KEY,
    command TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at INTEGER NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0
);
