"""`ua-desktop roster import` with the files people have (issue 17): --no-header, review notes, odd files."""

from __future__ import annotations

import json
from pathlib import Path

from .cli_types import CliProcess

CONTACTS = Path(__file__).parent / "data" / "contacts"


def listed(cli_process: CliProcess) -> list[dict[str, object]]:
    result = cli_process("roster", "list", "--json")
    assert result.returncode == 0, result.stderr
    people: list[dict[str, object]] = json.loads(result.stdout)
    return people


def test_no_header_with_the_fields_in_column_order(cli_process: CliProcess) -> None:
    path = str(CONTACTS / "no_header.csv")
    result = cli_process("roster", "import", path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "first row looks like a person" in result.stderr and "--no-header" in result.stderr
    fields = '["first_name", "last_name", "street", "postal_code", "city", "email"]'
    result = cli_process("roster", "import", path, "--no-header", "--mapping", fields)
    assert result.returncode == 0, result.stderr
    assert "3 signers were added" in result.stdout
    people = {person["last_name"]: person for person in listed(cli_process)}
    assert sorted(people) == ["Dubois", "Meier", "Muster"]  # the first row is a person, not lost
    assert (
        people["Muster"]["street"] == ["Bahnhofstrasse 12"]
        and people["Muster"]["email"] == "anna@example.org"
    )


def test_mapping_by_position_as_an_object_and_wrong_positions(
    cli_process: CliProcess, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Anna;Muster;Zürich\n", encoding="utf-8")
    mapping = '{"1": "first_name", "2": "last_name", "3": "city"}'
    result = cli_process("roster", "import", str(path), "--no-header", "--mapping", mapping)
    assert result.returncode == 0, result.stderr
    assert listed(cli_process)[0]["city"] == "Zürich"
    result = cli_process(
        "roster", "import", str(path), "--no-header", "--mapping", '["first_name", null, null, "city"]'
    )
    assert result.returncode == 1 and "--mapping:" in result.stderr and "3 columns" in result.stderr
    result = cli_process("roster", "import", str(path), "--no-header", "--mapping", "[1, 2]")
    assert result.returncode == 1 and "in column order" in result.stderr


def test_rows_to_check_are_imported_and_listed_on_stderr(cli_process: CliProcess) -> None:
    result = cli_process("roster", "import", str(CONTACTS / "lossy_export.csv"))
    assert result.returncode == 0, result.stderr
    assert "3 signers were added" in result.stdout
    assert "to check after the import" in result.stderr
    assert "  line 2: first name '?or?e' has '?'" in result.stderr


def test_lines_read_as_windows_1252_are_named(cli_process: CliProcess) -> None:
    result = cli_process("roster", "import", str(CONTACTS / "mixed_utf8_cp1252.csv"))
    assert result.returncode == 0, result.stderr
    assert "(utf-8+cp1252, ',' separated)" in result.stdout
    assert "were read as Windows-1252 (check their accents): 4, 5" in result.stderr
    names = {f"{p['first_name']} {p['last_name']}" for p in listed(cli_process)}
    assert "Jörg Weiß" in names and "Jürg Müller" in names


def test_a_pdf_renamed_to_csv_is_named(cli_process: CliProcess) -> None:
    result = cli_process("roster", "import", str(CONTACTS / "pdf_renamed.csv"))
    assert result.returncode == 1 and "is a PDF document, not a table" in result.stderr
    assert "Traceback" not in result.stderr


def test_phone_and_contacts_exports_from_the_command_line(cli_process: CliProcess) -> None:
    for name in ("android.vcf", "ios.vcf", "macos.vcf", "google_contacts.csv", "outlook_contacts.csv"):
        result = cli_process("roster", "import", str(CONTACTS / name))
        assert result.returncode == 0, (name, result.stderr)
    people = listed(cli_process)
    assert len(people) == 3 + 2 + 2 + 3 + 3
    assert all(person["email"] and person["city"] for person in people)
