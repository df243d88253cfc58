"""One live settings store: Preferences and `ua-desktop settings set` reach every open panel at once,
and the window never writes stale values over a change another program made."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ua_desktop.cli import main
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import UserError
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.settings import Settings
from ua_desktop.gui.evenings.evening_start_dialog import StartEveningDialog, StartRequest
from ua_desktop.gui.shell.main_window import MainWindow
from ua_desktop.gui.shell.preferences_dialog import PreferencesDialog

from .settings_helpers import settings_hub

TIMEOUT = 10_000
LETTER_PT = (612.0, 792.0)
A4_PT = (595.3, 841.9)


def page_size(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return round(float(box.width), 1), round(float(box.height), 1)


def open_window(qtbot: QtBot) -> MainWindow:
    """The main window as the program builds it, with its first preview rendered."""
    paths = resolve_paths().ensure()
    window = MainWindow(paths, settings_hub(paths), CaseLibrary(paths.cases_dir))
    qtbot.addWidget(window)
    assert window.letter_panel is not None
    with qtbot.waitSignal(window.letter_panel.letter_rendered, timeout=TIMEOUT):
        window.show()
    return window


def settings_set(*args: str) -> None:
    assert main(["settings", "set", *args]) == 0


def test_preferences_reach_every_open_panel_at_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_set("paper", "a4")
    window = open_window(qtbot)
    panel = window.letter_panel
    assert panel is not None and page_size(panel.preview.pdf_bytes) == A4_PT
    roster_window = window.roster_menu.show_roster()
    assert roster_window is not None and roster_window.panel.group_country == ""
    start = StartRequest(("ua-034-25",), "Hall", dt.date(2026, 11, 28), False, False)
    monkeypatch.setattr(StartEveningDialog, "ask", classmethod(lambda cls, *args: start))
    window.evening_menu.start_evening()
    sign_in = window.evening_menu.sign_in_window
    assert sign_in is not None and sign_in.country == ""

    def fill_in_and_press_ok(dialog: PreferencesDialog) -> int:
        dialog.group_country.setCurrentIndex(dialog.group_country.findData("CH"))
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.consent_text.setPlainText("We keep your address for our letters only.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", fill_in_and_press_ok)
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        window.edit_preferences()  # Edit ▸ Preferences…, OK

    assert panel.settings.group_country == "CH" and panel.settings.paper == "letter"
    assert window.settings.group_country == "CH"
    assert window.roster_menu.settings.group_country == "CH"
    assert roster_window.panel.group_country == "CH"  # new signers default to it
    assert sign_in.country == "CH"
    assert sign_in.consent_label.text() == "We keep your address for our letters only."
    assert page_size(panel.preview.pdf_bytes) == LETTER_PT, "the preview was rendered again"
    saved = Settings.load(resolve_paths().settings_file)
    assert (saved.group_country, saved.paper) == ("CH", "letter")


def test_a_change_made_in_the_store_re_renders_the_preview(qtbot: QtBot) -> None:
    settings_set("paper", "letter")
    window = open_window(qtbot)
    panel = window.letter_panel
    assert panel is not None and page_size(panel.preview.pdf_bytes) == LETTER_PT
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        window.settings_hub.update(paper="a4", group_country="CH")
    assert page_size(panel.preview.pdf_bytes) == A4_PT
    assert panel.settings.group_country == "CH"


def test_settings_set_paper_letter_then_a_new_window_shows_letter(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_set("paper", "letter")
    window = open_window(qtbot)
    assert window.letter_panel is not None
    assert window.letter_panel.settings.paper == "letter"
    assert page_size(window.letter_panel.preview.pdf_bytes) == LETTER_PT
    window.close()

    settings_set("paper", "a4")
    again = open_window(qtbot)
    assert again.letter_panel is not None and again.letter_panel.settings.paper == "a4"
    assert page_size(again.letter_panel.preview.pdf_bytes) == A4_PT


def test_the_window_follows_the_command_line_when_it_is_activated(qtbot: QtBot) -> None:
    settings_set("paper", "a4")
    window = open_window(qtbot)
    panel = window.letter_panel
    assert panel is not None
    settings_set("paper", "letter")  # in a terminal, while the window is open
    with qtbot.waitSignal(panel.letter_rendered, timeout=TIMEOUT):
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))  # the user comes back to it
    assert panel.settings.paper == "letter" and page_size(panel.preview.pdf_bytes) == LETTER_PT


def test_closing_the_window_keeps_a_setting_changed_by_the_command_line(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    settings_set("paper", "letter")
    settings_set("group_return_address", "Amnesty-Gruppe Luzern", "Postfach 12", "6000 Luzern")
    window.close()  # saves the geometry and the last case
    saved = Settings.load(resolve_paths().settings_file)
    assert saved.paper == "letter"
    assert saved.group_return_address == ["Amnesty-Gruppe Luzern", "Postfach 12", "6000 Luzern"]
    assert saved.last_case_id == "ua-034-25" and saved.ui_state.get("geometry")


def test_bookkeeping_alone_does_not_announce_a_change(qtbot: QtBot) -> None:
    hub = settings_hub()
    heard: list[Settings] = []
    hub.changed.connect(heard.append)
    hub.update(last_case_id="ua-034-25", ui_state={"geometry": "abc"})
    assert heard == []
    new = hub.update(group_city="Luzern")
    assert heard == [new] and dataclasses.replace(new, group_city="") == Settings(
        last_case_id="ua-034-25", ui_state={"geometry": "abc"}
    )


def test_preferences_save_only_what_was_changed_in_them(qtbot: QtBot) -> None:
    hub = settings_hub(group_name="Amnesty Luzern")
    dialog = PreferencesDialog(hub, resolve_paths().ensure(), ["en", "de"])
    qtbot.addWidget(dialog)
    settings_set("paper", "letter")  # in a terminal while the dialog is open
    hub.reload()  # and the window noticed it
    dialog.group_city.setText("Luzern")
    dialog.accept()
    assert dialog.saved == {"group_city": "Luzern"}
    saved = Settings.load(resolve_paths().settings_file)
    assert (saved.paper, saved.group_name, saved.group_city) == ("letter", "Amnesty Luzern", "Luzern")
    assert hub.current == saved


def test_a_change_that_cannot_be_saved_keeps_the_dialog_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = settings_hub()
    dialog = PreferencesDialog(hub, resolve_paths().ensure(), ["en", "de"])
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: shown.append(f"{title}: {text}")
    )

    def disk_full(**changes: object) -> Settings:
        raise UserError("Cannot write settings.json: No space left on device.")

    monkeypatch.setattr(hub.store, "update", disk_full)
    dialog.group_name.setText("Amnesty Luzern")
    dialog.accept()
    assert shown == ["Preferences not saved: Cannot write settings.json: No space left on device."]
    assert dialog.result() != QDialog.DialogCode.Accepted and hub.current.group_name == ""
