"""Evening → Start evening…: the date, the place, the cases worked on, and what to print with each letter.

Warns in the dialog itself when an evening already exists on the chosen date, so a coordinator does not
split one evening's tally in two by mistake (a second evening on the same date is still allowed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.cases.model import Case
from ua_desktop.core.evenings.model import Evening
from ua_desktop.gui.evenings.evening_words import describe_evening
from ua_desktop.gui.widgets.locale_format import show_long_dates
from ua_desktop.gui.widgets.screen_fit import fit_to_screen


@dataclass(frozen=True)
class StartRequest:
    """What the coordinator chose."""

    case_ids: tuple[str, ...]
    place: str
    day: dt.date
    labels: bool
    envelopes: bool


class StartEveningDialog(QDialog):
    """Collects a StartRequest; `ask()` runs it."""

    def __init__(
        self,
        cases: Sequence[Case],
        current_case_id: str,
        evenings_on: Callable[[dt.date], list[Evening]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start evening"))
        self.evenings_on = evenings_on
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        show_long_dates(self.date_edit, weekday=True)  # "Saturday, November 28, 2026", not "11/28/26"
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        self.place_edit.setPlaceholderText(self.tr("e.g. parish hall"))
        self.case_list = QListWidget()
        self.case_list.setAccessibleName(self.tr("Cases worked on"))
        for case in cases:
            item = QListWidgetItem(f"{case.ua_number} — {case.title}")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if case.id == current_case_id else Qt.CheckState.Unchecked
            )
            self.case_list.addItem(item)
        self.labels_check = QCheckBox(self.tr("Print an address &label with every letter"))
        self.envelopes_check = QCheckBox(self.tr("Print an &envelope with every letter"))
        self.same_day = QLabel()
        self.same_day.setWordWrap(True)
        self.same_day.setObjectName("sameDayWarning")
        self.same_day.setStyleSheet("color: #8a5300;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))

        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Place"), self.place_edit)
        form.addRow(self.tr("&Cases"), self.case_list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.labels_check)
        layout.addWidget(self.envelopes_check)
        layout.addWidget(self.same_day)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.date_edit.dateChanged.connect(self._check_date)
        self.case_list.itemChanged.connect(self._update_ok)
        self._check_date()
        self._update_ok()
        fit_to_screen(self)

    def chosen_cases(self) -> tuple[str, ...]:
        return tuple(
            str(self.case_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.case_list.count())
            if self.case_list.item(row).checkState() == Qt.CheckState.Checked
        )

    def day(self) -> dt.date:
        day = self.date_edit.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen_cases()))

    def _check_date(self) -> None:
        others = self.evenings_on(self.day())
        if others:
            listed = "; ".join(describe_evening(evening) for evening in others)
            self.same_day.setText(
                self.tr(
                    "There is already an evening on this date: {evenings}. Starting another one keeps a "
                    "separate tally."
                ).format(evenings=listed)
            )
        self.same_day.setVisible(bool(others))

    def request(self) -> StartRequest:
        return StartRequest(
            case_ids=self.chosen_cases(),
            place=self.place_edit.text(),
            day=self.day(),
            labels=self.labels_check.isChecked(),
            envelopes=self.envelopes_check.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        cases: Sequence[Case],
        current_case_id: str,
        evenings_on: Callable[[dt.date], list[Evening]],
    ) -> StartRequest | None:
        dialog = cls(cases, current_case_id, evenings_on, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
