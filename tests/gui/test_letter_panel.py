"""The letter editor and live preview with pytest-qt: typing, errors, autosave, reset, signers, copy."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError, Worded
from ua_desktop.core.letter.page_setup import AddressPreset, PageSetup, Paper
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.resources import resource_path
from ua_desktop.gui.letter.letter_panel import LetterPanel
from ua_desktop.gui.letter.page_setup_dialog import PageSetupDialog

from .settings_helpers import settings_hub

TIMEOUT = 10_000


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def case() -> Case:
    return CaseLibrary(resolve_paths().ensure().cases_dir).get("ua-034-25")


@pytest.fixture
def panel(qtbot: QtBot, case: Case) -> LetterPanel:
    paths = resolve_paths().ensure()
    widget = LetterPanel(paths, settings_hub(paths))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    with qtbot.waitSignal(widget.letter_rendered, timeout=TIMEOUT):
        widget.show_case(case)
    return widget


def type_and_wait(qtbot: QtBot, panel: LetterPanel, text: str) -> None:
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        qtbot.keyClicks(panel.editor.edit, text)


def test_opens_the_model_letter_with_a_real_page(panel: LetterPanel, case: Case) -> None:
    assert panel.editor.text() == case.letter_template("en")
    assert panel.preview.page_count == 1 and panel.preview.pdf_bytes.startswith(b"%PDF")
    text = pdf_text(panel.preview.pdf_bytes)
    assert "Dear Secretary Noem," in text and "Anna Muster" in text
    assert panel.signer_combo.currentText() == "Sample signer"
    assert panel.editor.count_label.text() == "1,888 characters · 279 words"


def test_typing_updates_the_preview(qtbot: QtBot, panel: LetterPanel) -> None:
    panel.editor.edit.moveCursor(panel.editor.edit.textCursor().MoveOperation.Start)
    type_and_wait(qtbot, panel, "Greetings from {{ signer.city }}. ")
    assert panel.last_result is not None
    assert panel.last_result.letter.body_paragraphs[0].startswith("Greetings from Zürich. I am extremely")
    qtbot.waitUntil(lambda: "Greetings from Zürich." in pdf_text(panel.preview.pdf_bytes), timeout=TIMEOUT)


def test_error_keeps_the_last_good_page_and_names_the_line(qtbot: QtBot, panel: LetterPanel) -> None:
    good = panel.preview.pdf_bytes
    panel.editor.edit.setPlainText("Dear friends,\n{{ signer.frist_name }}\n")
    qtbot.waitUntil(lambda: panel.editor.error_label.isVisible(), timeout=TIMEOUT)
    message = "Line 2: signer has no field 'frist_name' (did you mean signer.first_name?)"
    assert panel.editor.error_message == message
    assert "Line 2: signer has no field &#x27;frist_name&#x27;" in panel.editor.error_label.text()
    assert panel.preview.pdf_bytes == good and panel.preview.page_count == 1
    panel.editor.error_label.linkActivated.emit("#line")
    assert panel.editor.edit.textCursor().blockNumber() == 1
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.editor.edit.setPlainText("Dear friends,\n{{ signer.first_name }}\n")
    assert not panel.editor.error_label.isVisible()
    assert panel.preview.pdf_bytes != good


def test_attack_template_is_an_error_not_a_hang(qtbot: QtBot, panel: LetterPanel) -> None:
    panel.editor.edit.setPlainText("{{ ''.__class__.__mro__ }}")
    qtbot.waitUntil(lambda: panel.editor.error_label.isVisible(), timeout=TIMEOUT)
    assert "unsafe" in panel.editor.error_message


def test_autosave_writes_the_group_version_and_reset_brings_the_model_back(
    qtbot: QtBot, panel: LetterPanel, case: Case, data_dir: Path
) -> None:
    model_file = resource_path("cases/ua-034-25/letters/en.j2")
    model_before = model_file.read_bytes()
    draft = data_dir / "drafts" / "ua-034-25.en.j2"
    panel.editor.edit.moveCursor(panel.editor.edit.textCursor().MoveOperation.End)
    qtbot.keyClick(panel.editor.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.editor.edit, "Our group adds this.")
    qtbot.waitUntil(draft.exists, timeout=TIMEOUT)
    assert draft.read_text(encoding="utf-8").endswith("\nOur group adds this.")
    assert draft.stat().st_mode & 0o777 == 0o600
    assert model_file.read_bytes() == model_before

    panel.editor.reset_action.trigger()
    assert panel.editor.text() == case.letter_template("en")
    qtbot.waitUntil(lambda: not draft.exists(), timeout=TIMEOUT)
    panel.editor.undo_action.trigger()  # reset is one undoable step
    assert panel.editor.text().endswith("Our group adds this.")

    panel.flush_autosave()
    again = LetterPanel(resolve_paths(), settings_hub())
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.letter_rendered, timeout=TIMEOUT):
        again.show_case(case)
    assert again.editor.text().endswith("Our group adds this.")
    assert model_file.read_bytes() == model_before


def test_copy_letter_as_text(qtbot: QtBot, panel: LetterPanel) -> None:
    panel.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Anna Muster\nBahnhofstrasse 12\n8001 Zürich\nSWITZERLAND\n\nZürich, ")
    assert "Dear Secretary Noem,\n\nI am extremely concerned" in text
    assert text.rstrip().endswith("Yours sincerely,\n\nAnna Muster")


def test_signer_selector_blank_and_provider(qtbot: QtBot, panel: LetterPanel) -> None:
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT) as blocker:
        panel.signer_combo.setCurrentIndex(1)
    assert panel.signer_combo.currentText() == "Blank (to fill in by hand)"
    assert blocker.args[0].sender_blank and blocker.args[0].signer_name == ""

    lukasz = LetterSigner(first_name="Łukasz", last_name="Nowak", city="Kraków", country="PL")
    panel.set_signer_provider(lambda: [("Nowak, Łukasz — Kraków", lukasz)])
    assert panel.signer_combo.count() == 3
    assert panel.signer_combo.currentText() == "Blank (to fill in by hand)"  # choice kept
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT) as blocker:
        panel.signer_combo.setCurrentIndex(2)
    assert blocker.args[0].signer_name == "Łukasz Nowak"
    qtbot.waitUntil(lambda: "Łukasz Nowak" in pdf_text(panel.preview.pdf_bytes), timeout=TIMEOUT)


def test_a_roster_problem_line_goes_once_the_roster_reads_again(panel: LetterPanel) -> None:
    broken = True

    def roster() -> list[tuple[str, LetterSigner]]:
        if broken:
            raise UserError(Worded("The roster must be restored from its backup first."))
        return [("Nowak, Łukasz — Kraków", LetterSigner(first_name="Łukasz", last_name="Nowak"))]

    panel.set_signer_provider(roster)
    assert panel.status_label.text() == "The roster must be restored from its backup first."
    broken = False  # restored in the Signers window; the main window refreshes on activation
    panel.refresh_signers()
    assert panel.status_label.text() == "" and panel.signer_combo.count() == 3
    panel.show_status("The letter is on the clipboard as text.")
    panel.refresh_signers()  # another message is left alone
    assert panel.status_label.text() == "The letter is on the clipboard as text."


def test_insert_field_find_replace_and_undo(qtbot: QtBot, panel: LetterPanel) -> None:
    editor = panel.editor
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.Start)
    labels = [a.text() for a in editor.insert_menu.actions() if not a.isSeparator()]
    assert "Signer's first name" in labels and "Today's date" in labels
    first_name = next(a for a in editor.insert_menu.actions() if a.text() == "Signer's first name")
    first_name.trigger()
    assert editor.text().startswith("{{ signer.first_name }}I am")

    editor.replace_action.trigger()
    assert editor.find_bar.isVisible() and editor.find_bar.replace_field.isVisible()
    editor.find_bar.find_field.setText("El Salvador")
    editor.find_bar.replace_field.setText("EL SALVADOR")
    assert editor.find_bar.replace_all() == 5
    assert "El Salvador" not in editor.text()
    editor.undo_action.trigger()  # all replacements come back in one step
    assert editor.text().count("El Salvador") == 5
    assert editor.find_bar.find_next() and editor.edit.textCursor().selectedText() == "El Salvador"


def test_fields_are_highlighted(panel: LetterPanel) -> None:
    panel.editor.load_text("Dear {{ signer.first_name }},")
    block = panel.editor.edit.document().firstBlock()
    formats = block.layout().formats()
    assert any(f.start == 5 and f.length == len("{{ signer.first_name }}") for f in formats)


def test_page_setup_is_saved_per_case_and_applied(
    qtbot: QtBot, panel: LetterPanel, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    chosen = PageSetup(paper=Paper.LETTER, preset=AddressPreset.US_10, font_size_pt=12)
    monkeypatch.setattr(PageSetupDialog, "ask", classmethod(lambda cls, setup, parent=None: chosen))
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.page_setup_action.trigger()
    box = PdfReader(io.BytesIO(panel.preview.pdf_bytes)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)
    assert (data_dir / "drafts" / "ua-034-25.page.json").exists()
    assert panel.setup == chosen
    # The paper is the group's: the settings now say Letter, and the export prints what the preview shows.
    assert panel.settings.paper == "letter"
    from ua_desktop.cli import main

    out = data_dir.parent / "letters.pdf"
    assert main(["export", "letters", "--case", "ua-034-25", "--blank", "1", "--out", str(out)]) == 0
    exported = PdfReader(out).pages[0].mediabox
    assert (float(exported.width), float(exported.height)) == (612, 792)


def test_page_setup_dialog_round_trip(qtbot: QtBot) -> None:
    setup = PageSetup(preset=AddressPreset.CH_RIGHT, font_size_pt=10.5, hole_mark=True, margin_left_mm=30)
    dialog = PageSetupDialog(setup)
    qtbot.addWidget(dialog)
    assert dialog.setup() == setup


def test_long_letter_pages_can_be_navigated(qtbot: QtBot, panel: LetterPanel) -> None:
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.editor.edit.setPlainText("\n\n".join(["A paragraph of the letter. " * 20] * 30))
    qtbot.waitUntil(lambda: panel.preview.page_count > 2, timeout=TIMEOUT)
    assert panel.preview.page_label.text() == f"Page 1 of {panel.preview.page_count}"
    panel.preview.next_page()
    qtbot.waitUntil(lambda: panel.preview.current_page == 1, timeout=TIMEOUT)
    assert panel.preview.page_label.text().startswith("Page 2 of ")


def test_missing_glyph_is_reported_under_the_editor(qtbot: QtBot, panel: LetterPanel) -> None:
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.editor.edit.setPlainText("Solidarity 🕊 from us")
    assert panel.editor.notice_label.isVisible()
    assert "U+1F54A" in panel.editor.notice_label.text()


def test_rendering_happens_in_a_child_process_and_falls_back_to_a_thread(
    qtbot: QtBot, panel: LetterPanel, case: Case
) -> None:
    child = panel.worker.state.process._process
    assert child is not None and child.is_alive() and child.pid != os.getpid()
    panel.worker.state.process.stop()  # a crashed child is restarted on the next render
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.editor.edit.setPlainText("After a restart.")
    assert panel.last_result is not None and panel.last_result.letter.body_paragraphs == ["After a restart."]

    threaded = LetterPanel(resolve_paths(), settings_hub())
    qtbot.addWidget(threaded)
    threaded.worker.state.use_process = False
    threaded.worker.state.process.stop()
    with qtbot.waitSignal(threaded.letter_rendered, timeout=TIMEOUT):
        threaded.show_case(case)
    assert threaded.worker.state.process._process is None  # rendered without the child
    assert threaded.preview.page_count == 1
    assert panel.worker.state.process is threaded.worker.state.process  # one child for all panels


def test_keyboard_shortcuts(qtbot: QtBot, panel: LetterPanel) -> None:
    panel.activateWindow()
    panel.editor.edit.setFocus()
    qtbot.waitUntil(panel.editor.edit.hasFocus, timeout=TIMEOUT)
    qtbot.keyClick(panel.editor.edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.editor.find_bar.isVisible() and not panel.editor.find_bar.replace_field.isVisible()
    qtbot.keyClick(panel.editor.find_bar.find_field, Qt.Key.Key_Escape)
    assert not panel.editor.find_bar.isVisible() and panel.editor.edit.hasFocus()
    qtbot.keyClick(panel.editor.edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert panel.editor.find_bar.replace_field.isVisible()
    panel.editor.find_bar.close_bar()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        panel.editor.edit,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text().startswith("Anna Muster\n")
    before = panel.editor.text()
    qtbot.keyClicks(panel.editor.edit, "xyz")
    qtbot.keyClick(panel.editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.editor.text() == before
