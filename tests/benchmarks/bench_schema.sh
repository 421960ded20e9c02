#!/usr/bin/env bash
# Runs bench_schema (introspection, structural diff, dry run at scale) against throwaway
# PostgreSQL and MariaDB servers started for it, and stops them afterwards.
#   tests/benchmarks/bench_schema.sh [BUILD_DIR]   (default build/dev, configured with
#                                                   -DGODWIT_BUILD_BENCHMARKS=ON)
set -euo pipefail
build=${1:-build/dev}
here=$(cd "$(dirname "$0")/../.." && pwd)
cmake --build "$build" --target bench_schema >/dev/null
state=$(mktemp)
trap '"$here/tests/servers/servers.sh" stop "$state" >/dev/null; rm -f "$state"' EXIT
"$here/tests/servers/servers.sh" start "$state" >/dev/null
GODWIT_TEST_SERVERS="$state" "$build/tests/benchmarks/bench_schema"
