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
