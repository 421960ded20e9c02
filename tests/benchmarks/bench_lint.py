#!/usr/bin/env python3
"""godwit-cli lint side by side with squawk (npm squawk-cli), the PostgreSQL migration linter.

  corpus:  2,000 generated PostgreSQL migrations (golang-migrate naming, with downs), each
           one of the statement shapes squawk's rules look at, in a stable pseudo-random mix;
  compare: per squawk rule, the files squawk flags and the files Godwit flags with its
           matching rule, and where they disagree (a few example files each way);
  time:    wall time of each tool over the whole corpus, median of 5 (squawk reads the same
           files); then Godwit alone on 10,000 migrations of each dialect.

squawk comes from npm into tests/benchmarks/.peers (ignored); work files go to
tests/benchmarks/.work. Prints figures and ratios; never fails on a timing.
Usage: tests/benchmarks/bench_lint.py [BUILD_DIR]   (default build/dev)
"""
import collections
import json
import pathlib
import random
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build/dev").resolve()
GODWIT = BUILD / "app/cli/godwit-cli"
WORK = ROOT / "tests/benchmarks/.work/lint"
PEERS = ROOT / "tests/benchmarks/.peers"
SQUAWK = PEERS / "node_modules/.bin/squawk"

# squawk rule → (Godwit rule(s), a statement squawk flags with it)
SHAPES = {
    "adding-required-field": ("add-not-null-column-without-default", "ALTER TABLE t{n} ADD COLUMN c{n} text NOT NULL;"),
    "require-concurrent-index-creation": ("create-index-non-concurrent", "CREATE INDEX idx_{n} ON t{n} (c);"),
    "require-concurrent-index-deletion": ("drop-index", "DROP INDEX idx_{n};"),
    "adding-foreign-key-constraint": ("foreign-key-without-not-valid",
                                      "ALTER TABLE t{n} ADD CONSTRAINT fk_{n} FOREIGN KEY (p) REFERENCES p{n} (id);"),
    # squawk's one rule for every constraint added without NOT VALID
    "constraint-missing-not-valid": (("check-without-not-valid", "foreign-key-without-not-valid", "primary-key-blocking",
                                      "unique-constraint-blocking"),
                                     "ALTER TABLE t{n} ADD CONSTRAINT ck_{n} CHECK (c > 0);"),
    "ban-drop-table": ("drop-table", "DROP TABLE old_{n};"),
    "ban-drop-column": ("drop-column", "ALTER TABLE t{n} DROP COLUMN c{n};"),
    "ban-drop-database": ("drop-database", "DROP DATABASE db_{n};"),
    "renaming-column": ("rename-column", "ALTER TABLE t{n} RENAME COLUMN a TO b{n};"),
    "renaming-table": ("rename-table", "ALTER TABLE t{n} RENAME TO u{n};"),
    "changing-column-type": ("column-type-change", "ALTER TABLE t{n} ALTER COLUMN c TYPE bigint;"),
    "adding-not-nullable-field": ("set-not-null", "ALTER TABLE t{n} ALTER COLUMN c SET NOT NULL;"),
    "adding-field-with-default": ("volatile-default", "ALTER TABLE t{n} ADD COLUMN u{n} uuid DEFAULT gen_random_uuid();"),
    "disallowed-unique-constraint": ("unique-constraint-blocking", "ALTER TABLE t{n} ADD CONSTRAINT uq_{n} UNIQUE (c);"),
    "adding-serial-primary-key-field": ("primary-key-blocking", "ALTER TABLE t{n} ADD PRIMARY KEY (id);"),
    "ban-char-field": ("char-n", "CREATE TABLE n{n} (code char(3));"),
    "prefer-bigint-over-int": ("int-primary-key", "CREATE TABLE n{n} (id integer PRIMARY KEY);"),
    "prefer-identity": ("prefer-identity", "CREATE TABLE n{n} (id bigserial PRIMARY KEY);"),
    "prefer-timestamp-tz": ("timestamp-without-time-zone", "CREATE TABLE n{n} (at timestamp);"),
    "ban-truncate-cascade": ("truncate-cascade", "TRUNCATE t{n} CASCADE;"),
    "ban-concurrent-index-creation-in-transaction": ("concurrently-in-transaction",
                                                     "BEGIN;\nCREATE INDEX CONCURRENTLY idx_{n} ON t{n} (c);\nCOMMIT;"),
    "require-lock-timeout": ("lock-timeout-not-set", "ALTER TABLE t{n} ADD COLUMN d{n} text;"),
    "require-statement-timeout": ("statement-timeout-not-set", "ALTER TABLE t{n} ADD COLUMN e{n} text;"),
}
SAFE = [
    "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_s{n} ON t{n} (c);",
    "ALTER TABLE t{n} ADD CONSTRAINT fk_s{n} FOREIGN KEY (p) REFERENCES p{n} (id) NOT VALID;",
    "UPDATE t{n} SET c = 0 WHERE c IS NULL AND id < 1000;",
]


