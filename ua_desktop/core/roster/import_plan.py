"""The planning half of an import: from parsed records to checked columns, duplicates and merges.

Work is done a column at a time with C-level builtins (map, zip, str methods, one regex over a whole
column) instead of a Python loop with a dozen steps per row: that is what keeps 100,000 rows within three
times a bare csv + executemany. Values are only turned into a Signer for a row that fails a check, to
word its problems, and for merges.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ua_desktop.core.email_address import EMAIL_RE
from ua_desktop.core.messages import CountryCode, Message, message
from ua_desktop.core.postcodes import may_hold_postcode, postcode_is_valid, split_postcode_from_city
from ua_desktop.core.roster.cleaning import clean_values, normalise_postcodes
from ua_desktop.core.roster.fields import (
    DateOrder,
    country_date_order,
    date_is_ambiguous,
    file_date_order,
    parse_country,
    parse_date,
    parse_flag,
    parse_language,
)
from ua_desktop.core.roster.mapping import HELPER_TARGETS
from ua_desktop.core.roster.matching import Match
from ua_desktop.core.roster.messages import FieldName, ProblemKind, RowMessage
from ua_desktop.core.roster.signer import TEXT_COLUMNS, Signer, split_tags
from ua_desktop.core.roster.source import RowProblem
from ua_desktop.core.roster.text import (
    REPLACEMENT_CHARACTER,
    SUSPECT_LOST_LETTERS,
    SUSPECT_MOJIBAKE,
    SUSPECT_MULTI_VALUE,
    SUSPECT_UNREADABLE,
    WHITESPACE,
    has_lost_letters,
    may_hold_mojibake,
    repair_mojibake,
)
from ua_desktop.core.roster.validation import Problem, max_length, validate_signer

# Google Contacts puts several values in one cell: "a@x.org ::: b@y.org".
_MULTI_VALUE = SUSPECT_MULTI_VALUE
_NOT_SPLIT = frozenset({"notes", "tags", "street", "street2"})  # kept whole (a street may hold ":::" no more
# than a note; Google's multi-values are e-mail addresses, phones and labels)
# Where the house number goes before the street name ("12 Main Street", "12 rue de la Paix"); everywhere
# else it follows it ("Hauptstrasse 12", "Via Roma 12", "Kalverstraat 12").
NUMBER_FIRST_COUNTRIES = frozenset(
    {
        "AU",
        "CA",
        "FR",
        "GB",
        "HK",
        "IE",
        "IN",
        "LU",
        "MC",
        "MY",
        "NG",
        "NZ",
        "PH",
        "SG",
        "TH",
        "US",
        "VN",
        "ZA",
    }
)
# What a lossy export or a wrong encoding does to text, checked in the columns people read on a letter.
_REVIEWED = (
    "title",
    "first_name",
    "last_name",
    "organisation",
    "street",
    "postal_code",
    "city",
    "region",
    "phone",
    "notes",
    "consent_method",
)
_LETTERS_LOST_IN = frozenset({"title", "first_name", "last_name", "street", "city", "region"})
_FORMULA_MARKS = ("'=", "'+", "'-", "'@")
# Checking a whole e-mail column at once: what follows each "@", and the shape of a domain.
_AFTER_AT = re.compile(r"@([^\n]*)")
_DOMAIN = re.compile(r"[^@\s.]+(?:\.[^@\s.]+)+")  # the part of EMAIL_RE after the "@"
_EMAIL_SPACES = tuple(c for c in WHITESPACE if c != "\n")


@dataclass
class Plan:
    """Checked rows as columns (TEXT_COLUMNS order), which to insert, and merges into existing signers."""

    count: int = 0
    raw: Sequence[Sequence[str]] = field(default_factory=list)  # the file's columns, until build_columns
    longest: int | None = None  # no field of the file is longer, when that is known
    columns: dict[str, list[str]] = field(default_factory=dict)
    tags: list[tuple[str, ...]] = field(default_factory=list)
    kept: list[int] | None = None  # which records rows holds (None: all); the others were bad
    line_numbers: Callable[[], list[int]] = list  # first line of every record, worked out on demand
    _lines: list[int] | None = None
    insert: list[int] = field(default_factory=list)  # row indexes to insert, in file order
    merges: dict[int, list[int]] = field(default_factory=dict)  # existing signer id → row indexes
    problems: list[RowProblem] = field(default_factory=list)
    folded_first: list[str] = field(default_factory=list)  # filled by matching.find_duplicates, for sort keys
    folded_last: list[str] = field(default_factory=list)
    sort_keys: list[str] = field(default_factory=list)  # sort_key_of() of every row
    duplicates: list[Match] = field(default_factory=list)  # rows that are a person already known
    possible: list[Match] = field(default_factory=list)  # rows imported that may be a person already known

    def line(self, row: int) -> int:
        """The file line where row starts (numbering the file costs a second parse, so only on demand)."""
        if self._lines is None:
            self._lines = self.line_numbers()
        return self._lines[self.kept[row] if self.kept is not None else row]

    def signer(self, row: int) -> Signer:
        return Signer.from_columns(
            {column: self.columns[column][row] for column in TEXT_COLUMNS}, tags=self.tags[row]
        )


def _clean_column(values: Sequence[str], target: str, own_export: bool) -> list[str]:
    """The column cleaned by the entry paths' one table (cleaning.clean_values; postcodes are normalised
    once their countries are read); the "'=" marks our own export put before formula-looking cells removed
    (only from our own export: in another file the apostrophe is the value as written)."""
    if own_export:
        joined = "\x1f".join(values)
        # Single characters are found fast; pairs only where the character occurs at all.
        if "'" in joined and ("\x1f'" in joined or joined[:1] == "'"):
            values = _unmark(list(values))
    return clean_values("" if target == "postal_code" else target, values, document_clean=True)


def _unmark(values: list[str]) -> list[str]:
    """Remove the apostrophe our export puts before formula-looking cells, so an export round-trips."""
    return [v[1:] if v.startswith(_FORMULA_MARKS) else v for v in values]


def build_columns(
    file_columns: Sequence[Sequence[str]],
    count: int,
    targets: list[str | None],
    problems: dict[int, list[Message]],
    headers: Sequence[str] | None = None,
    suspects: frozenset[str] | None = None,
    *,
    review: dict[int, list[Message]] | None = None,
    own_export: bool = False,
    default_country: str = "",
    date_order: DateOrder | None = None,
) -> tuple[dict[str, list[str]], list[tuple[str, ...]]]:
    """Columns of cleaned, parsed values from the file's columns (count values each, in the order of
    targets, headed by headers); problems[row] collects what is wrong with a row, review[row] what to
    check in a row that is imported. suspects: what the file holds at all (SourceTable.suspects; None:
    unknown, look). own_export: the file is the program's own export (csv_export.is_own_export).
    default_country: the group's country, for rows without one (postcodes, the date order); date_order:
    the order of numeric dates asked for (None: the file's own, else the group country's)."""
    if review is None:
        review = {}
    multi_values = suspects is None or SUSPECT_MULTI_VALUE in suspects
    raw: dict[str, list[str] | None] = dict.fromkeys((*TEXT_COLUMNS, *sorted(HELPER_TARGETS), "tags"))
    extra_values: dict[int, list[str]] = {}  # row → "header: value" lines of multi-value cells, for notes
    if count:
        names = list(headers) if headers is not None else [str(t) for t in targets]
        for values, target, header in zip(file_columns, targets, names, strict=True):
            if target is not None:
                cleaned = _clean_column(values, target, own_export)
                if multi_values and target not in _NOT_SPLIT:
                    cleaned = _first_values(cleaned, header, extra_values)
                raw[target] = cleaned
    empty = [""] * count
    columns: dict[str, list[str]] = {c: raw[c] or empty for c in TEXT_COLUMNS}
    if raw["full_name"]:
        columns["first_name"], columns["last_name"] = _split_full_names(
            raw["full_name"], columns["first_name"], columns["last_name"]
        )
    if raw["middle_name"]:
        columns["first_name"] = _joined(columns["first_name"], raw["middle_name"], " ")
    if raw["last_name_prefix"]:
        columns["last_name"] = _joined(raw["last_name_prefix"], columns["last_name"], " ")
    if raw["second_last_name"]:
        columns["last_name"] = _joined(columns["last_name"], raw["second_last_name"], " ")
    if extra_values:
        notes = list(columns["notes"])
        for row, lines in extra_values.items():
            notes[row] = "\n".join([notes[row], *lines] if notes[row] else lines)
        columns["notes"] = notes
    for column, parser, label in (
        ("country", parse_country, ProblemKind.UNKNOWN_COUNTRY),
        ("language", parse_language, ProblemKind.UNKNOWN_LANGUAGE),
        ("privacy", parse_flag, ProblemKind.NOT_YES_NO),
    ):
        if raw[column]:
            columns[column] = _parse_column(columns[column], parser, label, column, problems)
    if raw["consent_date"]:
        columns["consent_date"] = _parse_dates(columns["consent_date"], date_order, default_country, problems)
        _flag_future_dates(columns["consent_date"], review)
    if raw["postal_code"] or raw["city"]:
        columns["postal_code"] = normalise_postcodes(
            columns["postal_code"], columns["country"], default_country
        )
        _postcodes_from_cities(columns, default_country, review)
    if raw["email"]:
        _invalid_emails_to_notes(columns, review)
    if raw["house_number"]:
        columns["street"] = _with_house_numbers(columns["street"], raw["house_number"], columns["country"])
    if raw["street2"]:
        columns["street"] = _joined(columns["street"], raw["street2"], "\n")
    tag_cache: dict[str, tuple[str, ...]] = {}
    if raw["tags"]:
        for value in set(raw["tags"]):
            google = _MULTI_VALUE in value or value.startswith("* ")
            tag_cache[value] = split_tags(_contacts_labels(value) if google else value)
        tags = list(map(tag_cache.__getitem__, raw["tags"]))
    else:
        tags = [()] * count
    return columns, tags


def _parse_dates(
    values: list[str], order: DateOrder | None, country: str, problems: dict[int, list[Message]]
) -> list[str]:
    """Consent dates read in the file's order: the one asked for, else the one the file's unambiguous
    dates show ("13/1/2024"), else the group country's; an ambiguous date without any is a problem."""
    distinct = set(values)
    if order is None and any(map(date_is_ambiguous, distinct)):
        by_country = country_date_order(country)
        order = file_date_order(distinct) or (by_country if by_country is not DateOrder.YMD else None)
    found: dict[int, list[Message]] = {}
    parser = functools.partial(parse_date, order=order)
    parsed = _parse_column(values, parser, ProblemKind.BAD_DATE, "consent_date", found)
    for row in found:
        kind = ProblemKind.AMBIGUOUS_DATE if order is None and date_is_ambiguous(values[row]) else None
        problems.setdefault(row, []).extend(
            found[row] if kind is None else [Problem(kind, "consent_date", values[row]).message()]
        )
    return parsed


