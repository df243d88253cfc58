"""Fit an address into a box: wrap long lines at spaces, shrink down to a readable minimum, then abbreviate.

Pure text arithmetic with an injected width function (so it is tested without ReportLab). The steps, in
order, each taken only when the one before is not enough:

1. wrap a line that is too wide at its spaces (continuations indented), at the largest size that fits;
2. shrink, down to the smallest size postal staff and sorting machines read reliably;
3. at that size, abbreviate with an ellipsis "…": a word wider than the box (a Welsh or Māori place name
   has no space to wrap at) is cut to what fits, and while there are too many lines for the box, the
   longest wrapped line goes back on one line with its longest word cut so that the line fits.

What is abbreviated is named in FittedText.shortened so the caller can tell the person which labels changed.
Only text that does not fit even then (more lines than the box holds at the smallest size) comes back with
fits False, and the caller leaves that one out by name instead of letting the printer clip it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

WidthFunction = Callable[[str, float], float]  # (text, font size in pt) -> width in pt

LEADING = 1.18  # line height as a multiple of the font size
DEFAULT_MAX_SIZE = 11.0
DEFAULT_MIN_SIZE = 6.5  # below this, addresses are hard to read for postal staff and sorting machines
STEP = 0.25
ELLIPSIS = "…"
KEEP_OF_WORD = 4  # a word cut shorter than this many characters is no longer recognisable
KEEP_ON_ONE_LINE = 12  # a town cut to keep its postcode on its line keeps at least this many characters
_TRAILING = " ,.;:-–/"  # not left before an ellipsis
_SLACK = 1e-6


@dataclass(frozen=True)
class FittedText:
    """Lines to draw at size (pt); fits is False when they overflow the box even at the minimum size.

    shortened holds the lines (as drawn) that were abbreviated with an ellipsis to fit.
    """

    lines: tuple[str, ...]
    size: float
    fits: bool
    shortened: tuple[str, ...] = ()

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


def _longest_prefix(fits: Callable[[int], bool], longest: int) -> int:
    """The largest n in 0..longest with fits(n) (fits grows false as n grows; fits(0) is assumed)."""
    low, high = 0, longest
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _cut_longest_word(
    line: str, width: float, size: float, measure: WidthFunction, keep_at_least: int
) -> str | None:
    """line with its longest word cut (and an ellipsis) so the line fits width, keeping at least
    keep_at_least of the word's characters; None when that is not enough."""
    words = line.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) <= keep_at_least:
        return None

    def cut(keep: int) -> str:
        return " ".join([*words[:longest], word[:keep].rstrip(_TRAILING) + ELLIPSIS, *words[longest + 1 :]])

    keep = _longest_prefix(
        lambda n: n <= keep_at_least or measure(cut(n), size) <= width + _SLACK, len(word) - 1
    )
    return cut(keep) if measure(cut(keep), size) <= width + _SLACK else None


def shorten_line(line: str, width: float, size: float, measure: WidthFunction) -> str | None:
    """line made to fit width with an ellipsis, or None when not even a recognisable part of it fits.

    The longest word is cut first, so the rest of the line (a postcode after a town, a house number)
    stays whole; when that is not enough the line itself is cut at its end.
    """
    if measure(line, size) <= width + _SLACK:
        return line
    word_cut = _cut_longest_word(line, width, size, measure, KEEP_OF_WORD)
    if word_cut is not None:
        return word_cut

    def end_cut(keep: int) -> str:
        return line[:keep].rstrip(_TRAILING) + ELLIPSIS

    keep = _longest_prefix(lambda n: n == 0 or measure(end_cut(n), size) <= width + _SLACK, len(line) - 1)
    if len(line[:keep].strip()) < min(KEEP_OF_WORD, len(line.strip())):
        return None
    return end_cut(keep)


def _fit_line_cut(
    line: str, width: float, size: float, measure: WidthFunction
) -> tuple[list[str], list[str], bool]:
    """One line at the smallest size: (pieces, the pieces that were cut, every piece fits).

    A line with a word too long for the box stays one line with that word cut when enough of the word is
    left (a town keeps its postcode beside it); otherwise it is wrapped and the too-long pieces are cut.
    """
    pieces = wrap_line(line, width, size, measure)
    if all(measure(piece, size) <= width + _SLACK for piece in pieces):
        return pieces, [], True
    joined = _cut_longest_word(line, width, size, measure, KEEP_ON_ONE_LINE)
    if joined is not None:
        return [joined], [joined], True
    cut: list[str] = []
    fits = True
    for number, piece in enumerate(pieces):
        short = shorten_line(piece, width, size, measure)
        if short is None:
            fits = False
        elif short != piece:
            pieces[number] = short
            cut.append(short)
    return pieces, cut, fits


def _abbreviate(
    lines: Sequence[str], width: float, height: float, measure: WidthFunction, size: float
) -> FittedText:
    """Step 3 at the smallest size: cut words wider than the box, then unwrap the longest lines, cut."""
    blocks: list[list[str]] = []
    cut: list[list[str]] = []  # per line: its pieces that were abbreviated
    fits = True
    for line in lines:
        pieces, pieces_cut, piece_fits = _fit_line_cut(line, width, size, measure)
        blocks.append(pieces)
        cut.append(pieces_cut)
        fits = fits and piece_fits
    line_height = size * LEADING

    def too_tall() -> bool:
        return sum(map(len, blocks)) * line_height > height + _SLACK

    # Too many lines: put the longest wrapped line back on one line, abbreviated, until the block fits.
    while fits and too_tall():
        wrapped = [i for i, block in enumerate(blocks) if len(block) > 1]
        if not wrapped:
            break
        index = max(wrapped, key=lambda i: measure(lines[i], size))
        short = shorten_line(lines[index], width, size, measure)
        if short is None:
            fits = False
            break
        blocks[index] = [short]
        cut[index] = [short] if short != lines[index] else []
    drawn = tuple(piece for block in blocks for piece in block)
    shortened = tuple(piece for pieces_cut in cut for piece in pieces_cut)
    return FittedText(drawn, size, fits and not too_tall(), shortened)


def fit_text(
    lines: Sequence[str],
    width: float,
    height: float,
    measure: WidthFunction,
    max_size: float = DEFAULT_MAX_SIZE,
    min_size: float = DEFAULT_MIN_SIZE,
) -> FittedText:
    """The largest size (max_size down to min_size) at which lines, wrapped to width, fit into height.

    When nothing fits even at min_size, the lines are abbreviated at min_size (see the module's steps).
    """
    # Text width grows linearly with the font size, so one measurement per line at 1 pt answers "does it
    # fit unwrapped?" for every size; wrapping (and re-measuring the pieces) is only needed when it does not.
    unit_widths = [measure(line, 1.0) for line in lines]
    widest = max(unit_widths, default=0.0)
    size = max_size
    while True:
        if widest * size <= width + _SLACK:
            if len(lines) * size * LEADING <= height + _SLACK:
                return FittedText(tuple(lines), size, True)
        else:
            wrapped = [piece for line in lines for piece in wrap_line(line, width, size, measure)]
            if len(wrapped) * size * LEADING <= height + _SLACK and all(
                measure(piece, size) <= width + _SLACK for piece in wrapped
            ):
                return FittedText(tuple(wrapped), size, True)
        if size - STEP < min_size - 1e-9:
            return _abbreviate(lines, width, height, measure, size)
        size -= STEP
