"""Reading field values people type: country names or codes, language names, dates in local styles, yes/no.

Country and language names in English, German, French, Italian and Spanish come from CLDR (Babel), so
"Schweiz", "Suisse", "Switzerland", "CHE" and "CH" all read as CH (countries through core/countries.py).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Iterable

from ua_desktop.core.countries import NAME_LANGUAGES, country_code
from ua_desktop.core.locale_format import month_number
from ua_desktop.core.roster.text import fold


def parse_country(text: str) -> str | None:
    """ISO alpha-2 code for a code, alpha-3 code or name in a UI language; "" for empty, None if unknown.

    The one list and lookup of core/countries.py, so an import accepts exactly the countries the settings,
    the case editor and the signer form offer.
    """
    return country_code(text)


@functools.cache
def _language_codes() -> frozenset[str]:
    """Language codes CLDR has a locale for (from the names of its data files: fast to list)."""
    from babel.localedata import locale_identifiers

    return frozenset(
        code
        for code in (name.split("_")[0] for name in locale_identifiers())
        if code.isalpha() and len(code) <= 3
    )


@functools.cache
def _language_lookup() -> dict[str, str]:
    from babel import Locale  # CLDR's tables load in a tenth of a second: only when a name must be read

    table: dict[str, str] = {}
    codes = _language_codes()
    for lang in NAME_LANGUAGES:
        for code, name in Locale.parse(lang).languages.items():
            if code in codes:
                table.setdefault(fold(name), code)
    for code in codes:
        table[code] = code
    return table


def parse_language(text: str) -> str | None:
    """Language code for a code ("de", "de-CH" → "de") or a name ("Deutsch", "German"); None if unknown."""
    if not text.strip():
        return ""
    key = fold(text)
    if key in _language_codes():  # the usual case, without loading five locales
        return key
    found = _language_lookup().get(key)
    if found is None and re.fullmatch(r"[a-z]{2,3}[-_][a-z0-9]{2,8}", key):
        found = _language_lookup().get(key[:3].rstrip("-_"))
    return found


class DateOrder(enum.StrEnum):
    """The order of day, month and year in a file's numeric dates (`roster import --date-order`)."""

    DMY = "DMY"
    MDY = "MDY"
    YMD = "YMD"


# Numeric dates: three groups of digits separated by ".", "/" or "-" (a time after the date is ignored).
_NUMERIC_DATE_RE = re.compile(r"(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?")
# "1. März 2024", "1er mars 2024", "1 de marzo de 2024", "1st March 2024"; and "March 1, 2024".
_DAY_MONTH_YEAR_RE = re.compile(
    r"(\d{1,2})(?:\.|er|st|nd|rd|th|º|°)?\s*(?:de\s+)?([^\W\d_]+)\.?,?\s*(?:de\s+|del\s+)?(\d{4})"
)
_MONTH_DAY_YEAR_RE = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def _iso(year: int, month: int, day: int) -> str | None:
    if year < 100:  # two-digit years: this century, unless that lies in the future
        year += 2000 if 2000 + year <= dt.date.today().year else 1900
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric_parts(text: str) -> tuple[int, int, int, str, bool] | None:
    """The three numbers of a numeric date, its separator and whether the first is a four-digit year."""
    match = _NUMERIC_DATE_RE.fullmatch(text)
    if match is None:
        return None
    first, separator, second, third = match.groups()
    return int(first), int(second), int(third), separator, len(first) == 4


def date_is_ambiguous(text: str) -> bool:
    """Whether a numeric date reads differently day first and month first ("3/1/2024"; not "13/1/2024",
    "3.1.2024" (dots are written day first) or "3/3/2024")."""
    parts = _numeric_parts(text.strip().split("T")[0].split(" ")[0])
    if parts is None:
        return False
    first, second, _third, separator, year_first = parts
    return not year_first and separator != "." and first != second and first <= 12 and second <= 12


