"""Data-protection requests: hand one person their complete record, or erase them completely.

Erasing first goes through every copy of the roster in the program's folders (core/roster/copies.py): each
finished backup, whatever its name, loses the person; an unfinished temporary copy a crash left is shredded;
a damaged copy is never written to and is reported instead. Then it deletes the signer with their tags and
signatures from the roster under `PRAGMA secure_delete=ON` (the freed space is overwritten with zeros, not
just marked free), and checkpoints and truncates the WAL so the name is not left in the -wal file either.
In that order, an erasure cut short (a crash, a kill, a full disk) leaves the person in the roster, so
running it again finishes it; the roster first would leave the copies holding them while the next run says
there is no such signer (tests/crash/crash_consistency.py found that). What it cannot reach is said
plainly: the copies it wrote elsewhere that are still there (noted when written), and that anything else
kept outside its folders needs checking by hand.
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
from ua_desktop.core.messages import Message, message
from ua_desktop.core.roster.copies import CopyKind, OutsideCopy, copies_outside, folder_copies, note_copy
from ua_desktop.core.roster.csv_export import export_csv
from ua_desktop.core.roster.messages import ErasureMessage
from ua_desktop.core.roster.records import get_signer
from ua_desktop.core.roster.search import Query
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore, remove_stale_copies, roster_problem


def person_record(conn: sqlite3.Connection, signer_id: int) -> dict[str, object]:
    """Everything stored about one signer, with a note of when and by what it was exported."""
    signer = get_signer(conn, signer_id)
    return {
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "exported_by": f"ua-desktop {__version__}",
        "signer": signer.to_dict(),
    }


def export_person(
    conn: sqlite3.Connection, signer_id: int, path: Path, notes_dir: Path | None = None
) -> Signer:
    """Write one signer's complete record as JSON (mode 0600); returns the signer.

    notes_dir (the data folder) remembers where the record went, so erasing the person later names it.
    """
    record = person_record(conn, signer_id)
    write_text_atomic(Path(path), json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    if notes_dir is not None:
        note_copy(notes_dir, Path(path), CopyKind.RECORD, signer_id)
    return get_signer(conn, signer_id)


def export_roster_csv(store: RosterStore, path: Path, query: Query | None = None) -> int:
    """export_csv() of the roster, remembered as a copy outside the program's folders; returns the count."""
    count = export_csv(store.conn, Path(path), query)
    note_copy(store.path.parent, Path(path), CopyKind.CSV)
    return count


@dataclass(frozen=True)
class Erasure:
    """What erase_signer did.

    Attributes:
        journal_clean: False when another window kept the WAL from truncating.
        backups_cleaned: copies in the program's folders the person was removed from.
        temporaries_removed: unfinished copies a crash had left, shredded.
        not_erased: copies in the program's folders that could not be changed, each with the reason.
        outside: copies written outside the program's folders that are still there (out of reach).
    """

    signer: Signer
    journal_clean: bool
    backups_cleaned: int
    temporaries_removed: int = 0
    not_erased: tuple[tuple[Path, Message | str], ...] = ()
    outside: tuple[OutsideCopy, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether every copy in the program's folders was reached."""
        return not self.not_erased

    def notices(self) -> list[Message]:
        """What the person who asked should know besides the erasure itself, one message each."""
        found: list[Message] = []
        if self.temporaries_removed:
            found.append(message(ErasureMessage.TEMPORARIES_REMOVED, self.temporaries_removed))
        found.extend(
            message(ErasureMessage.NOT_ERASED, path=path, reason=why) for path, why in self.not_erased
        )
        if self.outside:
            found.append(
                message(ErasureMessage.OUTSIDE_KNOWN, paths=tuple(copy.path for copy in self.outside))
            )
        found.append(message(ErasureMessage.OUTSIDE_UNKNOWN))
        return found


def erase_signer(store: RosterStore, signer_id: int) -> Erasure:
    """Delete one signer for good: every copy in the program's folders, then row, tags, signatures, WAL copy.

    The copies go first, so that an erasure cut short can be run again: the person is still in the roster.
    """
    signer = get_signer(store.conn, signer_id)
    removed = remove_stale_copies(store.path, store.backups_dir)
    copies = folder_copies(store.path, store.backups_dir)
    cleaned = 0
    not_erased: list[tuple[Path, Message | str]] = []
    for copy in (*copies.finished, *copies.set_aside):
        try:
            cleaned += _erase_from_copy(copy, signer, store.conn)
        except _DamagedCopyError as error:
            not_erased.append((copy, message(ErasureMessage.DAMAGED, detail=error.detail)))
        except (sqlite3.Error, OSError) as error:
            why: Message | str = str(error)
            if isinstance(error, sqlite3.Error):
                why = roster_problem(error, copy) or why
            not_erased.append((copy, why))
    with store.transaction() as conn:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("DELETE FROM signatures WHERE signer_id = ?", (signer_id,))
        conn.execute("DELETE FROM signers WHERE id = ?", (signer_id,))
    journal_clean = store.checkpoint()
    for tmp in folder_copies(store.path, store.backups_dir).temporaries:  # being written by another thread
        not_erased.append((tmp, message(ErasureMessage.BEING_WRITTEN)))
    outside = tuple(copies_outside(store.path.parent, signer_id))
    return Erasure(signer, journal_clean, cleaned, removed, tuple(not_erased), outside)


class _DamagedCopyError(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _erase_from_copy(path: Path, signer: Signer, roster: sqlite3.Connection) -> int:
    """Delete the signer from one copy of the roster; 1 if they were in it, else 0.

    The signer is their row with the same id and creation time (ids can be reused after a deletion, a
    creation time cannot); an older record of the same person (same name, and same postcode or e-mail) that
    is no longer in the roster goes too. A copy that fails SQLite's check is not written to: the error says
    it is damaged.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            raise _DamagedCopyError(str(check))
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            ids = {
                row[0]
                for row in conn.execute(
                    "SELECT id FROM signers WHERE id = ? AND created_at = ?", (signer.id, signer.created_at)
                )
            }
            same_person = conn.execute(
                "SELECT id, created_at FROM signers WHERE first_name = ? AND last_name = ? AND "
                "((postal_code <> '' AND postal_code = ?) OR (email <> '' AND email = ?))",
                (signer.first_name, signer.last_name, signer.postal_code, signer.email),
            ).fetchall()
            for other_id, created_at in same_person:
                kept = roster.execute(
                    "SELECT 1 FROM signers WHERE id = ? AND created_at = ?", (other_id, created_at)
                ).fetchone()
                if kept is None:
                    ids.add(other_id)
            for erased in ids:
                conn.execute("DELETE FROM signatures WHERE signer_id = ?", (erased,))
                conn.execute("DELETE FROM signers WHERE id = ?", (erased,))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if ids:
            # VACUUM may find no room for its copy on a full disk: secure_delete has overwritten the rows
            with contextlib.suppress(sqlite3.OperationalError):
                conn.execute("VACUUM")
        return 1 if ids else 0
    finally:
        conn.close()
