#!/usr/bin/env python3
"""godwit-cli up on PostgreSQL and MariaDB, side by side with the servers' own clients and
dbmate (issue #3).

500 small migrations (a table and a row each) on a new database, median of 9 interleaved
rounds, on throwaway servers started by tests/servers/servers.sh (PostgreSQL runs with
fsync=off there, for every tool alike):
  - psql / mariadb running the same statements with the same per-migration transaction
    (PostgreSQL) and a history insert per migration;
  - dbmate up on the same migrations in dbmate's format.
Usage: tests/benchmarks/bench_servers.py [BUILD_DIR]   (default build/dev)
"""
import os
import shutil
import statistics
import sys
import time

# Paths, the dbmate install and the process helper are bench_cli's: one place for them.
from bench_cli import DBMATE, GODWIT, ROOT, ensure_dbmate, run

SERVERS = ROOT / "tests/servers/servers.sh"
WORK = ROOT / "tests/benchmarks/.work/servers"
COUNT = 500
ROUNDS = 9


def timed(cmd, **kw):
    start = time.perf_counter()
    run(cmd, **kw)
    return time.perf_counter() - start


def main():
    if not GODWIT.exists():
        sys.exit(f"build godwit-cli first: {GODWIT} is missing")
    ensure_dbmate()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    state = WORK / "servers.env"
    run([str(SERVERS), "start", str(state)])
    try:
        env = dict(line.split("=", 1) for line in state.read_text().split() if "=" in line)
        engines = os.environ.get("BENCH_ENGINES", "postgresql mariadb").split()
        if "postgresql" in engines:
            bench("postgresql", int(env["GODWIT_TEST_PG_PORT"]))
        if "mariadb" in engines:
            bench("mariadb", int(env["GODWIT_TEST_MARIADB_PORT"]))
    finally:
        run([str(SERVERS), "stop", str(state)])


def bench(engine, port):
    pg = engine == "postgresql"
    folder, dbm = WORK / f"{engine}-golang", WORK / f"{engine}-dbmate"
    folder.mkdir()
    dbm.mkdir()
    script = []
    history = ("CREATE TABLE godwit_schema_history (kind VARCHAR(16) NOT NULL, version_key VARCHAR(191) NOT NULL,"
               " version VARCHAR(191), description VARCHAR(500) NOT NULL, script VARCHAR(1000) NOT NULL,"
               " checksum CHAR(64) NOT NULL, applied_by VARCHAR(128) NOT NULL, applied_at VARCHAR(32) NOT NULL,"
               " duration_ms BIGINT NOT NULL, status VARCHAR(16) NOT NULL, statement_count INTEGER NOT NULL,"
               " failed_statement INTEGER, error TEXT, statement_checksums TEXT, PRIMARY KEY (kind, version_key));")
    script.append(history)
    for n in range(1, COUNT + 1):
        up = (f"CREATE TABLE t_{n} (id integer PRIMARY KEY, label varchar(100) NOT NULL);\n"
              f"INSERT INTO t_{n} VALUES (1, 'row of migration {n}');\n")
        (folder / f"{n:04d}_step_{n}.up.sql").write_text(up)
        (folder / f"{n:04d}_step_{n}.down.sql").write_text(f"DROP TABLE t_{n};\n")
        (dbm / f"{n:04d}_step_{n}.sql").write_text(f"-- migrate:up\n{up}\n-- migrate:down\nDROP TABLE t_{n};\n")
        row = (f"INSERT INTO godwit_schema_history VALUES ('versioned', '{n}', '{n:04d}', 'step {n}',"
               f" '{n:04d}_step_{n}.up.sql', '{'0' * 64}', 'bench', '2026-01-01T00:00:00.000Z', 0, 'applied', 2,"
               " NULL, NULL, NULL);")
        script.append(("BEGIN;\n" + up + row + "\nCOMMIT;") if pg else (up + row))
    sql = WORK / f"{engine}.sql"
    sql.write_text("\n".join(script) + "\n")

    admin = (["psql", "-q", "-h", "127.0.0.1", "-p", str(port), "-U", "godwit", "-d", "postgres", "-c"] if pg
             else ["mariadb", "--no-defaults", "-h127.0.0.1", f"-P{port}", "-uroot", "-e"])
    times = {"godwit": [], "client": [], "dbmate": []}
    for r in range(ROUNDS):
        dbs = {k: f"bench_{k}_{r}" for k in times}
        for name in dbs.values():
            run(admin + [f"CREATE DATABASE {name}"])
        if pg:
            url = f"postgres://godwit@127.0.0.1:{port}/{dbs['godwit']}"
            client = ["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(port), "-U", "godwit",
                      "-d", dbs["client"], "-f", str(sql)]
            dburl = f"postgres://godwit@127.0.0.1:{port}/{dbs['dbmate']}?sslmode=disable"
        else:
            url = f"mysql://root@127.0.0.1:{port}/{dbs['godwit']}"
            client = ["mariadb", "--no-defaults", "-h127.0.0.1", f"-P{port}", "-uroot", dbs["client"], "-e",
                      f"source {sql}"]
            dburl = f"mysql://root@127.0.0.1:{port}/{dbs['dbmate']}"
        times["godwit"].append(timed([str(GODWIT), "up", "--project", str(folder), "--url", url]))
        times["client"].append(timed(client))
        times["dbmate"].append(timed([str(DBMATE), "--url", dburl, "--migrations-dir", str(dbm), "--no-dump-schema", "up"]))
    g, c, d = (statistics.median(times[k]) for k in ("godwit", "client", "dbmate"))
    name = "psql" if pg else "mariadb client"
    print(f"{engine}: up of {COUNT} small migrations on a new database, median of {ROUNDS} interleaved rounds")
    print(f"  godwit-cli up        {g * 1000:8.1f} ms")
    print(f"  {name:<20} {c * 1000:8.1f} ms   (same statements, history insert per migration"
          f"{', one transaction each' if pg else ''})")
    print(f"  dbmate up            {d * 1000:8.1f} ms")
    print(f"  ratio godwit/{'psql' if pg else 'mariadb'}   {g / c:7.2f}     target <= 1.3")
    print(f"  ratio godwit/dbmate  {g / d:7.2f}     target <= 1.0")


if __name__ == "__main__":
    main()
