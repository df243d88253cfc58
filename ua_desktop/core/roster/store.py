"""The roster database: opening it safely, one writer at a time, migrations, transactions and backups.

One SQLite file in the data folder (mode 0600, its -wal and -shm siblings too), WAL journal so readers never
wait for the writer, foreign keys on, `synchronous=FULL` because a lost signer costs more than a slow
commit, and `secure_delete=ON` so an erased person's text is overwritten, not just unlinked. A damaged file
is never written to or replaced: opening it raises RosterCorruptError, which names the newest backup.

A full disk, a write-protected stick or a folder without permission is not damage: SQLite's error code
tells them apart (roster_problem), and the message says what to do instead of offering a restore. A roster
that is missing or empty while backups or a set-aside roster lie beside it is never silently started empty
(RosterMissingError offers the newest usable copy). A restore copies the backup completely into a temporary
file before it moves anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import (
    FILE_MODE,
    FileMessage,
    describe_os_error,
    ensure_output_dir,
    ensure_private_dir,
)
from ua_desktop.core.messages import Message, message
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.roster.copies import CopyKind, folder_copies, inside, note_copy, shred
from ua_desktop.core.roster.lock import WriterLock
from ua_desktop.core.roster.messages import RosterMessage
from ua_desktop.core.roster.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)
KEEP_AUTOMATIC_BACKUPS = 10
BACKUP_GLOB = "roster-*.sqlite3"


# SQLite's primary result codes (https://sqlite.org/rescode.html) that say something about the file's own
# content; every other code is about the place it lives (disk, medium, permissions) or about other users.
_SQLITE_ERROR, _SQLITE_CORRUPT, _SQLITE_FORMAT, _SQLITE_NOTADB = 1, 11, 24, 26
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_AUTH = 10, 13, 14, 23
_DAMAGE_CODES = frozenset({_SQLITE_ERROR, _SQLITE_CORRUPT, _SQLITE_FORMAT, _SQLITE_NOTADB})
_LOW_SPACE = 1 << 20  # an I/O error with less than this free is the full disk's doing

# Temporary copies this process is writing right now (a backup in a worker thread), which a clean-up of
# stale temporaries by another store of the same process must leave alone.
_in_flight: set[Path] = set()
_in_flight_guard = threading.Lock()


class RosterInUseError(UserError):
    """Another ua-desktop window or command is writing to this roster."""


class RosterUnavailableError(UserError):
    """The roster cannot be used where it is (full disk, read-only medium, no permission, I/O error).

    Not damage: the message says what to fix, never to restore a backup.
    """


class RosterNotWritableError(RosterUnavailableError):
    """The roster's folder cannot be written (a write-protected stick, no permission); reading may work."""


class RosterNeedsRestoreError(UserError):
    """The roster cannot be used as it is; `backup` is the copy to restore, if there is one."""

    def __init__(self, what: Message, path: Path, backup: Path | None) -> None:
        super().__init__(what)
        self.path = path
        self.backup = backup


class RosterCorruptError(RosterNeedsRestoreError):
    """The roster file is damaged or not a roster; `backup` is the newest backup to restore, if any."""

    def __init__(self, path: Path, backup: Path | None, detail: str) -> None:
        if backup:
            what = message(RosterMessage.DAMAGED_WITH_BACKUP, path=path, detail=detail, backup=backup)
        else:
            what = message(RosterMessage.DAMAGED_WITHOUT_BACKUP, path=path, detail=detail)
        super().__init__(what, path, backup)


class RosterMissingError(RosterNeedsRestoreError):
    """The roster is missing or empty while copies of an earlier one lie beside it.

    `backup` is the newest copy that can be restored (None when none can); starting empty needs the user's
    explicit choice (start_new_roster).
    """

    def __init__(self, path: Path, backup: Path | None, unusable: tuple[Path, ...]) -> None:
        if backup is not None:
            what = message(RosterMessage.MISSING_WITH_COPY, path=path, copy=backup)
        else:
            what = message(RosterMessage.MISSING_WITH_UNUSABLE_COPIES, path=path, copies=unusable)
        super().__init__(what, path, backup)