def _flag_future_dates(dates: list[str], review: dict[int, list[Message]]) -> None:
    """A consent date after today is imported, and listed to check (a typo in the year, most often)."""
    today = dt.date.today().isoformat()
    if max(dates, default="") > today:
        for row, date in enumerate(dates):
            if date > today:
                review.setdefault(row, []).append(message(RowMessage.CONSENT_IN_FUTURE, value=date))


def _postcodes_from_cities(
    columns: dict[str, list[str]], default_country: str, review: dict[int, list[Message]]
) -> None:
    """A postcode written into the city column ("8001 Zürich") with none in the postcode column is split
    off when it has the country's form; otherwise the row is listed to check (never dropped)."""
    postcodes, cities, countries = columns["postal_code"], columns["city"], columns["country"]
    if "" not in postcodes or not any(map(str.isdigit, "".join(set(cities)))):
        return
    postcodes, cities = list(postcodes), list(cities)
    for row, (postcode, city) in enumerate(zip(columns["postal_code"], columns["city"], strict=True)):
        if postcode or not may_hold_postcode(city):
            continue
        country = countries[row] or default_country
        split = split_postcode_from_city(country, city)
        if split is not None:
            postcodes[row], cities[row] = split
            review.setdefault(row, []).append(
                message(RowMessage.POSTCODE_FROM_CITY, postcode=split[0], value=city)
            )
        elif country:  # without a country nothing tells a postcode from a house number in a place name
            review.setdefault(row, []).append(
                message(RowMessage.POSTCODE_IN_CITY, value=city, country=CountryCode(country))
            )
    columns["postal_code"], columns["city"] = postcodes, cities


