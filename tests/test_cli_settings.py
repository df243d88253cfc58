"""`ua-desktop settings list|get|set`: the same keys and checks as Preferences, in the same file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop.cli import main
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.settings import Settings
from ua_desktop.core.settings_keys import SETTING_KEYS

from .cli_types import Cli


def saved() -> Settings:
    return Settings.load(resolve_paths().settings_file)


def test_set_then_get_and_list(cli: Cli) -> None:
    assert cli("settings", "set", "paper", "letter") == (0, "paper = letter\n", "")
    assert cli("settings", "set", "group_country", "ch")[:2] == (0, "group_country = CH\n")
    assert cli("settings", "set", "group_name", "Amnesty-Gruppe Luzern")[0] == 0
    assert cli("settings", "set", "default_preset", "ch-right")[0] == 0
    assert cli("settings", "set", "postal_transit_days", "10")[0] == 0
    settings = saved()
    assert (settings.paper, settings.group_country, settings.group_name) == (
        "letter",
        "CH",
        "Amnesty-Gruppe Luzern",
    )
    assert (settings.default_preset, settings.postal_transit_days) == ("ch-right", 10)

    assert cli("settings", "get", "paper") == (0, "letter\n", "")
    assert cli("settings", "get", "group_name") == (0, "Amnesty-Gruppe Luzern\n", "")
    code, out, _err = cli("settings", "list")
    assert code == 0
    lines = out.splitlines()
    assert [line.split(" =")[0] for line in lines] == list(SETTING_KEYS)
    assert "paper = letter" in lines and "group_country = CH" in lines and "postal_transit_days = 10" in lines
    assert "default_label_sheet = auto" in lines and "group_city =" in lines


def test_a_list_takes_several_values_and_prints_one_per_line(cli: Cli) -> None:
    address = ["Amnesty-Gruppe Luzern", "Postfach 12", "6000 Luzern"]
    code, out, _err = cli("settings", "set", "group_return_address", *address)
    assert code == 0
    assert out.splitlines() == [
        f"group_return_address = {address[0]}",
        *(" " * 23 + line for line in address[1:]),
    ]
    assert saved().group_return_address == address
    assert cli("settings", "get", "group_return_address") == (0, "\n".join(address) + "\n", "")
    assert cli("settings", "set", "group_return_address")[0] == 0  # no values: cleared
    assert saved().group_return_address == []


def test_auto_clears_a_choice(cli: Cli) -> None:
    cli("settings", "set", "paper", "a4")
    assert cli("settings", "set", "paper", "auto") == (0, "paper = auto\n", "")
    assert saved().paper == ""
    assert cli("settings", "get", "paper") == (0, "auto\n", "")


def test_unknown_key_is_exit_1_with_the_known_keys(cli: Cli) -> None:
    code, out, err = cli("settings", "set", "papers", "letter")
    assert (code, out) == (1, "")
    assert err.startswith('ua-desktop: Unknown setting "papers". Settings you can set: ')
    assert all(name in err for name in SETTING_KEYS)
    code, _out, err = cli("settings", "get", "colour")
    assert code == 1 and "Settings you can set: ui_language, paper" in err
    code, _out, err = cli("settings", "set", "last_case_id", "ua-034-25")
    assert code == 1 and "last_case_id is kept by the program itself and cannot be set" in err
    assert not resolve_paths().settings_file.exists(), "nothing is written for a refused change"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("paper", "a5"), 'paper: "a5" is not allowed. Allowed: a4, letter, or auto'),
        (("group_country", "XY"), 'group_country: "XY" is not allowed. Allowed: a two-letter ISO 3166'),
        (("default_preset", "din-c"), "Allowed: din-b, din-a, ch-right, us-10, or auto"),
        (("default_label_sheet", "L9999"), "Allowed: L7160, L7161"),
        (("postal_transit_days", "soon"), "Allowed: a whole number from 1 to 60"),
        (("postal_transit_days", "99"), "postal_transit_days: 99 is not allowed"),
        (("ui_language", "pt"), "Allowed: en, de, fr, it, es, or auto"),
        (
            ("group_name", "Amnesty", "Luzern"),
            'put text with spaces in quotes, e.g. ua-desktop settings set group_name "',
        ),
        (("paper",), "Give paper a value. Allowed: a4, letter, or auto"),
    ],
)
def test_bad_value_is_exit_1_with_the_allowed_values(cli: Cli, args: tuple[str, ...], message: str) -> None:
    code, out, err = cli("settings", "set", *args)
    assert (code, out) == (1, "")
    assert err.startswith("ua-desktop: ") and message in err
    assert saved() == Settings()


def test_data_dir_option_keeps_the_settings_in_that_folder(
    tmp_path: Path, cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    stick = tmp_path / "usb"
    assert main(["--data-dir", str(stick), "settings", "set", "paper", "letter"]) == 0
    assert Settings.load(stick / "config" / "settings.json").paper == "letter"
    assert not resolve_paths().settings_file.exists(), "the default data folder is not touched"
    capsys.readouterr()
    assert main(["--data-dir", str(stick), "settings", "get", "paper"]) == 0
    assert capsys.readouterr().out == "letter\n"
    assert cli("settings", "get", "paper") == (0, "auto\n", "")


def test_through_the_installed_command(data_dir: Path) -> None:
    """The real program, as a script calls it: $UA_DESKTOP_DATA_DIR, exit status, stderr."""
    command = [sys.executable, "-m", "ua_desktop", "settings"]
    done = subprocess.run(
        [*command, "set", "group_country", "CH"], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout) == (0, "group_country = CH\n")
    assert Settings.load(data_dir / "config" / "settings.json").group_country == "CH"
    refused = subprocess.run([*command, "set", "colour", "red"], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and "Unknown setting" in refused.stderr
