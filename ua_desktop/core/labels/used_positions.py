"""Which positions of the part-used label sheet are gone, remembered per sheet between jobs.

The most common complaint about label printing is wasting half-used sheets. After every job the positions
used on the last sheet are saved here (one small JSON file in the data folder), and the next job on the same
sheet starts after them unless the user says otherwise.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import write_text_atomic
from ua_desktop.core.labels.messages import LabelMessage
from ua_desktop.core.messages import Message, message
from ua_desktop.core.state_files import read_json, wrong_field

log = logging.getLogger(__name__)
USED_POSITIONS_FILE = "label_positions.json"


class UsedPositionsStore:
    """Used positions per sheet id; a damaged file is treated as "all sheets fresh" and logged."""

    def __init__(self, path: Path):
        self.path = path

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> UsedPositionsStore:
        return cls(data_dir / USED_POSITIONS_FILE)

    def _read(self) -> dict[str, list[int]]:
        """The positions per sheet; what has the wrong shape is logged and read as a fresh sheet."""
        try:
            raw = read_json(self.path)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            log.warning("label positions file %s unreadable (%s); assuming fresh sheets", self.path, error)
            return {}
        sheets = raw.get("sheets", {}) if isinstance(raw, dict) else raw
        if not isinstance(sheets, dict):
            wrong_field(self.path, "sheets", sheets, {})
            return {}
        result = {}
        for key, value in sheets.items():
            if not isinstance(value, list):
                wrong_field(self.path, f"sheets.{key}", value, [])
                continue
            # A position is a label's number on the sheet, from 1 (JSON's true would pass as the int 1).
            positions = [p for p in value if isinstance(p, int) and not isinstance(p, bool) and p >= 1]
            if len(positions) != len(value):
                wrong_field(self.path, f"sheets.{key}", value, positions)
            result[str(key)] = positions
        return result

    def used(self, sheet_id: str) -> frozenset[int]:
        return frozenset(self._read().get(sheet_id.upper(), ()))

    def first_free(self, sheet_id: str, per_sheet: int) -> int:
        """The first position after the used ones (the default start of the next job)."""
        used = self.used(sheet_id)
        free = [p for p in range(1, per_sheet + 1) if p not in used]
        return free[0] if free else 1

    def set_used(self, sheet_id: str, positions: set[int] | frozenset[int]) -> None:
        data = self._read()
        if positions:
            data[sheet_id.upper()] = sorted(positions)
        else:
            data.pop(sheet_id.upper(), None)
        write_text_atomic(self.path, json.dumps({"version": 1, "sheets": data}, indent=2) + "\n")

    def remember_after_job(self, sheet_id: str, positions: frozenset[int]) -> Message | None:
        """Save the positions a finished job used; a data folder that cannot be written (a write-protected
        stick, a full disk) must not turn the printed labels into a failed job, so it gives a notice."""
        try:
            self.set_used(sheet_id, positions)
        except UserError as error:
            log.warning("label positions not saved: %s", error)
            reason = error.message if error.message is not None else str(error)
            return message(LabelMessage.POSITIONS_NOT_REMEMBERED, sheet=sheet_id.upper(), reason=reason)
        return None

    def clear(self, sheet_id: str) -> None:
        self.set_used(sheet_id, frozenset())
