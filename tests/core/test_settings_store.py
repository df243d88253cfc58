"""The settings store: every change checked by the one declaration, saved, announced, merged with the file."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.labels.catalogue import LabelCatalogue
from ua_desktop.core.letter.page_setup import AddressPreset, Paper
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.settings import FIXED_KEYS, PROGRAM_KEYS, Settings
from ua_desktop.core.settings_keys import SETTING_KEYS
from ua_desktop.core.settings_store import SettingsStore
from ua_desktop.core.ui_languages import UI_LANGUAGES


@pytest.fixture
def store() -> SettingsStore:
    return SettingsStore.for_paths(resolve_paths().ensure())


def on_disk(store: SettingsStore) -> dict[str, object]:
    return json.loads(store.path.read_text(encoding="utf-8"))


def test_every_settings_field_is_declared_once() -> None:
    fields = {field.name for field in dataclasses.fields(Settings)}
    assert set(SETTING_KEYS) | set(PROGRAM_KEYS) | set(FIXED_KEYS) == fields
    assert not set(SETTING_KEYS) & (set(PROGRAM_KEYS) | set(FIXED_KEYS))


def test_update_normalises_saves_and_notifies(store: SettingsStore) -> None:
    heard: list[tuple[Settings, frozenset[str]]] = []
    store.subscribe(lambda settings, changed: heard.append((settings, changed)))
    new = store.update(
        paper="Letter",
        group_country="ch",
        group_name="  Amnesty Luzern ",
        group_return_address=["Amnesty Luzern", "", "Postfach 12\n6000 Luzern  "],
        default_preset="CH-RIGHT",
        default_label_sheet="l7160",
        postal_transit_days=10,
    )
    assert (new.paper, new.group_country, new.group_name) == ("letter", "CH", "Amnesty Luzern")
    assert new.group_return_address == ["Amnesty Luzern", "Postfach 12", "6000 Luzern"]
    assert (new.default_preset, new.default_label_sheet, new.postal_transit_days) == ("ch-right", "L7160", 10)
    assert store.current == new == Settings.load(store.path)
    assert on_disk(store)["group_country"] == "CH"
    ((settings, changed),) = heard
    assert settings == new
    assert changed == {
        "paper",
        "group_country",
        "group_name",
        "group_return_address",
        "default_preset",
        "default_label_sheet",
        "postal_transit_days",
    }


def test_automatic_values_and_clearing(store: SettingsStore) -> None:
    store.update(paper="a4", default_preset="din-a", ui_language="de", group_country="DE")
    cleared = store.update(paper="auto", default_preset="", ui_language="AUTO", group_country="")
    assert (cleared.paper, cleared.default_preset, cleared.ui_language, cleared.group_country) == ("",) * 4


def test_country_by_name_and_only_countries_the_postal_data_knows(store: SettingsStore) -> None:
    assert store.update(group_country="Schweiz").group_country == "CH"
    assert store.update(group_country="united states").group_country == "US"
    for bad in ("XY", "ZZ", "EU", "Atlantis", "CHE1"):
        with pytest.raises(UserError, match=r"group_country: .* ISO 3166 country code"):
            store.update(group_country=bad)
    assert store.current.group_country == "US"


def test_unsettable_and_unknown_keys_name_the_keys_you_can_set(store: SettingsStore) -> None:
    with pytest.raises(
        UserError, match=re.escape('Unknown setting "papr". Settings you can set: ui_language, paper')
    ):
        store.update(papr="a4")
    for internal in FIXED_KEYS:
        with pytest.raises(UserError, match=f"{internal} is kept by the program itself"):
            store.update(**{internal: {}})
    assert not store.path.exists(), "a refused change saves nothing"


@pytest.mark.parametrize(
    ("key", "value", "allowed"),
    [
        ("paper", "a5", "Allowed: a4, letter, or auto"),
        ("default_preset", "din-c", "Allowed: " + ", ".join(p.value for p in AddressPreset) + ", or auto"),
        ("ui_language", "pt", "Allowed: " + ", ".join(UI_LANGUAGES) + ", or auto"),
        ("default_label_sheet", "nope", "Allowed: L7160, "),
        ("postal_transit_days", 0, "Allowed: a whole number from 1 to 60"),
        ("postal_transit_days", 61, "Allowed: a whole number from 1 to 60"),
        ("postal_transit_days", "7", "Allowed: a whole number from 1 to 60"),
        ("postal_transit_days", True, "Allowed: a whole number from 1 to 60"),
        ("group_name", "two\nlines", "Allowed: any text on one line"),
        ("group_return_address", "one string", "Allowed: one value per line"),
        ("consent_text", 5, "Allowed: any text"),
    ],
)
def test_bad_values_say_what_is_allowed(store: SettingsStore, key: str, value: object, allowed: str) -> None:
    with pytest.raises(UserError) as error:
        store.update(**{key: value})
    assert str(error.value).startswith(f"{key}: ")
    assert allowed in str(error.value)
    assert store.current == Settings()


def test_choices_come_from_the_program_s_own_lists(store: SettingsStore) -> None:
    sheets = [sheet.id for sheet in LabelCatalogue.load(store.data_dir).sheets]
    for sheet in sheets:
        assert store.update(default_label_sheet=sheet.lower()).default_label_sheet == sheet
    for paper in Paper:
        assert store.update(paper=paper.value.upper()).paper == paper.value
    for language in UI_LANGUAGES:
        assert store.update(ui_language=language).ui_language == language


def test_program_keys_are_type_checked(store: SettingsStore) -> None:
    store.update(last_case_id="ua-034-25", ui_state={"geometry": "abc"})
    assert Settings.load(store.path).ui_state == {"geometry": "abc"}
    with pytest.raises(UserError, match="ui_state must be a dict"):
        store.update(ui_state="geometry")


def test_update_keeps_what_another_program_changed_in_the_file(store: SettingsStore) -> None:
    store.update(group_name="Amnesty Luzern", last_case_id="ua-034-25")
    heard: list[frozenset[str]] = []
    store.subscribe(lambda _settings, changed: heard.append(changed))
    other = SettingsStore(store.path, store.data_dir)  # e.g. `ua-desktop settings set paper letter`
    other.update(paper="letter", group_country="CH")
    assert store.current.paper == ""  # not yet seen here

    store.update(ui_state={"geometry": "new"})  # the window saves its geometry on close
    saved = Settings.load(store.path)
    assert (saved.paper, saved.group_country, saved.group_name) == ("letter", "CH", "Amnesty Luzern")
    assert saved.ui_state == {"geometry": "new"} and saved.last_case_id == "ua-034-25"
    assert store.current == saved
    assert heard == [{"paper", "group_country", "ui_state"}], "the other program's change is announced"


def test_reload_adopts_the_file_and_is_silent_when_nothing_changed(store: SettingsStore) -> None:
    heard: list[frozenset[str]] = []
    unsubscribe = store.subscribe(lambda _settings, changed: heard.append(changed))
    store.reload()
    assert heard == []
    SettingsStore(store.path).update(group_city="Luzern")
    assert store.reload().group_city == "Luzern"
    assert heard == [{"group_city"}]
    store.update(group_city="Luzern")  # the same value: nothing to announce
    assert heard == [{"group_city"}]
    unsubscribe()
    store.update(group_city="Bern")
    assert heard == [{"group_city"}]


def test_a_broken_file_does_not_replace_the_values_in_use(store: SettingsStore) -> None:
    store.update(group_name="Amnesty Luzern", paper="letter")
    store.path.write_text("{ not json", encoding="utf-8")
    assert store.reload().group_name == "Amnesty Luzern"
    store.update(group_city="Luzern")
    saved = Settings.load(store.path)
    assert (saved.group_name, saved.paper, saved.group_city) == ("Amnesty Luzern", "letter", "Luzern")
    assert store.path.with_suffix(".broken").read_text(encoding="utf-8") == "{ not json"


def test_the_file_format_is_unchanged(store: SettingsStore, data_dir: Path) -> None:
    store.update(group_return_address=["Postfach 12", "6000 Luzern"])
    raw = on_disk(store)
    assert store.path == data_dir / "config" / "settings.json"
    assert raw == {**dataclasses.asdict(Settings()), "group_return_address": ["Postfach 12", "6000 Luzern"]}
    assert store.path.stat().st_mode & 0o777 == 0o600
