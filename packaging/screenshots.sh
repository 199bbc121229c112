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
mkdir -p "$out"

# One shot: start the client on a demo municipality, type into the search box, photograph the screen.
shot() { # country language typed-text file
    xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$@" <<SCRIPT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config-\$1-\$2"
"$build/bin/civicdesk" --demo --demo-country "\$1" --lang "\$2" --user operator1 &
pid=\$!
for i in \$(seq 1 120); do xdotool search --name CivicDesk >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2
wid=\$(xdotool search --name CivicDesk | head -1)
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
for i in \$(seq 1 120); do xdotool search --name CivicDesk >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2
wid=\$(xdotool search --name CivicDesk | head -1)
xdotool windowactivate --sync "\$wid" 2>/dev/null || true
xdotool windowsize "\$wid" 1280 800; xdotool windowmove "\$wid" 0 0
db="\$(find "$home/data-call" -name demo-gr.civicdesk | head -1)"
# A caller with a history of rated requests, and an open pothole reported in the last days.
number=\$(sqlite3 "\$db" "SELECT p.typed FROM citizen_phone p JOIN service_request r ON r.citizen_id = p.citizen_id WHERE p.valid = 1 AND r.satisfaction IS NOT NULL GROUP BY p.citizen_id ORDER BY count(*) DESC LIMIT 1")
address=\$(sqlite3 "\$db" "SELECT r.address FROM service_request r JOIN service_type t ON t.id = r.service_type_id WHERE t.code = 'road.pothole' AND r.status IN ('new','accepted','assigned') ORDER BY r.created_at DESC LIMIT 1")
"$build/bin/civicdesk" --incoming-call "\$number"
sleep 1.5
import -window root "$out/call-screen-pop.png"
xdotool key ctrl+n; sleep 0.3
xdotool type --delay 90 "λακ"; sleep 0.3; xdotool key Return; sleep 0.3
xdotool type --delay 90 "\$address"; sleep 0.5; xdotool key Return; sleep 0.3; xdotool key Down; sleep 0.3
xdotool key Tab Tab; sleep 0.3
xdotool type --delay 60 "Βαθιά λακκούβα στη διάβαση"; sleep 0.8
import -window root "$out/call-intake.png"
xdotool key ctrl+Return; sleep 1
import -window root "$out/call-tracking-number.png"
xdotool key ctrl+e; sleep 0.5
"$build/bin/civicdesk" --incoming-call "Απόκρυψη"
sleep 1.2
import -window root "$out/call-registration.png"
kill \$pid
SCRIPT
}
# A department head's work queue on the Greek demo, several requests selected.
queueshot() {
    xvfb-run -a -s "-screen 0 1280x800x24" bash -s <<SCRIPT
export XDG_DATA_HOME="$home/data-queue" XDG_CONFIG_HOME="$home/config-queue" CIVICDESK_SOCKET="civicdesk-shots-q\$\$"
"$build/bin/civicdesk" --demo --demo-country GR --lang el --user roads.head &
pid=\$!
for i in \$(seq 1 120); do xdotool search --name CivicDesk >/dev/null 2>&1 && break; sleep 0.5; done
sleep 2
wid=\$(xdotool search --name CivicDesk | head -1)
xdotool windowactivate --sync "\$wid" 2>/dev/null || true
xdotool windowsize "\$wid" 1280 800; xdotool windowmove "\$wid" 0 0
sleep 1
xdotool key Down Down; sleep 0.8
import -window root "$out/queue-department-head.png"
kill \$pid
SCRIPT
}
# The supervisor's dashboard for the last 30 days (the tab is clicked: Alt does not reach the window here).
dashboardshot() {
    xvfb-run -a -s "-screen 0 1280x800x24" bash -s <<SCRIPT
export XDG_DATA_HOME="$home/data-dash" XDG_CONFIG_HOME="$home/config-dash" CIVICDESK_SOCKET="civicdesk-shots-d\$\$"
"$build/bin/civicdesk" --demo --demo-country GR --lang el --user supervisor &
pid=\$!
for i in \$(seq 1 120); do xdotool search --name CivicDesk >/dev/null 2>&1 && break; sleep 0.5; done
sleep 3
wid=\$(xdotool search --name CivicDesk | head -1)
xdotool windowactivate --sync "\$wid" 2>/dev/null || true
xdotool windowsize "\$wid" 1280 800; xdotool windowmove "\$wid" 0 0
sleep 1
xdotool mousemove 400 37 click 1; sleep 2
import -window root "$out/dashboard-supervisor.png"
kill \$pid
SCRIPT
}
callshots
queueshot
dashboardshot
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
    fi
fi
shot GR el "Παπαδόπ" "$out/search-greek.png"
shot GR en "giorgos papad" "$out/search-greeklish.png"
shot ES ca "col.lell" "$out/search-catalan.png"
echo "Screenshots in $out"