def _invalid_emails_to_notes(columns: dict[str, list[str]], review: dict[int, list[Message]]) -> None:
    """An e-mail column is never required: a value that is not an address is kept in the notes, the row
    imported without an e-mail and listed to check."""
    emails = columns["email"]
    if _emails_certainly_valid(emails):
        return
    bad = [row for row, email in enumerate(emails) if email and EMAIL_RE.match(email) is None]
    if not bad:
        return
    emails, notes = list(emails), list(columns["notes"])
    for row in bad:
        notes[row] = f"{notes[row]}\n{emails[row]}" if notes[row] else emails[row]
        review.setdefault(row, []).append(message(RowMessage.EMAIL_TO_NOTES, value=emails[row]))
        emails[row] = ""
    columns["email"], columns["notes"] = emails, notes


def _joined(first: list[str], second: list[str], separator: str) -> list[str]:
    """first and second joined row by row, the separator only where both have a value."""
    return [f"{a}{separator}{b}" if a and b else a or b for a, b in zip(first, second, strict=True)]


def _first_values(values: list[str], header: str, extra: dict[int, list[str]]) -> list[str]:
    """values with only the first of each multi-value cell ("a@x.org ::: b@y.org" → "a@x.org"); the others
    go to extra[row] as "header: b@y.org", so nothing the file held is lost (they end up in the notes)."""
    if _MULTI_VALUE not in "\x1f".join(values):
        return values
    result = list(values)
    for row, value in enumerate(values):
        if _MULTI_VALUE in value:
            parts = [part.strip() for part in value.split(_MULTI_VALUE)]
            parts = [part for part in parts if part]
            result[row] = parts[0] if parts else ""
            if len(parts) > 1:
                extra.setdefault(row, []).append(f"{header}: {', '.join(parts[1:])}")
    return result


