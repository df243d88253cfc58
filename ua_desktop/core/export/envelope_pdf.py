"""Drawing envelopes: recipient in the address zone, return address top left, optional priority mark.

Geometry comes from core/export/envelopes.py; this layer only turns it into PDF operations, including the
rotation for printers that take envelopes short edge first. Addresses are fitted as labels are
(core/labels/fitting.py: wrap, shrink, abbreviate); an address abbreviated is named in a notice, one that
cannot be made legible leaves its zone blank (named in a notice, to be written by hand), and the job is
refused only when no envelope would carry its recipient.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.envelopes import EnvelopeOptions, Feed, Zone, envelope_origin, page_size
from ua_desktop.core.export.messages import EnvelopeMessage
from ua_desktop.core.export.pdf import MM
from ua_desktop.core.export.progress import JobControl
from ua_desktop.core.labels.fitting import LEADING, FittedText, WidthFunction, fit_text
from ua_desktop.core.messages import Message, message

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

FIRST_BASELINE = 0.93
ADDRESS_SIZES = (12.0, 8.0)  # largest and smallest size (pt) for the recipient
RETURN_SIZES = (8.5, 6.5)


@dataclass(frozen=True)
class EnvelopeItem:
    """One envelope: whose it is (for reports), the recipient and the return address."""

    name: str | Message
    recipient_lines: tuple[str, ...]
    return_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class EnvelopeLayout:
    """Fitted text of one envelope; a block that cannot be made legible is None (its zone stays blank)."""

    recipient: FittedText | None
    sender: FittedText | None
    sender_left_out: bool = False  # a return address was asked for but does not fit its corner


def fit_envelope(options: EnvelopeOptions, item: EnvelopeItem, measure: WidthFunction) -> EnvelopeLayout:
    """Fit both addresses into their zones (wrap, shrink, abbreviate)."""
    zone = options.size.address
    fitted = fit_text(item.recipient_lines, zone.width * MM, zone.height * MM, measure, *ADDRESS_SIZES)
    recipient = fitted if fitted.fits else None
    sender: FittedText | None = None
    if options.return_address and item.return_lines:
        back = options.size.return_address
        sender = fit_text(item.return_lines, back.width * MM, back.height * MM, measure, *RETURN_SIZES)
        if not sender.fits:
            return EnvelopeLayout(recipient, None, sender_left_out=True)
    return EnvelopeLayout(recipient, sender)


def envelope_notices(options: EnvelopeOptions, item: EnvelopeItem, layout: EnvelopeLayout) -> list[Message]:
    """What a person must know about one envelope: an address abbreviated, or left for them to write."""
    found: list[Message] = []
    size = options.size.name
    if layout.recipient is None:
        found.append(message(EnvelopeMessage.ADDRESS_LEFT_BLANK, name=item.name, size=size))
    elif layout.recipient.shortened:
        lines = layout.recipient.shortened
        found.append(message(EnvelopeMessage.ADDRESS_SHORTENED, name=item.name, size=size, lines=lines))
    if layout.sender_left_out:
        found.append(message(EnvelopeMessage.RETURN_LEFT_BLANK, name=item.name))
    elif layout.sender is not None and layout.sender.shortened:
        found.append(message(EnvelopeMessage.RETURN_SHORTENED, name=item.name, lines=layout.sender.shortened))
    return found


def fit_envelopes(
    options: EnvelopeOptions, items: Sequence[EnvelopeItem], measure: WidthFunction
) -> tuple[list[EnvelopeLayout], list[Message]]:
    """Every envelope's layout and the notices about them (each once).

    UserError naming the first envelope when no envelope's recipient fits: nothing would be printed.
    """
    cache: dict[tuple[tuple[str, ...], tuple[str, ...]], EnvelopeLayout] = {}
    layouts: list[EnvelopeLayout] = []
    notices: dict[str, Message] = {}  # by wording: many envelopes may share a name (count copies)
    for item in items:
        key = (item.recipient_lines, item.return_lines)
        layout = cache.get(key)
        if layout is None:
            layout = cache[key] = fit_envelope(options, item, measure)
        layouts.append(layout)
        for notice in envelope_notices(options, item, layout):
            notices.setdefault(notice.english(), notice)
    if items and all(layout.recipient is None for layout in layouts):
        raise UserError(EnvelopeMessage.ADDRESS_DOES_NOT_FIT, name=items[0].name, size=options.size.name)
    return layouts, list(notices.values())


def _block(
    canvas: Canvas, font: str, fitted: FittedText, x_mm: float, top_mm: float, height_mm: float
) -> None:
    """Draw a text block with its top at top_mm (envelope coordinates, y up from the bottom edge)."""
    text = canvas.beginText()
    text.setFont(font, fitted.size, fitted.size * LEADING)
    text.setTextOrigin(x_mm * MM, (height_mm - top_mm) * MM - fitted.size * FIRST_BASELINE)
    for line in fitted.lines:
        text.textLine(line)
    canvas.drawText(text)


def _address_top(zone: Zone, fitted: FittedText) -> float:
    """Centre the recipient block vertically in its zone (mm from the envelope's top)."""
    return zone.y + (zone.height - fitted.height / MM) / 2


def _enter_envelope(canvas: Canvas, options: EnvelopeOptions) -> None:
    """Move the origin to the envelope's bottom-left corner, rotated for short-edge-first feeds."""
    page_w, page_h = page_size(options)
    if options.feed is Feed.LANDSCAPE:
        return
    origin_x, _ = envelope_origin(options)
    # The envelope turned clockwise: its left edge (return address side) leads into the printer.
    canvas.translate(origin_x * MM, page_h * MM)
    canvas.rotate(-90)
    del page_w


def draw_envelope(
    canvas: Canvas,
    options: EnvelopeOptions,
    layout: EnvelopeLayout,
    font: str,
    calibration: Calibration | None = None,
) -> None:
    """One page: the envelope's front."""
    size = options.size
    canvas.saveState()
    if calibration is not None:
        calibration.apply(canvas, page_size(options)[1] * MM)
    _enter_envelope(canvas, options)
    zone = size.address
    if layout.recipient is not None:
        _block(canvas, font, layout.recipient, zone.x, _address_top(zone, layout.recipient), size.height)
    back = size.return_address
    mark_top = back.y
    if layout.sender is not None:
        _block(canvas, font, layout.sender, back.x, back.y, size.height)
        mark_top = back.y + layout.sender.height / MM + 4.0
    if options.mark:
        mark_size = 9.0
        width = canvas.stringWidth(options.mark, font, mark_size) + 4 * MM
        baseline = (size.height - mark_top) * MM - mark_size - 1.5 * MM
        canvas.setLineWidth(0.8)
        canvas.rect(back.x * MM, baseline - 2 * MM, width, mark_size + 3.5 * MM, stroke=1, fill=0)
        canvas.setFont(font, mark_size)
        canvas.drawString(back.x * MM + 2 * MM, baseline, options.mark)
    canvas.restoreState()
    canvas.showPage()


def draw_envelopes(
    canvas: Canvas,
    options: EnvelopeOptions,
    layouts: Sequence[EnvelopeLayout],
    font: str,
    calibration: Calibration | None = None,
    control: JobControl | None = None,
) -> int:
    """One page per envelope, from the layouts fit_envelopes made before anything is drawn."""
    control = control or JobControl()
    control.start(len(layouts))
    for done, layout in enumerate(layouts, 1):
        draw_envelope(canvas, options, layout, font, calibration)
        control.step(done)
    return len(layouts)
