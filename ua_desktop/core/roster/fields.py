"""Reading field values people type: country names or codes, language names, dates in local styles, yes/no.

Country and language names in English, German, French, Italian and Spanish come from CLDR (Babel), so
"Schweiz", "Suisse", "Switzerland", "CHE" and "CH" all read as CH (countries through core/countries.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from babel import Locale

from ua_desktop.core.countries import NAME_LANGUAGES, country_code
from ua_desktop.core.roster.text import fold

_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%y", "%d-%m-%Y")


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
