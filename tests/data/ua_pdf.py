"""Build Urgent Action PDFs for the import tests and the benchmark (never committed as binaries).

The text document is laid out the way a section's word processor prints it: each source line a paragraph,
the letter on page 2. A "scanned" PDF holds the page only as a picture, without a text layer.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from ua_desktop.core.letter.fonts import LetterFont, register_font


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_ua_pdf(text: str, target: Path, letter_marker: str = "") -> Path:
    """Lay out text (one paragraph per line) as a PDF; page 2 starts at the first line letter_marker."""
    # Noto Sans (the program's own letter font) covers names such as "Zielińska" that Helvetica cannot print.
    font = register_font(LetterFont.SANS)
    style = getSampleStyleSheet()["BodyText"].clone(
        "ua", fontName=font, fontSize=7.5, leading=9, spaceBefore=3
    )
    story: list = []
    short: list[str] = []  # consecutive short lines (addresses, steps) share one paragraph, as in Word

    def flush() -> None:
        if short:
            story.append(Paragraph("<br/>".join(_escape(s) for s in short), style))
            short.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if letter_marker and stripped == letter_marker:
            flush()
            story.append(PageBreak())
            letter_marker = ""  # only the first occurrence starts page 2
        if not stripped:
            flush()
            story.append(Spacer(1, 2 * mm))
        elif len(stripped) < 80:
            short.append(stripped)
        else:
            flush()
            story.append(Paragraph(_escape(stripped), style))
    flush()
    doc = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
    )
    doc.build(story)
    return target


def write_scanned_pdf(target: Path) -> Path:
    """A one-page PDF whose only content is an image (what a scanner produces)."""
    from PIL import Image, ImageDraw

    picture = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(picture)
    for row in range(20, 280, 18):
        draw.line((30, row, 570, row), fill=40, width=6)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    pdf = canvas.Canvas(str(target), pagesize=A4)
    pdf.drawImage(ImageReader(buffer), 20 * mm, 150 * mm, width=170 * mm, height=85 * mm)
    pdf.showPage()
    pdf.save()
    return target


def _story(text: str, style: object) -> list:
    """One paragraph per long line, consecutive short lines in one paragraph (as a word processor prints)."""
    story: list = []
    short: list[str] = []

    def flush() -> None:
        if short:
            story.append(Paragraph("<br/>".join(_escape(s) for s in short), style))
            short.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if not stripped:
            flush()
            story.append(Spacer(1, 2 * mm))
        elif len(stripped) < 70:
            short.append(stripped)
        else:
            flush()
            story.append(Paragraph(_escape(stripped), style))
    flush()
    return story


def write_two_column_pdf(text: str, target: Path, pages: int = 1) -> Path:
    """Lay out text in two columns per page (the left one read first), as a section's newsletter prints a UA.

    With pages > 1 the text is repeated until the document has at least that many pages (the benchmark's
    long document).
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    font = register_font(LetterFont.SANS)
    style = getSampleStyleSheet()["BodyText"].clone(
        "ua2", fontName=font, fontSize=10, leading=12, spaceBefore=6
    )
    width, height = A4
    margin, gutter = 15 * mm, 8 * mm
    column = (width - 2 * margin - gutter) / 2
    frames = [
        Frame(margin, margin, column, height - 2 * margin, id="left"),
        Frame(margin + column + gutter, margin, column, height - 2 * margin, id="right"),
    ]
    doc = BaseDocTemplate(str(target), pagesize=A4, pageTemplates=[PageTemplate(frames=frames)])
    story = _story(text, style)
    if pages > 1:
        story = []
        while True:
            story += [*_story(text, style), PageBreak()]
            probe = BaseDocTemplate(str(target), pagesize=A4, pageTemplates=[PageTemplate(frames=frames)])
            probe.build(list(story))
            if probe.page >= pages:
                break
    doc.build(story)
    return target
