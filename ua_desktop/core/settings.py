"""The program's settings, declared in one place, saved as one JSON file in the config folder.

A typed dataclass with defaults and a version number; unknown keys from a newer version are kept, a broken
file is set aside (renamed, not deleted) and replaced by defaults, so the program always starts. Each field
read from the file is checked against its declared type (and range) on its own: one of the wrong shape,
such as a number among the lines of the return address, falls back to its default with a logged warning.
Which fields a user may set, and to what, is declared in settings_keys.py; a running program changes them
only through the one store in settings_store.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import logging
import os
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ua_desktop.core.fileio import write_text_atomic
from ua_desktop.core.state_files import read_json, wrong_field

SETTINGS_VERSION = 1
log = logging.getLogger(__name__)

# Which fields belong to whom, here beside the fields so that settings_store.py and settings_keys.py both
# read it without importing each other.
#: Settings fields the program keeps for itself: written by the program, never by the user.
PROGRAM_KEYS = ("last_case_id", "ui_state")
#: Settings fields nobody sets: the file format's version and the keys of newer versions, kept as they are.
FIXED_KEYS = ("version", "extra")
# Every other field is a user setting, declared with its check in settings_keys.py.


@dataclass
class Settings:
    """Everything the user chose that should survive a restart."""

    version: int = SETTINGS_VERSION
    last_case_id: str = ""
    ui_language: str = ""  # empty: follow the system locale
    paper: str = ""  # "a4" | "letter"; empty: from the system locale
    group_name: str = ""
    group_return_address: list[str] = field(default_factory=list)
    group_city: str = ""
    group_country: str = ""  # ISO code of the country the group posts from
    # Days a letter takes by post to the authorities; fewer days to the deadline -> suggest e-mail or fax.
    postal_transit_days: int = field(default=7, metadata={"range": (1, 60)})
    # Window-envelope preset for new cases (din-b, din-a, ch-right, us-10); empty: from paper and country.
    default_preset: str = ""
    # Label sheet id from the catalogue, e.g. "L7160"; empty: suggested by paper size.
    default_label_sheet: str = ""
    # The group's own words above the consent checkbox of sign-in mode; empty: the program's default text.
    consent_text: str = ""
    # Opaque GUI state (window geometry, splitter sizes) as base64 text, owned by the GUI layer.
    ui_state: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings from path; defaults when missing; a broken file is kept as *.broken."""
        found = cls.read(path)
        return cls() if found is None else found

    @classmethod
    def read(cls, path: Path) -> Settings | None:
        """The settings in path, or None when it is missing or unreadable (a broken file is kept as *.broken).

        The settings store needs to tell "no usable file" from "a file with the default values": when another
        program instance's file is unusable, it keeps the values it has rather than falling back to defaults.
        """
        try:
            raw = read_json(path)
            if not isinstance(raw, dict):
                raise ValueError("settings file does not hold an object")
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("settings file %s unreadable (%s); using defaults", path, error)
            with contextlib.suppress(OSError):
                os.replace(path, path.with_suffix(".broken"))
            return None
        known = {f.name for f in dataclasses.fields(cls)}
        extra = {k: v for k, v in raw.items() if k not in known}
        extra.update(raw.get("extra", {}) if isinstance(raw.get("extra"), dict) else {})
        settings = cls(**_checked_fields(raw, path), extra=extra)
        settings.version = SETTINGS_VERSION
        return settings

    def save(self, path: Path) -> None:
        write_text_atomic(path, json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False) + "\n")


def field_range(name: str) -> tuple[int, int]:
    """The smallest and largest value the whole-number field name may hold, as declared on the field."""
    bounds = next(f for f in dataclasses.fields(Settings) if f.name == name).metadata["range"]
    return int(bounds[0]), int(bounds[1])


@functools.cache
def _field_types() -> dict[str, Any]:
    """The declared type of each field of Settings (the annotations are text under `from __future__`)."""
    return typing.get_type_hints(Settings)


def _checked_fields(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    """The fields of raw whose values have their declared shape; each other one is logged and left out.

    A table of text (ui_state) loses only its entries that are not text: each is a piece of its own.
    """
    values: dict[str, Any] = {}
    defaults = Settings()
    for declared in dataclasses.fields(Settings):
        name = declared.name
        if name == "extra" or name not in raw:
            continue
        value, kind = raw[name], _field_types()[name]
        if typing.get_origin(kind) is dict and typing.get_args(kind)[1] is str and isinstance(value, dict):
            kept = {key: item for key, item in value.items() if isinstance(item, str)}
            for key in value.keys() - kept.keys():
                wrong_field(path, f"{name}.{key}", value[key])
            values[name] = kept
        elif _fits(value, kind, declared.metadata.get("range")):
            values[name] = value
        else:
            wrong_field(path, name, value, getattr(defaults, name))
    return values


def _fits(value: object, kind: Any, bounds: tuple[int, int] | None = None) -> bool:
    """Whether value, read from JSON, has the declared type (int, str, list[...], dict[str, ...], Any)."""
    if kind is Any:
        return True
    if kind is int:  # JSON's true and false are bools, which Python counts as ints
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        return bounds is None or bounds[0] <= value <= bounds[1]
    if kind is str:
        return isinstance(value, str)
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if origin is list:
        return isinstance(value, list) and all(_fits(item, arguments[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(_fits(item, arguments[1]) for item in value.values())
    raise TypeError(f"Settings declares a field of a type _fits does not know: {kind!r}")
