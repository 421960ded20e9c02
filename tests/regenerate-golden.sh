#!/usr/bin/env bash
# Rewrites the golden files (splitter output; deployment reports; snapshots and diffs per engine) from the
# current code. Review the resulting diff (git diff tests/data) like code before committing
# it. The snapshot and diff files need the test servers: this starts its own.
set -euo pipefail
build=${1:-build/dev}
cmake --build "$build" --target tst_sqlsplitter tst_schema tst_deployment tst_roundtrip
GODWIT_REGENERATE_GOLDEN=1 "$build/tests/tst_sqlsplitter" golden
GODWIT_REGENERATE_GOLDEN=1 "$build/tests/tst_deployment" reportsMatchGoldenFiles
state=$(mktemp)
trap 'tests/servers/servers.sh stop "$state"; rm -f "$state"' EXIT
tests/servers/servers.sh start "$state"
GODWIT_TEST_SERVERS="$state" GODWIT_REGENERATE_GOLDEN=1 "$build/tests/tst_schema" goldenSnapshot goldenDiff
GODWIT_TEST_SERVERS="$state" GODWIT_REGENERATE_GOLDEN=1 "$build/tests/tst_roundtrip"
