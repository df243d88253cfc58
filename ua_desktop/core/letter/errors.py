"""Errors of the letter layer that the GUI checks for without importing Jinja2 or ReportLab."""

from __future__ import annotations

from ua_desktop.core.errors import UserError

__all__ = ["TemplateError"]


class TemplateError(UserError):
    """A template that cannot be compiled or rendered; line is the template line when known."""

    def __init__(self, detail: str, line: int | None = None, part: str = "letter") -> None:
        self.detail = detail
        self.line = line
        self.part = part
        where = f"the {part}" + (f", line {line}" if line else "")
        super().__init__(f"Template error in {where}: {detail}")

    def __reduce__(self) -> tuple[object, ...]:  # keeps the line when sent from the render process
        return (type(self), (self.detail, self.line, self.part))

    @property
    def short(self) -> str:
        """ "Line 3: …" for the message under the editor."""
        return f"Line {self.line}: {self.detail}" if self.line else self.detail
