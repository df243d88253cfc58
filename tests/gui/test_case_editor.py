"""The case editor: flagged fields are marked in colour and in words, Save validates like the loader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.draft import read_draft
from ua_desktop.core.cases.importer import draft_from_file
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.cases.manage import save_new_case
from ua_desktop.gui.cases.case_editor import CaseEditorDialog

DATA = Path(__file__).resolve().parent.parent / "data" / "ua"


def editor_for(qtbot: QtBot, library: CaseLibrary, name: str) -> CaseEditorDialog:
    folder = save_new_case(draft_from_file(DATA / name, library), library)
    dialog = CaseEditorDialog(read_draft(folder), library, original=folder)
    qtbot.addWidget(dialog)
    return dialog


def test_flagged_fields_are_highlighted_and_labelled(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = editor_for(qtbot, library, "ua-088-26-de.txt")
    assert dialog.banner.text().startswith("3 field")  # "3 fields need checking" once translated
    deadline = dialog.inputs["deadline"]
    assert deadline.property("flagged") is True and "#fff3bf" in deadline.styleSheet()
    note = dialog.notes["deadline"]
    assert not note.isHidden()
    assert note.text().startswith("⚠ Check:") and "has no year" in note.text()
    assert dialog.inputs["title"].property("flagged") is False and dialog.notes["title"].isHidden()
    assert dialog.tabs.tabText(2) == "Recipients ⚠"
    recipients = dialog.recipients
    assert "2 addressees" in recipients.general_note.text()
    assert recipients.list.item(1).text().endswith("⚠ check")
    recipients.list.setCurrentRow(1)
    assert recipients.inputs["salutation"].property("flagged") is True
    assert "no salutation for this addressee" in recipients.notes["salutation"].text()
    assert recipients.inputs["city"].property("flagged") is False


def test_fixing_the_flagged_deadline_and_saving(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = editor_for(qtbot, library, "ua-088-26-de.txt")
    dialog.deadline_field.set_date(dt.date(2026, 4, 28))
    dialog.save()
    assert dialog.result() == CaseEditorDialog.DialogCode.Accepted
    case = load_case(dialog.saved_folder)
    assert case.deadline == dt.date(2026, 4, 28)
    assert "deadline" not in {f.field for f in case.review}  # edited, so checked
    assert {f.field for f in case.review} == {"recipients", "recipients.2.salutation"}
    assert case.title == "Klimaaktivistin drohen fünf Jahre Haft"


def test_save_with_problems_warns_first(
    qtbot: QtBot, library: CaseLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = editor_for(qtbot, library, "ua-071-26-en.txt")
    dialog.deadline_field.set_date(None)
    dialog.title_edit.setText("")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    dialog.save()
    assert dialog.saved_folder is None
    assert "deadline is required" in dialog.problems.text() and "title is required" in dialog.problems.text()
    dialog.save()
    assert dialog.saved_folder is not None
    broken = [e for e in library.entries() if e.error]
    assert [e.folder.name for e in broken] == ["ua-071-26"]


def test_briefing_preview_and_recipient_address(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = editor_for(qtbot, library, "ua-071-26-en.txt")
    dialog.briefing_edit.setPlainText("Eszter Varga is **free** on bail.")
    assert dialog.briefing_preview.toPlainText() == "Eszter Varga is free on bail."
    recipients = dialog.recipients
    recipients.list.setCurrentRow(0)
    printed = recipients.preview.text().splitlines()  # laid out by the shared address formatter
    assert "Dr Anna Kovács" in printed and "BUDAPEST" in printed and "1055" in printed
    recipients.inputs["postal_code"].setText("1054")
    recipients.inputs["postal_code"].textEdited.emit("1054")
    assert "1054" in recipients.preview.text().splitlines()
    recipients.add_recipient()
    assert recipients.list.count() == 3 and recipients.current == 2
    recipients.remove_recipient()  # an empty recipient would be a problem on saving
    assert recipients.list.count() == 2
    dialog.save()
    case = load_case(dialog.saved_folder)
    assert case.recipients[0].postal_code == "1054"
    assert case.briefing_markdown.startswith("Eszter Varga is **free**")


def test_renaming_the_id_moves_the_pack(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = editor_for(qtbot, library, "ua-102-26-fr.txt")
    old = dialog.original
    dialog.id_edit.setText("avocat-douala")
    dialog.save()
    assert dialog.saved_folder == library.user_cases_dir / "avocat-douala"
    assert old is not None and not old.exists()
    assert library.get("avocat-douala").ua_number == "AU 102/26"


def test_mark_all_as_checked(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = editor_for(qtbot, library, "ua-088-26-de.txt")
    dialog.mark_all_checked()
    assert dialog.notes["deadline"].isHidden() and dialog.banner.text() == "No fields need checking."
    assert dialog.tabs.tabText(2) == "Recipients"
    assert dialog.recipients.list.item(1).text() == "Ms Ewa Lis — letter"
    assert dialog.recipients.general_note.isHidden()
