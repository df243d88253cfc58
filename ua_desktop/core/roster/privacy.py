"""Data-protection requests: hand one person their complete record, or erase them completely.

Erasing deletes the signer with their tags and signatures under `PRAGMA secure_delete=ON` (the freed space
is overwritten with zeros, not just marked free), then checkpoints and truncates the WAL so the name is not
left in the -wal file either, and removes the person from the automatic backups as well.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ua_desktop import __version__
from ua_desktop.core.fileio import write_text_atomic
from ua_desktop.core.roster.records import get_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import BACKUP_GLOB, RosterStore


def person_record(conn: sqlite3.Connection, signer_id: int) -> dict[str, object]:
    """Everything stored about one signer, with a note of when and by what it was exported."""
    signer = get_signer(conn, signer_id)
    return {
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "exported_by": f"ua-desktop {__version__}",
        "signer": signer.to_dict(),
    }


def export_person(conn: sqlite3.Connection, signer_id: int, path: Path) -> Signer:
    """Write one signer's complete record as JSON (mode 0600); returns the signer."""
    record = person_record(conn, signer_id)
    write_text_atomic(Path(path), json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    return get_signer(conn, signer_id)


@dataclass(frozen=True)
class Erasure:
    """What erase_signer did; `journal_clean` is False when another window kept the WAL from truncating."""

    signer: Signer
    journal_clean: bool
    backups_cleaned: int


def erase_signer(store: RosterStore, signer_id: int) -> Erasure:
    """Delete one signer for good: row, tags, signatures, WAL copy and automatic backups."""
    signer = get_signer(store.conn, signer_id)
    with store.transaction() as conn:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("DELETE FROM signatures WHERE signer_id = ?", (signer_id,))
        conn.execute("DELETE FROM signers WHERE id = ?", (signer_id,))
    journal_clean = store.checkpoint()
    cleaned = 0
    for backup in sorted(store.backups_dir.glob(BACKUP_GLOB)):
        with contextlib.suppress(sqlite3.Error, OSError):
            cleaned += _erase_from_backup(backup, signer)
    return Erasure(signer, journal_clean, cleaned)


def _erase_from_backup(path: Path, signer: Signer) -> int:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN IMMEDIATE")
        deleted = conn.execute(
            "DELETE FROM signers WHERE id = ? AND first_name = ? AND last_name = ?",
            (signer.id, signer.first_name, signer.last_name),
        ).rowcount
        conn.execute("COMMIT")
        if deleted:
            conn.execute("VACUUM")
        return 1 if deleted else 0
    finally:
        conn.close()