def _contacts_labels(value: str) -> str:
    """Google Contacts' labels ("* myContacts ::: Friends") as tags: every contact's "myContacts" left out,
    the star that marks Google's own groups removed."""
    labels = (label.strip().removeprefix("* ").strip() for label in value.split(_MULTI_VALUE))
    return ";".join(label for label in labels if label and "".join(label.casefold().split()) != "mycontacts")


def _with_house_numbers(streets: list[str], numbers: list[str], countries: list[str]) -> list[str]:
    """The house number joined to the first street line in the country's order; a row without a country
    takes the country most rows have (none: the number follows the street, as in most of Europe)."""
    common = collections.Counter(c for c in countries if c).most_common(1)
    default = common[0][0] if common else ""
    result: list[str] = []
    for street, number, country in zip(streets, numbers, countries, strict=True):
        if not number:
            result.append(street)
            continue
        first, newline, rest = street.partition("\n")
        if not first:
            line = number
        elif (country or default) in NUMBER_FIRST_COUNTRIES:
            line = f"{number} {first}"
        else:
            line = f"{first} {number}"
        result.append(line + newline + rest)
    return result


def review_columns(
    columns: dict[str, list[str]], review: dict[int, list[Message]], suspects: frozenset[str] | None = None
) -> None:
    """What a wrong encoding or a lossy export did to the text, before it is written: text garbled by a
    wrong encoding ("MÃ¼ller") is put right, letters an export replaced by "?" ("Petrovi?") and characters
    a decoder could not read (U+FFFD) are flagged. review[row] collects what to tell about a row (it is
    imported all the same). A few scans per column; only the rows they point at are looked at one by one.
    suspects (SourceTable.suspects): what the file holds at all; a check it rules out is not made.
    """
    if suspects is None:
        suspects = frozenset({SUSPECT_MOJIBAKE, SUSPECT_LOST_LETTERS, SUSPECT_UNREADABLE})
    mojibake, lost, unreadable = (
        mark in suspects for mark in (SUSPECT_MOJIBAKE, SUSPECT_LOST_LETTERS, SUSPECT_UNREADABLE)
    )
    if not (mojibake or lost or unreadable):
        return  # the usual file: no column is joined to be looked at
    for column in _REVIEWED:
        values = columns[column]
        joined = "\x1f".join(values)
        if not joined.strip("\x1f") or (joined.isascii() and "?" not in joined):
            continue
        field_name = message(FieldName[column])
        if mojibake and not joined.isascii() and may_hold_mojibake(joined):
            repaired = list(map(repair_mojibake, values))
            changed = [row for row, (a, b) in enumerate(zip(values, repaired, strict=True)) if a != b]
            for row in changed:
                review.setdefault(row, []).append(
                    message(
                        RowMessage.GARBLED_REPAIRED,
                        field=field_name,
                        value=values[row],
                        repaired=repaired[row],
                    )
                )
            if changed:
                columns[column] = values = repaired
        if lost and column in _LETTERS_LOST_IN and "?" in joined:
            for row, value in enumerate(values):
                if has_lost_letters(value):
                    review.setdefault(row, []).append(
                        message(RowMessage.LOST_LETTERS, field=field_name, value=value)
                    )
        if unreadable and REPLACEMENT_CHARACTER in joined:
            for row, value in enumerate(values):
                if REPLACEMENT_CHARACTER in value:
                    review.setdefault(row, []).append(
                        message(RowMessage.UNREADABLE_CHARACTERS, field=field_name, value=value)
                    )


