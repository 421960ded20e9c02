#!/usr/bin/env python3
"""How far the dry run's time estimate is from the real apply, on a generated 1,000,000-row
table (issue #18), same machine, both timed.

  SQLite:     the target file holds orders (1,000,000 rows); the migration rebuilds it
              (new table, copy, drop, rename), indexes it and updates a tenth of its rows.
              The dry run runs on a copy (VACUUM INTO) holding the same rows.
  PostgreSQL: the same table on a throwaway server (tests/servers/servers.sh, fsync=off);
              the migration changes a column to bigint (a rewrite), indexes it and updates a
              tenth of its rows; the dry run runs in a rolled-back transaction.
For each: `godwit-cli dry-run --format json` (the estimate's total and its longest
statements), then `godwit-cli up` on the same target, its migration's duration from the
history; the ratio estimate / real. Prints figures; never fails on a timing.
Usage: tests/benchmarks/bench_estimate.py [BUILD_DIR]   (default build/dev)
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time

from bench_cli import GODWIT, ROOT, run

SERVERS = ROOT / "tests/servers/servers.sh"
WORK = ROOT / "tests/benchmarks/.work/estimate"
ROWS = 1_000_000

SQLITE_UP = """CREATE TABLE orders_new (id integer PRIMARY KEY, customer_id integer NOT NULL, total bigint NOT NULL, note text);
INSERT INTO orders_new SELECT id, customer_id, total, note FROM orders;
DROP TABLE orders;
ALTER TABLE orders_new RENAME TO orders;
CREATE INDEX idx_orders_customer ON orders (customer_id);
UPDATE orders SET note = 'checked' WHERE id % 10 = 0;
"""
PG_UP = """ALTER TABLE orders ALTER COLUMN total TYPE bigint;
CREATE INDEX idx_orders_customer ON orders (customer_id);
UPDATE orders SET note = 'checked' WHERE id % 10 = 0;
"""


def folder(name, up):
    f = WORK / name
    (f / "migrations").mkdir(parents=True)
    (f / "migrations/000001_orders.up.sql").write_text(
        "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL, total integer NOT NULL, note text);\n")
    (f / "migrations/000002_change.up.sql").write_text(up)
    return f


def godwit(args, project, url):
    out = subprocess.run([str(GODWIT)] + args + ["--project", str(project / "migrations"), "--url", url],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"godwit-cli {' '.join(args)} failed:\n{out.stdout}\n{out.stderr}")
    return out.stdout


def measure(engine, project, url, history):
    report = json.loads(godwit(["dry-run", "--format", "json"], project, url))
    report = report.get("report", report)
    estimate = report["estimate"]
    start = time.perf_counter()
    godwit(["up"], project, url)
    wall = (time.perf_counter() - start) * 1000
    real = history()
    print(f"{engine}: {ROWS:,} rows, method {report.get('method')}")
    print(f"  estimate (dry run)  {estimate['totalMs']:10.0f} ms{'  (lower bound)' if estimate['withoutRows'] else ''}")
    for s in estimate["statements"][:3]:
        print(f"    statement {s['index']}: {s['estimatedMs']:9.0f} ms on {s['table']} ({s['targetRows']:,} rows)"
              f"{' holding ' + s['holds'] if s.get('holds') else ''}")
    print(f"  real apply          {real:10.0f} ms   (the migration's duration in the history; whole command {wall:.0f} ms)")
    print(f"  ratio estimate/real {estimate['totalMs'] / real:10.2f}")


def sqlite_case():
    project = folder("sqlite", SQLITE_UP)
    db = project / "target.sqlite"
    url = f"sqlite:{db}"
    godwit(["up", "--to", "1"], project, url)
    con = sqlite3.connect(db)
    con.execute(f"WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {ROWS}) "
                "INSERT INTO orders SELECT n, n % 5000, n, 'n' || n FROM g")
    con.commit()
    con.close()

    def history():
        c = sqlite3.connect(db)
        ms = c.execute("SELECT duration_ms FROM godwit_schema_history WHERE version = '000002'").fetchone()[0]
        c.close()
        return ms
    measure("sqlite", project, url, history)


def postgres_case(port):
    project = folder("postgresql", PG_UP)
    psql = ["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(port), "-U", "godwit"]
    run(psql + ["-d", "postgres", "-c", "CREATE DATABASE bench_estimate"])
    url = f"postgres://godwit@127.0.0.1:{port}/bench_estimate"
    godwit(["up", "--to", "1"], project, url)
    run(psql + ["-d", "bench_estimate", "-c",
                f"INSERT INTO orders SELECT g, g % 5000, g, 'n' || g FROM generate_series(1, {ROWS}) g; ANALYZE orders"])

    def history():
        out = subprocess.run(psql + ["-d", "bench_estimate", "-At", "-c",
                                     "SELECT duration_ms FROM godwit_schema_history WHERE version = '000002'"],
                             capture_output=True, text=True, check=True)
        return float(out.stdout.strip())
    measure("postgresql", project, url, history)


def main():
    if not GODWIT.exists():
        sys.exit(f"build godwit-cli first: {GODWIT} is missing")
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    sqlite_case()
    if "postgresql" not in os.environ.get("BENCH_ENGINES", "sqlite postgresql").split():
        return
    state = WORK / "servers.env"
    run([str(SERVERS), "start", str(state)])
    try:
        env = dict(line.split("=", 1) for line in state.read_text().split() if "=" in line)
        postgres_case(int(env["GODWIT_TEST_PG_PORT"]))
    finally:
        run([str(SERVERS), "stop", str(state)])


if __name__ == "__main__":
    main()
