"""Output folders: a folder the user already has keeps its mode; a folder the program makes is private.

An export into /tmp (1777) or a group's shared folder (0775) must not make it private to one user (issue 16,
item 7); the data folder itself stays private.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ua_desktop.core.fileio import ensure_output_dir, ensure_private_dir, write_bytes_atomic
from ua_desktop.core.paths import resolve_paths

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops have (022), whatever the test runner's is; restored afterwards."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture(params=[0o1777, 0o775, 0o755], ids=["sticky-tmp", "shared", "plain"])
def user_folder(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """An existing folder of the user's with its own mode."""
    folder = tmp_path / "theirs"
    folder.mkdir()
    os.chmod(folder, request.param)
    return folder


def test_existing_folder_keeps_its_mode(user_folder: Path) -> None:
    before = mode(user_folder)
    ensure_output_dir(user_folder)
    write_bytes_atomic(user_folder / "letters.pdf", b"%PDF")
    assert mode(user_folder) == before
    assert mode(user_folder / "letters.pdf") == 0o600


def test_new_folders_are_private_at_every_level(user_folder: Path) -> None:
    before = mode(user_folder)
    target = user_folder / "evening" / "2025" / "letters"
    ensure_output_dir(target)
    assert mode(user_folder) == before
    for folder in (user_folder / "evening", user_folder / "evening" / "2025", target):
        assert mode(folder) == 0o700, folder


def test_a_file_in_the_way_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OSError):
        ensure_output_dir(tmp_path / "file" / "inner")


def test_the_data_folder_itself_is_made_private(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir(mode=0o755)
    os.chmod(stick, 0o755)
    paths = resolve_paths(stick).ensure()
    assert mode(paths.data_dir) == 0o700
    ensure_private_dir(paths.backups_dir / "inner")
    assert mode(paths.backups_dir) == 0o700 and mode(paths.backups_dir / "inner") == 0o700
