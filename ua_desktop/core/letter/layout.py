"""The one letter layout: where every line of a RenderedLetter goes on paper, and the PDF made from it.

The preview, every export and printing use this module, so the preview cannot drift from the paper. Lines
are placed with a fixed layout and drawn with reportlab.pdfgen.canvas (about three times faster than
platypus) and our own line wrapping. Text is drawn with drawString, never through ReportLab's paragraph
markup, so a name such as `Tom <b> & Jerry` or `<img src="/etc/hostname">` prints exactly as written.

Positions are millimetres from the sheet's top-left corner (as in the standards); the drawing layer turns
them into PDF points from the bottom-left.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from ua_desktop.core.calibration import MM, Calibration
from ua_desktop.core.letter.fonts import missing_characters, register_font
from ua_desktop.core.letter.page_setup import INCH, PageSetup, Paper
from ua_desktop.core.letter.rendered import RenderedLetter

LEADING = 1.25  # line height as a multiple of the font size
ASCENT = 0.78  # baseline below the top of a line box, as a multiple of the font size
SIGNATURE_SPACE_MM = 15.0
SMALL_PT = 7.0  # return line above the window address
HEADER_PT = 8.5  # sender's name and page numbers
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")  # never drawn: ReportLab would print them as boxes
MIN_ADDRESS_PT = 8.0


@dataclass(frozen=True)
class PdfMetadata:
    """Document properties; never anything personal (no signer name, no user account)."""

    title: str = ""
    author: str = "UA Desktop"
    subject: str = ""


@dataclass(frozen=True)
class TextLine:
    x: float  # mm from the left edge (the right end when align == "right")
    y: float  # baseline, mm from the top edge
    text: str
    size: float  # points
    align: str = "left"


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5  # points
    grey: float = 0.0


@dataclass
class PageLayout:
    lines: list[TextLine] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


def address_field_rect(setup: PageSetup) -> tuple[float, float, float, float]:
    """The window field in mm from the sheet's top-left corner: x, y, width, height."""
    return setup.geometry.field


def _pt_to_mm(points: float) -> float:
    return points / MM


def wrap_text(text: str, font_name: str, size: float, width_mm: float) -> list[str]:
    """Break text into lines no wider than width_mm; explicit line breaks are kept, long words split.

    Linear in the length of text: each word is measured once and a word wider than the line is split by
    adding up the widths of its characters, so a recipient's name of a million letters takes a second,
    not hours (measuring the growing piece again for every character was quadratic).
    """
    if len(text) > _CACHED_TEXT:
        return list(_wrap(text, font_name, size, width_mm))
    return list(_wrapped(text, font_name, size, width_mm))


_CACHED_TEXT = 4_000  # longer texts are wrapped afresh: 1,024 remembered paragraphs stay a few MB


@functools.lru_cache(maxsize=1024)
def _wrapped(text: str, font_name: str, size: float, width_mm: float) -> tuple[str, ...]:
    """wrap_text, remembered: the letters of one export share their paragraphs, and measuring every word
    of every letter again took a third of the drawing time."""
    return _wrap(text, font_name, size, width_mm)


@functools.lru_cache(maxsize=8)
def _char_widths(font_name: str) -> dict[str, float]:
    """The width of each character measured so far in font_name, at 1,000 points (filled as needed)."""
    return {}


def _char_width(char: str, widths: dict[str, float], font_name: str) -> float:
    width = widths.get(char)
    if width is None:
        if len(widths) >= _CACHED_CHARS:  # a text of every Unicode character must not fill the memory
            widths.clear()
        width = widths[char] = stringWidth(char, font_name, 1000.0)
    return width


_CACHED_CHARS = 10_000


def _split_word(word: str, font_name: str, size: float, limit: float) -> list[str]:
    """word cut into pieces no wider than limit (points), at least one character each."""
    widths = _char_widths(font_name)
    budget = limit * 1000.0 / size  # the line in thousandths of the font size, as _char_widths counts
    pieces: list[str] = []
    start = 0
    used = 0.0
    for index, char in enumerate(word):
        width = _char_width(char, widths, font_name)
        if index > start and used + width > budget:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += width
    pieces.append(word[start:])
    return pieces


