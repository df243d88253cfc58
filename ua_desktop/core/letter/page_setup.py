"""Paper, margins, font and the address position for window envelopes, saved per case.

Address field positions (x, y from the sheet's top-left corner, width x height, millimetres):

* DIN 5008 form A: field 20, 27, 85 x 45; fold marks at 87 and 192 mm; hole mark at 148.5 mm.
* DIN 5008 form B: field 20, 45, 85 x 45; fold marks at 105 and 210 mm; hole mark at 148.5 mm.
  In both forms the field is split into a 17.7 mm zone for endorsements and the return line above a 27.3 mm
  zone for the address, and the text starts 5 mm inside the field, at the 25 mm left margin (DIN 5008:2020,
  section "Anschriftfeld"; DIN 676 for the letter sheet).
* Swiss right window (SN 010130 "Geschäftsbrief", 2016): window 100 x 45 mm, 12 mm from the right edge and
  21 mm above the bottom of a C6/5 envelope (114 x 229 mm). An A4 sheet folded in thirds (99 and 198 mm) and
  centred in that envelope shows the window between about 108 and 208 mm from its left edge and 40 and 85 mm
  from its top. The printed field, 118, 45, 85 x 40, sits inside that window with a margin on every side;
  Swiss Post still recommends the right-hand address.
* US #10 window envelope (4 1/8 x 9 1/2 in) with the common window of 1 1/8 x 4 1/2 in, 7/8 in from the left
  and 1/2 in above the bottom, for US Letter (8 1/2 x 11 in) folded in thirds (3 2/3 in panels). With the
  sheet resting on the envelope's bottom fold, the window shows 3/8 to 4 7/8 in from the sheet's left and
  2 1/32 to 3 5/32 in from its top; the printed field is 3/4 in, 2 1/8 in, 4 x 1 in, its text starting
  at the 1 inch margin.

A4 is 210 x 297 mm (ISO 216); US Letter is 8 1/2 x 11 in (215.9 x 279.4 mm, ANSI/ASME Y14.1).
Every figure is also editable in the page setup, because envelopes from different makers differ by a few
millimetres; printer offset and scale are corrected by core/calibration.py.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ua_desktop.core.fileio import write_text_atomic
from ua_desktop.core.state_files import read_json

log = logging.getLogger(__name__)
INCH = 25.4  # millimetres


class LetterFont(StrEnum):
    """The letter's typeface (core/letter/fonts.py finds and registers the files)."""

    SERIF = "serif"
    SANS = "sans"


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


PAPER_SIZES_MM: dict[Paper, tuple[float, float]] = {
    Paper.A4: (210.0, 297.0),
    Paper.LETTER: (8.5 * INCH, 11 * INCH),
}


class AddressPreset(StrEnum):
    DIN_B = "din-b"
    DIN_A = "din-a"
    CH_RIGHT = "ch-right"
    US_10 = "us-10"


@dataclass(frozen=True)
class PresetGeometry:
    """Where a window envelope wants the address, and where the sheet is folded and punched."""

    label: str
    field: tuple[float, float, float, float]  # x, y, width, height in mm from the top-left corner
    text_inset: float  # mm from the field's left edge to the first character
    endorsement_zone: float  # mm at the top of the field for the return line (0: none)
    fold_marks: tuple[float, ...]  # mm from the top edge
    address_right: bool  # the address is on the right, the sender block on the left


PRESETS: dict[AddressPreset, PresetGeometry] = {
    AddressPreset.DIN_B: PresetGeometry(
        "DIN 5008 form B", (20.0, 45.0, 85.0, 45.0), 5.0, 17.7, (105.0, 210.0), False
    ),
    AddressPreset.DIN_A: PresetGeometry(
        "DIN 5008 form A", (20.0, 27.0, 85.0, 45.0), 5.0, 17.7, (87.0, 192.0), False
    ),
    AddressPreset.CH_RIGHT: PresetGeometry(
        "Swiss right window (SN 010130)", (118.0, 45.0, 85.0, 40.0), 0.0, 10.0, (99.0, 198.0), True
    ),
    AddressPreset.US_10: PresetGeometry(
        "US #10 window envelope",
        (0.75 * INCH, 2.125 * INCH, 4.0 * INCH, 1.0 * INCH),
        0.25 * INCH,  # the address lines up with the 1 inch text margin
        0.0,
        (11 * INCH / 3, 22 * INCH / 3),
        False,
    ),
}

