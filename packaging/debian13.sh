#!/usr/bin/env bash
# The Debian 13 lane (README.md, "Building and testing by hand"): Qt 6.8 and KSyntaxHighlighting 6, which Debian 12 lacks.
# Builds Godwit in a trixie root - made with debootstrap on first use and kept in
# ~/.cache/godwit/debian13-root while its package list is unchanged - and runs the unit and widget
# tests there, the editor's KSyntaxHighlighting backend included; the tests that need
# PostgreSQL or MariaDB skip (GODWIT_TEST_NO_SERVERS=1), as they run in the main lane.
#
#   packaging/debian13.sh [prepare|run|all]   (default: all)
#   prepare: make the root (the download; .ci/run starts it early, in the background)
#   run:     copy this checkout in, build, test
# When the package archive cannot be reached the lane says so loudly and exits 0; a failed
# build or test exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
# The root and its compiler cache are kept outside the checkout, so that later runs on this
# machine (CI clones afresh) reuse them.
cache=${XDG_CACHE_HOME:-$HOME/.cache}/godwit
root=$cache/debian13-root
mirror=http://deb.debian.org/debian
packages=cmake,g++,make,ninja-build,ccache,pkg-config,qt6-base-dev,libqt6sql6-sqlite,libqscintilla2-qt6-dev,libkf6syntaxhighlighting-dev,qt6-tools-dev,qt6-l10n-tools,libpg-query-dev,libsqlite3-dev,libdtl-dev,libpq-dev,libssl-dev,qtkeychain-qt6-dev,libgl-dev,xvfb,xauth,python3,sqlite3
what=${1:-all}

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

skip() {
  mkdir -p build && echo "$*" >build/debian13-skipped
  echo
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo "!! DEBIAN 13 LANE SKIPPED: $*"
  echo "!! Qt 6.8 and the KSyntaxHighlighting editor backend were NOT built or tested."
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo
  exit 0
}

ready() { [ "$(cat "$root/.godwit-packages" 2>/dev/null)" = "$packages" ]; }
rm_skip() { rm -f build/debian13-skipped; }

prepare() {
  rm_skip
  ready && { echo "debian13: reusing $root"; return 0; }
  if ! python3 -c "import urllib.request,sys; urllib.request.urlopen('$mirror/dists/trixie/Release', timeout=20)" 2>/dev/null; then
    skip "the package archive $mirror cannot be reached"
  fi
  command -v debootstrap >/dev/null || $sudo apt-get install -y -qq debootstrap >/dev/null
  $sudo rm -rf "$root"
  mkdir -p "$cache"
  echo "debian13: debootstrap trixie into $root"
  if ! $sudo debootstrap --variant=minbase --include="$packages" trixie "$root" "$mirror" >build/debian13-debootstrap.log 2>&1; then
    tail -20 build/debian13-debootstrap.log
    if ! python3 -c "import urllib.request; urllib.request.urlopen('$mirror/dists/trixie/Release', timeout=20)" 2>/dev/null; then
      skip "the package archive $mirror went away during debootstrap"
    fi
    echo "debian13: debootstrap failed (see build/debian13-debootstrap.log)"
    return 1
  fi
  echo "$packages" | $sudo tee "$root/.godwit-packages" >/dev/null
}

run() {
  if ! ready; then
    [ -f build/debian13-skipped ] && skip "$(cat build/debian13-skipped)"
    echo "debian13: no root: run packaging/debian13.sh prepare first"
    return 1
  fi
  # The source as it is in this checkout (not its build folders).
  $sudo rm -rf "$root/src" "$root/build"
  $sudo mkdir -p "$root/src"
  git ls-files -z | $sudo tar --null -T - -cf - | $sudo tar -xf - -C "$root/src"

  # The compiler cache lives outside the root, so that a new root keeps it.
  mkdir -p "$cache/debian13-ccache"
  $sudo mkdir -p "$root/ccache"
  mounted=""
  cleanup() {
    [ -n "$mounted" ] && { $sudo umount "$root/proc" || true; $sudo umount "$root/ccache" || true;
                           $sudo umount "$root/dev/pts" || true; }
    return 0
  }
  trap cleanup EXIT
  # /dev/pts: the CLI's terminal prompts are tested on a pty (script(1)).
  $sudo mkdir -p "$root/dev/pts"
  $sudo mount -t proc proc "$root/proc" && $sudo mount --bind "$cache/debian13-ccache" "$root/ccache" \
    && $sudo mount --bind /dev/pts "$root/dev/pts" && mounted=yes
  # -O0: this lane checks that the code compiles and behaves with Qt 6.8, not its speed.
  $sudo chroot "$root" /bin/sh -ec '
    cd /src
    export CCACHE_DIR=/ccache CCACHE_MAXSIZE=3G
    cmake -S . -B /build -G Ninja -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_BUILD_TYPE=None -DGODWIT_BUILD_BENCHMARKS=OFF \
          -DCMAKE_CXX_FLAGS="-O0 -Wall -Wextra -Wno-missing-field-initializers -Werror" \
      | grep -E "highlighting|Error" || true
    cmake --build /build -j2
    cd /build
    # The comparisons with the real sqitch, Alembic and dbmate run in the main lanes, where
    # install-deps.sh installs them; here their readers are built and the rest is tested.
    GODWIT_TEST_NO_SERVERS=1 CTEST_OUTPUT_ON_FAILURE=1 ctest -j2 --timeout 600 -E "^(tst_sqitchplan|tst_alembic|tst_enginesqitch|tst_enginepeers|tst_engineinterop)$"
    QT_QPA_PLATFORM=offscreen ./tests/tst_sqleditor backend
  '
}

case "$what" in
  prepare) prepare ;;
  run) run ;;
  all) prepare && run ;;
  *) echo "usage: $0 [prepare|run|all]"; exit 2 ;;
esac
