"""Fit an address into a box: wrap long lines at spaces, then shrink down to a readable minimum.

Pure text arithmetic with an injected width function (so it is tested without ReportLab). When the text does
not fit even at the minimum size the result says so, and the caller reports the label by name instead of
letting the printer clip it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

WidthFunction = Callable[[str, float], float]  # (text, font size in pt) -> width in pt

LEADING = 1.18  # line height as a multiple of the font size
DEFAULT_MAX_SIZE = 11.0
DEFAULT_MIN_SIZE = 6.5  # below this, addresses are hard to read for postal staff and sorting machines
STEP = 0.25


@dataclass(frozen=True)
class FittedText:
    """Lines to draw at size (pt); fits is False when they overflow the box even at the minimum size."""

    lines: tuple[str, ...]
    size: float
    fits: bool

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LEADING


def wrap_line(line: str, width: float, size: float, measure: WidthFunction) -> list[str]:
    """Break one address line at spaces into pieces no wider than width; an unbreakable word stays whole."""
    if measure(line, size) <= width:
        return [line]
    pieces: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and measure(candidate, size) > width:
            pieces.append(current)
            current = word
        else:
            current = candidate
    if current:
        pieces.append(current)
    # Continuation lines are indented by two spaces so a wrapped line still reads as one address line.
    return [pieces[0], *("  " + piece for piece in pieces[1:])]


def fit_text(
    lines: Sequence[str],
    width: float,
    height: float,
    measure: WidthFunction,
    max_size: float = DEFAULT_MAX_SIZE,
    min_size: float = DEFAULT_MIN_SIZE,
) -> FittedText:
    """The largest size (max_size down to min_size) at which lines, wrapped to width, fit into height."""
    # Text width grows linearly with the font size, so one measurement per line at 1 pt answers "does it
    # fit unwrapped?" for every size; wrapping (and re-measuring the pieces) is only needed when it does not.
    unit_widths = [measure(line, 1.0) for line in lines]
    widest = max(unit_widths, default=0.0)
    size = max_size
    while True:
        if widest * size <= width + 1e-6:
            if len(lines) * size * LEADING <= height + 1e-6:
                return FittedText(tuple(lines), size, True)
            if size - STEP < min_size - 1e-9:
                return FittedText(tuple(lines), size, False)
            size -= STEP
            continue
        wrapped = [piece for line in lines for piece in wrap_line(line, width, size, measure)]
        fits = len(wrapped) * size * LEADING <= height + 1e-6 and all(
            measure(piece, size) <= width + 1e-6 for piece in wrapped
        )
        if fits or size - STEP < min_size - 1e-9:
            return FittedText(tuple(wrapped), size, fits)
        size -= STEP
