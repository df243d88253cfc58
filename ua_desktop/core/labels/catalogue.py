"""The label-sheet catalogue: shipped products from resources/labels/sheets.toml plus the user's own sheets.

A sheet is data, never code (gLabels' vocabulary: origin of the first label, pitch = label size + gap).
Every sheet is checked when it is built, so a definition whose labels overlap or leave the page is refused
with the reason instead of printing addresses across two labels. User-defined sheets live in one JSON file
in the data folder because label makers disagree by 1-3 mm for the same product code.
"""

from __future__ import annotations

import json
import math
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import write_text_atomic
from ua_desktop.core.labels.messages import SheetLength, SheetMessage, SheetProblem
from ua_desktop.core.messages import Message, message
from ua_desktop.core.resources import resource_path
from ua_desktop.core.state_files import read_json

MM_PER_INCH = 25.4
PAGE_SIZES_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
_TOLERANCE_MM = 0.05  # rounding in vendor figures (e.g. 1 1/3 in written as 1.333333)
CATALOGUE_RESOURCE = "labels/sheets.toml"
USER_SHEETS_FILE = "label_sheets.json"


class SheetDefinitionError(UserError):
    """A label sheet whose figures cannot be printed; the message names the sheet and the reason."""


@dataclass(frozen=True)
class LabelSheet:
    """One label product, every length in millimetres, positions measured from the page's top-left corner."""

    id: str
    description: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    origin_x: float
    origin_y: float
    pitch_x: float
    pitch_y: float
    corner_radius: float = 0.0
    padding: float = 2.0
    vendor: str = ""
    aliases: tuple[str, ...] = ()
    user_defined: bool = False

    def __post_init__(self) -> None:
        problem = sheet_problem(self)
        if problem:
            raise SheetDefinitionError(SheetMessage.PROBLEM, sheet=_sheet_name(self.id), problem=problem)

    @property
    def labels_per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def paper(self) -> str:
        """ "a4", "letter" or "custom": which paper to put in the printer."""
        for name, (width, height) in PAGE_SIZES_MM.items():
            if abs(width - self.page_width) < 0.5 and abs(height - self.page_height) < 0.5:
                return name
        return "custom"

    @property
    def title(self) -> str:
        return f"{self.vendor} {self.id}".strip()

    @property
    def own_names(self) -> frozenset[str]:
        """What the sheet itself is called, casefolded: its id, and its title with or without the vendor's
        leading words ("3422", "Avery Zweckform 3422", "Zweckform 3422"). Aliases are other products' codes.
        """
        words = self.vendor.split()
        return frozenset(" ".join([*words[start:], self.id]).casefold() for start in range(len(words) + 1))

    def matches(self, name: str) -> bool:
        wanted = " ".join(name.split()).casefold()
        return wanted in self.own_names or wanted in (alias.casefold() for alias in self.aliases)


def _sheet_name(name: str) -> str | Message:
    """A sheet as its messages name it: its id, or "(no name)"."""
    return name or message(SheetMessage.UNNAMED)


