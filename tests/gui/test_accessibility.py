"""Accessibility: every control a keyboard can reach has a name for screen readers (asked through Qt's own
accessibility API, which also takes a buddy label's text), and icon-only buttons have a tooltip.

The main window and the dialogs people use on an evening are checked; a control added without a label, an
accessible name or a tooltip fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.paths import AppPaths, resolve_paths

from .settings_helpers import settings_hub


def unnamed_controls(root: QWidget) -> list[str]:
    """Keyboard-reachable, visible widgets of root that a screen reader could not name."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the inner line edit of a spin box or an editable combo box is named through its owner
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        where = f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}"
        if not name:
            problems.append(f"{where}: no accessible name")
        if isinstance(widget, QToolButton) and not widget.text().strip() and not widget.toolTip():
            problems.append(f"{where}: icon-only button without a tooltip")
    return problems


@pytest.fixture
def paths() -> AppPaths:
    return resolve_paths().ensure()


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_main_window(qtbot: QtBot, paths: AppPaths) -> None:
    from ua_desktop.gui.shell.main_window import MainWindow

    window = shown(qtbot, MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir)))
    assert unnamed_controls(window) == []


def test_preferences_and_page_setup(qtbot: QtBot, paths: AppPaths) -> None:
    from ua_desktop.core.letter.page_setup import PageSetup
    from ua_desktop.gui.letter.page_setup_dialog import PageSetupDialog
    from ua_desktop.gui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(settings_hub(paths), paths, ["en", "de"], [("L7160", "L7160")], [])
    preferences = shown(qtbot, dialog)
    assert unnamed_controls(preferences) == []
    assert unnamed_controls(shown(qtbot, PageSetupDialog(PageSetup()))) == []


def test_export_dialog(qtbot: QtBot, paths: AppPaths) -> None:
    from ua_desktop.gui.export.export_dialog import ExportDialog
    from ua_desktop.gui.export.return_address_dialog import ReturnAddressDialog

    case = CaseLibrary(paths.cases_dir).get("ua-034-25")
    assert unnamed_controls(shown(qtbot, ExportDialog(paths, settings_hub(paths), case))) == []
    assert unnamed_controls(shown(qtbot, ReturnAddressDialog("Amnesty-Gruppe Zürich"))) == []


def test_roster_window_and_signer_dialog(qtbot: QtBot, paths: AppPaths) -> None:
    from ua_desktop.core.roster.store import RosterStore
    from ua_desktop.gui.roster.roster_window import RosterWindow
    from ua_desktop.gui.roster.signer_dialog import SignerDialog

    store = RosterStore.open(paths)
    try:
        assert unnamed_controls(shown(qtbot, RosterWindow(paths, store))) == []
        assert unnamed_controls(shown(qtbot, SignerDialog(None, ["Tuesday group"]))) == []
    finally:
        store.close()


def test_case_library_and_import(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> None:
    from ua_desktop.gui.cases.case_import_dialog import CaseImportDialog
    from ua_desktop.gui.cases.case_library_view import CaseLibraryDialog

    library = CaseLibrary(paths.cases_dir)
    assert unnamed_controls(shown(qtbot, CaseLibraryDialog(library, paths.data_dir))) == []
    assert unnamed_controls(shown(qtbot, CaseImportDialog(library))) == []
