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

from ua_desktop.core.app_messages import AllowedMessage, SettingMessage
from ua_desktop.core.errors import UserError
from ua_desktop.core.messages import Message, message
from ua_desktop.core.settings import FIXED_KEYS, PROGRAM_KEYS, field_range

#: Where the choices of a key may depend on the user's files (their own label sheets live in the data dir).
ChoicesFor = Callable[[Path | None], Sequence[str]]


class SettingKey:
    """One user-settable key of Settings; subclasses say which values it takes.

    Plain classes rather than dataclasses: this module is imported at start-up, and generating the
    dataclass methods of these few classes cost about 10 ms there.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def allowed(self, data_dir: Path | None = None) -> Message:
        """The allowed values in words, for error messages."""
        raise NotImplementedError

    def check(self, value: object, data_dir: Path | None = None) -> Any:
        """The value as stored; UserError naming the allowed values when value is not one of them."""
        raise NotImplementedError

    def from_words(self, words: Sequence[str], data_dir: Path | None = None) -> Any:
        """The value given on the command line: one word (in quotes when it has spaces)."""
        if not words:
            raise UserError(SettingMessage.NO_VALUE, key=self.name, allowed=self.allowed(data_dir))
        if len(words) > 1:
            raise UserError(SettingMessage.ONE_VALUE, key=self.name, allowed=self.allowed(data_dir))
        return self.check(words[0], data_dir)

    def show(self, value: Any) -> list[str]:
        """The stored value as lines of text (what `settings get` prints; set takes it back)."""
        return str(value).splitlines() or [""]

    def refuse(self, value: object, data_dir: Path | None = None) -> UserError:
        if isinstance(value, str):
            kind, shown = SettingMessage.TEXT_NOT_ALLOWED, value
        else:
            kind, shown = SettingMessage.VALUE_NOT_ALLOWED, repr(value)
        return UserError(kind, key=self.name, value=shown, allowed=self.allowed(data_dir))


class ChoiceKey(SettingKey):
    """One of a set of codes, or "" (also written `auto`) when the program decides."""

    def __init__(
        self,
        name: str,
        choices: ChoicesFor,
        automatic: AllowedMessage | None = None,
        empty_word: str = "",
        described: AllowedMessage | None = None,
    ) -> None:
        super().__init__(name)
        self.choices = choices
        self.automatic = automatic  # what "" means, e.g. "the system's language"; None = nothing
        self.empty_word = empty_word  # how "" is written and shown, e.g. "auto"
        self.described = described  # the allowed codes in words, when there are too many to list

    def allowed(self, data_dir: Path | None = None) -> Message:
        codes: Message | str = (
            message(self.described) if self.described else ", ".join(self.choices(data_dir))
        )
        if self.empty_word and self.automatic:
            return message(
                AllowedMessage.CHOICES_OR_AUTOMATIC,
                choices=codes,
                word=self.empty_word,
                automatic=message(self.automatic),
            )
        return message(AllowedMessage.CHOICES_OR_CLEAR, choices=codes)

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

    def allowed(self, data_dir: Path | None = None) -> Message:
        return message(AllowedMessage.ANY_TEXT if self.multiline else AllowedMessage.ANY_TEXT_ON_ONE_LINE)

    def check(self, value: object, data_dir: Path | None = None) -> str:
        if not isinstance(value, str) or (not self.multiline and "\n" in value.strip()):
            raise self.refuse(value, data_dir)
        return value.strip()


class LinesKey(SettingKey):
    """A list of lines (an address); blank lines are dropped."""

    def allowed(self, data_dir: Path | None = None) -> Message:
        return message(AllowedMessage.LINES)

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

    def allowed(self, data_dir: Path | None = None) -> Message:
        return message(AllowedMessage.WHOLE_NUMBER, minimum=self.minimum, maximum=self.maximum)

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
    ChoiceKey("ui_language", _ui_languages, AllowedMessage.SYSTEM_LANGUAGE, "auto"),
    ChoiceKey("paper", _papers, AllowedMessage.PAPER_FROM_COUNTRY, "auto"),
    LabelSheetKey("default_label_sheet", _label_sheets, AllowedMessage.SUGGESTED_FOR_PAPER, "auto"),
    ChoiceKey("default_preset", _presets, AllowedMessage.PRESET_FROM_PAPER, "auto"),
    TextKey("group_name"),
    LinesKey("group_return_address"),
    TextKey("group_city"),
    CountryKey(
        "group_country",
        _countries,
        described=AllowedMessage.COUNTRY_CODES,
    ),
    # The range is declared on the field, where loading the settings file checks it too.
    NumberKey("postal_transit_days", *field_range("postal_transit_days")),
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
        raise UserError(SettingMessage.KEPT_BY_THE_PROGRAM, key=name, known=known)
    raise UserError(SettingMessage.UNKNOWN, key=name, known=known)
