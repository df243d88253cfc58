"""Test configuration: headless Qt, and a private temporary home and data folder for every test.

Nothing may touch the real home directory, so HOME and the XDG folders point into a temporary folder for
the whole session, and every test gets its own UA_DESKTOP_DATA_DIR. Fixtures that tests in more than one
folder (core/, gui/) use live here, once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pytest

from ua_desktop.cli import main
from ua_desktop.core.cases.library import CaseLibrary

from .cli_types import Cli, CliProcess, CliResult

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="ua-desktop-test-home-"))
for _name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SESSION_HOME / _name.lower())
os.environ.pop("UA_DESKTOP_DATA_DIR", None)
# The command line speaks the terminal's language (LANGUAGE first): English here, whatever the developer's
# terminal speaks; tests of other languages set their own.
os.environ["LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder for each test, also exported for subprocesses."""
    folder = tmp_path / "data"
    monkeypatch.setenv("UA_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def library(tmp_path: Path) -> CaseLibrary:
    """An empty folder of own cases beside the bundled ones; modules that need cases in it save them."""
    return CaseLibrary(tmp_path / "cases")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run the command line in this process: `cli("cases", "list")` gives (status, out, err).

    The output is what capsys captured since it was last read, so a test that also reads capsys itself
    shares the one capture with this fixture.
    """

    def run(*argv: str) -> CliResult:
        status = main(list(argv))
        captured = capsys.readouterr()
        return CliResult(status, captured.out, captured.err)

    return run


@pytest.fixture
def cli_process(tmp_path: Path) -> CliProcess:
    """Run the real program, `python -m ua_desktop *args`, as a script would; `env` adds to os.environ.

    It runs in the test's temporary folder: `-m` puts the working folder first on the module path, and from
    the project's folder the child would import the source tree (without compiled catalogues) instead of the
    installed package the tests are meant to check.
    """

    def run(
        *args: str, env: Mapping[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ua_desktop", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=None if env is None else {**os.environ, **env},
            cwd=tmp_path,
        )

    return run
