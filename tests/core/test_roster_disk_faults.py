"""The roster on a full disk, on a write-protected stick, and missing or empty next to its copies.

A full disk or a read-only medium is not damage: it is said so, reading still works, and no restore is
offered. A restore copies completely before it moves anything. A missing or empty roster next to backups or
a set-aside roster offers them and never starts empty by itself. The full disk and the read-only stick are
real (a small tmpfs, tests/mounts.py; skipped where it cannot be mounted); SQLite's own page limit
(`PRAGMA max_page_count`) gives a real SQLITE_FULL without root.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from ua_desktop.core.errors import UserError
from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.roster.csv_import import import_file
from ua_desktop.core.roster.records import add_signer, count_signers, insert_signers
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import (
    RosterCorruptError,
    RosterMissingError,
    RosterNotWritableError,
    RosterStore,
    RosterUnavailableError,
    set_aside_and_restore,
    start_new_roster,
)

from ..mounts import fill, make_read_only, small_disk
from .roster_helpers import write_csv

PEOPLE = [
    Signer(
        first_name=f"Anna{n}", last_name=f"Muster{n}", street=(f"Weg {n}",), postal_code="8001", city="Zürich"
    )
    for n in range(300)
]


def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """The data folder on the small disk mounted at tmp_path/stick."""
    monkeypatch.setenv("UA_DESKTOP_DATA_DIR", str(tmp_path / "stick" / "data"))
    return resolve_paths().ensure()


def roster_of_300(paths: AppPaths) -> None:
    with RosterStore.open(paths) as store, store.transaction() as conn:
        insert_signers(conn, PEOPLE)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# -- item 1: a full disk is not damage ----------------------------------------------------------------
def test_a_full_disk_is_told_apart_from_damage_and_reading_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with small_disk(tmp_path / "stick", 1024):
        paths = stick(tmp_path, monkeypatch)
        roster_of_300(paths)
        filler = fill(tmp_path / "stick")
        with pytest.raises(RosterUnavailableError) as caught:
            RosterStore.open(paths)
        assert not isinstance(caught.value, RosterCorruptError)
        said = str(caught.value)
        assert "is full" in said and "not damaged" in said and "roster restore" not in said
        with RosterStore.open_for_reading(paths) as store:  # a read needs no room
            assert count_signers(store.conn) == 300
        filler.unlink()
        with RosterStore.open(paths) as store:
            assert count_signers(store.conn) == 300


def test_a_restore_on_a_full_disk_moves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The damaged roster stays under its name, nothing is set aside, no empty roster appears."""
    with small_disk(tmp_path / "stick", 1024):
        paths = stick(tmp_path, monkeypatch)
        roster_of_300(paths)
        with RosterStore.open(paths) as store:
            backup = store.automatic_backup("test")
        damaged = b"SQLite format 3\x00" + b"\x13" * 60_000
        paths.roster_db.write_bytes(damaged)
        before = files_of(paths.data_dir)
        filler = fill(tmp_path / "stick")
        with pytest.raises(UserError, match="disk is full"):
            set_aside_and_restore(paths, backup)
        assert files_of(paths.data_dir) == before  # nothing moved, nothing left behind
        filler.unlink()
        aside = set_aside_and_restore(paths, backup)
        assert aside is not None and aside.read_bytes() == damaged
        with RosterStore.open(paths) as store:
            assert count_signers(store.conn) == 300


def test_a_restore_over_a_healthy_roster_on_a_full_disk_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with small_disk(tmp_path / "stick", 1024):
        paths = stick(tmp_path, monkeypatch)
        roster_of_300(paths)
        other = tmp_path / "other.sqlite3"  # a bigger roster from elsewhere to restore
        conn = sqlite3.connect(other)
        conn.close()
        with RosterStore(other, tmp_path / "other-backups") as store, store.transaction() as c:
            insert_signers(c, PEOPLE * 3)
        with RosterStore.open(paths) as store:
            filler = fill(tmp_path / "stick")
            with pytest.raises(UserError, match="full"):
                store.restore_from(other)
            assert count_signers(store.conn) == 300
        filler.unlink()
        with RosterStore.open(paths) as store:
            assert count_signers(store.conn) == 300


# -- item 1: a missing or empty roster next to copies ------------------------------------------------------
def test_an_empty_roster_next_to_a_backup_offers_it_and_does_not_start_empty() -> None:
    paths = resolve_paths().ensure()
    roster_of_300(paths)
    with RosterStore.open(paths) as store:
        backup = store.automatic_backup("test")
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.roster_db}{suffix}").unlink(missing_ok=True)
    paths.roster_db.write_bytes(b"")  # what the old restore left after a full disk
    for read_only in (False, True):
        with pytest.raises(RosterMissingError) as caught:
            RosterStore.open(paths, read_only=read_only)
        assert caught.value.backup == backup
        assert "roster restore" in str(caught.value) and "roster new" in str(caught.value)
    assert paths.roster_db.read_bytes() == b""  # not started empty
    assert set_aside_and_restore(paths, backup) is None  # an empty file holds nothing to set aside
    with RosterStore.open(paths) as store:
        assert count_signers(store.conn) == 300


