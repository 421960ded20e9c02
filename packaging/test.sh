#!/usr/bin/env bash
# Builds Godwit and runs its whole test suite on a fresh Debian machine: dependencies
# (apt-get), the "ci" build (warnings are errors), the "asan" build (the whole suite under
# AddressSanitizer + UBSan), and every libFuzzer target for 30 s on its seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
export CTEST_OUTPUT_ON_FAILURE=1

packaging/install-deps.sh

step() { printf '\n== %s\n' "$*"; }

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
