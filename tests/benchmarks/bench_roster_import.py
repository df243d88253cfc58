"""Benchmark: importing a 100,000-row, 10-column CSV as the user runs it, against a floor.

Both sides are whole processes, timed from start to exit by the parent (issue 17):
- ua-desktop: `ua-desktop --data-dir DIR roster import FILE --skip-bad-rows`, the installed entry point
  (`python -m ua_desktop` without one), into a new data folder each time: start-up, reading, checks,
  duplicates, the write and the report;
- floor: a script that reads the same file with stdlib `csv` and inserts it with one `executemany` into an
  equivalent 10-column table of a new database file, then commits.
Both run from a temporary folder (so `-m` imports the installed package) with their byte code cached, as an
installed program has it (pip compiles it): PYTHONDONTWRITEBYTECODE is dropped for the children, whose
byte code goes to a temporary PYTHONPYCACHEPREFIX, and one round that is not timed fills it.
Wall time is the best of the rounds (CPU time beside it: on a busy machine it is the steadier figure);
peak RSS is each process's own. Targets: import / floor <= 3 (wall), peak RSS < 300 MB.
`--profile` runs the command once more under cProfile and prints where its time goes.

Run: python tests/benchmarks/bench_roster_import.py [--runs 5] [--profile]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
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


FLOOR = f"""
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[2])
conn.execute("CREATE TABLE t ({", ".join(f"c{i} TEXT" for i in range(len(HEADER)))})")
with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    reader = csv.reader(handle)
    next(reader)
    conn.executemany("INSERT INTO t VALUES ({", ".join("?" * len(HEADER))})", reader)
conn.commit()
conn.close()
"""

# Runs the measured command in a child and reports its own wall time, CPU time and peak RSS.
RUNNER = """
import resource, subprocess, sys, time
start = time.perf_counter()
status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(status, wall, used.ru_utime + used.ru_stime, used.ru_maxrss)
"""


def ua_command() -> list[str]:
    """The installed entry point beside this Python, or `python -m ua_desktop`."""
    script = Path(sys.executable).with_name("ua-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ua_desktop"]


def measure(command: list[str], folder: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of command run as its own process."""
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, *command],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
        check=True,
    )
    status, wall, cpu, peak_kb = result.stdout.split()
    if status != "0":
        raise SystemExit(f"{' '.join(command)} exited with {status}")
    return float(wall), float(cpu), int(peak_kb) / 1024


def imported(data_dir: Path) -> int:
    from ua_desktop.core.paths import resolve_paths

    conn = sqlite3.connect(resolve_paths(data_dir).roster_db)
    try:
        return int(conn.execute("SELECT count(*) FROM signers").fetchone()[0])
    finally:
        conn.close()


def profile(source: Path, folder: Path, env: dict[str, str]) -> None:
    """The command once more, under cProfile (`python -m cProfile -m ua_desktop …`)."""
    out = folder / "import.prof"
    command = ["--data-dir", str(folder / "profiled"), "roster", "import", str(source), "--skip-bad-rows"]
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "ua_desktop", *command],
        cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    import pstats

    print("\nprofile of one import (cumulative):")
    pstats.Stats(str(out)).sort_stats("cumulative").print_stats(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds of floor and import (best of each)")
    parser.add_argument("--profile", action="store_true", help="also profile one import with cProfile")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ua-bench-import-") as tmp:
        folder = Path(tmp)
        source = folder / "signers.csv"
        make_csv(source)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        ua = ua_command()
        print(f"file: {ROWS:,} rows x {len(HEADER)} columns, {source.stat().st_size / 1e6:.1f} MB")
        print(f"command: {' '.join(Path(ua[0]).name if i == 0 else part for i, part in enumerate(ua))} "
              "--data-dir DIR roster import FILE --skip-bad-rows")  # fmt: skip
        floors: list[tuple[float, float, float]] = []
        imports: list[tuple[float, float, float]] = []
        for run in range(args.runs + 1):  # round 0 fills the byte-code cache and is not counted
            floor = measure(
                [sys.executable, "-c", FLOOR, str(source), str(folder / f"floor{run}.sqlite3")], folder, env
            )
            data_dir = folder / f"data{run}"
            command = [*ua, "--data-dir", str(data_dir), "roster", "import", str(source), "--skip-bad-rows"]
            result = measure(command, folder, env)
            if imported(data_dir) != ROWS:
                raise SystemExit(f"the import stored {imported(data_dir)} signers, not {ROWS}")
            if run:
                floors.append(floor)
                imports.append(result)
        if args.profile:
            profile(source, folder, env)
    best_floor, best_import = min(f[0] for f in floors), min(i[0] for i in imports)
    cpu_floor, cpu_import = min(f[1] for f in floors), min(i[1] for i in imports)
    rss_mb = max(i[2] for i in imports)
    ratio = best_import / best_floor
    best = f"(best of {args.runs})"
    print(
        f"floor (csv + one executemany, own process): {best_floor:.3f} s wall, {cpu_floor:.3f} s CPU {best}"
    )
    print(
        f"ua-desktop roster import (own process):     {best_import:.3f} s wall, {cpu_import:.3f} s CPU {best}"
    )
    rounds = ", ".join(f"{f[0]:.2f}/{i[0]:.2f}" for f, i in zip(floors, imports, strict=True))
    print(f"  every round, floor / import (wall s): {rounds}")
    print(f"ratio: {ratio:.2f} wall (target <= {TARGET_RATIO:.0f}); {cpu_import / cpu_floor:.2f} CPU")
    # Each round runs the two back to back, so its own ratio shares the machine's state of the moment.
    own_ratios = [i[0] / f[0] for f, i in zip(floors, imports, strict=True)]
    print(f"  median of the rounds' own ratios: {statistics.median(own_ratios):.2f}")
    print(f"peak RSS of the import process: {rss_mb:.0f} MB (target < {TARGET_RSS_MB} MB)")
    ok = ratio <= TARGET_RATIO and rss_mb < TARGET_RSS_MB
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
