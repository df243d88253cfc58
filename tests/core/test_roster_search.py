"""Search as you type, tag filter and sorting in SQL; the view the table model reads from."""

from __future__ import annotations

import random

import pytest

from ua_desktop.core.roster.records import add_signer, delete_signers, restore_signers, tags_with_counts
from ua_desktop.core.roster.search import FilteredView, Query, list_signers, roster_letter_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.text import WHITESPACE, casefold_many, clean_document, fold, fold_many

from .roster_helpers import open_store

PEOPLE = [
    Signer(first_name="Jürg", last_name="Müller", postal_code="8001", city="Zürich", tags=("Tuesday group",)),
    Signer(
        first_name="Élise", last_name="Dubois", postal_code="1204", city="Genève", email="elise@example.org"
    ),
    Signer(first_name="anna", last_name="muster", postal_code="3011", city="Bern", tags=("street stand",)),
    Signer(first_name="Peter", last_name="Meier", city="Bern", tags=("street stand", "Tuesday group")),
]


def test_fold_ignores_case_spaces_and_accents() -> None:
    assert fold("  Jürg   MÜLLER ") == "jurg muller" == fold("jurg muller")
    assert fold("Straße") == "strasse" and fold("Élise") == "elise"
    texts = ["Ærø", "Zoë\tx", "ﬁne", "Иван", "", "abc"]
    assert fold_many(texts) == [fold(t) for t in texts]


def test_the_whitespace_list_holds_every_whitespace_character_of_unicode() -> None:
    """The import's whole-column checks look for each of these; the list is built from the range below
    U+3001 only, to keep the import of the module fast."""
    assert tuple(c for c in map(chr, range(0x110000)) if c.isspace()) == WHITESPACE


def test_clean_document_removes_invisible_junk_in_any_script() -> None:
    """Latin-1 files are checked with a bytes shortcut, others with the regex: both must find the same."""
    for base in ("Jürg Müller", "plain", "Иван", "😀"):
        for junk in "\x00\x08\x0b\x0c\x1f\x7f\x85\x9f\u200b\u2060\ufeff\u202e\u2066":
            assert clean_document(f"{base}{junk}x\n") == f"{base}x\n", repr(junk)
        assert clean_document(f"{base}\tb\r\nc\u200dd\xa0") == f"{base}\tb\r\nc\u200dd\xa0"
    assert clean_document("Mu\u0308ller") == "Müller"  # NFC


@pytest.mark.parametrize(
    "alphabet",
    [
        [*"abcXYZ -.@", "  ", "\t", "\n", "\r", "\x1f"],  # plain ASCII, the fast path
        [*"abcXYZ éÜßﬁИжØ´¨😀", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u0301"],  # mixed scripts
        [*"aZ -éÜÆøðþÿªº²¨¯´¸\xa0\x85", "\t", "\n"],  # Latin-1 only: translated from a table
        [*"aZ éÜßµ¼½¾", "\n"],  # Latin-1 with characters that fold into two or into Greek
        [chr(code) for code in range(256)],  # every character of the table
    ],
    ids=["ascii", "mixed", "latin-1", "latin-1-irregular", "all-latin-1"],
)
def test_fold_many_equals_fold_on_every_mix(alphabet: list[str]) -> None:
    """fold_many takes shortcuts (distinct values, ASCII apart, no collapsing when none is needed); each
    must give exactly what fold() gives one text at a time, or search and duplicates would disagree."""
    rnd = random.Random(7)
    for _trial in range(1500):
        pool = [
            "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
            for _ in range(rnd.choice([1, 3, 50]))
        ]
        texts = [rnd.choice(pool) for _ in range(rnd.choice([1, 5, 40, 100]))]
        assert fold_many(texts) == [fold(t) for t in texts], texts
        assert casefold_many(texts) == [t.casefold() for t in texts], texts
    assert fold_many([]) == [] == casefold_many([])


def test_search_words_tags_and_sorting() -> None:
    with open_store() as store:
        for person in PEOPLE:
            add_signer(store, person)

        def last(query: Query) -> list[str]:
            return [s.last_name for s in list_signers(store.conn, query)]

        assert last(Query()) == ["Dubois", "Meier", "Müller", "muster"]  # case-insensitive by last name
        assert last(Query(text="ZURICH")) == ["Müller"]
        assert last(Query(text="bern  st")) == ["Meier", "muster"]  # every word, tags included
        assert last(Query(text="elise@")) == ["Dubois"]
        assert last(Query(tag="Tuesday group")) == ["Meier", "Müller"]
        assert last(Query(text="bern", tag="Tuesday group")) == ["Meier"]
        assert last(Query(sort="city")) == ["Meier", "muster", "Dubois", "Müller"]
        assert last(Query(sort="last_name", descending=True)) == ["muster", "Müller", "Meier", "Dubois"]
        assert last(Query(sort="tags")) == ["Dubois", "muster", "Meier", "Müller"]
        assert tags_with_counts(store.conn) == [("street stand", 2), ("Tuesday group", 2)]
        with pytest.raises(ValueError):
            list_signers(store.conn, Query(sort="id; DROP TABLE signers"))


def test_filtered_view_pages_and_positions() -> None:
    with open_store() as store:
        for n in range(30):
            add_signer(store, Signer(first_name=f"P{n:02d}", last_name=f"Person{n:02d}", city="Bern"))
        view = FilteredView(store.conn)
        assert view.refresh(Query()) == 30
        assert [s.last_name for s in view.rows(0, 3) if s] == ["Person00", "Person01", "Person02"]
        assert view.refresh(Query(text="person2")) == 10
        assert view.position_of(view.ids(4, 5)[0]) == 4
        assert view.refresh(Query(descending=True)) == 30
        assert view.rows(0, 1)[0].last_name == "Person29"  # type: ignore[union-attr]
        other = FilteredView(store.conn)  # two views on one connection do not interfere
        assert other.refresh(Query(text="person0")) == 10 and view.count == 30
        view.close()
        other.close()


def test_deleted_signers_come_back_with_their_ids() -> None:
    with open_store() as store:
        ids = [add_signer(store, person).id for person in PEOPLE]
        removed = delete_signers(store, [ids[0], ids[2]])
        assert [s.last_name for s in removed] == ["Müller", "muster"]
        restore_signers(store, removed)
        assert sorted(s.id for s in list_signers(store.conn, Query())) == sorted(ids)
        assert tags_with_counts(store.conn) == [("street stand", 2), ("Tuesday group", 2)]


def test_letter_side_gets_letter_signers_only() -> None:
    with open_store() as store:
        for person in PEOPLE:
            add_signer(store, person)
        found = roster_letter_signers(store, "bern")
        assert [label for label, _signer in found] == ["Meier, Peter — Bern", "muster, anna — Bern"]
        letter_signer = found[0][1]
        assert letter_signer.full_name == "Peter Meier" and letter_signer.signer_id is not None
        assert not hasattr(letter_signer, "email")
