#!/usr/bin/env python3
"""godwit-cli side by side with its peers, on generated migrations (README.md, "Benchmarks").

  status: 10,000 migrations (golang-migrate naming, 1 KB each, up and down files), all
          applied but the last 100; warm cache, median of 5; against `dbmate status` on
          the same migrations in dbmate's format. Godwit checksums every script; dbmate
          does not.
  up:     1,000 small migrations on a new SQLite file, median of 7 interleaved rounds; against the sqlite3
          shell running the same statements with the same per-migration transactions and
          history inserts, and against `dbmate up`.

dbmate comes from npm into tests/benchmarks/.peers (ignored); work files go to
tests/benchmarks/.work. Prints figures and ratios; never fails on a timing.
Usage: tests/benchmarks/bench_cli.py [BUILD_DIR]   (default build/dev)
"""
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build/dev").resolve()
GODWIT = BUILD / "app/cli/godwit-cli"
WORK = ROOT / "tests/benchmarks/.work"
PEERS = ROOT / "tests/benchmarks/.peers"
DBMATE = PEERS / "node_modules/.bin/dbmate"
ROUNDS = 7


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def timed(cmd, runs, before=None, **kw):
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        run(cmd, **kw)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ensure_dbmate():
    if not DBMATE.exists():
        PEERS.mkdir(parents=True, exist_ok=True)
        run(["npm", "install", "--prefix", str(PEERS), "--no-audit", "--no-fund", "dbmate@2"])
    return subprocess.run([str(DBMATE), "--version"], capture_output=True, text=True).stdout.strip()


def padding(n, size):
    text = f"-- migration {n}: generated for the status benchmark; padding follows\n"
    line = "-- " + "x" * 76 + "\n"
    while len(text) + len(line) < size - 120:
        text += line
    return text


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def bench_status(dbmate_version):
    count, unapplied = 10_000, 100
    base = fresh(WORK / "status")
    golang, dbm = fresh(base / "golang"), fresh(base / "dbmate")
    for n in range(1, count + 1):
        v = f"{n:05d}"
        up = padding(n, 1024) + f"INSERT INTO bench_log (n, note) VALUES ({n}, 'migration {n}');\n"
        down = f"DELETE FROM bench_log WHERE n = {n};\n"
        (golang / f"{v}_migration_{n}.up.sql").write_text(up)
        (golang / f"{v}_migration_{n}.down.sql").write_text(down)
        (dbm / f"{v}_migration_{n}.sql").write_text(f"-- migrate:up\n{up}\n-- migrate:down\n{down}")
    (golang / "00000_bench_log.up.sql").write_text("CREATE TABLE bench_log (n INTEGER, note TEXT);\n")
    (golang / "00000_bench_log.down.sql").write_text("DROP TABLE bench_log;\n")

    gdb, ddb = base / "godwit.sqlite", base / "dbmate.sqlite"
    start = time.perf_counter()
    run([str(GODWIT), "up", "--project", str(golang), "--url", f"sqlite:{gdb}", "--to", f"{count - unapplied:05d}"])
    apply_seconds = time.perf_counter() - start
    versions = ",".join(f"('{n:05d}')" for n in range(1, count - unapplied + 1))
    run(["sqlite3", str(ddb)], input=(
        "CREATE TABLE schema_migrations (version VARCHAR(128) PRIMARY KEY);\n"
        f"INSERT INTO schema_migrations VALUES {versions};\n").encode())

    godwit_cmd = [str(GODWIT), "status", "--project", str(golang), "--url", f"sqlite:{gdb}"]
    dbmate_cmd = [str(DBMATE), "--url", f"sqlite:{ddb}", "--migrations-dir", str(dbm), "status"]
    for cmd in (godwit_cmd, dbmate_cmd):  # warm the cache
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    g = timed(godwit_cmd, 5)
    d = timed_allowing_exit(dbmate_cmd, 5)
    print(f"status, {count} migrations ({count - unapplied} applied), warm cache, median of 5")
    print(f"  godwit-cli status   {g * 1000:8.1f} ms   (reads {2 * count + 2} files, checksums every up script)")
    print(f"  dbmate status       {d * 1000:8.1f} ms   ({dbmate_version}, lists the folder, reads no script)")
    print(f"  ratio godwit/dbmate {g / d:8.2f}     target <= 1.0; absolute target < 300 ms")
    print(f"  (setting up: godwit-cli up of {count - unapplied} migrations took {apply_seconds:.1f} s)")


