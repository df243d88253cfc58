"""The right half of the main window: the model letter as it reads, addressed to the case's recipient."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ua_desktop.core.address import format_postal_address
from ua_desktop.core.cases.model import Case
from ua_desktop.core.cases.text import markdown_paragraphs, recipient_address


class LetterPanel(QWidget):
    """A read-only rendering of the case's model letter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Model letter"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = QTextBrowser()
        self.view.setObjectName("letterText")
        self.view.setAccessibleName(self.tr("Model letter"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)

    def show_case(self, case: Case) -> None:
        recipient = case.primary_recipients[0]
        address = "<br>".join(
            html.escape(line) for line in format_postal_address(recipient_address(recipient))
        )
        body = "".join(
            f"<p>{html.escape(p)}</p>"
            for p in markdown_paragraphs(case.letter_template(case.preferred_language))
        )
        self.view.setHtml(
            f"<p>{address}</p><p>{html.escape(recipient.salutation)}</p>{body}<p>{html.escape(case.closing)}</p>"
        )