def _low_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE
    except OSError:
        return False


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def roster_problem(error: sqlite3.Error, path: Path) -> Message | None:
    """What an SQLite error says about the place the database at path lives, or None for the file's damage.

    A full disk (SQLITE_FULL, or an I/O error with the disk out of space: SQLite reports a -shm file it
    cannot grow as an I/O error), a read-only medium or folder, another process holding a lock, a failing
    disk: none of them is damage, and restoring a backup would not help.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # raised by check_database itself: the content failed a check
        return None
    primary = int(code) & 0xFF
    if primary in _DAMAGE_CODES:
        return None
    folder = path.parent
    if primary == _SQLITE_FULL or (primary == _SQLITE_IOERR and _low_space(folder)):
        return message(RosterMessage.DISK_FULL, path=path)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_AUTH, _SQLITE_CANTOPEN) and not _writable(folder):
        return message(RosterMessage.FOLDER_READ_ONLY, path=path)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return message(RosterMessage.IN_USE)
    if primary == _SQLITE_IOERR:
        return message(RosterMessage.DISK_ERROR, path=path, detail=str(error))
    return message(RosterMessage.CANNOT_USE, path=path, detail=str(error))


def _write_problem(error: sqlite3.Error, target: Path) -> Message:
    """Why a copy of the roster could not be written to target, as the file writers word it."""
    code = int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == _SQLITE_FULL or (code == _SQLITE_IOERR and _low_space(target.parent)):
        return message(FileMessage.DISK_FULL, path=target)
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) and not _writable(target.parent):
        return message(FileMessage.NOT_WRITABLE, path=target)
    return message(RosterMessage.BACKUP_NOT_WRITTEN, path=target, detail=str(error))


def _open_problem(error: OSError, path: Path) -> UserError:
    """The error for an OSError while making the roster's lock or file."""
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return RosterNotWritableError(RosterMessage.FOLDER_READ_ONLY, path=path)
    if error.errno == errno.ENOSPC:
        return RosterUnavailableError(RosterMessage.DISK_FULL, path=path)
    return UserError(describe_os_error(error, path))


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def newest_backup(backups_dir: Path) -> Path | None:
    """The most recent automatic backup in backups_dir (names sort by time), or None."""
    try:
        found = sorted(backups_dir.glob(BACKUP_GLOB))
    except OSError:
        return None
    return found[-1] if found else None


