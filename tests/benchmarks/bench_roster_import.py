"""Benchmark: importing a 100,000-row, 10-column CSV into an empty roster, against a floor.

The floor, measured in the same run on the same file: stdlib `csv` reading it plus one `executemany` into an
equivalent 10-column table in a fresh database file. The import is the function `ua-desktop roster import`
calls (ua_desktop.core.roster.csv_import.import_file), run in a subprocess so its peak RSS is its own.
Targets: import / floor <= 3, peak RSS < 300 MB.

Run: python tests/benchmarks/bench_roster_import.py [--runs 5]
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 100_000
HEADER = [
    "First name",
    "Last name",
    "Street",
    "Postcode",
    "City",
    "Country",
    "E-mail",
    "Phone",
    "Language",
    "Tags",
]
TARGET_RATIO = 3.0
TARGET_RSS_MB = 300

FIRST = ["Anna", "Peter", "Maria", "Jürg", "Élise", "Marco", "Sofia", "Hans", "Laura", "Noah", "Zoë", "Luca"]
CITIES = [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("1204", "Genève"), ("6900", "Lugano")]
TAGS = ["", "", "Tuesday group", "street stand", "Tuesday group; street stand"]


def make_csv(path: Path, rows: int = ROWS) -> None:
    rnd = random.Random(4)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            first = rnd.choice(FIRST)
            last = "".join(rnd.choice("abcdefghijklmnoprstuvwz") for _ in range(7)).title()
            postcode, city = rnd.choice(CITIES)
            writer.writerow(
                [
                    first,
                    last,
                    f"Bahnhofstrasse {n % 300 + 1}",
                    postcode,
                    city,
                    "CH",
                    f"{first.lower()}.{last.lower()}{n}@example.org",
                    f"+41 79 {n:07d}",
                    "de",
                    rnd.choice(TAGS),
                ]
            )


def floor(path: Path, db: Path) -> float:
    """stdlib csv + one executemany into a plain 10-column table (the issue's floor)."""
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE t ({', '.join(f'c{i} TEXT' for i in range(len(HEADER)))})")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(HEADER))})", reader)
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def floor_roster_schema(path: Path, db: Path) -> float:
    """The same, into the roster's own signers table (its columns and index), for reference."""
    from ua_desktop.core.roster.schema import MIGRATIONS

    columns = [
        "first_name",
        "last_name",
        "street",
        "postal_code",
        "city",
        "country",
        "email",
        "phone",
        "language",
        "notes",
    ]
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        conn.executemany(
            f"INSERT INTO signers ({', '.join(columns)}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(columns))}, '', '')",
            reader,
        )
    conn.commit()
    conn.close()
    return time.perf_counter() - start


_CHILD = """
import sys, time
from pathlib import Path
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.csv_import import import_file
from ua_desktop.core.roster.store import RosterStore
paths = resolve_paths(sys.argv[2]).ensure()
start = time.perf_counter()
with RosterStore.open(paths) as store:
    report = import_file(store, Path(sys.argv[1]))
elapsed = time.perf_counter() - start
assert report.committed and report.added == int(sys.argv[3]), report.summary()
print(elapsed)
"""


def measured(path: Path, data_dir: Path) -> float:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(data_dir), str(ROWS)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds of floor and import (best of each)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="ua-bench-import-") as tmp:
        folder = Path(tmp)
        source = folder / "signers.csv"
        make_csv(source)
        print(f"file: {ROWS:,} rows x {len(HEADER)} columns, {source.stat().st_size / 1e6:.1f} MB")
        floors, schema_floors, imports = [], [], []
        for run in range(runs):
            floors.append(floor(source, folder / f"floor{run}.sqlite3"))
            schema_floors.append(floor_roster_schema(source, folder / f"schema{run}.sqlite3"))
            imports.append(measured(source, folder / f"data{run}"))
        rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    best_floor, best_import = min(floors), min(imports)
    ratio = best_import / best_floor
    print(f"floor (csv + one executemany): {best_floor:.3f} s (best of {runs})")
    print(f"roster import:                 {best_import:.3f} s (best of {runs}: open, read, check, write)")
    rounds = ", ".join(f"{f:.3f}/{i:.3f}" for f, i in zip(floors, imports, strict=True))
    print(f"  every round, floor / import: {rounds}")
    print(f"reference: csv + executemany into the roster's own table and index: {min(schema_floors):.3f} s")
    print(f"ratio: {ratio:.2f} (target <= {TARGET_RATIO:.0f})")
    print(f"peak RSS of the import process: {rss_mb:.0f} MB (target < {TARGET_RSS_MB} MB)")
    ok = ratio <= TARGET_RATIO and rss_mb < TARGET_RSS_MB
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
