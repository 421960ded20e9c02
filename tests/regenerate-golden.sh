#!/usr/bin/env bash
# Rewrites the golden files of the splitter tests from the current code. Review the
# resulting diff (git diff tests/data) like code before committing it.
set -euo pipefail
build=${1:-build/dev}
cmake --build "$build" --target tst_sqlsplitter
GODWIT_REGENERATE_GOLDEN=1 "$build/tests/tst_sqlsplitter" golden
