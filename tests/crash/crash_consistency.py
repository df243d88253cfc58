"""Crash consistency: the real command line killed with SIGKILL mid-operation never loses or leaks data.

Seven operations run as `python -m ua_desktop --data-dir D …` subprocesses, each on its own copy of one
prepared data folder (a roster of a few hundred signers with backups, the group's own case ua-071-26):

    import        roster import people.csv (--rows new signers, default 3,000)
    add           roster add --first … --last …
    export-out    export letters --case ua-034-25 --tag out --out OUT/letters.pdf (over an older letters.pdf)
    export-per    export letters --case ua-034-25 --tag per --per-signer-folder OUT/per
    case-txt      cases import new.txt --id ua-071-26 --replace   (an Urgent Action as text)
    case-uacase   cases import new.uacase --replace               (a case shared by another group)
    erase         roster erase ID   (the person is also in two backups and a stale temporary backup)

Each operation is killed in two ways:

- at a random time: --rounds kills (default 40) at a delay drawn evenly between 0 and the operation's
  duration measured in the same run (the process group gets SIGKILL, so a renderer child dies too);
- at each step: one kill just before each of the operation's file-system and database steps, in order
  (os.replace, os.rename, os.fsync, os.unlink, os.mkdir, os.rmdir; SQL BEGIN/COMMIT/ROLLBACK, DDL,
  VACUUM, checkpoints, the first INSERT/UPDATE/DELETE of a run, closing a connection). The child runs the
  program's own main() under a small `-c` wrapper that counts these calls and sends itself SIGKILL at
  call k. The random-time rounds run under the same wrapper with counting only, so each kill can be told
  before (no step reached yet), during, or after (the command had already finished).

After each kill the state is checked as the user would meet it, with the program's own commands and with
sqlite3 on a copy of the files as the kill left them:

- the roster passes `PRAGMA integrity_check`, and its signer count (sqlite3, and `roster list`) is the
  count before or the count after the operation, never one in between; every backup passes the check too;
- outputs are intact or absent: every PDF opens with pypdf and has the pages of a complete run (the older
  letters.pdf keeps its own pages until the new one replaces it), nothing else but temporary files;
- `cases show ua-071-26` finds the case, old or new, and no hidden staging folder is left;
- then the same command runs again, and must succeed: after it no `.tmp` file is left in the data folder or
  the output folder, and after an erasure (run again: it erases, or says there is no such signer any more)
  neither the person's names nor their street appear in any byte of any file under the data folder
  (backups, temporaries, journals and logs included).

Prints a table per operation and the totals; exits 1 when anything was violated, with each violation
(operation, kill point, what was wrong). Run it separately, like the benchmarks:

    python tests/crash/crash_consistency.py [--rounds 40] [--rows 3000] [--jobs 2] [--only OP ...]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
UA_TEXT = HERE.parent / "data" / "ua" / "ua-071-26-en.txt"
CASE = "ua-071-26"
BUNDLED = "ua-034-25"
OLD_TITLE = "Old title"
TEXT_TITLE = "Librarian jailed for lending banned books"  # the title the importer reads from UA_TEXT
PACK_TITLE = "New title"
TIMEOUT = 300

# The person erased: names found nowhere else, searched for in every byte of every file (any case).
PERSON = {
    "first": "Quillon",
    "last": "Xanthopoulos",
    "street": "Vogelsangweg 97",
    "email": "q.xanthopoulos@example.net",
}
PERSON_TOKENS = (b"quillon", b"xanthopoulos", b"vogelsangweg")

# The child: the program's main() with its file-system and database steps counted; SIGKILL at step k
# (k = 0: count only). Each step is appended to the trace file before it runs, with os.write, so the
# trace survives the kill.
CHILD = r"""
import os, signal, sqlite3, sys, time
kill_at, trace_path, argv = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
trace = os.open(trace_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
me = os.getpid()
steps = 0

def step(label):
    global steps
    if os.getpid() != me:  # a forked child
        return
    steps += 1
    os.write(trace, f"{steps}\t{time.time():.6f}\t{label}\n".encode("utf-8", "replace"))
    if steps == kill_at:
        os.kill(me, signal.SIGKILL)

def named(value):
    if isinstance(value, int):
        try:
            return os.path.basename(os.readlink(f"/proc/self/fd/{value}"))
        except OSError:
            return f"fd {value}"
    try:
        return os.path.basename(os.fsdecode(value))
    except TypeError:
        return repr(value)

def counted(kind, real):
    def run(*args, **kwargs):
        step(kind + " " + " -> ".join(named(a) for a in args[:2]))
        return real(*args, **kwargs)
    return run

for kind in ("replace", "rename", "fsync", "unlink", "mkdir", "rmdir"):
    setattr(os, kind, counted(kind, getattr(os, kind)))
os.remove = os.unlink

WRITES = {"BEGIN", "COMMIT", "END", "ROLLBACK", "VACUUM", "CREATE", "DROP", "ALTER"}
CHANGES = {"INSERT", "UPDATE", "DELETE", "REPLACE"}
last_change = None

def traced(sql):
    global last_change
    words = sql.split()
    if not words:
        return
    head = words[0].upper()
    short = " ".join(words)[:70]
    lower = sql.lower()
    if head in WRITES or (head == "PRAGMA" and ("checkpoint" in lower or "journal_mode" in lower)):
        last_change = None
        step("sql " + short)
    elif head in CHANGES:
        what = " ".join(words[:3]).upper()  # executemany: one step per run of the same statement
        if what != last_change:
            last_change = what
            step("sql " + short)

class Counted(sqlite3.Connection):
    def close(self):
        step("sqlite close")
        super().close()

real_connect = sqlite3.connect
def connect(*args, **kwargs):
    kwargs.setdefault("factory", Counted)
    conn = real_connect(*args, **kwargs)
    conn.set_trace_callback(traced)
    return conn
sqlite3.connect = connect

sys.argv = ["ua-desktop", *argv]
from ua_desktop.cli import main
sys.exit(main(argv))
"""


# -- running the program ------------------------------------------------------------------------------
def child_env() -> dict[str, str]:
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en", QT_QPA_PLATFORM="offscreen")
    env.pop("UA_DESKTOP_DATA_DIR", None)
    return env


ENV = child_env()


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The program's own command, run plainly."""
    return subprocess.run(
        [sys.executable, "-m", "ua_desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=TIMEOUT,
    )


def must(done: subprocess.CompletedProcess[str], what: str) -> str:
    if done.returncode != 0:
        raise SystemExit(f"setup failed: {what}: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


@dataclass
class Run:
    """One run of an operation under the counting wrapper."""

    returncode: int
    seconds: float
    steps: list[str]  # the trace, one label per step reached (the last one is where a step kill landed)
    first_step: float | None  # seconds from the start to the first step
    stderr: str

    @property
    def killed(self) -> bool:
        return self.returncode == -signal.SIGKILL


def run_counted(
    data_dir: Path, args: list[str], trace: Path, kill_at: int = 0, delay: float | None = None
) -> Run:
    """Run the operation; SIGKILL at step kill_at, or to the process group after delay seconds."""
    trace.unlink(missing_ok=True)
    err_path = trace.with_suffix(".stderr")
    command = [sys.executable, "-c", CHILD, str(kill_at), str(trace), "--data-dir", str(data_dir), *args]
    with open(err_path, "w+", encoding="utf-8") as err:
        wall_start = time.time()
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, env=ENV, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
        )
        if delay is not None:
            time.sleep(max(0.0, delay - (time.perf_counter() - start)))
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
        try:
            proc.wait(timeout=TIMEOUT)
        finally:
            seconds = time.perf_counter() - start
            with contextlib.suppress(ProcessLookupError):  # a renderer child left by a step kill
                os.killpg(proc.pid, signal.SIGKILL)
        err.seek(0)
        stderr = err.read()
    try:
        lines = trace.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    entries = [line.split("\t", 2) for line in lines]
    steps = [entry[2] for entry in entries if len(entry) == 3]
    first = float(entries[0][1]) - wall_start if steps else None
    return Run(proc.returncode, seconds, steps, first, stderr)


# -- looking at what a kill left ----------------------------------------------------------------------
def roster_snapshot(data_dir: Path, scratch: Path) -> tuple[str, int | None]:
    """integrity_check and signer count of the roster as the kill left it (checked on a copy of its files,
    so that nothing here recovers or checkpoints the real one before the program sees it)."""
    db = data_dir / "roster.sqlite3"
    if not db.exists():
        return "no roster file", None
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for suffix in ("", "-wal", "-journal"):
        source = Path(f"{db}{suffix}")
        if source.exists():
            shutil.copyfile(source, scratch / f"roster.sqlite3{suffix}")
    return database_check(scratch / "roster.sqlite3")


def database_check(path: Path) -> tuple[str, int | None]:
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as error:
        return f"cannot open: {error}", None
    try:
        result = "; ".join(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
        count = int(conn.execute("SELECT count(*) FROM signers").fetchone()[0])
        return result, count
    except sqlite3.Error as error:
        return f"error: {error}", None
    finally:
        conn.close()


def listed_count(data_dir: Path) -> tuple[int | None, str]:
    """The signer count `roster list` shows, or None with the reason."""
    done = cli(data_dir, "roster", "list")
    if done.returncode != 0:
        return None, f"`roster list` exit {done.returncode}: {done.stderr.strip()}"
    return len(done.stdout.splitlines()), ""


def temporaries(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        if folder.exists():
            found += [str(p.relative_to(folder.parent)) for p in folder.rglob("*") if p.name.endswith(".tmp")]
    return sorted(found)


def pdf_pages(path: Path) -> tuple[int | None, str]:
    """Pages of a complete PDF, or None with what is wrong with it."""
    try:
        data = path.read_bytes()
        if not data.rstrip().endswith(b"%%EOF"):
            return None, f"{path.name}: {len(data)} bytes, no %%EOF at the end"
        return len(PdfReader(path, strict=True).pages), ""
    except Exception as error:  # pypdf raises many kinds; any of them means not intact
        return None, f"{path.name}: {type(error).__name__}: {error}"


def files_with(folder: Path, tokens: tuple[bytes, ...]) -> list[str]:
    """Files under folder holding any of tokens (case-insensitive bytes)."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes().lower()
            hits = [t.decode() for t in tokens if t in data]
            if hits:
                found.append(f"{path.relative_to(folder)} ({', '.join(hits)})")
    return found


def hidden_in_cases(data_dir: Path) -> list[str]:
    cases = data_dir / "cases"
    return sorted(p.name for p in cases.iterdir() if p.name.startswith(".")) if cases.exists() else []


# -- rounds -------------------------------------------------------------------------------------------
@dataclass
class Round:
    op: Operation
    number: int
    kill_at: int  # 0 for a random-time kill
    delay: float | None
    folder: Path
    run: Run | None = None
    phase: str = ""  # before, during, after
    state: str = ""  # old, new, partial
    problems: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def out(self) -> Path:
        return self.folder / "out"

    def where(self) -> str:
        run = self.run
        reached = run.steps[-1] if run and run.steps else "none"
        if self.kill_at:
            return f"killed at step {self.kill_at} ({reached})"
        if run and not run.killed:
            return f"random kill at {self.delay:.3f} s came after the command finished"
        return f"random kill at {self.delay:.3f} s, {len(run.steps) if run else 0} steps in (last: {reached})"


@dataclass
class Expected:
    before: int = 0
    after: int = 0
    pages: dict[str, int] = field(default_factory=dict)  # output file -> pages of a complete run
    old_pages: int = 0
    steps: list[str] = field(default_factory=list)
    seconds: float = 0.0
    first_step: float = 0.0  # seconds from the start to the first step (Python start-up, imports, reading)


class Operation:
    name = ""
    roster_delta = 0  # signers the operation adds (or removes)

    def __init__(self, seed: Seed) -> None:
        self.seed = seed
        self.expected = Expected()

    def args(self, r: Round) -> list[str]:
        raise NotImplementedError

    def prepare(self, r: Round) -> None:
        shutil.copytree(self.seed.data, r.data, symlinks=True)
        r.out.mkdir()

    def calibrate(self, r: Round) -> None:
        """Learn the after-state from an uninterrupted run in r."""
        self.expected.before = self.seed.count
        self.expected.after = self.seed.count + self.roster_delta

    # After the kill: record r.state and problems. After the rerun: problems.
    def after_kill(self, r: Round) -> None:
        self.check_roster(r, allowed=(self.expected.before, self.expected.after))

    def after_rerun(self, r: Round) -> None:
        left = temporaries(r.data, r.out)
        if left:
            r.problems.append(f"after the command ran again, temporary files are left: {left}")
        if hidden_in_cases(r.data):
            r.problems.append(f"after the command ran again, hidden case folders: {hidden_in_cases(r.data)}")

    def rerun(self, r: Round) -> subprocess.CompletedProcess[str]:
        done = cli(r.data, *self.args(r))
        if done.returncode != 0:
            r.problems.append(
                f"running the command again failed (exit {done.returncode}): {done.stderr.strip()}"
            )
        return done

    # -- shared checks
    def check_roster(
        self, r: Round, allowed: tuple[int, ...], listed: bool = True, after_kill: bool = True
    ) -> int | None:
        integrity, count = roster_snapshot(r.data, r.folder / "scratch")
        if integrity != "ok":
            r.problems.append(f"roster integrity_check: {integrity}")
        if count is not None and count not in allowed:
            r.problems.append(f"the roster holds {count} signers, neither {' nor '.join(map(str, allowed))}")
        if listed:
            shown, why = listed_count(r.data)
            if shown is None:
                r.problems.append(why)
            elif shown != count:
                r.problems.append(f"`roster list` shows {shown} signers, the file holds {count}")
        for backup in sorted((r.data / "backups").glob("*.sqlite3")):
            result, _ = database_check(scratch_copy(backup, r.folder / "scratch-backup"))
            if result != "ok":
                r.problems.append(f"backup {backup.name}: integrity_check {result}")
        if count is not None and after_kill:
            r.state = "old" if count == self.expected.before else "new"
        return count


def scratch_copy(path: Path, scratch: Path) -> Path:
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for suffix in ("", "-journal", "-wal"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copyfile(source, scratch / f"{path.name}{suffix}")
    return scratch / path.name


class RosterImport(Operation):
    name = "import"

    def __init__(self, seed: Seed) -> None:
        super().__init__(seed)
        self.roster_delta = seed.rows

    def args(self, r: Round) -> list[str]:
        return ["roster", "import", str(self.seed.people_csv)]

    def after_rerun(self, r: Round) -> None:
        super().after_rerun(r)
        self.check_roster(r, allowed=(self.expected.after,), listed=False, after_kill=False)


class RosterAdd(Operation):
    name = "add"
    roster_delta = 1

    def args(self, r: Round) -> list[str]:
        return [
            "roster",
            "add",
            "--first",
            "Kilian",
            "--last",
            "Crashprobe",
            "--street",
            "Testweg 1",
            "--postcode",
            "3011",
            "--city",
            "Bern",
            "--country",
            "CH",
        ]

    def after_rerun(self, r: Round) -> None:
        super().after_rerun(r)
        found = 1 if r.state == "new" else 0
        self.check_roster(r, allowed=(self.expected.before + found + 1,), listed=False, after_kill=False)


class ExportOut(Operation):
    """letters.pdf over an older letters.pdf of another selection: the old one or the new one, whole."""

    name = "export-out"

    def args(self, r: Round) -> list[str]:
        return ["export", "letters", "--case", BUNDLED, "--tag", "out", "--out", str(r.out / "letters.pdf")]

    def prepare(self, r: Round) -> None:
        super().prepare(r)
        shutil.copyfile(self.seed.old_letters, r.out / "letters.pdf")

    def calibrate(self, r: Round) -> None:
        super().calibrate(r)
        self.expected.pages = {"letters.pdf": pages_or_fail(r.out / "letters.pdf")}
        self.expected.old_pages = pages_or_fail(self.seed.old_letters)

    def after_kill(self, r: Round) -> None:
        self.check_roster(r, allowed=(self.expected.before,), listed=False, after_kill=False)
        target = r.out / "letters.pdf"
        strays = [p.name for p in r.out.iterdir() if p != target and not p.name.endswith(".tmp")]
        if strays:
            r.problems.append(f"unexpected files in the output folder: {strays}")
        if not target.exists():
            r.problems.append("letters.pdf is gone (the older complete one should have stayed)")
            return
        pages, why = pdf_pages(target)
        if pages is None:
            r.problems.append(f"output not intact: {why}")
        elif pages == self.expected.old_pages:
            r.state = "old"
        elif pages == self.expected.pages["letters.pdf"]:
            r.state = "new"
        else:
            r.problems.append(
                f"letters.pdf has {pages} pages, neither the old {self.expected.old_pages} "
                f"nor the new {self.expected.pages['letters.pdf']}"
            )

    def after_rerun(self, r: Round) -> None:
        super().after_rerun(r)
        check_outputs(r, r.out, self.expected.pages, complete=True)


class ExportPerSigner(Operation):
    name = "export-per"

    def args(self, r: Round) -> list[str]:
        return [
            "export",
            "letters",
            "--case",
            BUNDLED,
            "--tag",
            "per",
            "--per-signer-folder",
            str(r.out / "per"),
        ]

    def calibrate(self, r: Round) -> None:
        super().calibrate(r)
        self.expected.pages = {p.name: pages_or_fail(p) for p in sorted((r.out / "per").iterdir())}

    def after_kill(self, r: Round) -> None:
        self.check_roster(r, allowed=(self.expected.before,), listed=False, after_kill=False)
        written = check_outputs(r, r.out / "per", self.expected.pages, complete=False)
        r.state = "old" if written == 0 else "new" if written == len(self.expected.pages) else "partial"

    def after_rerun(self, r: Round) -> None:
        super().after_rerun(r)
        check_outputs(r, r.out / "per", self.expected.pages, complete=True)


def pages_or_fail(path: Path) -> int:
    pages, why = pdf_pages(path)
    if pages is None:
        raise SystemExit(f"an uninterrupted export wrote a broken PDF: {why}")
    return pages


def check_outputs(r: Round, folder: Path, expected: dict[str, int], complete: bool) -> int:
    """Each PDF in folder intact with its pages, only expected names besides temporaries; returns how many."""
    written = 0
    names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    for name in names:
        if name.endswith(".tmp"):
            continue
        if name not in expected:
            r.problems.append(f"unexpected file in the output: {name}")
            continue
        pages, why = pdf_pages(folder / name)
        if pages is None:
            r.problems.append(f"output not intact: {why}")
        elif pages != expected[name]:
            r.problems.append(f"{name} has {pages} pages, a complete run wrote {expected[name]}")
        else:
            written += 1
    if complete and written != len(expected):
        missing = sorted(set(expected) - set(names))
        r.problems.append(
            f"after the command ran again, {len(expected) - written} output(s) missing or broken: "
            f"{missing[:3]}"
        )
    return written


class CaseImport(Operation):
    """cases import --replace over the group's own case, from a text or from a shared .uacase."""

    def __init__(self, seed: Seed, name: str, source: Path, new_title: str) -> None:
        super().__init__(seed)
        self.name = name
        self.source = source
        self.new_title = new_title

    def args(self, r: Round) -> list[str]:
        extra = ["--id", CASE] if self.source.suffix == ".txt" else []
        return ["cases", "import", str(self.source), *extra, "--replace"]

    def after_kill(self, r: Round) -> None:
        integrity, count = roster_snapshot(r.data, r.folder / "scratch")
        if integrity != "ok" or count != self.expected.before:
            r.problems.append(f"roster after a case import: {integrity}, {count} signers")
        shown = cli(r.data, "cases", "show", CASE)
        if shown.returncode != 0:
            r.problems.append(f"`cases show {CASE}` exit {shown.returncode}: {shown.stderr.strip()}")
            return
        first = shown.stdout.splitlines()[0] if shown.stdout else ""
        title = first.split(" — ", 1)[-1]
        if title == OLD_TITLE:
            r.state = "old"
        elif title == self.new_title:
            r.state = "new"
        else:
            r.problems.append(f"`cases show` finds the title {title!r}, neither old nor new")
        left = hidden_in_cases(r.data)
        if left:
            r.problems.append(f"hidden folders left in cases/ after `cases show`: {left}")
        self.check_pack(r)

    def check_pack(self, r: Round) -> None:
        folder = r.data / "cases" / CASE
        for name in ("case.toml", "briefing.md"):
            if not (folder / name).is_file():
                r.problems.append(f"the case folder lacks {name}")
        if not any((folder / "letters").glob("*.j2")):
            r.problems.append("the case folder has no model letter")

    def after_rerun(self, r: Round) -> None:
        super().after_rerun(r)
        try:
            title = tomllib.loads((r.data / "cases" / CASE / "case.toml").read_text(encoding="utf-8"))[
                "title"
            ]
        except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
            r.problems.append(f"after the import ran again, case.toml cannot be read: {error}")
            return
        if title != self.new_title:
            r.problems.append(f"after the import ran again, the title is {title!r}")


class Erase(Operation):
    name = "erase"
    roster_delta = -1

    def args(self, r: Round) -> list[str]:
        return ["roster", "erase", str(self.seed.person_id)]

    def prepare(self, r: Round) -> None:
        super().prepare(r)
        # What an import killed during its automatic backup leaves (issue 16, item 2): a full copy.
        backup = next((r.data / "backups").glob("roster-*-before-import.sqlite3"))
        shutil.copyfile(
            backup, r.data / "backups" / ".roster-20250101-000000-000000-before-import.sqlite3.tmp"
        )

    def rerun(self, r: Round) -> subprocess.CompletedProcess[str]:
        """Erase again, as someone would who saw the first one fail; 'there is no signer' means done."""
        done = cli(r.data, *self.args(r))
        gone = done.returncode == 1 and "There is no signer with id" in done.stderr
        if done.returncode != 0 and not gone:
            r.problems.append(f"erasing again failed (exit {done.returncode}): {done.stderr.strip()}")
        return done

    def after_rerun(self, r: Round) -> None:
        super().after_rerun(r)
        self.check_roster(r, allowed=(self.expected.after,), listed=False, after_kill=False)
        found = files_with(r.data, PERSON_TOKENS)
        if found:
            r.problems.append(f"after the erasure completed, the person is still in: {found}")


# -- the prepared data folder -------------------------------------------------------------------------
FIRST = ["Anna", "Peter", "Maria", "Jürg", "Élise", "Marco", "Sofia", "Hans", "Laura", "Noah", "Zoë", "Luca"]
CITIES = [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("1204", "Genève"), ("6900", "Lugano")]
HEADER = ["First name", "Last name", "Street", "Postcode", "City", "Country", "E-mail", "Tags"]


def write_csv(path: Path, rows: int, prefix: str, tags: Callable[[int], str], seed: int) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            first = rnd.choice(FIRST)
            last = prefix + "".join(rnd.choice("abcdefghiklmnoprstuvw") for _ in range(6))
            postcode, city = rnd.choice(CITIES)
            email = f"{prefix.lower()}{n}@example.org"
            writer.writerow(
                [first, last, f"Bahnhofstrasse {n % 300 + 1}", postcode, city, "CH", email, tags(n)]
            )


class Seed:
    """The data folder every round starts from, and the files the operations read."""

    def __init__(self, work: Path, rows: int) -> None:
        self.rows = rows
        self.data = work / "seed" / "data"
        self.people_csv = work / "people.csv"
        self.old_letters = work / "old-letters.pdf"
        self.text = work / "new.txt"
        self.pack = work / "new.uacase"
        base_csv, small_csv = work / "base.csv", work / "small.csv"
        write_csv(base_csv, 200, "Base", lambda n: "out" if n < 30 else "per" if n < 40 else "", 1)
        write_csv(small_csv, 3, "Late", lambda n: "", 2)
        write_csv(self.people_csv, rows, "Imp", lambda n: "", 3)
        d = self.data
        must(cli(d, "roster", "import", str(base_csv)), "roster import base.csv")
        must(cli(d, "settings", "set", "group_country", "CH"), "settings set group_country CH")
        added = must(
            cli(
                d,
                "roster",
                "add",
                "--first",
                PERSON["first"],
                "--last",
                PERSON["last"],
                "--street",
                PERSON["street"],
                "--postcode",
                "8004",
                "--city",
                "Zürich",
                "--country",
                "CH",
                "--email",
                PERSON["email"],
            ),
            "roster add",
        )
        match = re.search(r"added signer (\d+)", added)
        assert match, added
        self.person_id = int(match[1])
        # The person is in an automatic backup (before this import) and in one written into the backups
        # folder under another name.
        must(cli(d, "roster", "import", str(small_csv)), "roster import small.csv")
        must(cli(d, "roster", "backup", str(d / "backups" / "handmade-copy.sqlite3")), "roster backup")
        must(cli(d, "cases", "import", str(UA_TEXT)), "cases import")
        set_title(d / "cases" / CASE, OLD_TITLE)
        self.text.write_bytes(UA_TEXT.read_bytes())
        other = work / "other-group"
        shutil.copytree(d, other)
        set_title(other / "cases" / CASE, PACK_TITLE)
        must(cli(other, "cases", "export", CASE, str(self.pack)), "cases export")
        shutil.rmtree(other)
        must(
            cli(d, "export", "letters", "--case", BUNDLED, "--tag", "per", "--out", str(self.old_letters)),
            "export letters (the older letters.pdf)",
        )
        _integrity, count = database_check(scratch_copy(d / "roster.sqlite3", work / "seed-scratch"))
        assert count is not None
        self.count = count
        if not files_with(d, PERSON_TOKENS):
            raise SystemExit("setup: the person to erase is in no file of the seed")


def set_title(folder: Path, title: str) -> None:
    toml = folder / "case.toml"
    text = re.sub(r'(?m)^title = ".*"$', f'title = "{title}"', toml.read_text(encoding="utf-8"), count=1)
    toml.write_text(text, encoding="utf-8")


# -- driving ------------------------------------------------------------------------------------------
def play(r: Round, keep: bool) -> Round:
    op = r.op
    op.prepare(r)
    r.run = run_counted(r.data, op.args(r), r.folder / "trace", kill_at=r.kill_at, delay=r.delay)
    run = r.run
    if not run.killed:
        r.phase = "after"
        if run.returncode != 0:
            r.problems.append(f"the command failed on its own (exit {run.returncode}): {run.stderr.strip()}")
    else:
        reached = len(run.steps) - (1 if r.kill_at else 0)  # a step kill lands before its step runs
        r.phase = "before" if reached == 0 else "during"
    op.after_kill(r)
    op.rerun(r)
    op.after_rerun(r)
    if not r.problems and not keep:
        shutil.rmtree(r.folder, ignore_errors=True)
    return r


def calibrate(op: Operation, work: Path) -> None:
    """Two uninterrupted runs: the duration (their mean), the steps and the outputs of a complete run."""
    times, firsts = [], []
    for attempt in (1, 2):
        r = Round(op, 0, 0, None, work / f"{op.name}-calibration-{attempt}")
        op.prepare(r)
        run = run_counted(r.data, op.args(r), r.folder / "trace")
        if run.returncode != 0:
            raise SystemExit(f"{op.name}: an uninterrupted run failed: {run.stderr.strip()}")
        times.append(run.seconds)
        firsts.append(run.first_step or 0.0)
        if attempt == 1:
            op.calibrate(r)
            op.expected.steps = run.steps
        elif len(run.steps) != len(op.expected.steps):
            print(
                f"  note: {op.name} took {len(op.expected.steps)} then {len(run.steps)} steps",
                file=sys.stderr,
            )
        shutil.rmtree(r.folder)
    op.expected.seconds = sum(times) / len(times)
    op.expected.first_step = sum(firsts) / len(firsts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=40, help="random-time kills per operation (default 40)")
    parser.add_argument("--rows", type=int, default=3000, help="signers in the imported file (default 3000)")
    parser.add_argument("--jobs", type=int, default=2, help="rounds run at the same time (default 2)")
    parser.add_argument("--seed", type=int, default=16, help="random seed for the kill times")
    parser.add_argument(
        "--window",
        choices=("run", "steps"),
        default="run",
        help="random kills between 0 and the measured duration (run, default) or between the first step "
        "and the end (steps: only kills that land while the command works on the files)",
    )
    parser.add_argument("--no-steps", action="store_true", help="only the random-time kills")
    parser.add_argument("--only", nargs="+", metavar="OP", help="run only these operations")
    parser.add_argument("--work", type=Path, help="work in this folder (default: a new temporary folder)")
    parser.add_argument("--show-steps", action="store_true", help="list each operation's steps")
    parser.add_argument("--keep", action="store_true", help="keep every round's folder")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ua-crash-", dir=args.work))
    print(f"work folder: {work}", file=sys.stderr)
    seed = Seed(work, args.rows)
    operations: list[Operation] = [
        RosterImport(seed),
        RosterAdd(seed),
        ExportOut(seed),
        ExportPerSigner(seed),
        CaseImport(seed, "case-txt", seed.text, TEXT_TITLE),
        CaseImport(seed, "case-uacase", seed.pack, PACK_TITLE),
        Erase(seed),
    ]
    if args.only:
        unknown = set(args.only) - {op.name for op in operations}
        if unknown:
            parser.error(f"unknown operation(s) {sorted(unknown)}; known: {[op.name for op in operations]}")
        operations = [op for op in operations if op.name in args.only]
    rnd = random.Random(args.seed)
    results: dict[str, list[Round]] = {}
    started = time.perf_counter()
    for op in operations:
        calibrate(op, work / "rounds")
        if args.show_steps:
            for number, label in enumerate(op.expected.steps, start=1):
                print(f"  {op.name} step {number}: {label}", file=sys.stderr)
        low = op.expected.first_step if args.window == "steps" else 0.0
        rounds = [
            Round(op, n, 0, rnd.uniform(low, op.expected.seconds), work / "rounds" / f"{op.name}-random-{n}")
            for n in range(1, args.rounds + 1)
        ]
        if not args.no_steps:
            rounds += [
                Round(op, len(rounds) + k, k, None, work / "rounds" / f"{op.name}-step-{k}")
                for k in range(1, len(op.expected.steps) + 1)
            ]
        print(
            f"{op.name}: {op.expected.seconds:.2f} s uninterrupted, {len(op.expected.steps)} steps, "
            f"{len(rounds)} rounds",
            file=sys.stderr,
        )
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results[op.name] = list(pool.map(lambda r: play(r, args.keep), rounds))
    report(results, operations)
    violations = sum(len(r.problems) for rounds in results.values() for r in rounds)
    print(
        f"\n{time.perf_counter() - started:.0f} s; work folder: {work}"
        + ("" if violations or args.keep else " (removed)")
    )
    if not violations and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if violations else 0


def report(results: dict[str, list[Round]], operations: list[Operation]) -> None:
    columns = (
        "operation",
        "seconds",
        "1st step",
        "steps",
        "rounds",
        "random",
        "at step",
        "before",
        "during",
        "after",
        "old",
        "new",
        "partial",
        "violations",
    )
    rows = []
    totals = [0] * (len(columns) - 4)
    for op in operations:
        rounds = results[op.name]
        figures = [
            len(rounds),
            sum(1 for r in rounds if not r.kill_at),
            sum(1 for r in rounds if r.kill_at),
            *(sum(1 for r in rounds if r.phase == phase) for phase in ("before", "during", "after")),
            *(sum(1 for r in rounds if r.state == state) for state in ("old", "new", "partial")),
            sum(1 for r in rounds if r.problems),
        ]
        totals = [a + b for a, b in zip(totals, figures, strict=True)]
        rows.append(
            [
                op.name,
                f"{op.expected.seconds:.2f}",
                f"{op.expected.first_step:.2f}",
                str(len(op.expected.steps)),
                *map(str, figures),
            ]
        )
    rows.append(["total", "", "", "", *map(str, totals)])
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(columns)]
    print()
    print(
        "  ".join(
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(columns, widths, strict=True))
        )
    )
    for row in rows:
        print(
            "  ".join(
                v.rjust(w) if i else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print(
        "\nbefore: killed before its first step; during: killed after one; after: the kill came after it had "
        "finished.\nold/new: the state found (count, output, case title); partial: some per-signer files."
    )
    for op in operations:
        for r in results[op.name]:
            for problem in r.problems:
                print(f"VIOLATION {op.name}, {r.where()}: {problem}\n    round folder: {r.folder}")


if __name__ == "__main__":
    sys.exit(main())
