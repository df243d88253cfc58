"""The roster as a JSON array, written as it is read: `roster list --json` in constant memory.

Building every Signer, its to_dict() and one json.dumps(indent=2) of the whole list took 5.5 s and 742 MB
at 100,000 signers. Here SQLite writes each signer's object itself (json_object(), escaping as JSON
requires) and the program passes the texts on in batches: memory stays at one batch whatever the roster's
size, and no row's twenty values become Python objects (see tests/benchmarks/bench_roster_list_json.py).

The array holds one object per line, written compactly: what json.dumps(signer.to_dict(),
ensure_ascii=False, separators=(",", ":")) gives for the signer (a test compares them byte for byte), so a
script can read the whole array as JSON or go through it line by line. The keys, their order and the kind
of each value come from Signer.to_dict() itself, so a field added to the Signer appears here without a
second list to keep. Signatures are not read for a listing (list_signers() does not read them either), so
"signatures" is [].
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import batched

from ua_desktop.core.roster.records import SELECT_COLUMNS, signer_from_row
from ua_desktop.core.roster.search import Query, iter_signer_rows, order_clause, where_clause
from ua_desktop.core.roster.signer import Signer

_BATCH = 500  # records joined into one write
_LIST_COLUMNS = ("street", "tags")  # stored joined by "\n" (schema.py), listed as JSON arrays

# SQLite's JSON functions are built in since 3.38 and in every CPython build before; without them the
# Python encoder writes every record, the same text, only slower.
_NO_JSON_FUNCTIONS = "no such function"


def python_record(row: Sequence[object]) -> str:
    """One signer's object from a SELECT_COLUMNS row, as Python's encoder writes it: the reference."""
    return json.dumps(signer_from_row(row).to_dict(), ensure_ascii=False, separators=(",", ":"))


def _value_sql(column: str, example: object) -> str:
    """The SQL giving column's value as json_object() must embed it to match to_dict()'s kind."""
    if isinstance(example, bool):
        return f"json(CASE {column} WHEN 1 THEN 'true' ELSE 'false' END)"
    if isinstance(example, list):
        # The lines, each quoted, between brackets: in json_quote()'s text a line break is the escape
        # "\n". A backslash in the value would make "\\n" ambiguous, so such a row is left to Python
        # (_plain_lists_sql).
        quoted_lines = f"replace(json_quote({column}), '\\n', '\",\"')"
        return f"CASE {column} WHEN '' THEN json_array() ELSE json('[' || {quoted_lines} || ']') END"
    return column  # a number (the id) or a text: json_object() writes and escapes it


@cache
def record_sql() -> str:
    """The SELECT expression of one signer's object, or NULL where the Python encoder must write it."""
    columns = [column.strip() for column in SELECT_COLUMNS.split(",")]
    pairs: list[str] = []
    for key, example in Signer(id=0).to_dict().items():
        if key in columns:
            value = _value_sql(key, example)
        elif example == []:  # signatures: not read for a listing
            value = "json_array()"
        else:
            raise RuntimeError(f"Signer.to_dict() key {key!r} has no roster column")
        pairs.append(f"'{key}', {value}")
    plain_lists = " AND ".join(f"instr({column}, '\\') = 0" for column in _LIST_COLUMNS)
    return f"CASE WHEN {plain_lists} THEN json_object({', '.join(pairs)}) END"


def json_batches(conn: sqlite3.Connection, query: Query) -> Iterator[list[str]]:
    """The matching signers' objects (each one line of JSON) in the query's order, _BATCH at a time.

    Read as iterated: only one batch is ever held.
    """
    where, params = where_clause(query)
    try:
        cursor = conn.execute(f"SELECT {record_sql()}, id FROM signers{where}{order_clause(query)}", params)
    except sqlite3.OperationalError as error:
        if not str(error).startswith(_NO_JSON_FUNCTIONS):
            raise
        for chunk in batched(iter_signer_rows(conn, query), _BATCH):
            yield list(map(python_record, chunk))
        return
    rows_by_id = f"SELECT {SELECT_COLUMNS} FROM signers WHERE id = ?"
    while rows := cursor.fetchmany(_BATCH):
        records = [record for record, _id in rows]
        if None in records:  # a backslash in a street line or a tag: Python writes that record
            for index, (record, signer_id) in enumerate(rows):
                if record is None:
                    (row,) = conn.execute(rows_by_id, (signer_id,)).fetchall()
                    records[index] = python_record(row)
        yield records


def json_chunks(batches: Iterable[list[str]]) -> Iterator[str]:
    """The whole array in pieces, one per batch; joined, they are the JSON text (no newline)."""
    separator = "[\n"
    for records in batches:
        yield separator + ",\n".join(records)
        separator = ",\n"
    yield "[]" if separator == "[\n" else "\n]"


def write_json(conn: sqlite3.Connection, query: Query, write: Callable[[str], object]) -> None:
    """Write the array of the signers matching query through write (e.g. sys.stdout.write), in batches."""
    for chunk in json_chunks(json_batches(conn, query)):
        write(chunk)
