"""Open and save dialogs start in the folder used last for that kind of file, not always in Documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.resources import bundled_cases_dir
from ua_desktop.core.settings_store import SettingsStore
from ua_desktop.gui.cases.case_file_export import export_case_file
from ua_desktop.gui.cases.case_import_dialog import CaseImportDialog
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.file_dialogs import (
    FileKind,
    documents_folder,
    folder_path,
    open_file_path,
    save_file_path,
)

from .settings_helpers import settings_hub


class FakeDialogs:
    """Stands in for QFileDialog's static functions: records where each dialog starts, answers `answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.starts: list[Path] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, _parent: object, _title: str, start: str, _filters: str = "") -> tuple[str, str]:
        self.starts.append(Path(start))
        return self.answer, ""

    def _folder(self, _parent: object, _title: str, start: str) -> str:
        self.starts.append(Path(start))
        return self.answer


def test_each_kind_of_file_starts_where_it_was_used_last(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialogs = FakeDialogs(monkeypatch)
    hub = settings_hub()
    stick = tmp_path / "usb-stick"
    stick.mkdir()

    dialogs.answer = str(stick / "letters.pdf")
    assert save_file_path(None, hub, FileKind.PRINT, "Save", "letters.pdf", "") == stick / "letters.pdf"
    assert dialogs.starts[-1] == documents_folder() / "letters.pdf"  # never used: the documents folder

    dialogs.answer = ""  # cancelled: nothing chosen, nothing forgotten
    assert save_file_path(None, hub, FileKind.PRINT, "Save", "labels.pdf", "") is None
    assert dialogs.starts[-1] == stick / "labels.pdf"
    assert folder_path(None, hub, FileKind.PRINT, "Folder", "ua-034-25-letters") is None
    assert dialogs.starts[-1] == stick / "ua-034-25-letters"

    save_file_path(None, hub, FileKind.REPORT, "Save", "evening.csv", "")  # another kind keeps its own
    assert dialogs.starts[-1] == documents_folder() / "evening.csv"

    backups = tmp_path / "backups"
    backups.mkdir()
    open_file_path(None, hub, FileKind.BACKUP, "Restore", "", default=backups)  # a kind's own default
    assert dialogs.starts[-1] == backups

    again = SettingsHub(SettingsStore.for_paths(resolve_paths()))  # the program's next start
    save_file_path(None, again, FileKind.PRINT, "Save", "envelopes.pdf", "")
    assert dialogs.starts[-1] == stick / "envelopes.pdf"

    shutil.rmtree(stick)  # the stick taken out: back to the documents folder
    save_file_path(None, again, FileKind.PRINT, "Save", "envelopes.pdf", "")
    assert dialogs.starts[-1] == documents_folder() / "envelopes.pdf"


def test_a_case_exported_then_imported_again_starts_in_the_same_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, library: CaseLibrary
) -> None:
    dialogs = FakeDialogs(monkeypatch)
    hub = settings_hub()
    shared = tmp_path / "shared cases"
    shared.mkdir()
    case = load_case(bundled_cases_dir() / "ua-034-25", bundled=True)
    dialogs.answer = str(shared / "ua-034-25.uacase")
    assert export_case_file(None, case, hub) == str(shared / "ua-034-25.uacase")
    dialogs.answer = ""
    export_case_file(None, case, hub)
    assert dialogs.starts[-1] == shared / "ua-034-25.uacase"
    dialog = CaseImportDialog(library, settings_hub=hub)
    qtbot.addWidget(dialog)
    dialog.choose_file()
    assert dialogs.starts[-1] == shared


def test_the_next_export_starts_where_the_last_one_was_saved(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ua_desktop.core.export.request import Kind
    from ua_desktop.gui.export.export_dialog import ExportDialog

    dialogs = FakeDialogs(monkeypatch)
    paths = resolve_paths().ensure()
    hub = settings_hub(paths, group_country="CH", group_return_address=["Postfach 1", "8021 Zürich"])
    case = CaseLibrary(paths.cases_dir).get("ua-034-25")

    def export_dialog() -> ExportDialog:
        dialog = ExportDialog(paths, hub, case)
        qtbot.addWidget(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(Kind.ENVELOPES))
        dialog.who.setCurrentIndex(dialog.who.findData("none"))
        return dialog

    first = export_dialog()
    assert Path(first.path.text()).parent == documents_folder()  # nothing saved yet
    evening = tmp_path / "evening 12 February"
    evening.mkdir()
    first.path.setText(str(evening / "envelopes.pdf"))  # typed, not browsed: remembered once written
    first.run_button.click()
    qtbot.waitUntil(lambda: first.worker is None, timeout=30_000)
    assert (evening / "envelopes.pdf").exists()

    second = export_dialog()
    assert Path(second.path.text()) == evening / "ua-034-25-envelopes.pdf"
    dialogs.answer = ""
    second.browse()
    assert dialogs.starts[-1] == evening / "ua-034-25-envelopes.pdf"
    second.export_test_page()
    assert dialogs.starts[-1].parent == evening


def test_the_roster_window_remembers_backups_and_lists_of_signers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ua_desktop.core.roster.store import RosterStore
    from ua_desktop.gui.roster.roster_window import RosterWindow

    dialogs = FakeDialogs(monkeypatch)
    paths = resolve_paths().ensure()
    hub = settings_hub(paths)
    store = RosterStore.open(paths)
    window = RosterWindow(paths, store, "en", settings_hub=hub)
    qtbot.addWidget(window)

    window.restore_action.trigger()  # cancelled; never backed up by hand: the automatic backups
    assert dialogs.starts[-1] == paths.backups_dir
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.answer = str(stick / "roster.sqlite3")
    window.backup_action.trigger()
    assert (stick / "roster.sqlite3").exists()
    dialogs.answer = ""
    window.restore_action.trigger()
    assert dialogs.starts[-1] == stick

    lists = tmp_path / "lists"
    lists.mkdir()
    dialogs.answer = str(lists / "signers.csv")
    window.export_action.trigger()
    dialogs.answer = ""
    window.import_action.trigger()  # cancelled at the file dialog
    assert dialogs.starts[-1] == lists
    window.close()


def test_every_file_dialog_of_the_program_goes_through_the_one_helper() -> None:
    gui = Path(__file__).resolve().parents[2] / "ua_desktop" / "gui"
    helper = gui / "widgets" / "file_dialogs.py"
    others = [
        path for path in gui.rglob("*.py") if path != helper and "QFileDialog" in path.read_text("utf-8")
    ]
    assert others == []
