"""Who is the same person: the roster's one rule for duplicates, as CiviCRM's dedupe rules see them.

Two records are the same person when their e-mail addresses match, or when name, postcode and street match;
a new e-mail address alone does not make a new person. The same name and postcode with another street is a
*possible* duplicate: reported for review, never merged or skipped on its own (a local group's signers
share a few postcodes, and common names repeat: name and postcode alone took 87,000 different people of a
100,000-row roster for duplicates).

Each kind of value has one fold, here, used for the rows of a file among themselves and against the roster:
- names: case, accents, ß/ss, spaces of any kind, hyphens, apostrophes and dots ("Anna-Maria" = "Anna
  Maria"); German umlauts both ways: "Müller" matches "Mueller" and "Muller", though those two do not match
  each other (nothing says they are one spelling);
- postcodes: spaces, case and a country prefix ("D-10115", "10 115" → "10115"; "SW1A 1AA" keeps its letters);
- streets: case, accents, "Str."/"Straße"/"Strasse", "St."/"Street", "Rd."/"Road", "Ave."/"Av."/"Avenue",
  spaces and punctuation; the house number is kept ("Hauptstr. 12a" = "Hauptstrasse 12 A", not
  "Hauptstrasse 14");
- e-mail addresses: trimmed and case-folded.
"""

from __future__ import annotations

import enum
import itertools
import operator
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ua_desktop.core.postcodes import COUNTRY_PREFIX_RE
from ua_desktop.core.roster.text import casefold_many, fold, fold_many

if TYPE_CHECKING:
    from ua_desktop.core.messages import Message
    from ua_desktop.core.roster.import_plan import Plan
    from ua_desktop.core.roster.signer import Signer


class MatchKind(enum.Enum):
    EMAIL = "email"  # the same e-mail address: the same person
    ADDRESS = "address"  # the same name, postcode and street: the same person
    POSSIBLE = "possible"  # the same name and postcode, another street: for a person to decide


class Match(NamedTuple):
    """Row `row` of a file and what it matched: a signer of the roster, or an earlier row of the file (a
    tuple: an import of 100,000 rows in a few postcodes makes tens of thousands of them)."""

    row: int
    kind: MatchKind
    signer_id: int | None = None
    other_row: int | None = None
    other_name: str = ""  # the matched record's name as stored ("Anna Muster")
    other_street: str = ""  # its street lines joined by ", " (shown for a possible duplicate)


# -- The folds ----------------------------------------------------------------------------------------------

_NOT_WORD = re.compile(r"[\W_]+")
_NOT_WORD_OR_LINE = re.compile(r"(?:[^\w\n]|_)+")
_SEPARATORS = (" ", "-", "'", "’", ".", ",", "/")
# Umlauts as German writes them without the dots (precomposed, and decomposed in case a value is not NFC).
_UMLAUTS = (
    ("ä", "ae"),
    ("ö", "oe"),
    ("ü", "ue"),
    ("Ä", "Ae"),
    ("Ö", "Oe"),
    ("Ü", "Ue"),
    ("a\u0308", "ae"),
    ("o\u0308", "oe"),
    ("u\u0308", "ue"),
    ("A\u0308", "Ae"),
    ("O\u0308", "Oe"),
    ("U\u0308", "Ue"),
)
# Street words and their abbreviations, on folded text: "...str." ends a word ("Hauptstr."), the others are
# words of their own ("Main St.", "Rd", "av. de la Gare").
_STREET_SUFFIX = re.compile(r"str\b\.?")  # "Hauptstr." (a literal start: found fast)
_STREET_WORDS = re.compile(r"\b(st|rd|ave?)\b\.?")  # one scan for the words of their own
_STREET_WORD = {"st": "street", "rd": "road", "av": "avenue", "ave": "avenue"}


def fold_email(value: str) -> str:
    """An e-mail address as compared: trimmed and case-folded ("" for none)."""
    return value.strip().casefold()


def fold_postcode(value: str) -> str:
    """A postcode as compared: without spaces, case-folded, without a country prefix ("D-10115" → "10115")."""
    compact = "".join(value.split()).casefold()
    match = COUNTRY_PREFIX_RE.match(compact)
    return compact[match.end() :] if match else compact


