"""`ua-desktop roster …` as scripts use it: exit status, output, problems on stderr, never a traceback."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ua_desktop.cli import main

from .cli_types import CliProcess


def csv_file(tmp_path: Path, text: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return path


PEOPLE = (
    "Vorname;Nachname;Strasse;PLZ;Ort;Land;E-Mail;Gruppen\n"
    "Anna;Muster;Bahnhofstrasse 12;8001;Zürich;CH;anna@example.org;Dienstag\n"
    "Peter;Meier;Hauptgasse 2;3011;Bern;CH;;Stand\n"
)


def test_add_list_show_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["roster", "list"]) == 0 and capsys.readouterr().out == ""
    assert (
        main(
            [
                "roster",
                "add",
                "--first",
                "Anna",
                "--last",
                "Muster",
                "--street",
                "Bahnhofstrasse 12",
                "--postcode",
                "8001",
                "--city",
                "Zürich",
                "--country",
                "Schweiz",
                "--email",
                "anna@example.org",
                "--language",
                "Deutsch",
                "--tag",
                "Tuesday group",
                "--tag",
                "street stand",
                "--consent-date",
                "31.03.2025",
                "--consent-how",
                "sign-in sheet",
                "--title",
                "Dr.",
                "--organisation",
                "Amnesty Zürich",
                "--phone",
                "+41 79 123 45 67",
                "--notes",
                "hi",
                "--region",
                "ZH",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == "added signer 1: Dr. Anna Muster\n"
    assert main(["roster", "list"]) == 0
    assert capsys.readouterr().out == (
        "1\tMuster\tAnna\t8001\tZürich\tCH\tanna@example.org\tTuesday group; street stand\n"
    )
    assert main(["roster", "list", "--json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["id"] == 1 and record["country"] == "CH" and record["language"] == "de"
    assert record["consent_date"] == "2025-03-31" and record["street"] == ["Bahnhofstrasse 12"]
    assert set(record) >= {
        "title",
        "first_name",
        "last_name",
        "organisation",
        "postal_code",
        "city",
        "region",
        "email",
        "phone",
        "tags",
        "notes",
        "consent_method",
        "created_at",
        "updated_at",
    }
    assert main(["roster", "show", "1"]) == 0
    out = capsys.readouterr().out
    # laid out by the shared formatter from Google's data for CH: organisation first, country line last
    assert (
        "address:\n  Amnesty Zürich\n  Dr. Anna Muster\n  Bahnhofstrasse 12\n  8001 Zürich\n  SWITZERLAND\n"
        in out
    )


def test_add_refuses_invalid_values(cli_process: CliProcess) -> None:
    result = cli_process(
        "roster", "add", "--first", "Anna", "--email", "not-an-address", "--country", "CH", "--postcode", "12"
    )
    assert result.returncode == 1
    assert "'not-an-address' is not an e-mail address" in result.stderr and "postcode '12'" in result.stderr
    assert "Traceback" not in result.stderr
    result = cli_process("roster", "add", "--last", "Muster", "--country", "Narnia")
    assert result.returncode == 1 and "--country: 'Narnia' is not understood" in result.stderr
    result = cli_process("roster", "add", "--city", "Bern")
    assert result.returncode == 1 and "neither a first nor a last name" in result.stderr


def test_add_says_whom_the_roster_already_holds(cli_process: CliProcess) -> None:
    """The roster's duplicate rule at `roster add`: the signer is added (a script may mean it), and the
    same person or a namesake at another street of the postcode is named on standard error."""
    anna = ["roster", "add", "--first", "Anna", "--last", "Müller", "--postcode", "8001", "--country", "CH"]
    first = cli_process(*anna, "--street", "Seeweg 1")
    assert first.returncode == 0 and first.stderr == ""
    again = cli_process(*anna, "--street", "Seeweg 1", "--last", "Mueller")
    assert again.returncode == 0 and again.stdout == "added signer 2: Anna Mueller\n"
    assert again.stderr == "ua-desktop: Anna Müller is already in the roster as signer 1 (Seeweg 1).\n"
    other = cli_process(*anna, "--street", "Gartenweg 2")
    assert other.returncode == 0 and other.stderr.splitlines() == [
        "ua-desktop: The roster also has Anna Müller in the same postcode, at another street: signer 1 "
        "(Seeweg 1).",
        "ua-desktop: The roster also has Anna Mueller in the same postcode, at another street: signer 2 "
        "(Seeweg 1).",
    ]
    elsewhere = cli_process("roster", "add", "--first", "Anna", "--last", "Müller", "--postcode", "3011")
    assert elsewhere.returncode == 0 and elsewhere.stderr == ""


def test_import_dry_run_then_import_then_duplicates(cli_process: CliProcess, tmp_path: Path) -> None:
    path = csv_file(tmp_path, PEOPLE)
    result = cli_process("roster", "import", str(path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "2 signers would be added" in result.stdout and "Dry run" in result.stdout
    assert cli_process("roster", "list").stdout == ""
    result = cli_process("roster", "import", str(path))
    assert result.returncode == 0 and "2 signers were added" in result.stdout
    result = cli_process("roster", "import", str(path))
    assert "0 signers were added" in result.stdout and "2 duplicates skipped" in result.stdout
    result = cli_process("roster", "import", str(path), "--on-duplicate", "add")
    assert "2 signers were added" in result.stdout
    assert len(json.loads(cli_process("roster", "list", "--json").stdout)) == 4
    assert [
        line.split("\t")[1] for line in cli_process("roster", "list", "--tag", "Stand").stdout.splitlines()
    ] == [
        "Meier",
        "Meier",
    ]
    assert len(cli_process("roster", "list", "--search", "zürich").stdout.splitlines()) == 2


def test_import_with_bad_rows_is_refused_with_line_numbers(cli_process: CliProcess, tmp_path: Path) -> None:
    path = csv_file(tmp_path, PEOPLE + "Jürg;Keller;x;12;Basel;CH;jurg@;\nLena;Frei\n")
    result = cli_process("roster", "import", str(path))
    assert result.returncode == 1
    assert "line 4: postcode '12'" in result.stderr and "jurg@" not in result.stderr  # e-mail: notes
    assert "line 5: has 2 fields where the header has 8" in result.stderr
    assert "Nothing was imported" in result.stderr and "Traceback" not in result.stderr
    assert cli_process("roster", "list").stdout == ""
    result = cli_process("roster", "import", str(path), "--skip-bad-rows")
    assert result.returncode == 0 and len(cli_process("roster", "list").stdout.splitlines()) == 2


def test_import_mapping_option(cli_process: CliProcess, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Vorname,Nachname,Farbe\nAnna,Muster,blau\n")
    assert cli_process("roster", "import", str(path), "--mapping", '{"Farbe": "notes"}').returncode == 0
    assert json.loads(cli_process("roster", "list", "--json").stdout)[0]["notes"] == "blau"
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"Nachname": "shoe_size"}')
    result = cli_process("roster", "import", str(path), "--mapping", str(mapping))
    assert result.returncode == 1 and "'shoe_size' is not a roster field" in result.stderr
    result = cli_process("roster", "import", str(path), "--mapping", "{not json")
    assert result.returncode == 1 and "--mapping:" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"\x00\x01\x02\x03" * 100, "does not look like a CSV text file")],
)
def test_import_of_unusable_files(
    cli_process: CliProcess, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    result = cli_process("roster", "import", str(path))
    assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_export_export_person_erase(cli_process: CliProcess, tmp_path: Path, data_dir: Path) -> None:
    cli_process("roster", "import", str(csv_file(tmp_path, PEOPLE)))
    result = cli_process("roster", "export", str(tmp_path / "out.csv"))
    assert result.returncode == 0 and "2 signer(s) exported" in result.stdout
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbfTitle,First name,Last name")
    assert cli_process("roster", "export-person", "1", str(tmp_path / "anna.json")).returncode == 0
    assert json.loads((tmp_path / "anna.json").read_text())["signer"]["last_name"] == "Muster"
    result = cli_process("roster", "erase", "1")
    assert result.returncode == 0 and "erased signer 1: Anna Muster" in result.stdout
    for suffix in ("", "-wal", "-shm"):
        file = Path(str(data_dir / "roster.sqlite3") + suffix)
        if file.exists():
            assert b"Muster" not in file.read_bytes()
    result = cli_process("roster", "show", "1")
    assert result.returncode == 1 and "There is no signer with id 1" in result.stderr
    assert cli_process("roster", "erase", "1").returncode == 1


def test_backup_and_restore(cli_process: CliProcess, tmp_path: Path) -> None:
    cli_process("roster", "add", "--first", "Anna", "--last", "Muster")
    assert cli_process("roster", "backup", str(tmp_path / "b.sqlite3")).returncode == 0
    cli_process("roster", "add", "--first", "Peter", "--last", "Meier")
    result = cli_process("roster", "restore", str(tmp_path / "b.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[1] for line in cli_process("roster", "list").stdout.splitlines()] == ["Muster"]
    result = cli_process("roster", "restore", str(tmp_path / "missing.sqlite3"))
    assert result.returncode == 1 and "There is no backup file" in result.stderr


def test_damaged_roster_message_and_restore(cli_process: CliProcess, tmp_path: Path, data_dir: Path) -> None:
    cli_process("roster", "add", "--first", "Anna", "--last", "Muster")
    assert cli_process("roster", "backup", str(tmp_path / "b.sqlite3")).returncode == 0
    db = data_dir / "roster.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    result = cli_process("roster", "list")
    assert result.returncode == 1 and "damaged" in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes().startswith(b"SQLite format 3\x00\xff\xff")
    result = cli_process("roster", "restore", str(tmp_path / "b.sqlite3"))
    assert result.returncode == 0 and "the damaged roster was kept as" in result.stdout
    assert cli_process("roster", "list").stdout.startswith("1\tMuster\tAnna")
    assert len(list(data_dir.glob("roster.sqlite3.damaged-*"))) == 1


HOLD = """
import time
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.roster.store import RosterStore
store = RosterStore.open(resolve_paths().ensure())
print("open", flush=True)
time.sleep(60)
"""


def test_roster_in_use_by_a_window(cli_process: CliProcess, tmp_path: Path) -> None:
    cli_process("roster", "add", "--first", "Anna", "--last", "Muster")
    holder = subprocess.Popen([sys.executable, "-c", HOLD], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        result = cli_process("roster", "add", "--first", "Peter", "--last", "Meier")
        assert result.returncode == 1 and "The roster is in use" in result.stderr
        result = cli_process("roster", "list")  # reading works next to the window, read-only
        assert result.returncode == 0 and "Muster" in result.stdout
    finally:
        holder.kill()
        holder.wait()


KILLED_IMPORT = """
import sys
from pathlib import Path
from ua_desktop.cli import main
sys.exit(main(["roster", "import", sys.argv[1]]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("roster_before", ["empty", "one signer"])
def test_kill_9_during_a_100000_row_import_leaves_all_or_nothing(
    cli_process: CliProcess, tmp_path: Path, data_dir: Path, roster_before: str
) -> None:
    # An empty roster is filled with a rollback journal, a non-empty one through the WAL: kill both.
    before = 0
    if roster_before == "one signer":
        cli_process("roster", "add", "--first", "Already", "--last", "There")
        before = 1
    rows = "\n".join(
        f"First{n},Last{n},Street {n},8001,Zürich,CH,p{n}@example.org,+41 79 {n:07d},de,Tuesday group"
        for n in range(100_000)
    )
    path = csv_file(
        tmp_path,
        "First name,Last name,Street,Postcode,City,Country,E-mail,Phone,Language,Tags\n" + rows + "\n",
    )
    db = data_dir / "roster.sqlite3"
    wal, journal = Path(f"{db}-wal"), Path(f"{db}-journal")
    process = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(path)])
    # Kill once the import is writing: its transaction spills pages into the WAL, or into the database
    # file (with the original pages in the rollback journal), as it grows.
    start = time.monotonic()
    while process.poll() is None and time.monotonic() - start < 120:
        if (wal.exists() and wal.stat().st_size > 1_000_000) or (
            journal.exists() and db.exists() and db.stat().st_size > 1_000_000
        ):
            break
        time.sleep(0.005)
    process.kill()
    process.wait()
    assert process.returncode == -9, "the import finished before it could be killed"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM signers").fetchone()[0] == before  # none of the import
    conn.close()
    # the lock died with the killed process; the import now completes
    result = cli_process("roster", "import", str(path))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM signers").fetchone()[0] == before + 100_000  # all of it
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
