#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An import killed half-way keeps the batches it committed (the file is whole, every kept request counted in
# the dashboard's tables), and the same command run again completes it: every row once, the kept ones reported
# as already present. Meanwhile another writer gets the write lock between batches. Both ways: row by row
# (--bulk no), and in bulk (--bulk yes), where the killed import leaves its indexes and figures to be made and
# the next opening of the file for writing makes them.
set -u
BENCH="$1"
ADMIN="$2"
work=$(mktemp -d /tmp/civicdesk-resume-XXXXXX)
trap 'kill -9 $pid 2>/dev/null; rm -rf "$work"' EXIT
pid=
fail() { echo "FAIL: $*"; exit 1; }
# Enough rows (16 batches in bulk, 40 row by row) that the kill falls between two batches on a fast machine too.
rows=80000
# A municipality and a generated Open311 file of $rows rows (the import benchmark's own file, kept).
"$BENCH" import --db "$work/gen.civicdesk" --rows 2000 --keep-csv >/dev/null 2>&1 || fail "bench import"
"$ADMIN" generate --db "$work/empty.civicdesk" --country GR --citizens 1 --requests 0 --seed 3 >/dev/null 2>&1 || fail "generate"
python3 - "$work/gen.civicdesk.open311.csv" "$work/big.csv" "$rows" <<'PYEOF' || fail "making the file"
import csv, sys
src = list(csv.reader(open(sys.argv[1], newline='')))
head, body = src[0], src[1:]
w = csv.writer(open(sys.argv[2], 'w', newline=''))
w.writerow(head)
for i in range(int(sys.argv[3])):
    r = list(body[i % len(body)]); r[0] = str(300000000000 + i); w.writerow(r)
PYEOF
indexes() { sqlite3 "$work/city.civicdesk" "PRAGMA busy_timeout = 5000; SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'service_request'" 2>/dev/null | tail -1; }
count() { sqlite3 "$work/city.civicdesk" "PRAGMA busy_timeout = 5000; SELECT count(*) FROM service_request" 2>/dev/null | tail -1; }
figures() { sqlite3 "$work/city.civicdesk" "PRAGMA busy_timeout = 5000; SELECT (SELECT n FROM row_count WHERE name = 'service_request'), (SELECT sum(received_open311) FROM request_stats), (SELECT sum(received_open311) FROM request_stats_month), (SELECT sum(closed) FROM request_stats), (SELECT count(*) FROM service_request WHERE closed_at IS NOT NULL), (SELECT sum(n) FROM request_resolution), (SELECT sum(n) FROM request_heat_month), (SELECT count(*) FROM service_request WHERE lat IS NOT NULL), (SELECT sum(n) FROM request_backlog), (SELECT count(*) FROM service_request WHERE status = 'new')" 2>/dev/null | tail -1; }
consistent() {
    local f; f=$(figures)
    IFS='|' read -r counted received received_m closed closed_real resolved heat placed backlog open <<<"$f"
    local n; n=$(count)
    [ "$counted" = "$n" ] && [ "$received" = "$n" ] && [ "$received_m" = "$n" ] && [ "$closed" = "$closed_real" ] && [ "$resolved" = "$closed_real" ] \
        && [ "$heat" = "$placed" ] && [ "$backlog" = "$open" ] || fail "figures do not match the requests ($n): $f"
}

run() {
local bulk=$1
rm -f "$work"/city.civicdesk*
cp "$work/empty.civicdesk" "$work/city.civicdesk"
local all; all=$(indexes)
"$ADMIN" import-requests --db "$work/city.civicdesk" --open311-csv "$work/big.csv" --bulk "$bulk" >"$work/first.txt" 2>&1 &
pid=$!
# Kill it once a few batches have committed; meanwhile another writer must get in between two batches.
for _ in $(seq 1 600); do
    n=$(count); [ -n "$n" ] && [ "$n" -ge 4000 ] && break
    sleep 0.1
done
start=$(date +%s%N)
sqlite3 "$work/city.civicdesk" "PRAGMA busy_timeout = 10000; INSERT INTO local_setting(key, value) VALUES ('resume_probe', '1') ON CONFLICT(key) DO UPDATE SET value = '1'" \
    >/dev/null 2>&1 || fail "another writer did not get the write lock during the import"
waited=$(( ($(date +%s%N) - start) / 1000000 ))
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
pid=
kept=$(count)
[ "$kept" -ge 4000 ] && [ "$kept" -lt "$rows" ] || fail "expected a part kept, found $kept of $rows (first run: $(tail -3 "$work/first.txt"))"
[ "$(sqlite3 "$work/city.civicdesk" 'PRAGMA integrity_check')" = "ok" ] || fail "the file is damaged after the kill"
if [ "$bulk" = yes ]; then
    pending=$(sqlite3 "$work/city.civicdesk" "SELECT count(*) FROM local_setting WHERE key = 'import.deferred-upkeep'")
    [ "$pending" = 1 ] && [ "$(indexes)" -lt "$all" ] || fail "a killed bulk import should leave its indexes to be made ($pending, $(indexes) of $all indexes)"
    "$ADMIN" info --db "$work/city.civicdesk" >"$work/info.txt" 2>&1 || fail "info after the kill: $(tail -3 "$work/info.txt")"
    grep -q "stopped before its end" "$work/info.txt" || fail "opening the file did not say it finishes the killed import"
    [ "$(indexes)" = "$all" ] || fail "after opening, $(indexes) of $all indexes"
    [ "$(sqlite3 "$work/city.civicdesk" "SELECT count(*) FROM local_setting WHERE key = 'import.deferred-upkeep'")" = 0 ] || fail "the record of the put-off work stays"
fi
consistent

out=$("$ADMIN" import-requests --db "$work/city.civicdesk" --open311-csv "$work/big.csv" --bulk "$bulk" 2>&1) || fail "the second run failed: $out"
echo "$out" | grep -q "$rows read, $((rows - kept)) imported, 0 skipped, $kept already present" || fail "second run: $(echo "$out" | tail -2)"
[ "$(count)" = "$rows" ] || fail "after the second run $(count) requests, not $rows"
dupes=$(sqlite3 "$work/city.civicdesk" "SELECT count(*) - count(DISTINCT external_id) FROM service_request")
[ "$dupes" = 0 ] || fail "$dupes requests twice"
seqs=$(sqlite3 "$work/city.civicdesk" "SELECT count(DISTINCT tracking_number) FROM service_request")
[ "$seqs" = "$rows" ] || fail "tracking numbers not unique"
[ "$(indexes)" = "$all" ] || fail "after the second run, $(indexes) of $all indexes"
consistent
echo "ok (--bulk $bulk): killed with $kept of $rows kept, another writer waited ${waited} ms for the lock, the second run completed"
}
run no
run yes
