"""The print queue of the open evening: print everything waiting or chosen items, mark them, reprint.

Printing goes through the one print path of the program: the export jobs write the PDFs (letters with the
group's own text and the case's page setup, labels, envelopes; core/evenings/printing.py), joined into one
document per kind of paper (core/evenings/paper_batch.py), then gui/export/print_support.py sends those very
pages to the printer chosen in the native dialog, with its calibration: one job per kind of paper, plain paper
first, and before a job on other paper than the printer holds the user is asked to load it (label sheets,
envelopes, or plain paper again). Printed to a file, each kind gets a file of its own. The PDFs live in a
private temporary folder removed right after printing; the items of a job are marked printed once that job
reached the printer, and only then.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
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
from ua_desktop.core.posting import SenderCountryMissingError
from ua_desktop.gui.evenings.evening_controller import EveningController
from ua_desktop.gui.models.print_queue_model import PrintQueueModel
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.locale_format import counted

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ua_desktop.core.evenings.paper_batch import PaperBatch, PaperFile, PaperKind
    from ua_desktop.gui.shell.settings_hub import SettingsHub

log = logging.getLogger(__name__)


class PrintQueuePanel(QWidget):
    """Table of queue items with Print waiting / Print selected / Remove."""

    def __init__(
        self,
        controller: EveningController,
        settings_hub: SettingsHub | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings_hub = (
            settings_hub  # to ask once for the group's country (gui/shell/group_country_prompt.py)
        )
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
        self.outcome = QLabel()  # what the last print did, e.g. the files written or what is still waiting
        self.outcome.setObjectName("printQueueOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paper_in_printer: PaperKind | None = None  # None: plain paper, as a printer usually holds
        self.hide_printed = QCheckBox(self.tr("Hide &printed"))
        self.privacy = QCheckBox(self.tr("&Initials and town only"))
        self.privacy.setObjectName("printQueuePrivacy")
        self.privacy.setToolTip(
            self.tr(
                "Print every signer's letters with their initials and town only, not their full name and "
                "address. Signers who asked for this are always printed so."
            )
        )
        self.print_waiting_button = QPushButton(self.tr("Print all &waiting"))
        self.print_selected_button = QPushButton(self.tr("Print &selected"))
        self.print_selected_button.setToolTip(self.tr("Printed items are printed again; the tally stays."))
        self.remove_button = QPushButton(self.tr("Re&move from queue"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_waiting_button)
        buttons.addWidget(self.print_selected_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.privacy)
        buttons.addWidget(self.hide_printed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)

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
            self.summary.setText(counted(self.tr("%n item(s) waiting to be printed", "", waiting), waiting))
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
        """Print items, one job per kind of paper; returns how many were printed (and marked so)."""
        if not items or self.controller.session is None:
            return 0
        printer = self.ask_printer()
        if printer is None:
            return 0
        from ua_desktop.core.evenings.paper_batch import (
            PaperKind,
            give_back_label_positions,
            write_paper_batch,
        )
        from ua_desktop.core.evenings.printing import PrintContext

        with tempfile.TemporaryDirectory(prefix="ua-desktop-evening-") as folder:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                name = self.calibration_name(printer)
                privacy = self.privacy.isChecked()
                context = PrintContext.load(self.controller.paths, name, privacy=privacy)
                try:
                    batch = write_paper_batch(self.controller.session, items, Path(folder), context)
                except SenderCountryMissingError:
                    if not self._ask_group_country():
                        raise
                    # with the country now kept
                    context = PrintContext.load(self.controller.paths, name, privacy=privacy)
                    batch = write_paper_batch(self.controller.session, items, Path(folder), context)
            except UserError as error:
                QMessageBox.warning(self, self.tr("Not printed"), say(error))
                return 0
            finally:
                QGuiApplication.restoreOverrideCursor()
            done = self._print_batch(printer, batch)
        if PaperKind.LABEL_SHEETS not in {part.paper for part in done}:
            give_back_label_positions(batch, context)  # the labels never reached the printer
        if done and batch.notices:
            remarks = "\n".join(say(notice) for notice in batch.notices)
            QMessageBox.information(self, self.tr("Printed, with remarks"), remarks)
        return sum(len(part.item_ids) for part in done)

    def _print_batch(self, printer: QPrinter, batch: PaperBatch) -> list[PaperFile]:
        """Send the batch's documents in order until one is cancelled or fails; returns those printed.

        Before a job on other paper than the printer holds (as far as we know), the user is asked to load it.
        """
        from ua_desktop.core.evenings.paper_batch import PaperKind, print_file_names
        from ua_desktop.gui.export.print_support import output_file

        chosen = output_file(printer)
        names = print_file_names(chosen, [part.paper for part in batch.files]) if chosen else {}
        done: list[PaperFile] = []
        problem = ""
        for part in batch.files:
            if chosen is None and part.paper is not (self.paper_in_printer or PaperKind.PLAIN):
                if not self.ask_paper(part):
                    break
                self.paper_in_printer = part.paper
            if chosen is not None:
                printer.setOutputFileName(str(names[part.paper]))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.send_to_printer(printer, part.path)
            except (UserError, OSError) as error:
                problem = say(error)
                break
            finally:
                QGuiApplication.restoreOverrideCursor()
            self.controller.mark_printed(part.item_ids)
            done.append(part)
        if chosen is not None:
            printer.setOutputFileName(str(chosen))
        self._report(batch, done, [names[part.paper] for part in done if part.paper in names], problem)
        return done

    def _report(self, batch: PaperBatch, done: list[PaperFile], files: list[Path], problem: str) -> None:
        """Say what the print did: below the table always, in a message box when a job failed."""
        printed = sum(len(part.item_ids) for part in done)
        waiting = len(batch.item_ids) - printed
        lines = [counted(self.tr("%n item(s) printed.", "", printed), printed)]
        if files:
            saved = ", ".join(str(path) for path in files)
            lines.append(self.tr("Saved to: {files}").format(files=saved))
        if waiting:
            lines.append(counted(self.tr("%n item(s) still waiting.", "", waiting), waiting))
        self.outcome.setText(" ".join(lines))
        if problem:
            QMessageBox.warning(self, self.tr("Not printed"), "\n\n".join([problem, *lines]))

    def ask_paper(self, part: PaperFile) -> bool:
        """Ask for the paper part needs before its job; False when the user cancels (it stays waiting)."""
        from ua_desktop.core.evenings.paper_batch import PaperKind

        if part.paper is PaperKind.LABEL_SHEETS:
            text = self.tr("Load label sheets ({sheet}) into the printer, then press OK.").format(
                sheet=part.stock
            )
            if part.first_label > 1:
                text += "\n\n" + self.tr(
                    "Feed the part-used sheet first: printing starts at label {position}."
                ).format(position=part.first_label)
        elif part.paper is PaperKind.ENVELOPES:
            text = self.tr("Load {size} envelopes into the printer, then press OK.").format(size=part.stock)
        else:
            text = self.tr("Load plain paper into the printer, then press OK.")
        pages = counted(self.tr("%n page(s)", "", part.pages), part.pages)
        items = len(part.item_ids)
        text += "\n\n" + counted(self.tr("%n item(s) on {pages}.", "", items), items).format(pages=pages)
        answer = QMessageBox.information(
            self,
            self.tr("Change the paper"),
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Ok,
        )
        return answer == QMessageBox.StandardButton.Ok

    def remove_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from queue"),
            counted(
                self.tr(
                    "Remove %n item(s) from the queue without printing them? The tally stays.", "", len(items)
                ),
                len(items),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.remove([item.id for item in items])

    def _ask_group_country(self) -> bool:
        """A letter abroad lacks its sender's country: ask once for the group's (False: not given)."""
        if self.settings_hub is None:
            return False
        from ua_desktop.gui.shell.group_country_prompt import ensure_group_country

        QGuiApplication.restoreOverrideCursor()
        try:
            return ensure_group_country(self, self.settings_hub)
        finally:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    # -- the printer (one place, so tests can stand in for the real dialog) ------------------------
    def ask_printer(self) -> QPrinter | None:
        from ua_desktop.gui.export.print_support import ask_printer

        return ask_printer(self, page_range=False)  # items are marked printed whole: every page goes out

    def calibration_name(self, printer: QPrinter) -> str:
        from ua_desktop.gui.export.print_support import printer_calibration_name

        return printer_calibration_name(printer)

    def send_to_printer(self, printer: QPrinter, pdf: Path) -> None:
        """One print job; raises UserError when it did not reach the printer (or the file)."""
        from ua_desktop.gui.export.print_support import print_pdf

        print_pdf(printer, pdf)
