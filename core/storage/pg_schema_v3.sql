-- SPDX-License-Identifier: GPL-3.0-or-later
-- Partial replicas: a desk holding only part of its municipality's requests cannot count the dashboard's figures
-- from its own rows, so the server's summary tables travel to it. Their changes are logged as the synced tables'
-- are (SyncStore::summaryTables; whole replicas are not sent them and count their own).
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON request_stats FOR EACH ROW EXECUTE FUNCTION cd_sync_log('day', 'department_id', 'service_type_id', 'district_id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON request_resolution FOR EACH ROW EXECUTE FUNCTION cd_sync_log('day', 'department_id', 'service_type_id', 'district_id', 'bucket');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON request_stats_month FOR EACH ROW EXECUTE FUNCTION cd_sync_log('month', 'department_id', 'service_type_id', 'district_id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON request_resolution_month FOR EACH ROW EXECUTE FUNCTION cd_sync_log('month', 'department_id', 'service_type_id', 'district_id', 'bucket');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON request_backlog FOR EACH ROW EXECUTE FUNCTION cd_sync_log('status', 'department_id', 'service_type_id', 'district_id');
CREATE TRIGGER sync_log AFTER INSERT OR UPDATE OR DELETE ON request_heat_month FOR EACH ROW EXECUTE FUNCTION cd_sync_log('group_id', 'month', 'cell');
-- A request fetched on demand by its tracking number as typed (dashes or none; SyncStore::requestsByTracking).
CREATE INDEX service_request_tracking_plain ON service_request (tenant_code, replace(upper(tracking_number), '-', ''));

-- The change sequence taken at the end of a transaction, not at its start (SyncStore::write): the rows a
-- transaction logs wait under its own negative transaction id, and the last statement before the commit moves the
-- tenant's clock and gives them its seq. The clock's row is then locked from there to the commit only, instead of
-- for every statement of the change: instances write side by side and still commit in seq order.
CREATE OR REPLACE FUNCTION cd_sync_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sync_clock WHERE id = 1) THEN
        RETURN NULL;
    END IF;
    s := -txid_current();
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO sync_change(seq, tbl, key) VALUES (s, TG_TABLE_NAME, cd_sync_key(to_jsonb(NEW), TG_ARGV)) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO sync_change(seq, tbl, key) VALUES (s, TG_TABLE_NAME, cd_sync_key(to_jsonb(OLD), TG_ARGV)) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
-- The ledger's entries of a transaction wait under the same negative id (SyncStore::record), found by this index.
CREATE INDEX sync_mutation_pending ON sync_mutation (tenant_code, seq) WHERE seq < 0;
