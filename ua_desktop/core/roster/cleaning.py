"""The one cleaning table for every way a signer enters the roster.

`roster import` (CSV and vCard), `roster add`, the signer dialog and a walk-in at the sign-in table all clean
a field with clean_values() (a whole import column at once) or clean_value() (one typed value), which is
clean_values() of a one-value column; clean_signer() cleans every field of a Signer. The text rules are those
of core/roster/text.py (junk characters, soft hyphens, spaces, NFC); on top of them:

| field | rule |
|---|---|
| every field | text.py hygiene: controls, zero-width spaces, bidi overrides and soft hyphens removed; NFC |
| one-line fields | a run of whitespace (NBSP, thin space, tab, line break) becomes one space; ends trimmed |
| street, notes | line breaks kept (\\n), each line tidied as a one-line field, empty lines dropped |
| e-mail | core/email_address.normalise_email(): "mailto:" removed, "Name <a@b>" and "<a@b>" reduced to the
  address, the domain in lower case (the local part is kept: a mail server may tell "Anna" from "anna") |
| postal code | core/postcodes.normalise_postcode() for the row's country (or the group's); with no postcode,
  one at the start or end of the city ("8001 Zürich") is split off when it has the country's form |
| tags | each tag as a one-line field |

Import reads a whole file through text.clean_document() first (the same junk table, one pass for the file),
so its columns skip the junk step (document_clean=True) and do the rest column by column.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Sequence

from ua_desktop.core.email_address import normalise_email
from ua_desktop.core.postcodes import normalise_postcode, split_postcode_from_city
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.text import JUNK_RE, SOFT_HYPHEN_RE, WHITESPACE, clean_multiline

__all__ = ["clean_signer", "clean_value", "clean_values", "normalise_email", "normalise_postcodes"]

MULTILINE = frozenset({"street", "street2", "notes"})
# A space doubled or ending a value, and one starting a value, in a column joined by "\x1f".
_SPACE_BEFORE = re.compile(" [ \x1f]")
_SPACE_AFTER = re.compile("\x1f ")
_OTHER_SPACES = tuple(c for c in WHITESPACE if c not in " \t\n\r" and not c.isascii())
# After an "@" in a column of e-mail addresses joined by "\x1f" that has capitals somewhere: an upper-case
# ASCII letter, or a character beyond ASCII (an international domain, which may have capitals). Local parts
# are never looked at; the repeated class excludes what the pattern ends with, so it never backtracks.
# Compiled on first use: the class up to U+10FFFF takes the re module a hundredth of a second to build.


@functools.cache
def _domain_to_lower_re() -> re.Pattern[str]:
    return re.compile("@[^\x1f@A-Z\x80-\U0010ffff]*[A-Z\x80-\U0010ffff]")


def clean_values(
    column: str,
    values: Sequence[str],
    countries: Sequence[str] | None = None,
    *,
    default_country: str = "",
    document_clean: bool = False,
) -> list[str]:
    """values of one field cleaned by the table above (countries: each value's country, for postcodes).

    A few scans of the joined column decide which steps are needed; most columns need none.
    """
    values = list(values)
    if not values:
        return values
    joined = "\x1f".join(values)
    if not document_clean and (JUNK_RE.search(joined) or not unicodedata.is_normalized("NFC", joined)):
        values = [unicodedata.normalize("NFC", JUNK_RE.sub("", v)) for v in values]
        joined = "\x1f".join(values)
    if "\xad" in joined:
        values = [SOFT_HYPHEN_RE.sub("", v) if "\xad" in v else v for v in values]
        joined = "\x1f".join(values)
    if _untidy(joined):
        if column in MULTILINE:
            values = [clean_multiline(v) if ("\n" in v or "\r" in v) else " ".join(v.split()) for v in values]
        else:
            values = list(map(" ".join, map(str.split, values)))
        joined = "\x1f".join(values)
    if column == "email":
        if (
            ":" in joined
            or "<" in joined
            or (_has_capitals(joined) and _domain_to_lower_re().search(joined) is not None)
        ):
            values = [normalise_email(v) if _email_untidy(v) else v for v in values]
    elif column == "postal_code":
        values = normalise_postcodes(values, countries, default_country)
    return values


def _untidy(joined: str) -> bool:
    """Whether some value has whitespace to tidy: a tab, a line break, a space doubled or at an end, or
    a space other than the plain one (NBSP, thin space …)."""
    if "\t" in joined or "\n" in joined or "\r" in joined or "\xa0" in joined:
        return True
    if " " in joined and (
        _SPACE_BEFORE.search(joined) is not None
        or _SPACE_AFTER.search(joined) is not None
        or joined[:1] == " "
        or joined[-1:] == " "
    ):
        return True
    return not joined.isascii() and any(space in joined for space in _OTHER_SPACES)


# Capital letters below U+0100 (A-Z, À-Þ without ×), as bytes for one bytes.translate() over a column.
_LATIN1_CAPITALS = bytes(c for c in range(256) if chr(c).isupper())


def _has_capitals(joined: str) -> bool:
    """Whether joined may hold a capital letter; one bytes.translate() for Western European text."""
    try:
        data = joined.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return len(data.translate(None, _LATIN1_CAPITALS)) != len(data)


def _email_untidy(value: str) -> bool:
    """Whether normalise_email could change value (a cheap look: a colon, an angle bracket, capitals)."""
    return ":" in value or "<" in value or value != value.lower() or value != value.strip()


def clean_value(column: str, value: str, country: str = "") -> str:
    """One value of column cleaned as an import cleans it (clean_values of a one-value column)."""
    return clean_values(column, [value], [country])[0]


def normalise_postcodes(
    values: Sequence[str], countries: Sequence[str] | None, default_country: str = ""
) -> list[str]:
    """Each postcode in its country's usual writing (core/postcodes.normalise_postcode); a row without a
    country takes default_country (the group's)."""
    values = list(values)
    if countries is None or not countries:
        countries = [""] * len(values)
    if countries.count(countries[0]) == len(countries):  # one country (often none) throughout
        country = countries[0] or default_country
        distinct = set(values)
        distinct.discard("")
        mapped = {v: normalise_postcode(country, v) for v in distinct}
        if all(k == v for k, v in mapped.items()):
            return values
        mapped[""] = ""
        return list(map(mapped.__getitem__, values))
    pairs = set(zip(countries, values, strict=True))
    normal = {(c, v): normalise_postcode(c or default_country, v) if v else v for c, v in pairs}
    if all(pair[1] == value for pair, value in normal.items()):
        return values
    return list(map(normal.__getitem__, zip(countries, values, strict=True)))


def clean_signer(signer: Signer, default_country: str = "") -> Signer:
    """signer with every field cleaned by the table (the GUI dialog, `roster add`, a walk-in)."""
    country = signer.country or default_country

    def one(column: str) -> str:
        return clean_value(column, str(getattr(signer, column)), country)

    street = clean_values("street", ["\n".join(signer.street)])[0]
    tags = tuple(dict.fromkeys(t for t in clean_values("tags", list(signer.tags)) if t))
    postal_code, city = one("postal_code"), one("city")
    if not postal_code and (split := split_postcode_from_city(country, city)) is not None:
        postal_code, city = split  # "8001 Zürich" typed as the city, as an import splits it
    return dataclasses.replace(
        signer,
        title=one("title"),
        first_name=one("first_name"),
        last_name=one("last_name"),
        organisation=one("organisation"),
        street=tuple(street.split("\n")) if street else (),
        postal_code=postal_code,
        city=city,
        region=one("region"),
        country=one("country"),
        email=one("email"),
        phone=one("phone"),
        language=one("language"),
        notes=one("notes"),
        consent_date=one("consent_date"),
        consent_method=one("consent_method"),
        tags=tags,
    )
