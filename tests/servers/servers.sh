#!/usr/bin/env bash
# Throwaway PostgreSQL and MariaDB servers for the test suite (README.md, "Building and testing by hand").
#   servers.sh start STATE   start both in a new folder under /tmp (the postgres user must be able
#                            to reach it), write their ports and that folder to the file STATE,
#                            print their logs on failure
#   servers.sh stop STATE    stop what STATE names (by pid file, never by process name)
# ctest runs "start" as a fixture before the tests that need servers and "stop" after them,
# also when tests fail or crash. GODWIT_TEST_NO_SERVERS=1 skips both, and those tests say so.
set -uo pipefail
cmd=${1:?start or stop}
state=${2:?state file}
dir=""
[ -f "$state" ] && dir=$(sed -n 's/^GODWIT_TEST_SERVERS_DIR=//p' "$state")

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

free_port() {
  local port
  for _ in $(seq 1 200); do
    # Below Linux's ephemeral range (32768-60999): a port an outgoing connection holds as
    # its local end refuses connections, so looks free, yet cannot be bound.
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

fail() {
  echo "servers.sh: $1" >&2
  [ -n "${2:-}" ] && [ -f "$2" ] && { echo "---- $2 ----" >&2; tail -n 60 "$2" >&2; }
  exit 1
}

start_postgres() {
  local pg="$dir/pg" port
  port=$(free_port) || fail "no free port for PostgreSQL"
  mkdir -p "$pg"
  chown postgres: "$pg" 2>/dev/null || true
  local as=(runuser -u postgres --)
  [ "$(id -u)" -eq 0 ] || as=()
  "${as[@]}" "$pgbin/initdb" -D "$pg/data" -A trust -U godwit --no-sync >"$pg/initdb.log" 2>&1 \
    || fail "initdb failed" "$pg/initdb.log"
  # A port taken between the check and the bind: another one, a few times.
  local tries=0
  until "${as[@]}" "$pgbin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -t 60 \
          -o "-p $port -k $pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null; do
    tries=$((tries + 1))
    grep -q "Address already in use" "$pg/server.log" && [ "$tries" -lt 5 ] || fail "PostgreSQL did not start" "$pg/server.log"
    port=$(free_port) || fail "no free port for PostgreSQL"
  done
  echo "GODWIT_TEST_PG_PORT=$port" >> "$state"
}

start_mariadb() {
  local my="$dir/mariadb" port
  port=$(free_port) || fail "no free port for MariaDB"
  mkdir -p "$my/tmp"
  mariadb-install-db --no-defaults --datadir="$my/data" --user="$(id -un)" \
    --auth-root-authentication-method=normal >"$my/install.log" 2>&1 || fail "mariadb-install-db failed" "$my/install.log"
  # Detached, with its output in files: ctest must not wait on a pipe the server holds. A
  # tmpdir of its own: a starting mariadbd deletes every #sql* file in its tmpdir, which in a
  # shared /tmp are another running server's temporary tables (a test starts servers of its own).
  setsid mariadbd --no-defaults --datadir="$my/data" --tmpdir="$my/tmp" --user="$(id -un)" --socket="$my/sock" --port="$port" \
    --bind-address=127.0.0.1 --pid-file="$my/mariadb.pid" --innodb-flush-log-at-trx-commit=2 \
    --log-error="$my/server.log" --max-connections=300 --open-files-limit=4096 \
    --performance-schema=ON --performance-schema-instrument='wait/lock/metadata/sql/mdl=ON' \
    </dev/null >"$my/stdout.log" 2>&1 &
  for _ in $(seq 1 120); do
    if mariadb --no-defaults -h127.0.0.1 -P"$port" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
      echo "GODWIT_TEST_MARIADB_PORT=$port" >> "$state"
      return 0
    fi
    sleep 0.5
  done
  fail "MariaDB did not answer within 60 s" "$my/server.log"
}

stop_all() {
  [ -n "$dir" ] && [ -d "$dir" ] || { rm -f "$state"; return 0; }
  if [ -f "$dir/pg/data/postmaster.pid" ]; then
    local as=(runuser -u postgres --)
    [ "$(id -u)" -eq 0 ] || as=()
    "${as[@]}" "$pgbin/pg_ctl" -D "$dir/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/mariadb/mariadb.pid" ]; then
    local pid
    pid=$(cat "$dir/mariadb/mariadb.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
  rm -f "$state"
}

case "$cmd" in
  start)
    if [ -n "${GODWIT_TEST_NO_SERVERS:-}" ]; then
      echo "servers.sh: GODWIT_TEST_NO_SERVERS is set: no PostgreSQL or MariaDB for this run"
      exit 0
    fi
    stop_all
    dir=$(mktemp -d /tmp/godwit-test-servers.XXXXXX) || fail "cannot make a folder under /tmp"
    chmod 755 "$dir"
    mkdir -p "$(dirname "$state")"
    echo "GODWIT_TEST_SERVERS_DIR=$dir" > "$state"
    start_postgres
    start_mariadb
    echo "servers.sh: PostgreSQL and MariaDB are up:"; cat "$state"
    ;;
  stop) stop_all ;;
  *) fail "unknown command $cmd" ;;
esac
