"""Printer calibrations, saved per printer in one JSON file in the config folder.

The user prints the calibration page once per printer, reads two distances and the ruler length, and the
resulting Calibration is applied to every letter, label and envelope sent to that printer. The entry named
"" is used for PDFs saved without choosing a printer.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
from pathlib import Path

from ua_desktop.core.app_messages import CalibrationMessage
from ua_desktop.core.calibration import Calibration
from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import write_text_atomic
from ua_desktop.core.state_files import read_json, wrong_field

log = logging.getLogger(__name__)
CALIBRATION_FILE = "printer_calibration.json"
RULER_START_MM = 20.0  # the calibration page's rulers start this far from the top-left corner
RULER_LENGTH_MM = 100.0
MAX_OFFSET_MM = 20.0
SCALE_RANGE = (0.8, 1.2)


def check_calibration(calibration: Calibration) -> Calibration:
    """Refuse figures that cannot come from a real printer (a typo such as 1.5 instead of 0.15)."""
    for name in ("offset_x_mm", "offset_y_mm"):
        value = getattr(calibration, name)
        if not math.isfinite(value) or abs(value) > MAX_OFFSET_MM:
            raise UserError(CalibrationMessage.IMPLAUSIBLE_OFFSET, offset=f"{value:g}")
    for name in ("scale_x", "scale_y"):
        value = getattr(calibration, name)
        if not math.isfinite(value) or not SCALE_RANGE[0] <= value <= SCALE_RANGE[1]:
            raise UserError(CalibrationMessage.IMPLAUSIBLE_SCALE, scale=f"{value:g}")
    return calibration


def calibration_from_measurements(
    left_mm: float, ruler_x_mm: float, top_mm: float, ruler_y_mm: float
) -> Calibration:
    """Calibration from what the user measured on the printed calibration page.

    Args:
        left_mm: distance from the paper's left edge to the start of the horizontal ruler (printed at 20 mm).
        ruler_x_mm: printed length of the horizontal 100 mm ruler.
        top_mm: distance from the paper's top edge to the start of the vertical ruler (printed at 20 mm).
        ruler_y_mm: printed length of the vertical 100 mm ruler.

    The printer is modelled as printing a point drawn at d as scale * (d + offset), measured from the sheet's
    top-left corner; Calibration.apply undoes exactly that.
    """
    if min(ruler_x_mm, ruler_y_mm) <= 0:
        raise UserError(CalibrationMessage.RULER_NOT_POSITIVE)
    scale_x = ruler_x_mm / RULER_LENGTH_MM
    scale_y = ruler_y_mm / RULER_LENGTH_MM
    return check_calibration(
        Calibration(
            offset_x_mm=round(left_mm / scale_x - RULER_START_MM, 3),
            offset_y_mm=round(top_mm / scale_y - RULER_START_MM, 3),
            scale_x=round(scale_x, 5),
            scale_y=round(scale_y, 5),
        )
    )


_FIELDS = frozenset(field.name for field in dataclasses.fields(Calibration))


def _calibration(values: object) -> Calibration | None:
    """The Calibration a file's entry describes (plausible numbers by field name), else None."""
    if not isinstance(values, dict) or not values.keys() <= _FIELDS:
        return None
    numbers = {}
    for key, value in values.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        try:
            numbers[key] = float(value)
        except OverflowError:  # an int too large for a float
            return None
    try:
        return check_calibration(Calibration(**numbers))
    except UserError:
        return None


class CalibrationStore:
    """Calibration per printer name."""

    def __init__(self, path: Path):
        self.path = path

    @classmethod
    def in_config_dir(cls, config_dir: Path) -> CalibrationStore:
        return cls(config_dir / CALIBRATION_FILE)

    def _read(self) -> dict[str, Calibration]:
        """The calibration per printer; an entry of the wrong shape is logged and that printer uncorrected."""
        try:
            raw = read_json(self.path)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning(
                "printer calibration file %s unreadable (%s); printing uncalibrated", self.path, error
            )
            return {}
        entries = raw.get("printers", {}) if isinstance(raw, dict) else raw
        if not isinstance(entries, dict):
            wrong_field(self.path, "printers", entries, {})
            return {}
        result = {}
        for name, values in entries.items():
            calibration = _calibration(values)
            if calibration is None:
                wrong_field(self.path, f"printers.{name}", values, "no correction")
                continue
            result[str(name)] = calibration
        return result

    def printers(self) -> list[str]:
        return sorted(self._read())

    def get(self, printer: str) -> Calibration:
        """The printer's calibration (none saved: no correction)."""
        return self._read().get(printer, Calibration())

    def set(self, printer: str, calibration: Calibration) -> None:
        entries = self._read()
        entries[printer] = check_calibration(calibration)
        payload = {"version": 1, "printers": {k: dataclasses.asdict(v) for k, v in sorted(entries.items())}}
        write_text_atomic(self.path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")

    def remove(self, printer: str) -> None:
        entries = self._read()
        if entries.pop(printer, None) is not None:
            payload = {"version": 1, "printers": {k: dataclasses.asdict(v) for k, v in entries.items()}}
            write_text_atomic(self.path, json.dumps(payload, indent=2) + "\n")
