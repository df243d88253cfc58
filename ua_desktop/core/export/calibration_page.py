"""The printer calibration page: a 10 mm grid and two 100 mm rulers starting 20 mm from the corner.

The user prints it at 100 % (the PDF asks for that), measures with a ruler where the rulers start and how
long they are, and types the four numbers into the calibration dialog (or calibrate command); see
calibration_from_measurements() for the arithmetic. Printed with a saved calibration, the same page checks
it: both rulers should then start at exactly 20 mm and measure exactly 100 mm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.calibration_store import RULER_LENGTH_MM, RULER_START_MM
from ua_desktop.core.export.pdf import MM

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

INSTRUCTIONS = (
    'Print this page at 100 % (no "fit to page"). Then measure with a ruler, in millimetres:',
    "A  from the paper's left edge to the start (0) of the horizontal ruler; printed exactly it is 20 mm.",
    "B  the length of the horizontal ruler from 0 to 100; printed exactly it is 100 mm.",
    "C  from the paper's top edge to the start (0) of the vertical ruler; printed exactly it is 20 mm.",
    "D  the length of the vertical ruler from 0 to 100; printed exactly it is 100 mm.",
    "Type A, B, C and D into Tools > Printer calibration for this printer, or run",
    "ua-desktop calibrate --printer NAME A B C D. The correction is applied to letters, labels",
    "and envelopes printed on that printer.",
)


def _ruler(canvas: Canvas, font: str, page_height: float, vertical: bool) -> None:
    """A 100 mm ruler with millimetre ticks; its 0 lies at (20 mm, 20 mm) from the top-left corner."""
    start_x, start_y = RULER_START_MM * MM, page_height - RULER_START_MM * MM
    canvas.setLineWidth(0.5)
    length = RULER_LENGTH_MM * MM
    if vertical:
        canvas.line(start_x, start_y, start_x, start_y - length)
    else:
        canvas.line(start_x, start_y, start_x + length, start_y)
    canvas.setFont(font, 6)
    for mm in range(int(RULER_LENGTH_MM) + 1):
        tick = 6.0 if mm % 10 == 0 else 4.0 if mm % 5 == 0 else 2.5
        canvas.setLineWidth(0.35 if mm % 10 == 0 else 0.2)
        offset = mm * MM
        if vertical:
            canvas.line(start_x, start_y - offset, start_x + tick * MM, start_y - offset)
            if mm % 10 == 0:
                canvas.drawString(start_x + 7 * MM, start_y - offset - 2, str(mm))
        else:
            canvas.line(start_x + offset, start_y, start_x + offset, start_y - tick * MM)
            if mm % 10 == 0:
                canvas.drawCentredString(start_x + offset, start_y - 9 * MM, str(mm))


def draw_calibration_page(
    canvas: Canvas,
    page_size_mm: tuple[float, float],
    font: str,
    printer: str = "",
    calibration: Calibration | None = None,
) -> None:
    """One page: grid, rulers and instructions (with calibration: a check page for that printer)."""
    width, height = page_size_mm
    page_height = height * MM
    canvas.saveState()
    if calibration is not None:
        calibration.apply(canvas, page_height)
    canvas.setStrokeGray(0.75)
    canvas.setLineWidth(0.2)
    for x in range(10, int(width) - 5, 10):
        canvas.line(x * MM, 10 * MM, x * MM, page_height - 10 * MM)
    for y in range(10, int(height) - 5, 10):
        canvas.line(10 * MM, page_height - y * MM, (width - 10) * MM, page_height - y * MM)
    canvas.setStrokeGray(0)
    _ruler(canvas, font, page_height, vertical=False)
    _ruler(canvas, font, page_height, vertical=True)
    corner_x, corner_y = RULER_START_MM * MM, page_height - RULER_START_MM * MM
    canvas.setLineWidth(0.3)
    canvas.circle(corner_x, corner_y, 1.5 * MM, stroke=1, fill=0)
    canvas.setFont(font, 8)
    for number, (x, y) in enumerate(((25, 14), (126, 20), (22, 126), (30, 126)), start=1):
        letter = "ABCD"[number - 1]
        canvas.drawString(x * MM, page_height - y * MM, letter)
    canvas.setFillGray(1)
    canvas.rect(38 * MM, page_height - 60 * MM, 150 * MM, 22 * MM, stroke=0, fill=1)
    canvas.rect(
        38 * MM,
        page_height - 150 * MM - len(INSTRUCTIONS) * 12 - 2 * MM,
        160 * MM,
        len(INSTRUCTIONS) * 12 + 6 * MM,
        stroke=0,
        fill=1,
    )
    canvas.setFillGray(0)
    text = canvas.beginText(40 * MM, page_height - 45 * MM)
    text.setFont(font, 13)
    text.textLine("Printer calibration")
    text.setFont(font, 9)
    if printer:
        text.textLine(f"Printer: {printer}")
    if calibration is not None and not calibration.is_identity:
        text.textLine(
            "Check page, printed with the saved correction: A and C should read 20 mm, B and D 100 mm."
        )
    canvas.drawText(text)
    instructions = canvas.beginText(40 * MM, page_height - 150 * MM)
    instructions.setFont(font, 8.5, 12)
    for line in INSTRUCTIONS:
        instructions.textLine(line)
    canvas.drawText(instructions)
    canvas.restoreState()
    canvas.showPage()
