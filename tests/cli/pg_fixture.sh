#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest's fixture for the PostgreSQL tests: start|stop DIR PG_CLUSTER_SCRIPT. A cluster of their own in DIR, unless
# CIVICDESK_TEST_PG names one already (packaging/dev.sh test starts one for the whole run).
set -euo pipefail
cmd="$1"; dir="$2"; script="$3"
if [ -n "${CIVICDESK_TEST_PG:-}" ]; then
    echo "the tests use the cluster of CIVICDESK_TEST_PG"
    exit 0
fi
case "$cmd" in
start) bash "$script" stop "$dir" >/dev/null 2>&1 || true; rm -rf "$dir"; bash "$script" start "$dir" ;;
stop) bash "$script" stop "$dir"; rm -rf "$dir" ;;
esac
