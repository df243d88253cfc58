"""Page setup: defaults from the locale, saved per case, drafts of the group's letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import UserError
from ua_desktop.core.letter.drafts import draft_path, letter_source, load_draft, save_draft
from ua_desktop.core.letter.fonts import LetterFont
from ua_desktop.core.letter.page_setup import (
    AddressPreset,
    PageSetup,
    Paper,
    decide_page_setup,
    default_paper,
    load_page_setup,
    locale_country,
    page_setup_file,
    save_page_setup,
)
from ua_desktop.core.paths import resolve_paths


@pytest.mark.parametrize(
    ("locale_name", "paper"),
    [
        ("en_US.UTF-8", Paper.LETTER),
        ("fr_CA", Paper.LETTER),
        ("en-CA", Paper.LETTER),
        ("es_MX.UTF-8@euro", Paper.LETTER),
        ("de_CH", Paper.A4),
        ("en_GB", Paper.A4),
        ("C", Paper.A4),
        ("C.UTF-8", Paper.A4),
        ("POSIX", Paper.A4),
        ("en", Paper.A4),
        ("", Paper.A4),
    ],
)
def test_default_paper_from_locale(locale_name: str, paper: Paper) -> None:
    assert default_paper(locale_name) is paper


def test_the_groups_country_decides_before_the_locale() -> None:
    assert default_paper("en_US.UTF-8", group_country="CH") is Paper.A4
    assert default_paper("C", group_country="US") is Paper.LETTER
    assert default_paper("de_DE", group_country="ph") is Paper.LETTER
    assert locale_country("de_CH.UTF-8") == "CH" and locale_country("C.UTF-8") == ""


def decide(saved: PageSetup | None = None, **values: str) -> PageSetup:
    values.setdefault("locale_name", "C")
    return decide_page_setup(saved, **values)  # type: ignore[arg-type]


def test_decided_setup_per_paper_and_country() -> None:
    assert decide(locale_name="en_US").preset is AddressPreset.US_10
    assert decide(locale_name="en_US").margin_left_mm == pytest.approx(25.4)
    assert decide(locale_name="de_CH").preset is AddressPreset.CH_RIGHT
    assert decide(locale_name="de_DE").preset is AddressPreset.DIN_B
    assert decide(locale_name="en_GB", group_country="CH").preset is AddressPreset.CH_RIGHT
    c_locale = decide(locale_name="C")
    assert (c_locale.paper, c_locale.preset) == (Paper.A4, AddressPreset.DIN_B)


def test_choice_then_preferences_then_country_then_locale() -> None:
    assert decide(locale_name="en_US", settings_paper="a4").paper is Paper.A4
    assert decide(locale_name="de_DE", settings_paper="letter").preset is AddressPreset.US_10
    assert decide(settings_paper="letter", paper="a4").paper is Paper.A4
    assert decide(settings_paper="", group_country="US").paper is Paper.LETTER
    assert decide(settings_paper="nonsense").paper is Paper.A4
    # A window chosen alone implies its paper; a preference for the window applies to new cases.
    assert decide(preset="us-10").paper is Paper.LETTER
    assert decide(settings_preset="din-a").preset is AddressPreset.DIN_A
    assert decide(paper="letter", preset="din-a").preset is AddressPreset.DIN_A


def test_a_saved_case_setup_keeps_its_window_and_font_only_on_its_own_paper() -> None:
    saved = PageSetup(preset=AddressPreset.DIN_A, font=LetterFont.SANS, font_size_pt=12, margin_left_mm=30)
    assert decide(saved) == saved
    assert decide(saved, settings_preset="ch-right") == saved  # the case's own choice wins
    on_letter = decide(saved, settings_paper="letter")
    assert on_letter.paper is Paper.LETTER and on_letter.preset is AddressPreset.US_10
    assert on_letter.margin_left_mm == pytest.approx(25.4)
    assert (on_letter.font, on_letter.font_size_pt) == (LetterFont.SANS, 12)
    assert decide(saved, preset="din-b").preset is AddressPreset.DIN_B


def test_setup_saved_per_case_and_broken_files_fall_back(tmp_path: Path) -> None:
    setup = PageSetup(preset=AddressPreset.DIN_A, font=LetterFont.SANS, font_size_pt=12, hole_mark=True)
    save_page_setup(tmp_path, "ua-034-25", setup)
    assert page_setup_file(tmp_path, "ua-034-25").stat().st_mode & 0o777 == 0o600
    fallback = PageSetup(paper=Paper.LETTER, preset=AddressPreset.US_10)
    assert load_page_setup(tmp_path, "ua-034-25", fallback) == setup
    assert load_page_setup(tmp_path, "other", fallback) == fallback
    page_setup_file(tmp_path, "broken").write_text("{not json", encoding="utf-8")
    assert load_page_setup(tmp_path, "broken", fallback) == fallback
    page_setup_file(tmp_path, "odd").write_text('{"preset": "nowhere", "paper": "a4"}', encoding="utf-8")
    assert load_page_setup(tmp_path, "odd", fallback) == PageSetup()


def test_out_of_range_values_are_clamped() -> None:
    setup = PageSetup(margin_left_mm=-5, font_size_pt=200)
    assert setup.margin_left_mm == 5.0 and setup.font_size_pt == 16.0


def test_drafts_never_touch_the_model_letter(tmp_path: Path) -> None:
    case = CaseLibrary(resolve_paths().ensure().cases_dir).get("ua-034-25")
    model = case.letter_template("en")
    assert load_draft(tmp_path, case, "en") is None and letter_source(tmp_path, case, "en") == model
    saved = save_draft(tmp_path, case, "en", "Our own words.")
    assert saved == tmp_path / "ua-034-25.en.j2" and saved.read_text(encoding="utf-8") == "Our own words."
    assert letter_source(tmp_path, case, "en") == "Our own words."
    assert save_draft(tmp_path, case, "en", model) is None  # back to the model: the draft goes away
    assert not (tmp_path / "ua-034-25.en.j2").exists()
    assert case.letter_template("en") == model
    with pytest.raises(UserError):
        draft_path(tmp_path, "../evil", "en")