def fold_street(value: str) -> str:
    """Street lines as compared: folded, street words written out, spaces and punctuation dropped."""
    return _NOT_WORD.sub("", _street_words(fold(value)))


def _street_words(folded: str) -> str:
    """The street words of folded text written out ("hauptstr. 12" → "hauptstrasse 12", "main st" → …)."""
    folded = _STREET_SUFFIX.sub("strasse", folded)
    return _STREET_WORDS.sub(lambda match: _STREET_WORD[match.group(1)], folded)


def fold_name(value: str) -> str:
    """A name as compared: folded (case, accents, ß), without spaces, hyphens, apostrophes or dots."""
    return _NOT_WORD.sub("", fold(value))


def _without_umlauts(value: str) -> str:
    for umlaut, letters in _UMLAUTS:
        if umlaut in value:
            value = value.replace(umlaut, letters)
    return value


def _umlauts_dotless(value: str) -> str:
    """A name written with "ae", "oe", "ue" as folded umlauts fold ("Mueller" → "Muller"), to look for the
    "Müller" it may be; "Samuel" becomes "Samul" too, so it is only ever one more place to look."""
    for pair in ("ae", "oe", "ue", "Ae", "Oe", "Ue", "AE", "OE", "UE"):
        if pair in value:
            value = value.replace(pair, pair[0])
    return value


_NAME_JOINERS = (" ", "-", "", "'", "’", ". ")
# A name as typed, with its umlauts written out, and "ue" read as a written-out "ü": where to look for it.
_NAME_SPELLINGS: tuple[Callable[[str], str], ...] = (str, _without_umlauts, _umlauts_dotless)


def name_keys(first: str, last: str) -> tuple[str, ...]:
    """The keys a person's name is known by: the folded name, and when it has umlauts also the name with
    them written out ("Müller" → "muller" and "mueller"). Two names match when they share a key."""
    key = f"{fold_name(last)}\x1f{fold_name(first)}"
    other = f"{fold_name(_without_umlauts(last))}\x1f{fold_name(_without_umlauts(first))}"
    return (key,) if other == key else (key, other)


def _street_of(signer: Signer) -> str:
    return "\n".join(signer.street)


def match_kind(new: Signer, known: Signer) -> MatchKind | None:
    """How new matches known by the rule (None: different people); one pair at a time, as find_duplicates
    decides for many (the same name and address is named first when the e-mail matches too)."""
    same_place = fold_postcode(new.postal_code) == fold_postcode(known.postal_code) and bool(
        set(name_keys(new.first_name, new.last_name)) & set(name_keys(known.first_name, known.last_name))
    )
    if same_place and fold_street(_street_of(new)) == fold_street(_street_of(known)):
        return MatchKind.ADDRESS
    if fold_email(new.email) and fold_email(new.email) == fold_email(known.email):
        return MatchKind.EMAIL
    return MatchKind.POSSIBLE if same_place else None


def typed_in_agrees(new: Signer, known: Signer) -> bool:
    """Whether new, typed in by someone with what they remembered to give, may be known: the same name, the
    same postcode or town, and nothing that tells them apart (postcode, town and street each the same where
    both give one). Another street is another person, as above; a missing one says nothing."""
    if not set(name_keys(new.first_name, new.last_name)) & set(name_keys(known.first_name, known.last_name)):
        return False
    pairs = (
        (fold_postcode(new.postal_code), fold_postcode(known.postal_code)),
        (fold(new.city), fold(known.city)),
        (fold_street(_street_of(new)), fold_street(_street_of(known))),
    )
    if any(a and b and a != b for a, b in pairs):
        return False
    return any(a and a == b for a, b in pairs[:2])


class KnownMatch(NamedTuple):
    """A stored signer that a person entered by hand is (EMAIL, ADDRESS) or may be (POSSIBLE)."""

    signer: Signer
    kind: MatchKind

    def message(self) -> Message:
        """What to tell the user before they save a second record of this person."""
        from ua_desktop.core.messages import message
        from ua_desktop.core.roster.messages import RosterMessage, RowMessage

        known = self.signer
        street = ", ".join(known.street) or message(RowMessage.NO_STREET)
        kind = RosterMessage.NAMESAKE if self.kind is MatchKind.POSSIBLE else RosterMessage.KNOWN_SIGNER
        return message(kind, name=known.display_name, signer=str(known.id), street=street)


