"""What the core tells a person, as data: a kind plus its values, worded by each surface in its language.

The core never builds a user-facing sentence itself. It raises a `UserError` (core/errors.py) or reports a
`Message`: a member of an area's `MessageKind` enum plus the values to fill in. Each surface words it once,
in one place: the window through Qt's translator in the interface language (gui/shell/core_words.py), the
command line through the same compiled catalogues in the language of LANGUAGE/LANG (ua_desktop/cli_words.py),
and logs and tests in English (`Message.english()`).

A kind's value is its English wording and the key translators see. It is written with the marker functions
below so that pyside6-lupdate, which reads calls by name, copies every wording into the catalogues under
the context "CoreMessages":
- `QT_TRANSLATE_NOOP("CoreMessages", "No case {case_id} in the library.")` for a plain sentence;
- `translate("CoreMessages", "%n rows could not be read.", None, 1)` for one that depends on a count: the
  catalogue then holds each language's plural forms, and the message's `count` chooses among them.
Both return their text unchanged: the core imports no Qt. Placeholders are `str.format` names; the
translation must keep the same names (tests/i18n/test_core_messages.py checks every kind in every catalogue).
"""

from __future__ import annotations

import enum
import functools
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

from ua_desktop.core.locale_format import format_number

#: The catalogue context of every core message.
CONTEXT = "CoreMessages"

#: Looks up one wording: (source text, count or -1) -> the translation, or the source when there is none.
Lookup = Callable[[str, int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks text for the catalogues; returns it unchanged."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Marks a text with plural forms (%n) for the catalogues; returns it unchanged (no Qt here)."""
    return text


class MessageKind(enum.Enum):
    """Base of every area's message kinds. A member's value is its English wording, the catalogue key."""

    @property
    def counted(self) -> bool:
        """True when the wording has plural forms, chosen by the message's count (%n)."""
        return "%n" in self.value

    def placeholders(self) -> frozenset[str]:
        """The {names} the wording expects."""
        return placeholders(self.value)


class CountryCode(str):
    """A value that is a country: each surface names it in its own language (CH → Schweiz, Suisse)."""

    __slots__ = ()


@dataclass(frozen=True)
class Message:
    """One thing to tell a person: a kind, its values and, for plural wordings, the count."""

    kind: MessageKind
    values: Mapping[str, object] = field(default_factory=dict)
    count: int | None = None

    def english(self) -> str:
        return word(self, english, "en")

    def __str__(self) -> str:
        return self.english()


def message(kind: MessageKind, count: int | None = None, **values: object) -> Message:
    """Message(kind, values, count), checked: the values are exactly the wording's placeholders."""
    expected = kind.placeholders()
    if set(values) != expected:
        raise TypeError(f"{kind!r} expects {sorted(expected)}, got {sorted(values)}")
    if kind.counted and count is None:
        raise TypeError(f"{kind!r} has plural forms and needs a count")
    return Message(kind, values, count)


def english(source: str, count: int) -> str:
    """The Lookup of the source language: every text is its own wording (%n still filled in)."""
    return source


@functools.lru_cache(maxsize=4096)  # every message checks its wording's names: parse each wording once
def placeholders(text: str) -> frozenset[str]:
    """The field names of a str.format template ({case_id}, {path}); empty when it does not parse."""
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
    except ValueError:
        return frozenset({"\x00unparsable"})


def word(
    msg: Message,
    lookup: Lookup,
    language: str,
    name_country: Callable[[str, str], str] | None = None,
) -> str:
    """msg in one language: its wording from lookup with the values filled in.

    Values that are messages are worded the same way (a tuple of them joined by "; "); a CountryCode is
    named in language; a number is written by the language's rules (1.888 in German). A translation whose
    placeholders do not match the English (a translator's typo) is not used: the English wording is, so the
    person still reads the values.
    """
    count = -1 if msg.count is None else msg.count
    source: str = msg.kind.value
    template = lookup(source, count) or source
    if template != source and placeholders(template) != placeholders(source):
        template = source
    if "%n" in template:
        template = template.replace("%n", format_number(count, language))
    values = {key: _value(value, lookup, language, name_country) for key, value in msg.values.items()}
    try:
        return template.format_map(values)
    except (KeyError, ValueError, IndexError):
        return source.replace("%n", str(count)).format_map(values)


def _value(
    value: object, lookup: Lookup, language: str, name_country: Callable[[str, str], str] | None
) -> str:
    if isinstance(value, Message):
        return word(value, lookup, language, name_country)
    if isinstance(value, tuple | list):  # several messages, e.g. every problem of one row
        return "; ".join(_value(item, lookup, language, name_country) for item in value)
    if isinstance(value, CountryCode):
        if name_country is None:
            from ua_desktop.core.countries import country_name

            name_country = country_name
        return name_country(str(value), language)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value, language)
    if isinstance(value, PurePath):
        return str(value)
    return str(value)


def all_kinds() -> list[MessageKind]:
    """Every kind of every area, for the catalogue checks (each area's module must have been imported)."""
    found: list[MessageKind] = []
    pending = list(MessageKind.__subclasses__())
    while pending:
        kind_class = pending.pop()
        pending.extend(kind_class.__subclasses__())
        found.extend(kind_class)
    return found
