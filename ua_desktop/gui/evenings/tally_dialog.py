"""Evening → Tally and report…: letters per case, people and new signers, saved as PDF summary or CSV.

Any evening can be shown (the open one first); the files are the same as `ua-desktop evening report`
writes, through core/evenings/tally_report.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.tally import Tally
from ua_desktop.core.evenings.tally_report import CaseLabel
from ua_desktop.gui.evenings.evening_controller import EveningController
from ua_desktop.gui.evenings.evening_words import describe_evening, letters, new_signers, not_kept, people
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.file_dialogs import FileKind, save_file_path
from ua_desktop.gui.widgets.locale_format import number
from ua_desktop.gui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ua_desktop.gui.shell.settings_hub import SettingsHub


class TallyDialog(QDialog):
    """The tally of one evening with Save PDF / Save CSV."""

    def __init__(
        self,
        controller: EveningController,
        group_name: str = "",
        parent: QWidget | None = None,
        settings_hub: SettingsHub | None = None,
    ) -> None:
        """settings_hub keeps the folder reports were last saved to."""
        super().__init__(parent)
        self.controller = controller
        self.group_name = group_name
        self.settings_hub = settings_hub
        self.tally: Tally | None = None
        self.setWindowTitle(self.tr("Tally and report"))
        fit_to_screen(self, QSize(720, 420))
        self.evening_combo = QComboBox()
        self.evening_combo.setAccessibleName(self.tr("Evening"))
        for evening in controller.all_evenings():
            state = self.tr("open") if evening.is_open else self.tr("ended")
            self.evening_combo.addItem(f"{describe_evening(evening)} — {state}", evening.id)
        self.figures = QLabel()
        self.figures.setObjectName("tallyFigures")
        font = self.figures.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.figures.setFont(font)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Title"),
                self.tr("People"),
                self.tr("Letters"),
                self.tr("All evenings"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.pdf_button = QPushButton(self.tr("Save &PDF summary…"))
        self.csv_button = QPushButton(self.tr("Save &CSV…"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Evening:")))
        top.addWidget(self.evening_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        close.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.evening_combo.currentIndexChanged.connect(self.show_selected)
        self.show_selected()

    def show_selected(self) -> None:
        evening_id = self.evening_combo.currentData()
        self.tally = self.controller.tally(int(evening_id)) if evening_id is not None else None
        tally = self.tally
        self.pdf_button.setEnabled(tally is not None)
        self.csv_button.setEnabled(tally is not None)
        if tally is None:
            self.figures.setText(self.tr("No evening yet."))
            self.table.setRowCount(0)
            return
        figures = (
            letters(tally.letters),
            people(tally.people),
            new_signers(tally.new_signers),
            not_kept(tally.not_stored),
        )
        self.figures.setText(" · ".join(figures))
        labels = self._labels(tally)
        self.table.setRowCount(len(tally.cases))
        for row, count in enumerate(tally.cases):
            label = labels[count.case_id]
            values = (
                label.ua_number,
                label.title,
                number(count.signatures),
                number(count.letters),
                number(count.all_evenings),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _labels(self, tally: Tally) -> dict[str, CaseLabel]:
        from ua_desktop.core.evenings.report_labels import case_labels

        return case_labels(self.controller.library, tally)

    def ask_save_path(self, kind: str) -> Path | None:
        """The file to write (the save dialog, in the folder reports were saved to last); None: cancelled."""
        assert self.tally is not None
        name = f"evening-{self.tally.evening.date.isoformat()}-{self.tally.evening.id}.{kind}"
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("CSV files (*.csv)")
        return save_file_path(self, self.settings_hub, FileKind.REPORT, self.tr("Save report"), name, pattern)

    def save(self, kind: str) -> Path | None:
        """Write the report as PDF or CSV; a refused file name or a full disk is said, not raised."""
        from ua_desktop.core.evenings.tally_report import write_report

        if self.tally is None:
            return None
        target = self.ask_save_path(kind)
        if target is None:
            return None
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        try:
            written = write_report(target, self.tally, self._labels(self.tally), self.group_name)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Report not saved"), say(error))
            return None
        return written