def stored_candidates(conn: sqlite3.Connection, person: Signer, exclude: int | None = None) -> list[Signer]:
    """The stored signers the rule has to look at for person: those with their name in one of its spellings
    (a few exact look-ups in the name index) and, when they give one, their e-mail address (one scan of
    it). The rule (match_kind) then decides; this only has to miss nobody it would match. Fast enough to
    run while someone types: a few milliseconds in a roster of 100,000."""
    from ua_desktop.core.roster.records import get_signers
    from ua_desktop.core.roster.signer import sort_key_of

    conditions: list[str] = []
    params: list[str] = []
    if fold(person.last_name):  # a first name alone would find too many
        keys = sorted(
            {
                sort_key_of(first, last)
                for last in _spellings(person.last_name)
                for first in _spellings(person.first_name)
            }
        )
        conditions.append(f"sort_key IN ({', '.join('?' * len(keys))})")
        params.extend(keys)
    if fold(person.email):
        conditions.append("instr(search, ?) > 0")
        params.append(fold(person.email))
    if not conditions:
        return []
    where = " OR ".join(conditions)
    ids = [row[0] for row in conn.execute(f"SELECT id FROM signers WHERE {where} ORDER BY id", params)]
    found = get_signers(conn, [i for i in ids if i != exclude])
    return [found[i] for i in ids if i in found]


def _spellings(name: str) -> set[str]:
    """The folded forms (as sort_key holds them) a name the rule matches may be stored under: umlauts as
    typed, written out or read from "ue", and the parts of a name joined as names join them ("Anna-Maria",
    "Anna Maria", "Annamaria", "O'Brien", "O’Brien", "St. John")."""
    found: set[str] = set()
    for spelling in _NAME_SPELLINGS:
        folded = fold(spelling(name))
        parts = _NOT_WORD.sub(" ", folded).split()
        found.add(folded)
        found.update(joiner.join(parts) for joiner in _NAME_JOINERS)
    return found


def known_matches(conn: sqlite3.Connection, person: Signer, exclude: int | None = None) -> list[KnownMatch]:
    """The stored signers (but exclude, the one being edited) that person is or may be by the rule above,
    the same people first: what `roster add` and the signer dialog tell the user before a second record
    of someone is made."""
    matches = [
        KnownMatch(known, kind)
        for known in stored_candidates(conn, person, exclude)
        if (kind := match_kind(person, known)) is not None
    ]
    return sorted(matches, key=lambda match: match.kind is MatchKind.POSSIBLE)


# -- The same folds for whole columns (100,000 rows in a few C-level passes) ---------------------------------


def _squeezed(folded: list[str]) -> list[str]:
    """fold_name() of texts already folded (fold() leaves no line feed in a text).

    Regex \\w is str.isalnum() or "_", so one isalnum() of the joined texts clears the usual column; the
    usual separators go with a few str.replace() scans, the rare others with the regex.
    """
    joined = "\n".join(folded)
    if _word_characters_only(joined):
        return folded
    return _without_separators(joined).split("\n")


def _without_separators(joined: str) -> str:
    """joined (texts joined by line feeds) without anything but word characters and the line feeds: the
    usual separators with str.replace() scans, the rare others with the regex."""
    for separator in _SEPARATORS:
        if separator in joined:
            joined = joined.replace(separator, "")
    return joined if _word_characters_only(joined) else _NOT_WORD_OR_LINE.sub("", joined)


def _word_characters_only(joined: str) -> bool:
    """Whether joined (texts joined by line feeds) holds nothing but regex word characters and line feeds."""
    letters = joined.replace("\n", "")
    return not letters or ("_" not in letters and letters.isalnum())


