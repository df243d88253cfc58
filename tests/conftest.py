"""Test configuration: headless Qt, and a private temporary home and data folder for every test.

Nothing may touch the real home directory, so HOME and the XDG folders point into a temporary folder for
the whole session, and every test gets its own UA_DESKTOP_DATA_DIR. Fixtures that tests in more than one
folder (core/, gui/) use live here, once.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="ua-desktop-test-home-"))
for _name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_SESSION_HOME / _name.lower())
os.environ.pop("UA_DESKTOP_DATA_DIR", None)


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
