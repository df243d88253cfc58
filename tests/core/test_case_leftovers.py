"""What an interrupted case replace leaves behind is put right when the library is opened (issue 16, item 6).

The kill itself is tested in tests/test_cli_cases_replace_killed.py; here each leftover on its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ua_desktop.core.cases import draft as draft_module
from ua_desktop.core.cases.draft import replace_folder
from ua_desktop.core.cases.leftovers import aside, recover
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import UserError
from ua_desktop.core.resources import bundled_cases_dir

CASE = "ua-034-25"


def own_case(cases_dir: Path, folder_name: str, title: str) -> Path:
    """A copy of the bundled case in cases_dir/folder_name with its own id and title."""
    folder = cases_dir / folder_name
    shutil.copytree(bundled_cases_dir() / CASE, folder)
    toml = folder / "case.toml"
    text = toml.read_text(encoding="utf-8").replace(f'id = "{CASE}"', 'id = "mine"', 1)
    lines = [f'title = "{title}"' if line.startswith("title = ") else line for line in text.splitlines()]
    toml.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(child.stdout)


def test_a_case_moved_aside_without_its_replacement_is_put_back(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    own_case(cases, f".old-mine-{dead_pid()}", "Old title")
    assert recover(cases) == [cases / "mine"]
    assert CaseLibrary(cases).get("mine").title == "Old title"
    assert [p.name for p in cases.iterdir()] == ["mine"]


def test_it_is_put_back_even_while_its_process_still_runs(tmp_path: Path) -> None:
    """Only a rollback is safe then too: the running replace finds its target taken and fails."""
    cases = tmp_path / "cases"
    own_case(cases, f".old-mine-{os.getpid()}", "Old title")
    recover(cases)
    assert CaseLibrary(cases).get("mine").title == "Old title"


def test_an_old_case_beside_its_replacement_is_removed(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    own_case(cases, "mine", "New title")
    own_case(cases, f".old-mine-{dead_pid()}", "Old title")
    assert recover(cases) == []
    assert CaseLibrary(cases).get("mine").title == "New title"
    assert [p.name for p in cases.iterdir()] == ["mine"]


def test_staging_folders_of_ended_processes_go_and_running_ones_stay(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    gone = dead_pid()
    for name in (f".import-{gone}-abcdefgh", f".new-{gone}-abcdefgh", f".import-{os.getpid()}-abcdefgh"):
        own_case(cases, name, "Copy")
    recent = own_case(cases, ".import-oldstyle1", "Old-style name, recent")
    os.utime(recent)  # now: a copied case folder keeps its source's (old) time
    stale = own_case(cases, ".new-mine-oldstyle", "Old-style name, a day old")
    day_ago = time.time() - 86_400
    os.utime(stale, (day_ago, day_ago))
    (cases / ".archive").mkdir()
    recover(cases)
    left = sorted(p.name for p in cases.iterdir())
    assert left == sorted([".archive", ".import-oldstyle1", f".import-{os.getpid()}-abcdefgh"])


def test_nothing_to_do_and_no_folder() -> None:
    assert recover(Path("/nonexistent/ua-desktop/cases")) == []


def test_the_library_as_opened_by_the_program_recovers(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    own_case(cases, f".old-mine-{dead_pid()}", "Old title")
    assert "mine" not in {c.id for c in CaseLibrary(cases).cases()}
    assert "mine" in {c.id for c in CaseLibrary.open(cases).cases()}


def test_a_replace_running_while_its_case_is_put_back_fails_and_keeps_the_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program opens the library between the two renames of a replace."""
    cases = tmp_path / "cases"
    own_case(cases, "mine", "Old title")
    new = own_case(cases, ".new-staging", "New title")
    real_replace = os.replace

    def replace_then_recover(source: Path, target: Path) -> None:
        real_replace(source, target)
        if Path(target) == aside(cases / "mine"):
            recover(cases)  # the other program

    monkeypatch.setattr(draft_module.os, "replace", replace_then_recover)
    with pytest.raises(UserError):
        replace_folder(new, cases / "mine")
    monkeypatch.undo()
    assert CaseLibrary(cases).get("mine").title == "Old title"
