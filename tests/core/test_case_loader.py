"""Broken case packs get a clear message with file and line, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import CaseLoadError, load_case, validate_case_dir
from ua_desktop.core.resources import bundled_cases_dir


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A writable copy of the bundled pack to break."""
    target = tmp_path / "ua-test"
    shutil.copytree(bundled_cases_dir() / "ua-034-25", target)
    return target


def edit_toml(pack: Path, old: str, new: str) -> None:
    path = pack / "case.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def problems(pack: Path) -> list[str]:
    return [str(p) for p in validate_case_dir(pack)]


def test_copy_of_bundled_pack_is_valid(pack: Path) -> None:
    assert problems(pack) == []


def test_missing_case_toml(pack: Path) -> None:
    (pack / "case.toml").unlink()
    assert problems(pack) == ["case.toml: is missing"]


def test_malformed_toml_reports_line(pack: Path) -> None:
    edit_toml(pack, 'title = "Stop', "title = Stop")
    (problem,) = validate_case_dir(pack)
    assert problem.file == "case.toml"
    assert problem.line == 9
    assert "not valid TOML" in str(problem.detail)


def test_unknown_schema_version(pack: Path) -> None:
    edit_toml(pack, "schema_version = 1", "schema_version = 7")
    (problem,) = validate_case_dir(pack)
    assert "schema_version 7 is not supported" in str(problem.detail)
    assert problem.line == 4


def test_deadline_not_a_date(pack: Path) -> None:
    edit_toml(pack, "deadline = 2025-07-01", 'deadline = "first of July"')
    (problem,) = validate_case_dir(pack)
    assert problem.line == 12
    assert "deadline must be a date written as YYYY-MM-DD" in str(problem.detail)


def test_missing_letter_template(pack: Path) -> None:
    (pack / "letters" / "en.j2").unlink()
    assert any("letters/" in p and "no model letter" in p for p in problems(pack))


def test_a_target_asking_for_persian_with_an_english_model_letter_is_a_usable_case(pack: Path) -> None:
    import datetime as dt

    from ua_desktop.core.letter.signer import LetterSigner
    from ua_desktop.core.letter.templates import LetterRenderer

    edit_toml(pack, 'preferred_language = "en"', 'preferred_language = "fa"')
    edit_toml(pack, 'accepted_languages = ["en"]', 'accepted_languages = ["fa", "en"]')
    assert problems(pack) == []
    case = load_case(pack)
    assert case.preferred_language == "fa" and case.default_letter_language == "en"
    assert case.letter_languages == ("en",) and case.letter_template() == case.letter_template("en")
    letter = LetterRenderer(case).render(
        LetterSigner.sample(), case.primary_recipients[0], dt.date(2026, 7, 1)
    )
    assert letter.language == "en" and letter.place_date_line.endswith("1 July 2026")  # not a Persian date
    (pack / "letters" / "de.j2").write_text("Sehr geehrte Frau Ministerin", encoding="utf-8")
    assert load_case(pack).default_letter_language == "en"  # an accepted language before any other letter


def test_non_utf8_file_reports_line(pack: Path) -> None:
    (pack / "briefing.md").write_bytes("First line\nZ\xfcrich is caf\xe9\n".encode("latin-1"))
    assert problems(pack) == ["briefing.md:2: is not UTF-8 text; save it as UTF-8 and try again"]


def test_every_problem_is_listed_at_once(pack: Path) -> None:
    edit_toml(pack, 'ua_number = "UA 034/25"', 'ua_number = ""')
    edit_toml(pack, 'role = "primary"', 'role = "boss"')
    (pack / "letters" / "en.j2").unlink()
    found = problems(pack)
    assert any("ua_number is required" in p for p in found)
    assert any("role must be 'primary' or 'copy'" in p for p in found)
    assert any("no model letter" in p for p in found)


def test_symlinked_file_is_not_followed(pack: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    (pack / "briefing.md").unlink()
    (pack / "briefing.md").symlink_to(secret)
    assert problems(pack) == ["briefing.md: is not a regular file (links are not followed)"]


def test_invalid_pack_in_library_does_not_hide_others(pack: Path, tmp_path: Path) -> None:
    user_cases = pack.parent
    edit_toml(pack, "schema_version = 1", "schema_version = 99")
    library = CaseLibrary(user_cases)
    entries = library.entries()
    assert [e.id for e in entries if e.case] == ["ua-034-25"]
    broken = [e for e in entries if e.error]
    assert len(broken) == 1 and broken[0].folder == pack
    with pytest.raises(CaseLoadError):
        load_case(pack)


def test_error_message_names_the_folder(pack: Path) -> None:
    (pack / "case.toml").write_text("schema_version = 1\n", encoding="utf-8")
    with pytest.raises(CaseLoadError) as info:
        load_case(pack)
    message = str(info.value)
    assert str(pack) in message
    assert "id is required" in message and "deadline is required" in message