def sheet_problem(sheet: LabelSheet) -> Message | None:
    """Why sheet cannot be printed, or None when it can (used by the dialog for live feedback too)."""
    numbers = {
        SheetLength.PAGE_WIDTH: sheet.page_width,
        SheetLength.PAGE_HEIGHT: sheet.page_height,
        SheetLength.LABEL_WIDTH: sheet.label_width,
        SheetLength.LABEL_HEIGHT: sheet.label_height,
        SheetLength.COLUMN_PITCH: sheet.pitch_x,
        SheetLength.ROW_PITCH: sheet.pitch_y,
    }
    for name, value in numbers.items():
        if not math.isfinite(value) or value <= 0:
            return message(SheetProblem.NOT_POSITIVE, name=message(name), value=f"{value:g}")
    if not sheet.id.strip():
        return message(SheetProblem.NO_NAME)
    if sheet.columns < 1 or sheet.rows < 1:
        return message(SheetProblem.NO_GRID)
    if sheet.columns * sheet.rows > 500:
        return message(SheetProblem.TOO_MANY)
    if sheet.origin_x < 0 or sheet.origin_y < 0:
        return message(SheetProblem.NEGATIVE_MARGIN)
    if sheet.columns > 1 and sheet.pitch_x < sheet.label_width - _TOLERANCE_MM:
        return message(
            SheetProblem.COLUMNS_OVERLAP, pitch=f"{sheet.pitch_x:g}", width=f"{sheet.label_width:g}"
        )
    if sheet.rows > 1 and sheet.pitch_y < sheet.label_height - _TOLERANCE_MM:
        return message(
            SheetProblem.ROWS_OVERLAP, pitch=f"{sheet.pitch_y:g}", height=f"{sheet.label_height:g}"
        )
    right = sheet.origin_x + (sheet.columns - 1) * sheet.pitch_x + sheet.label_width
    if right > sheet.page_width + _TOLERANCE_MM:
        return message(SheetProblem.PAST_RIGHT, end=f"{right:.2f}", width=f"{sheet.page_width:g}")
    bottom = sheet.origin_y + (sheet.rows - 1) * sheet.pitch_y + sheet.label_height
    if bottom > sheet.page_height + _TOLERANCE_MM:
        return message(SheetProblem.PAST_BOTTOM, end=f"{bottom:.2f}", height=f"{sheet.page_height:g}")
    if not 0 <= sheet.corner_radius <= min(sheet.label_width, sheet.label_height) / 2:
        return message(SheetProblem.CORNER_RADIUS)
    if not 0 <= sheet.padding < min(sheet.label_width, sheet.label_height) / 2:
        return message(SheetProblem.PADDING)
    return None


# The lengths that place the labels on a sheet (the editor's fields), then the page's own size.
LABEL_LENGTH_KEYS = (
    "label_width",
    "label_height",
    "origin_x",
    "origin_y",
    "pitch_x",
    "pitch_y",
    "corner_radius",
    "padding",
)
_LENGTH_KEYS = (*LABEL_LENGTH_KEYS, "page_width", "page_height")


def sheet_from_mapping(raw: Mapping[str, Any], user_defined: bool = False) -> LabelSheet:
    """Build a sheet from a catalogue entry (lengths in its "unit"); raise SheetDefinitionError if bad."""
    name = _sheet_name(str(raw.get("id", "")).strip())
    unit = raw.get("unit", "mm")
    if unit not in ("mm", "in"):
        raise SheetDefinitionError(SheetMessage.BAD_UNIT, sheet=name, unit=unit)
    factor = MM_PER_INCH if unit == "in" else 1.0
    values: dict[str, Any] = {}
    try:
        page = raw.get("page")
        if page is not None:
            if str(page).lower() not in PAGE_SIZES_MM:
                raise SheetDefinitionError(SheetMessage.UNKNOWN_PAGE, sheet=name, page=page)
            values["page_width"], values["page_height"] = PAGE_SIZES_MM[str(page).lower()]
        for key in _LENGTH_KEYS:
            if key in raw and not (key.startswith("page_") and page is not None):
                values[key] = float(raw[key]) * factor
        values["columns"] = int(raw["columns"])
        values["rows"] = int(raw["rows"])
        values["id"] = str(raw["id"]).strip()
        values["description"] = str(raw.get("description", ""))
        values["vendor"] = str(raw.get("vendor", ""))
        values["aliases"] = tuple(str(alias) for alias in raw.get("aliases", ()))
    except KeyError as missing:
        raise SheetDefinitionError(SheetMessage.KEY_MISSING, sheet=name, key=missing.args[0]) from None
    except (TypeError, ValueError) as error:
        raise SheetDefinitionError(SheetMessage.NOT_A_NUMBER, sheet=name, detail=str(error)) from None
    required = {*_LENGTH_KEYS[:6], "page_width", "page_height"}
    absent = sorted(required - values.keys())
    if absent:
        raise SheetDefinitionError(SheetMessage.KEYS_MISSING, sheet=name, keys=", ".join(absent))
    return LabelSheet(**values, user_defined=user_defined)


def sheet_to_mapping(sheet: LabelSheet) -> dict[str, Any]:
    """The sheet as a JSON-ready entry in millimetres (how user-defined sheets are saved)."""
    data = asdict(sheet)
    data.pop("user_defined")
    data["aliases"] = list(sheet.aliases)
    data["unit"] = "mm"
    return data


