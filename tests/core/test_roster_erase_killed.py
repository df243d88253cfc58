"""`roster erase` killed at any step, then run again, leaves the person in no file (issue 16, item 2).

The erasure runs in a forked child that counts its database steps (BEGIN, COMMIT, each DELETE, VACUUM, the
checkpoint, closing a connection) and file steps (fsync, unlink, replace) and kills itself with SIGKILL at
the attempt's number, for 1, 2, ... until one gets through. After each kill the erasure is run again, as the
person who saw it fail would; it either erases them or says there is no such signer any more, and after
that neither their name nor their street is in any file under the data folder. Found by
tests/crash/crash_consistency.py: a kill after the roster's COMMIT and before the backups were reached left
the person in both backups while the next `roster erase` said there was no such signer.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.records import add_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore

from ..cli_types import Cli

pytestmark = [pytest.mark.skipif(os.name == "nt", reason="kills itself with SIGKILL"), pytest.mark.slow]

NAME = "Zyxwvutsrqp"
STREET = "Quagmireweg 71"

ATTEMPTS = """
import json, os, shutil, signal, sqlite3, sys
from pathlib import Path
from ua_desktop.cli import main
import ua_desktop.core.roster.privacy

seed, work, argv = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
steps = 0
kill_at = 0

def step():
    global steps
    steps += 1
    if steps == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

def traced(sql):
    words = sql.split()
    if words and words[0].upper() in ("BEGIN", "COMMIT", "DELETE", "VACUUM", "PRAGMA"):
        if words[0].upper() != "PRAGMA" or "checkpoint" in sql.lower():
            step()

class Counted(sqlite3.Connection):
    def close(self):
        step()
        super().close()

real_connect = sqlite3.connect
def connect(*args, **kwargs):
    kwargs.setdefault("factory", Counted)
    conn = real_connect(*args, **kwargs)
    conn.set_trace_callback(traced)
    return conn

def counted(real):
    def run(*args, **kwargs):
        step()
        return real(*args, **kwargs)
    return run

results = []
for number in range(1, 200):
    data_dir = work / f"attempt-{number}"
    shutil.copytree(seed, data_dir)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        kill_at = number
        sqlite3.connect = connect
        for name in ("fsync", "unlink", "replace"):
            setattr(os, name, counted(getattr(os, name)))
        os._exit(main(["--data-dir", str(data_dir), *argv]))
    status = os.waitpid(pid, 0)[1]
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    results.append([str(data_dir), killed, os.WEXITSTATUS(status) if os.WIFEXITED(status) else None])
    if not killed:
        break
print(json.dumps(results))
"""


def files_holding(folder: Path, *texts: str) -> list[str]:
    return [
        str(p.relative_to(folder))
        for p in sorted(folder.rglob("*"))
        if p.is_file() and any(text.lower().encode() in p.read_bytes().lower() for text in texts)
    ]


@pytest.fixture
def seed(data_dir: Path) -> tuple[Path, int]:
    """A roster with the person in it, in an automatic backup and in a backup of another name."""
    with RosterStore.open(resolve_paths(data_dir).ensure()) as store:
        for n in range(30):
            add_signer(store, Signer(first_name=f"Other{n}", last_name="Person", city="Bern"))
        person = add_signer(
            store,
            Signer(first_name="Erika", last_name=NAME, street=(STREET,), postal_code="4600", city="Olten"),
        )
        store.automatic_backup("before-import")
        store.backup_to(store.backups_dir / "before the summer.sqlite3")
    assert person.id is not None
    assert len(files_holding(data_dir, NAME)) == 3
    return data_dir, person.id


def test_erase_killed_at_each_step_and_run_again_leaves_no_copy(
    seed: tuple[Path, int], tmp_path: Path, cli: Cli
) -> None:
    folder, person = seed
    argv = ["roster", "erase", str(person)]
    done = subprocess.run(
        [sys.executable, "-c", ATTEMPTS, str(folder), str(tmp_path / "attempts"), *argv],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    attempts = json.loads(done.stdout.splitlines()[-1])
    assert len(attempts) > 10 and not attempts[-1][1], (
        "the erasure got through after being killed at each step"
    )
    assert attempts[-1][2] == 0
    for number, (data_dir, _killed, _status) in enumerate(attempts, start=1):
        status, _out, err = cli("--data-dir", data_dir, *argv)
        assert status == 0 or "There is no signer" in err, f"killed at step {number}: {err}"
        left = files_holding(Path(data_dir), NAME, STREET)
        assert left == [], f"killed at step {number}, then erased again: the person is still in {left}"
        shutil.rmtree(data_dir)
