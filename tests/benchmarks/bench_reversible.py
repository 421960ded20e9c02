#!/usr/bin/env python3
"""godwit-cli lint --reversible: per-migration round trips, cost against plan length.

  corpus: N generated SQLite migrations (golang-migrate naming, up and down files): each
          creates a table with a few rows, adds a column and an index to an earlier one, or
          updates rows; every 300th down (the 100th of those that add an index) forgets it. Nothing applied: the whole folder
          is the pending plan.
  time:   wall time of `godwit-cli lint --reversible` for N = 250, 500, 1,000 and 2,000
          (median of 3), per migration, and the ratio of each to the one before (2.0 is
          linear, 4.0 quadratic); against the raw database: the sqlite3 shell running the
          same statements in the same order (up, down, up per migration), which is the floor.
          With --before BUILD, also an older godwit-cli on the smaller plans.

Work files go to tests/benchmarks/.work/reversible. Prints figures; never fails on a timing.
Usage: tests/benchmarks/bench_reversible.py [BUILD_DIR] [--before OLD_BUILD_DIR]
"""
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
args = [a for a in sys.argv[1:] if not a.startswith("--")]
BUILD = pathlib.Path(args[0] if args else ROOT / "build/dev").resolve()
BEFORE = None
if "--before" in sys.argv:
    BEFORE = pathlib.Path(sys.argv[sys.argv.index("--before") + 1]).resolve()
    args = [a for a in args if pathlib.Path(a).resolve() != BEFORE]
GODWIT = BUILD / "app/cli/godwit-cli"
WORK = ROOT / "tests/benchmarks/.work/reversible"
SIZES = (250, 500, 1000, 2000)


def migration(n):
    """The up and down statements of migration n."""
    kind = n % 3
    if kind == 0 or n < 3:
        return ([f"CREATE TABLE t{n} (id INTEGER PRIMARY KEY, name VARCHAR(40), amount INTEGER DEFAULT 0);",
                 f"INSERT INTO t{n} (id, name, amount) VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);"],
                [f"DROP TABLE t{n};"])
    table = f"t{n - kind}"
    if kind == 1:
        down = [f"ALTER TABLE {table} DROP COLUMN c{n};"]
        if n % 100 != 1:
            down.insert(0, f"DROP INDEX idx_{n};")
        return ([f"ALTER TABLE {table} ADD COLUMN c{n} INTEGER;", f"CREATE INDEX IF NOT EXISTS idx_{n} ON {table} (name);"], down)
    return ([f"UPDATE {table} SET amount = amount + 1 WHERE id <= 3;"], [f"UPDATE {table} SET amount = amount - 1 WHERE id <= 3;"])


def write_folder(count):
    folder = WORK / f"m{count}"
    if folder.exists():
        return folder
    folder.mkdir(parents=True)
    for n in range(1, count + 1):
        up, down = migration(n)
        (folder / f"{n:05d}_m{n}.up.sql").write_text("\n".join(up) + "\n")
        (folder / f"{n:05d}_m{n}.down.sql").write_text("\n".join(down) + "\n")
    return folder


def lint_seconds(godwit, folder, count):
    db = WORK / f"target{count}.db"
    db.unlink(missing_ok=True)
    subprocess.run(["sqlite3", str(db), "CREATE TABLE unrelated (id INTEGER PRIMARY KEY);"], check=True)
    start = time.perf_counter()
    r = subprocess.run([str(godwit), "lint", "--reversible", "--project", str(folder), "--url", f"sqlite:{db}",
                        "--format", "json"], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if r.returncode not in (0, 1):
        sys.exit(f"{godwit} lint --reversible failed ({r.returncode}): {r.stderr[-400:]}")
    return seconds, r.stdout.count("down-does-not-undo-up")


def raw_seconds(count):
    """The same statements through the sqlite3 shell, each migration's up, down, up."""
    script = WORK / f"raw{count}.sql"
    lines = []
    for n in range(1, count + 1):
        up, down = migration(n)
        lines += up + down + up
    script.write_text("\n".join(lines) + "\n")
    db = WORK / f"raw{count}.db"
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(["sqlite3", str(db)], stdin=script.open(), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(godwit, label, sizes, runs):
    print(f"{label}: {godwit}")
    previous = None
    for count in sizes:
        folder = write_folder(count)
        results = [lint_seconds(godwit, folder, count) for _ in range(runs)]
        seconds = statistics.median(r[0] for r in results)
        findings = results[0][1]
        ratio = f"   x{seconds / previous:.2f} for twice the plan" if previous else ""
        print(f"  {count:5d} migrations  {seconds:8.2f} s  {seconds / count * 1000:7.2f} ms each  "
              f"{findings:3d} findings{ratio}")
        previous = seconds
    return seconds


def main():
    if not GODWIT.exists():
        sys.exit(f"build godwit-cli first: {GODWIT} is missing")
    if shutil.which("sqlite3") is None:
        sys.exit("the sqlite3 shell is missing (apt-get install sqlite3)")
    WORK.mkdir(parents=True, exist_ok=True)
    last = measure(GODWIT, "godwit-cli lint --reversible", SIZES, 3)
    raw = statistics.median(raw_seconds(SIZES[-1]) for _ in range(3))
    print(f"raw database: sqlite3 running the {SIZES[-1]} migrations' up, down, up  {raw:8.2f} s   "
          f"godwit-cli x{last / raw:.1f} (adds a schema read after each up and down, row copies and comparisons)")
    if BEFORE:
        measure(BEFORE / "app/cli/godwit-cli", "before (older godwit-cli)", SIZES[:2], 1)


if __name__ == "__main__":
    main()
