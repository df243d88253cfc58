"""The window starts, and its dialogs open, whatever shape the state files are in (issue 16, item 8).

Each state file holds valid JSON of the wrong shape (or nests too deeply to read), or a case folder holds a
case.toml nested too deeply: the main window still reaches its letter panel, Preferences and the export
dialog still open, and each bad field is logged and replaced by its default.
"""

from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.gui.export.export_dialog import ExportDialog
from ua_desktop.gui.shell.app import WindowHost
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.shell.preferences_dialog import PreferencesDialog

from .settings_helpers import settings_hub

DEEP = "[" * 100_000 + "]" * 100_000
GOOD_SETTINGS = {"group_country": "CH", "group_name": "Gruppe", "group_return_address": ["Postfach 1"]}

# (file under the data folder, its text)
BROKEN: dict[str, tuple[str, str]] = {
    "geometry-a-number": ("config/settings.json", json.dumps({**GOOD_SETTINGS, "ui_state": {"geometry": 5}})),
    "splitter-a-list": (
        "config/settings.json",
        json.dumps({**GOOD_SETTINGS, "ui_state": {"splitter": [1, 2]}}),
    ),
    "ui-state-a-list": ("config/settings.json", json.dumps({**GOOD_SETTINGS, "ui_state": ["geometry"]})),
    "number-in-return-address": (
        "config/settings.json",
        json.dumps({**GOOD_SETTINGS, "group_return_address": ["Postfach 1", 5]}),
    ),
    "transit-days-huge": (
        "config/settings.json",
        json.dumps({**GOOD_SETTINGS, "postal_transit_days": 10**30}),
    ),
    "transit-days-true": ("config/settings.json", json.dumps({**GOOD_SETTINGS, "postal_transit_days": True})),
    "settings-nested": ("config/settings.json", DEEP),
    "positions-sheets-a-list": ("label_positions.json", '{"sheets": []}'),
    "positions-a-table": ("label_positions.json", '{"sheets": {"L7160": {"1": true}}}'),
    "positions-odd-items": ("label_positions.json", '{"sheets": {"L7160": [1, "2", true, 1e300, -4]}}'),
    "positions-nested": ("label_positions.json", DEEP),
    "calibration-printers-a-list": ("config/printer_calibration.json", '{"printers": []}'),
    "calibration-entry-a-list": ("config/printer_calibration.json", '{"printers": {"HP": [1, 2]}}'),
    "calibration-text": ("config/printer_calibration.json", '{"printers": {"HP": {"scale_x": "1.0"}}}'),
    "calibration-huge": (
        "config/printer_calibration.json",
        '{"printers": {"HP": {"offset_x_mm": 1%s}}}' % ("0" * 400),
    ),
    "calibration-nested": ("config/printer_calibration.json", DEEP),
    "case-nested": ("cases/deep/case.toml", 'schema_version = 1\nid = "deep"\nx = ' + DEEP + "\n"),
}


def write_broken(broken: str) -> AppPaths:
    """The test's data folder with good settings and the one broken file."""
    paths = resolve_paths().ensure()
    (paths.config_dir / "settings.json").write_text(json.dumps(GOOD_SETTINGS), encoding="utf-8")
    relative, text = BROKEN[broken]
    target = paths.data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return paths


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
def test_main_window_starts_with_a_broken_state_file(
    broken: str, qtbot: QtBot, qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    paths = write_broken(broken)
    caplog.set_level(logging.WARNING)
    host = WindowHost(paths, settings_hub(paths), Translators(qapp))  # as the program opens its window
    window = host.open()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.started)
    assert window.case is not None and window.case.id == "ua-034-25"
    assert window.letter_panel is not None
    if broken == "case-nested":  # listed as a broken pack, with the reason
        entry = next(e for e in window.library.entries() if e.folder.name == "deep")
        assert entry.error is not None and "nested too deeply" in str(entry.error)
    elif not broken.startswith(("positions", "calibration")):  # those are read by the dialogs (below)
        assert caplog.records, "a bad settings file is logged"
    window.close()  # saves the window's state over a bad one


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
def test_export_and_preferences_open_with_a_broken_state_file(
    broken: str, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    paths = write_broken(broken)
    caplog.set_level(logging.WARNING)
    hub = settings_hub(paths)
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    export = ExportDialog(paths, hub, case)  # reads the used label positions and the printer calibrations
    qtbot.addWidget(export)
    preferences = PreferencesDialog(hub, paths, ["en", "de"], [("L7160", "L7160")], [])
    qtbot.addWidget(preferences)
    if broken != "case-nested":
        assert caplog.records, "a bad state file is logged"


def test_the_window_start_puts_back_a_case_an_interrupted_import_moved_aside(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """Issue 16, item 6: killed between its two renames, `cases import --replace` left the case hidden."""
    import shutil

    from ua_desktop.core.resources import bundled_cases_dir

    paths = resolve_paths().ensure()
    shutil.copytree(bundled_cases_dir() / "ua-034-25", paths.cases_dir / ".old-ua-034-25-999999999")
    toml = paths.cases_dir / ".old-ua-034-25-999999999" / "case.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            "Stop illegal expulsions", "Our own edition: stop expulsions"
        ),
        encoding="utf-8",
    )
    window = WindowHost(paths, settings_hub(paths), Translators(qapp)).open()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.started)
    assert window.case is not None and not window.case.bundled
    assert window.case.title.startswith("Our own edition")
    assert (paths.cases_dir / "ua-034-25").is_dir()
