-- SPDX-License-Identifier: GPL-3.0-or-later
-- CivicDesk schema, version 8: stable keys. No implicit rowid is an identity: citizen and service_request get
-- `local_id INTEGER PRIMARY KEY` (this file's compact number of the row, kept by a dump and a restore; the
-- identity across stores stays the text `id`), made by rebuilding both tables after this script with the
-- values of the rowids they had. The search keys name that column.
ALTER TABLE citizen_key RENAME COLUMN citizen_rowid TO citizen_local_id;
