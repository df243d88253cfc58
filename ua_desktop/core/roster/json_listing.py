"""The roster as a JSON array, written as it is read: `roster list --json` in constant memory.

Building every Signer, its to_dict() and one json.dumps() of the whole list took 5.5 s and 742 MB at 100,000
signers. Here each database row goes straight to its JSON text and out in batches, so memory stays at one
batch whatever the roster's size, and the time is close to that of reading the rows (see
tests/benchmarks/bench_roster_list_json.py).

The output is byte for byte what `json.dumps([signer.to_dict() for signer in signers], ensure_ascii=False,
indent=2)` writes for the same signers (a test compares them): the keys, their order and their kinds come
from Signer.to_dict() itself, so a field added to the Signer appears here without a second list to keep.
Signatures are not read for a listing (list_signers() does not read them either), so "signatures" is [].
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import batched
from json.encoder import encode_basestring  # the C encoder json.dumps(ensure_ascii=False) uses for a str
from operator import itemgetter
from typing import Any

from ua_desktop.core.roster.records import SELECT_COLUMNS
from ua_desktop.core.roster.signer import Signer

Row = Sequence[object]  # a SELECT_COLUMNS row
Pick = Callable[[Row], tuple[Any, ...]]  # Any: the texts are str as read from TEXT columns
_INDENT = "    "  # a record's keys: two levels of indent=2 (array, object)
_ITEM_INDENT = "      "  # an entry of a list value: three levels
_BATCH = 500  # records joined into one write

# What json.dumps(ensure_ascii=False) escapes in a string: the quote, the backslash, control characters.
_ESCAPED = re.compile(r'["\\\x00-\x1f]').search
_ESCAPED_IN_LIST = re.compile(r'["\\\x00-\x09\x0b-\x1f]').search  # the same but the newline: the separator
_LIST_OPEN, _LIST_NEXT, _LIST_CLOSE = f'[\n{_ITEM_INDENT}"', f'",\n{_ITEM_INDENT}"', f'"\n{_INDENT}]'


def _text(value: object) -> str:
    return encode_basestring(str(value))


def _lines(value: object) -> str:
    """A newline-joined column (street lines, tags) as the JSON list Signer.to_dict() gives."""
    text = str(value)
    if not text:
        return "[]"
    inner = f",\n{_ITEM_INDENT}".join(map(encode_basestring, text.split("\n")))
    return f"[\n{_ITEM_INDENT}{inner}\n{_INDENT}]"


def _plain_lines(text: str) -> str:
    """_lines() for text known to need no escapes."""
    return _LIST_OPEN + text.replace("\n", _LIST_NEXT) + _LIST_CLOSE if text else "[]"


def _flag(value: object) -> str:
    return "true" if str(value) == "1" else "false"


def _number(value: object) -> str:
    return str(value)  # the id: an INTEGER PRIMARY KEY is always an int


def _picker(indexes: Sequence[int]) -> Pick:
    """The values at indexes of a row, always as a tuple (itemgetter of one index gives the value)."""
    if len(indexes) == 1:
        (only,) = indexes
        return lambda row: (row[only],)
    return itemgetter(*indexes) if indexes else (lambda row: ())


@dataclass(frozen=True)
class _Layout:
    """How one record is written, derived once from Signer.to_dict() by _layout()."""

    template: str  # every value written by its writer (the general way)
    writers: tuple[tuple[Callable[[object], str], int], ...]  # per placeholder: how, and which row value
    quick_template: str  # with the texts' quotes in it, for a row that needs no escapes
    quick_values: Pick  # its placeholders' values from the row followed by the extras
    texts: Pick  # the row's text values
    lists: Pick  # the row's newline-joined lists (street lines, tags): extras, first
    flags: Pick  # the row's flags (privacy): extras, after the lists


def _layout() -> _Layout:
    """The record's keys in Signer.to_dict()'s order, each written by the kind of its value there.

    A number, a flag, a list or a text; a key without a column (signatures) is written as its empty value.
    """
    columns = [column.strip() for column in SELECT_COLUMNS.split(",")]
    parts: list[str] = []
    quick: list[str] = []
    writers: list[tuple[Callable[[object], str], int]] = []
    kinds: list[tuple[str, int]] = []  # per placeholder: its kind, its column
    for key, value in Signer(id=0).to_dict().items():
        name = encode_basestring(key)
        if key not in columns:
            if value not in ([], ""):  # only a value a listing leaves empty may lack a column
                raise RuntimeError(f"Signer.to_dict() key {key!r} has no roster column")
            empty = "[]" if value == [] else '""'
            parts.append(f"{_INDENT}{name}: {empty}")
            quick.append(f"{_INDENT}{name}: {empty}")
            continue
        kind = (
            "flag"
            if isinstance(value, bool)
            else "number"
            if isinstance(value, int)
            else "list"
            if isinstance(value, list)
            else "text"
        )
        writer = {"flag": _flag, "number": _number, "list": _lines, "text": _text}[kind]
        writers.append((writer, columns.index(key)))
        kinds.append((kind, columns.index(key)))
        parts.append(f"{_INDENT}{name}: %s")
        quick.append(f'{_INDENT}{name}: "%s"' if kind == "text" else f"{_INDENT}{name}: %s")
    lists = [index for kind, index in kinds if kind == "list"]
    flags = [index for kind, index in kinds if kind == "flag"]
    extras = [*lists, *flags]  # written as JSON, appended to the row in this order
    picks = [
        len(columns) + extras.index(index) if kind in ("list", "flag") else index for kind, index in kinds
    ]
    return _Layout(
        template="  {\n" + ",\n".join(parts) + "\n  }",
        writers=tuple(writers),
        quick_template="  {\n" + ",\n".join(quick) + "\n  }",
        quick_values=_picker(picks),
        texts=_picker([index for kind, index in kinds if kind == "text"]),
        lists=_picker(lists),
        flags=_picker(flags),
    )


_LAYOUT = _layout()


def record_json(row: Row) -> str:
    """One signer's object as it stands in the array (indented, no separator after it).

    Most rows hold no character JSON must escape: their texts go into a template that has their quotes,
    in one formatting step. A row with a quote, a backslash or a control character is written value by
    value with the encoder json.dumps uses.
    """
    layout = _LAYOUT
    lists = layout.lists(row)
    try:
        plain = not _ESCAPED("".join(layout.texts(row))) and not _ESCAPED_IN_LIST("".join(lists))
    except TypeError:  # a value that is not text: the general way writes it as to_dict() would
        plain = False
    if not plain:
        return layout.template % tuple(writer(row[index]) for writer, index in layout.writers)
    extras = (*map(_plain_lines, lists), *map(_flag, layout.flags(row)))
    return layout.quick_template % layout.quick_values((*row, *extras))


def json_chunks(rows: Iterable[Row]) -> Iterator[str]:
    """The whole array in pieces of up to _BATCH records; joined, they are the JSON text (no newline)."""
    separator = "[\n"
    for batch in batched(rows, _BATCH):
        yield separator + ",\n".join(map(record_json, batch))
        separator = ",\n"
    yield "[]" if separator == "[\n" else "\n]"


def write_json(rows: Iterable[Row], write: Callable[[str], object]) -> None:
    """Write the array of rows through write (e.g. sys.stdout.write), a batch at a time."""
    for chunk in json_chunks(rows):
        write(chunk)