def timed_allowing_exit(cmd, runs):
    # dbmate status exits 1 while migrations are pending; that is its answer, not a failure.
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_up(dbmate_version):
    count = 1000
    base = fresh(WORK / "up")
    golang, dbm = fresh(base / "golang"), fresh(base / "dbmate")
    shell = ["CREATE TABLE IF NOT EXISTS godwit_schema_history (kind VARCHAR(16) NOT NULL, version_key VARCHAR(191) NOT NULL,"
             " version VARCHAR(191), description VARCHAR(500) NOT NULL, script VARCHAR(1000) NOT NULL, checksum CHAR(64) NOT NULL,"
             " applied_by VARCHAR(128) NOT NULL, applied_at VARCHAR(32) NOT NULL, duration_ms BIGINT NOT NULL,"
             " status VARCHAR(16) NOT NULL, statement_count INTEGER NOT NULL, failed_statement INTEGER, error TEXT,"
             " PRIMARY KEY (kind, version_key));"]
    for n in range(1, count + 1):
        v = f"{n:04d}"
        up = (f"CREATE TABLE t_{n} (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\n"
              f"INSERT INTO t_{n} (label) VALUES ('row of migration {n}');\n")
        down = f"DROP TABLE t_{n};\n"
        (golang / f"{v}_step_{n}.up.sql").write_text(up)
        (golang / f"{v}_step_{n}.down.sql").write_text(down)
        (dbm / f"{v}_step_{n}.sql").write_text(f"-- migrate:up\n{up}\n-- migrate:down\n{down}")
        shell.append("BEGIN IMMEDIATE;\n" + up +
                     "INSERT INTO godwit_schema_history VALUES ('versioned', '%d', '%s', 'step %d', '%s_step_%d.up.sql',"
                     " '%s', 'bench', strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'), 0, 'applied', 2, NULL, NULL);\nCOMMIT;"
                     % (n, v, n, v, n, "0" * 64))
    script = base / "shell.sql"
    script.write_text("\n".join(shell) + "\n")

    def clean(*paths):
        return lambda: [p.unlink() for p in paths if p.exists()]

    gdb, sdb, ddb = base / "g.sqlite", base / "s.sqlite", base / "d.sqlite"
    # fsync times drift: interleave the three tools and take each one's median.
    times = {"godwit": [], "sqlite3": [], "dbmate": []}
    for _ in range(ROUNDS):
        clean(gdb, base / "g.sqlite-journal")()
        start = time.perf_counter()
        run([str(GODWIT), "up", "--project", str(golang), "--url", f"sqlite:{gdb}"])
        times["godwit"].append(time.perf_counter() - start)
        clean(sdb, base / "s.sqlite-journal")()
        with open(script, "rb") as f:
            start = time.perf_counter()
            run(["sqlite3", str(sdb)], stdin=f)
            times["sqlite3"].append(time.perf_counter() - start)
        clean(ddb, base / "d.sqlite-journal")()
        start = time.perf_counter()
        run([str(DBMATE), "--url", f"sqlite:{ddb}", "--migrations-dir", str(dbm), "--no-dump-schema", "up"])
        times["dbmate"].append(time.perf_counter() - start)
    g, s, d = (statistics.median(times[k]) for k in ("godwit", "sqlite3", "dbmate"))
    print(f"up, {count} small migrations on a new SQLite file, median of {ROUNDS} interleaved rounds")
    print(f"  godwit-cli up       {g * 1000:8.1f} ms")
    print(f"  sqlite3 shell       {s * 1000:8.1f} ms   (same statements, transactions and history inserts)")
    print(f"  dbmate up           {d * 1000:8.1f} ms")
    print(f"  ratio godwit/sqlite3 {g / s:7.2f}     target <= 1.3")
    print(f"  ratio godwit/dbmate  {g / d:7.2f}     target <= 1.0")


def main():
    if not GODWIT.exists():
        sys.exit(f"build godwit-cli first: {GODWIT} is missing")
    dbmate_version = ensure_dbmate()
    print(f"machine: {os.cpu_count()} cores; godwit-cli from {BUILD}")
    bench_status(dbmate_version)
    bench_up(dbmate_version)


if __name__ == "__main__":
    main()
