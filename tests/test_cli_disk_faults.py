"""The roster and export commands on a full disk, on a write-protected stick, and next to a lost roster.

Every case ends in a clear message with exit status 1, never a traceback: a full disk is not called damage,
an import onto it says so, a per-signer export counts what it wrote, reading commands work on a stick with
its write-protect switch on, a missing roster offers its copies, erasure names the copies it cannot reach.
The full disk and the stick are a real small tmpfs (tests/mounts.py); without root, the stick is a folder
without write permission and the full-disk tests are skipped with the reason.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from .cli_types import Cli
from .mounts import can_mount, fill, make_read_only, small_disk


def people(folder: Path, rows: int, name: str = "people.csv") -> Path:
    lines = ["first_name,last_name,street,postcode,city,country"]
    lines += [f"Anna{n},Muster{n},Weg {n},8001,Zürich,CH" for n in range(rows)]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def on_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "stick" / "data"
    monkeypatch.setenv("UA_DESKTOP_DATA_DIR", str(data))
    return data


def test_a_full_disk_is_no_damage_and_a_big_import_onto_it_is_a_clear_message(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = people(tmp_path, 50_000, "big.csv")
    with small_disk(tmp_path / "stick", 3072):
        data = on_stick(tmp_path, monkeypatch)
        assert cli("roster", "import", str(people(tmp_path, 300))).status == 0
        status, _out, err = cli("roster", "import", str(big))
        assert status == 1 and "is full" in err and "Traceback" not in err and "is damaged" not in err
        assert len(cli("roster", "list").out.splitlines()) == 300
        filler = fill(tmp_path / "stick")
        listed = cli("roster", "list")
        assert listed.status == 0 and len(listed.out.splitlines()) == 300  # reading needs no room
        status, _out, err = cli("roster", "add", "--first", "New", "--last", "Person")
        assert status == 1 and "is full" in err and "not damaged" in err and "roster restore" not in err
        (backup,) = (data / "backups").glob("roster-*-before-import.sqlite3")
        before = sorted(p.name for p in data.iterdir())
        status, _out, err = cli("roster", "restore", str(backup))
        assert status == 1 and "full" in err
        assert sorted(p.name for p in data.iterdir()) == before  # nothing moved or set aside
        filler.unlink()
        assert len(cli("roster", "list").out.splitlines()) == 300


def test_a_per_signer_export_onto_a_full_disk_counts_the_files_it_wrote(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("roster", "import", str(people(tmp_path, 30))).status == 0
    with small_disk(tmp_path / "stick", 256):
        folder = tmp_path / "stick" / "letters"
        status, _out, err = cli(
            "export", "letters", "--case", "ua-034-25", "--per-signer-folder", str(folder)
        )
        written = sorted(folder.iterdir())
        assert status == 1 and "Traceback" not in err
        assert 0 < len(written) < 30 and all(p.suffix == ".pdf" for p in written)
        # "files" once the English catalogue has the plural forms, "file(s)" before
        kept = rf"{len(written)} of 30 file(s|\(s\)) in {re.escape(str(folder))} had been written completely"
        assert re.search(kept, err), err
        assert "nothing was changed" not in err


def write_protect(stick: Path, on: bool = True) -> None:
    """The write-protect switch: a read-only remount where possible, else folders and files one may not
    write (for a user without root; root writes whatever the modes say)."""
    if can_mount() is None:
        if on:
            make_read_only(stick)
        return
    for path in sorted(stick.rglob("*"), reverse=on):  # the files first when switching on, else the folders
        os.chmod(path, (0o500 if path.is_dir() else 0o400) if on else (0o700 if path.is_dir() else 0o600))


def test_a_write_protected_stick_still_lists_shows_and_copies(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if can_mount() is None:
        context = small_disk(tmp_path / "stick", 2048)
    else:
        (tmp_path / "stick").mkdir()
        context = pytest.MonkeyPatch.context()  # nothing to mount: the folder loses its write permission
    with context:
        data = on_stick(tmp_path, monkeypatch)
        assert cli("roster", "import", str(people(tmp_path, 29))).status == 0
        write_protect(tmp_path / "stick")
        try:
            listed = cli("roster", "list")
            assert listed.status == 0 and len(listed.out.splitlines()) == 29, listed.err
            copy = tmp_path / "elsewhere" / "copy.sqlite3"
            assert cli("roster", "backup", str(copy)).status == 0
            assert sqlite3.connect(copy).execute("SELECT count(*) FROM signers").fetchone()[0] == 29
            assert cli("roster", "show", "1").status == 0
            assert cli("roster", "export", str(tmp_path / "all.csv")).status == 0
            cases = cli("cases", "list")
            assert cases.status == 0 and "ua-034-25" in cases.out
            rendered = cli(
                "letter", "render", "--case", "ua-034-25", "--signer", "1", "--out", str(tmp_path / "l.pdf")
            )
            assert rendered.status == 0, rendered.err
            # Labels print; only remembering the used positions of the sheet fails, and says so.
            labels = tmp_path / "elsewhere" / "labels.pdf"
            printed = cli(
                "export",
                "labels",
                "--case",
                "ua-034-25",
                "--sheet",
                "L7160",
                "--count",
                "3",
                "--out",
                str(labels),
            )
            assert printed.status == 0 and labels.stat().st_size > 0, printed.err
            assert (
                "warning: The labels were written, but the used positions of the L7160 sheet" in printed.err
            )
            assert (
                "read-only medium" in printed.err and "give its first free position yourself" in printed.err
            )
            status, _out, err = cli("roster", "add", "--first", "New", "--last", "Person")
            assert (
                status == 1
                and "read-only medium" in err
                and "Reading it and copying it elsewhere work" in err
            )
            assert sorted(p.name for p in data.iterdir())  # still readable, nothing written
        finally:
            write_protect(tmp_path / "stick", on=False)


def test_an_empty_roster_next_to_a_backup_is_offered_never_started_empty(cli: Cli, data_dir: Path) -> None:
    assert cli("roster", "add", "--first", "Anna", "--last", "Muster").status == 0
    assert cli("roster", "backup", str(data_dir / "backups" / "roster-manual.sqlite3")).status == 0
    for suffix in ("", "-wal", "-shm"):
        Path(f"{data_dir / 'roster.sqlite3'}{suffix}").unlink(missing_ok=True)
    (data_dir / "roster.sqlite3").write_bytes(b"")
    for command in (("roster", "list"), ("roster", "add", "--first", "B", "--last", "C")):
        status, _out, err = cli(*command)
        assert status == 1 and "missing or empty" in err
        assert f"ua-desktop roster restore {data_dir / 'backups' / 'roster-manual.sqlite3'}" in err
        assert "ua-desktop roster new" in err
    assert (data_dir / "roster.sqlite3").read_bytes() == b""
    assert cli("roster", "restore", str(data_dir / "backups" / "roster-manual.sqlite3")).status == 0
    assert "Muster" in cli("roster", "list").out


def test_roster_new_starts_empty_on_purpose(cli: Cli, data_dir: Path) -> None:
    assert cli("roster", "add", "--first", "Anna", "--last", "Muster").status == 0
    assert cli("roster", "backup", str(data_dir / "backups" / "old.sqlite3")).status == 0
    status, _out, err = cli("roster", "new")
    assert status == 1 and "already holds 1 signer" in err
    (data_dir / "roster.sqlite3").unlink()
    assert cli("roster", "new").status == 0
    assert cli("roster", "list").out == "" and (data_dir / "backups" / "old.sqlite3").exists()


def test_erase_names_copies_out_of_reach_and_fails_on_one_it_could_not_change(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    assert cli("roster", "add", "--first", "Erika", "--last", "Zyxwvutsrqp", "--postcode", "4600").status == 0
    assert cli("roster", "add", "--first", "Other", "--last", "Person").status == 0
    assert cli("roster", "backup", str(data_dir / "backups" / "my copy.sqlite3")).status == 0
    assert cli("roster", "backup", str(tmp_path / "usb" / "roster.sqlite3")).status == 0
    status, out, err = cli("roster", "erase", "1")
    assert status == 0 and "also from 1 backup" in out
    assert "cannot reach the copies it wrote outside its folders; they may still hold the person: " in err
    assert str(tmp_path / "usb" / "roster.sqlite3") in err and "check them yourself" in err
    assert b"Zyxwvutsrqp" not in (data_dir / "backups" / "my copy.sqlite3").read_bytes()
    (data_dir / "roster.sqlite3.damaged-20250101-120000").write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    status, _out, err = cli("roster", "erase", "2")
    assert status == 1 and "could not be erased from the copy" in err and "roster.sqlite3.damaged-" in err
