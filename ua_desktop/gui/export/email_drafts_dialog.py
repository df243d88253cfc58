"""File → E-mail drafts…: when the post is too late, the letters as e-mail drafts, or the fax sheet.

The dialog writes one .eml draft per signer and recipient with an e-mail address into a folder (the core's
export_emails, as `ua-desktop export emails` does) on the export worker thread, with progress and Cancel,
and says how many drafts it wrote; the user's mail program opens and sends them, ua-desktop connects to
nothing. When recipients have fax numbers, "Fax sheet…" writes the printable fax sheet instead
(export_fax_sheet, as `ua-desktop export fax-sheet`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.export.result import ExportResult
from ua_desktop.core.export.selection import SelectionMode, SignerSelection
from ua_desktop.core.paths import AppPaths
from ua_desktop.gui.export.export_worker import ExportWorker
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.file_dialogs import FileKind, folder_path, save_file_path, start_folder
from ua_desktop.gui.widgets.locale_format import counted
from ua_desktop.gui.widgets.screen_fit import fit_to_screen, room_for


class EmailDraftsDialog(QDialog):
    """Write the case's e-mail drafts (or its fax sheet); ask() runs it."""

    def __init__(
        self,
        paths: AppPaths,
        settings_hub: SettingsHub,
        case: Case,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emailDraftsDialog")
        self.setWindowTitle(self.tr("E-mail drafts for {number}").format(number=case.ua_number or case.id))
        self.paths = paths
        self.settings_hub = settings_hub
        self.case = case
        self.selected_ids = tuple(selected_ids)
        self.worker: ExportWorker | None = None
        self.written: Path | None = None

        intro = QLabel(
            self.tr(
                "One e-mail draft per signer and recipient, with the letter as the text. Your mail program "
                "opens the drafts and sends them; UA Desktop connects to nothing."
            )
        )
        intro.setWordWrap(True)
        self.recipients_label = QLabel()
        self.recipients_label.setObjectName("emailRecipients")
        self.recipients_label.setWordWrap(True)
        self.all_signers = QRadioButton(self.tr("All signers in the roster"))
        self.selected_signers = QRadioButton(
            self.tr("The %n signer(s) selected in the Signers window", "", len(self.selected_ids))
        )
        self.selected_signers.setEnabled(bool(self.selected_ids))
        (self.selected_signers if self.selected_ids else self.all_signers).setChecked(True)
        self.privacy_box = QCheckBox(self.tr("Initials and town only, for every signer"))
        folder_name = self.tr("{case} e-mails").format(case=case.id)  # a case id is a safe file name
        self.folder_edit = QLineEdit(str(start_folder(settings_hub, FileKind.EMAIL) / folder_name))
        self.folder_edit.setObjectName("emailFolder")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.recipients_label)
        if case.copies_instruction:  # "Also send copies to diplomatic representatives …", as the UA says
            copies = QLabel(case.copies_instruction)
            copies.setObjectName("copiesInstruction")
            copies.setWordWrap(True)
            form.addRow(self.tr("The UA asks:"), copies)
        signers = QVBoxLayout()
        for widget in (self.all_signers, self.selected_signers, self.privacy_box):
            signers.addWidget(widget)
        form.addRow(self.tr("Signers:"), signers)
        form.addRow(self.tr("Folder:"), folder_row)

        self.progress = QProgressBar()
        self.progress.setObjectName("emailProgress")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("emailStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.write_button = buttons.addButton(
            self.tr("&Write drafts"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.fax_button = buttons.addButton(self.tr("&Fax sheet…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = buttons.addButton(self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.setEnabled(False)
        self.fax_button.setVisible(any(r.fax for r in case.recipients))
        self.write_button.clicked.connect(self.write_drafts)
        self.fax_button.clicked.connect(self.write_fax_sheet)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show_recipients()
        self.setMinimumWidth(min(560, room_for(self).width()))
        fit_to_screen(self)  # the one rule: within the laptop's screen, frame included

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        paths: AppPaths,
        settings_hub: SettingsHub,
        case: Case,
        selected_ids: Sequence[int] = (),
    ) -> None:
        """Run the dialog (modal); the drafts are written inside it, so there is nothing to return."""
        dialog = cls(paths, settings_hub, case, selected_ids, parent)
        dialog.exec()
        dialog.deleteLater()

    def _show_recipients(self) -> None:
        from ua_desktop.core.export.emails import copy_addresses, email_recipients

        try:
            found = email_recipients(self.case)
            copies = copy_addresses(self.case)
        except UserError as error:
            self.recipients_label.setText(say(error))
            self.write_button.setEnabled(False)
            return
        lines = [", ".join(str(address) for address in addresses) for _recipient, addresses in found]
        if copies:
            lines.append(self.tr("Copy to: {addresses}").format(addresses=", ".join(map(str, copies))))
        self.recipients_label.setText("\n".join(lines))
        self.write_button.setEnabled(True)

    def selection(self) -> SignerSelection:
        if self.selected_signers.isChecked() and self.selected_ids:
            return SignerSelection(SelectionMode.IDS, self.selected_ids)
        return SignerSelection(SelectionMode.ALL)

    def choose_folder(self) -> None:
        chosen = folder_path(
            self,
            self.settings_hub,
            FileKind.EMAIL,
            self.tr("Folder for the e-mail drafts"),
            self.folder_edit.text(),
        )
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    # -- running -------------------------------------------------------------------------------------
    def write_drafts(self) -> None:
        """Write the drafts into the folder shown, on the worker thread."""
        folder = Path(self.folder_edit.text().strip()).expanduser()
        paths, case, selection = self.paths, self.case, self.selection()
        settings, privacy = self.settings_hub.current, self.privacy_box.isChecked()

        def job(control: JobControl) -> ExportResult:
            from ua_desktop.core.export.emails import EmailJob, export_emails, roster_emails
            from ua_desktop.core.export.selection import resolve_signers
            from ua_desktop.core.letter.plan import plan_letters

            signers = resolve_signers(paths, selection, privacy)
            plan = plan_letters(paths, settings, case)
            result = export_emails(folder, EmailJob(plan, signers, roster_emails(paths, signers)), control)
            return ExportResult.of_emails(result)

        self.written = folder
        self._run(job)

    def write_fax_sheet(self) -> None:
        """Ask where to save the fax sheet and write it on the worker thread."""
        out = save_file_path(
            self,
            self.settings_hub,
            FileKind.PRINT,
            self.tr("Save the fax sheet"),
            f"{self.case.id} fax.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if out is None:
            return
        paths, case, settings = self.paths, self.case, self.settings_hub.current

        def job(control: JobControl) -> ExportResult:
            from ua_desktop.core.export.fax_sheet import export_fax_sheet
            from ua_desktop.core.letter.plan import plan_letters

            return ExportResult.of_fax_sheet(
                export_fax_sheet(out, plan_letters(paths, settings, case), control), out
            )

        self.written = out
        self._run(job)

    def _run(self, job: Callable[[JobControl], ExportResult]) -> None:
        self.status.clear()
        self.open_button.setEnabled(False)
        self.write_button.setEnabled(False)
        self.fax_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.close_button.setText(self.tr("Cancel"))
        self.worker = ExportWorker(job)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self.show_error)
        self.worker.sender_country_missing.connect(self.show_error)
        self.worker.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled.")))
        self.worker.finished.connect(self._on_finished)
        self.worker.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_success(self, result: ExportResult) -> None:
        if result.drafts:
            wrote = self.tr(
                "Wrote %n e-mail draft(s) in {folder}. Open them in your mail program to send them.",
                "",
                result.drafts,
            )
            written = counted(wrote, result.drafts).format(folder=self.written)
            self.status.setText("\n".join([written, *(say(notice) for notice in result.notices)]))
        else:
            wrote = self.tr("Wrote {path} (%n page(s)).", "", result.pages)
            self.status.setText(counted(wrote, result.pages).format(path=self.written))
        self.open_button.setEnabled(True)

    def _on_finished(self) -> None:
        self.progress.setVisible(False)
        self._show_recipients()
        self.fax_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, self.windowTitle(), message)

    def open_folder(self) -> None:
        if self.written is not None:
            folder = self.written if self.written.is_dir() else self.written.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def cancel_or_close(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)
