#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster on loopback, for the tests and the benchmarks.
#   bash packaging/pg-cluster.sh start DIR   initdb into DIR (as the postgres user when run as root), start it on a
#                                            free port; prints the connection string (also in DIR/conninfo)
#   bash packaging/pg-cluster.sh stop DIR    stops it (fast shutdown); DIR stays for a look, rm -rf it after
#   bash packaging/pg-cluster.sh restart DIR stops it and starts it again (fast: connections are cut, the
#                                            transactions in flight are lost); a start after a stop or a
#                                            restart keeps the port, so the connection string stays the same
# The cluster trusts loopback connections of its one role, civicdesk: it holds nothing but test data.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
cmd="${1:-}"; dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { sed -n '3,10p' "$0" | sed 's/^# //'; exit 2; }
[ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is not installed (package postgresql-15)." >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "$cmd" in
start)
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -U civicdesk --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # The port of the last start, when there was one: the same connection string as before.
    port="$(sed -n 's/.*port=\([0-9]*\).*/\1/p' "$dir/conninfo" 2>/dev/null || true)"
    [ -n "$port" ] || port="$(free_port)"
    # fsync off: a throwaway cluster's crash is a lost test run, not lost data.
    as_owner "$bin/pg_ctl" -w -t 60 -D "$dir/data" -l "$dir/server.log" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=256MB" \
        start >/dev/null || { tail -20 "$dir/server.log" >&2; exit 1; }
    echo "host=127.0.0.1 port=$port user=civicdesk dbname=postgres" | tee "$dir/conninfo"
    ;;
stop)
    [ -f "$dir/data/postmaster.pid" ] || exit 0
    as_owner "$bin/pg_ctl" -w -t 60 -D "$dir/data" -m fast stop >/dev/null || true
    ;;
restart)
    bash "$0" stop "$dir"
    bash "$0" start "$dir"
    ;;
*)
    sed -n '3,10p' "$0" | sed 's/^# //'; exit 2 ;;
esac
