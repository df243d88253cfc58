"""Importing a CSV or vCard file: preview, column mapping, duplicate policy, dry-run summary, then import.

A file without a header row is read with its first row as data when "The first row is data" is ticked
(ticked from the start when the first row looks like a person rather than column names); the columns are
then "Column 1", "Column 2", … and mapped by hand.

Every change to the mapping or the policy re-runs the dry run in the background, so the summary always
says what Import would do; the import itself runs in a worker thread with progress and Cancel, and
commits in one transaction or not at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.errors import UserError
from ua_desktop.core.roster.csv_import import DuplicateNote, DuplicatePolicy, ImportReport
from ua_desktop.core.roster.fields import DateOrder
from ua_desktop.core.roster.mapping import TARGETS, auto_mapping
from ua_desktop.core.roster.source import SourceTable, read_source
from ua_desktop.gui.roster.roster_import_worker import ImportWorker
from ua_desktop.gui.shell.settings_hub import SettingsHub
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.file_dialogs import FileKind, open_file_path
from ua_desktop.gui.widgets.locale_format import counted
from ua_desktop.gui.widgets.screen_fit import fit_to_screen

PREVIEW_ROWS = 20
# Duplicates and possible duplicates listed in the summary, each kind (the rest are counted): wording a line
# costs the window's thread about 0.1 ms, and a file of a few postcodes can have 80,000 possible duplicates.
NOTES_LISTED = 1000


class RosterImportDialog(QDialog):
    """Use RosterImportDialog.ask(); it returns the committed ImportReport or None."""

    def __init__(
        self,
        db_path: Path,
        backups_dir: Path,
        source: SourceTable,
        parent: QWidget | None = None,
        group_country: str = "",
    ) -> None:
        super().__init__(parent)
        self.group_country = group_country
        self.setObjectName("rosterImportDialog")
        self.setWindowTitle(self.tr("Import signers"))
        self.db_path, self.backups_dir, self.source = db_path, backups_dir, source
        self.report: ImportReport | None = None
        self.worker: ImportWorker | None = None
        self._pending_check = False

        encoding = {
            "utf-8-sig": "UTF-8 (BOM)",
            "utf-8": "UTF-8",
            "cp1252": "Windows-1252",
            "utf-8+cp1252": self.tr("UTF-8, some lines Windows-1252"),
        }.get(source.encoding, source.encoding.upper())
        separator = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs"), "|": "|"}.get(
            source.delimiter, self.tr("vCard")
        )
        self.info = QLabel(
            self.tr("{file} — {encoding}, separated by {separator}").format(
                file=source.path.name, encoding=encoding, separator=separator
            )
        )
        self.info.setWordWrap(True)

        self.first_row_is_data = QCheckBox(self.tr("The first row is data (the file has no header row)"))
        self.first_row_is_data.setObjectName("firstRowIsData")
        self.first_row_is_data.setVisible(source.kind == "csv")
        if source.kind == "csv" and (not source.has_header or source.first_row_looks_like_data()):
            self.source = source = source.with_header(False)
            self.first_row_is_data.setChecked(True)
        self.first_row_is_data.toggled.connect(self.header_choice_changed)

        self.combos: list[QComboBox] = []
        self.mapping_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self._build_mapping()

        self.preview_model = QStandardItemModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self._fill_preview()

        self.policy = QComboBox()
        self.policy.setObjectName("duplicatePolicy")
        self.policy.addItem(self.tr("Skip them (keep the roster as it is)"), DuplicatePolicy.SKIP)
        self.policy.addItem(self.tr("Merge them (fill empty fields, add tags)"), DuplicatePolicy.MERGE)
        self.policy.addItem(self.tr("Add them as further signers"), DuplicatePolicy.ADD)
        self.policy.currentIndexChanged.connect(self.mapping_changed)
        policy_row = QHBoxLayout()
        policy_label = QLabel(
            self.tr("People already in the roster (same name and postcode, or same e-mail):")
        )
        policy_label.setBuddy(self.policy)
        policy_row.addWidget(policy_label)
        policy_row.addWidget(self.policy, 1)
        # How to read a date such as 3/1/2024 (the core decides when the file or the country tells).
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrder")
        self.date_order.addItem(self.tr("As the file's other dates show, else as the group's country"), None)
        self.date_order.addItem(self.tr("Day first (31/12/2024)"), DateOrder.DMY)
        self.date_order.addItem(self.tr("Month first (12/31/2024)"), DateOrder.MDY)
        self.date_order.addItem(self.tr("Year first (2024/12/31)"), DateOrder.YMD)
        self.date_order.currentIndexChanged.connect(self.mapping_changed)
        date_label = QLabel(self.tr("Dates such as 3/1/2024:"))
        date_label.setBuddy(self.date_order)
        date_row = QHBoxLayout()
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_order, 1)

        self.summary = QPlainTextEdit()
        self.summary.setObjectName("importSummary")
        self.summary.setReadOnly(True)
        self.summary.setMaximumHeight(150)
        self.skip_bad = QCheckBox(self.tr("Import the other rows and leave out the rows listed above"))
        self.skip_bad.setVisible(False)
        self.skip_bad.toggled.connect(self._update_buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        top = QHBoxLayout()
        top.addWidget(scroll)
        top.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.first_row_is_data)
        layout.addLayout(top, 1)
        layout.addLayout(policy_row)
        layout.addLayout(date_row)
        layout.addWidget(QLabel(self.tr("What the import will do:")))
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_bad)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(1000, 640))
        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self.start_check)
        self.start_check()

    def target_titles(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "first_name": self.tr("First name"),
            "middle_name": self.tr("Middle name (added to the first name)"),
            "last_name": self.tr("Last name"),
            "last_name_prefix": self.tr("Surname prefix, e.g. van der (put before the last name)"),
            "second_last_name": self.tr("Second surname (added to the last name)"),
            "full_name": self.tr("Full name (first and last)"),
            "organisation": self.tr("Organisation"),
            "street": self.tr("Street"),
            "street2": self.tr("Street, second line"),
            "house_number": self.tr("House number (joined to the street)"),
            "postal_code": self.tr("Postcode"),
            "city": self.tr("City"),
            "region": self.tr("Region / state"),
            "country": self.tr("Country"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "language": self.tr("Letter language"),
            "tags": self.tr("Tags"),
            "notes": self.tr("Notes"),
            "consent_date": self.tr("Consent date"),
            "consent_method": self.tr("Consent how"),
            "privacy": self.tr("Initials and town only (yes/no)"),
        }

    def _build_mapping(self) -> None:
        """One field box per column of the file, set to the automatic mapping."""
        titles = self.target_titles()
        self.combos = []
        mapping_box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(mapping_box)
        grid.addWidget(QLabel(self.tr("<b>Column in the file</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Roster field</b>")), 0, 1)
        headers = self.column_titles()
        for index, (header, target) in enumerate(
            zip(headers, auto_mapping(self.source.headers), strict=True)
        ):
            combo = QComboBox()
            combo.setObjectName(f"mapping{index}")
            combo.addItem(self.tr("(do not import)"), None)
            for key in TARGETS:
                combo.addItem(titles[key], key)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.setAccessibleName(self.tr("Field for column {header}").format(header=header))
            combo.currentIndexChanged.connect(self.mapping_changed)
            label = QLabel(header)
            label.setBuddy(combo)
            grid.addWidget(label, index + 1, 0)
            grid.addWidget(combo, index + 1, 1)
            self.combos.append(combo)
        grid.setRowStretch(len(headers) + 1, 1)  # rows packed at the top, not spread over the box
        scroll = self.mapping_scroll
        old = scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        scroll.setWidget(mapping_box)
        scroll.setMinimumWidth(
            mapping_box.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )

    def column_titles(self) -> list[str]:
        """The file's column headers; "Column 1", "Column 2", … for a file without a header row."""
        if self.source.has_header:
            return list(self.source.headers)
        return [self.tr("Column {number}").format(number=i + 1) for i in range(len(self.source.headers))]

    def header_choice_changed(self, first_row_is_data: bool) -> None:
        """Read the file's first row as data, or as its header, and map its columns again."""
        self.source = self.source.with_header(not first_row_is_data)
        self._build_mapping()
        self.mapping_changed()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def _fill_preview(self) -> None:
        titles = self.target_titles()
        self.preview_model.clear()
        not_imported = self.tr("(not imported)")
        headers = self.column_titles()
        labels = [
            f"{header}\n→ {titles[target] if target else not_imported}"
            for header, target in zip(headers, self.mapping(), strict=True)
        ]
        self.preview_model.setHorizontalHeaderLabels(labels)
        for row in self.source.preview(PREVIEW_ROWS):
            items = [QStandardItem(cell) for cell in row[: len(labels)]]
            self.preview_model.appendRow(items)
        self.preview.resizeColumnsToContents()

    # -- dry run and import ------------------------------------------------------------------------
    def mapping_changed(self) -> None:
        self._fill_preview()
        self.report = None
        self._update_buttons()
        self._check_timer.start()

    def _start(self, dry_run: bool) -> None:
        worker = ImportWorker(
            self.db_path,
            self.backups_dir,
            self.source,
            self.mapping(),
            self.policy.currentData(),
            dry_run,
            self.skip_bad.isChecked(),
            self.group_country,
            DateOrder(order) if (order := self.date_order.currentData()) else None,  # Qt hands back a str
        )
        worker.progress.connect(self.progress.setValue)
        worker.succeeded.connect(self._checked if dry_run else self._imported)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._worker_finished)
        self.worker = worker
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()
        worker.start()

    def start_check(self) -> None:
        """Run the dry run (again); queued while another run is still going."""
        if self.worker is not None:
            self._pending_check = True
            return
        self.summary.setPlainText(self.tr("Checking…"))
        self._start(dry_run=True)

    def start_import(self) -> None:
        if self.worker is None and self.report is not None:
            self.summary.setPlainText(self.tr("Importing…"))
            self._start(dry_run=False)

    def _worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            # finished() is emitted from the thread just before it ends: wait, or dropping the last reference
            # would destroy a QThread that is still running (which aborts the program).
            worker.wait()
        self.progress.setVisible(False)
        self._update_buttons()
        if self._pending_check:
            self._pending_check = False
            self.start_check()

    def _checked(self, report: ImportReport) -> None:
        if self._pending_check:
            return  # the mapping changed meanwhile; the next run reports
        self.report = report
        self.summary.setPlainText(self.describe(report))
        self.skip_bad.setVisible(bool(report.bad_rows))
        self._update_buttons()

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        if self.worker is not None:
            self.worker.wait()  # the thread ends right after this signal; let it, before the dialog goes
        if report.committed:
            self.accept()
        else:
            self.summary.setPlainText(self.describe(report))

    def _failed(self, message: str) -> None:
        self.summary.setPlainText(message)
        self.report = None

    def describe(self, report: ImportReport) -> str:
        lines = [
            counted(self.tr("%n row(s) read.", "", report.rows), report.rows),
            counted(self.tr("New signers: %n.", "", report.added), report.added)
            + " "
            + counted(
                self.tr("Merged into signers already in the roster: %n.", "", report.merged), report.merged
            )
            + " "
            + counted(self.tr("Duplicates skipped: %n.", "", report.skipped), report.skipped),
        ]
        if report.ignored_columns:
            lines.append(
                self.tr("Not imported: {columns}.").format(columns=", ".join(report.ignored_columns))
            )
        lines.extend(say(note) for note in report.file_notes())
        if report.bad_rows:
            bad = len(report.bad_rows)
            lines.append(counted(self.tr("%n row(s) cannot be imported:", "", bad), bad))
            lines.extend(f"  {say(problem.message())}" for problem in report.bad_rows[:500])
        if report.to_review:
            review = len(report.to_review)
            lines.append(
                counted(
                    self.tr("%n row(s) to check after the import, and to correct in the roster:", "", review),
                    review,
                )
            )
            lines.extend(f"  {say(problem.message())}" for problem in report.to_review[:500])
        if report.duplicate_notes:
            lines.append(self.tr("Duplicates:"))
            lines.extend(self._listed(report.duplicate_notes))
        if report.possible_notes:
            possible = len(report.possible_notes)
            lines.append(
                counted(
                    self.tr(
                        "%n possible duplicate(s): the same name and postcode with another street. They are "
                        "imported as new signers; check them in the roster:",
                        "",
                        possible,
                    ),
                    possible,
                )
            )
            lines.extend(self._listed(report.possible_notes))
        return "\n".join(lines)

    def _listed(self, notes: list[DuplicateNote]) -> list[str]:
        """The first NOTES_LISTED notes, one line each, and how many more there are."""
        lines = [f"  {say(note.message())}" for note in notes[:NOTES_LISTED]]
        more = len(notes) - NOTES_LISTED
        if more > 0:
            lines.append(
                "  "
                + counted(
                    self.tr(
                        "… and %n more (ua-desktop roster import FILE --dry-run lists them all).", "", more
                    ),
                    more,
                )
            )
        return lines

    def _update_buttons(self) -> None:
        running = self.worker is not None
        report = self.report
        ready = (
            report is not None
            and not running
            and (report.added or report.merged)
            and (not report.bad_rows or self.skip_bad.isChecked())
        )
        self.import_button.setEnabled(bool(ready))
        for combo in (*self.combos, self.policy, self.date_order):
            combo.setEnabled(not running)
        self.first_row_is_data.setEnabled(not running)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        db_path: Path,
        backups_dir: Path,
        path: Path | None = None,
        settings_hub: SettingsHub | None = None,
        group_country: str = "",
    ) -> ImportReport | None:
        """Pick a file (unless given), show the dialog; the committed report, or None.

        settings_hub keeps the folder lists of signers were last imported from or exported to.
        """
        if path is None:
            path = open_file_path(
                parent,
                settings_hub,
                FileKind.SIGNERS,
                QCoreApplication.translate("RosterImportDialog", "Import signers"),
                QCoreApplication.translate(
                    "RosterImportDialog", "Lists of signers (*.csv *.txt *.tsv *.vcf);;All files (*)"
                ),
            )
            if path is None:
                return None
        try:
            source = read_source(path)
        except UserError as error:
            QMessageBox.warning(
                parent, QCoreApplication.translate("RosterImportDialog", "Import signers"), say(error)
            )
            return None
        dialog = cls(db_path, backups_dir, source, parent, group_country)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.report
