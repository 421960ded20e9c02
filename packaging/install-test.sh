#!/usr/bin/env bash
# The Debian package as a user gets it: installs build/ci's godwit_*.deb on this machine
# (apt-get, which brings its Depends), validates the desktop entry and the AppStream
# metainfo, runs godwit-cli and the window (offscreen, and on Xvfb's X server) from the
# installed paths, then removes it and checks that nothing of it is left.
# Usage: packaging/install-test.sh [BUILD_DIR]   (run cpack -G DEB in BUILD_DIR first)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
debs=("$build"/godwit_*_amd64.deb)
deb=$(realpath "${debs[0]}")
version=$(dpkg-deb -f "$deb" Version)
app=io.github.godwit_db.Godwit
check() { printf '  %-70s ' "$1"; shift; if "$@" >/tmp/godwit-install-test.log 2>&1; then echo ok; else echo FAILED; cat /tmp/godwit-install-test.log; exit 1; fi; }

echo "install-test: $(basename "$deb")"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq "$deb" >/dev/null

check "godwit-cli --version from /usr/bin" sh -c "/usr/bin/godwit-cli --version | grep -qx 'godwit-cli $version'"
check "godwit --version from /usr/bin" sh -c "QT_QPA_PLATFORM=offscreen /usr/bin/godwit --version | grep -q '$version'"
check "desktop-file-validate" desktop-file-validate /usr/share/applications/$app.desktop
check "appstreamcli validate (no network)" appstreamcli validate --no-net /usr/share/metainfo/$app.metainfo.xml
for f in /usr/share/icons/hicolor/scalable/apps/$app.svg /usr/share/icons/hicolor/48x48/apps/$app.png \
         /usr/share/man/man1/godwit.1.gz /usr/share/man/man1/godwit-cli.1.gz; do
  check "installed: $f" test -s "$f"
done
check "man page lists every command" sh -c "zcat /usr/share/man/man1/godwit-cli.1.gz | grep -q '^\.SS checklist'"

home=$(mktemp -d)
# Every window runs in a session of its own (setsid): xvfb-run, its Xvfb and the window all
# belong to it, so that ending the session ends all of them, also when a check fails.
sessions=()
cleanup() {
  for sid in "${sessions[@]}"; do kill -KILL -- "-$sid" 2>/dev/null || true; done
  rm -rf "$home"
}
trap cleanup EXIT
run_env=(env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run")
mkdir -p -m 0700 "$home/run"
check "godwit-cli --demo status (installed)" sh -c "${run_env[*]} /usr/bin/godwit-cli --demo status | grep -q '^Current'"
check "godwit-cli --demo lint (installed)" sh -c "${run_env[*]} /usr/bin/godwit-cli --demo lint --format sarif | grep -q '\"version\": \"2.1.0\"'"
check "German from LANG=de_DE.UTF-8" sh -c "${run_env[*]} LANG=de_DE.UTF-8 /usr/bin/godwit-cli --demo status | grep -q '^Aktuell'"

# Ends a session: TERM to its process group, KILL after 10 s; fails if anything was left.
stop_session() { # SID
  local sid=$1
  kill -TERM -- "-$sid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    pgrep -s "$sid" >/dev/null || break
    sleep 0.2
  done
  if pgrep -s "$sid" >/dev/null; then
    echo "still running 10 s after SIGTERM:"; ps -o pid,args -s "$sid"
    kill -KILL -- "-$sid" 2>/dev/null || true
    return 1
  fi
  wait "$sid" 2>/dev/null || true
}

# Nothing any window session started is running: no godwit, no Xvfb, no xvfb-run.
nothing_left() {
  local left=0
  for sid in "${sessions[@]}"; do
    if pgrep -s "$sid" >/dev/null; then ps -o pid,args -s "$sid"; left=1; fi
  done
  return "$left"
}

# The window on the demo project: still running once it has loaded it, then closed.
window() { # PLATFORM_RUNNER...
  rm -rf "$home/data" "$home/config"
  setsid "${run_env[@]}" "$@" /usr/bin/godwit >"$home/window.log" 2>&1 &
  local pid=$!
  sessions+=("$pid")
  for _ in $(seq 1 50); do
    [ -f "$home/data/godwit/demo/shop.sqlite" ] && break
    sleep 0.2
  done
  sleep 2
  kill -0 "$pid" 2>/dev/null || { cat "$home/window.log"; return 1; }
  test -f "$home/data/godwit/demo/shop.sqlite" || { cat "$home/window.log"; return 1; }
  stop_session "$pid"
}
check "window, offscreen, on the demo project" window env QT_QPA_PLATFORM=offscreen
check "window, on an X server (xcb), on the demo project" window xvfb-run -a -s "-screen 0 1280x800x24"
check "nothing left running (godwit, xvfb-run, Xvfb)" nothing_left

$sudo apt-get remove --purge -y -qq godwit >/dev/null
check "removed: the package" sh -c "! dpkg -s godwit >/dev/null 2>&1"
for f in /usr/bin/godwit /usr/bin/godwit-cli /usr/share/applications/$app.desktop /usr/share/metainfo/$app.metainfo.xml \
         /usr/share/man/man1/godwit-cli.1.gz /usr/share/icons/hicolor/scalable/apps/$app.svg; do
  check "removed: $f" test ! -e "$f"
done
echo "install-test: passed"
