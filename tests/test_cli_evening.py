"""`ua-desktop evening …` through the CLI entry point: start, sign, queue, print, end, list, report."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.cli import main
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.resources import bundled_cases_dir

from .cli_types import Cli, CliResult

CASE = "ua-034-25"


def sign_anna(cli: Cli, *extra: str) -> CliResult:
    return cli(
        "evening",
        "sign",
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
        "CH",
        "--consent",
        *extra,
    )


def test_a_whole_evening(cli: Cli, tmp_path: Path) -> None:
    status, out, _ = cli("evening", "start", "--case", CASE, "--place", "Kirchgemeindehaus", "--labels")
    assert status == 0 and "Started evening" in out and "(#1)" in out

    status, out, _ = sign_anna(cli)
    assert status == 0
    assert "Signed in Anna Muster (new signer, kept on the roster): counted ua-034-25; 2 item(s)" in out

    status, out, err = cli("evening", "sign", "--signer", "1")
    assert status == 0 and "counted nothing new" in out
    assert "already signed ua-034-25 earlier this evening" in err

    status, out, _ = cli("evening", "queue")
    lines = out.splitlines()
    assert len(lines) == 2 and all("\twaiting\t" in line for line in lines)

    status, out, _ = cli("evening", "print", "--out-dir", str(tmp_path / "print"))
    assert status == 0 and out.count("Wrote ") == 2
    letters = next((tmp_path / "print").glob("*-letters.pdf"))
    assert "Anna Muster" in PdfReader(letters).pages[0].extract_text()

    status, out, _ = cli("evening", "queue", "--waiting")
    assert out == ""
    status, out, _ = cli("evening", "print", "--out-dir", str(tmp_path / "again"), "--item", "1")
    assert status == 0 and out.count("Wrote ") == 1

    status, out, _ = cli("evening", "end")
    assert status == 0 and "1 people, 1 letters" in out

    status, out, _ = cli("evening", "list")
    assert out.startswith("1\t") and "ended\t1 people\t1 letters" in out

    status, out, _ = cli("evening", "report", "1", "--out", str(tmp_path / "report.pdf"))
    assert status == 0 and "1 letters, 1 people, 1 new signers" in out
    reader = PdfReader(tmp_path / "report.pdf")
    assert len(reader.pages) == 1 and "UA 034/25" in reader.pages[0].extract_text()

    status, out, _ = cli("evening", "report", "1", "--out", str(tmp_path / "report.csv"))
    rows = list(csv.DictReader((tmp_path / "report.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["case_id"] == CASE and rows[0]["letters"] == "1"


def test_without_consent_letters_print_at_once_and_nothing_is_kept(
    cli: Cli, tmp_path: Path, data_dir: Path
) -> None:
    cli("evening", "start", "--case", CASE)
    status, _, err = cli("evening", "sign", "--first", "Zoraida", "--last", "Quintanilla")
    assert status == 1 and "--out-dir DIR" in err and "Traceback" not in err
    status, out, _ = cli(
        "evening", "sign", "--first", "Zoraida", "--last", "Quintanilla", "--out-dir", str(tmp_path)
    )
    assert status == 0 and "not kept: no consent" in out and "Wrote " in out
    status, out, _ = cli("evening", "queue")
    assert out == ""
    status, out, _ = cli("roster", "list")
    assert "Quintanilla" not in out
    assert b"Quintanilla" not in b"".join(p.read_bytes() for p in data_dir.glob("roster.sqlite3*"))
    status, out, _ = cli("evening", "list")
    assert "1 people\t1 letters" in out


def test_second_evening_on_the_same_date_warns(cli: Cli) -> None:
    cli("evening", "start", "--case", CASE, "--date", "2026-11-28", "--place", "Hall")
    status, _, err = cli("evening", "start", "--case", CASE, "--date", "2026-11-28")
    assert status == 1 and "still open" in err
    cli("evening", "end", "1")
    status, out, err = cli("evening", "start", "--case", CASE, "--date", "2026-11-28")
    assert status == 0 and "(#2)" in out
    assert "already an evening on 2026-11-28: 2026-11-28, Hall (#1)" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["evening", "sign", "--first", "A", "--consent"], "No evening is open"),
        (["evening", "start", "--case", "nope"], "no case with id 'nope'"),
        (["evening", "report", "9", "--out", "x.pdf"], "no evening #9"),
        (["evening", "queue", "3"], "no evening #3"),
        (["evening", "end"], "No evening is open"),
    ],
)
def test_bad_input_gives_a_message_not_a_traceback(cli: Cli, argv: list[str], message: str) -> None:
    status, _, err = cli(*argv)
    assert status == 1
    assert message.lower() in err.lower()
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["evening", "sign", "--signer", "1", "--first", "A"], "either --signer ID"),
        (["evening", "sign", "--signer", "1", "--city", "Bern"], "either --signer ID"),
        (["evening", "sign", "--first", "A", "--consent", "--language", "xyzzy"], "Unknown language"),
        (["evening", "sign", "--first", "A", "--consent", "--country", "Atlantis"], "Unknown country"),
        (["evening", "sign", "--last", "B", "--consent", "--email", "nope"], "is not an e-mail address"),
        (["evening", "sign", "--signer", "42"], "no signer with id 42"),
        (["evening", "print", "--out-dir", "x", "--item", "5"], "No queue item 5"),
    ],
)
def test_bad_sign_in_and_print_input(cli: Cli, argv: list[str], message: str) -> None:
    cli("evening", "start", "--case", CASE)
    status, _, err = cli(*argv)
    assert status == 1 and message in err and "Traceback" not in err


def test_invalid_ids_and_dates_are_argument_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["evening", "report", "0", "--out", "x.pdf"])
    assert exit_info.value.code == 2
    assert "not a valid id" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["evening", "start", "--case", CASE, "--date", "28.11.2026"])
    assert "use the form 2026-11-28" in capsys.readouterr().err


def test_add_case_to_the_open_evening(cli: Cli) -> None:
    cli("evening", "start", "--case", CASE)
    status, out, _ = cli("evening", "add-case", "--case", CASE)
    assert status == 0 and out.endswith(f"now works on {CASE}\n")
    status, _, err = cli("evening", "add-case", "--case", "nope")
    assert status == 1 and "no case with id 'nope'" in err
    cli("evening", "end")
    status, _, err = cli("evening", "add-case", "1", "--case", CASE)
    assert status == 1 and "has ended" in err


def test_print_writes_one_file_per_paper_and_never_over_an_earlier_batch(cli: Cli, tmp_path: Path) -> None:
    second = "ua-099-25"  # a second case (the bundled one under another id): letters of two cases
    shutil.copytree(bundled_cases_dir() / CASE, resolve_paths().ensure().cases_dir / second)
    toml = resolve_paths().cases_dir / second / "case.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(CASE, second), encoding="utf-8")
    cli("evening", "start", "--case", CASE, "--case", second, "--labels", "--envelopes")
    sign_anna(cli)
    out = tmp_path / "print"
    status, stdout, _ = cli("evening", "print", "--out-dir", str(out))
    assert status == 0 and stdout.count("Wrote ") == 3
    assert "(2 letter(s), 2 page(s))" in stdout and "(2 label(s) on L7160, 1 page(s))" in stdout
    assert "(2 envelope(s) on DL, 2 page(s))" in stdout
    first = {path: path.read_bytes() for path in out.iterdir()}
    assert sorted(path.name.rsplit("-", 1)[1] for path in first) == [
        "envelopes.pdf",
        "labels.pdf",
        "letters.pdf",
    ]

    status, stdout, _ = cli("evening", "print", "--out-dir", str(out), "--item", "1", "--item", "2")
    assert status == 0 and stdout.count("Wrote ") == 2
    assert {path: path.read_bytes() for path in first} == first  # the first batch's files are untouched
    assert len(list(out.iterdir())) == 5
    again = next(path for path in out.iterdir() if path not in first and path.name.endswith("-letters.pdf"))
    pages = PdfReader(again).pages
    assert len(pages) == 1 and "Anna Muster" in pages[0].extract_text()
