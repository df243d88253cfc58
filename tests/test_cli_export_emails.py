"""`ua-desktop export emails` and `export fax-sheet` through the CLI entry point."""

from __future__ import annotations

import dataclasses
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.cases.draft import CaseDraft, write_pack
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.paths import resolve_paths
from ua_desktop.core.resources import bundled_cases_dir
from ua_desktop.core.roster.records import add_signer
from ua_desktop.core.roster.signer import Signer
from ua_desktop.core.roster.store import RosterStore

from .cli_types import Cli

CASE = "ua-120-26"


def save_case(data_dir: Path, email: str = "ministro@example.gob", fax: str = "+58 212 555 0100") -> None:
    draft = CaseDraft.from_case(load_case(bundled_cases_dir() / "ua-034-25", bundled=True))
    draft.id = CASE
    draft.recipients[0] = dataclasses.replace(draft.recipients[0], email=email, fax=fax)
    write_pack(draft, resolve_paths(data_dir).ensure().cases_dir)


def add_people(data_dir: Path) -> None:
    with RosterStore.open(resolve_paths(data_dir).ensure()) as store:
        add_signer(store, Signer("Zoë", "Ångström", city="Luzern", country="CH", email="zoe@example.ch"))
        add_signer(store, Signer("Ольга", "Смирнова", city="Bern", country="CH"))
        add_signer(store, Signer("Đorđe", "Petrović", city="Beograd", country="RS", tags=("youth",)))


def parse(path: Path) -> EmailMessage:
    with path.open("rb") as handle:  # as a mail program reads the file: CRLF line ends become "\n"
        message = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(message, EmailMessage)
    return message


def test_export_emails_writes_drafts(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    save_case(data_dir)
    add_people(data_dir)
    out = tmp_path / "drafts"
    status, stdout, err = cli("export", "emails", "--case", CASE, "--out-dir", str(out))
    assert status == 0, err
    assert f"Wrote 3 e-mail draft(s) in {out}" in stdout
    drafts = sorted(out.glob("*.eml"))
    assert [d.name for d in drafts] == [
        "ua-120-26 1 Zoë Ångström - Kristi Noem.eml",
        "ua-120-26 2 Đorđe Petrović - Kristi Noem.eml",  # the roster's order, as for the letters
        "ua-120-26 3 Ольга Смирнова - Kristi Noem.eml",
    ]
    zoe, _djordje, olga = (parse(d) for d in drafts)
    assert zoe["To"].addresses[0].addr_spec == "ministro@example.gob"
    assert zoe["To"].addresses[0].display_name == "The Honorable Kristi Noem"
    assert str(zoe["From"]) == "Zoë Ångström <zoe@example.ch>"
    assert zoe["Subject"] == "Stop illegal expulsions to El Salvador"
    assert zoe["X-Unsent"] == "1"
    assert zoe.get_content().startswith("Dear Secretary Noem,\n\nI am extremely concerned")
    assert "Yours sincerely,\n\nОльга Смирнова\nBern" in olga.get_content()


def test_export_emails_mirrors_the_signer_options(
    cli: Cli, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_case(data_dir)
    add_people(data_dir)
    status, stdout, _ = cli(
        "export", "emails", "--case", CASE, "--signers", "2", "--out-dir", str(tmp_path / "a")
    )
    assert status == 0 and "Wrote 1 e-mail draft(s)" in stdout
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["ua-120-26 1 Ольга Смирнова - Kristi Noem.eml"]
    status, stdout, _ = cli(
        "export", "emails", "--case", CASE, "--tag", "youth", "--out-dir", str(tmp_path / "b")
    )
    assert status == 0 and "Wrote 1 e-mail draft(s)" in stdout
    status, _, _ = cli(
        "export", "emails", "--case", CASE, "--signers", "1", "--privacy", "--out-dir", str(tmp_path / "c")
    )
    (private,) = (tmp_path / "c").iterdir()
    assert private.name == "ua-120-26 1 Z. Å. - Kristi Noem.eml"
    assert parse(private)["From"] is None
    with pytest.raises(SystemExit):  # blank letters are for paper only: no such option here
        cli("export", "emails", "--case", CASE, "--blank", "3", "--out-dir", str(tmp_path / "d"))
    assert "unrecognised arguments: --blank" in capsys.readouterr().err


def test_export_emails_errors(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    save_case(data_dir, email="")
    add_people(data_dir)
    status, _, err = cli("export", "emails", "--case", CASE, "--out-dir", str(tmp_path / "x"))
    assert status == 1
    assert "has no recipient with an e-mail address, but 1 recipient has a fax number" in err
    assert "print the fax sheet" in err
    status, _, err = cli("export", "emails", "--case", "ua-034-25", "--out-dir", str(tmp_path / "x"))
    assert status == 1 and "has no recipient with an e-mail address; add one" in err
    assert not (tmp_path / "x").exists()


def test_export_emails_without_roster(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    save_case(data_dir)
    status, _, err = cli("export", "emails", "--case", CASE, "--out-dir", str(tmp_path / "x"))
    assert status == 1 and "No signers selected: the roster is empty" in err


def test_export_fax_sheet(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    save_case(data_dir, email="")
    out = tmp_path / "fax.pdf"
    status, stdout, err = cli("export", "fax-sheet", "--case", CASE, "--paper", "letter", "--out", str(out))
    assert status == 0, err
    assert "1 recipient(s) with a fax number, 2 page(s)" in stdout
    reader = PdfReader(out)
    assert "+58 212 555 0100" in reader.pages[0].extract_text()
    assert "Dear Secretary Noem," in reader.pages[1].extract_text()
    assert round(float(reader.pages[0].mediabox[2])) == 612  # US Letter, as asked
    status, _, err = cli("export", "fax-sheet", "--case", "ua-034-25", "--out", str(tmp_path / "none.pdf"))
    assert status == 1 and "has no recipient with a fax number" in err
