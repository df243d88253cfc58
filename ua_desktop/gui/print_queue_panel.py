"""The print queue of the open evening: print everything waiting or chosen items, mark them, reprint.

Printing goes through the one print path of the program: the export jobs write the PDFs (letters with the
group's own text and the case's page setup, labels, envelopes; core/evenings/printing.py), then
gui/print_support.py sends those very pages to the printer chosen in the native dialog, with its
calibration. The PDFs live in a private temporary folder removed right after printing; items are marked
printed only once every file reached the printer.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.errors import UserError
from ua_desktop.core.evenings.model import QueueItem
from ua_desktop.gui.evening_controller import EveningController
from ua_desktop.gui.print_queue_model import PrintQueueModel

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)


class PrintQueuePanel(QWidget):
    """Table of queue items with Print waiting / Print selected / Remove."""

    def __init__(self, controller: EveningController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("printQueuePanel")
        self.model = PrintQueueModel(self._case_number, self)
        self.view = QTableView()
        self.view.setObjectName("printQueueView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.hide_printed = QCheckBox(self.tr("&Hide printed"))
        self.print_waiting_button = QPushButton(self.tr("Print all &waiting"))
        self.print_selected_button = QPushButton(self.tr("Print &selected"))
        self.print_selected_button.setToolTip(self.tr("Printed items are printed again; the tally stays."))
        self.remove_button = QPushButton(self.tr("&Remove from queue"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_waiting_button)
        buttons.addWidget(self.print_selected_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_printed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.print_waiting_button.clicked.connect(self.print_waiting)
        self.print_selected_button.clicked.connect(self.print_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.hide_printed.toggled.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.counts_changed.connect(self.refresh)
        controller.evening_changed.connect(self.refresh)
        self.refresh()

    def _case_number(self, case_id: str) -> str:
        session = self.controller.session
        try:
            return session.case(case_id).ua_number if session else case_id
        except UserError:
            return case_id

    def refresh(self) -> None:
        """Re-read the queue (after a sign-in, a print, or a restored evening)."""
        items = self.controller.queue_items()
        if self.hide_printed.isChecked():
            items = [item for item in items if not item.printed]
        self.model.set_items(items)
        waiting = sum(1 for item in items if not item.printed)
        if self.controller.evening is None:
            self.summary.setText(self.tr("No evening is open."))
        else:
            self.summary.setText(self.tr("{count} item(s) waiting to be printed").format(count=waiting))
        self._update_buttons()

    def _update_buttons(self) -> None:
        open_evening = self.controller.evening is not None
        chosen = bool(self.selected_items())
        self.print_waiting_button.setEnabled(open_evening and any(not i.printed for i in self.model.items()))
        self.print_selected_button.setEnabled(open_evening and chosen)
        self.remove_button.setEnabled(open_evening and chosen)

    def selected_items(self) -> list[QueueItem]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.item(row) for row in rows]

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select the rows of these items (tests, and re-selecting after a refresh)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, item in enumerate(self.model.items()):
            if item.id in ids:
                selection.select(self.model.index(row, 0), flags)

    # -- actions -----------------------------------------------------------------------------------
    def print_waiting(self) -> int:
        """Print every waiting item in one go (a batch); returns how many were printed."""
        return self.print_items([item for item in self.controller.queue_items() if not item.printed])

    def print_selected(self) -> int:
        """Print the chosen items, one or many; printed ones are printed again (marked as reprints)."""
        items = self.selected_items()
        again = [item.id for item in items if item.printed]
        if again:
            self.controller.requeue(again)
            wanted = {item.id for item in items}
            items = [item for item in self.controller.queue_items() if item.id in wanted]
        return self.print_items(items)

    def print_items(self, items: Sequence[QueueItem]) -> int:
        if not items or self.controller.session is None:
            return 0
        printer = self.ask_printer()
        if printer is None:
            return 0
        from ua_desktop.core.evenings.printing import PrintContext, write_batch

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with tempfile.TemporaryDirectory(prefix="ua-desktop-evening-") as folder:
                name = self.calibration_name(printer)
                context = PrintContext.load(self.controller.paths, name, QLocale().name())
                result = write_batch(self.controller.session, items, Path(folder), context)
                for written in result.files:
                    self.send_to_printer(printer, written.path)
        except UserError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Not printed"), str(error))
            return 0
        QGuiApplication.restoreOverrideCursor()
        self.controller.mark_printed(result.item_ids)
        if result.warnings:
            QMessageBox.information(self, self.tr("Printed, with remarks"), "\n".join(result.warnings))
        return len(result.item_ids)

    def remove_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from queue"),
            self.tr("Remove {count} item(s) from the queue without printing them? The tally stays.").format(
                count=len(items)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.remove([item.id for item in items])

    # -- the printer (one place, so tests can stand in for the real dialog) ------------------------
    def ask_printer(self) -> QPrinter | None:
        from ua_desktop.gui.print_support import ask_printer

        return ask_printer(self)

    def calibration_name(self, printer: QPrinter) -> str:
        from ua_desktop.gui.print_support import printer_calibration_name

        return printer_calibration_name(printer)

    def send_to_printer(self, printer: QPrinter, pdf: Path) -> None:
        from ua_desktop.gui.print_support import print_pdf

        print_pdf(printer, pdf)