FONT_SIZES = (9.0, 10.0, 10.5, 11.0, 12.0, 13.0, 14.0)


@dataclass(frozen=True)
class PageSetup:
    """How one case's letters are put on paper."""

    paper: Paper = Paper.A4
    preset: AddressPreset = AddressPreset.DIN_B
    margin_left_mm: float = 25.0
    margin_right_mm: float = 20.0
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    font: LetterFont = LetterFont.SERIF
    font_size_pt: float = 11.0
    fold_marks: bool = True
    hole_mark: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", Paper(self.paper))
        object.__setattr__(self, "preset", AddressPreset(self.preset))
        object.__setattr__(self, "font", LetterFont(self.font))
        for name in ("margin_left_mm", "margin_right_mm", "margin_top_mm", "margin_bottom_mm"):
            value = float(getattr(self, name))
            if math.isnan(value):  # NaN passes min() and max() unchanged
                raise ValueError(f"{name} is not a number")
            object.__setattr__(self, name, min(max(value, 5.0), 60.0))
        if math.isnan(float(self.font_size_pt)):
            raise ValueError("font_size_pt is not a number")
        object.__setattr__(self, "font_size_pt", min(max(float(self.font_size_pt), 8.0), 16.0))

    @property
    def page_size_mm(self) -> tuple[float, float]:
        return PAPER_SIZES_MM[self.paper]

    @property
    def geometry(self) -> PresetGeometry:
        return PRESETS[self.preset]

    @property
    def hole_mark_mm(self) -> float:
        """The punch mark halfway down the sheet (148.5 mm on A4)."""
        return self.page_size_mm[1] / 2

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=2) + "\n"

    @classmethod
    def from_dict(cls, raw: object) -> PageSetup:
        """Build a setup from saved JSON; unknown keys and bad values fall back to the defaults."""
        if not isinstance(raw, dict):
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        try:
            return cls(**values)
        except (TypeError, ValueError, OverflowError):  # OverflowError: an int too large for a float
            log.warning("page setup: ignoring invalid saved values %r", values)
            return cls()


# The territories that use US Letter (CLDR supplemental data, paperSize); the rest of the world uses A4.
LETTER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR", "SV", "NI", "PA", "BZ"}
)


def locale_country(locale_name: str) -> str:
    """The country of a locale name ("de_CH.UTF-8" -> "CH", "en-US" -> "US").

    "" for C, POSIX, an empty name or a bare language ("en"): the country is unknown.
    """
    base = locale_name.replace("-", "_").split(".")[0].split("@")[0]
    parts = base.split("_")
    if len(parts) < 2:
        return ""
    territory = parts[-1].upper()
    return territory if len(territory) == 2 and territory.isalpha() else ""


def paper_for_country(country: str) -> Paper | None:
    """The paper a country uses, or None when the country is unknown."""
    if not country:
        return None
    return Paper.LETTER if country.upper() in LETTER_COUNTRIES else Paper.A4


def default_paper(locale_name: str, group_country: str = "") -> Paper:
    """The group's country decides; without one the system locale's country; unknown (C, POSIX): A4."""
    return paper_for_country(group_country) or paper_for_country(locale_country(locale_name)) or Paper.A4


def default_preset(paper: Paper, country: str) -> AddressPreset:
    """Letter paper: the US #10 window; in Switzerland the right-hand window Swiss Post recommends;
    elsewhere DIN 5008 form B, the commonest window envelope in Europe."""
    if paper is Paper.LETTER:
        return AddressPreset.US_10
    return AddressPreset.CH_RIGHT if country.upper() == "CH" else AddressPreset.DIN_B


def paper_for_preset(preset: AddressPreset) -> Paper:
    """The paper a window envelope is made for (US #10 takes Letter folded in thirds, the others A4)."""
    return Paper.LETTER if preset is AddressPreset.US_10 else Paper.A4


