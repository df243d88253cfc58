"""Sign-in mode used by strangers one after another: the thank-you does not linger or shrink, the suggestion
list is labelled, leaving takes a confirmed "End sign-in", a walk-in gives their country, and whatever
someone typed is shown as the characters they typed, never as markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from ua_desktop.core.roster.records import add_signer, get_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.gui.evenings import sign_in_window
from ua_desktop.gui.evenings.sign_in_window import SignInWindow
from ua_desktop.gui.widgets.screen_fit import FRAME_ESTIMATE

from .evening_gui_helpers import add_known, controller_with_evening
from .test_accessibility import unnamed_controls
from .test_sign_in import make_window, type_name

MARKUP_NAME = '<b>x</b><img src="file:///etc/passwd">'

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a person sees of a label's or tooltip's text: Qt renders it as rich text when asked to, or (in
    the automatic format tooltips always use) when it merely looks like markup."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def shown_label(label: QLabel) -> str:
    return shown(label.text(), label.textFormat())


class Answers:
    """Stands in for QMessageBox.question: records each question and gives the next answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, _parent: QWidget, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answers.pop(0)


def reopen(qtbot: QtBot, window: SignInWindow) -> QWidget:
    """Open the window again as Evening ▸ Sign-in mode does (beside a main window on the one screen)."""
    main_window = QWidget()
    qtbot.addWidget(main_window)
    main_window.show()
    window.refresh_evening()
    window.open_on_best_screen(main_window)
    qtbot.waitUntil(window.isVisible)
    return main_window


def sign_returning(window: SignInWindow, signer: Signer) -> None:
    window.choose_returning(signer)
    assert window.sign() is not None