def load_bundled_sheets(path: Path | None = None) -> tuple[LabelSheet, ...]:
    """The shipped catalogue; a broken entry is a bug in the program and raises."""
    path = path or resource_path(CATALOGUE_RESOURCE)
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(sheet_from_mapping(entry) for entry in data.get("sheet", ()))


@dataclass
class LabelCatalogue:
    """Shipped sheets plus the user's own (saved to user_file); ids are unique, case-insensitively."""

    bundled: tuple[LabelSheet, ...]
    user_file: Path | None = None
    user: list[LabelSheet] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)  # user sheets that could not be loaded

    @classmethod
    def load(cls, data_dir: Path | None = None) -> LabelCatalogue:
        catalogue = cls(load_bundled_sheets(), data_dir / USER_SHEETS_FILE if data_dir else None)
        catalogue._load_user()
        return catalogue

    def _load_user(self) -> None:
        if self.user_file is None or not self.user_file.exists():
            return
        try:
            raw = read_json(self.user_file)
            entries = raw.get("sheets", []) if isinstance(raw, dict) else raw
            if not isinstance(entries, list):
                raise ValueError("its sheets are not a list")
        except (OSError, ValueError) as error:
            self.problems.append(message(SheetMessage.UNREADABLE, path=self.user_file, detail=str(error)))
            return
        for number, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict):
                detail = f"sheet {number} is not a table"
                self.problems.append(message(SheetMessage.UNREADABLE, path=self.user_file, detail=detail))
                continue
            try:
                self.user.append(sheet_from_mapping(entry, user_defined=True))
            except SheetDefinitionError as error:
                assert error.message is not None  # the core raises it with a typed message
                self.problems.append(error.message)

    @property
    def sheets(self) -> tuple[LabelSheet, ...]:
        return (*self.bundled, *self.user)

    def find(self, name: str) -> LabelSheet | None:
        return next((sheet for sheet in self.sheets if sheet.matches(name)), None)

    def get(self, name: str) -> LabelSheet:
        """The sheet called name (id or alias); UserError listing the known ids otherwise."""
        sheet = self.find(name)
        if sheet is None:
            known = ", ".join(s.id for s in self.sheets)
            raise UserError(SheetMessage.UNKNOWN_SHEET, name=name, known=known)
        return sheet

    def save_user_sheet(self, sheet: LabelSheet) -> None:
        """Add or replace a user-defined sheet; a shipped product's id cannot be reused."""
        if any(b.matches(sheet.id) for b in self.bundled):
            raise SheetDefinitionError(SheetMessage.SHIPPED_NAME, sheet=sheet.id)
        self.user = [s for s in self.user if not s.matches(sheet.id)]
        self.user.append(sheet if sheet.user_defined else _as_user(sheet))
        self._save()

    def remove_user_sheet(self, name: str) -> None:
        self.user = [s for s in self.user if not s.matches(name)]
        self._save()

    def _save(self) -> None:
        if self.user_file is None:
            raise UserError(SheetMessage.NO_DATA_FOLDER)
        payload = {"version": 1, "sheets": [sheet_to_mapping(s) for s in self.user]}
        write_text_atomic(self.user_file, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")


def _as_user(sheet: LabelSheet) -> LabelSheet:
    values = {f.name: getattr(sheet, f.name) for f in fields(LabelSheet)}
    values["user_defined"] = True
    return LabelSheet(**values)


def describe_sheets(sheets: Iterable[LabelSheet]) -> list[str]:
    """One line per sheet for `ua-desktop labels list`."""
    lines = []
    for sheet in sheets:
        also = f" (also {', '.join(sheet.aliases)})" if sheet.aliases else ""
        own = " [own]" if sheet.user_defined else ""
        lines.append(
            f"{sheet.id}\t{sheet.paper}\t{sheet.label_width:g} x {sheet.label_height:g} mm\t"
            f"{sheet.columns} x {sheet.rows} = {sheet.labels_per_sheet}\t{sheet.title}{also}{own}"
        )
    return lines
