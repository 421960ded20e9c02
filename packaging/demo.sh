#!/usr/bin/env bash
# Installs dependencies, builds Godwit and opens the window on the bundled demo project (a
# SQLite database in the user's data folder, made on first run with part of its history
# applied). Without a display it says so and shows the demo's status with godwit-cli.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo.sh: no display (DISPLAY/WAYLAND_DISPLAY unset); the demo's status instead:" >&2
  exec build/dev/app/cli/godwit-cli --demo status "$@"
fi
exec build/dev/app/gui/godwit "$@"
