"""A signer's privacy on paper: the letter, the envelope and the label read back from the PDFs hold neither
the full name nor the street, for a signer who asked (`roster add --privacy`) and for all (`--privacy`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from .cli_types import Cli
from .test_cli_export import write_group_settings

CASE = "ua-034-25"
PRIVATE = ("Margarethe", "Oberholzer", "Seefeldstrasse", "8008")
PUBLIC = ("Konstantin", "Vogelsang", "Hochstrasse", "3012")


def pdf_text(path: Path) -> str:
    """Every page's text with the whitespace removed: a PDF's text may break a line or a word anywhere."""
    return "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)


def add(cli: Cli, first: str, last: str, street: str, postcode: str, city: str, *extra: str) -> str:
    status, out, err = cli(
        "roster", "add", "--first", first, "--last", last, "--street", street, "--postcode", postcode,
        "--city", city, "--country", "CH", *extra,
    )  # fmt: skip
    assert status == 0, err
    return out.split()[2].rstrip(":")  # "added signer 1: …"


@pytest.fixture
def signers(cli: Cli, data_dir: Path) -> dict[str, str]:
    write_group_settings(data_dir)
    return {
        "private": add(
            cli, "Margarethe", "Oberholzer-Wyss", "Seefeldstrasse 81", "8008", "Zürich", "--privacy"
        ),
        "public": add(cli, "Konstantin", "Vogelsang", "Hochstrasse 7", "3012", "Bern"),
    }


def export(cli: Cli, tmp_path: Path, kind: str, signer: str, *extra: str) -> str:
    out = tmp_path / f"{kind}-{signer}-{len(extra)}.pdf"
    options = {
        "letters": (),
        "labels": ("--sheet", "L7160", "--per-signer", "--return-address"),
        "envelopes": ("--size", "DL", "--per-signer", "--return-address", "signer"),
    }[kind]
    status, _, err = cli(
        "export", kind, "--case", CASE, "--signers", signer, *options, *extra, "--out", str(out)
    )
    assert status == 0, err
    return pdf_text(out)


def assert_private(text: str, words: tuple[str, ...], initials: str, town: str) -> None:
    for word in words:
        assert word not in text, word
    assert initials in text and town in text


@pytest.mark.parametrize("kind", ["letters", "envelopes", "labels"])
def test_a_signer_who_asked_is_printed_with_initials_and_town(
    cli: Cli, tmp_path: Path, signers: dict[str, str], kind: str
) -> None:
    assert_private(export(cli, tmp_path, kind, signers["private"]), PRIVATE, "M.O.", "Zürich")


@pytest.mark.parametrize("kind", ["letters", "envelopes", "labels"])
def test_privacy_for_the_whole_export(cli: Cli, tmp_path: Path, signers: dict[str, str], kind: str) -> None:
    text = export(cli, tmp_path, kind, signers["public"])
    for word in PUBLIC:  # the control: without the option the signer's name and street are printed
        assert word in text, word
    assert_private(export(cli, tmp_path, kind, signers["public"], "--privacy"), PUBLIC, "K.V.", "Bern")


def test_the_flag_is_shown_listed_and_exported(cli: Cli, tmp_path: Path, signers: dict[str, str]) -> None:
    status, out, _ = cli("roster", "show", signers["private"])
    assert status == 0 and "privacy: True" in out
    assert "Seefeldstrasse" not in out.split("address:")[1].split("signatures:")[0]  # as printed
    listed = json.loads(cli("roster", "list", "--json")[1])
    assert {s["first_name"]: s["privacy"] for s in listed} == {"Margarethe": True, "Konstantin": False}
    target = tmp_path / "roster.csv"
    assert cli("roster", "export", str(target))[0] == 0
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].endswith(",Initials only") and rows[1].endswith(",yes") and rows[2].endswith(",")


def test_an_evening_walk_in_asks_for_privacy(cli: Cli, tmp_path: Path, data_dir: Path) -> None:
    write_group_settings(data_dir)
    assert cli("evening", "start", "--case", CASE)[0] == 0
    status, _, err = cli(
        "evening", "sign", "--first", "Margarethe", "--last", "Oberholzer-Wyss", "--street",
        "Seefeldstrasse 81", "--postcode", "8008", "--city", "Zürich", "--privacy",
        "--out-dir", str(tmp_path),
    )  # fmt: skip
    assert status == 0, err
    (letters,) = tmp_path.glob("*.pdf")
    assert_private(pdf_text(letters), PRIVATE, "M.O.", "Zürich")


def test_the_evening_print_run_for_everyone(cli: Cli, tmp_path: Path, signers: dict[str, str]) -> None:
    assert cli("evening", "start", "--case", CASE)[0] == 0
    assert cli("evening", "sign", "--signer", signers["public"])[0] == 0
    status, _, err = cli("evening", "print", "--out-dir", str(tmp_path), "--privacy")
    assert status == 0, err
    (letters,) = tmp_path.glob("*.pdf")
    assert_private(pdf_text(letters), PUBLIC, "K.V.", "Bern")
