#!/usr/bin/env bash
# The Debian 13 lane (TESTING.md): Qt 6.8 and KSyntaxHighlighting 6, which Debian 12 lacks.
# Builds Godwit in a trixie root - made with debootstrap on first use and kept in
# build/debian13-root while its package list is unchanged - and runs the suite there with
# the editor's KSyntaxHighlighting backend; the tests that need PostgreSQL or MariaDB skip
# (GODWIT_TEST_NO_SERVERS=1), as they run in the main lane.
set -euo pipefail
cd "$(dirname "$0")/.."
root=build/debian13-root
packages=cmake,g++,make,ninja-build,pkg-config,qt6-base-dev,libqt6sql6-sqlite,libqscintilla2-qt6-dev,libkf6syntaxhighlighting-dev,qt6-tools-dev,qt6-l10n-tools,libpg-query-dev,libsqlite3-dev,libdtl-dev,libpq-dev,libssl-dev,qtkeychain-qt6-dev,libgl-dev,xvfb,xauth

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v debootstrap >/dev/null; then
  $sudo apt-get install -y -qq debootstrap >/dev/null
fi
if [ "$(cat "$root/.godwit-packages" 2>/dev/null)" != "$packages" ]; then
  $sudo rm -rf "$root"
  $sudo debootstrap --variant=minbase --include="$packages" trixie "$root" http://deb.debian.org/debian
  echo "$packages" | $sudo tee "$root/.godwit-packages" >/dev/null
fi

# The source as it is in this checkout (not its build folders).
$sudo rm -rf "$root/src"
$sudo mkdir -p "$root/src"
git ls-files -z | $sudo tar --null -T - -cf - | $sudo tar -xf - -C "$root/src"

mounted=""
cleanup() { [ -n "$mounted" ] && $sudo umount "$root/proc" || true; }
trap cleanup EXIT
$sudo mount -t proc proc "$root/proc" && mounted=yes
$sudo chroot "$root" /bin/sh -ec '
  cd /src
  cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGODWIT_BUILD_BENCHMARKS=OFF \
        -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wno-missing-field-initializers -Werror" | grep -E "highlighting|Qt6|Error" || true
  cmake --build /build -j2
  cd /build
  GODWIT_TEST_NO_SERVERS=1 CTEST_OUTPUT_ON_FAILURE=1 ctest -j2 --timeout 600
  QT_QPA_PLATFORM=offscreen ./tests/tst_sqleditor backend
'