def test_a_missing_roster_next_to_a_set_aside_one_offers_the_newest_usable_copy() -> None:
    paths = resolve_paths().ensure()
    roster_of_300(paths)
    with RosterStore.open(paths) as store:
        old_backup = store.automatic_backup("test")
        add_signer(store, Signer(first_name="Late", last_name="Comer"))
    os.utime(old_backup, (1_000_000_000, 1_000_000_000))
    aside = paths.data_dir / "roster.sqlite3.damaged-20250101-120000"
    os.replace(paths.roster_db, aside)  # the roster set aside by mistake (the full-disk restore of old)
    broken = paths.backups_dir / "roster-29990101-000000-000000-test.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)  # newest, but not usable
    with pytest.raises(RosterMissingError) as caught:
        RosterStore.open(paths)
    assert caught.value.backup == aside
    assert not paths.roster_db.exists()
    set_aside_and_restore(paths, aside)
    with RosterStore.open(paths) as store:
        assert count_signers(store.conn) == 301


def test_starting_empty_is_an_explicit_choice() -> None:
    paths = resolve_paths().ensure()
    roster_of_300(paths)
    with RosterStore.open(paths) as store:
        store.automatic_backup("test")
    with pytest.raises(UserError, match="already holds 300 signer"):
        start_new_roster(paths)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.roster_db}{suffix}").unlink(missing_ok=True)
    with pytest.raises(RosterMissingError):
        RosterStore.open(paths)
    start_new_roster(paths)
    with RosterStore.open(paths) as store:
        assert count_signers(store.conn) == 0
    assert len(list(paths.backups_dir.iterdir())) == 1  # the backup stays


def test_a_first_start_without_copies_starts_empty() -> None:
    with RosterStore.open(resolve_paths().ensure()) as store:
        assert count_signers(store.conn) == 0


# -- item 9: a big import onto a full disk ---------------------------------------------------------------
def big_csv(folder: Path, rows: int) -> Path:
    lines = ["first_name,last_name,street,postcode,city,country"]
    lines += [f"Anna{n},Muster{n},Weg {n},8001,Zürich,CH" for n in range(rows)]
    return write_csv(folder, "\n".join(lines) + "\n", name="big.csv")


@pytest.mark.parametrize("first", [False, True], ids=["into-a-roster", "into-an-empty-roster"])
def test_a_big_import_onto_a_full_disk_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: bool
) -> None:
    source = big_csv(tmp_path, 50_000)
    with small_disk(tmp_path / "stick", 3072):
        paths = stick(tmp_path, monkeypatch)
        with RosterStore.open(paths) as store:
            if not first:
                add_signer(store, Signer(first_name="Already", last_name="There"))
            with pytest.raises(RosterUnavailableError, match="is full") as caught:
                import_file(store, source)
            assert "nothing was changed" in str(caught.value)
            assert count_signers(store.conn) == (0 if first else 1)
            assert store.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        with RosterStore.open_for_reading(paths) as store:
            assert count_signers(store.conn) == (0 if first else 1)


def test_sqlite_full_inside_a_transaction_is_a_clear_message_without_root(tmp_path: Path) -> None:
    """The same as above where no small disk can be mounted: SQLite's page limit gives a real SQLITE_FULL,
    which rolls the transaction back by itself (the old rollback then failed with a traceback)."""
    source = big_csv(tmp_path, 20_000)
    with RosterStore.open(resolve_paths().ensure()) as store:
        add_signer(store, Signer(first_name="Already", last_name="There"))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(RosterUnavailableError, match="is full"):
            import_file(store, source)
        assert not store.conn.in_transaction
        assert count_signers(store.conn) == 1


# -- item 10: a write-protected stick ------------------------------------------------------------------
def test_a_write_protected_stick_is_read_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with small_disk(tmp_path / "stick", 1024):
        paths = stick(tmp_path, monkeypatch)
        roster_of_300(paths)
        make_read_only(tmp_path / "stick")
        with pytest.raises(RosterNotWritableError, match="read-only medium"):
            RosterStore.open(paths)
        with RosterStore.open_for_reading(paths) as store:
            assert store.read_only and count_signers(store.conn) == 300
            copy = store.backup_to(tmp_path / "copy.sqlite3")
        assert sqlite3.connect(copy).execute("SELECT count(*) FROM signers").fetchone()[0] == 300
        assert resolve_paths().ensure(read_only_ok=True).data_dir == paths.data_dir
