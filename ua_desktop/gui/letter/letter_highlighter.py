"""Shows template fields in the letter editor: {{ fields }}, {% blocks %} and {# comments #}."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_PATTERNS = (
    ("field", re.compile(r"\{\{.*?\}\}")),
    ("block", re.compile(r"\{%.*?%\}")),
    ("comment", re.compile(r"\{#.*?#\}")),
)


def _format(colour: str, background: str = "", italic: bool = False, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if background:
        fmt.setBackground(QColor(background))
    fmt.setFontItalic(italic)
    if bold:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    return fmt


class FieldHighlighter(QSyntaxHighlighter):
    """Colours the template syntax so the fields stand out from the letter's own words."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            "field": _format("#0b5394", "#e8f0fb", bold=True),
            "block": _format("#7a4b00", "#fdf3e1"),
            "comment": _format("#6b6b6b", italic=True),
        }

    def highlightBlock(self, text: str) -> None:
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self.formats[kind])
