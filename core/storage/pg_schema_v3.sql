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
