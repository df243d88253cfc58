"""The label-sheet catalogue: the shipped products, and sheets that are refused with the reason."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.labels.catalogue import (
    LabelCatalogue,
    LabelSheet,
    SheetDefinitionError,
    describe_sheets,
    load_bundled_sheets,
    sheet_from_mapping,
)

A4_SHEETS = ("L7160", "L7161", "L7162", "L7163", "L7159", "3422", "3474", "3475", "3490")
LETTER_SHEETS = ("5160", "5161", "5162", "5163")


def _sheet(**changes: object) -> LabelSheet:
    base = load_bundled_sheets()[0]
    values = {f.name: getattr(base, f.name) for f in dataclasses.fields(LabelSheet)}
    values.update(changes)
    return LabelSheet(**values)  # type: ignore[arg-type]


def test_every_required_product_is_shipped_on_its_paper() -> None:
    catalogue = LabelCatalogue.load(None)
    for sheet_id in A4_SHEETS:
        assert catalogue.get(sheet_id).paper == "a4"
    for sheet_id in LETTER_SHEETS:
        assert catalogue.get(sheet_id).paper == "letter"


def test_l7160_figures_and_aliases() -> None:
    catalogue = LabelCatalogue.load(None)
    sheet = catalogue.get("j8160")
    assert sheet.id == "L7160"
    assert (sheet.columns, sheet.rows, sheet.labels_per_sheet) == (3, 7, 21)
    assert (sheet.label_width, sheet.label_height) == (63.5, 38.1)
    assert sheet.origin_y == pytest.approx(15.15)


def test_inch_sheets_are_converted_to_millimetres() -> None:
    sheet = LabelCatalogue.load(None).get("5160")
    assert sheet.label_width == pytest.approx(66.675)
    assert sheet.page_width == pytest.approx(215.9)
    assert sheet.pitch_x == pytest.approx(69.85)


def test_unknown_sheet_lists_the_known_ones() -> None:
    with pytest.raises(UserError, match="L7160"):
        LabelCatalogue.load(None).get("L9999")


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"pitch_x": 60.0}, "overlap"),
        ({"pitch_y": 30.0}, "overlap"),
        ({"origin_x": 20.0}, "leave the page"),
        ({"rows": 8}, "leave the page"),
        ({"origin_y": -1.0}, "outside the page"),
        ({"label_width": 0.0}, "positive"),
        ({"columns": 0}, "at least one column"),
        ({"padding": 30.0}, "no room"),
    ],
)
def test_sheets_that_cannot_be_printed_are_refused_with_the_reason(changes: dict, reason: str) -> None:
    with pytest.raises(SheetDefinitionError, match=reason):
        _sheet(**changes)


def test_entry_with_a_missing_figure_or_text_value_is_refused() -> None:
    entry = {"id": "X", "page": "a4", "label_width": 50, "label_height": 20, "columns": 2, "rows": 2}
    with pytest.raises(SheetDefinitionError, match="missing"):
        sheet_from_mapping(entry)
    entry.update(origin_x=5, origin_y=5, pitch_x="wide", pitch_y=20)
    with pytest.raises(SheetDefinitionError, match="not a number"):
        sheet_from_mapping(entry)


def test_user_sheets_are_saved_validated_and_reloaded(tmp_path: Path) -> None:
    catalogue = LabelCatalogue.load(tmp_path)
    own = _sheet(id="Club 3x8", description="our club's labels", aliases=())
    catalogue.save_user_sheet(own)
    again = LabelCatalogue.load(tmp_path)
    assert again.get("club 3x8").user_defined
    with pytest.raises(SheetDefinitionError, match="shipped"):
        again.save_user_sheet(_sheet(id="L7163", aliases=()))
    again.remove_user_sheet("Club 3x8")
    assert LabelCatalogue.load(tmp_path).find("Club 3x8") is None


def test_a_broken_user_sheet_is_reported_not_fatal(tmp_path: Path) -> None:
    bad = {
        "id": "Bad",
        "page": "a4",
        "unit": "mm",
        "label_width": 100,
        "label_height": 30,
        "columns": 3,
        "rows": 2,
        "origin_x": 0,
        "origin_y": 0,
        "pitch_x": 100,
        "pitch_y": 30,
    }
    (tmp_path / "label_sheets.json").write_text(json.dumps({"sheets": [bad]}), encoding="utf-8")
    catalogue = LabelCatalogue.load(tmp_path)
    assert catalogue.find("Bad") is None
    assert "leave the page" in str(catalogue.problems[0])
    assert catalogue.get("L7160")


def test_no_sheet_lists_itself_among_its_aliases() -> None:
    """Not "Zweckform 3422 (also Zweckform 3422)": an alias is another code, never the sheet's own name."""
    sheets = load_bundled_sheets()
    for sheet in sheets:
        assert not {alias.casefold() for alias in sheet.aliases} & sheet.own_names, sheet.id
        others = {name for other in sheets if other is not sheet for name in other.own_names}
        assert not {alias.casefold() for alias in sheet.aliases} & others, sheet.id
    for sheet, line in zip(sheets, describe_sheets(sheets), strict=True):
        title, _, also = line.split("\t")[-1].partition(" (also ")
        listed = also.removesuffix(")").split(", ") if also else []
        assert title.casefold() in sheet.own_names
        assert not {name.casefold() for name in listed} & sheet.own_names, line


def test_a_sheet_is_found_by_its_own_names_without_aliases() -> None:
    catalogue = LabelCatalogue.load(None)
    for name in ("3422", "Zweckform 3422", "avery  zweckform 3422", "Avery L7160", "j8160"):
        assert catalogue.find(name) is not None, name
    assert catalogue.get("Zweckform 3474").id == "3474"
