"""The case library view: sorted by deadline, follow-ups under their original, archive, delete, follow-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.draft import CaseDraft, write_pack
from ua_desktop.core.cases.importer import draft_from_file
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.manage import save_new_case
from ua_desktop.gui.cases import case_editor
from ua_desktop.gui.cases.case_library_view import CaseLibraryDialog

DATA = Path(__file__).resolve().parent.parent / "data" / "ua"


@pytest.fixture(autouse=True)
def own_cases(library: CaseLibrary) -> None:
    """Every test here starts with four own cases in the shared empty library, one of them a follow-up."""
    for name in ("ua-071-26-en.txt", "ua-102-26-fr.txt", "ua-034-25-1-en.txt", "ua-088-26-de.txt"):
        save_new_case(draft_from_file(DATA / name, library), library)  # the German one lacks a deadline


def view(qtbot: QtBot, library: CaseLibrary, tmp_path: Path) -> CaseLibraryDialog:
    dialog = CaseLibraryDialog(library, tmp_path / "data")
    dialog.today = dt.date(2026, 4, 1)
    dialog.refresh()
    qtbot.addWidget(dialog)
    return dialog


def row(item: QTreeWidgetItem) -> list[str]:
    return [item.text(column) for column in range(5)]


def top_level(dialog: CaseLibraryDialog) -> list[QTreeWidgetItem]:
    return [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]


def select(dialog: CaseLibraryDialog, case_id: str) -> None:
    dialog._select(case_id)
    assert dialog.selected_id() == case_id


def test_sorted_by_deadline_with_status_and_chain(qtbot: QtBot, library: CaseLibrary, tmp_path: Path) -> None:
    dialog = view(qtbot, library, tmp_path)
    rows = [row(item) for item in top_level(dialog)]
    assert rows[0] == [
        "UA 034/25",
        "Stop illegal expulsions to El Salvador",
        "US",
        "passed (1 July 2025)",
        "bundled",
    ]
    assert rows[1][:4] == ["UA 071/26", "Librarian jailed for lending banned books", "HU", "8 days left"]
    assert rows[2][:4] == [
        "AU 102/26",
        "Un avocat détenu pour avoir défendu des manifestants",
        "CM",
        "29 days left",
    ]
    assert rows[3][0] == "ua-088-26" and rows[3][1] == "cannot be opened"  # no deadline yet: listed, broken
    original = top_level(dialog)[0]
    assert original.childCount() == 1
    assert row(original.child(0))[0] == "UA 034/25-1" and row(original.child(0))[4] == "own · follow-up"
    select(dialog, "ua-034-25-1")
    assert dialog.details.text() == "Follow-up chain: UA 034/25 → UA 034/25-1 (this case)"
    select(dialog, "ua-088-26")
    assert "deadline is required" in dialog.details.text()


def test_bundled_cases_are_read_only(qtbot: QtBot, library: CaseLibrary, tmp_path: Path) -> None:
    dialog = view(qtbot, library, tmp_path)
    select(dialog, "ua-034-25")
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert not dialog.archive_button.isEnabled()
    assert dialog.follow_up_button.isEnabled() and dialog.export_button.isEnabled()
    select(dialog, "ua-071-26")
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()


def test_archive_and_restore(
    qtbot: QtBot, library: CaseLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = view(qtbot, library, tmp_path)
    changes: list[str] = []
    dialog.cases_changed.connect(changes.append)
    select(dialog, "ua-102-26")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    dialog.archive_button.click()
    assert "ua-102-26" in [e.id for e in library.entries()]  # asked, and the answer was no
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.archive_button.click()
    assert "ua-102-26" not in [e.id for e in library.entries()]
    assert all(item.text(0) != "AU 102/26" for item in top_level(dialog))
    dialog.show_archived.setChecked(True)
    select(dialog, "ua-102-26")
    assert row(dialog.tree.currentItem())[4] == "archived" and dialog.archive_button.text() == "Res&tore"
    dialog.archive_button.click()
    assert "ua-102-26" in [e.id for e in library.entries()]
    assert changes == ["", ""]


def test_delete_asks_first(
    qtbot: QtBot, library: CaseLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = view(qtbot, library, tmp_path)
    select(dialog, "ua-071-26")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *rest):  # type: ignore[no-untyped-def]
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    dialog.delete_button.click()
    assert (library.user_cases_dir / "ua-071-26").exists()
    assert "Delete the case ua-071-26" in asked[0] and "cannot be undone" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.delete_button.click()
    assert not (library.user_cases_dir / "ua-071-26").exists()
    assert "ua-071-26" not in [item.data(0, Qt.ItemDataRole.UserRole) for item in top_level(dialog)]


def test_new_follow_up_from_a_case(
    qtbot: QtBot, library: CaseLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = view(qtbot, library, tmp_path)
    offered: list[CaseDraft] = []

    def fake_editor(parent, draft, lib, original=None):  # type: ignore[no-untyped-def]
        offered.append(draft)
        draft.deadline = dt.date(2026, 5, 20)  # what the coordinator types in
        return write_pack(draft, lib.user_cases_dir)

    monkeypatch.setattr(case_editor.CaseEditorDialog, "ask", fake_editor)
    select(dialog, "ua-071-26")
    dialog.follow_up_button.click()
    (draft,) = offered
    assert (draft.id, draft.follow_up, draft.follows) == ("ua-071-26-fu", True, "ua-071-26")
    assert dialog.selected_id() == "ua-071-26-fu"
    assert dialog.tree.currentItem().parent().text(0) == "UA 071/26"
