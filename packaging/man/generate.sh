#!/usr/bin/env bash
# The man pages, made by help2man from the programs' own --help (the same text the
# programs print), with each godwit-cli command's help (godwit-cli help COMMAND) as a
# section of its own. Usage: generate.sh GODWIT GODWIT_CLI OUTPUT_DIR
set -euo pipefail
gui=$1 cli=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
export LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
export HOME="$out/home" XDG_CONFIG_HOME="$out/home/config" XDG_DATA_HOME="$out/home/data" XDG_RUNTIME_DIR="$out/home/run"
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"

commands="$out/commands.h2m"
{
  echo "[COMMANDS]"
  for c in $("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk '/^  [a-z]/ {print $1}'); do
    echo ".SS $c"
    echo ".nf"
    "$cli" help "$c" | sed -e '/^Common options:/,$d' | sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e 's/^'"'"'/\\\&'"'"'/'
    echo ".fi"
  done
} > "$commands"

help2man --no-info --locale=C.UTF-8 --section 1 --source "Godwit" \
  --include "$here/godwit-cli.h2m" --include "$commands" --output "$out/godwit-cli.1" "$cli"
help2man --no-info --locale=C.UTF-8 --section 1 --source "Godwit" \
  --include "$here/godwit.h2m" --output "$out/godwit.1" "$gui"
gzip -9nf "$out/godwit-cli.1" "$out/godwit.1"
