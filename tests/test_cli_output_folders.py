"""Exports through the command line leave the user's output folder's mode alone (issue 16, item 7)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from .cli_types import Cli

CASE = "ua-034-25"
pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops have (022), whatever the test runner's is; restored afterwards."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture(params=[0o1777, 0o775], ids=["sticky-tmp", "shared"])
def user_folder(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """An existing folder of the user's with its own mode."""
    folder = tmp_path / "theirs"
    folder.mkdir()
    os.chmod(folder, request.param)
    return folder


def test_cli_exports_leave_the_output_folder_alone(user_folder: Path, cli: Cli) -> None:
    before = mode(user_folder)
    out = user_folder / "blank.pdf"
    status, _, err = cli("export", "letters", "--case", CASE, "--blank", "1", "--out", str(out))
    assert status == 0, err
    status, _, err = cli(
        "export",
        "labels",
        "--case",
        CASE,
        "--sheet",
        "L7160",
        "--count",
        "2",
        "--out",
        str(user_folder / "l.pdf"),
    )
    assert status == 0, err
    status, _, err = cli("roster", "backup", str(user_folder / "roster-copy.sqlite3"))
    assert status == 0, err
    assert mode(user_folder) == before
    assert mode(out) == 0o600


def test_per_signer_folder_export(user_folder: Path, cli: Cli) -> None:
    before = mode(user_folder)
    status, _, err = cli(
        "export", "letters", "--case", CASE, "--blank", "1", "--per-signer-folder", str(user_folder)
    )
    assert status == 0, err
    assert mode(user_folder) == before and list(user_folder.glob("*.pdf"))
    fresh = user_folder / "new" / "letters"
    status, _, err = cli(
        "export", "letters", "--case", CASE, "--blank", "1", "--per-signer-folder", str(fresh)
    )
    assert status == 0, err
    assert mode(user_folder) == before
    assert mode(fresh) == 0o700 and mode(fresh.parent) == 0o700