def file_date_order(values: Iterable[str]) -> DateOrder | None:
    """The order the file's unambiguous numeric dates show ("13/1/2024": DMY; "1/13/2024": MDY); None
    when none shows one, or the file shows both."""
    found: set[DateOrder] = set()
    for value in values:
        parts = _numeric_parts(value.strip().split("T")[0].split(" ")[0])
        if parts is None or parts[4] or parts[3] == ".":
            continue
        first, second = parts[0], parts[1]
        if first > 12 >= second:
            found.add(DateOrder.DMY)
        elif second > 12 >= first:
            found.add(DateOrder.MDY)
    return found.pop() if len(found) == 1 else None


@functools.cache
def country_date_order(country: str) -> DateOrder | None:
    """The order of a country's short numeric dates (CLDR: US → MDY, CH → DMY, CA → YMD); None if unknown."""
    if not re.fullmatch(r"[A-Za-z]{2}", country or ""):
        return None
    from babel.core import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(f"und_{country.upper()}").date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, KeyError, TypeError):
        return None
    positions = {letter: pattern.find(letter) for letter in "dMy"}
    if -1 in positions.values():
        return None
    order = "".join(sorted(positions, key=positions.__getitem__)).upper()
    return DateOrder(order) if order in DateOrder.__members__ else None


def parse_date(text: str, order: DateOrder | None = DateOrder.DMY) -> str | None:
    """ISO date for "2024-03-01", "01.03.2024", "3/1/2024" (in order), "1. März 2024", "1er mars 2024",
    "1 March 2024", "March 1, 2024"; "" for empty, None if unreadable, or ambiguous while order is None.

    Dots are written day first everywhere ("01.03.2024"); "/" and "-" follow order; a four-digit first
    number is a year (2024/03/01).
    """
    text = text.strip()
    if not text:
        return ""
    if len(text) > 10 and text[4:5] == "-" and text[10:11] in ("T", " "):
        text = text[:10]  # an ISO time stamp
    parts = _numeric_parts(text.split(" ")[0] if text[:1].isdigit() else text)
    if parts is not None:
        first, second, third, separator, year_first = parts
        if year_first:
            return _iso(first, second, third)
        if order == DateOrder.YMD and separator != ".":
            return _iso(first, second, third)
        if separator == "." or order == DateOrder.DMY:
            return _iso(third, second, first)
        if order == DateOrder.MDY:
            return _iso(third, first, second)
        if first == second or first > 12 or second > 12:
            return _iso(third, second, first) if first > 12 or first == second else _iso(third, first, second)
        return None  # "3/1/2024" with no order to read it by
    match = _DAY_MONTH_YEAR_RE.fullmatch(text)
    if match is not None and (month := month_number(match.group(2))) is not None:
        return _iso(int(match.group(3)), month, int(match.group(1)))
    match = _MONTH_DAY_YEAR_RE.fullmatch(text)
    if match is not None and (month := month_number(match.group(1))) is not None:
        return _iso(int(match.group(3)), month, int(match.group(2)))
    return None


# Yes and no as spreadsheets and people write them, in the five interface languages (folded: no accents).
_YES = frozenset(
    {
        "1",
        "yes",
        "y",
        "true",
        "x",
        "\u2713",
        "\u2714",
        "ja",
        "j",
        "wahr",
        "oui",
        "o",
        "vrai",
        "si",
        "s",
        "vero",
        "verdadero",
    }
)
_NO = frozenset({"0", "no", "n", "false", "nein", "falsch", "non", "faux", "falso", "-"})


def parse_flag(text: str) -> str | None:
    """ "1" for yes (yes, 1, ja, oui, sì, sí, x, true …), "0" for no or empty, None when it is neither."""
    key = fold(text)
    if not key:
        return "0"
    if key in _YES:
        return "1"
    if key in _NO:
        return "0"
    return None
