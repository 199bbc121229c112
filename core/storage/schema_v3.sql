-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 3: row counts.
-- Counts for the status bar and dashboards, kept by triggers: count(*) over millions of rows would read
-- a whole index at every start.
CREATE TABLE row_count (
    name TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO row_count(name, n) VALUES ('citizen', (SELECT count(*) FROM citizen)),
                                      ('service_request', (SELECT count(*) FROM service_request));
CREATE TRIGGER citizen_counted AFTER INSERT ON citizen BEGIN UPDATE row_count SET n = n + 1 WHERE name = 'citizen'; END;
CREATE TRIGGER citizen_uncounted AFTER DELETE ON citizen BEGIN UPDATE row_count SET n = n - 1 WHERE name = 'citizen'; END;
CREATE TRIGGER service_request_counted AFTER INSERT ON service_request BEGIN UPDATE row_count SET n = n + 1 WHERE name = 'service_request'; END;
CREATE TRIGGER service_request_uncounted AFTER DELETE ON service_request BEGIN UPDATE row_count SET n = n - 1 WHERE name = 'service_request'; END;
