"""The reply log of one case: answers from the authorities, and whether the section has a copy.

Every reply not yet forwarded keeps a reminder visible at the top of the dialog (in words), because the
section that coordinates the case depends on groups passing such answers on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ua_desktop.core.cases.model import Case
from ua_desktop.core.cases.replies import Reply, add_reply, load_replies, mark_forwarded, pending_forwards
from ua_desktop.core.errors import UserError
from ua_desktop.gui.widgets.core_words import say
from ua_desktop.gui.widgets.locale_format import long_date, show_long_dates


class ReplyLogDialog(QDialog):
    """List, add and mark as forwarded the replies logged for a case."""

    def __init__(self, case: Case, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyLogDialog")
        self.setWindowTitle(self.tr("Replies for {number}").format(number=case.ua_number))
        self.case = case
        self.data_dir = data_dir
        self.replies: list[Reply] = []

        self.reminder = QLabel()
        self.reminder.setObjectName("forwardReminder")
        self.reminder.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Received"), self.tr("From"), self.tr("What it says"), self.tr("Section has a copy")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.forwarded_button = QPushButton(self.tr("Mark as &forwarded to the section"))
        self.forwarded_button.clicked.connect(self.mark_selected_forwarded)

        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        show_long_dates(self.received)
        self.authority = QLineEdit()
        self.authority.setPlaceholderText(self.tr("e.g. Ministry of Justice"))
        self.summary = QLineEdit()
        add_button = QPushButton(self.tr("&Log this reply"))
        add_button.clicked.connect(self.log_reply)
        form = QFormLayout()
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(self.tr("From:"), self.authority)
        form.addRow(self.tr("What it says:"), self.summary)
        form.addRow("", add_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.forwarded_button)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 460)
        self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None, case: Case, data_dir: Path) -> None:
        cls(case, data_dir, parent).exec()

    def refresh(self) -> None:
        try:
            self.replies = load_replies(self.data_dir, self.case.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Reply log"), say(error))
            self.replies = []
        self.table.setRowCount(len(self.replies))
        for row, reply in enumerate(self.replies):
            state = self.tr("yes") if reply.forwarded else self.tr("NOT YET — please forward")
            for column, text in enumerate((long_date(reply.received), reply.authority, reply.summary, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        pending = len(pending_forwards(self.replies))
        if pending:
            self.reminder.setText(
                self.tr(
                    "%n reply(s) not yet forwarded. Send a copy of every reply to your Amnesty section: it "
                    "coordinates the case and needs to know what the authorities answer.",
                    "",
                    pending,
                )
            )
        elif self.replies:
            self.reminder.setText(self.tr("Your section has a copy of every reply logged here."))
        else:
            self.reminder.setText(self.tr("No replies logged yet. Log an answer here when one arrives."))

    def log_reply(self) -> None:
        date = self.received.date()
        reply = Reply(
            dt.date(date.year(), date.month(), date.day()),
            self.authority.text().strip(),
            self.summary.text().strip(),
        )
        try:
            add_reply(self.data_dir, self.case.id, reply)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Reply not logged"), say(error))
            return
        self.authority.clear()
        self.summary.clear()
        self.refresh()

    def mark_selected_forwarded(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        try:
            mark_forwarded(self.data_dir, self.case.id, row + 1)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Reply log"), say(error))
        self.refresh()
