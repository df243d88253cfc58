"""Read one addressee block of an Urgent Action into a Recipient.

A block is printed the way the envelope should look: the name (with an honorific such as "The
Honorable"), the official's title, the ministry, street lines, the postcode and city line, the country. The
reader recognises those parts by their shape and leaves a part empty, with a note, when it is not there;
it never fills a part in from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ua_desktop.core.address import postal_code_patterns
from ua_desktop.core.cases.model import Recipient, RecipientRole
from ua_desktop.core.cases.ua_words import country_code

HONORIFICS = (
    "The Honorable",
    "The Honourable",
    "The Hon.",
    "His Excellency",
    "Her Excellency",
    "H.E.",
    "Son Excellence",
    "S.E.",
    "Excmo. Sr.",
    "Excma. Sra.",
    "Excelentísimo Señor",
    "Excelentísima Señora",
    "Sua Eccellenza",
    "Monsieur",
    "Madame",
    "Herrn",
    "Herr",
    "Frau",
    "Hojatoleslam",
    "Ayatollah",
    "Consigliere",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Dr.",
    "Dr",
    "Prof.",
    "M.",
    "Mme",
    "Señor",
    "Señora",
    "Sr.",
    "Sra.",
    "On.",
    "Sig.",
    "Sig.ra",
)
_US_CITY_RE = re.compile(r"^(?P<city>[^\d,]+?),?\s+(?P<region>[A-Z]{2})\s+(?P<zip>\d{5}(?:-\d{4})?)$")
_ZIP_FIRST_RE = re.compile(
    r"^(?:[A-Z]{1,3}-)?(?P<zip>\d{5}-\d{3}|\d{4,6}|\d{3} \d{2}|\d{2}-\d{3})\s+(?P<city>\D.*)$"
)
_ZIP_LAST_RE = re.compile(r"^(?P<city>[^\d,]+?),?\s+(?P<zip>\d{5}-\d{5}|\d{10}|\d{4,6})$")
_POST_BOX_RE = re.compile(
    r"^(?:p\.?\s?o\.?\s+box|postfach|case postale|b\.?p\.?|apartado(?: postal)?|casella postale)\s+\d",
    re.IGNORECASE,
)
_STREET_WORDS_RE = re.compile(
    r"\d|\b(?:p\.?\s?o\.?\s+box|postfach|case postale|b\.?p\.?|apartado|casella postale|avenue|street|"
    r"road|boulevard|strasse|straße|gasse|platz|rue|place|chemin|calle|avenida|plaza|via|piazza|viale)\b",
    re.IGNORECASE,
)


@dataclass
class ParsedRecipient:
    """A recipient, the notes about what its block did not say, and the line each field came from."""

    recipient: Recipient
    notes: list[tuple[str, str]] = field(default_factory=list)  # (field, note)
    line_of: dict[str, int] = field(default_factory=dict)  # field -> index into the block's lines


def split_honorific(line: str) -> tuple[str, str]:
    """("The Honorable", "Kristi Noem") from "The Honorable Kristi Noem"; no honorific gives ("", line)."""
    for honorific in HONORIFICS:
        if line.startswith(honorific + " ") and len(line) > len(honorific) + 1:
            return honorific, line[len(honorific) :].strip()
    return "", line


def _place(line: str) -> tuple[str, str, str] | None:
    """(city, region, postal code) when line is a postcode-and-city line (a post box is not one)."""
    if _POST_BOX_RE.match(line):
        return None
    for pattern in (_US_CITY_RE, _ZIP_FIRST_RE, _ZIP_LAST_RE):
        match = pattern.match(line)
        if match:
            groups = match.groupdict()
            return groups["city"].strip(" ,"), groups.get("region") or "", groups["zip"]
    return None


def looks_like_address(lines: list[str]) -> bool:
    """True when the lines end with a country, or hold a postcode-and-city line: a postal address."""
    if not lines:
        return False
    last = lines[-1]
    ends_with_country = country_code(last) is not None or (
        "," in last and country_code(last.rsplit(",", 1)[1]) is not None
    )
    return ends_with_country or any(_place(line) for line in lines[1:])


def _title_first(lines: list[str]) -> bool:
    """ "Minister of Justice" above "Dr Marcos Lima": the title opens the block and the name follows."""
    return len(lines) > 2 and not split_honorific(lines[0])[0] and bool(split_honorific(lines[1])[0])


def parse_address_block(lines: list[str], role: RecipientRole = RecipientRole.PRIMARY) -> ParsedRecipient:
    """Read the block's lines (blank lines, rules and labelled lines already removed) into a Recipient."""
    numbered = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    lines = [line for _i, line in numbered]
    notes: list[tuple[str, str]] = []
    line_of: dict[str, int] = {}
    country = ""
    if len(lines) > 1 and (code := country_code(lines[-1])):
        country = code
        line_of["country"] = len(lines) - 1
        lines = lines[:-1]
    elif len(lines) > 1 and "," in lines[-1] and (code := country_code(lines[-1].rsplit(",", 1)[1])):
        country = code  # "San Isidro, Lima 27, Peru": the country closes the last line
        line_of["country"] = len(lines) - 1
        lines = [*lines[:-1], lines[-1].rsplit(",", 1)[0].strip()]
    else:
        notes.append(("country", "the address block does not end with a country"))
    title_first = _title_first(lines)
    first_other = 2 if title_first else 1
    city = region = postal_code = ""
    places = (
        (i, found)
        for i in range(len(lines) - 1, first_other - 1, -1)
        if (found := _place(lines[i])) is not None
    )
    last_place = next(places, None)
    if last_place is not None:
        place_index, (city, region, postal_code) = last_place
        middle, after = lines[first_other:place_index], lines[place_index + 1 :]
        line_of["city"] = line_of["postal_code"] = place_index
    elif len(lines) > first_other and not re.search(r"\d", lines[-1]):
        city = lines[-1]  # some countries have no postcodes: the last line is the town
        line_of["city"] = len(lines) - 1
        middle, after = lines[first_other:-1], []
        if not country or postal_code_patterns(country):
            notes.append(("postal_code", "no postcode found in the address; add it if the country uses one"))
    else:
        middle, after = lines[first_other:], []
        notes.append(("city", "no postcode and city line found in the address"))
    name_index = 1 if title_first else 0
    honorific, name = split_honorific(lines[name_index]) if lines else ("", "")
    if name:
        line_of["name"] = name_index
    else:
        notes.append(("name", "the address block has no name"))
    street_start = next((i for i, line in enumerate(middle) if _STREET_WORDS_RE.search(line)), len(middle))
    heading, street = middle[:street_start], middle[street_start:] + after
    if title_first:
        title = lines[0]
        line_of["title"] = 0
        organisation = heading[0] if heading else ""
        street = heading[1:] + street
    else:
        title = heading[0] if heading else ""
        organisation = heading[1] if len(heading) > 1 else ""
        street = heading[2:] + street
        if title:
            line_of["title"] = first_other
    if organisation:
        line_of["organisation"] = lines.index(organisation, first_other)
    if street:
        line_of["street"] = lines.index(street[0], first_other)
    else:
        notes.append(("street", "no street or post-box line found in the address"))
    recipient = Recipient(
        name=name,
        role=role,
        honorific=honorific,
        title=title,
        organisation=organisation,
        street=tuple(street),
        city=city,
        region=region,
        postal_code=postal_code,
        country=country,
    )
    return ParsedRecipient(recipient, notes, {key: numbered[i][0] for key, i in line_of.items()})
