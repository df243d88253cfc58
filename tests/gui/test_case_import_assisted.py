"""Assisted import in the window: the case id field, the source beside its fields, assigning a selection,
and a case saved with fields left to check listed as "needs review"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.draft import read_draft
from ua_desktop.core.cases.importer import draft_from_file
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.manage import save_new_case
from ua_desktop.core.cases.model import Case, ReviewFlag
from ua_desktop.gui.cases.case_editor import CaseEditorDialog
from ua_desktop.gui.cases.case_import_assist import qt_offsets
from ua_desktop.gui.cases.case_import_dialog import CaseImportDialog
from ua_desktop.gui.cases.case_library_view import CaseLibraryDialog

DATA = Path(__file__).resolve().parent.parent / "data" / "ua"
GERMAN = (DATA / "ua-088-26-de.txt").read_text(encoding="utf-8")

# Written for this test: an Urgent Action heading, a briefing and a model letter, but no UA number.
WITHOUT_NUMBER = """\
URGENT ACTION

Journalist held without charge

Nowhereland

The journalist was arrested at her home three weeks ago and has been held without charge ever since.

Dear Minister,
Please release the journalist at once and without conditions, and let her see her lawyer and family.
Yours sincerely,
"""


def dialog_for(qtbot: QtBot, library: CaseLibrary, text: str) -> CaseImportDialog:
    dialog = CaseImportDialog(library)
    qtbot.addWidget(dialog)
    dialog.paste_edit.setPlainText(text)
    dialog.read_button.click()
    return dialog


def select(dialog: CaseImportDialog, part: str, occurrence: int = 0) -> tuple[int, int]:
    """Select part of the source as a user would with the mouse; return its offsets in the source."""
    source = dialog.assist.draft.source_text
    start = -1
    for _ in range(occurrence + 1):
        start = source.index(part, start + 1)
    end = start + len(part)
    positions = qt_offsets(source)
    cursor = dialog.assist.source.textCursor()
    cursor.setPosition(positions[start])
    cursor.setPosition(positions[end], QTextCursor.MoveMode.KeepAnchor)
    dialog.assist.source.setTextCursor(cursor)
    return start, end


def row_state(dialog: CaseImportDialog, field: str) -> str:
    tree = dialog.assist.fields
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        if item.data(0, 256) == field:  # Qt.UserRole
            return item.text(2)
    raise AssertionError(f"no row for {field}")


def test_the_case_id_is_suggested_edited_and_checked(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, GERMAN)
    assert dialog.pages.currentIndex() == 1
    assert dialog.id_field.edit.text() == "ua-088-26"  # the importer's id for UA 088/26
    assert dialog.save_button.isEnabled() and dialog.id_field.note.text() == ""
    dialog.id_field.edit.clear()
    qtbot.keyClicks(dialog.id_field.edit, "UA 88/26")
    assert "cannot be a case id" in dialog.id_field.note.text()  # the loader's rule, in its words
    assert not dialog.save_button.isEnabled()
    dialog.id_field.edit.clear()
    assert "Enter an id" in dialog.id_field.note.text() and not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.id_field.edit, "polen-klima-26")
    assert dialog.save_button.isEnabled()
    dialog.back_button.click()  # read again: the typed id is kept, not replaced by the suggestion
    dialog.read_button.click()
    assert dialog.id_field.edit.text() == "polen-klima-26"
    dialog.save_button.click()
    assert dialog.outcome is not None and dialog.outcome.case_id == "polen-klima-26"
    assert read_draft(library.user_cases_dir / "polen-klima-26").ua_number == "UA 088/26"


def test_a_document_without_a_number_asks_for_an_id_in_the_field(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, WITHOUT_NUMBER)
    said = dialog.message.text()
    assert dialog.pages.currentIndex() == 0 and not dialog.save_button.isEnabled()
    assert "Case id" in said and "--id" not in said and "command line" not in said
    assert dialog.id_field.edit.hasFocus() or not dialog.isVisible()  # focus goes there in a shown dialog
    qtbot.keyClicks(dialog.id_field.edit, "journalist-26")
    dialog.read_button.click()
    assert dialog.pages.currentIndex() == 1
    assert dialog.draft is not None and dialog.draft.id == "journalist-26"
    assert row_state(dialog, "ua_number") == "⚠ check"


def test_assigning_a_selection_sets_the_field_and_clears_its_flag(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, GERMAN)
    draft = dialog.draft
    assert draft is not None and draft.deadline is None
    assert row_state(dialog, "deadline") == "⚠ check"  # "bis zum 28. April": no year

    # A selection that is no date is refused in words, and nothing changes.
    select(dialog, "Klimaaktivistin drohen")
    assert dialog.assist.assign_button.isEnabled()
    dialog.assist.target.setCurrentIndex(dialog.assist.target.findData("deadline"))
    dialog.assist.assign_button.click()
    assert "cannot be read as a date" in dialog.assist.note.text()
    assert draft.deadline is None and row_state(dialog, "deadline") == "⚠ check"

    # The date of the header line stands in for a deadline the section wrote elsewhere.
    span = select(dialog, "3. März 2026")
    dialog.assist.target.setCurrentIndex(dialog.assist.target.findData("deadline"))
    dialog.assist.assign_button.click()
    assert draft.deadline == dt.date(2026, 3, 3)
    assert not [f for f in draft.review if f.field == "deadline"]
    assert row_state(dialog, "deadline") == "found"
    assert draft.origins["deadline"] == span

    # A recipient's address block, through the source's context menu "Assign to ▸ Recipient 2: address".
    draft.review.append(ReviewFlag("recipients.2.street", "checked by this test"))
    dialog.assist.refresh()
    assert row_state(dialog, "recipients.2") == "⚠ check"
    block = (
        "Ms Ewa Lis\nProsecutor General\nNational Prosecutor’s Office\nul. Postępu 3\n02-676 Warszawa\nPoland"
    )
    span = select(dialog, block)
    menu = dialog.assist.assign_menu()
    (submenu,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert submenu.isEnabled()
    (action,) = [a for a in submenu.actions() if a.data() == "recipients.2"]
    assert action.text() == "Recipient 2: address"
    action.trigger()
    recipient = draft.recipients[1]
    assert (recipient.name, recipient.street, recipient.postal_code) == (
        "Ewa Lis",
        ("ul. Postępu 3",),
        "02-676",
    )
    assert not [
        f
        for f in draft.review
        if f.field.startswith("recipients.2.") and f.field != "recipients.2.salutation"
    ]
    assert row_state(dialog, "recipients.2") == "found"
    assert draft.origins["recipients.2"] == span


def test_clicking_a_field_selects_where_it_came_from(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, GERMAN)
    assist = dialog.assist
    spans = {}
    for field, part in (("title", "Klimaaktivistin drohen fünf Jahre Haft"), ("closing", "Yours sincerely,")):
        spans[field] = select(dialog, part)
        assert assist.assign_selection(field)
    cursor = assist.source.textCursor()
    cursor.clearSelection()
    assist.source.setTextCursor(cursor)
    for field in ("title", "closing", "title"):  # each click shows its own span instead of the one shown
        assist.select_field(field)
        cursor = assist.source.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == spans[
            field
        ]  # no characters outside the BMP
    assert cursor.selectedText() == "Klimaaktivistin drohen fünf Jahre Haft"


def test_offsets_outside_the_basic_plane_and_windows_line_ends(qtbot: QtBot, library: CaseLibrary) -> None:
    text = "UA 088/26\r\nTitel 😀 Ende\r\n" + GERMAN
    dialog = dialog_for(qtbot, library, text)
    start, end = select(dialog, "Ende")
    assert dialog.assist.selection_span() == (start, end)
    assert dialog.assist.source.textCursor().selectedText() == "Ende"


def test_a_case_saved_with_flags_is_listed_as_needs_review(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, GERMAN)
    assert dialog.draft is not None and dialog.draft.review
    flags = len(dialog.draft.review)
    dialog.save_button.click()  # saving is allowed with fields left to check
    assert dialog.outcome is not None
    view = CaseLibraryDialog(library, library.user_cases_dir.parent)
    qtbot.addWidget(view)
    view.refresh("ua-088-26")
    item = view.tree.currentItem()
    assert item is not None and item.data(0, 256) == "ua-088-26"
    assert item.text(5) == "⚠ needs review"
    tip = item.toolTip(5)  # "3 fields to check ..." once the catalogues have the new plural
    assert tip.startswith(f"{flags} field") and "to check in the case editor: Deadline, " in tip  # names
    assert f"⚠ {tip}" in view.details.text()
    view.refresh("ua-034-25")
    bundled = view.tree.currentItem()
    assert bundled is not None and bundled.data(0, 256) == "ua-034-25" and bundled.text(5) == ""


def test_a_follow_up_shows_the_case_it_follows(qtbot: QtBot, library: CaseLibrary) -> None:
    original = draft_from_file(DATA / "ua-071-26-en.txt", library)
    save_new_case(original, library)
    follow_up = (DATA / "ua-071-26-en.txt").read_text(encoding="utf-8").replace("UA 071/26", "UA 071/26-1", 1)
    dialog = dialog_for(qtbot, library, follow_up)
    assert dialog.draft is not None and dialog.draft.follows == original.id
    assert not dialog.follows_label.isHidden()
    assert (
        dialog.follows_label.text()
        == f"A follow-up: it follows UA 071/26 (case {original.id}) in your case library."
    )


def test_the_case_editor_resolves_what_the_library_lists(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, GERMAN)
    dialog.save_button.click()
    folder = library.user_cases_dir / "ua-088-26"
    draft = read_draft(folder)
    draft.review.append(ReviewFlag("name_and_pronoun", "the document names no pronoun"))
    flags = len(draft.review)
    editor = CaseEditorDialog(draft, library, original=folder)
    qtbot.addWidget(editor)
    assert "Also: name_and_pronoun: the document names no pronoun" in editor.banner.text()  # no input for it
    editor.deadline_field.set_date(dt.date(2026, 4, 28))  # editing a flagged field resolves its flag
    editor.save()
    view = CaseLibraryDialog(library, library.user_cases_dir.parent)
    qtbot.addWidget(view)
    view.refresh("ua-088-26")
    item = view.tree.currentItem()
    assert item is not None and item.text(1) != "cannot be opened"  # the deadline was what it lacked
    assert item.text(5) == "⚠ needs review" and item.toolTip(5).startswith(f"{flags - 1} field")
    assert "Deadline" not in item.toolTip(5) and "deadline" not in item.toolTip(5)

    editor = CaseEditorDialog(read_draft(folder), library, original=folder)
    qtbot.addWidget(editor)
    editor.clear_flags_button.click()
    editor.save()
    view.refresh("ua-088-26")
    item = view.tree.currentItem()
    assert item is not None and item.text(5) == "" and item.toolTip(5) == ""


def test_every_control_of_the_assisted_page_has_a_name(qtbot: QtBot, library: CaseLibrary) -> None:
    from .test_accessibility import unnamed_controls

    dialog = dialog_for(qtbot, library, GERMAN)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pages.currentIndex() == 1
    assert unnamed_controls(dialog) == []


def test_a_text_that_is_no_urgent_action_points_to_the_id_field(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, (DATA / "not-an-ua.txt").read_text(encoding="utf-8"))
    said = dialog.message.text()
    assert "does not look like an Urgent Action" in said
    assert "enter an id for the case in the field 'Case id' below" in said and "--id" not in said
    assert dialog.pages.currentIndex() == 0 and not dialog.save_button.isEnabled()


def test_choosing_a_field_in_the_list_keeps_the_users_selection(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, GERMAN)
    draft = dialog.draft
    assert draft is not None
    select(dialog, "Klimaaktivistin drohen fünf Jahre Haft")
    dialog.assist.target.setCurrentIndex(dialog.assist.target.findData("title"))
    dialog.assist.assign_button.click()
    dialog.assist.select_field("title")  # shows where the title came from
    start, end = select(
        dialog, "Mit freundlichen Grüssen" if "Mit freundlichen" in GERMAN else "Yours sincerely,"
    )
    dialog.assist.select_field("closing")  # the user's selection stays, to be assigned to the closing
    cursor = dialog.assist.source.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, end)
    assert dialog.assist.target.currentData() == "closing"
    dialog.assist.select_field("title")  # the list decides where the selection goes; it is still the user's
    assert dialog.assist.target.currentData() == "title"
    assert dialog.assist.source.textCursor().selectedText() == "Yours sincerely,"


def test_a_model_letter_alone_is_read_with_the_id_typed(qtbot: QtBot, library: CaseLibrary) -> None:
    page = Path(__file__).resolve().parent.parent / "data" / "ua_corpus" / "model-letter.html"
    dialog = CaseImportDialog(library)
    qtbot.addWidget(dialog)
    dialog.sources.setCurrentIndex(1)
    dialog.file_edit.setText(str(page))
    dialog.read_button.click()
    assert dialog.pages.currentIndex() == 0 and "Case id" in dialog.message.text()
    qtbot.keyClicks(dialog.id_field.edit, "okafor-letter")
    dialog.read_button.click()
    assert dialog.pages.currentIndex() == 1
    draft = dialog.draft
    assert draft is not None and draft.id == "okafor-letter" and draft.recipients and draft.letters
    assert row_state(dialog, "ua_number") == "⚠ check" and row_state(dialog, "deadline") == "⚠ check"
    assert "<" not in dialog.assist.source.toPlainText()[:200]  # the page's text, not its markup
    dialog.save_button.click()
    assert dialog.outcome is not None and dialog.outcome.case_id == "okafor-letter"


def test_assigning_the_ua_number_suggests_the_id_and_links_the_follow_up(
    qtbot: QtBot, library: CaseLibrary
) -> None:
    original = draft_from_file(DATA / "ua-071-26-en.txt", library)
    save_new_case(original, library)
    dialog = dialog_for(qtbot, library, GERMAN + "\nFurther information on UA 071/26\n")
    assert dialog.id_field.edit.text() == "ua-088-26" and dialog.follows_label.isHidden()
    select(dialog, "Further information on UA 071/26")
    assert dialog.assist.assign_selection("ua_number")
    draft = dialog.draft
    assert draft is not None and (draft.ua_number, draft.follow_up) == ("UA 071/26", True)
    assert dialog.id_field.edit.text() == "ua-071-26-fu"  # the suggestion follows the number
    assert draft.follows == original.id and not [f for f in draft.review if f.field == "follows"]
    assert f"follows UA 071/26 (case {original.id})" in dialog.follows_label.text()
    assert not dialog.follows_label.isHidden()
    reads = 0
    cases = library.cases

    def counted_cases() -> list[Case]:
        nonlocal reads
        reads += 1
        return cases()

    library.cases = counted_cases  # type: ignore[method-assign]
    for _ in range(3):  # further fields assigned: the linked case is not read from disk again each time
        select(dialog, "Further information on UA 071/26")
        assert dialog.assist.assign_selection("title")
    assert reads == 0 and f"(case {original.id})" in dialog.follows_label.text()


def test_a_flag_can_be_marked_as_checked(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, GERMAN)
    draft = dialog.draft
    assert draft is not None and [f for f in draft.review if f.field == "recipients"]
    dialog.assist.select_field("recipients")  # "the document names 2 addressees: check each address …"
    assert "2 addressees" in dialog.assist.note.text()
    assert dialog.assist.checked_button.isEnabled()
    dialog.assist.checked_button.click()
    assert not [f for f in draft.review if f.field == "recipients"]
    with pytest.raises(AssertionError, match="no row"):
        row_state(dialog, "recipients")  # listed only while it had something to check


def test_a_salutation_with_an_alternative(qtbot: QtBot, library: CaseLibrary) -> None:
    dialog = dialog_for(qtbot, library, GERMAN + "\nSalutation: Dear Prosecutor/Señor Fiscal\n")
    assert row_state(dialog, "recipients.2.salutation") == "⚠ check"  # the document gives none for her
    select(dialog, "Salutation: Dear Prosecutor/Señor Fiscal")
    assert dialog.assist.assign_selection("recipients.2.salutation")
    assert row_state(dialog, "recipients.2.salutation") == "found"
    tree = dialog.assist.fields
    (item,) = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, 256) == "recipients.2.salutation"  # type: ignore[union-attr]
    ]
    assert item is not None and item.text(1) == "Dear Prosecutor / Señor Fiscal"


def test_a_recipients_fax_and_e_mail_are_assigned_in_the_window(qtbot: QtBot, library: CaseLibrary) -> None:
    text = GERMAN + "\nPer Fax: +49 30 1234 5678 oder an buero@ministerium.example.de schreiben.\n"
    dialog = dialog_for(qtbot, library, text)
    select(dialog, "+49 30 1234 5678")
    assert dialog.assist.assign_selection("recipients.1.fax")
    select(dialog, "an buero@ministerium.example.de schreiben.")
    assert dialog.assist.assign_selection("recipients.1.email")
    recipient = dialog.assist.draft.recipients[0]
    assert (recipient.fax, recipient.email) == ("+49 30 1234 5678", "buero@ministerium.example.de")
    assert row_state(dialog, "recipients.1.fax") == row_state(dialog, "recipients.1.email") == "found"
    assert dialog.assist.label("recipients.1.email") == "Recipient 1: e-mail"
    select(dialog, "Per Fax")
    assert not dialog.assist.assign_selection("recipients.1.fax")  # not a number: said, nothing changed
    assert "is not a fax number" in dialog.assist.note.text()
    assert dialog.assist.draft.recipients[0].fax == "+49 30 1234 5678"
