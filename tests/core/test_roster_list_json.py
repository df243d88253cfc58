"""`roster list --json` streamed (issue 17): valid JSON, and the very text the old whole-list dump wrote."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from ua_desktop.core.roster import json_listing
from ua_desktop.core.roster.json_listing import json_chunks, record_json
from ua_desktop.core.roster.records import add_signer
from ua_desktop.core.roster.search import Query, iter_signer_rows, iter_signers, list_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore

from ..cli_types import Cli
from .roster_helpers import open_store

PEOPLE = [
    Signer(
        first_name="Jürg",
        last_name="Müller",
        street=("Bahnhofstrasse 1", "Postfach 12"),
        postal_code="8001",
        city="Zürich",
        country="CH",
        email="jurg@example.org",
        tags=("Tuesday group", "street stand"),
        consent_date="2025-03-31",
        consent_method="sign-in sheet",
    ),
    Signer(first_name="Ελένη", last_name="Παπαδοπούλου", city="Αθήνα", country="GR", privacy=True),
    # Everything JSON must escape, and what it must not: quotes, backslashes, control characters, a
    # newline in the notes, emoji, U+2028 and DEL.
    Signer(
        first_name='Anna "Nan"',
        last_name="O'Brien\\Back",
        street=('c/o "Haus" \\ Hof', "Tab\there"),
        notes="first line\nsecond line\x01\x1f\u2028\x7f 😀",
        tags=('the "choir"', "a\\b"),
        title="Dr.",
        organisation="Amnesty ✊",
    ),
    # Each on its own, so that each one alone must take the careful way.
    Signer(first_name="Back\\slash", last_name="Only"),
    Signer(first_name="Quote", last_name="Tag", tags=('the "choir"',)),
    Signer(first_name="Tab", last_name="Street", street=("Tab\there",)),
    Signer(first_name="New", last_name="Line", notes="a\nb"),
    Signer(first_name="Bell", last_name="Note", notes="ring\x07"),
    Signer(last_name="Nobody"),  # empty street, tags and almost everything else
    Signer(first_name="Zoë", last_name="Zürcher", street=("Gasse 1",), tags=("street stand",), phone="+41"),
]


def old_listing(store: RosterStore, query: Query) -> str:
    """What `roster list --json` printed before streaming (less its final newline)."""
    signers = list_signers(store.conn, query)
    return json.dumps([signer.to_dict() for signer in signers], ensure_ascii=False, indent=2)


def streamed(store: RosterStore, query: Query) -> str:
    return "".join(json_chunks(iter_signer_rows(store.conn, query)))


@pytest.fixture
def store() -> Iterator[RosterStore]:
    with open_store() as opened:
        for person in PEOPLE:
            add_signer(opened, person)
        yield opened


@pytest.mark.parametrize(
    "query",
    [Query(), Query(text="zur"), Query(tag="street stand"), Query(text="nobody-at-all"), Query(tag="a\\b")],
    ids=["all", "search", "tag", "none", "escaped-tag"],
)
def test_streamed_json_is_the_old_output(store: RosterStore, query: Query) -> None:
    text = streamed(store, query)
    assert text == old_listing(store, query)
    assert json.loads(text) == [signer.to_dict() for signer in list_signers(store.conn, query)]


def test_batches_are_joined_into_one_array(store: RosterStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_listing, "_BATCH", 2)
    chunks = list(json_chunks(iter_signer_rows(store.conn, Query())))
    assert len(chunks) == 6  # 2 + 2 + 2 + 2 + 2 records, then the closing bracket
    assert "".join(chunks) == old_listing(store, Query())
    assert "".join(json_chunks([])) == "[]" == json.dumps([])


def test_rows_are_read_as_they_are_written(store: RosterStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streaming: the first batch is out before the rest of the roster is read."""
    monkeypatch.setattr(json_listing, "_BATCH", 2)
    read = 0

    def counted() -> Iterator[tuple[object, ...]]:
        nonlocal read
        for row in iter_signer_rows(store.conn, Query()):
            read += 1
            yield row

    chunks = json_chunks(counted())
    first = next(chunks)
    assert read == 2 and first.startswith("[\n  {")
    assert "".join([first, *chunks]) == old_listing(store, Query())


def test_a_row_that_needs_escapes_and_one_that_does_not_match_to_dict(store: RosterStore) -> None:
    rows = {row[0]: row for row in iter_signer_rows(store.conn, Query())}
    for signer in iter_signers(store.conn, Query()):
        assert signer.id is not None
        expected = json.dumps([signer.to_dict()], ensure_ascii=False, indent=2)
        assert f"[\n{record_json(rows[signer.id])}\n]" == expected


def test_the_command_prints_the_old_text(store: RosterStore, cli: Cli) -> None:
    expected = old_listing(store, Query()) + "\n"
    status, out, _err = cli("roster", "list", "--json")
    assert status == 0 and out == expected
    status, out, _err = cli("roster", "list", "--json", "--tag", "street stand")
    assert status == 0 and out == old_listing(store, Query(tag="street stand")) + "\n"
    # The tab-separated listing reads the same rows one at a time.
    status, out, _err = cli("roster", "list", "--search", "zur")
    assert status == 0
    assert [line.split("\t")[1] for line in out.splitlines()] == ["Müller", "Zürcher"]


def test_no_roster_lists_an_empty_array(cli: Cli) -> None:
    assert cli("roster", "list", "--json") == (0, "[]\n", "")