def _connect(path: Path, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    if read_only:
        query = "?mode=ro&immutable=1" if immutable else "?mode=ro"
        conn = sqlite3.connect(path.resolve().as_uri() + query, uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _sidecar(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def is_empty_roster_file(path: Path) -> bool:
    """Missing, or 0 bytes with no journal content: what a crash right after creating the file leaves."""
    return _size(path) == 0 and _size(_sidecar(path, "-wal")) == 0


def check_database(conn: sqlite3.Connection, path: Path, backups_dir: Path) -> int:
    """Read-only sanity check of a roster file; returns its schema version.

    Raises RosterCorruptError for damage, RosterUnavailableError when the disk, the medium or another
    process is the problem (roster_problem).
    """
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        result = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(result)
        if (
            version > 0
            and conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'signers'").fetchone() is None
        ):
            raise sqlite3.DatabaseError("no signers table")
    except sqlite3.DatabaseError as error:
        problem = roster_problem(error, path)
        if problem is not None:
            raise RosterUnavailableError(problem) from error
        raise RosterCorruptError(path, newest_backup(backups_dir), str(error)) from error
    if version > SCHEMA_VERSION:
        raise UserError(RosterMessage.NEWER_SCHEMA, path=path, version=version, known=SCHEMA_VERSION)
    return version


def offer_copies(db_path: Path, backups_dir: Path) -> None:
    """Raise RosterMissingError when the roster is missing or empty but copies of an earlier one exist.

    The copies are the finished backups and the set-aside rosters beside it; the newest one that passes
    validate_backup is offered. Nothing is raised on a first start (no copies at all).
    """
    if not is_empty_roster_file(db_path):
        return
    copies = folder_copies(db_path, backups_dir)
    candidates = sorted(
        (*copies.finished, *copies.set_aside), key=lambda p: (p.stat().st_mtime, p.name), reverse=True
    )
    if not candidates:
        return
    for candidate in candidates:
        try:
            validate_backup(candidate, backups_dir)
        except UserError:
            continue
        raise RosterMissingError(db_path, candidate, ())
    raise RosterMissingError(db_path, None, tuple(candidates))


class RosterStore:
    """An open roster. Writable stores hold the writer lock until close(); read-only stores never write.

    `new=True` creates an empty roster even though copies of an earlier one lie beside it (the user chose
    to start empty: start_new_roster).
    """

    def __init__(
        self,
        db_path: Path,
        backups_dir: Path,
        *,
        read_only: bool = False,
        wait: float = 0.0,
        new: bool = False,
    ) -> None:
        self.path = Path(db_path)
        self.backups_dir = Path(backups_dir)
        self.read_only = read_only
        self.lock = WriterLock(self.path.with_name(self.path.name + ".lock"))
        if not read_only and not self.lock.held:
            try:
                ensure_private_dir(self.path.parent)
                acquired = self.lock.acquire(wait)
            except OSError as error:
                raise _open_problem(error, self.path) from error
            if not acquired:
                raise RosterInUseError(RosterMessage.IN_USE)
        try:
            if self.lock.first:
                remove_stale_copies(self.path, self.backups_dir)
            if not new:
                offer_copies(self.path, self.backups_dir)
            self.conn = self._open()
        except BaseException:
            self.lock.release()
            raise

    @classmethod
    def open(cls, paths: AppPaths, *, read_only: bool = False, wait: float = 2.0) -> RosterStore:
        return cls(paths.roster_db, paths.backups_dir, read_only=read_only, wait=wait)

    @classmethod
    def open_for_reading(cls, paths: AppPaths) -> RosterStore:
        """The roster for a command that only reads: writable when it can be (an old roster is upgraded
        first), else read-only: while another window writes, on a write-protected stick, on a full disk."""
        try:
            return cls.open(paths, wait=0.0)
        except (RosterInUseError, RosterUnavailableError) as error:
            if not paths.roster_db.exists():
                raise
            try:
                return cls.open(paths, read_only=True)
            except RosterUnavailableError:
                raise error from None

    def sibling(self) -> RosterStore:
        """A second connection to the same roster, e.g. for a worker thread (same process, same lock)."""
        return RosterStore(self.path, self.backups_dir, read_only=self.read_only)

    # -- opening -----------------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        if self.read_only:
            if not self.path.exists():
                raise UserError(RosterMessage.NO_ROSTER_YET, path=self.path)
            conn, version = self._open_read_only()
        else:
            if not self.path.exists():
                try:
                    os.close(os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE))
                except FileExistsError:
                    pass
                except OSError as error:
                    raise _open_problem(error, self.path) from error
            try:
                conn = _connect(self.path, read_only=False)
            except sqlite3.Error as error:
                raise UserError(RosterMessage.CANNOT_OPEN, path=self.path, detail=str(error)) from error
            try:
                version = check_database(conn, self.path, self.backups_dir)
            except BaseException:
                conn.close()
                raise
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")  # filter results never reach a temporary file
            if not self.read_only:
                with contextlib.suppress(OSError):
                    os.chmod(self.path, FILE_MODE)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA secure_delete = ON")
                self._migrate(conn, version)
            elif version < SCHEMA_VERSION:
                raise UserError(RosterMessage.NEEDS_UPGRADE, path=self.path)
        except sqlite3.OperationalError as error:
            conn.close()
            problem = roster_problem(error, self.path)
            if problem is not None and problem.kind is not RosterMessage.CANNOT_USE:
                raise RosterUnavailableError(problem) from error
            raise UserError(RosterMessage.CANNOT_USE, path=self.path, detail=str(error)) from error
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_read_only(self) -> tuple[sqlite3.Connection, int]:
        """A read-only connection; on a medium where SQLite cannot make its -shm file (a write-protected
        stick, a full disk) the file is read as immutable, which is exact while no -wal holds changes."""
        try:
            conn = _connect(self.path, read_only=True)
        except sqlite3.Error as error:
            raise UserError(RosterMessage.CANNOT_OPEN, path=self.path, detail=str(error)) from error
        try:
            return conn, check_database(conn, self.path, self.backups_dir)
        except RosterUnavailableError:
            conn.close()
            if _size(_sidecar(self.path, "-wal")) > 0:
                raise
        conn = _connect(self.path, read_only=True, immutable=True)
        try:
            return conn, check_database(conn, self.path, self.backups_dir)
        except BaseException:
            conn.close()
            raise

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            self.conn = conn
            self.automatic_backup("before-upgrade")
        for number in range(version + 1, SCHEMA_VERSION + 1):
            try:
                conn.executescript(
                    f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
                )
            except sqlite3.Error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            log.info("roster %s migrated to schema %d", self.path, number)

    # -- transactions ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Everything inside commits together or not at all (BEGIN IMMEDIATE: the write lock up front).

        A full disk or a read-only medium becomes a UserError that says so. SQLite rolls a transaction
        back by itself after some of these errors, so the rollback here runs only while one is open.
        """
        if self.read_only:
            raise UserError(RosterMessage.READ_ONLY)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise self._not_saved(error) from error
        try:
            yield self.conn
        except BaseException as error:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError):
                raise self._not_saved(error) from error
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise self._not_saved(error) from error

    def _not_saved(self, error: sqlite3.Error) -> UserError:
        problem = roster_problem(error, self.path)
        if problem is None or problem.kind is RosterMessage.CANNOT_USE:
            return UserError(RosterMessage.NOT_SAVED, detail=str(error))
        return RosterUnavailableError(problem)

    def checkpoint(self) -> bool:
        """Copy the WAL into the database and truncate it; False when a reader kept part of it alive."""
        busy, _log_frames, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return int(busy) == 0

    # -- backups -----------------------------------------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        """Write a consistent copy of the roster to target (SQLite online backup; a single 0600 file).

        A copy outside the backups folder is noted (core/roster/copies.py) so that an erasure can name it.
        """
        target = Path(target)
        _copy_database(self.conn, target)
        if not inside(target, self.backups_dir):
            note_copy(self.path.parent, target, CopyKind.BACKUP)
        return target

    def automatic_backup(self, reason: str) -> Path:
        """A timestamped backup in the backups folder; only the newest few are kept."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = self.backup_to(self.backups_dir / f"roster-{stamp}-{reason}.sqlite3")
        for old in sorted(self.backups_dir.glob(BACKUP_GLOB))[:-KEEP_AUTOMATIC_BACKUPS]:
            with contextlib.suppress(OSError):
                old.unlink()
        return path

    def restore_from(self, source: Path) -> None:
        """Replace the roster's content by a backup file, after backing up the current content.

        One SQLite transaction: a full disk in the middle leaves the roster as it was.
        """
        if self.read_only:
            raise UserError(RosterMessage.READ_ONLY_NO_RESTORE)
        version = validate_backup(source, self.backups_dir)
        if self.conn.execute("SELECT EXISTS (SELECT 1 FROM signers)").fetchone()[0]:
            self.automatic_backup("before-restore")
        src = _connect(source, read_only=True)
        try:
            src.backup(self.conn)
        except sqlite3.Error as error:
            raise self._not_saved(error) from error
        finally:
            src.close()
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self._migrate(self.conn, version)
        except sqlite3.OperationalError as error:
            raise self._not_saved(error) from error

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
        self.lock.release()

    def __enter__(self) -> RosterStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database completely into target through a temporary sibling, then rename it.

    The temporary file is hidden (`.name.tmp`); a crash leaves it behind for remove_stale_copies() and
    erasure to find. Raises UserError (disk full, not writable) with the temporary file removed.
    """
    tmp = target.with_name(f".{target.name}.tmp")
    with _in_flight_guard:
        _in_flight.add(tmp)
    try:
        _write_copy(source, tmp, target)
        try:
            os.replace(tmp, target)
        except OSError as error:
            tmp.unlink(missing_ok=True)
            raise UserError(describe_os_error(error, target)) from error
        _sync_folder(target.parent)
    finally:
        with _in_flight_guard:
            _in_flight.discard(tmp)


def _write_copy(source: sqlite3.Connection, tmp: Path, target: Path) -> None:
    """Write a complete, self-contained copy of source into the new file tmp (errors worded for target)."""
    try:
        ensure_output_dir(tmp.parent)  # a folder the user has keeps its mode (core/fileio.py)
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE))
        copy = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            copy.close()
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise UserError(describe_os_error(error, target)) from error
    except sqlite3.Error as error:
        tmp.unlink(missing_ok=True)
        raise UserError(_write_problem(error, target)) from error
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make a rename in folder durable (POSIX; Windows cannot open a folder and needs no such step)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_copies(db_path: Path, backups_dir: Path) -> int:
    """Shred the temporary roster copies a crash left (a backup or a restore cut short); returns how many.

    Called with the writer lock just taken, so no other process is writing one; copies this process is
    writing (another thread) are left alone.
    """
    removed = 0
    for tmp in folder_copies(db_path, backups_dir).temporaries:
        with _in_flight_guard:
            if tmp in _in_flight:
                continue
        try:
            shred(tmp)
        except OSError as error:
            log.warning("cannot remove the stale roster copy %s: %s", tmp, error)
            continue
        log.info("removed the stale roster copy %s", tmp)
        removed += 1
    return removed


def validate_backup(source: Path, backups_dir: Path) -> int:
    """Check that source is a readable roster backup; returns its schema version."""
    if not Path(source).is_file():
        raise UserError(RosterMessage.NO_BACKUP_FILE, path=source)
    try:
        conn = _connect(Path(source), read_only=True)
    except sqlite3.Error as error:
        raise UserError(RosterMessage.CANNOT_READ_BACKUP, path=source, detail=str(error)) from error
    try:
        version = check_database(conn, Path(source), backups_dir)
    except RosterCorruptError as error:
        raise UserError(RosterMessage.UNUSABLE_BACKUP, path=source, detail=str(error.__cause__)) from error
    except RosterUnavailableError as error:
        detail = error.message.english() if error.message else str(error)
        raise UserError(RosterMessage.CANNOT_READ_BACKUP, path=source, detail=detail) from error
    finally:
        conn.close()
    if version == 0:
        raise UserError(RosterMessage.NOT_A_BACKUP, path=source)
    return version


def set_aside_and_restore(paths: AppPaths, backup: Path) -> Path | None:
    """For a damaged, missing or empty roster: put a complete copy of backup in its place.

    The backup is first copied completely into a temporary file beside the roster; only then is the old
    roster (with its -wal and -shm) renamed aside, never deleted, and the copy renamed into place. A full
    disk therefore stops the restore before anything moved. Returns the new name of the old roster, or None
    when there was none (missing, or an empty file).
    """
    validate_backup(backup, paths.backups_dir)
    db = paths.roster_db
    lock = WriterLock(db.with_name(db.name + ".lock"))
    try:
        if not lock.acquire(2.0):
            raise RosterInUseError(RosterMessage.IN_USE_CLOSE_FIRST)
    except OSError as error:
        raise _open_problem(error, db) from error
    tmp = db.with_name(f".{db.name}.restore-{os.getpid()}.tmp")
    try:
        source = _connect(Path(backup), read_only=True)
        try:
            _write_copy(source, tmp, db)
        finally:
            source.close()
        aside: Path | None = None
        try:
            if not is_empty_roster_file(db):
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                aside = db.with_name(f"{db.name}.damaged-{stamp}")
            for suffix in ("", "-wal", "-shm"):
                old = _sidecar(db, suffix)
                if not old.exists():
                    continue
                if aside is None:
                    old.unlink()  # an empty file holds nothing to keep
                else:
                    os.replace(old, _sidecar(aside, suffix))
            os.replace(tmp, db)
            _sync_folder(db.parent)
        except OSError as error:
            raise UserError(describe_os_error(error, db)) from error
    finally:
        shred(tmp)
        lock.release()
    return aside


def start_new_roster(paths: AppPaths) -> None:
    """Start an empty roster on purpose where there is none (the copies beside it stay where they are).

    Refused when a roster with signers is there.
    """
    with RosterStore(paths.roster_db, paths.backups_dir, wait=2.0, new=True) as store:
        count = int(store.conn.execute("SELECT count(*) FROM signers").fetchone()[0])
    if count:
        raise UserError(RosterMessage.NOT_EMPTY, count, path=paths.roster_db)
