"""Benchmark: `ua-desktop roster list --json` with 100,000 signers, as a whole process, against a floor.

The roster is built once in a temporary data folder (the roster's own insert path, one transaction), with
names, streets, towns, e-mail addresses, phone numbers and tags as a local group's list has them. Then, in
turns, each measured as a separate process writing to a file as `> roster.json` would:
- ua-desktop: `python -m ua_desktop --data-dir DIR roster list --json`, the command a script runs;
- floor: a short script with stdlib sqlite3 and json that streams the same table's rows, unformatted, in
  the same order (no roster checks, no record objects, no indentation): what the file and the library
  alone cost.
Wall time is the best of the runs; peak RSS is each process's own (resource.getrusage of the waited
child, measured by the child itself before it exits so that runs do not mix).
Targets (issue 17): under 2 s and under 100 MB peak RSS. Before streaming it took 5.5 s and 742 MB.

Run: python tests/benchmarks/bench_roster_list_json.py [--runs 3] [--signers 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ua_desktop.core.roster.signer import Signer

SIGNERS = 100_000
TARGET_S = 2.0
TARGET_RSS_MB = 100

FIRST = ["Anna", "Peter", "Maria", "Jürg", "Élise", "Marco", "Sofia", "Hans", "Laura", "Noah", "Zoë", "Luca"]
PLACES = [
    ("8001", "Zürich", "CH"),
    ("3011", "Bern", "CH"),
    ("4051", "Basel", "CH"),
    ("1204", "Genève", "CH"),
    ("10115", "Berlin", "DE"),
    ("LL61 5UJ", "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", "GB"),
]
TAGS = [(), (), ("Tuesday group",), ("street stand",), ("Tuesday group", "street stand")]

# Runs the measured command in a child and reports its own peak RSS, so each figure is one process's.
RUNNER = """
import resource, subprocess, sys, time
with open(sys.argv[1], "wb") as out:
    start = time.perf_counter()
    status = subprocess.run(sys.argv[2:], stdout=out).returncode
    wall = time.perf_counter() - start
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(status, wall, used.ru_utime + used.ru_stime, used.ru_maxrss)
"""

FLOOR = """
import json, sqlite3, sys
encode = json.JSONEncoder(ensure_ascii=False).encode
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
cursor = conn.execute("SELECT * FROM signers ORDER BY sort_key, id")
write = sys.stdout.write
separator = "[\\n"
while rows := cursor.fetchmany(500):
    write(separator + ",\\n".join(map(encode, rows)))
    separator = ",\\n"
write("\\n]\\n")
"""


def build_roster(data_dir: Path, count: int) -> Path:
    """A roster of count signers in data_dir; returns the roster file."""
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.core.roster.records import insert_signers
    from ua_desktop.core.roster.signer import Signer
    from ua_desktop.core.roster.store import RosterStore

    rnd = random.Random(17)
    paths = resolve_paths(data_dir).ensure()

    def people() -> Iterator[Signer]:
        for n in range(count):
            first = rnd.choice(FIRST)
            last = "".join(rnd.choice("abcdefghijklmnoprstuvwz") for _ in range(8)).title()
            postcode, city, country = rnd.choice(PLACES)
            yield Signer(
                first_name=first,
                last_name=last,
                street=(f"Bahnhofstrasse {n % 300 + 1}",),
                postal_code=postcode,
                city=city,
                country=country,
                email=f"{first.lower()}.{last.lower()}{n}@example.org",
                phone=f"+41 79 {n:07d}",
                language=rnd.choice(("de", "fr", "en")),
                tags=rnd.choice(TAGS),
                consent_date="2025-03-31",
                consent_method="sign-in sheet",
            )

    with RosterStore.open(paths) as store, store.transaction() as conn:
        insert_signers(conn, people())
    return paths.roster_db


def measure(command: list[str], out: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of command run as its own process with its output to out.

    The byte code is cached as an installed program has it (pip compiles it): PYTHONDONTWRITEBYTECODE is
    dropped for the child, whose byte code goes to a PYTHONPYCACHEPREFIX beside out; the first round fills it.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(out.parent / "pycache")
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(out), *command],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=out.parent,
    )
    status, wall, cpu, peak_kb = result.stdout.split()
    if status != "0":
        raise SystemExit(f"{' '.join(command[:6])} … exited with {status}: {result.stderr}")
    return float(wall), float(cpu), int(peak_kb) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--signers", type=int, default=SIGNERS)
    args = parser.parse_args()
    figures: dict[str, list[tuple[float, float, float]]] = {"ua": [], "floor": []}
    with tempfile.TemporaryDirectory(prefix="ua-bench-list-json-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        db = build_roster(folder / "data", args.signers)
        print(f"roster: {args.signers:,} signers, built in {time.perf_counter() - start:.1f} s")
        data = str(folder / "data")
        commands = {
            "ua": [sys.executable, "-m", "ua_desktop", "--data-dir", data, "roster", "list", "--json"],
            "floor": [sys.executable, "-c", FLOOR, str(db)],
        }
        for run in range(args.runs + 1):  # round 0 fills the byte-code cache and is not counted
            for name, command in commands.items():
                figure = measure(command, folder / f"{name}.json")
                if run:
                    figures[name].append(figure)
        listed = json.loads((folder / "ua.json").read_text(encoding="utf-8"))
        if len(listed) != args.signers:
            raise SystemExit(f"ua-desktop listed {len(listed)} signers, not {args.signers}")
        size = (folder / "ua.json").stat().st_size / 1e6
    ua, floor = figures["ua"], figures["floor"]
    wall, cpu, peak = min(f[0] for f in ua), min(f[1] for f in ua), max(f[2] for f in ua)
    floor_wall, floor_cpu = min(f[0] for f in floor), min(f[1] for f in floor)
    floor_peak = max(f[2] for f in floor)
    print(f"output: {size:.1f} MB, valid JSON, {args.signers:,} objects")
    print(f"ua-desktop roster list --json: {wall:.2f} s, {cpu:.2f} s CPU, peak {peak:.0f} MB (RSS)")
    print(
        f"floor (sqlite3 + json):        {floor_wall:.2f} s, {floor_cpu:.2f} s CPU, peak {floor_peak:.0f} MB"
    )
    print(
        f"ua-desktop / floor: {wall / floor_wall:.1f}x wall, {cpu / floor_cpu:.1f}x CPU (best of {args.runs})"
    )
    print("  every ua-desktop run:", ", ".join(f"{w:.2f} s / {c:.2f} s CPU / {p:.0f} MB" for w, c, p in ua))
    print(f"target: under {TARGET_S:g} s and under {TARGET_RSS_MB} MB")
    print("  (the wall time is the best run's; on a machine busy with other work, CPU time is steadier)")
    met = wall < TARGET_S and peak < TARGET_RSS_MB
    print("target met" if met else "target NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
