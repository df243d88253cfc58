"""Erasure reaches every roster copy in the program's folders and names the ones outside that it cannot.

The copies: finished automatic backups, a backup `roster backup` wrote into the backups folder under another
name, the temporary file of a backup a crash cut short, a set-aside roster. After an erasure the person's
name is in no file under the data folder. Copies written elsewhere are listed as out of reach.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop.core.paths import AppPaths, resolve_paths
from ua_desktop.core.roster.privacy import erase_signer, export_person, export_roster_csv
from ua_desktop.core.roster.records import add_signer, update_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore

NAME = "Zyxwvutsrqp"
ERIKA = Signer(first_name="Erika", last_name=NAME, street=("Gasse 1",), postal_code="4600", city="Olten")


def paths() -> AppPaths:
    return resolve_paths().ensure()


def files_holding(folder: Path, text: str) -> list[Path]:
    """Every file under folder (hidden ones too) whose bytes contain text."""
    return [p for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def roster_with_erika() -> int:
    with RosterStore.open(paths()) as store:
        for n in range(30):
            add_signer(store, Signer(first_name=f"Other{n}", last_name="Person", city="Bern"))
        erika = add_signer(store, ERIKA)
        assert erika.id is not None
        return erika.id


# A backup that dies the way Ctrl+C or kill -9 during the before-import backup left it: complete, not yet
# renamed, hidden in the backups folder.
CRASH_DURING_BACKUP = """
import os, sys, time
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster import store as store_module
from ua_desktop.core.roster.store import RosterStore

def hang(*args):
    print("copied", flush=True)
    time.sleep(60)

store_module.os.replace = hang  # stop between "copy written" and "renamed into place"
with RosterStore.open(resolve_paths().ensure()) as store:
    store.automatic_backup("before-import")
"""


def leave_a_crashed_backup() -> Path:
    child = subprocess.Popen([sys.executable, "-c", CRASH_DURING_BACKUP], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "copied"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    (tmp,) = paths().backups_dir.glob(".roster-*-before-import.sqlite3.tmp")
    assert NAME.encode() in tmp.read_bytes()
    return tmp


def test_erase_reaches_crash_temporaries_and_renamed_backups() -> None:
    erika = roster_with_erika()
    tmp = leave_a_crashed_backup()
    left = tmp.read_bytes()
    with RosterStore.open(paths()) as store:
        assert not tmp.exists()  # shredded when the roster was opened (below: one left while it is open)
        tmp.write_bytes(left)
        store.automatic_backup("test")
        store.backup_to(paths().backups_dir / "before the summer.sqlite3")  # roster backup, another name
        erasure = erase_signer(store, erika)
    assert erasure.complete and erasure.backups_cleaned == 2 and erasure.temporaries_removed == 1
    assert not tmp.exists()
    assert files_holding(paths().data_dir, NAME) == []
    for backup in paths().backups_dir.iterdir():  # the others are all still there
        assert sqlite3.connect(backup).execute("SELECT count(*) FROM signers").fetchone()[0] == 30


def test_stale_temporaries_are_shredded_when_the_roster_is_next_opened() -> None:
    roster_with_erika()
    tmp = leave_a_crashed_backup()
    with RosterStore.open(paths()):
        assert not tmp.exists()
    assert files_holding(paths().backups_dir, NAME) == []


def test_erase_reaches_a_backup_from_before_a_correction_of_the_name() -> None:
    erika = roster_with_erika()
    with RosterStore.open(paths()) as store:
        store.automatic_backup("first")
        update_signer(store, Signer(**{**ERIKA.__dict__, "id": erika, "last_name": "Corrected"}))
        erasure = erase_signer(store, erika)  # found by id and creation time
    assert erasure.backups_cleaned == 1
    assert files_holding(paths().data_dir, NAME) == []


def test_erase_reaches_the_record_of_a_person_deleted_and_added_again() -> None:
    """Same name and postcode, a new id: the old record in a backup is the same person, and it is gone from
    the roster; another person's row with the same id in that backup stays."""
    erika = roster_with_erika()
    with RosterStore.open(paths()) as store:
        add_signer(store, Signer(first_name="Later", last_name="Person"))
        store.automatic_backup("before")
        store.conn.execute("DELETE FROM signers WHERE id = ?", (erika,))
        again = add_signer(store, ERIKA)
        assert again.id is not None and again.id != erika
        erasure = erase_signer(store, again.id)
    assert erasure.backups_cleaned == 1
    assert files_holding(paths().data_dir, NAME) == []
    (backup,) = paths().backups_dir.iterdir()
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM signers").fetchone()[0] == 31


def test_a_damaged_copy_is_reported_and_never_written() -> None:
    erika = roster_with_erika()
    with RosterStore.open(paths()) as store:
        store.checkpoint()
    aside = paths().data_dir / "roster.sqlite3.damaged-20250101-120000"
    data = bytearray(paths().roster_db.read_bytes())
    data[4096 * 2 : 4096 * 2 + 64] = b"\x13" * 64  # a page of the signers table garbled
    aside.write_bytes(bytes(data))
    with RosterStore.open(paths()) as store:
        erasure = erase_signer(store, erika)
    assert not erasure.complete
    ((path, why),) = erasure.not_erased
    assert path == aside and "damaged" in str(why)
    assert aside.read_bytes() == bytes(data)
    assert any(
        aside.name in str(notice) and "delete that file" in str(notice) for notice in erasure.notices()
    )


def test_erase_names_the_copies_outside_that_it_cannot_reach(tmp_path: Path) -> None:
    erika = roster_with_erika()
    elsewhere = tmp_path / "usb"
    with RosterStore.open(paths()) as store:
        backup = store.backup_to(elsewhere / "roster-copy.sqlite3")
        export_roster_csv(store, elsewhere / "everyone.csv")
        export_person(store.conn, erika, elsewhere / "erika.json", paths().data_dir)
        export_person(store.conn, 1, elsewhere / "other.json", paths().data_dir)  # another person's record
        gone = store.backup_to(elsewhere / "deleted-later.sqlite3")
        gone.unlink()
        erasure = erase_signer(store, erika)
    outside = {copy.path for copy in erasure.outside}
    assert outside == {backup, elsewhere / "everyone.csv", elsewhere / "erika.json"}
    notices = [str(notice) for notice in erasure.notices()]
    assert any("cannot reach" in n and str(backup) in n for n in notices)
    assert any("check them yourself" in n for n in notices)
    assert NAME.encode() in backup.read_bytes()  # out of reach indeed, and said so
    assert os.stat(paths().data_dir / "roster-copies.json").st_mode & 0o777 == 0o600


@pytest.mark.parametrize("broken", ["[]", '{"copies": [{"path": 5}]}', "not json"])
def test_a_broken_list_of_copies_is_started_anew(broken: str, tmp_path: Path) -> None:
    erika = roster_with_erika()
    (paths().data_dir / "roster-copies.json").write_text(broken)
    with RosterStore.open(paths()) as store:
        store.backup_to(tmp_path / "copy.sqlite3")
        assert [c.path for c in erase_signer(store, erika).outside] == [tmp_path / "copy.sqlite3"]
