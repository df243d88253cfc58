"""Printer calibration: the offset and scale a particular printer applies, measured by the user.

Printers shift and scale pages by a millimetre or two; labels and window envelopes do not forgive that.
The user prints a calibration page, reads the offsets and scale off its ruler and grid, and the same
correction is applied to every page ua-desktop draws (letters, labels, envelopes), as a transform applied
before drawing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

MM = 72.0 / 25.4  # PDF points per millimetre


class _TransformCanvas(Protocol):
    def translate(self, dx: float, dy: float) -> None: ...
    def scale(self, x: float, y: float) -> None: ...


@dataclass(frozen=True)
class Calibration:
    """Offsets in millimetres (positive: right / down on the paper) and scale factors (1.0 = none)."""

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0

    @property
    def is_identity(self) -> bool:
        return self == Calibration()

    def apply(self, canvas: _TransformCanvas, page_height_pt: float) -> None:
        """Apply the correction to a ReportLab canvas at the start of a page (origin bottom-left).

        The printer's error is undone: content is shifted by minus the measured offset and scaled by the
        inverse of the measured scale, anchored at the top-left corner of the sheet where feeding starts.
        """
        if self.is_identity:
            return
        canvas.translate(-self.offset_x_mm * MM, page_height_pt + self.offset_y_mm * MM)
        canvas.scale(1.0 / self.scale_x, 1.0 / self.scale_y)
        canvas.translate(0, -page_height_pt)
