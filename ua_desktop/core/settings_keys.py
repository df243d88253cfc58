"""The settings a user may change, declared once with their checks, for Preferences and `ua-desktop settings`.

Each key turns what it is given into the stored value ("ch" -> "CH", "auto" -> "") and refuses anything
else with a message that lists what is allowed. The Preferences dialog builds its choices from these
declarations and hands its values to the settings store, which checks them here, so there is no second
copy of the rules. The program's own bookkeeping (version, last_case_id, ui_state, extra) is not a user
setting: the store keeps it, the command line cannot set it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ua_desktop.core.errors import UserError
from ua_desktop.core.settings import FIXED_KEYS, PROGRAM_KEYS

#: Where the choices of a key may depend on the user's files (their own label sheets live in the data dir).
ChoicesFor = Callable[[Path | None], Sequence[str]]


def _quoted(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


class SettingKey:
    """One user-settable key of Settings; subclasses say which values it takes.

    Plain classes rather than dataclasses: this module is imported at start-up, and generating the
    dataclass methods of these few classes cost about 10 ms there.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def allowed(self, data_dir: Path | None = None) -> str:
        """The allowed values in words, for error messages."""
        raise NotImplementedError

    def check(self, value: object, data_dir: Path | None = None) -> Any:
        """The value as stored; UserError naming the allowed values when value is not one of them."""
        raise NotImplementedError

    def from_words(self, words: Sequence[str], data_dir: Path | None = None) -> Any:
        """The value given on the command line: one word (in quotes when it has spaces)."""
        if not words:
            raise UserError(f"Give {self.name} a value. Allowed: {self.allowed(data_dir)}.")
        if len(words) > 1:
            raise UserError(
                f"{self.name} takes one value; put text with spaces in quotes, e.g. "
                f'ua-desktop settings set {self.name} "…". Allowed: {self.allowed(data_dir)}.'
            )
        return self.check(words[0], data_dir)

    def show(self, value: Any) -> list[str]:
        """The stored value as lines of text (what `settings get` prints; set takes it back)."""
        return str(value).splitlines() or [""]

    def refuse(self, value: object, data_dir: Path | None = None) -> UserError:
        return UserError(f"{self.name}: {_quoted(value)} is not allowed. Allowed: {self.allowed(data_dir)}.")


class ChoiceKey(SettingKey):
    """One of a set of codes, or "" (also written `auto`) when the program decides."""

    def __init__(
        self, name: str, choices: ChoicesFor, automatic: str = "", empty_word: str = "", described: str = ""
    ) -> None:
        super().__init__(name)
        self.choices = choices
        self.automatic = automatic  # what "" means, e.g. "the system's language"; "" = nothing
        self.empty_word = empty_word  # how "" is written and shown, e.g. "auto"
        self.described = described  # the allowed codes in words, when there are too many to list

    def allowed(self, data_dir: Path | None = None) -> str:
        codes = self.described or ", ".join(self.choices(data_dir))
        if self.empty_word:
            return f"{codes}, or {self.empty_word} ({self.automatic})"
        return f'{codes}, or "" to clear it'

    def check(self, value: object, data_dir: Path | None = None) -> str:
        if not isinstance(value, str):
            raise self.refuse(value, data_dir)
        text = value.strip()
        if not text or (self.empty_word and text.lower() == self.empty_word):
            return ""
        found = self.match(text, data_dir)
        if found is None:
            raise self.refuse(value, data_dir)
        return found

    def match(self, text: str, data_dir: Path | None) -> str | None:
        """The stored spelling of text among the choices (any case), None when it is not one."""
        return next((code for code in self.choices(data_dir) if code.lower() == text.lower()), None)

    def show(self, value: Any) -> list[str]:
        return [value or self.empty_word]


class LabelSheetKey(ChoiceKey):
    """A label sheet of the catalogue (shipped or the user's own), by id or alias; stored as its id."""

    def match(self, text: str, data_dir: Path | None) -> str | None:
        from ua_desktop.core.labels.catalogue import LabelCatalogue

        sheet = LabelCatalogue.load(data_dir).find(text)
        return sheet.id if sheet is not None else None


class CountryKey(ChoiceKey):
    """A country of core/countries.py, by ISO 3166 alpha-2 or alpha-3 code or by name; stored as the code."""

    def match(self, text: str, data_dir: Path | None) -> str | None:
        from ua_desktop.core.countries import country_code

        return country_code(text) or None


