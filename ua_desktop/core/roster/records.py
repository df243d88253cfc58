"""Reading and changing signers. Every change runs in one transaction of the store."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence

from ua_desktop.core.errors import UserError
from ua_desktop.core.roster.messages import RosterMessage
from ua_desktop.core.roster.signer import TEXT_COLUMNS, Signature, Signer
from ua_desktop.core.roster.store import RosterStore, now_iso

_INSERT_SQL = (
    f"INSERT INTO signers (id, {', '.join(TEXT_COLUMNS)}, tags, created_at, updated_at, sort_key, search) "
    f"VALUES ({', '.join('?' * (len(TEXT_COLUMNS) + 6))})"
)
_UPDATE_SQL = (
    f"UPDATE signers SET {', '.join(c + ' = ?' for c in TEXT_COLUMNS)}, "
    "tags = ?, updated_at = ?, sort_key = ?, search = ? WHERE id = ?"
)
_SIGNATURE_SQL = (
    "INSERT INTO signatures (signer_id, case_id, language, signed_at, evening_id) VALUES (?, ?, ?, ?, ?)"
)
SELECT_COLUMNS = f"id, {', '.join(TEXT_COLUMNS)}, tags, created_at, updated_at"


def signer_from_row(row: Sequence[object]) -> Signer:
    """A Signer from a SELECT_COLUMNS row."""
    signer_id, *text, tags, created_at, updated_at = (str(value) for value in row)
    return Signer.from_columns(
        dict(zip(TEXT_COLUMNS, text, strict=True)),
        tags=tuple(tags.split("\n")) if tags else (),
        id=int(signer_id),
        created_at=created_at,
        updated_at=updated_at,
    )


def insert_row(signer: Signer, now: str) -> tuple[object, ...]:
    return (
        signer.id,
        *(signer.column_value(c) for c in TEXT_COLUMNS),
        "\n".join(signer.tags),
        signer.created_at or now,
        signer.updated_at or now,
        signer.sort_key(),
        signer.search_text(),
    )


def insert_signers(conn: sqlite3.Connection, signers: Iterable[Signer]) -> list[int]:
    """Insert signers (inside the caller's transaction); returns their ids in order."""
    now = now_iso()
    ids: list[int] = []
    for signer in signers:
        cursor = conn.execute(_INSERT_SQL, insert_row(signer, now))
        signer_id = int(cursor.lastrowid or 0)
        ids.append(signer_id)
        conn.executemany(
            _SIGNATURE_SQL,
            ((signer_id, s.case_id, s.language, s.signed_at, s.evening_id) for s in signer.signatures),
        )
    return ids


def write_update(conn: sqlite3.Connection, signer: Signer) -> None:
    """Save changed fields and tags of an existing signer (inside the caller's transaction)."""
    assert signer.id is not None
    cursor = conn.execute(
        _UPDATE_SQL,
        (
            *(signer.column_value(c) for c in TEXT_COLUMNS),
            "\n".join(signer.tags),
            now_iso(),
            signer.sort_key(),
            signer.search_text(),
            signer.id,
        ),
    )
    if cursor.rowcount != 1:
        raise UserError(RosterMessage.NO_SIGNER_MEANWHILE, signer=str(signer.id))


def add_signer(store: RosterStore, signer: Signer) -> Signer:
    with store.transaction() as conn:
        (signer_id,) = insert_signers(
            conn, [dataclasses.replace(signer, id=None, created_at="", updated_at="")]
        )
    return get_signer(store.conn, signer_id)


def update_signer(store: RosterStore, signer: Signer) -> Signer:
    with store.transaction() as conn:
        write_update(conn, signer)
    assert signer.id is not None
    return get_signer(store.conn, signer.id)


def get_signers(
    conn: sqlite3.Connection, ids: Sequence[int], with_signatures: bool = False
) -> dict[int, Signer]:
    """The signers with these ids (missing ids are left out), tags included."""
    found: dict[int, Signer] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        signatures: dict[int, list[Signature]] = {}
        if with_signatures:
            for row in conn.execute(
                "SELECT signer_id, case_id, signed_at, language, evening_id FROM signatures "
                f"WHERE signer_id IN ({marks}) ORDER BY signed_at, id",
                chunk,
            ):
                signatures.setdefault(row[0], []).append(Signature(*row[1:]))
        for row in conn.execute(f"SELECT {SELECT_COLUMNS} FROM signers WHERE id IN ({marks})", chunk):
            signer = signer_from_row(row)
            if with_signatures:
                signer = dataclasses.replace(signer, signatures=tuple(signatures.get(row[0], ())))
            found[row[0]] = signer
    return found


def get_signer(conn: sqlite3.Connection, signer_id: int) -> Signer:
    """One signer with tags and signatures; UserError when there is none with that id."""
    found = get_signers(conn, [signer_id], with_signatures=True)
    if signer_id not in found:
        raise UserError(RosterMessage.NO_SIGNER, signer=str(signer_id))
    return found[signer_id]


def delete_signers(store: RosterStore, ids: Sequence[int]) -> list[Signer]:
    """Delete signers (tags and signatures with them); returns the full records so undo can put them back."""
    with store.transaction() as conn:
        records = get_signers(conn, ids, with_signatures=True)
        conn.executemany("DELETE FROM signers WHERE id = ?", ((i,) for i in records))
    return [records[i] for i in ids if i in records]


def restore_signers(store: RosterStore, signers: Sequence[Signer]) -> None:
    """Put deleted signers back with their ids, times, tags and signatures (undo of delete)."""
    with store.transaction() as conn:
        insert_signers(conn, signers)


def record_signature(
    store: RosterStore, signer_id: int, case_id: str, language: str = "", evening_id: int | None = None
) -> None:
    """Remember that signer_id signed the letter of case_id (for the evening tallies)."""
    with store.transaction() as conn:
        conn.execute(
            _SIGNATURE_SQL,
            (signer_id, case_id, language, now_iso(), evening_id),
        )


def count_signers(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM signers").fetchone()[0])


def tags_with_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every tag in use with how many signers carry it, alphabetically (case-insensitive)."""
    counts: Counter[str] = Counter()
    for tags, n in conn.execute("SELECT tags, count(*) FROM signers WHERE tags != '' GROUP BY tags"):
        for tag in str(tags).split("\n"):
            counts[tag] += int(n)
    return sorted(counts.items(), key=lambda item: (item[0].casefold(), item[0]))