def _wrap(text: str, font_name: str, size: float, width_mm: float) -> tuple[str, ...]:
    limit = width_mm * MM
    space = stringWidth(" ", font_name, size)
    out: list[str] = []
    for raw in text.split("\n"):
        words = raw.split()
        if not words:
            out.append("")
            continue
        line: list[str] = []
        used = 0.0
        for word in words:
            width = stringWidth(word, font_name, size)
            if width > limit:  # a URL or a run of letters wider than the line: split it
                if line:
                    out.append(" ".join(line))
                *full, last = _split_word(word, font_name, size, limit)
                out.extend(full)
                line, used = [last], stringWidth(last, font_name, size)
                continue
            needed = width if not line else used + space + width
            if line and needed > limit:
                out.append(" ".join(line))
                line, used = [word], width
            else:
                line.append(word)
                used = needed
        out.append(" ".join(line))
    return tuple(out)


def _fit_line(text: str, font_name: str, size: float, width_mm: float, min_size: float) -> tuple[str, float]:
    """Shrink text to fit one line (down to min_size), then cut it with an ellipsis.

    Linear in the length of text: the cut is found by adding up character widths from the start, never by
    measuring the text again after dropping each last character.
    """
    limit = width_mm * MM
    units = stringWidth(text, font_name, 1000.0)  # measured once: widths grow in proportion to the size
    while size > min_size and units * size / 1000.0 > limit:
        size -= 0.5
    if units * size / 1000.0 <= limit:
        return text, size
    widths = _char_widths(font_name)
    budget = (limit - stringWidth("…", font_name, size)) * 1000.0 / size
    used = 0.0
    end = 0
    for char in text:
        used += _char_width(char, widths, font_name)
        if used > budget:
            break
        end += 1
    return text[:end] + "…", size


class _Flow:
    """Places body lines top to bottom and starts new pages with the header."""

    def __init__(self, letter: RenderedLetter, setup: PageSetup, font_name: str) -> None:
        self.letter, self.setup, self.font = letter, setup, font_name
        self.size = setup.font_size_pt
        self.lead = _pt_to_mm(self.size * LEADING)
        width, height = setup.page_size_mm
        self.left = setup.margin_left_mm
        self.right = width - setup.margin_right_mm
        self.bottom = height - setup.margin_bottom_mm  # page numbers go into the bottom margin
        self.pages: list[PageLayout] = [PageLayout()]
        self.y = 0.0  # top of the next line box

    @property
    def page(self) -> PageLayout:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(PageLayout())
        self.y = self.setup.margin_top_mm + _pt_to_mm(HEADER_PT * LEADING) * 2

    def ensure_room(self, height_mm: float) -> None:
        if self.y + height_mm > self.bottom:
            self.new_page()

    def text(self, text: str, x: float | None = None) -> None:
        self.ensure_room(self.lead)
        base = self.y + _pt_to_mm(self.size * ASCENT)
        self.page.lines.append(TextLine(self.left if x is None else x, base, text, self.size))
        self.y += self.lead

    def paragraph(self, text: str) -> None:
        for line in wrap_text(text, self.font, self.size, self.right - self.left):
            self.text(line)

    def space(self, lines: float = 1.0) -> None:
        self.y += self.lead * lines


def _sender_block(page: PageLayout, letter: RenderedLetter, setup: PageSetup, font: str) -> float:
    """Draw the sender (or ruled lines to fill in by hand); return the bottom of the block in mm."""
    geometry = setup.geometry
    width, _ = setup.page_size_mm
    size = setup.font_size_pt
    lead = _pt_to_mm(size * LEADING)
    fx, fy, _fw, _fh = geometry.field
    if geometry.address_right:
        x, top = setup.margin_left_mm, fy
        block_width = fx - 8.0 - x
    elif setup.paper is Paper.A4:
        x, top = 125.0, fy  # DIN 5008 information block: 125 mm from the left, beside the address field
        block_width = width - setup.margin_right_mm - x
    else:
        x, top = 4.5 * INCH, setup.margin_top_mm  # US block style: the sender at the top right
        block_width = width - setup.margin_right_mm - x
    if letter.sender_blank:
        for row in range(1, 5):
            y = top + row * 7.0
            page.rules.append(Rule(x, y, x + block_width, y, 0.4, 0.45))
        return top + 4 * 7.0
    y = top
    for line in letter.sender_lines:
        for piece in wrap_text(line, font, size, block_width):
            page.lines.append(TextLine(x, y + _pt_to_mm(size * ASCENT), piece, size))
            y += lead
    return y


