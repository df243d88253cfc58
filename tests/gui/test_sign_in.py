"""Sign-in mode: suggestions while typing, a returning signer picked, walk-ins with and without consent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenuBar, QTableView
from pytestqt.qtbot import QtBot

from ua_desktop.core.roster.records import count_signers, get_signer
from ua_desktop.gui.evenings.sign_in_window import SignInWindow

from .evening_gui_helpers import add_known, controller_with_evening


def make_window(qtbot: QtBot, **options: bool) -> SignInWindow:
    controller = controller_with_evening(**options)
    window = SignInWindow(controller, "", "CH")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_name(qtbot: QtBot, window: SignInWindow, first: str, last: str) -> None:
    window.first_edit.setFocus()
    qtbot.keyClicks(window.first_edit, first)
    window.last_edit.setFocus()
    qtbot.keyClicks(window.last_edit, last)


def test_large_fonts_cases_and_no_roster_access(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.font().pointSizeF() >= QApplication.font().pointSizeF() * 1.5
    assert [box.text() for box in window.case_boxes] == ["UA 034/25"]
    assert window.language_combo.currentData() == "en"
    assert "Tonight's appeals: UA 034/25" in window.evening_label.text()
    assert window.findChildren(QMenuBar) == [] and window.findChildren(QTableView) == []


def test_suggestions_appear_while_typing_and_show_name_and_town_only(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    add_known(window.controller, "Anna", "Muster")
    add_known(window.controller, "Annabel", "Lee", city="Bern")
    window.first_edit.setFocus()
    qtbot.keyClicks(window.first_edit, "A")
    assert window.suggestions.signers() == []  # one letter lists nobody
    qtbot.keyClicks(window.first_edit, "nn")
    assert window.suggestions.count() == 2 and window.suggestions.isEnabled()
    labels = [window.suggestions.item(row).text() for row in range(window.suggestions.count())]
    assert labels == ["Annabel Lee — Bern", "Anna Muster — Zürich"]
    assert all("Hauptgasse" not in label for label in labels)
    qtbot.keyClicks(window.last_edit, "must")
    assert [s.last_name for s in window.suggestions.signers()] == ["Muster"]


def test_returning_signer_is_picked_by_keyboard_and_not_duplicated(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    known = add_known(window.controller, "Jürg", "Müller")
    type_name(qtbot, window, "jurg", "mull")
    qtbot.keyClick(window.last_edit, Qt.Key.Key_Down)
    assert window.focusWidget() is window.suggestions
    qtbot.keyClick(window.suggestions, Qt.Key.Key_Return)
    assert window.returning == known
    assert "Welcome back, Jürg Müller — Zürich" in window.welcome_label.text()
    assert not window.street_edit.isVisible() and not window.consent_check.isVisible()
    result = window.sign()
    assert result is not None and result.signer_id == known.id and not result.new_signer
    assert count_signers(window.controller.store.conn) == 1
    assert "Thank you, Jürg!" in window.message.text()
    assert window.first_edit.text() == "" and window.street_edit.isVisible()


def test_walk_in_with_consent_is_stored_and_queued(qtbot: QtBot) -> None:
    window = make_window(qtbot, labels=True)
    type_name(qtbot, window, "Ben", "Neu")
    window.street_edit.setText("Seeweg 3")
    window.postcode_edit.setText("3000")
    window.city_edit.setText("Bern")
    window.tags_edit.setText("youth, choir")
    window.consent_check.setChecked(True)
    with qtbot.waitSignal(window.signed_in) as signal:
        qtbot.keyClick(window.tags_edit, Qt.Key.Key_Return)
    result = signal.args[0]
    assert result.new_signer and result.stored
    signer = get_signer(window.controller.store.conn, result.signer_id)
    assert (signer.city, signer.country, set(signer.tags)) == ("Bern", "CH", {"choir", "youth"})
    assert len(window.controller.queue_items()) == 2
    assert not window.consent_check.isChecked()  # the next person must tick it themselves


def test_walk_in_without_consent_is_printed_but_not_kept(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    type_name(qtbot, window, "Zoraida", "Quintanilla")
    window.city_edit.setText("Lugano")
    result = window.sign()
    assert result is not None and not result.stored
    assert "nothing about you is kept" in window.message.text()
    assert count_signers(window.controller.store.conn) == 0
    items = window.controller.queue_items()
    assert [item.name for item in items] == ["Zoraida Quintanilla"] and items[0].transient


def test_second_signature_of_the_same_case_warns_and_counts_once(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    known = add_known(window.controller, "Anna", "Muster")
    for _ in range(2):
        window.choose_returning(known)
        window.sign()
    assert "already signed UA 034/25; that letter is still waiting to be printed" in window.message.text()
    window.controller.mark_printed([item.id for item in window.controller.queue_items()])
    window.choose_returning(known)
    window.sign()
    assert "already signed UA 034/25: printed again for you, counted once" in window.message.text()
    assert window.controller.tally().letters == 1
    assert [item.reprint for item in window.controller.queue_items()] == [False, True]


def test_missing_name_and_no_case_are_said_in_the_window(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.sign() is None
    assert (
        "Give a name" in window.message.text() or "neither a first nor a last name" in window.message.text()
    )
    type_name(qtbot, window, "Ann", "Other")
    window.case_boxes[0].setChecked(False)
    assert window.sign() is None
    assert "Tick at least one appeal" in window.message.text()
    assert window.controller.tally().people == 0


def test_escape_clears_and_f11_toggles_full_screen(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    type_name(qtbot, window, "Some", "One")
    window.city_edit.setText("Basel")
    qtbot.keyClick(window.city_edit, Qt.Key.Key_Escape)
    assert window.first_edit.text() == "" and window.city_edit.text() == ""
    qtbot.keyClick(window.first_edit, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window.first_edit, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    window.move_to_next_screen()  # one screen offscreen: stays usable
    assert window.isVisible()


def test_keyboard_only_walk_in(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    add_known(window.controller, "Bea", "Bernasconi")  # suggested while typing, then passed by
    window.first_edit.setFocus()
    for text in ("Bea", "Brunner", "Seeweg 3", "3000", "Bern"):
        qtbot.keyClicks(window.focusWidget(), text)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is window.country_combo  # the group's country, left as it is
    assert window.country_combo.code() == "CH"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is window.language_combo
    assert (window.street_edit.text(), window.postcode_edit.text(), window.city_edit.text()) == (
        "Seeweg 3",
        "3000",
        "Bern",
    )
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # consent mnemonic
    qtbot.waitUntil(window.consent_check.isChecked)  # a mnemonic "clicks" with a short animation
    with qtbot.waitSignal(window.signed_in) as signal:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert signal.args[0].new_signer and signal.args[0].name == "Bea Brunner"
    assert window.focusWidget() is window.first_edit  # ready for the next person