# -- the thank-you ---------------------------------------------------------------------------------
def test_the_thank_you_clears_at_the_next_keystroke(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    sign_returning(window, add_known(window.controller, "Amélie", "Roux"))
    assert "Thank you, Amélie!" in window.message.text()
    qtbot.keyClicks(window.first_edit, "B")  # the next person starts typing
    assert window.message.text() == ""
    assert window.first_edit.text() == "B"


def test_the_thank_you_clears_after_a_few_seconds(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert 3 <= sign_in_window.THANKS_SECONDS <= 15
    assert window.thanks_timer.interval() == sign_in_window.THANKS_SECONDS * 1000
    window.thanks_timer.setInterval(50)  # the same timer, not the same wait
    sign_returning(window, add_known(window.controller, "Amélie", "Roux"))
    assert "Thank you, Amélie!" in window.message.text()
    qtbot.waitUntil(lambda: window.message.text() == "")


def test_a_complaint_stays_until_the_person_acts(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.thanks_timer.setInterval(1)
    assert window.sign() is None  # no name
    assert window.message.text() and not window.thanks_timer.isActive()
    qtbot.keyClicks(window.first_edit, "A")
    assert window.message.text() == ""


def test_the_thank_you_keeps_its_size_from_sign_in_to_sign_in_and_after_reopening(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot)
    known = add_known(window.controller, "Amélie", "Roux")
    form_size = window.first_edit.fontInfo().pointSizeF()
    sizes = []
    for _ in range(3):
        sign_returning(window, known)
        sizes.append(window.message.fontInfo().pointSizeF())
    Answers(monkeypatch, Yes)
    assert window.end_sign_in()
    reopen(qtbot, window)
    assert window.message.text() == ""  # nothing of the last person after reopening
    sign_returning(window, known)
    sizes.append(window.message.fontInfo().pointSizeF())
    assert sizes == [form_size] * 4
    assert window.message.font().pointSizeF() == window.font().pointSizeF()


# -- the suggestion list ---------------------------------------------------------------------------
def test_the_suggestion_list_has_a_name_and_a_visible_label(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    add_known(window.controller, "Anna", "Muster")
    assert window.suggestions.accessibleName()
    labels = [label for label in window.findChildren(QLabel) if label.buddy() is window.suggestions]
    assert len(labels) == 1 and labels[0].isVisible() and labels[0].text().replace("&", "").strip()
    window.first_edit.setFocus()
    qtbot.keyClicks(window.first_edit, "Anna")
    assert window.suggestions.count() == 1
    qtbot.keyClick(window.first_edit, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    qtbot.waitUntil(lambda: window.focusWidget() is window.suggestions)
    qtbot.keyClick(window.suggestions, Qt.Key.Key_Return)
    assert window.returning is not None and window.returning.last_name == "Muster"


def test_every_control_has_a_name_for_a_screen_reader(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert unnamed_controls(window) == []
    window.choose_returning(add_known(window.controller, "Anna", "Muster"))
    assert unnamed_controls(window) == []


# -- leaving ---------------------------------------------------------------------------------------
def test_end_sign_in_asks_and_closes_only_on_yes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot)
    answers = Answers(monkeypatch, No, Yes)
    assert window.end_button.isVisible() and window.end_button.text().replace("&", "") == "End sign-in"
    qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1 and window.isVisible()
    type_name(qtbot, window, "Half", "Typed")
    qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 2
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.first_edit.text() == ""  # the next round starts with an empty form


def test_the_windows_own_close_button_asks_too(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot)
    answers = Answers(monkeypatch, No, Yes)
    handle = window.windowHandle()
    assert handle is not None
    handle.close()  # as the window manager's close button or Alt+F4
    assert len(answers.asked) == 1 and window.isVisible()
    handle.close()
    assert len(answers.asked) == 2
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_program_closes_it_without_asking(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot)
    answers = Answers(monkeypatch)
    assert window.close()  # the evening ended, or the main window closes
    assert answers.asked == [] and not window.isVisible()


# -- a walk-in from elsewhere ----------------------------------------------------------------------
def test_a_walk_ins_country_defaults_to_the_groups_and_is_saved(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.country_combo.code() == "CH"  # the group's country
    type_name(qtbot, window, "Lena", "Gast")
    window.city_edit.setText("Konstanz")
    window.country_combo.setCode("DE")
    window.consent_check.setChecked(True)
    result = window.sign()
    assert result is not None and result.stored
    assert get_signer(window.controller.store.conn, result.signer_id).country == "DE"
    assert window.country_combo.code() == "CH"  # back to the group's for the next person
    window.set_group("", "AT")  # Preferences changed the group's country
    assert window.country_combo.code() == "AT"


def test_a_walk_ins_country_reaches_the_letter_when_nothing_is_kept(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    type_name(qtbot, window, "Luc", "Passant")
    window.city_edit.setText("Annecy")
    window.country_combo.setCode("FR")
    result = window.sign()
    assert result is not None and not result.stored
    [item] = window.controller.queue_items()
    assert item.transient and item.signer is not None and item.signer.country == "FR"


def test_the_country_is_part_of_the_address_a_returning_signer_does_not_see(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.choose_returning(add_known(window.controller, "Anna", "Muster"))
    assert not window.country_combo.isVisible()
    window.forget_returning()
    assert window.country_combo.isVisible()


# -- plain text only -------------------------------------------------------------------------------
def assert_typed_text_shown_as_typed(window: SignInWindow) -> int:
    """Every label, list row and tooltip holding the markup-like name shows its characters; returns how
    many places hold it."""
    places = 0
    for label in window.findChildren(QLabel):
        if "<b>x</b>" in label.text():
            places += 1
            assert "<b>x</b>" in shown_label(label), label.objectName()
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    for widget in window.findChildren(QWidget):
        if "&lt;b&gt;" in widget.toolTip() or "<b>" in widget.toolTip():
            places += 1
            assert "<b>x</b>" in shown(widget.toolTip()), widget.objectName()
    for row in range(window.suggestions.count()):
        item = window.suggestions.item(row)
        if "<b>x</b>" in item.text():
            places += 2
            assert shown(item.toolTip()) == item.text()
    return places


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    known = add_signer(
        window.controller.store,
        Signer(
            first_name=MARKUP_NAME, last_name="Tester", city="Bern", country="CH", consent_date="2025-01-01"
        ),
    )
    type_name(qtbot, window, "", "Tester")
    assert window.suggestions.item(0).text() == f"{MARKUP_NAME} Tester — Bern"
    assert assert_typed_text_shown_as_typed(window) == 2  # the row and its tooltip

    window.suggestions.pick_row(0)
    assert window.returning == known
    assert shown_label(window.welcome_label) == f"Welcome back, {MARKUP_NAME} Tester — Bern!"
    assert assert_typed_text_shown_as_typed(window) == 1

    assert window.sign() is not None
    assert shown_label(window.message).startswith("Thank you, <b>x</b><img!")  # the first word
    assert assert_typed_text_shown_as_typed(window) == 1


def test_a_walk_in_with_a_markup_name_is_thanked_in_plain_text(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.first_edit.setText("<b>x</b>")
    window.last_edit.setText('<img src="file:///etc/passwd">')
    window.city_edit.setText("Bern")
    assert window.sign() is not None
    assert shown_label(window.message).startswith("Thank you, <b>x</b>!")
    assert assert_typed_text_shown_as_typed(window) == 1


def test_case_titles_in_tooltips_are_plain_text(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    [box] = window.case_boxes
    session = window.controller.session
    assert session is not None
    title = session.case(str(box.property("case_id"))).title
    assert title and shown(box.toolTip()) == title


def test_the_window_opens_within_the_screen(qtbot: QtBot) -> None:
    window = SignInWindow(controller_with_evening(), "", "CH")
    qtbot.addWidget(window)
    main_window = QWidget()
    qtbot.addWidget(main_window)
    main_window.show()
    window.open_on_best_screen(main_window)
    qtbot.waitUntil(window.isVisible)
    area = main_window.screen().availableGeometry()
    normal = window.normalGeometry()  # the size it has where the desktop cannot maximise it
    assert normal.width() <= area.width() and normal.height() <= area.height()


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_the_form_fits_a_laptop_screen_without_scrolling(qtbot: QtBot, width: int, height: int) -> None:
    """Room for the window manager's title bar and a panel of 28 pixels; the form still needs no scrolling."""
    window = make_window(qtbot)
    content = window.findChild(QScrollArea, "signInScroller").widget()
    room = QSize(width, height - 28).shrunkBy(FRAME_ESTIMATE)
    assert content.minimumSizeHint().width() <= room.width()
    assert content.heightForWidth(room.width()) <= room.height()
    window.choose_returning(add_known(window.controller, "Anna", "Muster"))  # the welcome row instead
    assert content.heightForWidth(room.width()) <= room.height()
