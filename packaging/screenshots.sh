#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots of the real client in a virtual X server, on generated demo municipalities
# (never on the shared real data). Needs the tools below; installs them when missing.
#   bash packaging/screenshots.sh [build dir] [output dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
out="${2:-$here/resources/screenshots}"
for tool in xvfb-run xdotool import sqlite3; do
    command -v "$tool" >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth xdotool imagemagick sqlite3; break; }
done
home="$(mktemp -d)"; trap 'rm -rf "$home"' EXIT
# The main window ("<municipality> — CivicDesk"), not the progress dialog the first start shows while the demo
# municipality is made; waited for up to four minutes on a busy machine.
main_window='— CivicDesk$'

mkdir -p "$out"

# One shot: start the client on a demo municipality, type into the search box, photograph the screen.
shot() { # country language typed-text file
    xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$@" <<SCRIPT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config-\$1-\$2"
"$build/bin/civicdesk" --demo --demo-country "\$1" --lang "\$2" --user operator1 &
pid=\$!
for i in \$(seq 1 480); do xdotool search --name "$main_window" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2
wid=\$(xdotool search --name "$main_window" | head -1)
xdotool windowactivate --sync "\$wid" 2>/dev/null || true
xdotool windowsize "\$wid" 1280 800; xdotool windowmove "\$wid" 0 0
sleep 1
xdotool type --delay 90 "\$3"
sleep 1.5
import -window root "\$4"
kill \$pid
SCRIPT
}
# A call end to end on the Greek demo, driven through the telephone hook and the keyboard only: the screen
# pop of a known caller, the intake of a pothole where one is already open, the tracking number, then an
# unknown caller's registration form.
callshots() {
    xvfb-run -a -s "-screen 0 1280x800x24" bash -s <<SCRIPT
set -e
export XDG_DATA_HOME="$home/data-call" XDG_CONFIG_HOME="$home/config-call" CIVICDESK_SOCKET="civicdesk-shots-\$\$"
"$build/bin/civicdesk" --demo --demo-country GR --lang el --user operator1 &
pid=\$!
for i in \$(seq 1 480); do xdotool search --name "$main_window" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2
wid=\$(xdotool search --name "$main_window" | head -1)
xdotool windowactivate --sync "\$wid" 2>/dev/null || true
xdotool windowsize "\$wid" 1280 800; xdotool windowmove "\$wid" 0 0
db="\$(find "$home/data-call" -name demo-gr.civicdesk | head -1)"
# A caller with a history of rated requests, and an open pothole reported in the last days.
number=\$(sqlite3 "\$db" "SELECT p.typed FROM citizen_phone p JOIN service_request r ON r.citizen_id = p.citizen_id WHERE p.valid = 1 AND r.satisfaction IS NOT NULL GROUP BY p.citizen_id ORDER BY count(*) DESC LIMIT 1")
address=\$(sqlite3 "\$db" "SELECT r.address FROM service_request r JOIN service_type t ON t.id = r.service_type_id WHERE t.code = 'road.pothole' AND r.status IN ('new','accepted','assigned') ORDER BY r.created_at DESC LIMIT 1")
[ -n "\$number" ] && [ -n "\$address" ] || { echo "no rated caller or open pothole in \$db" >&2; kill \$pid; exit 1; }
"$build/bin/civicdesk" --incoming-call "\$number"
sleep 1.5
import -window root "$out/call-screen-pop.png"
xdotool key ctrl+n; sleep 0.3
xdotool type --delay 90 "λακ"; sleep 0.3; xdotool key Return; sleep 0.3
xdotool type --delay 90 "\$address"; sleep 0.5; xdotool key Return; sleep 0.3; xdotool key Down; sleep 0.3
xdotool key Tab Tab; sleep 0.3
xdotool type --delay 60 "Βαθιά λακκούβα στη διάβαση"; sleep 0.8
import -window root "$out/call-intake.png"
# Ctrl+Enter names the pothole already open there; the caller's is the same: Ctrl+L joins it ("me too").
xdotool key ctrl+Return; sleep 0.8
import -window root "$out/call-same-problem.png"
xdotool key ctrl+l; sleep 1
import -window root "$out/call-tracking-number.png"
xdotool key ctrl+shift+c; sleep 0.3
xdotool key ctrl+e; sleep 0.5
# "Where is my request?": the number typed in the search, Enter, the request's page with what to tell the caller.
tracking=\$(sqlite3 "\$db" "SELECT r.tracking_number FROM service_request r JOIN service_type t ON t.id = r.service_type_id WHERE t.code = 'road.pothole' AND r.address = '\$address' AND r.status IN ('new','accepted','assigned') ORDER BY r.created_at DESC LIMIT 1")
xdotool key ctrl+f; sleep 0.5
xdotool type --delay 60 "\$tracking"; sleep 0.8; xdotool key Return; sleep 1.5
import -window root "$out/request-page.png"
xdotool key ctrl+w; sleep 0.5
# A call that files nothing: Ctrl+E asks how it ended; 4 (transferred), a note, Enter.
"$build/bin/civicdesk" --incoming-call "2310 555 123"
sleep 1.2
xdotool key ctrl+e; sleep 0.5; xdotool type --delay 60 "4"; sleep 0.3
xdotool type --delay 40 "στη ΔΕΥΑ, για διακοπή νερού"; sleep 0.5
import -window root "$out/call-outcome.png"
xdotool key Return; sleep 0.5
"$build/bin/civicdesk" --incoming-call "Απόκρυψη"
sleep 1.2
import -window root "$out/call-registration.png"
# The caller gives no name: Ctrl+N files the request without registering them.
xdotool key ctrl+n; sleep 0.8
import -window root "$out/call-anonymous.png"
kill \$pid
SCRIPT
}
# Starts the client with the given arguments in a virtual X server, waits for its window and puts it at 0,0 in
# 1280×800, runs the commands read from stdin (xdotool, import), then stops the client. The name keeps the data
# and settings of shots that share a demo.
xclient() { # name args...
    local name="$1"; shift
    local body; body="$(cat)"
    xvfb-run -a -s "-screen 0 1280x800x24" bash -s <<SCRIPT
export XDG_DATA_HOME="$home/data-$name" XDG_CONFIG_HOME="$home/config-$name" CIVICDESK_SOCKET="civicdesk-shots-$name-\$\$"
"$build/bin/civicdesk" $* &
pid=\$!
for i in \$(seq 1 480); do xdotool search --name "$main_window" >/dev/null 2>&1 && break; sleep 0.5; done
sleep 3
wid=\$(xdotool search --name "$main_window" | head -1)
xdotool windowactivate --sync "\$wid" 2>/dev/null || true
xdotool windowsize "\$wid" 1280 800; xdotool windowmove "\$wid" 0 0
sleep 1
$body
kill \$pid
SCRIPT
}
# A department head's work queue on the Greek demo, several requests selected.
queueshot() {
    xclient queue --demo --demo-country GR --lang el --user roads.head <<BODY
xdotool key Down Down; sleep 0.8
import -window root "$out/queue-department-head.png"
BODY
}
# The supervisor's dashboard for the last 30 days (tabs are clicked: Alt does not reach the window here), then the
# map tab: the heat map of the last 12 months under the pending requests.
dashboardshot() {
    xclient dash --demo --demo-country GR --lang el --user supervisor <<BODY
xdotool mousemove 463 37 click 1; sleep 2
import -window root "$out/dashboard-supervisor.png"
xdotool mousemove 371 37 click 1; sleep 1.5
xdotool mousemove 250 103 click 1; sleep 1
xdotool mousemove 830 103 click 1; sleep 0.5; xdotool key Down Down Return; sleep 1.5
import -window root "$out/map-demo.png"
BODY
}
# Real polygons and requests: Boston's 26 neighbourhoods and its 2,000-request Open311 sample imported into an
# empty municipality (shared test data; the map shows no request text).
bostonshot() {
    local data="$here/../shared/data"
    [ -f "$data/geography/boston_neighborhoods.geojson" ] || { echo "no shared data: Boston map skipped"; return; }
    local db="$home/boston.civicdesk"
    "$build/bin/civicdesk-admin" init --db "$db" --name "Boston (Open311 sample)" --country US --time-zone America/New_York --languages en >/dev/null 2>&1
    "$build/bin/civicdesk-admin" import-districts --db "$db" --geojson "$data/geography/boston_neighborhoods.geojson" --name-property Name >/dev/null 2>&1
    "$build/bin/civicdesk-admin" import-requests --db "$db" --open311-csv "$data/requests/boston_open311_requests_sample2000.csv" >/dev/null 2>&1
    xclient boston --db "$db" --lang en <<BODY
xdotool mousemove 287 37 click 1; sleep 1.5
xdotool mousemove 216 103 click 1; sleep 1
xdotool mousemove 610 103 click 1; sleep 0.5; xdotool key Down Down Down Return; sleep 1.5
import -window root "$out/map-boston.png"
BODY
}
callshots
queueshot
dashboardshot
bostonshot
# The crew work order the queue prints, as the widget test writes it, first page as an image.
if command -v pdftoppm >/dev/null; then
    CIVICDESK_TEST_ARTIFACTS="$home" QT_QPA_PLATFORM=offscreen "$build/bin/tst_queue" theCrewWorkListIsOrderedAndPrinted >/dev/null 2>&1 || true
    [ -f "$home/work-order.pdf" ] && pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$home/work-order.pdf" "$out/work-order"
fi
# Page 1 of a per-department report of the Greek demo, as civicdesk-admin prints it.
if command -v pdftoppm >/dev/null; then
    demo="$(find "$home/data-dash" -name demo-gr.civicdesk | head -1)"
    if [ -n "$demo" ]; then
        "$build/bin/civicdesk-admin" report --db "$demo" --kind per-department --from "$(date -d '-1 year' +%F)" --to "$(date +%F)" \
            --lang el --format pdf --out "$home/per-department.pdf" >/dev/null
        pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$home/per-department.pdf" "$out/report-per-department"
        "$build/bin/civicdesk-admin" report --db "$demo" --kind deadlines --from "$(date -d '-1 year' +%F)" --to "$(date +%F)" \
            --lang el --format pdf --out "$home/deadlines.pdf" >/dev/null
        pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$home/deadlines.pdf" "$out/report-deadlines"
    fi
fi
shot GR el "Παπαδόπ" "$out/search-greek.png"
shot GR en "giorgos papad" "$out/search-greeklish.png"
shot ES ca "col.lell" "$out/search-catalan.png"
echo "Screenshots in $out"