def corpus(folder, count, dialect="postgresql"):
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rnd = random.Random(7)
    rules = sorted(SHAPES)
    for n in range(1, count + 1):
        if dialect == "postgresql":
            shape = rules[n % len(rules)]
            body = SHAPES[shape][1].format(n=n) + "\n" + rnd.choice(SAFE).format(n=n) + "\n"
        elif dialect == "sqlite":
            body = rnd.choice(["ALTER TABLE t{n} ADD COLUMN c{n} TEXT;", "DELETE FROM t{n};",
                               "ALTER TABLE t{n} DROP COLUMN c{n};", "CREATE INDEX i{n} ON t{n} (c);",
                               "UPDATE t{n} SET c = 1 WHERE id = {n};"]).format(n=n) + "\n"
        else:
            body = rnd.choice(["ALTER TABLE t{n} MODIFY c{n} VARCHAR(20);", "ALTER TABLE t{n} ADD COLUMN c{n} TEXT;",
                               "RENAME TABLE t{n} TO u{n};", "DELETE FROM t{n};",
                               "CREATE TABLE n{n} (id INT AUTO_INCREMENT PRIMARY KEY);"]).format(n=n) + "\n"
        (folder / f"{n:06d}_m{n}.up.sql").write_text(body)
        (folder / f"{n:06d}_m{n}.down.sql").write_text("SELECT 1;\n")


def median_time(cmd, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    if not SQUAWK.exists():
        PEERS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(PEERS), "squawk-cli@2"], check=True,
                       stdout=subprocess.DEVNULL)
    version = subprocess.run([str(SQUAWK), "--version"], capture_output=True, text=True).stdout.strip()
    folder = WORK / "pg2000"
    corpus(folder, 2000)
    files = sorted(str(p) for p in folder.glob("*.up.sql"))

    godwit = json.loads(subprocess.run([str(GODWIT), "lint", "--project", str(folder), "--dialect", "postgresql",
                                        "--format", "json"], capture_output=True, text=True).stdout)
    squawk = json.loads(subprocess.run([str(SQUAWK), "--reporter", "json"] + files, capture_output=True, text=True).stdout)
    ours = collections.defaultdict(set)
    for f in godwit["findings"]:
        ours[f["rule"]].add(pathlib.Path(f["file"]).name)
    theirs = collections.defaultdict(set)
    for f in squawk:
        theirs[f["rule_name"]].add(pathlib.Path(f["file"]).name)

    print(f"Lint of {len(files)} generated PostgreSQL migrations: Godwit {GODWIT.name} vs {version}")
    print("Known disagreements by design: Godwit asks for timeouts only before statements that lock an existing")
    print("table (not CREATE TABLE, DROP DATABASE, TRUNCATE); it has no prefer-robust-stmts (IF NOT EXISTS): a")
    print("migration runs in one transaction and is rolled back whole.")
    print(f"{'squawk rule':46} {'Godwit rule':38} {'squawk':>7} {'Godwit':>7} {'only squawk':>12} {'only Godwit':>12}")
    for rule in sorted(set(theirs) | set(SHAPES)):
        mapped = SHAPES.get(rule, ((),))[0]
        mapped = (mapped,) if isinstance(mapped, str) else mapped
        mine = "+".join(mapped) if mapped else "—"
        a = theirs.get(rule, set())
        b = set().union(*(ours.get(m, set()) for m in mapped)) if mapped else set()
        only_a, only_b = sorted(a - b), sorted(b - a)
        print(f"{rule:46} {mine:38} {len(a):7} {len(b):7} {len(only_a):12} {len(only_b):12}")
        for name, side in (("squawk", only_a[:2]), ("Godwit", only_b[:2])):
            for file in side:
                print(f"    only {name}: {file}: {(folder / file).read_text().splitlines()[0]}")
    known = set()
    for value in SHAPES.values():
        known |= {value[0]} if isinstance(value[0], str) else set(value[0])
    unmapped = sorted(set(ours) - known)
    print("Godwit rules with no squawk counterpart that fired: " + ", ".join(f"{r} ({len(ours[r])})" for r in unmapped))

    t_godwit = median_time([str(GODWIT), "lint", "--project", str(folder), "--dialect", "postgresql", "--format", "json"])
    t_squawk = median_time([str(SQUAWK), "--reporter", "json"] + files)
    print(f"time, 2,000 migrations: Godwit {t_godwit * 1000:.0f} ms, squawk {t_squawk * 1000:.0f} ms, "
          f"ratio Godwit/squawk {t_godwit / t_squawk:.2f}")

    for dialect in ("postgresql", "sqlite", "mysql"):
        big = WORK / f"{dialect}10000"
        corpus(big, 10000, dialect)
        t = median_time([str(GODWIT), "lint", "--project", str(big), "--dialect", dialect, "--format", "json"], runs=3)
        print(f"time, 10,000 {dialect} migrations: Godwit {t * 1000:.0f} ms ({t * 1e6 / 10000:.0f} µs per migration)")


if __name__ == "__main__":
    main()
