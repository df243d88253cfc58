"""The one accessor for files shipped with ua-desktop.

The repository keeps resources/ and translations/ at the top level; the wheel (and the PyInstaller bundle)
carries them as ua_desktop/resources and ua_desktop/translations. This module hides that decision: callers
ask for a relative name such as "cases/ua-034-25/case.toml" and never build paths themselves. Absolute names
and ".." are refused, so a name from a case pack can never reach outside the shipped files.
"""

from __future__ import annotations

import functools
from pathlib import Path, PurePosixPath

import ua_desktop

# The package is always a plain folder (wheel, editable install or PyInstaller bundle); importlib.resources
# would cost start-up time (it imports zipfile) for no gain here.
_PACKAGE_DIR = Path(ua_desktop.__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent


def _checked(name: str) -> PurePosixPath:
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or "\\" in name:
        raise ValueError(f"resource names are relative and stay inside the package: {name!r}")
    return relative


@functools.cache
def resources_root() -> Path:
    """The folder holding the shipped resources (installed package first, source tree as fallback)."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / "resources"


@functools.cache
def translations_root() -> Path:
    """The folder holding the compiled .qm translations (present in an installed wheel or bundle)."""
    return _PACKAGE_DIR / "translations"


def resource_path(name: str) -> Path:
    """Return the path of a shipped resource by its relative name."""
    return resources_root() / _checked(name)


def read_resource_text(name: str) -> str:
    return resource_path(name).read_text(encoding="utf-8")


def bundled_cases_dir() -> Path:
    return resource_path("cases")
