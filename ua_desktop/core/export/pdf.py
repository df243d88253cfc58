"""What every PDF ua-desktop writes has in common: document info from the case, and no scaling on print.

"Fit to page" in a PDF viewer shrinks a page to 94-106 % and is the most common reason labels drift off
their sheet, so every document asks viewers to print at 100 % (ViewerPreferences /PrintScaling /None,
PDF 1.6, ISO 32000-1 table 150). The document info carries the case only, never a signer's name: a PDF
forwarded by e-mail must not say more than its pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from ua_desktop import APP_DISPLAY_NAME

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from ua_desktop.core.cases.model import Case

MM = 72.0 / 25.4  # PDF points per millimetre


@dataclass(frozen=True)
class DocumentInfo:
    """Title, author and subject of a PDF, all from the case."""

    title: str
    subject: str
    author: str = ""


def document_info(case: Case | None, what: str) -> DocumentInfo:
    """Info for a PDF of `what` ("Letters", "Labels", ...) for case; the author is the UA's issuer."""
    if case is None:
        return DocumentInfo(title=f"{APP_DISPLAY_NAME} — {what}", subject=what, author=APP_DISPLAY_NAME)
    return DocumentInfo(
        title=f"{case.ua_number} — {case.title} — {what}",
        subject=f"Urgent Action {case.ua_number} ({case.document_index}): {what.lower()}".strip(),
        author=f"Urgent Action {case.ua_number}",
    )


def open_canvas(out: IO[bytes], page_size_pt: tuple[float, float], info: DocumentInfo) -> Canvas:
    """A ReportLab canvas writing to out, with the document info and the no-scaling preference set."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(out, pagesize=page_size_pt, pageCompression=1)
    apply_document_info(canvas, info)
    return canvas


def apply_document_info(canvas: Canvas, info: DocumentInfo) -> None:
    canvas.setTitle(info.title)
    canvas.setSubject(info.subject)
    canvas.setAuthor(info.author)
    canvas.setCreator(APP_DISPLAY_NAME)
    canvas.setKeywords("")
    canvas.setViewerPreference("PrintScaling", "None")
