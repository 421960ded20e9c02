#!/usr/bin/env bash
# Takes the window's screenshots under Xvfb (README.md, "Building and testing by hand"): tests/screenshots/take.sh [BUILD] [OUT]
# BUILD defaults to build/dev, OUT to packaging/screenshots (the README shows those).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build/dev}
out=${2:-$here/packaging/screenshots}
cmake --build "$build" --target godwit_screens >/dev/null
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/screenshots/godwit_screens" "$out"
