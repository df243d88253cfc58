"""The case fields for sending by e-mail or fax and for assisted import: e-mail, fax, social handles,
alternative salutation, follow-up number, the embassy instruction and where each field came from (origins).

They survive the round trip draft -> case.toml -> loaded case -> draft, old packs without them load as
before, and bad values get the loader's typed problems (origins: bad entries are left out, no problem).
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from ua_desktop.core.cases.draft import CaseDraft, check_draft, read_draft, write_pack
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import MAX_LINE, MAX_ORIGINS, load_case, validate_case_dir
from ua_desktop.core.cases.manage import follow_up_draft
from ua_desktop.core.cases.model import Recipient
from ua_desktop.core.resources import bundled_cases_dir

SOURCE = "SECOND UA 45/15\nDear Prosecutor/Señor Fiscal\nFax: +52 55 5346 0908\n"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    target = tmp_path / "ua-test"
    shutil.copytree(bundled_cases_dir() / "ua-034-25", target)
    return target


def full_draft() -> CaseDraft:
    """The bundled case with every new field filled, non-ASCII included."""
    draft = CaseDraft.from_case(load_case(bundled_cases_dir() / "ua-034-25", bundled=True))
    draft.id = "ua-045-15-2"
    draft.follow_up = True
    draft.follow_up_number = 2
    draft.copies_instruction = "Also send copies to diplomatic representatives accredited to your country."
    first = draft.recipients[0]
    draft.recipients[0] = dataclasses.replace(
        first,
        salutation="Dear Prosecutor",
        salutation_alternative="Señor Fiscal",
        email="fiscalía@example.org",
        fax="+52 55 5346 0908",
        social=("@fiscalia", "Twitter: @FGR_mx"),
    )
    draft.source_text = SOURCE
    draft.origins = {
        "ua_number": (0, 15),
        "recipients.1.salutation": (16, 31),
        "recipients.1.fax": (50, 66),
    }
    return draft


def edit_toml(pack: Path, old: str, new: str) -> None:
    path = pack / "case.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(pack: Path) -> list[str]:
    return [str(p) for p in validate_case_dir(pack)]


def test_new_fields_round_trip(library: CaseLibrary) -> None:
    draft = full_draft()
    assert check_draft(draft) == []
    folder = write_pack(draft, library.user_cases_dir)
    case = load_case(folder)
    recipient = case.recipients[0]
    assert recipient.salutation == "Dear Prosecutor"
    assert recipient.salutation_alternative == "Señor Fiscal"
    assert recipient.email == "fiscalía@example.org"
    assert recipient.fax == "+52 55 5346 0908"
    assert recipient.social == ("@fiscalia", "Twitter: @FGR_mx")
    assert case.follow_up_number == 2
    assert case.copies_instruction == draft.copies_instruction
    assert case.origins == draft.origins
    assert SOURCE[slice(*case.origins["recipients.1.fax"])] == "+52 55 5346 0908"
    again = CaseDraft.from_case(case)
    assert again == draft


def test_read_draft_keeps_new_fields_of_a_pack_that_does_not_load(library: CaseLibrary) -> None:
    draft = full_draft()
    draft.deadline = None  # the pack no longer loads: read_draft reads case.toml field by field
    folder = write_pack(draft, library.user_cases_dir)
    assert validate_case_dir(folder)
    again = read_draft(folder)
    assert again.recipients[0] == draft.recipients[0]
    assert again.follow_up_number == 2
    assert again.copies_instruction == draft.copies_instruction
    assert again.origins == draft.origins


def test_old_pack_loads_with_empty_new_fields(pack: Path) -> None:
    case = load_case(pack)
    assert case.follow_up_number == 0
    assert case.copies_instruction == ""
    assert case.origins == {}
    assert all(r.email == r.fax == r.salutation_alternative == "" and r.social == () for r in case.recipients)
    text = CaseDraft.from_case(case).toml_text()
    for key in (
        "email =",
        "fax =",
        "social =",
        "salutation_alternative",
        "follow_up_number",
        "copies_",
        "origins",
    ):
        assert key not in text  # an old pack written again is the old pack


def test_email_without_at_is_a_problem(pack: Path) -> None:
    edit_toml(
        pack, 'salutation = "Dear Secretary Noem,"', 'salutation = "Dear Secretary Noem,"\nemail = "noem"'
    )
    assert problems(pack) == [
        "case.toml:43: recipient 1: email must be an e-mail address such as name@example.org"
    ]


@pytest.mark.parametrize(
    ("written", "usable"),
    [("noem@dhs", False), ("a@x.org, b@", False), ("Office <office@dhs.example>; press@dhs.example", True)],
)
def test_a_pack_email_passes_the_one_address_rule(pack: Path, written: str, usable: bool) -> None:
    edit_toml(
        pack,
        'salutation = "Dear Secretary Noem,"',
        f'salutation = "Dear Secretary Noem,"\nemail = "{written}"',
    )
    assert bool(problems(pack)) is not usable


def test_too_long_contact_fields_are_problems(pack: Path) -> None:
    long = "x" * (MAX_LINE + 1)
    edit_toml(
        pack,
        'salutation = "Dear Secretary Noem,"',
        f'salutation = "Dear Secretary Noem,"\nfax = "{long}"\nsocial = ["@ok", "{long}"]',
    )
    found = problems(pack)
    assert len(found) == 2
    assert "recipient 1: fax is longer than 300 characters" in found[0]
    assert "recipient 1: social entry 2 is longer than 300 characters" in found[1]


def test_social_must_be_texts(pack: Path) -> None:
    edit_toml(
        pack, 'salutation = "Dear Secretary Noem,"', 'salutation = "Dear Secretary Noem,"\nsocial = [1]'
    )
    assert problems(pack) == ["case.toml: recipient 1: social must be a list of texts"]


@pytest.mark.parametrize("value", ["-1", "100", '"2"', "true", "2.0"])
def test_bad_follow_up_number(pack: Path, value: str) -> None:
    edit_toml(pack, "follow_up = false", f"follow_up = true\nfollow_up_number = {value}")
    assert problems(pack) == ["case.toml:8: follow_up_number must be a whole number from 0 to 99"]


def test_bad_origins_are_left_out(pack: Path) -> None:
    length = len((pack / "source.txt").read_text(encoding="utf-8"))
    entries = {
        "title": "[10, 20]",
        '"recipients.1.street"': "[0, 5]",
        "empty": "[3, 3]",
        "reversed": "[20, 10]",
        "negative": "[-1, 5]",
        "floats": "[1.0, 5.0]",
        "bools": "[true, false]",
        "three": "[1, 2, 3]",
        "text": '"1-5"',
        "beyond": f"[0, {length + 1}]",
        "whole": f"[0, {length}]",
    }
    table = "\n".join(f"{key} = {value}" for key, value in entries.items())
    path = pack / "case.toml"
    path.write_text(path.read_text(encoding="utf-8") + f"\n[origins]\n{table}\n", encoding="utf-8")
    case = load_case(pack)
    assert case.origins == {
        "title": (10, 20),
        "recipients.1.street": (0, 5),
        "empty": (3, 3),
        "whole": (0, length),
    }


def test_origins_not_a_table_and_too_many(pack: Path) -> None:
    edit_toml(pack, "follow_up = false", "follow_up = false\norigins = [1, 2]")
    assert load_case(pack).origins == {}
    edit_toml(pack, "origins = [1, 2]", "")
    table = "\n".join(f"f{i} = [0, 1]" for i in range(MAX_ORIGINS + 10))
    path = pack / "case.toml"
    path.write_text(path.read_text(encoding="utf-8") + f"\n[origins]\n{table}\n", encoding="utf-8")
    assert len(load_case(pack).origins) == MAX_ORIGINS


def test_follow_up_copy_drops_origins_and_number(library: CaseLibrary) -> None:
    folder = write_pack(full_draft(), library.user_cases_dir)
    follow_up = follow_up_draft(load_case(folder), library)
    assert follow_up.origins == {}
    assert follow_up.follow_up_number == 0
    assert follow_up.recipients[0].email == "fiscalía@example.org"  # the addresses carry over


def test_recipient_defaults_keep_positional_construction() -> None:
    recipient = Recipient("Kristi Noem")
    assert (recipient.email, recipient.fax, recipient.social, recipient.salutation_alternative) == (
        "",
        "",
        (),
        "",
    )
