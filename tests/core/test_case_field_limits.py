"""The values of a case pack have the sizes a case needs; a pack that passes them is refused when loaded.

Issue 16, item 3: a shared .uacase whose recipient name had 1.5 million characters imported without
complaint, and every letter of the case then took minutes to lay out. Now the loader refuses it with the
field and the limit named, so `cases import`, `cases validate` and the case editor all say what is wrong.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import MAX_ENTRIES, MAX_LINE, MAX_TEXT, validate_case_dir
from ua_desktop.core.cases.share import import_shared_case
from ua_desktop.core.errors import UserError
from ua_desktop.core.resources import bundled_cases_dir

BUNDLED = bundled_cases_dir() / "ua-034-25"
HUGE = 1_500_000


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "ua-test"
    shutil.copytree(BUNDLED, target)
    return target


def edit_toml(pack: Path, old: str, new: str) -> None:
    path = pack / "case.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(pack: Path) -> list[str]:
    return [str(problem) for problem in validate_case_dir(pack)]


def test_a_recipient_name_of_a_million_characters_is_refused_naming_field_and_limit(pack: Path) -> None:
    edit_toml(pack, 'name = "Kristi Noem"', f'name = "{"N" * HUGE}"')
    [problem] = problems(pack)
    assert problem.endswith(f"recipient 1: name is longer than {MAX_LINE:,} characters (it has {HUGE:,})"), (
        problem
    )
    assert problem.startswith("case.toml:")


def test_a_shared_pack_with_a_huge_name_is_not_imported(tmp_path: Path, library: CaseLibrary) -> None:
    toml = (BUNDLED / "case.toml").read_text(encoding="utf-8").replace("Kristi Noem", "N" * HUGE)
    shared = tmp_path / "huge.uacase"
    with zipfile.ZipFile(shared, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("case.toml", toml)
        archive.writestr("letters/en.j2", (BUNDLED / "letters/en.j2").read_bytes())
    with pytest.raises(UserError) as caught:
        import_shared_case(shared, library)
    assert "huge.uacase is not a valid case pack" in str(caught.value)
    assert f"recipient 1: name is longer than {MAX_LINE:,} characters" in str(caught.value)
    assert not library.user_cases_dir.exists() or not any(library.user_cases_dir.iterdir())


LIMITS = {
    "title": ('title = "Stop', f'title = "{"x" * MAX_LINE}', f"title is longer than {MAX_LINE:,} characters"),
    "salutation": (
        'salutation = "Dear',
        f'salutation = "{"x" * MAX_LINE}',
        f"recipient 1: salutation is longer than {MAX_LINE:,} characters",
    ),
    "street line": (
        'street = ["2707',
        f'street = ["{"x" * (MAX_LINE + 1)}", "2707',
        f"recipient 1: street entry 1 is longer than {MAX_LINE:,} characters",
    ),
    "street lines": (
        'street = ["2707',
        "street = [" + '"x", ' * (MAX_ENTRIES + 1) + '"2707',
        f"recipient 1: street has more than {MAX_ENTRIES} entries (it has {MAX_ENTRIES + 2})",
    ),
    "take action step": (
        'take_action = [\n    "Write',
        f'take_action = [\n    "{"x" * (MAX_TEXT + 1)}",\n    "Write',
        f"take_action entry 1 is longer than {MAX_TEXT:,} characters (it has {MAX_TEXT + 1:,})",
    ),
    "postage notes": (
        'postage_notes = """',
        f'postage_notes = """{"x" * MAX_TEXT}',
        f"postage_notes is longer than {MAX_TEXT:,} characters",
    ),
    "closing": (
        'closing = "Yours',
        f'closing = "{"x" * MAX_LINE}',
        f"closing is longer than {MAX_LINE:,} characters",
    ),
}


@pytest.mark.parametrize(("old", "new", "expected"), LIMITS.values(), ids=LIMITS.keys())
def test_each_value_has_its_limit(pack: Path, old: str, new: str, expected: str) -> None:
    edit_toml(pack, old, new)
    [problem] = problems(pack)
    assert expected in problem


def test_too_many_recipients(pack: Path) -> None:
    text = (pack / "case.toml").read_text(encoding="utf-8")
    recipient = text[text.index("[[recipients]]") :]
    (pack / "case.toml").write_text(text + ("\n" + recipient) * MAX_ENTRIES, encoding="utf-8")
    assert any(
        f"recipients has more than {MAX_ENTRIES} entries (it has {MAX_ENTRIES + 1})" in p
        for p in problems(pack)
    )


def test_values_at_their_limits_load(pack: Path) -> None:
    edit_toml(pack, 'name = "Kristi Noem"', f'name = "{"N" * MAX_LINE}"')
    edit_toml(pack, 'take_action = [\n    "Write', f'take_action = [\n    "{"x" * MAX_TEXT}",\n    "Write')
    assert problems(pack) == []
