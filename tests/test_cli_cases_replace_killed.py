"""`cases import --replace` killed at each step never loses the user's case (issue 16, item 6).

The import runs in a child process that kills itself with SIGKILL at its n-th file-system step (each
mkdir, fsync, replace, rename, unlink and rmdir), for n = 1, 2, ... until an import gets through. After
each kill the command line must find the case, as it was before or as imported, and no hidden folder may
be left over.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary

from .cli_types import Cli

pytestmark = [pytest.mark.skipif(os.name == "nt", reason="kills itself with SIGKILL"), pytest.mark.slow]

DATA = Path(__file__).resolve().parent / "data" / "ua"
CASE = "ua-071-26"
STEPS = ("mkdir", "fsync", "replace", "rename", "unlink", "rmdir")
# Runs the command once per attempt, each in its own copy of the data folder, in a forked child that
# counts its file-system steps and kills itself at the attempt's number; stops after the first attempt
# that gets through. Forking from one process that imported everything keeps each attempt fast.
ATTEMPTS = f"""
import json, os, shutil, signal, sys
from pathlib import Path
from ua_desktop.cli import main
import ua_desktop.commands.case_files, ua_desktop.core.cases.share, ua_desktop.core.cases.importer

seed, work, argv = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
real = {{name: getattr(os, name) for name in {STEPS!r}}}
def killing_at(number):
    calls = 0
    def counted(step):
        def run(*args, **kwargs):
            nonlocal calls
            calls += 1
            if calls == number:
                os.kill(os.getpid(), signal.SIGKILL)
            return step(*args, **kwargs)
        return run
    for name, step in real.items():
        setattr(os, name, counted(step))
# Once through without a kill first, so each child starts with the command's lazy imports done.
shutil.copytree(seed, work / "warm-up")
main(["--data-dir", str(work / "warm-up"), *argv])
results = []
for number in range(1, 500):
    data_dir = work / f"attempt-{{number}}"
    shutil.copytree(seed, data_dir)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        killing_at(number)
        os._exit(main(["--data-dir", str(data_dir), *argv]))
    status = os.waitpid(pid, 0)[1]
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    results.append([str(data_dir), killed, os.WEXITSTATUS(status) if os.WIFEXITED(status) else None])
    if not killed:
        break
print(json.dumps(results))
"""


def set_title(folder: Path, title: str) -> None:
    toml = folder / "case.toml"
    text = re.sub(r'(?m)^title = ".*"$', f'title = "{title}"', toml.read_text(encoding="utf-8"), count=1)
    toml.write_text(text, encoding="utf-8")


@pytest.fixture
def own_case(tmp_path: Path, cli: Cli) -> Path:
    """A data folder holding the user's own case ua-071-26, titled "Old title" (copied for each attempt)."""
    seed = tmp_path / "seed"
    status, _, err = cli("--data-dir", str(seed), "cases", "import", str(DATA / "ua-071-26-en.txt"))
    assert status == 0, err
    set_title(seed / "cases" / CASE, "Old title")
    return seed


@pytest.fixture
def shared_pack(tmp_path: Path, own_case: Path, cli: Cli) -> Path:
    """A .uacase of the same case, titled "New title"."""
    other = tmp_path / "other-group"
    shutil.copytree(own_case, other)
    set_title(other / "cases" / CASE, "New title")
    status, _, err = cli("--data-dir", str(other), "cases", "export", CASE, str(tmp_path / "new.uacase"))
    assert status == 0, err
    return tmp_path / "new.uacase"


def killed_imports(seed: Path, work: Path, source: Path) -> list[tuple[Path, bool]]:
    """`cases import SOURCE --replace` killed at step 1, 2, ... until it gets through.

    Returns (data folder, killed) per attempt.
    """
    argv = ["cases", "import", str(source), "--replace"]
    if source.suffix == ".txt":
        argv += ["--id", CASE]
    done = subprocess.run(
        [sys.executable, "-c", ATTEMPTS, str(seed), str(work), *argv],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout.splitlines()[-1])
    for _data_dir, killed, status in results:
        assert killed or status == 0, done.stderr
    return [(Path(data_dir), killed) for data_dir, killed, _status in results]


@pytest.mark.parametrize("source", ["shared-pack", "text"])
def test_replace_killed_at_each_step_keeps_the_case(
    source: str, tmp_path: Path, own_case: Path, shared_pack: Path, cli: Cli
) -> None:
    if source == "text":
        new = tmp_path / "new.txt"  # the same document, re-imported: write_pack's own staging folder
        new.write_text((DATA / "ua-071-26-en.txt").read_text(encoding="utf-8"), encoding="utf-8")
        expected_new = "Librarian jailed for lending banned books"
    else:
        new, expected_new = shared_pack, "New title"
    attempts = killed_imports(own_case, tmp_path / "attempts", new)
    assert len(attempts) > 10 and not attempts[-1][1], (
        "the import got through after being killed at each step"
    )
    titles = []
    for number, (data_dir, _killed) in enumerate(attempts, start=1):
        # The command line opens the library: a case moved aside is put back, leftovers go.
        shown, _, err = cli("--data-dir", str(data_dir), "cases", "show", CASE)
        assert shown == 0, f"killed at step {number}: {err}"
        title = CaseLibrary(data_dir / "cases").get(CASE).title
        assert title in ("Old title", expected_new), f"killed at step {number}"
        hidden = sorted(p.name for p in (data_dir / "cases").iterdir() if p.name.startswith("."))
        assert hidden == [], f"killed at step {number}: {hidden}"
        titles.append(title)
    assert titles[-1] == expected_new
    assert titles.count("Old title") >= 3  # the kills before the new case was in place found the old one
