"""The roster database: opening it safely, one writer at a time, migrations, transactions and backups.

One SQLite file in the data folder (mode 0600, its -wal and -shm siblings too), WAL journal so readers never
wait for the writer, foreign keys on, `synchronous=FULL` because a lost signer costs more than a slow
commit, and `secure_delete=ON` so an erased person's text is overwritten, not just unlinked. A damaged file
is never written to or replaced: opening it raises RosterCorruptError, which names the newest backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ua_desktop.core.errors import UserError
from ua_desktop.core.fileio import FILE_MODE, describe_os_error, ensure_output_dir, ensure_private_dir
from ua_desktop.core.messages import message
from ua_desktop.core.paths import AppPaths
from ua_desktop.core.roster.lock import WriterLock
from ua_desktop.core.roster.messages import RosterMessage
from ua_desktop.core.roster.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)
KEEP_AUTOMATIC_BACKUPS = 10
BACKUP_GLOB = "roster-*.sqlite3"


class RosterInUseError(UserError):
    """Another ua-desktop window or command is writing to this roster."""


class RosterCorruptError(UserError):
    """The roster file is damaged or not a roster; `backup` is the newest backup to restore, if any."""

    def __init__(self, path: Path, backup: Path | None, detail: str) -> None:
        if backup:
            what = message(RosterMessage.DAMAGED_WITH_BACKUP, path=path, detail=detail, backup=backup)
        else:
            what = message(RosterMessage.DAMAGED_WITHOUT_BACKUP, path=path, detail=detail)
        super().__init__(what)
        self.path = path
        self.backup = backup


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def newest_backup(backups_dir: Path) -> Path | None:
    """The most recent backup file in backups_dir (names sort by time), or None."""
    try:
        found = sorted(backups_dir.glob(BACKUP_GLOB))
    except OSError:
        return None
    return found[-1] if found else None


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def check_database(conn: sqlite3.Connection, path: Path, backups_dir: Path) -> int:
    """Read-only sanity check of a roster file; returns its schema version or raises RosterCorruptError."""
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
        raise RosterCorruptError(path, newest_backup(backups_dir), str(error)) from error
    if version > SCHEMA_VERSION:
        raise UserError(RosterMessage.NEWER_SCHEMA, path=path, version=version, known=SCHEMA_VERSION)
    return version


class RosterStore:
    """An open roster. Writable stores hold the writer lock until close(); read-only stores never write."""

    def __init__(
        self,
        db_path: Path,
        backups_dir: Path,
        *,
        read_only: bool = False,
        wait: float = 0.0,
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
                raise UserError(describe_os_error(error, self.path)) from error
            if not acquired:
                raise RosterInUseError(RosterMessage.IN_USE)
        try:
            self.conn = self._open()
        except BaseException:
            self.lock.release()
            raise

    @classmethod
    def open(cls, paths: AppPaths, *, read_only: bool = False, wait: float = 2.0) -> RosterStore:
        return cls(paths.roster_db, paths.backups_dir, read_only=read_only, wait=wait)

    def sibling(self) -> RosterStore:
        """A second connection to the same roster, e.g. for a worker thread (same process, same lock)."""
        return RosterStore(self.path, self.backups_dir, read_only=self.read_only)

    # -- opening -----------------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        if self.read_only:
            if not self.path.exists():
                raise UserError(RosterMessage.NO_ROSTER_YET, path=self.path)
        elif not self.path.exists():
            try:
                os.close(os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE))
            except FileExistsError:
                pass
            except OSError as error:
                raise UserError(describe_os_error(error, self.path)) from error
        try:
            conn = _connect(self.path, self.read_only)
        except sqlite3.Error as error:
            raise UserError(RosterMessage.CANNOT_OPEN, path=self.path, detail=str(error)) from error
        try:
            version = check_database(conn, self.path, self.backups_dir)
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
            raise UserError(RosterMessage.CANNOT_USE, path=self.path, detail=str(error)) from error
        except BaseException:
            conn.close()
            raise
        return conn

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
        """Everything inside commits together or not at all (BEGIN IMMEDIATE: the write lock up front)."""
        if self.read_only:
            raise UserError(RosterMessage.READ_ONLY)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise UserError(RosterMessage.NOT_SAVED, detail=str(error)) from error

    def checkpoint(self) -> bool:
        """Copy the WAL into the database and truncate it; False when a reader kept part of it alive."""
        busy, _log_frames, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return int(busy) == 0

    # -- backups -----------------------------------------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        """Write a consistent copy of the roster to target (SQLite online backup; a single 0600 file)."""
        target = Path(target)
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            ensure_output_dir(target.parent)  # a copy may go into a folder of the user's: its mode stays
            tmp.unlink(missing_ok=True)
            os.close(os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE))
            copy = sqlite3.connect(tmp, isolation_level=None)
            try:
                self.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                copy.close()
            os.replace(tmp, target)
        except OSError as error:
            tmp.unlink(missing_ok=True)
            raise UserError(describe_os_error(error, target)) from error
        except sqlite3.Error as error:
            tmp.unlink(missing_ok=True)
            raise UserError(RosterMessage.BACKUP_NOT_WRITTEN, path=target, detail=str(error)) from error
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
        """Replace the roster's content by a backup file, after backing up the current content."""
        if self.read_only:
            raise UserError(RosterMessage.READ_ONLY_NO_RESTORE)
        version = validate_backup(source, self.backups_dir)
        if self.conn.execute("SELECT EXISTS (SELECT 1 FROM signers)").fetchone()[0]:
            self.automatic_backup("before-restore")
        src = _connect(source, read_only=True)
        try:
            src.backup(self.conn)
        finally:
            src.close()
        self.conn.execute("PRAGMA journal_mode = WAL")
        self._migrate(self.conn, version)

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
    finally:
        conn.close()
    if version == 0:
        raise UserError(RosterMessage.NOT_A_BACKUP, path=source)
    return version


def set_aside_and_restore(paths: AppPaths, backup: Path) -> Path:
    """For a damaged roster: rename it (and its -wal/-shm) aside, never deleting it, then restore backup.

    Returns the new name of the damaged file.
    """
    validate_backup(backup, paths.backups_dir)
    lock = WriterLock(paths.roster_db.with_name(paths.roster_db.name + ".lock"))
    if not lock.acquire(2.0):
        raise RosterInUseError(RosterMessage.IN_USE_CLOSE_FIRST)
    try:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = paths.roster_db.with_name(f"{paths.roster_db.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(paths.roster_db) + suffix)
            if source.exists():
                os.replace(source, Path(str(aside) + suffix))
        store = RosterStore(paths.roster_db, paths.backups_dir)
        try:
            store.restore_from(backup)
        finally:
            store.close()
    finally:
        lock.release()
    return aside
