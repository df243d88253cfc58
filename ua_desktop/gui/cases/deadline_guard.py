"""The deadline guard in the window: a notice in the briefing, and a question before a late export.

The core (ua_desktop.core.deadline_guard) decides; this module only words it. The notice is text, with a
coloured border as a hint, never colour alone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ua_desktop.core.cases.model import Case
from ua_desktop.core.deadline_guard import PostalAdvice, PostalGuard, export_needs_confirmation


class PostalNotice(QLabel):
    """ "Too late for the post: send it by e-mail or fax" above the briefing; hidden when posting is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postalNotice")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#postalNotice{border:2px solid #b3261e;border-radius:4px;padding:4px 8px;}")
        self.advice = PostalAdvice.IN_TIME
        self.hide()

    def show_guard(self, guard: PostalGuard) -> None:
        self.advice = guard.advice
        if guard.advice is PostalAdvice.TOO_LATE_FOR_POST:
            text = self.tr(
                "Too late for the post: %n day(s) left, and a letter takes about {transit} days to arrive. "
                "Send it by e-mail or fax instead: File ▸ E-mail drafts… writes one e-mail per signer (or "
                "the fax sheet), and E-mail this letter… in the letter panel opens one in your mail program.",
                "",
                guard.days_left,
            ).format(transit=guard.transit_days)
        else:  # in time, or passed: the deadline badge already says "Deadline passed on …"
            self.clear()
            self.hide()
            return
        self.setText(text)
        self.setAccessibleName(self.tr("Deadline notice"))
        self.show()


def confirm_export_after_deadline(parent: QWidget | None, case: Case, today: dt.date | None = None) -> bool:
    """Ask before exporting letters for a case whose deadline has passed; True to go ahead.

    Returns True at once when the deadline has not passed (or the case has none).
    """
    if not export_needs_confirmation(case.deadline, today):
        return True
    title = QCoreApplication.translate("DeadlineGuard", "Deadline passed")
    text = QCoreApplication.translate(
        "DeadlineGuard",
        "The deadline of {number} has passed. Export the letters anyway? Late appeals can still help, "
        "but check with your section that the case is still active.",
    ).format(number=case.ua_number)
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
