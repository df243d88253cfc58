"""Every copy of the roster the program can see in its folders, and a note of those it wrote elsewhere.

Erasing a person has to reach each copy of them: the finished backups in the backups folder (whatever their
name, also one `roster backup` wrote there), the temporary files of a backup that a crash or Ctrl+C cut
short, and a damaged roster that was set aside. Copies written outside the program's folders (a backup on
another stick, a CSV export, one person's record) are out of its reach; it notes where it wrote them, so an
erasure can name the ones still there instead of claiming to have removed the person everywhere.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import write_text_atomic

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
COPIES_FILE = "roster-copies.json"
_KEEP_NOTES = 200


class CopyKind(enum.StrEnum):
    BACKUP = "backup"  # a whole roster (roster backup, Roster ▸ Back Up…)
    CSV = "csv"  # signers as a spreadsheet (roster export, Roster ▸ Export as CSV…)
    RECORD = "record"  # one person's complete record (roster export-person)


@dataclass(frozen=True)
class FolderCopies:
    """The roster copies in the program's own folders, as found on disk.

    Attributes:
        finished: complete SQLite files in the backups folder, whatever their name.
        temporaries: unfinished copies (`.….tmp`) of a backup or a restore.
        set_aside: damaged or replaced rosters renamed `roster.sqlite3.damaged-…`.
    """

    finished: tuple[Path, ...] = ()
    temporaries: tuple[Path, ...] = ()
    set_aside: tuple[Path, ...] = ()


def is_sqlite_file(path: Path) -> bool:
    """Whether path is a regular file that starts like an SQLite database."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:  # also a folder
        return False


def temporary_names(db_path: Path) -> str:
    """The glob of a restore's temporary copy next to the roster (store.py writes it)."""
    return f".{db_path.name}.restore-*.tmp"


def set_aside_names(db_path: Path) -> str:
    return f"{db_path.name}.damaged-*"


def folder_copies(db_path: Path, backups_dir: Path) -> FolderCopies:
    """The copies of the roster at db_path that lie in its folder and its backups folder."""
    finished: list[Path] = []
    temporaries: list[Path] = []
    with contextlib.suppress(OSError):
        for path in sorted(backups_dir.iterdir()):
            if path.name.startswith(".") and path.name.endswith(".tmp"):
                temporaries.append(path)
            elif not path.name.endswith(("-journal", "-wal", "-shm")) and is_sqlite_file(path):
                finished.append(path)
    set_aside: list[Path] = []
    with contextlib.suppress(OSError):
        temporaries.extend(sorted(db_path.parent.glob(temporary_names(db_path))))
        for path in sorted(db_path.parent.glob(set_aside_names(db_path))):
            if not path.name.endswith(("-journal", "-wal", "-shm")) and path.is_file():
                set_aside.append(path)
    return FolderCopies(tuple(finished), tuple(temporaries), tuple(set_aside))


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then delete it (with its -journal, -wal and -shm).

    Zeros first so that the blocks on the disk stop holding the names even before they are reused; on a
    copy-on-write file system or an SSD the old blocks may survive anyway, as after any deletion.
    """
    for file in (path, *(Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        try:
            handle = open(file, "r+b")  # noqa: SIM115 - closed by the with below, after the except clauses
        except FileNotFoundError:
            continue
        except OSError:
            pass  # cannot be overwritten (no permission): still try to delete it
        else:
            with handle, contextlib.suppress(OSError):
                size = os.fstat(handle.fileno()).st_size
                zeros = b"\x00" * min(size, 1 << 20)
                written = 0
                while written < size:
                    written += handle.write(zeros[: size - written])
                handle.flush()
                os.fsync(handle.fileno())
        file.unlink(missing_ok=True)


# -- copies written elsewhere -------------------------------------------------------------------------
@dataclass(frozen=True)
class OutsideCopy:
    """A copy the program wrote outside its folders: where, what, when, and for one person's record whom."""

    path: Path
    kind: CopyKind
    written: str
    signer: int | None = None


def _notes_file(notes_dir: Path) -> Path:
    return notes_dir / COPIES_FILE


def _read_notes(data_dir: Path) -> list[OutsideCopy]:
    try:
        data = json.loads(_notes_file(data_dir).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        log.warning("%s cannot be read (%s); starting a new list", _notes_file(data_dir), error)
        return []
    notes: list[OutsideCopy] = []
    entries = data.get("copies") if isinstance(data, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        path, kind, written, signer = (entry.get(k) for k in ("path", "kind", "written", "signer"))
        if not isinstance(path, str) or kind not in set(CopyKind) or not isinstance(written, str):
            continue
        if not (signer is None or (isinstance(signer, int) and not isinstance(signer, bool))):
            continue
        notes.append(OutsideCopy(Path(path), CopyKind(kind), written, signer))
    return notes


def _write_notes(data_dir: Path, notes: list[OutsideCopy]) -> None:
    data = {
        "copies": [
            {"path": str(n.path), "kind": n.kind.value, "written": n.written, "signer": n.signer}
            for n in notes[-_KEEP_NOTES:]
        ]
    }
    try:
        write_text_atomic(_notes_file(data_dir), json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    except UserError as error:  # a read-only stick or a full disk: the copy itself was written
        log.info("cannot note the copies written elsewhere: %s", error)


def inside(path: Path, folder: Path) -> bool:
    try:
        return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(folder))
    except (OSError, ValueError):
        return False


def note_copy(notes_dir: Path, path: Path, kind: CopyKind, signer: int | None = None) -> None:
    """Remember in notes_dir (the data folder) that a copy was written to path; never fails the writing."""
    path = Path(os.path.abspath(path))
    notes = [n for n in _read_notes(notes_dir) if n.path != path]
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    notes.append(OutsideCopy(path, kind, stamp, signer))
    _write_notes(notes_dir, notes)


def copies_outside(data_dir: Path, signer: int | None = None) -> list[OutsideCopy]:
    """The noted copies that are still there: whole rosters and CSV files, and records of `signer`.

    Notes of files that are gone are dropped from the list.
    """
    notes = _read_notes(data_dir)
    present = [n for n in notes if n.path.exists()]
    if len(present) != len(notes):
        _write_notes(data_dir, present)
    return [n for n in present if n.kind is not CopyKind.RECORD or n.signer == signer]
