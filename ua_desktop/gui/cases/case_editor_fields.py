"""Small input widgets of the case editor: an optional date, the country box, and review marks.

A field the importer flagged is marked twice: a pale yellow background (a hint) and a line of text under
it saying what to check, so the mark does not depend on seeing colour.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from ua_desktop.gui.widgets.country_combo import CountryComboBox
from ua_desktop.gui.widgets.locale_format import show_long_dates

FLAG_BACKGROUND = "#fff3bf"
FLAG_STYLE = f"background:{FLAG_BACKGROUND};"


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
        self.edit.setDate(QDate.currentDate())
        show_long_dates(self.edit)
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


class CountryBox(CountryComboBox):
    """The case editor's country fields: the program's country box, first entry "not known"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("(not known)"), parent=parent)


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
