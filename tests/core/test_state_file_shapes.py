"""State files of the wrong shape: each bad field falls back to its default with a warning (issue 16, item 8).

A settings, label-positions or calibration file may hold valid JSON of any shape (edited by hand, written by
another version) or JSON nested too deeply for the parser. Reading one never raises; what fits is kept.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.calibration_store import CalibrationStore
from ua_desktop.core.labels.used_positions import UsedPositionsStore
from ua_desktop.core.settings import Settings
from ua_desktop.core.settings_keys import SETTING_KEYS, NumberKey
from ua_desktop.core.settings_store import SettingsStore

DEEP = "[" * 100_000 + "]" * 100_000
GOOD = {
    "group_name": "Gruppe Luzern",
    "group_country": "CH",
    "group_return_address": ["Postfach 1", "6000 Luzern"],
}


def write(path: Path, value: object) -> Path:
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return path


# field: a value of the wrong shape for it
WRONG_SETTINGS = {
    "group_return_address": ["Postfach 1", 5],
    "group_name": ["Gruppe"],
    "postal_transit_days": 10**30,
    "last_case_id": {"id": "ua-034-25"},
    "paper": 4,
    "consent_text": None,
    "version": "one",
}


@pytest.mark.parametrize("field", WRONG_SETTINGS)
def test_a_settings_field_of_the_wrong_shape_falls_back_to_its_default(
    field: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path / "settings.json", {**GOOD, field: WRONG_SETTINGS[field]})
    caplog.set_level(logging.WARNING)
    settings = Settings.load(path)
    expected = {**GOOD, field: getattr(Settings(), field)}
    for name, value in expected.items():
        assert getattr(settings, name) == value, name
    if field != "version":  # the version is the program's to set
        assert field in caplog.text
    assert path.exists()  # the file is still the user's: only the one field is replaced


def test_transit_days_out_of_range_or_true_fall_back(tmp_path: Path) -> None:
    key = SETTING_KEYS["postal_transit_days"]
    assert isinstance(key, NumberKey)
    for value in (key.minimum - 1, key.maximum + 1, True):
        path = write(tmp_path / "settings.json", {"postal_transit_days": value})
        assert Settings.load(path).postal_transit_days == Settings().postal_transit_days, value
    path = write(tmp_path / "settings.json", {"postal_transit_days": key.maximum})
    assert Settings.load(path).postal_transit_days == key.maximum


def test_ui_state_keeps_its_good_entries(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "settings.json", {"ui_state": {"geometry": 5, "splitter": "AAAA", "x": [1]}})
    caplog.set_level(logging.WARNING)
    assert Settings.load(path).ui_state == {"splitter": "AAAA"}
    assert "ui_state.geometry" in caplog.text and "ui_state.x" in caplog.text


def test_ui_state_of_the_wrong_type(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", {**GOOD, "ui_state": ["geometry"]})
    settings = Settings.load(path)
    assert settings.ui_state == {} and settings.group_name == GOOD["group_name"]


def test_deeply_nested_settings_are_a_broken_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "settings.json", DEEP)
    caplog.set_level(logging.WARNING)
    assert Settings.load(path) == Settings()
    assert "nested too deeply" in caplog.text
    assert path.with_suffix(".broken").exists()


def test_the_store_saves_over_a_wrong_field(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", {**GOOD, "ui_state": {"geometry": 5}})
    store = SettingsStore(path)
    store.update(ui_state={"geometry": "AAAA"})
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["ui_state"] == {"geometry": "AAAA"} and saved["group_name"] == GOOD["group_name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"sheets": []}', {}),
        ("[]", {}),
        ('{"sheets": "L7160"}', {}),
        ('{"sheets": {"L7160": {"1": true}, "L7163": [2]}}', {"L7163": [2]}),
        ('{"sheets": {"L7160": [1, "2", true, 1e300, -4, 0, 3]}}', {"L7160": [1, 3]}),
        (DEEP, {}),
    ],
    ids=["sheets-a-list", "a-list", "sheets-text", "a-table", "odd-items", "nested"],
)
def test_used_positions_of_the_wrong_shape(
    text: str, expected: dict[str, list[int]], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = UsedPositionsStore(write(tmp_path / "label_positions.json", text))
    caplog.set_level(logging.WARNING)
    for sheet, positions in expected.items():
        assert store.used(sheet) == frozenset(positions)
    assert store.first_free("L7160", 21) == (2 if expected.get("L7160") == [1, 3] else 1)
    assert caplog.records
    store.set_used("L7161", {1, 2})  # writing replaces the bad file with a good one
    assert store.used("L7161") == frozenset({1, 2})


@pytest.mark.parametrize(
    "text",
    [
        '{"printers": []}',
        '{"printers": {"HP": [1, 2]}}',
        '{"printers": {"HP": {"scale_x": "1.0"}}}',
        '{"printers": {"HP": {"scale_x": true}}}',
        '{"printers": {"HP": {"offset_x_mm": 1%s}}}' % ("0" * 400),
        '{"printers": {"HP": {"offset_x_mm": 1e400}}}',
        '{"printers": {"HP": {"shear": 1}}}',
        "[]",
        DEEP,
    ],
    ids=[
        "printers-a-list",
        "entry-a-list",
        "text",
        "bool",
        "huge-int",
        "infinite",
        "unknown-field",
        "list",
        "nested",
    ],
)
def test_calibrations_of_the_wrong_shape(text: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = CalibrationStore(write(tmp_path / "printer_calibration.json", text))
    caplog.set_level(logging.WARNING)
    assert store.get("HP") == Calibration()
    assert store.printers() == []
    assert caplog.records
    store.set("HP", Calibration(offset_x_mm=1.5))
    assert store.get("HP") == Calibration(offset_x_mm=1.5)


def test_a_good_calibration_beside_a_bad_one_is_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path / "printer_calibration.json",
        {"printers": {"HP": {"offset_x_mm": 1, "scale_y": 1.01}, "Canon": [1]}},
    )
    store = CalibrationStore(path)
    assert store.printers() == ["HP"]
    assert store.get("HP") == Calibration(offset_x_mm=1.0, scale_y=1.01)


@pytest.mark.parametrize(
    "text",
    ['{"sheets": {"a": 1}}', '{"sheets": [1, "x", []]}', '{"sheets": 5}', "[[]]", DEEP],
    ids=["sheets-a-table", "entries-not-tables", "sheets-a-number", "a-list", "nested"],
)
def test_own_label_sheets_of_the_wrong_shape_are_problems(text: str, tmp_path: Path) -> None:
    from ua_desktop.core.labels.catalogue import USER_SHEETS_FILE, LabelCatalogue

    write(tmp_path / USER_SHEETS_FILE, text)
    catalogue = LabelCatalogue.load(tmp_path)
    assert catalogue.problems and not catalogue.user
    assert catalogue.find("L7160") is not None  # the shipped sheets are all there


@pytest.mark.parametrize(
    "text",
    ['{"margin_left_mm": 1%s}' % ("0" * 400), '{"margin_left_mm": NaN}', '{"font_size_pt": NaN}', DEEP],
    ids=["huge-int", "nan-margin", "nan-font-size", "nested"],
)
def test_a_page_setup_of_the_wrong_shape_is_the_default(text: str, tmp_path: Path) -> None:
    from ua_desktop.core.letter.page_setup import PageSetup, page_setup_file, saved_page_setup

    write(page_setup_file(tmp_path, "ua-034-25"), text)
    assert saved_page_setup(tmp_path, "ua-034-25") in (None, PageSetup())


def test_a_reply_log_nested_too_deeply_is_reported(tmp_path: Path) -> None:
    from ua_desktop.core.cases.replies import load_replies, replies_file
    from ua_desktop.core.errors import UserError

    path = replies_file(tmp_path, "ua-034-25")
    path.parent.mkdir()
    for text in (DEEP, '{"replies": {"a": 1}}', "[]"):
        write(path, text)
        with pytest.raises(UserError, match="cannot be read"):
            load_replies(tmp_path, "ua-034-25")
