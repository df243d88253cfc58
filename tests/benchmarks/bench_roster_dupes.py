"""Benchmark: duplicates found vs planted in a 100,000-row roster, drawn as real people make them (issue 17).

The file holds different people who share a few postcodes and common names (many with the same first and
last name in the same postcode, in other streets: they must NOT be taken for one person), and planted
repeats of earlier people, each of a known kind:
- new-email: the same person again with another e-mail address (the rule: one person);
- email-typo: the same e-mail address with a typo'd name, some in another street (one person);
- umlaut: "Müller" written "Mueller" (or "Muller"), same address;
- hyphen: "Anna-Maria" written "Anna Maria", same address;
- postcode: "10115" written "D-10115" or "10 115", same address;
- street: "Bahnhofstrasse 12" written "Bahnhofstr. 12", "Bahnhofstraße 12" or in capitals;
- case: the name in capitals with doubled spaces;
- repeat: the same line again;
and two kinds the rule cannot find, planted to show where its recall ends:
- moved: the same person in another street with another e-mail address (a possible duplicate at best);
- typo-only: a typo'd name and no e-mail address (nothing connects it).
Every row carries its person's number in the notes column, which no rule compares, so each reported match
can be checked: a duplicate is correct when the row and the record it matched are one person.

Two runs: the whole file into an empty roster (matches within the file), and the first half imported first
and the second half into that roster (matches against the roster and within the file). Printed: planted vs
found by kind, precision and recall of the definite matches (target: precision 1.0), and the possible
duplicates, split into true repeats (moved) and different people who share a name and a postcode.

Run: python tests/benchmarks/bench_roster_dupes.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROWS = 100_000
HEADER = ["First name", "Last name", "Street", "Postcode", "City", "Country", "E-mail", "Notes"]
FIRST = [
    "Anna", "Maria", "Anna-Maria", "Hans", "Peter", "Jürg", "Jürgen", "Sophie", "Lena", "Lukas", "Jonas",
    "Léa", "Élise", "Zoë", "Thomas", "Michael", "Andreas", "Stefan", "Ursula", "Monika", "Sabine", "Karin",
    "Daniel", "Martin", "Käthi", "Björn", "Anne-Marie", "Hans-Peter", "Eva", "Paul",
]  # fmt: skip
LAST = [
    "Müller", "Meier", "Schmidt", "Keller", "Weber", "Fischer", "Huber", "Wagner", "Becker", "Hoffmann",
    "Koch", "Bauer", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
    "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Schulz", "Schäfer",
    "Köhler", "Schröder", "Jäger", "Brändli", "Gößmann", "Strauß", "Frei", "Baumann", "Graf", "Roth", "Vogel",
]  # fmt: skip
PLACES = [
    ("10115", "Berlin", "DE"),
    ("10117", "Berlin", "DE"),
    ("80331", "München", "DE"),
    ("8001", "Zürich", "CH"),
    ("8004", "Zürich", "CH"),
    ("3011", "Bern", "CH"),
]
STREETS = [
    "Bahnhofstrasse", "Hauptstrasse", "Kirchweg", "Seestrasse", "Dorfstrasse", "Schulstrasse", "Gartenweg",
    "Bergstrasse", "Lindenstrasse", "Rosenweg", "Talstrasse", "Waldstrasse", "Mühlegasse", "Rathausplatz",
    "Feldstrasse", "Birkenweg", "Sonnenweg", "Poststrasse", "Marktgasse", "Am Bach",
]  # fmt: skip
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
FOUND_KINDS = ("new-email", "email-typo", "umlaut", "hyphen", "postcode", "street", "case", "repeat")
MISSED_KINDS = ("moved", "typo-only")
SHARES = {  # planted rows per 100,000, by kind
    "new-email": 2500,
    "email-typo": 1500,
    "umlaut": 1500,
    "hyphen": 600,
    "postcode": 1500,
    "street": 2000,
    "case": 1000,
    "repeat": 1500,
    "moved": 400,
    "typo-only": 400,
}


@dataclass(frozen=True)
class Row:
    person: int
    first: str
    last: str
    street: str
    postcode: str
    city: str
    country: str
    email: str
    kind: str = ""  # "" for a person's first row, else the planted kind

    def cells(self) -> list[str]:
        return [self.first, self.last, self.street, self.postcode, self.city, self.country, self.email,
                f"p{self.person}"]  # fmt: skip


def _typo(rnd: random.Random, name: str) -> str:
    """One slip of the keyboard: two letters swapped, one doubled, or one left out."""
    i = rnd.randrange(1, len(name) - 1)
    slip = rnd.choice(("swap", "double", "drop"))
    if slip == "swap" and name[i] != name[i + 1]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if slip == "double":
        return name[: i + 1] + name[i] + name[i + 1 :]
    return name[:i] + name[i + 1 :]


def _street_variant(rnd: random.Random, street: str) -> str:
    name, _, number = street.rpartition(" ")
    if name.endswith("strasse"):
        return rnd.choice((f"{name[:-4]}. {number}", f"{name[:-4]}aße {number}", f"{name.upper()}  {number}"))
    return f"{name.upper()}  {number}"


def make_rows(count: int, seed: int = 17) -> list[Row]:
    """People and planted repeats, shuffled so that each repeat comes after its person's first row."""
    rnd = random.Random(seed)
    planted = {kind: share * count // 100_000 for kind, share in SHARES.items()}
    people_count = count - sum(planted.values())
    people: list[Row] = []
    taken: set[tuple[str, str, str, str]] = set()  # (name, postcode, street) as the rule compares them
    while len(people) < people_count:
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        postcode, city, country = rnd.choice(PLACES)
        street = f"{rnd.choice(STREETS)} {rnd.randint(1, 120)}"
        spelling = last.translate(str.maketrans({k: v[0] for k, v in UMLAUTS.items()}))  # "Müller"/"Muller"
        identity = (f"{first}|{spelling}", postcode, street, "")
        if identity in taken:
            continue  # two different people cannot have one name and one address: the rule could not tell
        taken.add(identity)
        n = len(people)
        email = f"{first.lower()}.{last.lower()}.{n}@example.org" if rnd.random() < 0.7 else ""
        people.append(Row(n, first, last, street, postcode, city, country, email))
    repeats: list[Row] = []
    for kind, number in planted.items():
        candidates = {
            "umlaut": [p for p in people if set(p.last + p.first) & set(UMLAUTS)],
            "hyphen": [p for p in people if "-" in p.first],
            "postcode": [p for p in people if p.country == "DE"],
            "email-typo": [p for p in people if p.email],
        }.get(kind, people)
        for _ in range(number):
            p = rnd.choice(candidates)
            new_email = f"{p.first.lower()}{rnd.randint(1, 99)}.{p.person}@example.net"
            other_street = f"{rnd.choice(STREETS)} {rnd.randint(121, 200)}"  # a number no person has
            if kind == "new-email":
                repeat = replace(p, email=new_email)
            elif kind == "email-typo":
                moved = rnd.random() < 0.5
                repeat = replace(p, last=_typo(rnd, p.last), street=other_street if moved else p.street)
            elif kind == "umlaut":
                plain = rnd.random() < 0.3  # "Muller": the dots left out rather than written as "e"
                spell = {k: v[0] if plain else v for k, v in UMLAUTS.items()}
                written = "".join(spell.get(ch, ch) for ch in p.last)
                written_first = "".join(spell.get(ch, ch) for ch in p.first)
                repeat = replace(p, first=written_first, last=written, email="")
            elif kind == "hyphen":
                repeat = replace(p, first=p.first.replace("-", " "), email="")
            elif kind == "postcode":
                code = rnd.choice((f"D-{p.postcode}", f"{p.postcode[:2]} {p.postcode[2:]}"))
                repeat = replace(p, postcode=code, email="")
            elif kind == "street":
                repeat = replace(p, street=_street_variant(rnd, p.street), email="")
            elif kind == "case":
                repeat = replace(
                    p, first=f"  {p.first.upper()}", last=f"{p.last.upper()}  ", email=p.email.upper()
                )
            elif kind == "repeat":
                repeat = p
            elif kind == "moved":
                repeat = replace(p, street=other_street, email=new_email)
            else:  # typo-only
                repeat = replace(p, last=_typo(rnd, p.last), email="")
            repeats.append(replace(repeat, kind=kind))
    # Shuffle, then put every repeat after its person's first row.
    rows = people + repeats
    rnd.shuffle(rows)
    first_seen: dict[int, int] = {}
    ordered: list[Row] = []
    waiting: dict[int, list[Row]] = collections.defaultdict(list)
    for row in rows:
        if row.kind:
            if row.person in first_seen:
                ordered.append(row)
            else:
                waiting[row.person].append(row)
        else:
            first_seen[row.person] = len(ordered)
            ordered.append(row)
            ordered.extend(waiting.pop(row.person, []))
    return ordered


def write_file(path: Path, rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(row.cells() for row in rows)


@dataclass
class Tally:
    found: collections.Counter[str]
    wrong: list[str]
    possible_repeats: int = 0
    possible_others: int = 0
    bad_rows: int = 0


def evaluate(data_dir: Path, files: list[tuple[Path, list[Row]]]) -> tuple[Tally, float]:
    """Import the files in turn into a new roster in data_dir; every reported match checked by the person
    numbers in the notes."""
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.core.roster.csv_import import import_file
    from ua_desktop.core.roster.matching import MatchKind
    from ua_desktop.core.roster.store import RosterStore

    tally = Tally(collections.Counter(), [])
    elapsed = 0.0
    with RosterStore.open(resolve_paths(data_dir).ensure()) as store:
        for path, rows in files:
            by_line = {line: row for line, row in enumerate(rows, start=2)}
            person_of_signer = {
                signer_id: int(notes[1:])
                for signer_id, notes in store.conn.execute("SELECT id, notes FROM signers")
            }
            start = time.perf_counter()
            report = import_file(store, path, skip_bad_rows=True)
            elapsed += time.perf_counter() - start
            tally.bad_rows += len(report.bad_rows)
            for note in report.duplicate_notes:
                row = by_line[note.line]
                if note.existing_id is not None:
                    other = person_of_signer[note.existing_id]
                else:
                    assert note.other_line is not None
                    other = by_line[note.other_line].person
                if row.kind and other == row.person:
                    tally.found[row.kind] += 1
                else:
                    tally.wrong.append(f"line {note.line} ({row.kind or 'a first row'}): {note}")
            for note in report.possible_notes:
                assert note.kind is MatchKind.POSSIBLE
                row = by_line[note.line]
                other = (
                    person_of_signer[note.existing_id]
                    if note.existing_id is not None
                    else by_line[note.other_line or 0].person
                )
                if other == row.person:
                    tally.possible_repeats += 1
                else:
                    tally.possible_others += 1
    return tally, elapsed


def show(title: str, rows: list[Row], tally: Tally, elapsed: float) -> bool:
    planted = collections.Counter(row.kind for row in rows if row.kind)
    print(f"\n{title} ({elapsed:.2f} s to import)")
    print(f"  {'kind':<11} {'planted':>8} {'found':>8}")
    for kind in (*FOUND_KINDS, *MISSED_KINDS):
        print(f"  {kind:<11} {planted[kind]:>8,} {tally.found[kind]:>8,}")
    correct = sum(tally.found.values())
    found = correct + len(tally.wrong)
    findable = sum(planted[kind] for kind in FOUND_KINDS)
    all_planted = sum(planted.values())
    precision = correct / found if found else 1.0
    print(f"  definite matches: {found:,} found, {correct:,} correct, {len(tally.wrong):,} wrong")
    print(f"  precision: {precision:.4f} (target 1.0)")
    print(f"  recall: {correct / all_planted:.4f} of all {all_planted:,} planted; "
          f"{correct / findable:.4f} of the {findable:,} the rule can find")  # fmt: skip
    print(f"  possible duplicates: {tally.possible_repeats + tally.possible_others:,} "
          f"({tally.possible_repeats:,} the same person moved or typo'd, {tally.possible_others:,} different "
          f"people with one name and postcode), imported and listed")  # fmt: skip
    print(f"  rows refused by the value checks (skipped): {tally.bad_rows:,}")
    for line in tally.wrong[:10]:
        print(f"  WRONG {line}")
    return precision == 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    args = parser.parse_args()
    rows = make_rows(args.rows)
    people = sum(1 for row in rows if not row.kind)
    print(f"file: {len(rows):,} rows, {people:,} different people, {len(rows) - people:,} planted repeats")
    name_place = collections.Counter((row.first, row.last, row.postcode) for row in rows if not row.kind)
    shared = sum(n for n in name_place.values() if n > 1)
    print(f"  {shared:,} different people share their name and postcode with another (must not match)")
    ok = True
    with tempfile.TemporaryDirectory(prefix="ua-bench-dupes-") as tmp:
        folder = Path(tmp)
        whole = folder / "whole.csv"
        write_file(whole, rows)
        tally, elapsed = evaluate(folder / "one", [(whole, rows)])
        ok &= show("one file into an empty roster", rows, tally, elapsed)
        half = len(rows) // 2
        first, second = folder / "first.csv", folder / "second.csv"
        write_file(first, rows[:half])
        write_file(second, rows[half:])
        tally, elapsed = evaluate(folder / "two", [(first, rows[:half]), (second, rows[half:])])
        ok &= show("the first half, then the second half into that roster", rows, tally, elapsed)
    print("\nPASS" if ok else "\nFAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
