"""File → Export… and File → Print…: letters, labels or envelopes for all, selected or tagged signers.

The dialog only collects choices and turns them into one of the core jobs (core/export/), the same ones
the CLI runs. The job builds its PDF on a worker thread (progress bar, Cancel); the PDF is written to a
temporary file and renamed into place, so a cancel or a full disk never leaves half a file. Afterwards the
pages are shown as thumbnails and "Open folder" shows the result; in print mode the same pages go to the
printer chosen in the native print dialog, with that printer's calibration applied.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.calibration_store import CalibrationStore
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.envelopes_job import ReturnAddress
from ua_desktop.core.export.labels_job import AddressSource
from ua_desktop.core.export.request import ExportRequest, Kind, make_job, roster_tags
from ua_desktop.core.export.result import ExportResult
from ua_desktop.core.export.selection import SelectionMode, SignerSelection
from ua_desktop.core.labels.catalogue import LabelCatalogue
from ua_desktop.core.labels.used_positions import UsedPositionsStore
from ua_desktop.core.letter.plan import default_label_sheet, group_paper
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.posting import group_return_lines
from ua_desktop.core.settings import Settings
from ua_desktop.gui.export.export_options import EnvelopesOptions, LabelsOptions, LettersOptions
from ua_desktop.gui.export.export_worker import ExportWorker
from ua_desktop.gui.shell.group_country_prompt import ensure_group_country
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.file_dialogs import (
    FileKind,
    folder_path,
    remember_folder,
    save_file_path,
    start_folder,
)
from ua_desktop.gui.widgets.locale_format import counted
from ua_desktop.gui.widgets.pdf_thumbnails import PdfThumbnails
from ua_desktop.gui.widgets.screen_fit import fit_to_screen
from ua_desktop.gui.widgets.vertical_scroll_area import VerticalScrollArea


class ExportDialog(QDialog):
    """Export (or print) letters, labels or envelopes for the case shown in the main window."""

    def __init__(
        self,
        paths: AppPaths,
        settings_hub: SettingsHub,
        case: Case,
        selected_ids: Sequence[int] = (),
        print_mode: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.paths, self.settings_hub, self.case = paths, settings_hub, case
        settings = self.settings  # the initial choices below; the export itself reads them when it starts
        self.selected_ids = tuple(selected_ids)
        self.print_mode = print_mode
        self.worker: ExportWorker | None = None
        self.output: Path | None = None
        self.printer: QPrinter | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._request: ExportRequest | None = None
        self.catalogue = LabelCatalogue.load(paths.data_dir)
        self.positions = UsedPositionsStore.in_data_dir(paths.data_dir)
        title = self.tr("Print — {case}") if print_mode else self.tr("Export — {case}")
        self.setWindowTitle(title.format(case=case.ua_number))

        self.kind = QComboBox()
        self.kind.setObjectName("exportKind")
        self.kind.addItem(self.tr("Letters"), Kind.LETTERS)
        self.kind.addItem(self.tr("Labels"), Kind.LABELS)
        self.kind.addItem(self.tr("Envelopes"), Kind.ENVELOPES)

        self.who = QComboBox()
        self.who.setObjectName("exportSigners")
        self.who.addItem(self.tr("All signers"), SelectionMode.ALL)
        if self.selected_ids:
            count = len(self.selected_ids)
            label = counted(self.tr("The %n selected signer(s)", "", count), count)
            self.who.addItem(label, SelectionMode.IDS)
        self.who.addItem(self.tr("Signers with the tag"), SelectionMode.TAG)
        self.who.addItem(self.tr("Blank letters to sign by hand"), SelectionMode.BLANK)
        self.who.addItem(self.tr("No signers (labels and envelopes per recipient)"), "none")
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.addItems(roster_tags(paths))
        self.blank = QSpinBox()
        self.blank.setRange(1, 10_000)
        self.blank.setValue(10)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who, 1)
        who_row.addWidget(self.tag)
        who_row.addWidget(self.blank)

        self.letters = LettersOptions(settings.paper)
        self.labels = LabelsOptions(self.catalogue, self.positions, default_label_sheet(settings))
        self.labels.test_page_requested.connect(self.export_test_page)
        self.envelopes = EnvelopesOptions(group_paper(settings))
        self.pages = QStackedWidget()
        for panel in (self.letters, self.labels, self.envelopes):
            self.pages.addWidget(panel)

        self.printer_name = QComboBox()
        self.printer_name.setObjectName("calibrationPrinter")
        self.printer_name.addItem(self.tr("No correction"), None)
        store = CalibrationStore.in_config_dir(paths.config_dir)
        for name in sorted({*store.printers(), *QPrinterInfo.availablePrinterNames()}):
            self.printer_name.addItem(name or self.tr("PDF export (default)"), name)
        self.usps = QCheckBox(self.tr("Recipient in capitals without punctuation (USPS)"))
        self.privacy = QCheckBox(self.tr("Every signer with &initials and town only"))
        self.privacy.setObjectName("exportPrivacy")
        self.privacy.setToolTip(
            self.tr(
                "Print no signer's full name or street on letters, labels and envelopes. Signers who asked "
                "for this in the roster are always printed so."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind)
        who_label = QLabel(self.tr("&For:"))
        who_label.setBuddy(self.who)
        form.addRow(who_label, who_row)
        # The labels' positions grid scrolls on a short screen.
        self.options_area = VerticalScrollArea(self.pages)
        form.addRow(self.options_area)
        form.addRow(self.privacy)
        form.addRow(self.usps)
        if not print_mode:
            form.addRow(self.tr("Printer correction:"), self.printer_name)
            path_label = QLabel(self.tr("Sa&ve as:"))
            path_label.setBuddy(self.path)
            form.addRow(path_label, path_row)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.thumbnails = PdfThumbnails()
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(
            self.tr("&Print…") if print_mode else self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_folder = self.buttons.addButton(
            self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder.setEnabled(False)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.open_folder.clicked.connect(self.show_folder)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.thumbnails)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.who.currentIndexChanged.connect(self._who_changed)
        self.letters.per_signer.toggled.connect(self._suggest_path)
        self._kind_changed()
        self._who_changed()
        fit_to_screen(self)

    # -- choices ------------------------------------------------------------------------------------
    def current_kind(self) -> Kind:
        return Kind(self.kind.currentData())

    def _kind_changed(self) -> None:
        index = self.kind.currentIndex()
        # The options area takes the size of the page shown, not of the tallest page (the labels' grid):
        # a stacked layout leaves pages whose size policy is Ignored out of its size hint.
        for number, page in enumerate((self.letters, self.labels, self.envelopes)):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.updateGeometry()
        self.options_area.updateGeometry()  # its layout item caches the size hint of the page shown before
        layout = self.layout()
        if self.isVisible() and layout is not None:
            layout.activate()
            fit_to_screen(self, self.sizeHint().expandedTo(QSize(self.width(), 0)))
        self._suggest_path()

    def _who_changed(self) -> None:
        mode = self.who.currentData()
        self.tag.setVisible(mode == SelectionMode.TAG)
        self.blank.setVisible(mode == SelectionMode.BLANK)
        self.privacy.setEnabled(mode not in (SelectionMode.BLANK, "none"))  # no signer is printed then

    def _suggest_path(self) -> None:
        folder = start_folder(self.settings_hub, FileKind.PRINT)  # where the last printout was saved
        kind = self.current_kind()
        if kind is Kind.LETTERS and self.letters.per_signer.isChecked():
            self.path.setText(str(folder / f"{self.case.id}-letters"))
        else:
            self.path.setText(str(folder / f"{self.case.id}-{kind.value}.pdf"))

    def browse(self) -> None:
        current = self.path.text().strip()
        hub = self.settings_hub
        if self.current_kind() is Kind.LETTERS and self.letters.per_signer.isChecked():
            chosen = folder_path(self, hub, FileKind.PRINT, self.tr("Folder for the letters"), current)
        else:
            filters = self.tr("PDF files (*.pdf)")
            chosen = save_file_path(self, hub, FileKind.PRINT, self.tr("Save PDF"), current, filters)
        if chosen is not None:
            self.path.setText(str(chosen))

    def selection(self) -> SignerSelection | None:
        """None: no signers (labels and envelopes per recipient)."""
        mode = self.who.currentData()
        if mode == "none":
            return None
        mode = SelectionMode(mode)
        if mode is SelectionMode.IDS:
            return SignerSelection(mode, ids=self.selected_ids)
        if mode is SelectionMode.TAG:
            return SignerSelection(mode, tag=self.tag.currentText().strip())
        if mode is SelectionMode.BLANK:
            return SignerSelection(mode, blank=self.blank.value())
        return SignerSelection(mode)

    def request(self, output: Path, printer: str | None) -> ExportRequest:
        """Everything the job needs, read from the widgets (UserError for impossible choices)."""
        kind = self.current_kind()
        return ExportRequest(
            kind=kind,
            paths=self.paths,
            settings=self.settings,
            case=self.case,
            selection=self.selection(),
            output=output,
            printer=printer,
            usps_style=self.usps.isChecked(),
            paper=self.letters.paper.currentData() or None,
            pad_duplex=self.letters.pad_duplex.isChecked(),
            per_signer_folder=kind is Kind.LETTERS and self.letters.per_signer.isChecked(),
            sheet=self.labels.current_sheet() if kind is Kind.LABELS else None,
            label_source=AddressSource(self.labels.source.currentData()),
            label_count=self.labels.count_value(),
            label_start=self.labels.positions.start(),
            label_used=self.labels.positions.used(),
            envelope=self.envelopes.options() if kind is Kind.ENVELOPES else None,
            envelope_return=ReturnAddress(self.envelopes.return_address.currentData()),
            envelope_count=self.envelopes.count.value(),
            privacy=self.privacy.isChecked(),
        )

    # -- running ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.worker is not None:
            return
        if not self._settle_return_address():
            return
        printer_key: str | None = self.printer_name.currentData()
        if self.print_mode:
            from ua_desktop.gui.export.print_support import ask_printer, printer_calibration_name

            self.printer = ask_printer(self)
            if self.printer is None:
                return
            printer_key = printer_calibration_name(self.printer)
            self._tmp = tempfile.TemporaryDirectory(prefix="ua-desktop-print-")
            output = Path(self._tmp.name) / "print.pdf"
        else:
            output = Path(self.path.text().strip()).expanduser()
            if not self.path.text().strip():
                self.show_error(self.tr("Choose where to save the PDF."))
                return
        try:
            request = self.request(output, printer_key)
        except UserError as error:
            self.show_error(say(error))
            return
        self.output = output
        self.worker = ExportWorker(make_job(request))
        self.worker.progress.connect(self._on_progress)
        self._request = request
        # Bound methods of this dialog (a GUI-thread object), so Qt queues the calls into the GUI thread.
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self.show_error)
        self.worker.sender_country_missing.connect(self._on_sender_country_missing)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.finished.connect(self._on_finished)
        self.run_button.setEnabled(False)
        self.open_folder.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Building the PDF…"))
        self.worker.start()

    def _on_sender_country_missing(self, message: str) -> None:
        """The core refused a letter abroad without a sender country: ask once for the group's, then retry.

        Queued after the worker's finished signal has been handled, so the next run starts cleanly.
        """
        if ensure_group_country(self, self.settings_hub):
            QTimer.singleShot(0, self.start)
        else:
            self.show_error(message)

    def _settle_return_address(self) -> bool:
        """Envelopes with the group's return address while none is set: ask for it, or print without.

        Returns False when the user went back to the dialog instead.
        """
        if self.current_kind() is not Kind.ENVELOPES:
            return True
        back = ReturnAddress(self.envelopes.return_address.currentData())
        without_signers = self.who.currentData() == "none"  # then "each signer's" falls back to the group's
        uses_group = back is ReturnAddress.GROUP or (back is ReturnAddress.SIGNER and without_signers)
        settings = self.settings
        if not uses_group or group_return_lines(settings.group_name, settings.group_return_address):
            return True
        from ua_desktop.gui.export.return_address_dialog import ReturnAddressDialog

        lines = ReturnAddressDialog.ask(self, settings.group_name)
        if lines is None:
            return False
        if lines:
            self.save_group_return_address(lines)
        else:
            combo = self.envelopes.return_address
            combo.setCurrentIndex(combo.findData(ReturnAddress.NONE))
        return True

    def save_group_return_address(self, lines: list[str]) -> None:
        """Keep the group's return address typed here, through the settings everything else uses."""
        self.settings_hub.update(group_return_address=list(lines))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled; no file was written."))

    def _on_success(self, result: ExportResult) -> None:
        request = self._request
        assert request is not None
        notices = list(result.notices)
        if request.sheet is not None and result.used_after is not None:
            unsaved = self.positions.remember_after_job(request.sheet.id, result.used_after)
            notices += [unsaved] if unsaved else []
            self.labels.reload_positions()
        first_pdf = next((file for file in result.files if file.suffix.lower() == ".pdf"), None)
        if first_pdf is not None:
            self.thumbnails.show_pdf(first_pdf)
        summary = self.describe(result)
        warnings = [say(notice) for notice in notices]
        if self.print_mode and self.printer is not None and first_pdf is not None:
            from ua_desktop.gui.export.print_support import print_pdf

            try:
                sent = print_pdf(self.printer, first_pdf)
            except UserError as error:
                self.show_error(say(error))
                return
            summary = counted(self.tr("Sent %n page(s) to the printer.", "", sent), sent)
        else:
            self.open_folder.setEnabled(True)
            if self.output is not None:  # the next export starts in the folder this one went to
                remember_folder(self.settings_hub, FileKind.PRINT, self.output.parent)
        self.status.setText("\n".join([summary, *warnings]))

    def describe(self, result: ExportResult) -> str:
        """One sentence about what was written."""
        files = result.files
        if len(files) > 1:
            wrote = self.tr("Wrote %n file(s) to {folder}.", "", len(files))
            return counted(wrote, len(files)).format(folder=files[0].parent)
        wrote = self.tr("Wrote {path} (%n page(s)).", "", result.pages)
        return counted(wrote, result.pages).format(path=self.output)

    def _on_finished(self) -> None:
        self.progress.setVisible(False)
        self.run_button.setEnabled(True)
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, self.windowTitle(), message)

    def cancel_or_close(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def show_folder(self) -> None:
        if self.output is not None:
            folder = self.output if self.output.is_dir() else self.output.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- label test page ----------------------------------------------------------------------------
    def export_test_page(self) -> None:
        from ua_desktop.core.export.labels_job import export_test_page

        sheet = self.labels.current_sheet()
        name = f"test-{sheet.id}.pdf"
        beside = Path(self.path.text().strip()).expanduser()  # next to the export, when that has a folder
        chosen = save_file_path(
            self,
            self.settings_hub,
            FileKind.PRINT,
            self.tr("Save test page"),
            beside.parent / name if beside.is_absolute() else name,
            self.tr("PDF files (*.pdf)"),
        )
        if chosen is None:
            return
        calibration = CalibrationStore.in_config_dir(self.paths.config_dir).get(
            self.printer_name.currentData() or ""
        )
        try:
            export_test_page(chosen, sheet, calibration)
        except UserError as error:
            self.show_error(say(error))
            return
        self.output = chosen
        self.thumbnails.show_pdf(self.output)
        self.open_folder.setEnabled(True)

    def _stop(self) -> None:
        """Cancel a running job and wait for it; remove the temporary print file."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)

    @property
    def settings(self) -> Settings:
        """The application's settings as they are now."""
        return self.settings_hub.current

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        paths: AppPaths,
        settings: SettingsHub,
        case: Case,
        selected_ids: Sequence[int] = (),
        print_mode: bool = False,
    ) -> None:
        """Run the dialog (modal); exports happen inside it, so there is nothing to return."""
        dialog = cls(paths, settings, case, selected_ids, print_mode, parent)
        dialog.exec()
        dialog.deleteLater()
