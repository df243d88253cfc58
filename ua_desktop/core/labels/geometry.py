"""Label geometry as pure functions: sheet -> label rectangles, and which position each label of a job uses.

Nothing here draws or imports ReportLab, so the arithmetic that decides where an address lands is tested on
its own. Rectangles are in millimetres from the page's top-left corner, the way rulers and vendor sheets
measure; the drawing layer converts to PDF points (origin bottom-left).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from ua_desktop.core.errors import UserError
from ua_desktop.core.labels.catalogue import LabelSheet
from ua_desktop.core.labels.messages import LabelMessage


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in millimetres, (x, y) its top-left corner measured from the page's."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def inset(self, margin: float) -> Rect:
        return Rect(self.x + margin, self.y + margin, self.width - 2 * margin, self.height - 2 * margin)

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )


def label_rects(sheet: LabelSheet) -> tuple[Rect, ...]:
    """Every label of the sheet in position order (position 1 top-left, then along the row, like Avery)."""
    return tuple(
        Rect(
            sheet.origin_x + column * sheet.pitch_x,
            sheet.origin_y + row * sheet.pitch_y,
            sheet.label_width,
            sheet.label_height,
        )
        for row in range(sheet.rows)
        for column in range(sheet.columns)
    )


@dataclass(frozen=True)
class Placement:
    """Where label number `item` of a job goes: page (0-based) and position on that sheet (1-based)."""

    item: int
    page: int
    position: int


def plan_positions(
    sheet: LabelSheet, count: int, start: int = 1, used: Collection[int] = ()
) -> list[Placement]:
    """Positions for count labels, beginning at start on the first (part-used) sheet and skipping used ones.

    Later sheets are fresh and filled from position 1.

    Raises:
        UserError: start is not a position on this sheet, or every position of the first sheet is used.
    """
    per_sheet = sheet.labels_per_sheet
    if not 1 <= start <= per_sheet:
        raise UserError(LabelMessage.START_OFF_SHEET, start=start, sheet=sheet.id, per_sheet=per_sheet)
    skipped = {p for p in used if 1 <= p <= per_sheet}
    placements: list[Placement] = []
    page, position = 0, start
    while len(placements) < count:
        if position > per_sheet:
            page, position, skipped = page + 1, 1, set()
        if position not in skipped:
            placements.append(Placement(len(placements), page, position))
        position += 1
    if placements and placements[0].page > 0:  # the part-used sheet had no free position left: start fresh
        shift = placements[0].page
        placements = [Placement(p.item, p.page - shift, p.position) for p in placements]
    return placements


def positions_used_after(
    placements: list[Placement], used_before: Collection[int], per_sheet: int
) -> set[int]:
    """Used positions of the sheet left in the printer after a job (none when it ended on a full sheet)."""
    if not placements:
        return set(used_before)
    last_page = placements[-1].page
    used = set(used_before) if last_page == 0 else set()
    used.update(p.position for p in placements if p.page == last_page)
    return set() if len(used) >= per_sheet else used
