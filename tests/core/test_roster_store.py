"""The roster database: private files, WAL, migrations with backups, transactions, locks, damaged files."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.roster import schema
from ua_desktop.core.roster.records import add_signer, count_signers, get_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import (
    RosterCorruptError,
    RosterInUseError,
    RosterStore,
    newest_backup,
    set_aside_and_restore,
)

from .roster_helpers import open_store, paths

ANNA = Signer(
    first_name="Anna",
    last_name="Muster",
    street=("Bahnhofstrasse 12",),
    postal_code="8001",
    city="Zürich",
    country="CH",
    tags=("Tuesday group",),
)


def test_new_roster_is_private_wal_with_foreign_keys_and_schema_version() -> None:
    with open_store() as store:
        add_signer(store, ANNA)
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        db = paths().roster_db
        for suffix in ("", "-wal", "-shm"):
            file = Path(str(db) + suffix)
            assert file.exists(), suffix
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, suffix


def test_transaction_commits_all_or_nothing() -> None:
    with open_store() as store:
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute("INSERT INTO signers (first_name, created_at, updated_at) VALUES ('A', '', '')")
            raise RuntimeError("boom")
        assert count_signers(store.conn) == 0
        with store.transaction() as conn:
            conn.execute("INSERT INTO signers (first_name, created_at, updated_at) VALUES ('A', '', '')")
        assert count_signers(store.conn) == 1


def test_deleting_a_signer_cascades_to_signatures() -> None:
    with open_store() as store:
        signer = add_signer(store, ANNA)
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO signatures (signer_id, case_id, signed_at) VALUES (?, ?, ?)",
                (signer.id, "ua-034-25", "2025-06-01"),
            )
        assert len(get_signer(store.conn, signer.id).signatures) == 1
        with store.transaction() as conn:
            conn.execute("DELETE FROM signers WHERE id = ?", (signer.id,))
        assert store.conn.execute("SELECT count(*) FROM signatures").fetchone()[0] == 0


def test_upgrade_backs_up_first_then_migrates(monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store() as store:
        add_signer(store, ANNA)
    upgraded = (*schema.MIGRATIONS, "ALTER TABLE signers ADD COLUMN nickname TEXT NOT NULL DEFAULT '';")
    monkeypatch.setattr("ua_desktop.core.roster.store.MIGRATIONS", upgraded)
    monkeypatch.setattr("ua_desktop.core.roster.store.SCHEMA_VERSION", len(upgraded))
    with open_store() as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(upgraded)
        store.conn.execute("SELECT nickname FROM signers").fetchall()
    backup = newest_backup(paths().backups_dir)
    assert backup is not None and "before-upgrade" in backup.name
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == len(upgraded) - 1
    assert old.execute("SELECT first_name FROM signers").fetchall() == [("Anna",)]
    old.close()


def test_newer_roster_is_refused_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store():
        pass
    conn = sqlite3.connect(paths().roster_db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = paths().roster_db.read_bytes()
    with pytest.raises(UserError, match="newer version"):
        open_store()
    assert paths().roster_db.read_bytes() == before


def test_backup_on_demand_and_restore(tmp_path: Path) -> None:
    with open_store() as store:
        add_signer(store, ANNA)
        target = store.backup_to(tmp_path / "copy.sqlite3")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert not Path(str(target) + "-wal").exists()
        add_signer(store, Signer(first_name="Peter", last_name="Meier"))
        assert count_signers(store.conn) == 2
        store.restore_from(target)
        assert [s for (s,) in store.conn.execute("SELECT first_name FROM signers")] == ["Anna"]
        # the roster before the restore was kept
        assert "before-restore" in (newest_backup(paths().backups_dir) or Path()).name


def test_restore_refuses_a_file_that_is_not_a_roster(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("First name,Last name\nAnna,Muster\n")
    with open_store() as store, pytest.raises(UserError, match="not a usable roster backup"):
        store.restore_from(junk)


def test_damaged_roster_is_reported_never_overwritten_and_can_be_restored(tmp_path: Path) -> None:
    with open_store() as store:
        add_signer(store, ANNA)
        store.automatic_backup("test")
    db = paths().roster_db
    damaged = b"SQLite format 3\x00" + os.urandom(4096 * 3)
    db.write_bytes(damaged)
    with pytest.raises(RosterCorruptError) as caught:
        open_store()
    error = caught.value
    assert "damaged" in str(error) and "ua-desktop roster restore" in str(error)
    assert error.backup == newest_backup(paths().backups_dir)
    assert db.read_bytes() == damaged  # never written to
    aside = set_aside_and_restore(paths(), error.backup)
    assert aside.read_bytes() == damaged  # kept under another name
    with open_store() as store:
        assert [s.first_name for s in [get_signer(store.conn, 1)]] == ["Anna"]


def test_text_file_named_like_the_roster_is_damaged_not_a_crash() -> None:
    db = paths().roster_db
    db.write_text("this is not a database")
    with pytest.raises(RosterCorruptError, match="no backup to restore"):
        open_store()
    assert db.read_text() == "this is not a database"


HOLD_LOCK = """
import sys, time
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.store import RosterStore
store = RosterStore.open(resolve_paths().ensure())
print("open", flush=True)
time.sleep(60)
"""


def test_second_process_is_told_the_roster_is_in_use_and_can_read() -> None:
    with open_store() as store:
        add_signer(store, ANNA)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(RosterInUseError, match="in use by another ua-desktop window"):
            RosterStore.open(paths(), wait=0.2)
        with RosterStore.open(paths(), read_only=True) as reader:
            assert count_signers(reader.conn) == 1
            with pytest.raises(UserError, match="read-only"), reader.transaction():
                pass
    finally:
        holder.kill()
        holder.wait()
    with RosterStore.open(paths(), wait=2.0) as store:  # the lock died with the process
        assert count_signers(store.conn) == 1


def test_stores_of_one_process_share_the_writer_lock() -> None:
    first = open_store()
    second = open_store()  # e.g. the roster window and the evening sign-in of the same program
    add_signer(second, ANNA)
    assert count_signers(first.conn) == 1
    second.close()
    assert first.lock.held
    first.close()


def test_read_only_data_folder_gives_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests may run as root, who can write anywhere, so the read-only medium is simulated at os.open.
    folder = tmp_path / "stick"
    folder.mkdir()
    real_open = os.open

    def read_only_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).startswith(str(folder)) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_open)
    with pytest.raises(UserError, match="permission denied or read-only medium"):
        RosterStore(folder / "roster.sqlite3", folder / "backups")
