#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a Debian 12 machine for CivicDesk, builds it, and runs the client or the tests.
#   bash packaging/dev.sh run [client options]   install what is missing, build, open the demo municipality
#   bash packaging/dev.sh test                   install what is missing, build with warnings as errors, run every test
#   bash packaging/dev.sh deps | build | bench-data
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Debian 12 packages: toolchain, Qt 6.4 modules and tools, SQL drivers, libraries, and what tests and
# screenshots use (Xvfb, fonts with Greek, poppler for PDF checks, aiosmtpd and Kannel as the mail server and SMS gateway of the notification tests,
# Dovecot as the IMAP server of the e-mail intake's tests, nginx as the static-file server the Open311 benchmark measures against,
# headless Chromium and its WebDriver for the citizens' web pages, PostgreSQL 15 as the large deployment's store and
# HAProxy as the load balancer in front of several server instances).
packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-positioning-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev libpq-dev libcurl4-openssl-dev libphonenumber-dev libsodium-dev catch2
    libosmium2-dev libprotozero-dev zlib1g-dev
    xvfb xauth fonts-noto-core poppler-utils tzdata python3 sqlite3 python3-aiosmtpd kannel kannel-extras nginx dovecot-imapd
    chromium chromium-driver postgresql-15 haproxy
    lintian desktop-file-utils appstream shared-mime-info groff-base
    clang libclang-rt-14-dev
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "Installing packages needs root or sudo: $*" >&2; exit 1; fi
}

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update
        # Services a package would start (nginx on port 80) stay stopped: the tests start their own, on loopback.
        local policy=""
        if [ ! -e /usr/sbin/policy-rc.d ]; then
            policy=/usr/sbin/policy-rc.d
            printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null && as_root chmod +x "$policy"
        fi
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
        [ -z "$policy" ] || as_root rm -f "$policy"
    fi
}

build() {
    local dir="$1"; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}

case "${1:-}" in
deps)
    deps ;;
build)
    deps; build build ;;
run)
    shift
    deps; build build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the client in a virtual X server (xvfb-run)." >&2
        exec xvfb-run -a -s "-screen 0 1280x800x24" build/bin/civicdesk --demo "$@"
    fi
    exec build/bin/civicdesk --demo "$@" ;;
test)
    deps
    # Optimised as the client is, without the debugger's tables of local variables: about a quarter less compile time
    # (backtraces still name the functions).
    build build-ci -DCIVICDESK_WERROR=ON "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g0 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g0 -DNDEBUG"
    export QT_QPA_PLATFORM=offscreen
    # A throwaway PostgreSQL cluster on loopback for the server's tests on that store; stopped whatever happens.
    pg="$(mktemp -d /tmp/civicdesk-pg.XXXXXX)"
    trap 'bash packaging/pg-cluster.sh stop "$pg"; rm -rf "$pg" "${tmp:-}"' EXIT
    CIVICDESK_TEST_PG="$(bash packaging/pg-cluster.sh start "$pg")"
    export CIVICDESK_TEST_PG
    ctest --test-dir build-ci --output-on-failure --parallel "$(nproc)" --timeout 900
    # The Debian packages: built, lintian, validators, installed, run, purged (tests/packaging/packages.sh).
    as_root bash tests/packaging/packages.sh build-ci
    # The request parsers under libFuzzer (clang, address and undefined-behaviour sanitizers), for a bounded time.
    bash packaging/fuzz.sh 45
    # The command-line tools end to end on a small demo municipality.
    tmp="$(mktemp -d)"
    build-ci/bin/civicdesk-admin generate --db "$tmp/demo.civicdesk" --citizens 2000 --requests 8000 --seed 1 --until 2026-11-01
    # The hits are read whole before they are checked: grep -q would leave at the first match and the tool,
    # writing its next line into a closed pipe, would die of SIGPIPE (exit 141 under pipefail).
    hits="$(build-ci/bin/civicdesk-admin search --db "$tmp/demo.civicdesk" --limit 3 papadopoulos)"
    printf '%s\n' "$hits"
    grep -q "^citizen" <<<"$hits" || { echo "search found no citizen for papadopoulos" >&2; exit 1; }
    build-ci/bin/civicdesk-bench lookup --db "$tmp/demo.civicdesk"
    build-ci/bin/civicdesk-bench lookup --db "$tmp/demo.civicdesk" --mix fixed
    # A real OpenStreetMap extract as the gazetteer, and an address looked up in it (when the shared data is there).
    if [ -f ../shared/data/osm/monaco.osm.pbf ]; then
        build-ci/bin/civicdesk-admin init --db "$tmp/monaco.civicdesk" --name Monaco --country MC --time-zone Europe/Monaco
        build-ci/bin/civicdesk-admin import-streets --db "$tmp/monaco.civicdesk" --osm ../shared/data/osm/monaco.osm.pbf --districts-admin-level 10
        place="$(build-ci/bin/civicdesk-admin geocode --db "$tmp/monaco.civicdesk" "avenue des papalins 6")"
        printf '%s\n' "$place"
        grep -q "^Avenue des Papalins 6	43.729.*Fontvieille$" <<<"$place" || { echo "geocode did not place Avenue des Papalins 6" >&2; exit 1; }
    fi
    # Import speed: a generated Open311 history of a large city's size (320,000 rows) into a fresh municipality.
    build-ci/bin/civicdesk-bench import --db "$tmp/import.civicdesk" --rows 320000
    build-ci/bin/civicdesk-bench open --db "$tmp/demo.civicdesk"
    QT_QPA_PLATFORM=offscreen build-ci/bin/civicdesk-bench screenpop --db "$tmp/demo.civicdesk"
    QT_QPA_PLATFORM=offscreen build-ci/bin/civicdesk-bench duplicates --db "$tmp/demo.civicdesk"
    QT_QPA_PLATFORM=offscreen build-ci/bin/civicdesk-bench queue --db "$tmp/demo.civicdesk"
    QT_QPA_PLATFORM=offscreen build-ci/bin/civicdesk-bench dashboard --db "$tmp/demo.civicdesk"
    QT_QPA_PLATFORM=offscreen build-ci/bin/civicdesk-bench map --db "$tmp/demo.civicdesk"
    # The sync server over real HTTP on loopback: a 2,000/8,000 municipality, 50 desks, 1,000 idle ones.
    build-ci/bin/civicdesk-bench sync --seconds 5
    # PostgreSQL at a small scale: a 2,000/8,000 city loaded, three instances behind HAProxy, 100 desks, the same mix
    # on SQLite (the full-scale run is by hand: README, "Large deployments").
    build-ci/bin/civicdesk-bench scale --postgres "$CIVICDESK_TEST_PG" --citizens 2000 --requests 8000 --desks 100 --seconds 5
    build-ci/bin/civicdesk-bench notify
    build-ci/bin/civicdesk-bench open311
    ;;
bench-data)
    # The large database of the benchmarks: 1,000,000 citizens and 3,000,000 requests (about 9 GB, 7 minutes).
    deps; build build
    out="${2:-build/bench-1m-3m.civicdesk}"
    build/bin/civicdesk-admin generate --db "$out" --citizens 1000000 --requests 3000000 --seed 42 --until 2026-11-01 ;;
*)
    sed -n '3,6p' "$0" | sed 's/^# //'; exit 2 ;;
esac
