#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS (default 30) on its seed corpus. Fails on any
# crash, leak or sanitizer report; the reproducer is left in the work folder.
set -euo pipefail
build=$(cd "${1:-build/fuzz}" && pwd)
seconds=${2:-30}
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
status=0
for target in fuzz_split_sqlite fuzz_split_postgresql fuzz_split_mysql fuzz_discovery fuzz_projectfile fuzz_sqitchplan fuzz_alembic; do
  dialect=${target#fuzz_split_}
  corpus="$work/$target"
  mkdir -p "$corpus"
  if [ "$target" = fuzz_discovery ]; then
    # Seeds: "name\ncontent" from the format fixtures.
    find "$src/tests/data/formats" -name '*.sql' | while read -r f; do
      { basename "$f"; cat "$f"; } > "$corpus/$(basename "$(dirname "$f")")_$(basename "$f")"
    done
  elif [ "$target" = fuzz_projectfile ]; then
    # Seeds: the project files Godwit ships and tests, and the malformed ones of seeds/.
    find "$src/tests/data" "$src/resources" -name godwit.json | while read -r f; do
      cp "$f" "$corpus/$(echo "$f" | md5sum | cut -c1-12).json"
    done
    cp "$src/tests/fuzz/seeds/projectfile/"*.json "$corpus/"
  elif [ "$target" = fuzz_sqitchplan ]; then
    # Seeds: the plans of the sqitch fixtures, good and bad.
    find "$src/tests/data/sqitch" -name sqitch.plan | while read -r f; do
      cp "$f" "$corpus/$(echo "$f" | md5sum | cut -c1-12).plan"
    done
  elif [ "$target" = fuzz_alembic ]; then
    # Seeds: each Alembic fixture's revision files, joined by the target's separator.
    for d in "$src/tests/data/alembic/"*/; do
      find "$d/versions" -name '*.py' | sort | {
        sep=""
        while read -r f; do printf "$sep"; cat "$f"; sep='\n#---\n'; done
      } > "$corpus/$(basename "$d").py"
    done
  else
    cp "$src/tests/data/splitter/$dialect/"*.sql "$corpus/"
  fi
  echo "fuzz: $target for ${seconds}s"
  if ! (cd "$work" && "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len=4096 -print_final_stats=1 "$corpus" > "$work/$target.log" 2>&1); then
    echo "fuzz: $target FAILED; log and reproducer in $work"
    tail -40 "$work/$target.log"
    status=1
  else
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$work/$target.log" | sed "s/^/  /"
  fi
done
exit $status
