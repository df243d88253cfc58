"""Small input widgets of the case editor: an optional date, a country chooser, and review marks.

A field the importer flagged is marked twice: a pale yellow background (a hint) and a line of text under
it saying what to check, so the mark does not depend on seeing colour.
"""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from ua_desktop.core.address import country_name

FLAG_STYLE = "background:#fff3bf;"


class DateField(QWidget):
    """A date with a calendar popup, or no date at all (a checkbox switches it on).

    Signals:
        changed(): the date or its presence changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox(self.tr("Known"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.edit, 1)
        self.enabled_box.toggled.connect(self.edit.setEnabled)
        self.enabled_box.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _date: self.changed.emit())
        self.edit.setEnabled(False)

    def set_date(self, date: dt.date | None) -> None:
        self.enabled_box.setChecked(date is not None)
        if date is not None:
            self.edit.setDate(QDate(date.year, date.month, date.day))

    def date(self) -> dt.date | None:
        if not self.enabled_box.isChecked():
            return None
        value = self.edit.date()
        return dt.date(value.year(), value.month(), value.day())


@functools.cache
def _country_codes() -> tuple[str, ...]:
    import pycountry

    return tuple(sorted(country.alpha_2 for country in pycountry.countries))


class CountryBox(QComboBox):
    """ISO country codes shown with their names in the UI language; the first entry means "not known"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = QLocale().name().split("_")[0] or "en"
        self.addItem(self.tr("(not known)"), "")
        entries = sorted((country_name(code, language), code) for code in _country_codes())
        for name, code in entries:
            self.addItem(f"{name} ({code})", code)

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper())
        if index < 0 and code:  # a code pycountry does not know: keep it rather than lose it
            self.addItem(code.upper(), code.upper())
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def code(self) -> str:
        return str(self.currentData() or "")


class FlagNote(QLabel):
    """The text under a flagged field: "Check: no deadline sentence found"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("flagNote")
        self.hide()

    def show_notes(self, notes: list[str]) -> None:
        if not notes:
            self.clear()
            self.hide()
            return
        self.setText(self.tr("⚠ Check: {notes}").format(notes="; ".join(notes)))
        self.show()


def mark_widget(widget: QWidget, flagged: bool) -> None:
    """Give a flagged input the review background (and take it away again)."""
    widget.setProperty("flagged", flagged)
    widget.setStyleSheet(FLAG_STYLE if flagged else "")
