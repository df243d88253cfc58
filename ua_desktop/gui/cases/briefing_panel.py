"""The left half of the main window: what happened, what to ask, by when, and to whom."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ua_desktop.core.address import format_postal_address
from ua_desktop.core.cases.model import Case, RecipientRole
from ua_desktop.core.cases.text import recipient_address
from ua_desktop.core.deadline import DeadlineState, DeadlineStatus, deadline_status
from ua_desktop.core.deadline_guard import DEFAULT_POSTAL_TRANSIT_DAYS, postal_guard
from ua_desktop.gui.cases.deadline_guard import PostalNotice
from ua_desktop.gui.widgets.locale_format import long_date


class DeadlineBadge(QLabel):
    """The deadline as words ("12 days left", "Deadline passed on 1 July 2025"), coloured only as a hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineBadge")
        self.status: DeadlineStatus | None = None

    def show_status(self, status: DeadlineStatus) -> None:
        self.status = status
        self.setText(self.describe(status))
        self.setAccessibleName(self.tr("Deadline"))
        self.setAccessibleDescription(self.text())
        if status.urgent:
            style = "background:#b3261e;color:white;"
        elif status.state is DeadlineState.OPEN and status.days_left <= 7:
            style = "background:#f2c94c;color:black;"
        else:
            style = "background:palette(midlight);color:palette(text);"
        self.setStyleSheet(
            f"QLabel#deadlineBadge{{{style}border-radius:4px;padding:3px 8px;font-weight:bold;}}"
        )

    def describe(self, status: DeadlineStatus) -> str:
        if status.state is DeadlineState.NONE or status.deadline is None:
            return self.tr("No deadline")
        if status.state is DeadlineState.OPEN:
            return self.tr("%n day(s) left", "", status.days_left)
        if status.state is DeadlineState.TODAY:
            return self.tr("Deadline is today")
        return self.tr("Deadline passed on {date}").format(date=long_date(status.deadline))


class BriefingPanel(QWidget):
    """Shows one case: header facts, deadline badge, briefing, Take Action, postage and addresses.

    With dates_later=True (the main window as the program starts) the lines that write dates out (the
    index/issued/deadline line, the deadline badge and the postal notice) wait for show_dates(), which the
    window calls right after its first paint: dates are written with CLDR data (core/locale_format.py), and
    loading it costs ~80 ms that the case's title and briefing need not wait for.
    """

    def __init__(self, parent: QWidget | None = None, dates_later: bool = False) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        self.dates_later = dates_later
        self.transit_days = DEFAULT_POSTAL_TRANSIT_DAYS
        self.today: dt.date | None = None
        self.ua_label = QLabel()
        self.ua_label.setObjectName("uaNumber")
        self.title_label = QLabel()
        self.title_label.setObjectName("caseTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.badge = DeadlineBadge()
        self.postal_notice = PostalNotice()
        self.text = QTextBrowser()
        self.text.setObjectName("briefingText")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Case briefing"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.ua_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        badge_row = QHBoxLayout()  # keeps the badge as wide as its text
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        layout.addLayout(badge_row)
        layout.addWidget(self.postal_notice)
        layout.addWidget(self.text, 1)

    def show_case(
        self, case: Case, today: dt.date | None = None, transit_days: int = DEFAULT_POSTAL_TRANSIT_DAYS
    ) -> None:
        """Show case; transit_days (Settings.postal_transit_days) drives the "too late for post" notice."""
        self.case = case
        self.today = today
        self.transit_days = transit_days
        self.ua_label.setText(f"<b>{html.escape(case.ua_number)}</b>")
        self.title_label.setText(case.title)
        self.show_briefing(case)
        if not self.dates_later:
            self.show_dates()

    def show_dates(self) -> None:
        """The lines that write dates out: index/issued/deadline, the deadline badge, the postal notice."""
        self.dates_later = False
        case = self.case
        if case is None:
            return
        today, transit_days = self.today, self.transit_days
        meta = []
        if case.document_index:
            meta.append(self.tr("Index: {index}").format(index=case.document_index))
        if case.issue_date:
            meta.append(self.tr("Issued: {date}").format(date=long_date(case.issue_date)))
        if case.deadline:
            meta.append(self.tr("Deadline: {date}").format(date=long_date(case.deadline)))
        self.meta_label.setText(" · ".join(meta))
        self.badge.show_status(deadline_status(case.deadline, today))
        self.postal_notice.show_guard(postal_guard(case.deadline, today, transit_days))

    def show_briefing(self, case: Case) -> None:
        """The briefing (Markdown) followed by Take Action, postage notes and addresses (HTML)."""
        self.text.setMarkdown(case.briefing_markdown)
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()  # the details start a new block, never run on from the last paragraph
        cursor.insertHtml(self.details_html(case))
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def details_html(self, case: Case) -> str:
        """Take Action steps, postage notes and the recipients' addresses as simple rich text."""
        parts = []
        if case.take_action:
            steps = "".join(f"<li>{html.escape(step)}</li>" for step in case.take_action)
            heading = self.tr("Take action")
            parts.append(f"<h3>{html.escape(heading)}</h3><ol>{steps}</ol>")
        if case.postage_notes:
            notes = "<br>".join(html.escape(line) for line in case.postage_notes.splitlines())
            heading = self.tr("Postage")
            parts.append(f"<h3>{html.escape(heading)}</h3><p>{notes}</p>")
        for recipient in case.recipients:
            heading = self.tr("Write to") if recipient.role is RecipientRole.PRIMARY else self.tr("Copy to")
            lines = format_postal_address(recipient_address(recipient))
            block = "<br>".join(html.escape(line) for line in lines)
            salutation = ""
            if recipient.salutation:
                salutation = (
                    "<p>"
                    + html.escape(self.tr("Salutation: {text}").format(text=recipient.salutation))
                    + "</p>"
                )
            parts.append(f"<h3>{html.escape(heading)}</h3><p>{block}</p>{salutation}")
        return "".join(parts)
