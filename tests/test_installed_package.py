"""CI tests the installed wheel, and the wheel carries cases, icons and compiled translations.

For a fast local loop a developer may install the project editable (README, "Run the tests"): the tests
then import the source tree, with the translations compiled beside it. CI (the CI variable set, as
.ci/run is run) always installs and tests the built wheel, which the first test checks.
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

import pytest

import ua_desktop
from ua_desktop.core.resources import resource_path, resources_root, translations_root


def test_ci_imports_the_wheel_from_site_packages_not_the_source_tree() -> None:
    package_dir = Path(ua_desktop.__file__).resolve().parent
    if not os.environ.get("CI") and (package_dir.parent / "pyproject.toml").is_file():
        pytest.skip("an editable install for development: CI tests the built wheel")
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    assert package_dir.is_relative_to(site), f"tests imported {package_dir}; install the project first"
    assert resources_root() == package_dir / "resources"


def test_wheel_contains_bundled_case_icon_and_translations() -> None:
    for name in ("case.toml", "briefing.md", "letters/en.j2", "source.txt"):
        assert resource_path(f"cases/ua-034-25/{name}").is_file()
    assert resource_path("icons/ua-desktop.svg").is_file()
    qm = translations_root() / "ua_desktop_de.qm"
    assert qm.is_file() and qm.stat().st_size > 100
    assert qm.read_bytes()[:4] == bytes.fromhex("3cb86418")  # Qt .qm magic number


def test_resource_names_cannot_escape(tmp_path: Path) -> None:
    import pytest

    for bad in ("/etc/passwd", "../pyproject.toml", "cases/../../x"):
        with pytest.raises(ValueError):
            resource_path(bad)
    assert sys.version_info >= (3, 12)
