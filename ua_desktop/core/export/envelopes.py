"""Envelope sizes and where things go on them, as data (pure geometry, no drawing).

Sizes (width x height, flap side up, long edge horizontal): DL 220 x 110, C6 162 x 114, C6/5 229 x 114,
C5 229 x 162 mm (ISO 269 / DIN 678); US #10 9 1/2 x 4 1/8 in (USPS DMM 201, "No. 10").

The address zone follows the posts' reading areas. Deutsche Post and Swiss Post read addresses in the
right-hand part of the area 15 mm from the left, right and bottom edges and 40 mm below the top edge (the top
strip carries the stamp and the return address). USPS's OCR read area is 5/8 in to 2 3/4 in above the bottom
edge, 1/2 in from each side, with the bottom 5/8 in kept clear for the barcode (Publication 28, appendix A;
DMM 202.2). Every zone is editable through a custom size because envelopes vary.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ua_desktop.core.errors import UserError
from ua_desktop.core.export.messages import EnvelopeMessage
from ua_desktop.core.labels.geometry import Rect

INCH = 25.4


# A zone is a rectangle in millimetres from the envelope's top-left corner (landscape, front side): the
# same rectangle type the label geometry uses.
Zone = Rect


@dataclass(frozen=True)
class EnvelopeSize:
    """One envelope: its size and the zones for the recipient, the return address and the mark."""

    id: str
    name: str
    width: float
    height: float
    address: Zone
    return_address: Zone

    def __post_init__(self) -> None:
        if not (20 <= self.width <= 500 and 20 <= self.height <= 500):
            raise UserError(
                EnvelopeMessage.NOT_AN_ENVELOPE,
                name=self.name,
                width=f"{self.width:g}",
                height=f"{self.height:g}",
            )
        for zone in (self.address, self.return_address):
            if zone.x < 0 or zone.y < 0 or zone.right > self.width + 0.01 or zone.bottom > self.height + 0.01:
                raise UserError(EnvelopeMessage.ZONE_OUTSIDE, name=self.name)


def _european(id_: str, name: str, width: float, height: float, zone_width: float) -> EnvelopeSize:
    """Address zone right-aligned 15 mm from the right and bottom edges, below the 40 mm stamp strip."""
    zone_height = min(45.0, height - 40.0 - 15.0)
    return EnvelopeSize(
        id_,
        name,
        width,
        height,
        address=Zone(width - 15.0 - zone_width, height - 15.0 - zone_height, zone_width, zone_height),
        return_address=Zone(10.0, 8.0, min(80.0, width / 2 - 15.0), 30.0),
    )


US10 = EnvelopeSize(
    "us10",
    "US #10",
    9.5 * INCH,
    4.125 * INCH,
    # OCR read area starts 5/8 in above the bottom and ends 2 3/4 in above it; the address begins about
    # 4 in from the left edge, as USPS's sample envelope shows, and keeps 1/2 in from the right edge.
    address=Zone(3.75 * INCH, 4.125 * INCH - 2.5 * INCH, 5.25 * INCH, 1.875 * INCH),
    return_address=Zone(0.375 * INCH, 0.375 * INCH, 3.25 * INCH, 1.2 * INCH),
)

ENVELOPES: dict[str, EnvelopeSize] = {
    e.id: e
    for e in (
        _european("dl", "DL", 220.0, 110.0, 100.0),
        _european("c5", "C5", 229.0, 162.0, 105.0),
        _european("c6", "C6", 162.0, 114.0, 85.0),
        _european("c6-5", "C6/5", 229.0, 114.0, 100.0),
        US10,
    )
}
_ALIASES = {"c65": "c6-5", "c6/5": "c6-5", "#10": "us10", "us#10": "us10", "us-10": "us10", "10": "us10"}


def envelope_size(name: str) -> EnvelopeSize:
    """The preset called name (DL, C5, C6, C6/5, US10); UserError listing the presets otherwise."""
    key = name.strip().lower().replace(" ", "")
    key = _ALIASES.get(key, key)
    if key not in ENVELOPES:
        known = ", ".join(e.name for e in ENVELOPES.values())
        raise UserError(EnvelopeMessage.UNKNOWN_SIZE, name=name, known=known)
    return ENVELOPES[key]


def custom_envelope(width: float, height: float) -> EnvelopeSize:
    """A custom envelope (mm, long side first or not): zones placed like a European envelope."""
    width, height = max(width, height), min(width, height)
    if height < 70 or width < 120:
        raise UserError(EnvelopeMessage.TOO_SMALL, width=f"{width:g}", height=f"{height:g}")
    return _european("custom", f"{width:g} x {height:g} mm", width, height, min(100.0, width * 0.45))


def parse_envelope(spec: str) -> EnvelopeSize:
    """A preset name or "WIDTHxHEIGHT" in millimetres, e.g. "DL" or "235x120"."""
    if "x" in spec.lower() and not spec.lower().startswith("c"):
        parts = spec.lower().replace("mm", "").split("x")
        try:
            width, height = (float(p) for p in parts)
        except ValueError:
            raise UserError(EnvelopeMessage.BAD_CUSTOM_SIZE, spec=spec) from None
        return custom_envelope(width, height)
    return envelope_size(spec)


class Feed(StrEnum):
    """How the printer takes the envelope."""

    LANDSCAPE = "landscape"  # the page is the envelope, long edge horizontal
    PORTRAIT = "portrait"  # the page is the envelope turned 90°, fed short edge first
    CENTRE = "centre"  # on a sheet-sized page, short edge first, centred in the tray
    LEFT = "left"  # on a sheet-sized page, short edge first, against the left guide


@dataclass(frozen=True)
class EnvelopeOptions:
    size: EnvelopeSize
    feed: Feed = Feed.LANDSCAPE
    carrier: tuple[float, float] = (210.0, 297.0)  # the sheet-sized page for CENTRE and LEFT feeds (mm)
    mark: str = ""  # e.g. "PRIORITY / Par avion"; empty: none
    return_address: bool = True


PRIORITY_MARK = "PRIORITY / Par avion"


def page_size(options: EnvelopeOptions) -> tuple[float, float]:
    """The PDF page size in mm for the chosen feed."""
    size = options.size
    if options.feed is Feed.LANDSCAPE:
        return size.width, size.height
    if options.feed is Feed.PORTRAIT:
        return size.height, size.width
    carrier_w, carrier_h = options.carrier
    if size.height > carrier_w or size.width > carrier_h:
        raise UserError(EnvelopeMessage.LARGER_THAN_PAPER, size=size.name)
    return carrier_w, carrier_h


def envelope_origin(options: EnvelopeOptions) -> tuple[float, float]:
    """Where the envelope's top-left (portrait: its rotated box's top-left) sits on the page, in mm."""
    if options.feed is Feed.CENTRE:
        return (options.carrier[0] - options.size.height) / 2, 0.0
    return 0.0, 0.0
