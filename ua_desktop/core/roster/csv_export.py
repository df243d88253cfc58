"""Exporting the roster as CSV that Excel opens correctly and that the import reads back unchanged.

UTF-8 with a byte order mark (without it Excel assumes the local ANSI code page and garbles accents), the
same headers the import understands, and every cell that a spreadsheet would run as a formula (starting
with =, +, -, @, tab or carriage return) prefixed with an apostrophe (OWASP "CSV injection"). The import
removes that apostrophe again, so an export round-trips, but only from a file it recognises as this
export: one whose header row is exactly EXPORT_HEADERS, in this order (is_own_export). In any other file
a leading apostrophe is the value as its author wrote it and stays. "Initials only" says "yes" for a
signer who asked for privacy and is empty otherwise, which the import reads back as the flag.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ua_desktop.core.fileio import atomic_writer
from ua_desktop.core.roster.mapping import EXPORT_TARGETS, HEADERS
from ua_desktop.core.roster.search import Query, order_clause, where_clause

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Columns written as a spreadsheet shows them rather than as stored.
_EXPORT_SQL = {
    "tags": "replace(tags, char(10), '; ')",
    "privacy": "CASE privacy WHEN 1 THEN 'yes' ELSE '' END",
}


# The header row of every export, and so what marks a file as one (a valid CSV for Excel, no extra row).
EXPORT_HEADERS = tuple(HEADERS[t] for t in EXPORT_TARGETS)


def is_own_export(headers: Sequence[str]) -> bool:
    """Whether a file with these headers is this program's export (its formula marks are its own)."""
    return tuple(header.strip() for header in headers) == EXPORT_HEADERS


def neutralise(value: str) -> str:
    """The cell as a spreadsheet will show it but never evaluate it."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def export_csv(conn: sqlite3.Connection, path: Path, query: Query | None = None) -> int:
    """Write the signers matching query (default: everyone) to path; returns how many were written."""
    query = query or Query()
    where, params = where_clause(query)
    columns = [_EXPORT_SQL.get(t, t) for t in EXPORT_TARGETS]
    sql = f"SELECT {', '.join(columns)} FROM signers{where}{order_clause(query)}"
    count = 0
    with atomic_writer(Path(path), "wb", encoding=None) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(EXPORT_HEADERS)
        for row in conn.execute(sql, params):
            writer.writerow([neutralise(str(value)) for value in row])
            count += 1
        text.flush()
        text.detach()  # leave closing and fsync to atomic_writer
    return count
