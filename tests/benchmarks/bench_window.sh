#!/usr/bin/env bash
# Runs bench_window (startup, GUI stalls during 60-second operations, opening a 20 MB
# script) under Xvfb: tests/benchmarks/bench_window.sh [BUILD_DIR [startup|stalls|editor ...]]
# (default build/dev, every part).
set -euo pipefail
build=${1:-build/dev}
shift || true
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
cmake --build "$build" --target bench_window >/dev/null
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/benchmarks/bench_window" "$@"