def _address_block(page: PageLayout, letter: RenderedLetter, setup: PageSetup, font: str) -> None:
    geometry = setup.geometry
    fx, fy, fw, fh = geometry.field
    x = fx + geometry.text_inset
    text_width = fw - geometry.text_inset - 1.0
    top = fy + geometry.endorsement_zone
    if letter.return_line and geometry.endorsement_zone:
        text, size = _fit_line(letter.return_line, font, SMALL_PT, text_width, 5.5)
        page.lines.append(TextLine(x, top - 2.0, text, size))
    size = setup.font_size_pt
    lines = letter.recipient_lines
    while size > MIN_ADDRESS_PT and len(lines) * _pt_to_mm(size * LEADING) > fy + fh - top:
        size -= 0.5
    lead = _pt_to_mm(size * LEADING)
    for index, line in enumerate(lines):
        text, fitted = _fit_line(line, font, size, text_width, MIN_ADDRESS_PT - 1)
        page.lines.append(TextLine(x, top + _pt_to_mm(size * ASCENT) + index * lead, text, fitted))


def place_date_lines(letter: RenderedLetter, font: str, size: float, width_mm: float) -> list[str]:
    """The place and date line, right-aligned: one line when it fits, else the town wrapped with the date
    whole on a line of its own ("Llanfairpwllgwyngyll…," / "2 December 2026"), never off the page."""
    line = letter.place_date_line
    if not line:
        return []
    if stringWidth(line, font, size) <= width_mm * MM:
        return [line]
    date = letter.date_text
    if date and line.endswith(date) and line != date:
        town = line[: -len(date)].rstrip()
        return wrap_text(town, font, size, width_mm) + wrap_text(date, font, size, width_mm)
    return wrap_text(line, font, size, width_mm)


def _marks(page: PageLayout, setup: PageSetup) -> None:
    if setup.fold_marks:
        for y in setup.geometry.fold_marks:
            page.rules.append(Rule(3.0, y, 8.0, y, 0.3, 0.5))
    if setup.hole_mark:
        page.rules.append(Rule(3.0, setup.hole_mark_mm, 10.0, setup.hole_mark_mm, 0.3, 0.5))


def layout_letter(letter: RenderedLetter, setup: PageSetup) -> list[PageLayout]:
    """Place one letter on as many pages as it needs."""
    font = register_font(setup.font)
    flow = _Flow(letter, setup, font)
    first = flow.page
    sender_bottom = _sender_block(first, letter, setup, font)
    _address_block(first, letter, setup, font)
    _fx, fy, _fw, fh = setup.geometry.field
    flow.y = max(fy + fh + 4.0, sender_bottom + 4.0)
    for line in place_date_lines(letter, font, flow.size, flow.right - flow.left):
        base = flow.y + _pt_to_mm(flow.size * ASCENT)
        first.lines.append(TextLine(flow.right, base, line, flow.size, "right"))
        flow.y += flow.lead
    flow.space(1.0)
    if letter.salutation:
        flow.paragraph(letter.salutation)
        flow.space(0.6)
    for paragraph in letter.body_paragraphs:
        flow.paragraph(paragraph)
        flow.space(0.6)
    flow.space(0.4)
    closing = wrap_text(letter.closing, font, flow.size, flow.right - flow.left) if letter.closing else []
    flow.ensure_room(
        flow.lead * (len(closing) + 1) + SIGNATURE_SPACE_MM
    )  # closing, signature, name stay together
    for line in closing:
        flow.text(line)
    flow.y += SIGNATURE_SPACE_MM
    if letter.signer_name:
        flow.paragraph(letter.signer_name)
    else:
        y = flow.y + flow.lead * 0.8
        flow.page.rules.append(Rule(flow.left, y, flow.left + 70.0, y, 0.4, 0.45))
        flow.y += flow.lead
    if letter.copy_to_lines:
        flow.space(1.0)
        flow.ensure_room(flow.lead * 2)
        flow.text(letter.copy_to_heading)
        for line in letter.copy_to_lines:
            flow.paragraph(line)

    total = len(flow.pages)
    for number, page in enumerate(flow.pages, start=1):
        _marks(page, setup)
        if total > 1:
            footer_y = setup.page_size_mm[1] - setup.margin_bottom_mm + _pt_to_mm(HEADER_PT * 2)
            page.lines.append(
                TextLine(flow.right, footer_y, letter.page_label(number, total), HEADER_PT, "right")
            )
        if number > 1 and letter.header_name:
            header_y = setup.margin_top_mm + _pt_to_mm(HEADER_PT * ASCENT)
            page.lines.append(TextLine(flow.left, header_y, letter.header_name, HEADER_PT))
    return flow.pages