def _split_full_names(full: list[str], first: list[str], last: list[str]) -> tuple[list[str], list[str]]:
    new_first, new_last = list(first), list(last)
    for row, name in enumerate(full):
        if name and not (first[row] or last[row]):
            if "," in name:  # "Muster, Anna"
                family, _, given = name.partition(",")
            else:  # "Anna Maria Muster"
                given, _, family = name.rpartition(" ")
            new_first[row], new_last[row] = given.strip(), family.strip()
    return new_first, new_last


def _parse_column(
    values: list[str],
    parser: Callable[[str], str | None],
    kind: ProblemKind,
    column: str,
    problems: dict[int, list[Message]],
) -> list[str]:
    if values and values.count(values[0]) == len(values):  # one value throughout (often the country)
        value = parser(values[0])
        if value is not None:
            return [value] * len(values)
    parsed = {value: parser(value) for value in set(values)}
    if None in parsed.values():
        for row, value in enumerate(values):
            if parsed[value] is None:
                problems.setdefault(row, []).append(Problem(kind, column, value).message())
    return list(map({value: parsed[value] or "" for value in parsed}.__getitem__, values))


def check_columns(
    columns: dict[str, list[str]],
    tags: list[tuple[str, ...]],
    problems: dict[int, list[Message]],
    longest: int | None = None,
    emails_checked: bool = False,
) -> set[int]:
    """Rows that fail a signer check (their problems worded by validate_signer, as for one signer).

    emails_checked: build_columns has moved every e-mail value that is not an address into the notes
    (an import), so the column is not looked at again.

    longest, when known, is the file's longest line. Every value comes from one line (two street
    fields join within their line; parsed codes and dates are short), so a column whose limit is at
    least that long cannot hold a value too long and is not measured.
    """
    suspects: set[int] = set()
    first, last = columns["first_name"], columns["last_name"]
    if "" in first and "" in last:  # someone may lack both names
        suspects.update(row for row, name in enumerate(map(operator.add, first, last)) if not name)
    for column in TEXT_COLUMNS:
        values = columns[column]
        limit = max_length(column)
        if longest is not None and longest <= limit:
            continue
        if values and any(values) and max(map(len, values)) > limit:
            suspects.update(row for row, value in enumerate(values) if len(value) > limit)
    if (longest is None or longest > max_length("tags")) and any(
        len(t) > max_length("tags") for row_tags in set(tags) for t in row_tags
    ):
        suspects.update(
            row for row, row_tags in enumerate(tags) if any(len(t) > max_length("tags") for t in row_tags)
        )
    emails = columns["email"]
    if not emails_checked and not _emails_certainly_valid(emails):
        suspects.update(
            row
            for row, (email, match) in enumerate(zip(emails, map(EMAIL_RE.match, emails), strict=True))
            if email and match is None
        )
    countries, postcodes = columns["country"], columns["postal_code"]
    if countries and countries.count(countries[0]) == len(countries):  # one country: its postcodes
        pairs = set(zip(itertools.repeat(countries[0]), set(postcodes)))
    else:
        pairs = set(zip(countries, postcodes, strict=True))
    bad_pairs = {(c, p) for c, p in pairs if p and not postcode_is_valid(c, p)}
    if bad_pairs:
        suspects.update(
            row for row, pair in enumerate(zip(countries, postcodes, strict=True)) if pair in bad_pairs
        )
    return suspects


def _emails_certainly_valid(emails: list[str]) -> bool:
    """True when every filled address surely matches EMAIL_RE, shown with a few scans of the whole column
    (one "@" per address, a local part, no whitespace, and each distinct domain checked with the regex);
    False means "look at each one", never "invalid"."""
    joined = "\n".join(emails)
    if not joined.strip("\n"):
        return True
    filled = len(emails) - emails.count("")
    domains = _AFTER_AT.findall(joined)  # from each "@" to the end of its line
    if (
        len(domains) != filled
        or joined.count("\n") != len(emails) - 1
        or joined[:1] == "@"
        or "\n@" in joined
        or any(space in joined for space in _EMAIL_SPACES)
    ):
        return False
    return all(map(_DOMAIN.fullmatch, set(domains)))


def word_problems(plan: Plan, suspects: set[int], problems: dict[int, list[Message]]) -> None:
    for row in suspects:
        found = [p.message() for p in validate_signer(plan.signer(row))]
        problems.setdefault(row, []).extend(p for p in found if p not in problems.get(row, []))
