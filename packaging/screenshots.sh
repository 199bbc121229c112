#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots of the real client in a virtual X server, on generated demo municipalities
# (never on the shared real data). Needs the tools below; installs them when missing.
#   bash packaging/screenshots.sh [build dir] [output dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
out="${2:-$here/resources/screenshots}"
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xvfb xauth xdotool imagemagick; break; }
done
home="$(mktemp -d)"; trap 'rm -rf "$home"' EXIT
mkdir -p "$out"

# One shot: start the client on a demo municipality, type into the search box, photograph the screen.
shot() { # country language typed-text file
    xvfb-run -a -s "-screen 0 1280x800x24" bash -s "$@" <<SCRIPT
export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config-\$1-\$2"
"$build/bin/civicdesk" --demo --demo-country "\$1" --lang "\$2" &
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
shot GR el "Παπαδόπ" "$out/search-greek.png"
shot GR en "giorgos papad" "$out/search-greeklish.png"
shot ES ca "col.lell" "$out/search-catalan.png"
echo "Screenshots in $out"