def _person_keys(
    firsts: list[str],
    lasts: list[str],
    postcodes: Sequence[str],
    folded_first: list[str] | None = None,
    folded_last: list[str] | None = None,
    sort_keys: list[str] | None = None,
) -> tuple[list[str], dict[int, str]]:
    """Name and postcode of every record as one key, and the other key of the records whose name has
    umlauts (record → key): name_keys() + fold_postcode(), column by column. sort_keys: sort_key_of() of
    the folded names, when known."""
    if folded_first is None:
        folded_first = fold_many(firsts)
    if folded_last is None:
        folded_last = fold_many(lasts)
    places = {p: "\x1f" + fold_postcode(p) for p in set(postcodes)}  # postcodes repeat a lot
    place_keys = list(map(places.__getitem__, postcodes))
    squeezed_last, squeezed_first = _squeezed(folded_last), _squeezed(folded_first)
    if squeezed_last is folded_last and squeezed_first is folded_first and sort_keys is not None:
        names = sort_keys  # nothing was squeezed: the names part is the sort key ("last\x1ffirst")
    else:
        names = list(map("\x1f".join, zip(squeezed_last, squeezed_first, strict=True)))
    keys = list(map(operator.add, names, place_keys))
    others: dict[int, str] = {}
    other_last, other_first = _umlauts_written_out(lasts), _umlauts_written_out(firsts)
    if other_last or other_first:  # only the rows whose name has another spelling
        rows: set[int] = set()
        for texts, written_out in ((lasts, other_last), (firsts, other_first)):
            if written_out:
                rows.update(itertools.compress(itertools.count(), map(written_out.__contains__, texts)))
        last_of, first_of = other_last.get, other_first.get
        others = {
            row: f"{last_of(lasts[row], squeezed_last[row])}\x1f{first_of(firsts[row], squeezed_first[row])}"
            f"{place_keys[row]}"
            for row in rows
        }
    return keys, others


def _umlauts_written_out(texts: list[str]) -> dict[str, str]:
    """fold_name() with the umlauts written out, of each distinct text where that differs from its
    fold_name() ("Müller" → "mueller"). Only texts outside ASCII are looked at (isascii() reads a flag),
    and they are folded together (fold_many), not one by one."""
    if "".join(texts).isascii():  # the join knows its widest character: no scan
        return {}
    originals, written = [], []
    for text in {text for text in set(texts) if not text.isascii()}:
        written_out = _without_umlauts(text)
        if written_out != text:
            originals.append(text)
            written.append(written_out)
    if not originals:
        return {}
    keys, other_keys = _squeezed(fold_many(originals)), _squeezed(fold_many(written))
    return {text: other for text, key, other in zip(originals, keys, other_keys, strict=True) if other != key}


def street_keys(streets: list[str]) -> list[str]:
    """fold_street() of every street (lines joined by line feeds)."""
    joined = "\n".join(streets)
    if joined.count("\n") != len(streets) - 1:  # a street of several lines: folded, they are one line
        streets = [street.replace("\n", " ") for street in streets]
    return _without_separators(_street_words("\n".join(fold_many(streets)))).split("\n") if streets else []


def email_keys(emails: list[str]) -> list[str]:
    """fold_email() of every address."""
    return list(map(str.strip, casefold_many(emails)))


# -- Finding the duplicates of an import -------------------------------------------------------------------


