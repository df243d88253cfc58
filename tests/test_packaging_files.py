"""The files in packaging/ agree with the program's identity and with what the program imports.

Fast checks only: the PyInstaller build itself runs in packaging/check-bundle.sh (UA_DESKTOP_CI_BUNDLE=1).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import ua_desktop
from ua_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "ua-desktop.spec"


def load_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_names_the_program() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_DISPLAY_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == APP_NAME
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert APP_NAME in scripts


def test_desktop_file_validates_where_the_validator_is_installed() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate (desktop-file-utils) is not installed")
    result = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_matches_the_package_identity() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_DISPLAY_NAME
    assert root.findtext("metadata_license") == "CC0-1.0"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("project_license") == pyproject["project"]["license"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == APP_NAME
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert newest.find("description") is not None, "every release carries release notes"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    images = root.findall("screenshots/screenshot/image")
    assert images and all(image.text and image.text.startswith("https://") for image in images)


def test_metainfo_validates_where_appstreamcli_is_installed() -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli (appstream) is not installed")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def spec_list(name: str) -> list[str]:
    """The value of a top-level list assignment in the PyInstaller spec, read without running it."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return [ast.literal_eval(element) for element in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError(f"{name} is not assigned in {SPEC.name}")


def qt_modules_the_program_imports() -> set[str]:
    package_dir = Path(ua_desktop.__file__).resolve().parent
    found: set[str] = set()
    for source in package_dir.rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    return found


def test_spec_excludes_the_heavy_qt_modules_and_none_the_program_uses() -> None:
    unused = set(spec_list("UNUSED_QT_MODULES"))
    heavy = {"QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "Qt3DCore", "QtDesigner", "QtSql"}
    assert heavy <= unused
    used = qt_modules_the_program_imports()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & unused, f"the spec excludes Qt modules the program imports: {sorted(used & unused)}"
    hidden = {name.removeprefix("PySide6.") for name in spec_list("HIDDEN_IMPORTS") if "PySide6" in name}
    assert not hidden & unused


def test_spec_reads_the_identity_from_the_package() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "from ua_desktop import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__" in text
    assert APP_ID not in text and f'"{__version__}"' not in text, (
        "identity is written down once, in the package"
    )
    for key in ("CFBundleShortVersionString", "NSHighResolutionCapable", "LSMinimumSystemVersion"):
        assert key in text


def test_icon_generator_renders_every_size(qapp: object, tmp_path: Path) -> None:
    # qapp first: the generator would otherwise create a QGuiApplication that widget tests cannot use.
    from PySide6.QtGui import QImage

    make_icons = load_script(PACKAGING / "make_icons.py")
    written = make_icons.make_icons(tmp_path)
    for size in make_icons.SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png in written
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255, "the icon is drawn, not transparent"
        assert image.pixelColor(0, 0).alpha() == 0, "the rounded corners stay transparent"
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    ico = (tmp_path / "ua-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    icns = (tmp_path / "ua-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)


def test_shell_scripts_parse() -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    for script in ("build.sh", "check-bundle.sh"):
        path = PACKAGING / script
        assert path.stat().st_mode & 0o111, f"{script} is executable"
        result = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr


def test_windows_installer_takes_the_identity_from_the_build() -> None:
    text = (PACKAGING / "windows" / "ua-desktop.iss").read_text(encoding="utf-8")
    for define in ("AppVersion", "AppId", "AppDisplayName", "ExeName", "BundleDir", "IconFile"):
        assert f"#ifndef {define}" in text
    setup = text.split("[Setup]")[1]
    assert APP_ID not in setup and f"{APP_NAME}.exe" not in setup, "the identity comes from the package"
    assert "PrivilegesRequiredOverridesAllowed=dialog" in text  # per-user or all-users install
    assert "{autoprograms}" in text  # Start menu entry


def test_flatpak_manifest_names_the_program_and_pins_every_wheel() -> None:
    text = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.MULTILINE)
    assert re.search(rf"^command: {re.escape(APP_NAME)}$", text, re.MULTILINE)
    urls = re.findall(r"^\s+url: (\S+)$", text, re.MULTILINE)
    hashes = re.findall(r"^\s+sha256: ([0-9a-f]{64})$", text, re.MULTILINE)
    assert urls and len(urls) == len(hashes)
    for requirement in ("pyside6_essentials", "pyside6_pdf", "shiboken6", "reportlab", "hatchling"):
        assert any(requirement in url.rsplit("/", 1)[-1] for url in urls), requirement


def test_flatpak_wheel_list_is_generated_from_pip_reports() -> None:
    pip_sources = load_script(PACKAGING / "flatpak" / "pip_sources.py")

    def item(url: str, sha: str) -> dict:
        return {"download_info": {"url": url, "archive_info": {"hashes": {"sha256": sha}}}}

    base = "https://files.example/packages"
    x86 = {
        "install": [
            item(f"{base}/jinja2-3.1.6-py3-none-any.whl", "a" * 64),
            item(f"{base}/markupsafe-3.0.4-cp312-cp312-manylinux_2_17_x86_64.whl", "b" * 64),
            {"download_info": {"url": "file:///checkout", "dir_info": {}}},  # the project itself
        ]
    }
    arm = {
        "install": [
            item(f"{base}/jinja2-3.1.6-py3-none-any.whl", "a" * 64),
            item(f"{base}/markupsafe-3.0.4-cp312-cp312-manylinux_2_17_aarch64.whl", "c" * 64),
        ]
    }
    lines = pip_sources.source_entries([x86, arm])
    text = "\n".join(lines)
    assert text.count("- type: file") == 3, "one source per distinct wheel, the project left out"
    assert text.count("dest: wheels") == 3
    assert "only-arches: [x86_64]" in text and "only-arches: [aarch64]" in text
    assert all(line.startswith("      ") for line in lines)
    manifest = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert manifest.count("- type: file\n        dest: wheels\n") == manifest.count("- type: file")
