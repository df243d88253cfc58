"""Data folders: overrides, private permissions, crash-safe writes, clear errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ua_desktop.core.errors import DataDirError, UserError
from ua_desktop.core.fileio import atomic_writer, write_text_atomic
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.settings import Settings


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_environment_override_puts_everything_under_one_folder(data_dir: Path) -> None:
    paths = resolve_paths().ensure()
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir, paths.cases_dir):
        assert folder.is_relative_to(data_dir)
        assert mode(folder) == 0o700


def test_explicit_data_dir_beats_environment(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "stick")
    assert paths.data_dir == tmp_path / "stick"
    assert paths.roster_db.parent == tmp_path / "stick"


def test_default_uses_platformdirs_not_the_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UA_DESKTOP_DATA_DIR")
    paths = resolve_paths()
    assert "ua-desktop" in str(paths.data_dir)
    assert paths.data_dir.is_relative_to(Path(os.environ["HOME"]).parent)  # the test session's fake home


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(DataDirError, match="--data-dir"):
        resolve_paths(locked / "inner").ensure()


def test_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError, match="--data-dir DIR"):
        resolve_paths(blocker / "inner").ensure()


def test_atomic_write_is_private_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_text_atomic(target, "first")
    assert mode(target) == 0o600
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write("half of something")
        raise RuntimeError("crash in the middle")
    assert target.read_text() == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_full_disk_is_reported_in_words(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")

    def fill() -> None:
        with atomic_writer(tmp_path / "x.bin", "wb", encoding=None) as handle:
            os.dup2(os.open("/dev/full", os.O_WRONLY), handle.fileno())
            handle.write(b"x" * 10)

    with pytest.raises(UserError, match="disk is full"):
        fill()
    assert not (tmp_path / "x.bin").exists()


def test_settings_round_trip_and_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(last_case_id="ua-034-25", ui_state={"geometry": "abc"})
    settings.save(path)
    assert mode(path) == 0o600
    assert Settings.load(path).last_case_id == "ua-034-25"
    path.write_text("{not json", encoding="utf-8")
    assert Settings.load(path) == Settings()
    assert path.with_suffix(".broken").exists()


def test_settings_keep_unknown_keys_and_drop_wrong_types(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"last_case_id": 5, "future_option": true, "paper": "letter"}', encoding="utf-8")
    settings = Settings.load(path)
    assert settings.last_case_id == ""
    assert settings.paper == "letter"
    assert settings.extra == {"future_option": True}
