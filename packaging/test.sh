#!/usr/bin/env bash
# Builds Godwit and runs its whole test suite on a fresh Debian machine: dependencies
# (apt-get), the "ci" build (warnings are errors), the "asan" build (the whole suite under
# AddressSanitizer + UBSan), every libFuzzer target for 30 s on its seed corpus, the Debian
# package (built, installed on this machine, run from its installed paths, removed), and the
# Debian 13 lane (Qt 6.8 and KSyntaxHighlighting, in a debootstrap root whose download runs
# in the background meanwhile).
set -euo pipefail
cd "$(dirname "$0")/.."
export CTEST_OUTPUT_ON_FAILURE=1

packaging/install-deps.sh

# Each lane's wall time, printed at the end (and when a lane fails).
lanes=()
lane_start=$SECONDS
lane_name=""
step() {
  [ -n "$lane_name" ] && lanes+=("$(printf '%-52s %5d s' "$lane_name" $((SECONDS - lane_start)))")
  lane_name=$*
  lane_start=$SECONDS
  printf '\n== %s\n' "$*"
}
report_lanes() {
  step ""
  printf '\n== lane times\n'
  printf '  %s\n' "${lanes[@]}"
  printf '  %-52s %5d s\n' "total" "$SECONDS"
}
trap report_lanes EXIT

step "Debian 13 root: prepared in the background (build/debian13-prepare.log)"
mkdir -p build
packaging/debian13.sh prepare >build/debian13-prepare.log 2>&1 &
debian13=$!

step "build: ci"
cmake --preset ci >/dev/null
cmake --build --preset ci

step "build: asan"
cmake --preset asan >/dev/null
cmake --build --preset asan

step "build: fuzz"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

step "fuzz: 30 s per target"
tests/fuzz/run.sh build/fuzz "${GODWIT_FUZZ_SECONDS:-30}"

step "tests under AddressSanitizer + UBSan"
ctest --preset asan -j2

step "tests"
ctest --preset ci -j2

step "package: cpack -G DEB, install, run, remove"
(cd build/ci && rm -f godwit_*.deb && cpack -G DEB | tail -1)
packaging/install-test.sh build/ci

step "Debian 13 lane"
prepared=0
wait "$debian13" || prepared=$?
cat build/debian13-prepare.log
[ "$prepared" -eq 0 ] || { echo "debian13: preparing the root failed"; exit 1; }
packaging/debian13.sh run
