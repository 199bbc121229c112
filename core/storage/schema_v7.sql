-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 7: the map.
-- The municipality's base map (JSON: {"kind":"xyz","url":…,"attribution":…,"maxZoom":…}, {"kind":"mbtiles","path":…}
-- or {} for the vector map drawn from the districts and the street gazetteer).
ALTER TABLE tenant ADD COLUMN map_config TEXT NOT NULL DEFAULT '{}';

-- The pending requests' places and what their markers show, read by the map in one pass over this index.
CREATE INDEX service_request_map ON service_request(lat, lon, status, priority, emergency, service_type_id, department_id, crew_id)
    WHERE status IN ('new','accepted','assigned','in_progress','on_hold','reopened') AND lat IS NOT NULL AND lon IS NOT NULL;

-- The heat map: requests received per month (year × 12 + month − 1, UTC) × service group × cell of 0.002° of
-- latitude by 0.002° of longitude (about 220 m × 175 m in southern Europe). cell = row × 200000 + column with
-- row = ⌊(lat + 90) × 500⌋ and column = ⌊(lon + 180) × 500⌋. A month of a whole city is some thousands of rows.
CREATE TABLE request_heat_month (
    group_id TEXT NOT NULL,
    month INTEGER NOT NULL,
    cell INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (group_id, month, cell)
) WITHOUT ROWID;

CREATE TRIGGER request_heat_insert_counted AFTER INSERT ON service_request
WHEN NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL
BEGIN
    INSERT INTO request_heat_month(group_id, month, cell, n)
    VALUES (ifnull((SELECT group_id FROM service_type WHERE id = NEW.service_type_id), ''),
            CAST(strftime('%Y', NEW.created_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.created_at / 1000, 'unixepoch') AS INTEGER) - 1,
            CAST((NEW.lat + 90) * 500 AS INTEGER) * 200000 + CAST((NEW.lon + 180) * 500 AS INTEGER), 1)
    ON CONFLICT(group_id, month, cell) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER request_heat_update_counted AFTER UPDATE OF created_at, service_type_id, lat, lon ON service_request
WHEN OLD.created_at IS NOT NEW.created_at OR OLD.service_type_id IS NOT NEW.service_type_id OR OLD.lat IS NOT NEW.lat OR OLD.lon IS NOT NEW.lon
BEGIN
    UPDATE request_heat_month SET n = n - 1
    WHERE OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL
      AND group_id = ifnull((SELECT group_id FROM service_type WHERE id = OLD.service_type_id), '')
      AND month = CAST(strftime('%Y', OLD.created_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.created_at / 1000, 'unixepoch') AS INTEGER) - 1
      AND cell = CAST((OLD.lat + 90) * 500 AS INTEGER) * 200000 + CAST((OLD.lon + 180) * 500 AS INTEGER);
    DELETE FROM request_heat_month WHERE n <= 0
      AND group_id = ifnull((SELECT group_id FROM service_type WHERE id = OLD.service_type_id), '');
    INSERT INTO request_heat_month(group_id, month, cell, n)
    SELECT ifnull((SELECT group_id FROM service_type WHERE id = NEW.service_type_id), ''),
           CAST(strftime('%Y', NEW.created_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', NEW.created_at / 1000, 'unixepoch') AS INTEGER) - 1,
           CAST((NEW.lat + 90) * 500 AS INTEGER) * 200000 + CAST((NEW.lon + 180) * 500 AS INTEGER), 1
    WHERE NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL
    ON CONFLICT(group_id, month, cell) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER request_heat_delete_counted AFTER DELETE ON service_request
WHEN OLD.lat IS NOT NULL AND OLD.lon IS NOT NULL
BEGIN
    UPDATE request_heat_month SET n = n - 1
    WHERE group_id = ifnull((SELECT group_id FROM service_type WHERE id = OLD.service_type_id), '')
      AND month = CAST(strftime('%Y', OLD.created_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', OLD.created_at / 1000, 'unixepoch') AS INTEGER) - 1
      AND cell = CAST((OLD.lat + 90) * 500 AS INTEGER) * 200000 + CAST((OLD.lon + 180) * 500 AS INTEGER);
    DELETE FROM request_heat_month WHERE n <= 0
      AND group_id = ifnull((SELECT group_id FROM service_type WHERE id = OLD.service_type_id), '');
END;

-- A type moved to another group takes its requests along.
CREATE TRIGGER request_heat_regroup_counted AFTER UPDATE OF group_id ON service_type
WHEN OLD.group_id IS NOT NEW.group_id
BEGIN
    INSERT INTO request_heat_month(group_id, month, cell, n)
    SELECT g, m, c, k FROM (
        SELECT v.g AS g,
               CAST(strftime('%Y', r.created_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', r.created_at / 1000, 'unixepoch') AS INTEGER) - 1 AS m,
               CAST((r.lat + 90) * 500 AS INTEGER) * 200000 + CAST((r.lon + 180) * 500 AS INTEGER) AS c,
               count(*) * v.sign AS k
        FROM service_request r, (SELECT ifnull(OLD.group_id, '') AS g, -1 AS sign UNION ALL SELECT ifnull(NEW.group_id, ''), 1) v
        WHERE r.service_type_id = NEW.id AND r.lat IS NOT NULL AND r.lon IS NOT NULL
        GROUP BY 1, 2, 3)
    WHERE true
    ON CONFLICT(group_id, month, cell) DO UPDATE SET n = n + excluded.n;
    DELETE FROM request_heat_month WHERE n <= 0 AND group_id = ifnull(OLD.group_id, '');
END;
