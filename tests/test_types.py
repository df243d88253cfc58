"""mypy checks the whole package strictly (core, command line, GUI); scope and exceptions: pyproject.toml.

Run from the project root with the [tool.mypy] configuration, like tests/test_lint.py runs ruff, so CI checks
types through the README's one test command. mypy is part of the test extra, so a missing mypy fails.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is part of the test extra; install with pip install '.[test]'")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
