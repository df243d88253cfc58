"""Reading field values people type: country names or codes, language names, dates in local styles.

Names in English, German, French, Italian and Spanish come from CLDR (Babel), so "Schweiz", "Suisse",
"Switzerland" and "CH" all read as CH without a hand-written table.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel import Locale

from ua_desktop.core.roster.text import fold

NAME_LANGUAGES = ("en", "de", "fr", "it", "es")
_EXTRA_COUNTRY_NAMES = {"uk": "GB", "usa": "US", "u.s.a.": "US", "u.s.": "US", "england": "GB"}
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%y", "%d-%m-%Y")


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of today's countries and territories (CLDR via Babel).

    Read from CLDR's territory currency table (territories with a currency in use today, which leaves out
    the Soviet Union and Yugoslavia as well as pseudo-codes like EZ), because that loads in 5 ms where
    the English territory names take 100 ms, which an import of one row would notice.
    """
    from babel.core import get_global

    return frozenset(
        code
        for code, currencies in get_global("territory_currencies").items()
        if len(code) == 2 and code.isalpha() and any(entry[2] is None for entry in currencies)
    )


@functools.cache
def _country_lookup() -> dict[str, str]:
    import pycountry  # imported with the lookup it serves: only country names need it

    table: dict[str, str] = {}
    codes = country_codes()
    for lang in NAME_LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if code in codes:
                table.setdefault(fold(name), code)
    for code in codes:
        table[code.lower()] = code
    for country in pycountry.countries:
        if country.alpha_2 in codes:
            table.setdefault(country.alpha_3.lower(), country.alpha_2)
    table.update(_EXTRA_COUNTRY_NAMES)
    return table


def parse_country(text: str) -> str | None:
    """ISO alpha-2 code for a code or name in one of NAME_LANGUAGES; "" for empty, None if unknown."""
    if not text.strip():
        return ""
    code = text.strip().upper()
    if len(code) == 2 and code in country_codes():  # the usual case, without loading five locales
        return code
    return _country_lookup().get(fold(text).strip(" ."))


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


def parse_date(text: str) -> str | None:
    """ISO date for 2024-03-01, 01.03.2024, 01/03/2024 (day first) ...; "" for empty, None if unreadable."""
    text = text.strip()
    if not text:
        return ""
    text = text.split("T")[0].split(" ")[0]
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None
