#!/usr/bin/env bash
# Installs everything Godwit needs to build and run its whole test suite on Debian 12
# (and 13). Idempotent: packages already present are left alone.
set -euo pipefail

packages=(
  cmake g++ make ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql
  libqscintilla2-qt6-dev qtkeychain-qt6-dev libgl-dev
  libpg-query-dev libpq-dev libsqlite3-dev libdtl-dev libssl-dev sqlite3
  postgresql mariadb-server
  qt6-translations-l10n
  librsvg2-bin help2man desktop-file-utils appstream dpkg-dev debootstrap
  xvfb xauth
  sqitch libdbd-pg-perl libdbd-sqlite3-perl libdbd-mysql-perl python3-alembic python3-sqlalchemy
  clang libclang-rt-14-dev
)

# dbmate, the real peer the adoption tests run (npm, into the ignored build/npm).
install_npm_peers() {
  local root
  root="$(cd "$(dirname "$0")/.." && pwd)/build/npm"
  [ -x "$root/node_modules/.bin/dbmate" ] && return 0
  command -v npm >/dev/null || { echo "install-deps: npm is missing (nodejs/npm)"; return 1; }
  mkdir -p "$root"
  npm install --prefix "$root" --no-audit --no-fund --silent dbmate@2.36.0 >/dev/null
  echo "install-deps: dbmate $("$root/node_modules/.bin/dbmate" --version)"
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  install_npm_peers
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
install_npm_peers
