"""`roster list --json` streamed (issue 17): valid JSON, a signer to a line, as Python's encoder writes it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from ua_desktop.core.roster import json_listing
from ua_desktop.core.roster.json_listing import json_batches, json_chunks, python_record, record_sql
from ua_desktop.core.roster.records import add_signer, signer_from_row
from ua_desktop.core.roster.search import Query, iter_signer_rows, list_signers
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


def reference(store: RosterStore, query: Query) -> str:
    """The listing as Python's json module writes it: every signer to_dict(), compact, one to a line."""
    lines = [
        json.dumps(signer.to_dict(), ensure_ascii=False, separators=(",", ":"))
        for signer in list_signers(store.conn, query)
    ]
    return "[\n" + ",\n".join(lines) + "\n]" if lines else "[]"


def streamed(store: RosterStore, query: Query) -> str:
    return "".join(json_chunks(json_batches(store.conn, query)))


@pytest.fixture
def store() -> Iterator[RosterStore]:
    with open_store() as opened:
        for person in PEOPLE:
            add_signer(opened, person)
        yield opened


QUERIES = [
    Query(),
    Query(text="zur"),
    Query(tag="street stand"),
    Query(text="nobody-at-all"),
    Query(tag="a\\b"),
]
QUERY_IDS = ["all", "search", "tag", "none", "escaped-tag"]


@pytest.mark.parametrize("query", QUERIES, ids=QUERY_IDS)
def test_streamed_json_is_what_pythons_encoder_writes(store: RosterStore, query: Query) -> None:
    text = streamed(store, query)
    assert text == reference(store, query)
    assert json.loads(text) == [signer.to_dict() for signer in list_signers(store.conn, query)]


def test_sqlite_writes_the_rows_it_can_and_python_the_rest(store: RosterStore) -> None:
    """SQLite's json_object() writes a row unless a street line or a tag holds a backslash; both give the
    reference text for every row, the hostile ones included."""
    rows = {row[0]: row for row in iter_signer_rows(store.conn, Query())}
    written = store.conn.execute(f"SELECT {record_sql()}, id FROM signers")
    by_sqlite = {signer_id: record for record, signer_id in written}
    left_to_python = {rows[i][2] for i, record in by_sqlite.items() if record is None}  # first names
    assert left_to_python == {'Anna "Nan"'}  # the one with a backslash in a street line and a tag
    for signer_id, row in rows.items():
        signer = signer_from_row(row)
        expected = json.dumps(signer.to_dict(), ensure_ascii=False, separators=(",", ":"))
        assert python_record(row) == expected
        if by_sqlite[signer_id] is not None:
            assert by_sqlite[signer_id] == expected
        assert "\n" not in expected  # one line each: a line break in a value is escaped


def test_without_sqlites_json_functions_python_writes_the_same(
    store: RosterStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SQLite built without JSON functions: the same text, every record from the Python encoder."""
    monkeypatch.setattr(json_listing, "record_sql", lambda: "json_object_missing(id)")
    for query in QUERIES:
        assert streamed(store, query) == reference(store, query)


def test_batches_are_joined_into_one_array(store: RosterStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_listing, "_BATCH", 2)
    chunks = list(json_chunks(json_batches(store.conn, Query())))
    assert len(chunks) == 6  # 2 + 2 + 2 + 2 + 2 records, then the closing bracket
    assert "".join(chunks) == reference(store, Query())
    assert "".join(json_chunks([])) == "[]" == json.dumps([])


def test_rows_are_read_as_they_are_written(store: RosterStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streaming: the first batch is out before the rest of the roster is read."""
    monkeypatch.setattr(json_listing, "_BATCH", 2)
    read = 0

    def counted() -> Iterator[list[str]]:
        nonlocal read
        for records in json_batches(store.conn, Query()):
            read += len(records)
            yield records

    chunks = json_chunks(counted())
    first = next(chunks)
    assert read == 2 and first.startswith('[\n{"id":')
    assert "".join([first, *chunks]) == reference(store, Query())


def test_the_command_prints_the_listing(store: RosterStore, cli: Cli) -> None:
    status, out, _err = cli("roster", "list", "--json")
    assert status == 0 and out == reference(store, Query()) + "\n"
    # "[", a line per signer, "]" and the final newline (split on "\n" alone: JSON leaves U+2028 as it is)
    assert len(out.split("\n")) == len(PEOPLE) + 3
    status, out, _err = cli("roster", "list", "--json", "--tag", "street stand")
    assert status == 0 and out == reference(store, Query(tag="street stand")) + "\n"
    # The tab-separated listing reads the same rows one at a time.
    status, out, _err = cli("roster", "list", "--search", "zur")
    assert status == 0
    assert [line.split("\t")[1] for line in out.splitlines()] == ["Müller", "Zürcher"]


def test_no_roster_lists_an_empty_array(cli: Cli) -> None:
    assert cli("roster", "list", "--json") == (0, "[]\n", "")
