"""The `ua-desktop` command as scripts use it: exit status, output, and messages instead of tracebacks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop import __version__
from ua_desktop.cli import main
from ua_desktop.core.resources import bundled_cases_dir

from .cli_types import CliProcess


def test_version_through_console_script_and_module(cli_process: CliProcess) -> None:
    exe = shutil.which("ua-desktop", path=str(Path(sys.executable).parent))
    assert exe, "the ua-desktop console script is installed next to the interpreter"
    result = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == f"ua-desktop {__version__}"
    assert cli_process("--version").stdout.strip() == f"ua-desktop {__version__}"


def test_cases_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ua-034-25\tUA 034/25\tStop illegal expulsions to El Salvador\t")
    assert "bundled" in out
    assert main(["cases", "show", "ua-034-25"]) == 0
    text = capsys.readouterr().out
    assert "Deadline: Deadline passed on 1 July 2025" in text
    assert "TAKE ACTION" in text and "Dear Secretary Noem," in text
    assert "WASHINGTON, DC 20528" in text


def test_unknown_case_is_exit_1_with_message(cli_process: CliProcess) -> None:
    result = cli_process("cases", "show", "ua-999-99")
    assert result.returncode == 1
    assert "There is no case with id 'ua-999-99'" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_valid_and_broken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(bundled_cases_dir() / "ua-034-25", pack)
    assert main(["cases", "validate", str(pack)]) == 0
    (pack / "case.toml").write_text("schema_version = 1\ndeadline = soon\n", encoding="utf-8")
    assert main(["cases", "validate", str(pack)]) == 1
    out = capsys.readouterr().out
    assert "case.toml:2: is not valid TOML" in out


def test_data_dir_option_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / "usb"
    own = stick / "cases" / "my-case"
    shutil.copytree(bundled_cases_dir() / "ua-034-25", own)
    toml = own / "case.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('id = "ua-034-25"', 'id = "my-case"'), encoding="utf-8"
    )
    assert main(["--data-dir", str(stick), "cases", "list"]) == 0
    out = capsys.readouterr().out
    assert "my-case\tUA 034/25" in out and "\town" in out


def test_unwritable_data_dir_on_cli(cli_process: CliProcess, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = cli_process("--data-dir", str(blocker / "x"), "cases", "list")
    assert result.returncode == 1
    assert "--data-dir DIR" in result.stderr and "Traceback" not in result.stderr


def test_window_is_chosen_without_building_the_parser() -> None:
    from ua_desktop.cli import wants_window

    assert wants_window([]) == (True, None, [])
    assert wants_window(["--data-dir", "/media/usb/ua"]) == (True, "/media/usb/ua", [])
    assert wants_window(["--data-dir=/x", "-style", "-reverse"])[:2] == (True, "/x")
    assert wants_window(["cases", "list"])[0] is False
    assert wants_window(["--data-dir", "/x", "roster", "list"])[0] is False
    assert wants_window(["--help"])[0] is False
    assert wants_window(["--version"])[0] is False
