"""Types of the `cli` and `cli_process` fixtures (tests/conftest.py), for the test functions' signatures."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from typing import NamedTuple, Protocol


class CliResult(NamedTuple):
    """What one in-process run of `ua_desktop.cli.main` gave: exit status, stdout, stderr."""

    status: int
    out: str
    err: str


class Cli(Protocol):
    """Runs `ua_desktop.cli.main(argv)` in the test's process and returns its status and captured output."""

    def __call__(self, *argv: str) -> CliResult: ...


class CliProcess(Protocol):
    """Runs `python -m ua_desktop *args` as a subprocess; `env` entries are added to os.environ."""

    def __call__(
        self, *args: str, env: Mapping[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]: ...
