"""The window's routes for "too late for the post": E-mail drafts… (drafts and fax sheet) and the letter
panel's E-mail this letter… (a mailto: link handed to the desktop; nothing is sent by the program)."""

from __future__ import annotations

import dataclasses
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ua_desktop.core.cases.draft import CaseDraft, write_pack
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.cases.model import Case
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.resources import bundled_cases_dir
from ua_desktop.core.roster.records import add_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore
from ua_desktop.gui.export import email_drafts_dialog
from ua_desktop.gui.export.email_drafts_dialog import EmailDraftsDialog
from ua_desktop.gui.letter.letter_panel import LetterPanel

from .settings_helpers import settings_hub

TIMEOUT = 20_000
CASE_ID = "ua-120-26"


def save_case(paths: AppPaths, email: str, fax: str = "+58 212 555 0100") -> Case:
    draft = CaseDraft.from_case(load_case(bundled_cases_dir() / "ua-034-25", bundled=True))
    draft.id = CASE_ID
    draft.recipients[0] = dataclasses.replace(draft.recipients[0], email=email, fax=fax)
    draft.copies_instruction = "Also send copies to diplomatic representatives accredited to your country."
    write_pack(draft, paths.cases_dir)
    return CaseLibrary(paths.cases_dir).get(CASE_ID)


def add_people(paths: AppPaths) -> list[int]:
    with RosterStore.open(paths) as store:
        zoe = add_signer(
            store, Signer("Zoë", "Ångström", city="Luzern", country="CH", email="zoe@example.ch")
        )
        olga = add_signer(store, Signer("Ольга", "Смирнова", city="Bern", country="CH"))
    assert zoe.id is not None and olga.id is not None
    return [zoe.id, olga.id]


def dialog_for(qtbot: QtBot, paths: AppPaths, case: Case, selected: list[int]) -> EmailDraftsDialog:
    dialog = EmailDraftsDialog(paths, settings_hub(paths), case, selected)
    qtbot.addWidget(dialog)
    return dialog


def run(qtbot: QtBot, dialog: EmailDraftsDialog, button_click: object) -> None:
    assert callable(button_click)
    button_click()
    assert dialog.worker is not None
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=TIMEOUT)


def test_the_dialog_writes_drafts_for_the_chosen_signers(qtbot: QtBot, tmp_path: Path) -> None:
    paths = resolve_paths().ensure()
    case = save_case(paths, email="ministro@example.gob")
    ids = add_people(paths)
    dialog = dialog_for(qtbot, paths, case, ids[1:])
    assert "ministro@example.gob" in dialog.recipients_label.text()
    assert dialog.selected_signers.isChecked() and dialog.write_button.isEnabled()
    copies = dialog.findChild(QLabel, "copiesInstruction")
    assert copies is not None and copies.text().startswith("Also send copies to diplomatic")
    dialog.folder_edit.setText(str(tmp_path / "drafts"))
    run(qtbot, dialog, dialog.write_button.click)
    assert dialog.status.text().startswith(f"Wrote 1 e-mail draft in {tmp_path / 'drafts'}.")
    (draft,) = (tmp_path / "drafts").iterdir()
    with draft.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1" and "Ольга Смирнова" in message.get_content()

    dialog.all_signers.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path / "all"))
    run(qtbot, dialog, dialog.write_button.click)
    assert len(list((tmp_path / "all").iterdir())) == 2
    assert dialog.open_button.isEnabled()


def test_without_email_the_dialog_offers_the_fax_sheet(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths().ensure()
    case = save_case(paths, email="")
    dialog = dialog_for(qtbot, paths, case, [])
    assert not dialog.write_button.isEnabled()
    assert "print the fax sheet" in dialog.recipients_label.text()
    assert not dialog.fax_button.isHidden()
    out = tmp_path / "fax.pdf"
    monkeypatch.setattr(email_drafts_dialog, "save_file_path", lambda *args: out)
    run(qtbot, dialog, dialog.fax_button.click)
    assert dialog.status.text() == f"Wrote {out} (2 pages)."
    assert "+58 212 555 0100" in PdfReader(out).pages[0].extract_text()


def test_e_mail_this_letter_opens_a_mailto_link(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = resolve_paths().ensure()
    case = save_case(paths, email="ministro@example.gob")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    zoe = LetterSigner(
        "Zoë", "Ångström", street=("Seestrasse 1a",), postal_code="6004", city="Luzern", country="CH"
    )
    panel = LetterPanel(paths, settings_hub(paths), signer_provider=lambda: [("Zoë Ångström", zoe)])
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.show_case(case)
    panel.email_action.trigger()  # the sample signer is not a person: nothing opens
    assert opened == [] and "the sample signer is not a person" in panel.status_label.text()
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.signer_combo.setCurrentIndex(2)
    panel.email_action.trigger()
    (url,) = opened
    text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert text.startswith("mailto:ministro@example.gob?subject=Stop%20illegal%20expulsions")
    body = unquote(text.split("&body=")[1])
    assert body.startswith("Dear Secretary Noem,\r\n\r\nI am extremely concerned")
    assert body.endswith(
        "Yours sincerely,\r\n\r\nZoë Ångström\r\nSeestrasse 1a\r\n6004 Luzern\r\nSWITZERLAND\r\n"
    )
    assert panel.status_label.text() == "The letter is open in your mail program."


def test_e_mail_this_letter_without_address_says_so(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = resolve_paths().ensure()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel = LetterPanel(paths, settings_hub(paths))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.show_case(CaseLibrary(paths.cases_dir).get("ua-034-25"))
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.signer_combo.setCurrentIndex(1)  # blank, to sign by hand
    panel.email_action.trigger()
    assert opened == []
    assert "has no e-mail address in case ua-034-25" in panel.status_label.text()


def test_e_mail_this_letter_never_sends_an_old_version_nor_a_cut_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    import ua_desktop.gui.letter.letter_panel as letter_panel

    paths = resolve_paths().ensure()
    case = save_case(paths, email="ministro@example.gob")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    zoe = LetterSigner("Zoë", "Ångström", city="Luzern", country="CH")
    panel = LetterPanel(paths, settings_hub(paths), signer_provider=lambda: [("Zoë Ångström", zoe)])
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.show_case(case)
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        panel.signer_combo.setCurrentIndex(2)
    # On Windows a mail link is cut at about 2,000 characters: the letter goes to the clipboard instead.
    monkeypatch.setattr(letter_panel, "sys", types.SimpleNamespace(platform="win32"))
    panel.email_action.trigger()
    (url,) = opened
    assert "body=" not in url.toString() and "subject=" in url.toString()
    assert QGuiApplication.clipboard().text().startswith("Dear Secretary Noem,\n")
    assert "too long for a mail link" in panel.status_label.text()
    # A letter the editor shows with an error is not e-mailed as its last good version.
    panel.editor.edit.setPlainText("Dear friends,\n{{ signer.frist_name }}\n")
    qtbot.waitUntil(lambda: bool(panel.editor.error_message), timeout=TIMEOUT)
    panel.email_action.trigger()
    assert len(opened) == 1 and "Correct the error in the letter first" in panel.status_label.text()