def setup_for_paper(paper: Paper, preset: AddressPreset) -> PageSetup:
    """The paper's own margins (1 inch on Letter, DIN 5008's 25/20 mm on A4) with the given window."""
    if paper is Paper.LETTER:
        return PageSetup(
            paper=paper,
            preset=preset,
            margin_left_mm=INCH,
            margin_right_mm=INCH,
            margin_top_mm=0.75 * INCH,
            margin_bottom_mm=0.75 * INCH,
        )
    return PageSetup(paper=paper, preset=preset)


def _known[E: StrEnum](value: str | None, kind: type[E]) -> E | None:
    """The member of kind spelled value; None for an empty or unknown value (an old setting, a typo)."""
    return kind(value) if value and value in kind._value2member_map_ else None


def decide_paper(
    *,
    locale_name: str,
    group_country: str = "",
    settings_paper: str = "",
    paper: str | None = None,
    preset: str | None = None,
) -> Paper:
    """The paper in the group's printer, decided once for letters, envelope carriers and label sheets.

    Paper is the group's, not the case's: the user's choice for this export (``paper``; a window preset
    chosen alone implies its paper, US #10: Letter), else the Preferences (``settings_paper``), else the
    group's country, else the system locale's country, else A4 (C and POSIX locales included).
    """
    if (chosen := _known(paper, Paper)) is not None:
        return chosen
    if (chosen_preset := _known(preset, AddressPreset)) is not None:
        return paper_for_preset(chosen_preset)
    if (preferred := _known(settings_paper, Paper)) is not None:
        return preferred
    return default_paper(locale_name, group_country)


def decide_page_setup(
    saved: PageSetup | None,
    *,
    locale_name: str,
    group_country: str = "",
    settings_paper: str = "",
    settings_preset: str = "",
    paper: str | None = None,
    preset: str | None = None,
) -> PageSetup:
    """The one page-setup decision behind the preview, every export, printing and the evening queue.

    The paper comes from decide_paper(). The case's saved setup (``saved``) keeps its margins, window and
    font while its paper is the decided one; on another paper the margins and window are that paper's
    defaults and only the font and the marks are kept. The window: the user's choice (``preset``), else the
    case's saved one, else the Preferences (``settings_preset``), else by paper and country.
    """
    decided = decide_paper(
        locale_name=locale_name,
        group_country=group_country,
        settings_paper=settings_paper,
        paper=paper,
        preset=preset,
    )
    if saved is not None and saved.paper is decided:
        setup = saved
    else:
        country = group_country or locale_country(locale_name)
        window = _known(settings_preset, AddressPreset) or default_preset(decided, country)
        setup = setup_for_paper(decided, window)
        if saved is not None:
            setup = dataclasses.replace(
                setup,
                font=saved.font,
                font_size_pt=saved.font_size_pt,
                fold_marks=saved.fold_marks,
                hole_mark=saved.hole_mark,
            )
    if (chosen_preset := _known(preset, AddressPreset)) is not None:
        setup = dataclasses.replace(setup, preset=chosen_preset)
    return setup


def system_locale_name() -> str:
    """The locale the page defaults come from: LC_ALL, LC_PAPER, LANG (POSIX order), then the system's.

    The same for the window and the command line: the interface language never decides the paper.
    """
    import os
    import sys

    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        if os.environ.get(name):
            return os.environ[name]
    if sys.platform == "win32":  # Windows has no LANG; its user locale is e.g. "de-CH"
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):
            return buffer.value
    import locale

    return locale.getlocale()[0] or ""


def page_setup_file(drafts_dir: Path, case_id: str) -> Path:
    return drafts_dir / f"{case_id}.page.json"


def saved_page_setup(drafts_dir: Path, case_id: str) -> PageSetup | None:
    """The setup saved for case_id, or None when none is saved (a broken file is logged and ignored)."""
    path = page_setup_file(drafts_dir, case_id)
    try:
        raw = read_json(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        log.warning("page setup %s unreadable (%s); using the default", path, error)
        return None
    return PageSetup.from_dict(raw)


def load_page_setup(drafts_dir: Path, case_id: str, fallback: PageSetup) -> PageSetup:
    """The setup saved for case_id, or fallback when none is saved."""
    saved = saved_page_setup(drafts_dir, case_id)
    return fallback if saved is None else saved


def save_page_setup(drafts_dir: Path, case_id: str, setup: PageSetup) -> None:
    write_text_atomic(page_setup_file(drafts_dir, case_id), setup.to_json())
