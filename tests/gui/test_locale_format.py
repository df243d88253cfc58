"""Numbers, dates, times and counts in the interface language's conventions (issue #14).

Each language is installed as the program installs it (gui/shell/i18n.py: the compiled catalogue and Qt's
default locale), then the window's one helper (gui/widgets/locale_format.py) and the widgets that use it are
read back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from ua_desktop.core import locale_format as core_rules
from ua_desktop.core import messages
from ua_desktop.gui.evenings import evening_words
from ua_desktop.gui.evenings.evening_start_dialog import StartEveningDialog
from ua_desktop.gui.letter.letter_editor import LetterEditor
from ua_desktop.gui.shell.i18n import Translators
from ua_desktop.gui.widgets import locale_format

NUMBER = {"en": "1,888", "de": "1.888", "fr": "1\u202f888", "it": "1.888", "es": "1.888"}
FIRST_OF_JULY = {
    "en": "1 July 2026",
    "de": "1. Juli 2026",
    "fr": "1er juillet 2026",
    "it": "1º luglio 2026",
    "es": "1 de julio de 2026",
}
SECOND_OF_DECEMBER = {
    "en": "Wednesday, 2 December 2026",
    "de": "Mittwoch, 2. Dezember 2026",
    "fr": "mercredi 2 décembre 2026",
    "it": "mercoledì 2 dicembre 2026",
    "es": "miércoles, 2 de diciembre de 2026",
}
LETTERS = {
    "en": ("1 letter", "2 letters"),
    "de": ("1 Brief", "2 Briefe"),
    "fr": ("1 lettre", "2 lettres"),
    "it": ("1 lettera", "2 lettere"),
    "es": ("1 carta", "2 cartas"),
}
LETTERS_WORD = {"en": "1 word", "de": "1 Wort", "fr": "1 mot", "it": "1 parola", "es": "1 palabra"}
CHARACTERS = {
    "en": "1,888 characters",
    "de": "1.888 Zeichen",
    "fr": "1\u202f888 caractères",
    "it": "1.888 caratteri",
    "es": "1.888 caracteres",
}


@pytest.fixture(params=["en", "de", "fr", "it", "es"])
def language(request: pytest.FixtureRequest, english_catalogue: Translators) -> Iterator[str]:
    code: str = request.param
    assert english_catalogue.install(code), f"no compiled catalogue for {code}"
    try:
        yield code
    finally:
        english_catalogue.install("en")


def test_a_number_a_date_and_a_time(language: str) -> None:
    assert locale_format.number(1888) == NUMBER[language]
    assert locale_format.long_date(dt.date(2026, 7, 1)) == FIRST_OF_JULY[language]
    assert locale_format.long_date(dt.date(2026, 12, 2), weekday=True) == SECOND_OF_DECEMBER[language]
    assert locale_format.time_of_day(dt.time(21, 5)) == "21:05"
    english = {"en": "English", "de": "Englisch", "fr": "Anglais", "it": "Inglese", "es": "Inglés"}
    assert locale_format.language_name("en") == english[language]  # the letter-language lists


def test_the_window_and_the_core_messages_write_numbers_by_one_rule(language: str) -> None:
    assert messages.format_number is core_rules.format_number
    assert messages.format_number(100000, language) == locale_format.number(100000)


def test_counts_take_the_catalogues_plural_forms(language: str) -> None:
    assert (evening_words.letters(1), evening_words.letters(2)) == LETTERS[language]
    # Qt writes %n as bare digits ("2000 Briefe"); counted() writes it by the language's rules.
    assert evening_words.letters(2000) == LETTERS[language][1].replace("2", locale_format.number(2000), 1)


def test_the_letter_editor_counts_characters_in_the_language(qtbot: QtBot, language: str) -> None:
    editor = LetterEditor()
    qtbot.addWidget(editor)
    editor.load_text("x" * 1888)
    assert editor.count_label.text() == f"{CHARACTERS[language]} · {LETTERS_WORD[language]}"


def test_date_fields_show_the_long_date(qtbot: QtBot, language: str) -> None:
    """The Start-evening date read "12/2/26"; now it is written out, with "1er" on the first in French."""
    dialog = StartEveningDialog([], "", lambda _day: [])
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 12, 2))
    assert dialog.date_edit.text() == SECOND_OF_DECEMBER[language]
    dialog.date_edit.setDate(QDate(2026, 7, 1))
    assert FIRST_OF_JULY[language].removesuffix(" 2026") in dialog.date_edit.text()
    assert dialog.day() == dt.date(2026, 7, 1)


def test_a_typed_day_is_kept_and_then_written_out(qtbot: QtBot, language: str) -> None:
    """Typing into the day keeps every digit ("15"), and the first of the month reads "1er" once typed."""
    edit = QDateEdit(QDate(2026, 7, 3))
    locale_format.show_long_dates(edit)  # as the case editor's and the reply log's date fields
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(edit, "15")
    assert edit.date() == QDate(2026, 7, 15)
    edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(edit, "1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2026, 7, 1)
    assert edit.text() == FIRST_OF_JULY[language]
