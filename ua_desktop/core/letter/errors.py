"""Errors of the letter layer that the GUI checks for without importing Jinja2 or ReportLab."""

from __future__ import annotations

from typing import Literal

from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.messages import TemplateMessage
from ua_desktop.core.messages import Message, message

__all__ = ["TemplateError", "TemplatePart"]

#: The part of the letter a template belongs to.
TemplatePart = Literal["letter", "salutation", "closing"]

# Whole sentences per part (German says "im Brief", "in der Anrede"): without and with the line.
_SENTENCES: dict[str, tuple[TemplateMessage, TemplateMessage]] = {
    "letter": (TemplateMessage.IN_LETTER, TemplateMessage.IN_LETTER_AT),
    "salutation": (TemplateMessage.IN_SALUTATION, TemplateMessage.IN_SALUTATION_AT),
    "closing": (TemplateMessage.IN_CLOSING, TemplateMessage.IN_CLOSING_AT),
}


class TemplateError(UserError):
    """A template that cannot be compiled or rendered; line is the template line when known.

    problem is what is wrong, typed (a TemplateProblem message) or, for the texts Jinja2 and Python write
    themselves, as they wrote it; detail is the same in English.
    """

    def __init__(self, detail: Message | str, line: int | None = None, part: TemplatePart = "letter") -> None:
        self.problem = detail
        self.detail = str(detail)
        self.line = line
        self.part = part
        plain, at_line = _SENTENCES[part]
        if line:
            super().__init__(message(at_line, line=line, detail=detail))
        else:
            super().__init__(message(plain, detail=detail))

    # No __reduce__ of its own: UserError's keeps the typed message, problem, line and part across the pipe
    # from the render process.

    @property
    def short(self) -> str:
        """ "Line 3: …" in English, for logs (the editor words its own)."""
        return f"Line {self.line}: {self.detail}" if self.line else self.detail