def find_duplicates(
    conn: sqlite3.Connection, plan: Plan, good: list[int], policy: str
) -> tuple[int, list[int], dict[int, list[int]]]:
    """Match the good rows of plan against the roster and the earlier rows of the file, by the rule above.

    Returns how many signers the roster held, the rows to insert (new people, possible duplicates, and
    duplicates under policy "add") and the rows to merge into existing signers (policy "merge"); a row
    merged into an earlier row of the file is folded into it here. plan.duplicates gets every definite
    match, plan.possible every possible duplicate.
    """
    existing = conn.execute(
        "SELECT id, first_name, last_name, postal_code, street, email FROM signers"
    ).fetchall()
    c = plan.columns
    plan.folded_first, plan.folded_last = fold_many(c["first_name"]), fold_many(c["last_name"])
    plan.sort_keys = list(map("\x1f".join, zip(plan.folded_last, plan.folded_first, strict=True)))
    row_keys, row_others = _person_keys(
        c["first_name"], c["last_name"], c["postal_code"], plan.folded_first, plan.folded_last, plan.sort_keys
    )
    row_emails = email_keys(c["email"])
    if not existing and _all_different(row_keys, row_others, row_emails, good, plan.count):
        return 0, list(good), {}  # the common case: a new roster, a file without repeats
    # A record is a reference: an existing signer's index as -1 - index, a row of the file as itself.
    # by_person: name-and-postcode key → {street key → record}; a key's first record is its first entry.
    by_email: dict[str, int] = {}
    by_person: dict[str, dict[str, int]] = {}
    if existing:
        ids, firsts, lasts, postcodes, streets, emails = map(list, zip(*existing, strict=True))
        keys, others = _person_keys(firsts, lasts, postcodes)
        known_streets = street_keys(streets)
        for index, (key, street) in enumerate(zip(keys, known_streets, strict=True)):
            by_person.setdefault(key, {}).setdefault(street, -1 - index)
        for index, key in others.items():
            by_person.setdefault(key, {}).setdefault(known_streets[index], -1 - index)
        for index, email in enumerate(email_keys(emails)):
            if email:
                by_email.setdefault(email, -1 - index)
    else:
        ids, firsts, lasts, streets = [], [], [], []
    row_streets = street_keys(c["street"])

    def found(row: int, kind: MatchKind, record: int) -> Match:
        if record < 0:
            first, last, street = firsts[-1 - record], lasts[-1 - record], streets[-1 - record]
        else:
            first, last, street = c["first_name"][record], c["last_name"][record], c["street"][record]
        return Match(
            row,
            kind,
            ids[-1 - record] if record < 0 else None,
            record if record >= 0 else None,
            f"{first} {last}" if first and last else first or last,
            street.replace("\n", ", "),
        )

    insert: list[int] = []
    merges: dict[int, list[int]] = {}
    for row in good:
        key, other, street = row_keys[row], row_others.get(row), row_streets[row]
        group = by_person.get(key)
        other_group = by_person.get(other) if other is not None else None
        match = group.get(street) if group else None
        if match is None and other_group:
            match = other_group.get(street)
        kind = MatchKind.ADDRESS
        email = row_emails[row]
        if match is None and email:
            match, kind = by_email.get(email), MatchKind.EMAIL
        own = row if match is None else match  # this row's address and e-mail now lead to that record
        if group is None:
            by_person[key] = {street: own}
        else:
            group.setdefault(street, own)
        if other is not None:
            by_person.setdefault(other, {}).setdefault(street, own)
        if email:
            by_email.setdefault(email, own)
        if match is None:
            insert.append(row)
            if group or other_group:
                first_known = next(iter((group or other_group or {}).values()))
                plan.possible.append(found(row, MatchKind.POSSIBLE, first_known))
            continue
        plan.duplicates.append(found(row, kind, match))
        if policy == "add":
            insert.append(row)
        elif policy == "merge":
            if match < 0:
                merges.setdefault(ids[-1 - match], []).append(row)
            else:
                _fill_row(plan, match, row)
    return len(existing), insert, merges


def _all_different(
    keys: list[str], others: dict[int, str], emails: list[str], good: Iterable[int], count: int
) -> bool:
    """Whether no two of the good rows share a name-and-postcode key or an e-mail address (two set() calls
    for a file without repeats)."""
    rows = list(good)
    if len(rows) == count:
        picked_keys, picked_emails = keys, emails
    else:
        picked_keys, picked_emails = [keys[row] for row in rows], [emails[row] for row in rows]
    distinct = set(picked_keys)
    if len(distinct) != len(picked_keys):
        return False
    kept = set(rows) if others and len(rows) != count else None
    for row, key in others.items():
        if kept is None or row in kept:
            if key in distinct:
                return False
            distinct.add(key)
    filled = set(picked_emails)
    filled.discard("")
    return len(filled) == len(picked_emails) - picked_emails.count("")


def _fill_row(plan: Plan, target: int, source: int) -> None:
    """Merge row source into the earlier row target: empty fields filled, tags added."""
    for values in plan.columns.values():
        if not values[target] and values[source]:  # unmapped columns (one shared list of "") never get here
            values[target] = values[source]
    plan.tags[target] = plan.tags[target] + tuple(t for t in plan.tags[source] if t not in plan.tags[target])
    plan.folded_first[target] = fold(plan.columns["first_name"][target])  # a name may have been filled in
    plan.folded_last[target] = fold(plan.columns["last_name"][target])
    plan.sort_keys[target] = f"{plan.folded_last[target]}\x1f{plan.folded_first[target]}"
