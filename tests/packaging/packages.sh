#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages, as an IT department uses them: built from the build tree BUILD, checked by lintian and
# the desktop validators, installed with apt, run (the desk offscreen on a demo file given as a double click
# gives it, the tools, the server as the packaged service or, without systemd, as its user with the packaged
# configuration, answering /health), then purged, with no file of theirs left behind. Needs root; changes the
# machine (it is what CI machines are for).
set -euo pipefail
BUILD="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "installing packages needs root"
cmake --build "$BUILD" --target civicdesk_package_files >/dev/null
rm -f "$BUILD"/civicdesk*_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
desk=$(realpath "$BUILD"/civicdesk_*_amd64.deb); server=$(realpath "$BUILD"/civicdesk-server_*_amd64.deb)
echo "packages: $(basename "$desk") ($(du -k "$desk" | cut -f1) kB), $(basename "$server") ($(du -k "$server" | cut -f1) kB)"

if ! findings=$(lintian --fail-on error,warning "$desk" "$server" 2>&1); then
    grep -v "running with root privileges" <<<"$findings" >&2
    fail "lintian"
fi
work=$(mktemp -d /tmp/civicdesk-packages-XXXXXX)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
dpkg-deb -x "$desk" "$work/desk"
desktop-file-validate "$work/desk/usr/share/applications/org.civicdesk.CivicDesk.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/desk/usr/share/metainfo/org.civicdesk.CivicDesk.metainfo.xml" || fail "appstreamcli validate"

DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$desk" "$server" >"$work/apt.log" 2>&1 \
    || { tail -20 "$work/apt.log"; fail "apt-get install"; }
dpkg -L civicdesk civicdesk-server | sort -u >"$work/files"
admin_help=$(civicdesk-admin --help) && grep -q "import-requests" <<<"$admin_help" || fail "civicdesk-admin --help"
civicdesk-admin --version
civicdesk-server --version
QT_QPA_PLATFORM=offscreen civicdesk --version
for page in civicdesk.1 civicdesk-admin.1; do [ -f "/usr/share/man/man1/$page.gz" ] || fail "no manual page $page"; done
[ -f /usr/share/man/man8/civicdesk-server.8.gz ] || fail "no manual page civicdesk-server(8)"
[ -f /usr/share/bash-completion/completions/civicdesk-admin ] || fail "no bash completion"
if [ -x /usr/bin/update-mime-database ]; then
    grep -q "x-civicdesk" /usr/share/mime/globs2 || fail "the MIME type of .civicdesk files is not registered"
fi

# The desk, offscreen, on a demo file passed as a file manager passes it (Exec=civicdesk %f).
civicdesk-admin generate --db "$work/demo.civicdesk" --country GR --citizens 200 --requests 800 --seed 5 >/dev/null 2>&1 || fail "generate"
chmod -R a+rwX "$work"
out=$(timeout 60 runuser -u nobody -- env HOME="$work" QT_QPA_PLATFORM=offscreen \
      civicdesk --print-rss-and-quit "$work/demo.civicdesk" 2>&1) || fail "the desk did not start on the demo file: $out"
grep -q "^request_rows_loaded [1-9]" <<<"$out" || fail "the desk showed no requests: $out"
echo "the desk opened the demo file: $(grep -E '^(client_rss_mb|request_rows_loaded)' <<<"$out" | tr '\n' ' ')"

# The service.
systemd-analyze verify /lib/systemd/system/civicdesk-server.service || fail "systemd-analyze verify"
getent passwd civicdesk >/dev/null || fail "no civicdesk system user"
[ -f /etc/civicdesk/server.conf ] || fail "no /etc/civicdesk/server.conf"
health() { python3 -c 'import sys, urllib.request; sys.exit(0 if urllib.request.urlopen("http://127.0.0.1:8470/health", timeout=2).status == 200 else 1)' 2>/dev/null; }
if [ -d /run/systemd/system ]; then
    systemctl is-enabled civicdesk-server >/dev/null || fail "the service is not enabled"
    for _ in $(seq 1 50); do health && break; sleep 0.2; done
    health || fail "the service does not answer /health ($(systemctl status civicdesk-server --no-pager 2>&1 | tail -5))"
    echo "the civicdesk-server service runs and answers /health"
else
    # No systemd here (a container): the service's command, as its user, with the packaged configuration.
    runuser -u civicdesk -- /usr/bin/civicdesk-server --config /etc/civicdesk/server.conf >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 50); do health && break; sleep 0.2; done
    health || fail "civicdesk-server as the civicdesk user does not answer /health: $(tail -5 "$work/server.log")"
    [ -f /var/lib/civicdesk/server.db ] || fail "the server made no /var/lib/civicdesk/server.db"
    kill -TERM "$server_pid"; wait "$server_pid" || true; server_pid=
    echo "no systemd here: civicdesk-server ran as the civicdesk user with the packaged configuration and answered /health"
fi

DEBIAN_FRONTEND=noninteractive apt-get purge -y civicdesk civicdesk-server >"$work/purge.log" 2>&1 || { tail -20 "$work/purge.log"; fail "apt-get purge"; }
left=()
while read -r f; do
    if [ -f "$f" ] || { [ -L "$f" ] && [ ! -d "$f" ]; }; then left+=("$f"); fi
done <"$work/files"
[ ${#left[@]} = 0 ] || fail "left behind after purge: ${left[*]}"
for d in /etc/civicdesk /var/lib/civicdesk; do [ ! -e "$d" ] || fail "$d left behind after purge"; done
echo "ok: both packages built, lintian clean, validated, installed, run and purged with nothing left ($(wc -l <"$work/files") paths)"
