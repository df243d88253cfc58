"""`ua-desktop cases import|export|delete|archive|restore|reply` as a coordinator or a script uses them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ua_desktop.cli import main
from ua_desktop.commands.case_files import SUFFIX as CLI_SUFFIX
from ua_desktop.core.cases.share import SUFFIX

from .cli_types import CliProcess

DATA = Path(__file__).resolve().parent / "data" / "ua"


def test_suffix_is_the_same_in_cli_and_core() -> None:
    assert CLI_SUFFIX == SUFFIX


def test_import_text_then_list_show_export_delete(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["cases", "import", str(DATA / "ua-071-26-en.txt")]) == 0
    out = capsys.readouterr().out
    assert "Imported case ua-071-26 from ua-071-26-en.txt" in out
    assert "Deadline:            2026-04-09" in out
    assert (data_dir / "cases" / "ua-071-26" / "case.toml").exists()
    assert main(["cases", "list"]) == 0
    assert "ua-071-26\tUA 071/26\tLibrarian jailed for lending banned books" in capsys.readouterr().out
    assert main(["cases", "show", "ua-071-26"]) == 0
    assert "Dear Minister," in capsys.readouterr().out
    target = tmp_path / "share" / "librarian"
    assert main(["cases", "export", "ua-071-26", str(target)]) == 0
    assert "librarian.uacase" in capsys.readouterr().out
    with zipfile.ZipFile(tmp_path / "share" / "librarian.uacase") as archive:
        assert "case.toml" in archive.namelist()
    assert main(["cases", "delete", "ua-071-26"]) == 0
    assert not (data_dir / "cases" / "ua-071-26").exists()
    assert main(["cases", "import", str(tmp_path / "share" / "librarian.uacase")]) == 0
    assert "Imported case ua-071-26 (UA 071/26)" in capsys.readouterr().out


def test_import_with_flags_prints_what_to_check(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "import", str(DATA / "ua-088-26-de.txt"), "--id", "climate-krakow"]) == 0
    out = capsys.readouterr().out
    assert "Deadline:            (not found)" in out
    assert "- deadline: the deadline 'bis zum 28. April' has no year" in out
    assert "cases validate" in out
    assert main(["cases", "validate", str(data_dir / "cases" / "climate-krakow")]) == 1
    assert "deadline is required" in capsys.readouterr().out


def test_id_clash_needs_a_choice(cli_process: CliProcess) -> None:
    seed = Path(__file__).resolve().parent.parent / "resources" / "cases" / "ua-034-25" / "source.txt"
    if not seed.exists():  # running from an installed tree without the sources next to the tests
        from ua_desktop.core.resources import bundled_cases_dir

        seed = bundled_cases_dir() / "ua-034-25" / "source.txt"
    refused = cli_process("cases", "import", str(seed))
    assert refused.returncode == 1
    assert "already exists (a bundled case)" in refused.stderr and "--keep-both" in refused.stderr
    assert "Traceback" not in refused.stderr
    kept = cli_process("cases", "import", str(seed), "--keep-both")
    assert kept.returncode == 0 and "Imported case ua-034-25-2" in kept.stdout
    replaced = cli_process("cases", "import", str(seed), "--replace")
    assert replaced.returncode == 0 and "Imported case ua-034-25 " in replaced.stdout


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "is not a file"),
        (lambda p: DATA / "not-an-ua.txt", "does not look like an Urgent Action"),
    ],
)
def test_bad_input_is_a_message(  # type: ignore[no-untyped-def]
    cli_process: CliProcess, tmp_path: Path, make, message: str
) -> None:
    result = cli_process("cases", "import", str(make(tmp_path)))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_scanned_pdf_and_zip_slip_on_the_cli(cli_process: CliProcess, tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("ua_pdf_cli", Path(__file__).parent / "data" / "ua_pdf.py")
    assert spec and spec.loader
    helpers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helpers)
    scan = helpers.write_scanned_pdf(tmp_path / "scan.pdf")
    result = cli_process("cases", "import", str(scan))
    assert result.returncode == 1 and "scanned" in result.stderr and "Traceback" not in result.stderr
    evil = tmp_path / "evil.uacase"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("case.toml", "schema_version = 1\n")
        archive.writestr("../../outside.txt", "x")
    result = cli_process("cases", "import", str(evil))
    assert result.returncode == 1 and "leads outside the case pack" in result.stderr
    assert not (tmp_path.parent / "outside.txt").exists()


def test_bundled_case_cannot_be_deleted(cli_process: CliProcess) -> None:
    result = cli_process("cases", "delete", "ua-034-25")
    assert result.returncode == 1 and "bundled case" in result.stderr


def test_archive_and_restore(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "import", str(DATA / "ua-102-26-fr.txt")]) == 0
    assert main(["cases", "archive", "ua-102-26"]) == 0
    assert main(["cases", "archive", "--list"]) == 0
    assert "ua-102-26\tAU 102/26" in capsys.readouterr().out
    assert main(["cases", "list"]) == 0
    assert "ua-102-26" not in capsys.readouterr().out
    assert main(["cases", "restore", "ua-102-26"]) == 0
    assert main(["cases", "list"]) == 0
    assert "ua-102-26\tAU 102/26" in capsys.readouterr().out


def test_document_without_number_asks_for_id_in_the_cli_words(
    cli_process: CliProcess, tmp_path: Path
) -> None:
    """The core says 'give the case an id'; the command line names its own option for it."""
    letter = Path(__file__).parent / "data" / "ua_corpus" / "model-letter.html"
    refused = cli_process("cases", "import", str(letter))
    assert refused.returncode == 1
    assert "no UA number" in refused.stderr and "--id ua-123-25" in refused.stderr
    assert "Traceback" not in refused.stderr
    kept = cli_process("cases", "import", str(letter), "--id", "okafor-letter")
    assert kept.returncode == 0 and "Imported case okafor-letter" in kept.stdout
    assert "UA number:           (not found)" in kept.stdout
