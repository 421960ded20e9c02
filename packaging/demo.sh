#!/usr/bin/env bash
# Installs dependencies, builds Godwit and opens it on the bundled demo project (a SQLite
# database in the user's data folder, made on first run with part of its history applied).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
exec build/dev/app/cli/godwit-cli --demo status "$@"
