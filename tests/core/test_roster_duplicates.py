"""Duplicates as CiviCRM's rules see them (issue 17): the same e-mail, or the same name, postcode and street,
is one person; the same name and postcode with another street is only a possible duplicate."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path
from typing import Any

import pytest

from ua_desktop.cli import main
from ua_desktop.core.roster.csv_import import DuplicatePolicy, ImportReport, import_file
from ua_desktop.core.roster.matching import (
    MatchKind,
    _person_keys,
    email_keys,
    fold_email,
    fold_name,
    fold_postcode,
    fold_street,
    match_kind,
    name_keys,
    street_keys,
)
from ua_desktop.core.roster.records import add_signer, count_signers, get_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.text import fold_many

from .roster_helpers import open_store, write_csv

HEADER = "First name,Last name,Street,Postcode,City,Country,E-mail,Tags"
ANNA = "Anna,Müller,Bahnhofstrasse 12,10115,Berlin,DE,anna@example.org,Tuesday"


def person(first: str = "Anna", last: str = "Müller", **values: Any) -> Signer:
    anna = Signer(
        first_name=first,
        last_name=last,
        street=("Bahnhofstrasse 12",),
        postal_code="10115",
        city="Berlin",
        country="DE",
        email="anna@example.org",
    )
    return dataclasses.replace(anna, **values)


# -- the folds ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "folded"),
    [("10115", "10115"), ("10 115", "10115"), ("D-10115", "10115"), ("d - 10115", "10115"),
     ("CH-8001", "8001"), ("SW1A 1AA", "sw1a1aa"), ("sw1a1aa", "sw1a1aa"), ("1012 AB", "1012ab")],
)  # fmt: skip
def test_postcodes_fold_spaces_case_and_country_prefix(written: str, folded: str) -> None:
    assert fold_postcode(written) == folded


def test_streets_fold_abbreviations_spacing_and_punctuation_but_keep_the_house_number() -> None:
    same = [
        "Bahnhofstrasse 12",
        "Bahnhofstraße 12",
        "Bahnhofstr. 12",
        "bahnhofstr 12",
        "BAHNHOF-STRASSE 12",
        "Bahnhof Str. 12",
        "Bahnhofstrasse  12",
        "Bahnhofstrasse\u00a012",
    ]
    assert {fold_street(s) for s in same} == {"bahnhofstrasse12"}
    assert fold_street("12 Main St.") == fold_street("12 Main Street") == fold_street("12, main street")
    assert fold_street("4 Mill Rd") == fold_street("4 Mill Road")
    assert fold_street("3 av. de la Gare") == fold_street("3 Avenue de la Gare")
    assert fold_street("Hauptstr. 12a") == fold_street("Hauptstrasse 12 A")
    assert fold_street("Bahnhofstrasse 12") != fold_street("Bahnhofstrasse 14")  # the house number counts
    assert fold_street("Weststrasse 1") != fold_street("Ost-Strasse 1")
    assert fold_street("Kirchweg 5\nPostfach 7") == fold_street("Kirchweg 5, Postfach 7")


def test_names_fold_case_accents_sharp_s_spaces_and_hyphens() -> None:
    assert fold_name("Anna Maria") == fold_name("Anna-Maria") == fold_name("anna\u00a0maria")
    assert fold_name("Strauß") == fold_name("STRAUSS") == fold_name("Strauss")
    assert fold_name("Élise") == fold_name("elise")
    assert fold_name("O'Brien") == fold_name("O’Brien") == fold_name("OBrien")


def test_umlauts_match_both_ways_but_the_two_spellings_without_them_do_not_match_each_other() -> None:
    def same(a: str, b: str) -> bool:
        return bool(set(name_keys("Anna", a)) & set(name_keys("Anna", b)))

    assert same("Müller", "Mueller") and same("Müller", "Muller") and same("MÜLLER", "mueller")
    assert same("Müller", "Mu\u0308ller")  # decomposed
    assert not same("Mueller", "Muller")  # nothing says these are one spelling
    assert not same("Müller", "Möller") and not same("Müller", "Miller")


def test_emails_fold_case_and_spaces() -> None:
    assert fold_email("  Anna@Example.ORG ") == "anna@example.org"
    assert email_keys(["Anna@Example.ORG", "", "b@x.org"]) == ["anna@example.org", "", "b@x.org"]


def test_column_keys_are_the_single_keys() -> None:
    """_person_keys folds whole columns at once; each key must be what name_keys + fold_postcode give."""
    rnd = random.Random(17)
    pieces = [
        "Mü",
        "ue",
        "u",
        "ß",
        "ss",
        "-",
        " ",
        "\u00a0",
        "'",
        "É",
        "é",
        "a",
        "Ö",
        "o\u0308",
        "Đ",
        "ł",
        ".",
    ]
    for _trial in range(200):
        count = rnd.choice([1, 5, 40])
        firsts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4))) for _ in range(count)]
        lasts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4))) for _ in range(count)]
        postcodes = [rnd.choice(["10115", "D-10115", "10 115", "", "SW1A 1AA"]) for _ in range(count)]
        folded_first, folded_last = fold_many(firsts), fold_many(lasts)
        sort_keys = [f"{last}\x1f{first}" for first, last in zip(folded_first, folded_last, strict=True)]
        keys, others = _person_keys(firsts, lasts, postcodes, folded_first, folded_last, sort_keys)
        assert (keys, others) == _person_keys(firsts, lasts, postcodes)
        for row in range(count):
            expected = {
                key + "\x1f" + fold_postcode(postcodes[row]) for key in name_keys(firsts[row], lasts[row])
            }
            got = {keys[row], others.get(row, keys[row])}
            assert got == expected, (firsts[row], lasts[row])


def test_column_street_keys_are_the_single_keys() -> None:
    rnd = random.Random(5)
    pieces = [
        "Haupt",
        "str",
        "str.",
        "Str",
        "aße",
        "asse",
        " ",
        "-",
        "St",
        "St.",
        "\n",
        "12",
        "a",
        "Rd",
        "ave",
        "ü",
        "_",
    ]
    for _trial in range(300):
        streets = [
            "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))
            for _ in range(rnd.choice([1, 4, 30]))
        ]
        assert street_keys(streets) == [fold_street(street) for street in streets], streets


# -- the rule, one pair at a time -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("new", "kind"),
    [
        (person(email="anna.neu@example.org"), MatchKind.ADDRESS),  # a new e-mail alone: the same person
        (person("Ana", "Muller", street=("Seeweg 1",), postal_code="8001"), MatchKind.EMAIL),  # typo'd name
        (person(last="Mueller", email=""), MatchKind.ADDRESS),
        (person(last="MÜLLER", street=("Bahnhofstr. 12",), postal_code="D-10115"), MatchKind.ADDRESS),
        (person(email="ANNA@example.org "), MatchKind.ADDRESS),
        (person(street=("Hauptstrasse 3",), email=""), MatchKind.POSSIBLE),  # same name and postcode
        (person(street=(), email=""), MatchKind.POSSIBLE),  # no street to compare
        (person(postal_code="3011", email=""), None),  # another postcode
        (person("Peter", email=""), None),  # another first name
        (person(last="Muller", email="", street=("Bahnhofstrasse 14",)), MatchKind.POSSIBLE),
        (person(last="Möller", email=""), None),
    ],
)  # fmt: skip
def test_the_rule_pair_by_pair(new: Signer, kind: MatchKind | None) -> None:
    assert match_kind(new, person()) is kind


def test_anna_maria_and_anna_maria_are_one_person() -> None:
    assert match_kind(person("Anna-Maria", email=""), person("Anna Maria", email="")) is MatchKind.ADDRESS


# -- the rule in an import ------------------------------------------------------------------------------


def lines_of(report: ImportReport) -> list[str]:
    return [line.english() for line in report.summary()]


def test_common_names_in_a_few_postcodes_are_different_people(tmp_path: Path) -> None:
    """What kept 12,819 of 99,709 rows: the same name and postcode is not the same person."""
    rows = [f"Anna,Müller,Gartenweg {n},10115,Berlin,DE,anna{n}@example.org," for n in range(1, 6)]
    with open_store() as store:
        report = import_file(store, write_csv(tmp_path, "\n".join([HEADER, *rows]) + "\n"))
        assert (report.added, report.duplicates, report.skipped) == (5, 0, 0)
        assert report.possible == 4 and count_signers(store.conn) == 5
        assert "line 3: Anna Müller (Gartenweg 2) may be the person of line 2 (Gartenweg 1)" in lines_of(
            report
        )


def test_planted_duplicates_against_the_roster_and_within_the_file(tmp_path: Path) -> None:
    text = "\n".join(
        [
            HEADER,
            "Anna,Mueller,Bahnhofstr. 12,D-10115,Berlin,DE,anna.neu@example.org,",  # 2: new e-mail
            "Ana,Muller,Seeweg 1,8001,Zürich,CH,ANNA@example.org,",  # 3: same e-mail, typo'd name
            "Anna,Müller,Hauptstrasse 3,10115,Berlin,DE,,",  # 4: possible (another street)
            "Anna Maria,Schmidt,Weg 1,10 115,Berlin,DE,,",  # 5: new
            "Anna-Maria,Schmidt,weg 1,10115,Berlin,DE,,",  # 6: the person of line 5
            "Anna,Müller,Gartenweg 9,10117,Berlin,DE,,",  # 7: another postcode: another person
        ]
    )
    with open_store() as store:
        import_file(store, write_csv(tmp_path, f"{HEADER}\n{ANNA}\n", "roster.csv"))
        report = import_file(store, write_csv(tmp_path, text + "\n"))
        assert (report.added, report.skipped, report.duplicates, report.possible) == (3, 3, 3, 1)
        printed = lines_of(report)
        assert printed[5:8] == [  # after the counts
            "line 2: Anna Mueller is already in the roster as signer 1",
            "line 3: Ana Muller has the e-mail address of signer 1, Anna Müller",
            "line 6: Anna-Maria Schmidt is already in this file at line 5",
        ]
        assert printed[9] == "line 4: Anna Müller (Hauptstrasse 3) may be signer 1 (Bahnhofstrasse 12)"
        assert printed[8].startswith("1 possible duplicate")
        assert count_signers(store.conn) == 4


def test_a_possible_duplicate_is_never_merged_or_skipped(tmp_path: Path) -> None:
    with open_store() as store:
        import_file(store, write_csv(tmp_path, f"{HEADER}\n{ANNA}\n", "roster.csv"))
        path = write_csv(tmp_path, f"{HEADER}\nAnna,Müller,,10115,Berlin,DE,,street stand\n")
        for policy in DuplicatePolicy:
            report = import_file(store, path, on_duplicate=policy, dry_run=True)
            assert (report.added, report.merged, report.skipped, report.possible) == (1, 0, 0, 1), policy
        report = import_file(store, path, on_duplicate=DuplicatePolicy.MERGE)
        assert report.added == 1 and count_signers(store.conn) == 2
        assert get_signer(store.conn, 1).tags == ("Tuesday",)  # untouched
        assert "line 2: Anna Müller (no street) may be signer 1 (Bahnhofstrasse 12)" in lines_of(report)


def test_merge_by_email_fills_the_known_signer_and_a_later_row_finds_the_new_address(tmp_path: Path) -> None:
    """A row that is a known person by e-mail stands for them with its own address too: a third row with
    that address and no e-mail is the same person, not a possible duplicate."""
    text = "\n".join(
        [
            HEADER,
            "Anna,Müller,,10115,Berlin,DE,anna@example.org,",
            "Anna,Müller,Seeweg 1,10115,Berlin,DE,anna@example.org,choir",
            "Anna,Mueller,Seeweg 1,10115,Berlin,DE,,youth",
        ]
    )
    with open_store() as store:
        report = import_file(store, write_csv(tmp_path, text + "\n"), on_duplicate=DuplicatePolicy.MERGE)
        assert (report.added, report.duplicates, report.possible) == (1, 2, 0)
        anna = get_signer(store.conn, 1)
        assert anna.street == ("Seeweg 1",) and anna.tags == ("choir", "youth")


def test_roster_add_and_an_import_agree_on_the_same_person(tmp_path: Path) -> None:
    with open_store() as store:
        add_signer(store, person(email=""))
        path = write_csv(tmp_path, f"{HEADER}\nAnna,MUELLER,Bahnhof-Strasse 12,D-10115,,,,\n")
        report = import_file(store, path, dry_run=True)
        assert [str(note) for note in report.duplicate_notes] == [
            "line 2: Anna MUELLER is already in the roster as signer 1"
        ]


def test_the_command_line_lists_every_duplicate_and_possible_duplicate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [ANNA] + [f"Anna,Müller,Gartenweg {n},10115,Berlin,DE,,{n}" for n in range(1, 1201)] + [ANNA]
    path = write_csv(tmp_path, "\n".join([HEADER, *rows]) + "\n")
    assert main(["roster", "import", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "1 duplicate skipped" in out or "1 duplicate(s) skipped" in out
    assert "  line 1,203: Anna Müller is already in this file at line 2" in out  # address before e-mail
    possible = [line for line in out if line.startswith("  line ") and " may be " in line]
    assert len(possible) == 1200  # every one, not the first thousand
    assert (
        possible[-1]
        == "  line 1,202: Anna Müller (Gartenweg 1200) may be the person of line 2 (Bahnhofstrasse 12)"
    )


# -- a person entered by hand ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (("Anna-Maria", "Müller"), ("anna maria", "MUELLER")),
        (("Anna Maria", "Mueller"), ("Anna-Maria", "Müller")),
        (("Annamaria", "Müller"), ("Anna Maria", "Muller")),
        (("Seán", "O'Brien"), ("Sean", "O Brien")),
        (("Jürgen", "Groß"), ("Juergen", "Gross")),
    ],
)
def test_a_person_typed_in_finds_the_stored_spellings_the_rule_matches(
    stored: tuple[str, str], typed: tuple[str, str]
) -> None:
    """known_matches looks the name up exactly (the name index, not a scan), in every spelling the rule
    counts as one name; the rule itself then decides."""
    from ua_desktop.core.roster.matching import known_matches, stored_candidates

    with open_store() as store:
        known = add_signer(store, person(*stored, email=""))
        add_signer(store, person("Anna", "Meier", email=""))
        new = person(*typed, email="")
        assert [s.id for s in stored_candidates(store.conn, new)] == [known.id]
        assert [(m.signer.id, m.kind) for m in known_matches(store.conn, new)] == [
            (known.id, MatchKind.ADDRESS)
        ]
        assert known_matches(store.conn, new, exclude=known.id) == []  # editing oneself


def test_a_person_typed_in_is_found_by_e_mail_and_a_short_name_finds_no_crowd() -> None:
    from ua_desktop.core.roster.matching import known_matches, stored_candidates

    with open_store() as store:
        anna = add_signer(store, person())
        for n in range(30):
            add_signer(store, person("A", f"A{n}", email=f"a{n}@example.org"))
        typed = person("Annette", "Schmid", street=("Seeweg 3",), email=" Anna@Example.ORG")
        assert [(m.signer.id, m.kind) for m in known_matches(store.conn, typed)] == [
            (anna.id, MatchKind.EMAIL)
        ]
        assert stored_candidates(store.conn, person("", "A", email="")) == []  # as typed: no "A" stored
