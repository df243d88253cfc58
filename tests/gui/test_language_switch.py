"""Switching the interface language keeps what the coordinator was doing (issue #14).

Preferences rebuild the main window in the new language (gui/shell/app.py WindowHost.switch_language). The new
window continues with the old one's letter (the text with its cursor and undo history), the signer shown in
the preview and the open print-queue panel; before, it started afresh from the saved draft, the sample signer
and no queue.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ua_desktop.core.paths import resolve_paths
from ua_desktop.gui.shell.app import WindowHost
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.shell.main_window import MainWindow
from ua_desktop.gui.shell.preferences_dialog import PreferencesDialog
from ua_desktop.gui.shell.settings_hub import SettingsHub

from .evening_gui_helpers import add_known, controller_with_evening
from .settings_helpers import settings_hub


@pytest.fixture
def translators() -> Iterator[Translators]:
    translators = Translators(QApplication.instance())
    yield translators
    translators.install("en")


def choose(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Preferences answer with another interface language, as OK in the dialog does."""

    def answer(cls: type, parent: object, hub: SettingsHub, *args: object) -> dict[str, str]:
        hub.update(ui_language=language)
        return {"ui_language": language}

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(answer))


def test_switching_language_keeps_signer_queue_and_editor(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, translators: Translators
) -> None:
    controller = controller_with_evening()  # an evening with a signer on the roster, then the program starts
    add_known(controller, "Amélie", "Dubois", city="Genève")
    controller.close()
    paths = resolve_paths().ensure()
    host = WindowHost(paths, settings_hub(paths), translators)
    first = host.open()  # not handed to qtbot: the host deletes it when the language changes
    qtbot.waitUntil(lambda: first.started)
    assert first.letter_panel is not None and first.evening_menu is not None
    qtbot.waitUntil(
        lambda: first.evening_menu is not None and first.evening_menu.controller.evening is not None
    )

    panel = first.letter_panel
    panel.refresh_signers()
    signer_index = next(
        i for i in range(panel.signer_combo.count()) if "Dubois" in panel.signer_combo.itemText(i)
    )
    panel.signer_combo.setCurrentIndex(signer_index)
    chosen = panel.signer
    first.evening_menu.show_queue()
    editor = panel.editor.edit
    model_letter = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.insertText("Urgent: ")
    editor.setTextCursor(cursor)
    typed = editor.toPlainText()
    position = editor.textCursor().position()
    assert position == len("Urgent: ")

    choose("de", monkeypatch)
    first.edit_preferences()
    second = host.window
    assert isinstance(second, MainWindow) and second is not first
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.started)
    assert second.menuBar().actions()[0].text() == "&Datei"
    assert second.letter_panel is not None and second.evening_menu is not None

    new_panel = second.letter_panel
    assert new_panel.signer == chosen  # the preview still shows Amélie Dubois, not the sample signer
    assert "Dubois" in new_panel.signer_combo.currentText()
    new_editor = new_panel.editor.edit
    assert new_editor.toPlainText() == typed
    assert new_editor.textCursor().position() == position
    assert new_panel.editor.undo_action.isEnabled()
    new_panel.editor.undo_action.trigger()  # what was typed before the switch can still be taken back
    assert new_editor.toPlainText() == model_letter

    dock = second.evening_menu.queue_dock
    assert dock is not None and dock.isVisible()  # the print-queue panel is still open
    qtbot.waitUntil(lambda: dock.widget().model.rowCount() == 0 and "Eintr" in dock.widget().summary.text())


def test_switching_language_reopens_the_signers_window_and_sign_in_mode(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, translators: Translators
) -> None:
    controller = controller_with_evening()
    controller.close()
    paths = resolve_paths().ensure()
    host = WindowHost(paths, settings_hub(paths), translators)
    first = host.open()
    qtbot.waitUntil(lambda: first.started)
    assert first.roster_menu is not None and first.evening_menu is not None
    qtbot.waitUntil(
        lambda: first.evening_menu is not None and first.evening_menu.controller.evening is not None
    )
    old_roster = first.roster_menu.show_roster()
    assert old_roster is not None
    first.evening_menu.open_sign_in()
    assert first.evening_menu.sign_in_window is not None and first.evening_menu.sign_in_window.isVisible()

    choose("fr", monkeypatch)
    first.edit_preferences()
    second = host.window
    assert isinstance(second, MainWindow) and second is not first
    qtbot.addWidget(second)
    assert second.roster_menu is not None and second.evening_menu is not None
    roster = second.roster_menu.window
    assert roster is not None and roster is not old_roster and roster.isVisible()
    qtbot.addWidget(roster)
    assert not old_roster.isVisible()  # the old one, in English, is closed: one Signers window, in French
    assert roster.menuBar().actions()[0].text() != "&Roster"
    evening_menu = second.evening_menu
    qtbot.waitUntil(
        lambda: evening_menu.sign_in_window is not None and evening_menu.sign_in_window.isVisible()
    )
    assert evening_menu.sign_in_window is not None
    qtbot.addWidget(evening_menu.sign_in_window)
