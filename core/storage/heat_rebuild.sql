-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rebuilds the heat map's counts from the requests: after a bulk load, and when migrating to schema 7.
DELETE FROM request_heat_month;
INSERT INTO request_heat_month(group_id, month, cell, n)
    SELECT ifnull(t.group_id, ''),
           cd_utc_month(r.created_at),
           CAST((r.lat + 90) * 500 AS INTEGER) * 200000 + CAST((r.lon + 180) * 500 AS INTEGER), count(*)
    FROM service_request r LEFT JOIN service_type t ON t.id = r.service_type_id
    WHERE r.lat IS NOT NULL AND r.lon IS NOT NULL
    GROUP BY 1, 2, 3;