REPLACEMENT = "\ufffd"  # "�": in the font, and what readers know as "a character that cannot be shown"


def _visible(letter: RenderedLetter, missing: list[str]) -> RenderedLetter:
    """The letter with each character the font lacks shown as �, so none vanishes from the page."""
    table = dict.fromkeys(map(ord, missing), REPLACEMENT)

    def fix(text: str) -> str:
        return text.translate(table)

    return dataclasses.replace(
        letter,
        sender_lines=[fix(t) for t in letter.sender_lines],
        place_date_line=fix(letter.place_date_line),
        recipient_lines=[fix(t) for t in letter.recipient_lines],
        salutation=fix(letter.salutation),
        body_paragraphs=[fix(t) for t in letter.body_paragraphs],
        closing=fix(letter.closing),
        signer_name=fix(letter.signer_name),
        copy_to_lines=[fix(t) for t in letter.copy_to_lines],
        return_line=fix(letter.return_line),
        header_name=fix(letter.header_name),
        date_text=fix(letter.date_text),
    )


class LetterPdfWriter:
    """Writes letters into one PDF document; each letter starts on a new sheet.

    Every PDF asks viewers not to scale it when printing (ViewerPreferences /PrintScaling /None), because
    "fit to page" moves the address out of the envelope window.
    """

    def __init__(
        self,
        out: IO[bytes] | str | Path,
        setup: PageSetup,
        metadata: PdfMetadata | None = None,
        calibration: Calibration | None = None,
    ) -> None:
        self.setup = setup
        self.calibration = calibration or Calibration()
        self.font_name = register_font(setup.font)
        self.missing_characters: list[str] = []
        self.pages = 0
        width, height = setup.page_size_mm
        self._height_pt = height * MM
        target = str(out) if isinstance(out, (str, Path)) else out
        self._canvas = rl_canvas.Canvas(
            target,
            pagesize=(width * MM, height * MM),
            invariant=True,  # no timestamps or random ids: the same letter gives the same bytes
            initialFontName=self.font_name,  # otherwise every page refers to a non-embedded Helvetica
            initialFontSize=setup.font_size_pt,
        )
        meta = metadata or PdfMetadata()
        self._canvas.setTitle(meta.title)
        self._canvas.setAuthor(meta.author)
        self._canvas.setSubject(meta.subject)
        self._canvas.setCreator("UA Desktop")
        self._canvas.setViewerPreference("PrintScaling", "None")

    def add_letter(self, letter: RenderedLetter, pad_to_even: bool = False) -> int:
        """Lay out and draw letter; return the pages written for it (a blank one added with pad_to_even)."""
        missing = missing_characters(letter.all_text(), self.setup.font)
        for char in missing:
            if char not in self.missing_characters:
                self.missing_characters.append(char)
        pages = layout_letter(_visible(letter, missing) if missing else letter, self.setup)
        for page in pages:
            self._draw(page)
        written = len(pages)
        if pad_to_even and written % 2:
            self._canvas.showPage()
            written += 1
        self.pages += written
        return written

    def _draw(self, page: PageLayout) -> None:
        c = self._canvas
        self.calibration.apply(c, self._height_pt)
        height = self._height_pt
        for rule in page.rules:
            c.setStrokeGray(rule.grey)
            c.setLineWidth(rule.width)
            c.line(rule.x1 * MM, height - rule.y1 * MM, rule.x2 * MM, height - rule.y2 * MM)
        size = None
        for line in page.lines:
            if line.size != size:
                c.setFont(self.font_name, line.size)
                size = line.size
            text = _CONTROL_RE.sub(" ", line.text)
            if line.align == "right":
                c.drawRightString(line.x * MM, height - line.y * MM, text)
            else:
                c.drawString(line.x * MM, height - line.y * MM, text)
        c.showPage()

    def close(self) -> None:
        self._canvas.save()

    def __enter__(self) -> LetterPdfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()


def letter_pdf_bytes(
    letter: RenderedLetter, setup: PageSetup, calibration: Calibration | None = None
) -> bytes:
    """One letter as a PDF in memory (the preview shows exactly these bytes)."""
    buffer = io.BytesIO()
    writer = LetterPdfWriter(buffer, setup, calibration=calibration)
    writer.add_letter(letter)
    writer.close()
    return buffer.getvalue()