class TextKey(SettingKey):
    """Free text, stored without surrounding spaces; one line unless multiline."""

    def __init__(self, name: str, multiline: bool = False) -> None:
        super().__init__(name)
        self.multiline = multiline

    def allowed(self, data_dir: Path | None = None) -> str:
        return "any text" if self.multiline else 'any text on one line ("" to clear it)'

    def check(self, value: object, data_dir: Path | None = None) -> str:
        if not isinstance(value, str) or (not self.multiline and "\n" in value.strip()):
            raise self.refuse(value, data_dir)
        return value.strip()


class LinesKey(SettingKey):
    """A list of lines (an address); blank lines are dropped."""

    def allowed(self, data_dir: Path | None = None) -> str:
        return 'one value per line, e.g. "Amnesty Group" "Postfach 12" "6000 Luzern" (none to clear it)'

    def check(self, value: object, data_dir: Path | None = None) -> list[str]:
        if isinstance(value, str) or not isinstance(value, Sequence):
            raise self.refuse(value, data_dir)
        if not all(isinstance(line, str) for line in value):
            raise self.refuse(value, data_dir)
        return [part.strip() for line in value for part in line.splitlines() if part.strip()]

    def from_words(self, words: Sequence[str], data_dir: Path | None = None) -> list[str]:
        return self.check(list(words), data_dir)

    def show(self, value: Any) -> list[str]:
        return list(value)


class NumberKey(SettingKey):
    """A whole number between minimum and maximum."""

    def __init__(self, name: str, minimum: int, maximum: int) -> None:
        super().__init__(name)
        self.minimum = minimum
        self.maximum = maximum

    def allowed(self, data_dir: Path | None = None) -> str:
        return f"a whole number from {self.minimum} to {self.maximum}"

    def check(self, value: object, data_dir: Path | None = None) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not self.minimum <= value <= self.maximum:
            raise self.refuse(value, data_dir)
        return value

    def from_words(self, words: Sequence[str], data_dir: Path | None = None) -> int:
        if len(words) == 1 and words[0].strip().lstrip("-").isdecimal():
            return self.check(int(words[0]), data_dir)
        raise self.refuse(" ".join(words), data_dir)


def _papers(_data_dir: Path | None) -> list[str]:
    from ua_desktop.core.letter.page_setup import Paper

    return [paper.value for paper in Paper]


def _presets(_data_dir: Path | None) -> list[str]:
    from ua_desktop.core.letter.page_setup import AddressPreset

    return [preset.value for preset in AddressPreset]


def _label_sheets(data_dir: Path | None) -> list[str]:
    from ua_desktop.core.labels.catalogue import LabelCatalogue

    return [sheet.id for sheet in LabelCatalogue.load(data_dir).sheets]


def _ui_languages(_data_dir: Path | None) -> list[str]:
    from ua_desktop.core.ui_languages import UI_LANGUAGES

    return list(UI_LANGUAGES)


def _countries(_data_dir: Path | None) -> list[str]:
    from ua_desktop.core.countries import country_codes

    return sorted(country_codes())


_KEYS: tuple[SettingKey, ...] = (
    ChoiceKey("ui_language", _ui_languages, "the system's language", "auto"),
    ChoiceKey("paper", _papers, "from the group's country, else the system", "auto"),
    LabelSheetKey("default_label_sheet", _label_sheets, "suggested for the paper size", "auto"),
    ChoiceKey("default_preset", _presets, "from the paper and the group's country", "auto"),
    TextKey("group_name"),
    LinesKey("group_return_address"),
    TextKey("group_city"),
    CountryKey(
        "group_country",
        _countries,
        described="a two-letter ISO 3166 country code such as CH, DE, GB or US (or the country's name)",
    ),
    NumberKey("postal_transit_days", minimum=1, maximum=60),
    TextKey("consent_text", multiline=True),
)

#: The user-settable keys in the order Preferences and `settings list` show them.
SETTING_KEYS: dict[str, SettingKey] = {key.name: key for key in _KEYS}


def setting_key(name: str) -> SettingKey:
    """The declaration of a user-settable key; UserError listing the known keys otherwise."""
    key = SETTING_KEYS.get(name)
    if key is not None:
        return key
    known = ", ".join(SETTING_KEYS)
    if name in PROGRAM_KEYS or name in FIXED_KEYS:
        raise UserError(
            f"{name} is kept by the program itself and cannot be set. Settings you can set: {known}."
        )
    raise UserError(f"Unknown setting {_quoted(name)}. Settings you can set: {known}.")
