"""Hatch build hook: compile the Qt Linguist sources in translations/ into .qm files inside the wheel.

The .qm files are generated, so they are built here and never committed. pyside6-lrelease comes from
PySide6-Essentials, which pyproject.toml lists in [build-system] requires for exactly this reason.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> list[str]:
    """Return the command that runs Qt's lrelease from the build environment."""
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    scripts = Path(sys.executable).parent
    candidate = scripts / "pyside6-lrelease"
    if candidate.exists():
        return [str(candidate)]
    raise RuntimeError("pyside6-lrelease was not found; install PySide6-Essentials in the build environment")


def compile_translations(ts_dir: Path, out_dir: Path) -> list[Path]:
    """Compile every translations/*.ts into out_dir/*.qm and return the written files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    lrelease = find_lrelease()
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


class CustomBuildHook(BuildHookInterface):
    """Adds ua_desktop/translations/*.qm to the wheel."""

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        self._tmp = tempfile.TemporaryDirectory(prefix="ua-desktop-qm-")
        for qm in compile_translations(root / "translations", Path(self._tmp.name)):
            build_data["force_include"][str(qm)] = f"ua_desktop/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()
