"""Commands go on when a state file has the wrong shape or a case nests too deeply (issue 16, item 8)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from ua_desktop.core.resources import bundled_cases_dir

from .cli_types import Cli, CliProcess

CASE = "ua-034-25"
DEEP = "[" * 100_000 + "]" * 100_000
GROUP = {"group_name": "Gruppe", "group_country": "CH", "group_return_address": ["Postfach 1", "6000 Luzern"]}


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def nested_case(folder: Path) -> Path:
    """A copy of the bundled case whose case.toml ends in an array nested 100,000 levels deep."""
    shutil.copytree(bundled_cases_dir() / CASE, folder)
    toml = folder / "case.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + f"\nunknown = {DEEP}\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("relative", "text"),
    [
        ("config/settings.json", json.dumps({**GROUP, "group_return_address": ["Postfach 1", 5]})),
        ("config/settings.json", json.dumps({**GROUP, "ui_state": {"geometry": 5}})),
        ("config/settings.json", DEEP),
        ("label_positions.json", '{"sheets": []}'),
        ("label_positions.json", DEEP),
        ("config/printer_calibration.json", '{"printers": []}'),
        ("config/printer_calibration.json", '{"printers": {"": {"scale_x": "1"}}}'),
        ("config/printer_calibration.json", DEEP),
    ],
    ids=[
        "number-in-return-address",
        "geometry-a-number",
        "settings-nested",
        "positions-sheets-a-list",
        "positions-nested",
        "calibration-printers-a-list",
        "calibration-text",
        "calibration-nested",
    ],
)
def test_exports_go_on_with_a_broken_state_file(
    relative: str, text: str, data_dir: Path, tmp_path: Path, cli: Cli
) -> None:
    write(data_dir / "config" / "settings.json", json.dumps(GROUP))
    write(data_dir / relative, text)
    for kind, options in (
        ("letters", ["--blank", "1"]),
        ("labels", ["--sheet", "L7160", "--count", "2"]),
        ("envelopes", ["--size", "DL"]),
    ):
        status, _, err = cli("export", kind, "--case", CASE, *options, "--out", str(tmp_path / f"{kind}.pdf"))
        assert status == 0, (kind, err)
    status, out, err = cli("labels", "used", "--sheet", "L7160")
    assert status == 0, err
    status, out, err = cli("settings", "list")
    assert status == 0, err
    if text != DEEP or relative != "config/settings.json":  # a file that cannot be read is set aside whole
        assert "group_name = Gruppe" in out


def test_a_deeply_nested_case_is_refused_and_the_others_still_work(
    data_dir: Path, cli_process: CliProcess
) -> None:
    nested_case(data_dir / "cases" / "deep")
    listed = cli_process("cases", "list")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    assert CASE in listed.stdout and "deep\t(invalid" in listed.stdout
    shown = cli_process("cases", "show", CASE)
    assert shown.returncode == 0 and "Traceback" not in shown.stderr
    checked = cli_process("cases", "validate", str(data_dir / "cases" / "deep"))
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert "case.toml: has lists or tables nested too deeply" in checked.stdout + checked.stderr


def test_a_shared_pack_nested_too_deeply_is_refused(tmp_path: Path, data_dir: Path, cli: Cli) -> None:
    folder = nested_case(tmp_path / "deep")
    pack = tmp_path / "deep.uacase"
    with zipfile.ZipFile(pack, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    status, _, err = cli("cases", "import", str(pack), "--keep-both")
    assert status == 1 and "nested too deeply" in err
    cases = data_dir / "cases"
    assert not cases.exists() or not any(cases.iterdir())  # nothing saved, no staging folder left behind
