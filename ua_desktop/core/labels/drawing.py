"""Drawing label sheets with ReportLab: a thin layer over the pure geometry and text fitting.

Every address is fitted (core/labels/fitting.py: wrap, shrink, abbreviate) before the first page is drawn.
A label whose text had to be abbreviated is named in a notice; one that cannot be made legible at all is
left blank at its position (so the sheet still matches the letters' order) and named, and only when no
label can be printed is the job refused. Identical addresses (a stack of labels for the same official) are
fitted once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.pdf import MM
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.labels.catalogue import LabelSheet
from ua_desktop.core.labels.fitting import LEADING, FittedText, WidthFunction, fit_text
from ua_desktop.core.labels.geometry import Placement, Rect, label_rects
from ua_desktop.core.labels.messages import LabelMessage
from ua_desktop.core.messages import Message, message

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

FIRST_BASELINE = 0.93  # first baseline below the block's top, in font sizes (room for accented capitals)


@dataclass(frozen=True)
class LabelItem:
    """One label to print: whose it is (for reports: a name, or a Message such as the group's), its lines."""

    name: str | Message
    lines: tuple[str, ...]


class LabelsDoNotFitError(UserError):
    """No address fits its label even at the smallest readable size, so there is nothing to print."""

    def __init__(self, sheet: LabelSheet, names: Sequence[str | Message]):
        self.names = list(names)
        shown = tuple(self.names[:10])  # worded joined by "; "
        if len(names) > 10:
            more = len(names) - 10
            super().__init__(
                LabelMessage.DO_NOT_FIT_MORE, count=len(names), sheet=sheet.id, names=shown, more=more
            )
        else:
            super().__init__(LabelMessage.DO_NOT_FIT, count=len(names), sheet=sheet.id, names=shown)


def font_measure(font_name: str) -> WidthFunction:
    """Text width in points with the registered font (its own method: no lookup by name per call)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    measure: WidthFunction = getFont(font_name).stringWidth
    return measure


def text_box(sheet: LabelSheet) -> tuple[float, float]:
    """Width and height (pt) available for text inside one label."""
    return (sheet.label_width - 2 * sheet.padding) * MM, (sheet.label_height - 2 * sheet.padding) * MM


@dataclass
class FittedLabels:
    """The fitted text of every item, shared between identical addresses."""

    sheet: LabelSheet
    by_lines: dict[tuple[str, ...], FittedText] = field(default_factory=dict)
    per_item: list[FittedText] = field(default_factory=list)  # parallel to the items
    too_long: list[str | Message] = field(default_factory=list)  # left blank, each name once
    shortened: dict[str | Message, tuple[str, ...]] = field(default_factory=dict)  # name -> lines cut

    def __getitem__(self, lines: tuple[str, ...]) -> FittedText:
        return self.by_lines[lines]

    @property
    def printable(self) -> int:
        """How many labels get text."""
        return sum(1 for result in self.per_item if result.fits)

    def notices(self) -> list[Message]:
        """One notice per label abbreviated and per label left blank (by name, each once)."""
        sheet = self.sheet.id
        found = [
            message(LabelMessage.SHORTENED, name=name, sheet=sheet, lines=lines)
            for name, lines in self.shortened.items()
        ]
        found.extend(message(LabelMessage.LEFT_BLANK, name=name, sheet=sheet) for name in self.too_long)
        return found


def fit_labels(sheet: LabelSheet, items: Sequence[LabelItem], measure: WidthFunction) -> FittedLabels:
    """Fit every item into the sheet's labels.

    Names of those abbreviated are in .shortened, of those that cannot be made legible in .too_long;
    LabelsDoNotFitError when that is every item (nothing would be printed).
    """
    width, height = text_box(sheet)
    fitted = FittedLabels(sheet)
    # Widths grow linearly with the size: measure each distinct line once at 1 pt (towns, countries and
    # streets repeat across a roster) and scale.
    unit_widths: dict[str, float] = {}

    def cached(text: str, size: float) -> float:
        unit = unit_widths.get(text)
        if unit is None:
            unit = unit_widths[text] = measure(text, 1.0)
        return unit * size

    too_long: dict[str | Message, None] = {}  # insertion-ordered set: a name may label many items
    for item in items:
        result = fitted.by_lines.get(item.lines)
        if result is None:
            result = fit_text(item.lines, width, height, cached)
            fitted.by_lines[item.lines] = result
        fitted.per_item.append(result)
        if not result.fits:
            too_long[item.name] = None
        elif result.shortened:
            fitted.shortened.setdefault(item.name, result.shortened)
    fitted.too_long = list(too_long)
    if fitted.too_long and not fitted.printable:
        raise LabelsDoNotFitError(sheet, fitted.too_long)
    return fitted


def page_rects_pt(sheet: LabelSheet) -> list[tuple[float, float, float, float]]:
    """Label rectangles in PDF points (x, y of the bottom-left corner, width, height)."""
    page_height = sheet.page_height * MM
    return [(r.x * MM, page_height - r.bottom * MM, r.width * MM, r.height * MM) for r in label_rects(sheet)]


def add_label_text(
    text: PDFTextObject, box: Rect, fitted: FittedText, font: str, page_height_pt: float
) -> None:
    """Append a left-aligned block, vertically centred in box (mm, top-left origin), to the page's text.

    One text object per page, each label only moving the text origin, writes less PDF than one per label.
    """
    top = page_height_pt - (box.y + box.height / 2) * MM + fitted.height / 2
    text.setFont(font, fitted.size, fitted.size * LEADING)
    text.setTextOrigin(box.x * MM, top - fitted.size * FIRST_BASELINE)
    for line in fitted.lines:
        text.textLine(line)


def draw_outline(canvas: Canvas, rect_pt: tuple[float, float, float, float], radius_pt: float) -> None:
    x, y, w, h = rect_pt
    if radius_pt > 0:
        canvas.roundRect(x, y, w, h, radius_pt, stroke=1, fill=0)
    else:
        canvas.rect(x, y, w, h, stroke=1, fill=0)


def draw_labels(
    canvas: Canvas,
    sheet: LabelSheet,
    items: Sequence[LabelItem],
    placements: Sequence[Placement],
    fitted: FittedLabels,
    font: str,
    calibration: Calibration | None = None,
    outline: bool = False,
    control: JobControl | None = None,
) -> int:
    """Draw items at their placements, one PDF page per sheet; returns the number of pages."""
    control = control or JobControl()
    page_height = sheet.page_height * MM
    boxes = [rect.inset(sheet.padding) for rect in label_rects(sheet)]
    rects_pt = page_rects_pt(sheet)
    pages = (placements[-1].page + 1) if placements else 0
    by_page: list[list[Placement]] = [[] for _ in range(pages)]
    for placement in placements:
        by_page[placement.page].append(placement)
    control.start(len(items))
    for page_placements in by_page:
        canvas.saveState()
        if calibration is not None:
            calibration.apply(canvas, page_height)
        if outline:
            canvas.setLineWidth(0.25)
            canvas.setStrokeGray(0.6)
            for rect_pt in rects_pt:
                draw_outline(canvas, rect_pt, sheet.corner_radius * MM)
        text = canvas.beginText()
        for placement in page_placements:
            label = fitted.per_item[placement.item]
            if label.fits:  # one that cannot be made legible stays blank at its place, named in a notice
                add_label_text(text, boxes[placement.position - 1], label, font, page_height)
        canvas.drawText(text)
        canvas.restoreState()
        canvas.showPage()
        control.step(page_placements[-1].item + 1 if page_placements else 0)
    return pages


def draw_test_page(canvas: Canvas, sheet: LabelSheet, font: str, calibration: Calibration | None) -> None:
    """One page with every label's outline and its position number: hold it against a real sheet."""
    page_height = sheet.page_height * MM
    canvas.saveState()
    if calibration is not None:
        calibration.apply(canvas, page_height)
    canvas.setLineWidth(0.4)
    for number, (rect_pt, rect) in enumerate(zip(page_rects_pt(sheet), label_rects(sheet), strict=True), 1):
        draw_outline(canvas, rect_pt, sheet.corner_radius * MM)
        canvas.setFont(font, 9)
        inner = rect.inset(sheet.padding)
        canvas.drawString(inner.x * MM, page_height - inner.y * MM - 9, f"{number}")
        canvas.setFont(font, 6.5)
        canvas.drawString(
            inner.x * MM,
            page_height - inner.bottom * MM + 2,
            f"{sheet.id} {rect.width:g} × {rect.height:g} mm at {rect.x:.1f}, {rect.y:.1f}",
        )
    canvas.restoreState()
    canvas.showPage()
