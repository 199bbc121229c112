#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A database this user may only read opens for reading: info, search and report work, a change is refused with
# the file and the permission named, and a file in a read-only folder with changes still in its -wal file is
# refused with what to do. Run as root (as CI does), the commands run as the unprivileged user nobody, since
# permissions do not bind root.
set -u
ADMIN="$1"
work=$(mktemp -d /tmp/civicdesk-readonly-XXXXXX)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
chmod 755 "$work"
fail() { echo "FAIL: $*"; exit 1; }
as_user() {
    if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
"$ADMIN" generate --db "$work/city.civicdesk" --country GR --citizens 200 --requests 600 --seed 5 --until 2026-11-30 >/dev/null 2>&1 \
    || fail "generate"
phone=$(sqlite3 "$work/city.civicdesk" "SELECT phone_e164 FROM citizen WHERE phone_e164 <> '' LIMIT 1" 2>/dev/null)

# 1. The file is read-only, its folder writable by the user.
mkdir "$work/a" && cp "$work/city.civicdesk" "$work/a/" && chmod 444 "$work/a/city.civicdesk"
[ "$(id -u)" = 0 ] && chown 65534 "$work/a"
out=$(as_user "$ADMIN" info --db "$work/a/city.civicdesk" 2>&1) || fail "info on a read-only file: $out"
echo "$out" | grep -q "read-only.*r--r--r--" || fail "info does not say read-only: $out"
echo "$out" | grep -q "requests	600" || fail "info does not count: $out"
out=$(as_user "$ADMIN" search --db "$work/a/city.civicdesk" "${phone:-6900000000}" 2>&1) || fail "search on a read-only file: $out"
out=$(as_user "$ADMIN" report --db "$work/a/city.civicdesk" --kind per-status --from 2026-01-01 --to 2026-11-30 --format csv --out "$work/a/status.csv" 2>&1) \
    || fail "report on a read-only file: $out"
echo '{"timeZone": "Europe/Athens"}' > "$work/calendar.json" && chmod 644 "$work/calendar.json"
out=$(as_user "$ADMIN" calendar --db "$work/a/city.civicdesk" --set "$work/calendar.json" 2>&1) && fail "a change was not refused: $out"
echo "$out" | grep -qi "read-only" || fail "the refusal does not say read-only: $out"
cmp -s "$work/city.civicdesk" "$work/a/city.civicdesk" || fail "the read-only file changed"

# 2. The folder is read-only: read as unchanging.
mkdir "$work/b" && cp "$work/city.civicdesk" "$work/b/"
[ "$(id -u)" = 0 ] && chown 65534 "$work/b/city.civicdesk" # the user's own file: only the folder stops writes
chmod 555 "$work/b"
out=$(as_user "$ADMIN" info --db "$work/b/city.civicdesk" 2>&1) || fail "info in a read-only folder: $out"
echo "$out" | grep -q "read-only.*folder" || fail "info does not name the folder: $out"
out=$(as_user "$ADMIN" report --db "$work/b/city.civicdesk" --kind per-type --from 2026-01-01 --to 2026-11-30 --format csv --out "$work/a/types.csv" 2>&1) \
    || fail "report in a read-only folder: $out"

# 3. The folder is read-only and changes wait in the -wal file: refused, with what to do.
mkdir "$work/c"
python3 - "$work/city.civicdesk" "$work/c" <<'PY' || fail "could not make a file with a pending -wal"
import shutil, sqlite3, sys
src, dest = sys.argv[1], sys.argv[2]
shutil.copy(src, dest + "/city.civicdesk")
db = sqlite3.connect(dest + "/city.civicdesk")
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("INSERT INTO local_setting(key, value) VALUES ('pending', '1')")
db.commit()
shutil.copy(dest + "/city.civicdesk-wal", dest + "/kept-wal")
db.close()
shutil.move(dest + "/kept-wal", dest + "/city.civicdesk-wal")
PY
rm -f "$work/c/city.civicdesk-shm"
chmod 555 "$work/c"
out=$(as_user "$ADMIN" info --db "$work/c/city.civicdesk" 2>&1) && fail "a pending -wal in a read-only folder was not refused: $out"
echo "$out" | grep -q "city.civicdesk-wal" || fail "the refusal does not name the -wal file: $out"
echo "ok"
