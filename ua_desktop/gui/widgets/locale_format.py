"""Every number, date and time the window shows, in the interface language's conventions.

The one helper of the GUI for them. The rules are the core's (core/locale_format.py, CLDR through Babel), the
same that write the numbers in the core's messages, so a count reads the same in a message and in a label:
"1.888 Zeichen", "1er juillet 2026", "21:05". The language is the interface language (app.py makes it Qt's
default locale when the program starts and when Preferences switch it).

Plural texts keep Qt's %n, so that each catalogue chooses its own plural form; Qt writes that number as bare
digits, and `counted()` writes it again by the language's rules. Date fields (QDateEdit) show the long date
through `show_long_dates()`.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from ua_desktop.core import locale_format
from ua_desktop.gui.widgets.core_words import interface_language

#: CLDR date fields (core/locale_format.py) -> Qt's date format (QDate.toString, QDateEdit).
_QT_FIELDS = {"EEEE": "dddd", "EEE": "ddd", "y": "yyyy", "yyyy": "yyyy", "yy": "yy"}
_CLDR_FIELD = re.compile(r"'[^']*'|E+|y+|M+|d+|[A-Za-z]+")


def number(value: int | float, places: int | None = None, sign: bool = False) -> str:
    """A number as the interface language writes it: 1,888 · 1.888 · 1 888 (places, sign: a measurement)."""
    return locale_format.format_number(value, interface_language(), places, sign)


def counted(text: str, count: int) -> str:
    """A text translated with plural forms (tr("%n page(s)", "", count)), its count written as number() does.

    Qt puts the count into the text as bare digits ("1888 Seiten"); below 1,000 that is already how every
    language writes it.
    """
    if abs(count) < 1000:
        return text
    return re.sub(rf"(?<![\d.,]){count}(?![\d])", lambda _match: number(count), text, count=1)


def long_date(day: dt.date, weekday: bool = False) -> str:
    """A date written out: "1 July 2026", "1. Juli 2026", "1er juillet 2026" (weekday: with its day)."""
    return locale_format.format_long_date(day, interface_language(), weekday)


def time_of_day(moment: dt.time | dt.datetime) -> str:
    """Hours and minutes: "21:05"."""
    return locale_format.format_time(moment, interface_language())


def language_name(code: str) -> str:
    """A language's name in the interface language ("Englisch" in German), for the letter-language lists."""
    return locale_format.language_name(code, interface_language())


def qt_date_format(day: int = 0, weekday: bool = False) -> str:
    """The long date of the interface language as a Qt display format ("d. MMMM yyyy")."""
    pattern = locale_format.date_pattern(interface_language(), day, weekday)

    def field(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token
        return _QT_FIELDS.get(token, token)

    return _CLDR_FIELD.sub(field, pattern)


def show_long_dates(edit: QDateEdit, weekday: bool = False) -> None:
    """Let a date field show its date written out in the interface language ("1er juillet 2026").

    The display format follows the date, because French and Italian write the first of the month as an
    ordinal: when the date is set, or once the person has finished typing it (a new format while typing would
    throw away the digits typed so far); the section being edited stays the current one.
    """

    def follow() -> None:
        wanted = qt_date_format(edit.date().day(), weekday)
        if edit.displayFormat() != wanted:
            section = edit.currentSection()
            edit.setDisplayFormat(wanted)
            edit.setCurrentSection(section)

    def on_date(_date: QDate) -> None:
        if not edit.hasFocus():
            follow()

    edit.dateChanged.connect(on_date)
    edit.editingFinished.connect(follow)
    follow()
