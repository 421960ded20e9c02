#!/usr/bin/env python3
"""How far the dry run's time estimate is from the real apply, on a generated 1,000,000-row
table (issue #18), same machine, both timed.

  SQLite:     the target file holds orders (1,000,000 rows); the migration rebuilds it
              (new table, copy, drop, rename), indexes it and updates a tenth of its rows.
              The dry run runs on a copy (VACUUM INTO) holding the same rows.
  PostgreSQL: the same table on a throwaway server (tests/servers/servers.sh, fsync=off);
              the migration changes a column to bigint (a rewrite), indexes it and updates a
              tenth of its rows; the dry run runs in a rolled-back transaction, then (as on
              production) on a schema copy holding the first 50,000 rows, scaled.
  MariaDB:    the same table and migration (MODIFY to bigint: ALGORITHM=COPY); the dry run
              runs on a schema copy holding the first 50,000 rows, scaled.
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
MARIADB_UP = """ALTER TABLE orders MODIFY total bigint NOT NULL;
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


def measure(engine, project, url, history, methods=("auto",)):
    estimates = []
    for method in methods:
        report = json.loads(godwit(["dry-run", "--format", "json", "--method", method], project, url))
        estimates.append((report.get("report", report)))
    start = time.perf_counter()
    godwit(["up"], project, url)
    wall = (time.perf_counter() - start) * 1000
    real = history()
    print(f"{engine}: {ROWS:,} rows")
    print(f"  real apply          {real:10.0f} ms   (the migration's duration in the history; whole command {wall:.0f} ms)")
    for report in estimates:
        estimate = report["estimate"]
        print(f"  estimate, dry run by {report.get('method')}: {estimate['totalMs']:.0f} ms"
              f"{'  (lower bound)' if estimate['withoutRows'] else ''}, ratio estimate/real "
              f"{estimate['totalMs'] / real:.2f}")
        for s in estimate["statements"][:3]:
            print(f"    statement {s['index']}: {s['estimatedMs']:9.0f} ms on {s['table']} ({s['targetRows']:,} rows;"
                  f" {s['dryRunRows']:,} in the dry run){' holding ' + s['holds'] if s.get('holds') else ''}")


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
    measure("postgresql", project, url, history, ("transaction", "copy"))


def mariadb_case(port):
    project = folder("mariadb", MARIADB_UP)
    client = ["mariadb", "--protocol=tcp", "-h", "127.0.0.1", "-P", str(port), "-u", "root"]
    run(client + ["-e", "CREATE DATABASE bench_estimate"])
    url = f"mysql://root@127.0.0.1:{port}/bench_estimate"
    godwit(["up", "--to", "1"], project, url)
    run(client + ["bench_estimate", "-e",
                  f"INSERT INTO orders SELECT seq, seq % 5000, seq, CONCAT('n', seq) FROM seq_1_to_{ROWS};"
                  " ANALYZE TABLE orders"])

    def history():
        out = subprocess.run(client + ["bench_estimate", "-N", "-B", "-e",
                                       "SELECT duration_ms FROM godwit_schema_history WHERE version = '000002'"],
                             capture_output=True, text=True, check=True)
        return float(out.stdout.strip())
    measure("mariadb", project, url, history)


def main():
    if not GODWIT.exists():
        sys.exit(f"build godwit-cli first: {GODWIT} is missing")
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    engines = os.environ.get("BENCH_ENGINES", "sqlite postgresql mariadb").split()
    if "sqlite" in engines:
        sqlite_case()
    if "postgresql" not in engines and "mariadb" not in engines:
        return
    state = WORK / "servers.env"
    run([str(SERVERS), "start", str(state)])
    try:
        env = dict(line.split("=", 1) for line in state.read_text().split() if "=" in line)
        if "postgresql" in engines:
            postgres_case(int(env["GODWIT_TEST_PG_PORT"]))
        if "mariadb" in engines:
            mariadb_case(int(env["GODWIT_TEST_MARIADB_PORT"]))
    finally:
        run([str(SERVERS), "stop", str(state)])


if __name__ == "__main__":
    main()
