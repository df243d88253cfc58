"""How the window names an evening and counts its figures, in the interface language.

One place for the words the Evening menu's status bar, the tally dialog and the evening lists share: the
evening as "Saturday, November 28, 2026, St. Mary's hall (#3)" and its figures with real plural forms
("1 letter", "2 letters"; "1 Brief", "2 Briefe").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ua_desktop.core.evenings.model import Evening
from ua_desktop.gui.widgets.locale_format import counted, long_date


def describe_evening(evening: Evening) -> str:
    """The evening as lists and questions name it: its date written out, its place, its number."""
    where = f", {evening.place}" if evening.place else ""
    return f"{long_date(evening.date)}{where} (#{evening.id})"


def letters(count: int) -> str:
    return counted(QCoreApplication.translate("EveningWords", "%n letter(s)", None, count), count)


def people(count: int) -> str:
    return counted(QCoreApplication.translate("EveningWords", "%n person(s)", None, count), count)


def new_signers(count: int) -> str:
    return counted(QCoreApplication.translate("EveningWords", "%n new signer(s)", None, count), count)


def not_kept(count: int) -> str:
    return counted(QCoreApplication.translate("EveningWords", "%n not kept", None, count), count)


def to_print(count: int) -> str:
    return counted(QCoreApplication.translate("EveningWords", "%n to print", None, count), count)
