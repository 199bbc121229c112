#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual pages and the bash completion never drift from the programs: every option and command the programs'
# --help lists is in its page (and, for civicdesk-admin, in the completion), and the pages format without warnings.
set -u
DESK="$1"; ADMIN="$2"; SERVER="$3"; SRC="$4"
fail() { echo "FAIL: $*"; exit 1; }
page_text() { sed 's/\\-/-/g; s/\\f[BIRP]//g' "$1"; }
check() { # program-help page what
    local help="$1" page="$2" missing=()
    local text; text=$(page_text "$page")
    for option in $(grep -oE -- '--[a-z0-9][a-z0-9-]*' <<<"$help" | sort -u); do
        grep -qF -- "$option" <<<"$text" || missing+=("$option")
    done
    [ ${#missing[@]} = 0 ] || fail "$(basename "$page") lacks ${missing[*]}"
}
export QT_QPA_PLATFORM=offscreen
desk_help=$("$DESK" --help 2>/dev/null) || fail "civicdesk --help"
admin_help=$("$ADMIN" --help 2>/dev/null) || fail "civicdesk-admin --help"
server_help=$("$SERVER" --help 2>&1)
check "$desk_help" "$SRC/packaging/man/civicdesk.1"
check "$admin_help" "$SRC/packaging/man/civicdesk-admin.1"
check "$server_help" "$SRC/packaging/man/civicdesk-server.8"
# civicdesk-admin's commands: the first word of each line indented by two spaces in the command lists.
commands=$(sed -n '/^Commands:/,/^Options:/p' <<<"$admin_help" | grep -oE '^  [a-z][a-z0-9-]+' | tr -d ' ' | sort -u)
[ "$(wc -l <<<"$commands")" -ge 20 ] || fail "read only $(wc -l <<<"$commands") commands from civicdesk-admin --help"
admin_page=$(page_text "$SRC/packaging/man/civicdesk-admin.1")
completion=$(cat "$SRC/packaging/completion/civicdesk-admin")
for c in $commands; do
    grep -qE "^\.B(I)? $c( |$)" <<<"$admin_page" || fail "civicdesk-admin.1 has no entry for the command $c"
    grep -qE "(^|[ \"])$c( |\"|$)" <<<"$completion" || fail "the bash completion lacks the command $c"
done
for option in $(grep -oE -- '--[a-z0-9][a-z0-9-]*' <<<"$admin_help" | sort -u); do
    grep -qE -- "(^|[ \"|])$option( |\"|\)|$)" <<<"$completion" || fail "the bash completion lacks $option"
done
# The pages themselves: groff's warnings are errors.
if command -v groff >/dev/null; then
    for page in civicdesk.1 civicdesk-admin.1 civicdesk-server.8; do
        out=$(groff -man -ww -z "$SRC/packaging/man/$page" 2>&1)
        [ -z "$out" ] || fail "$page: $out"
    done
fi
echo "ok: $(wc -l <<<"$commands") commands and every option in the pages and the completion"
