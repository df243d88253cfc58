"""A letter abroad always carries the sender's country: letters, envelopes and labels, read from the PDFs.

A roster signer left at "the group's country" writes to Washington; with `settings set group_country CH`
every item names SWITZERLAND under the sender's address. Without any country the export refuses before it
writes anything, naming the setting to use.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from .cli_types import Cli

CASE = "ua-034-25"


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def zoe(cli: Cli) -> None:
    status, _, err = cli(
        "roster", "add", "--first", "Zoë", "--last", "Ångström",
        "--street", "Seestrasse 1a", "--postcode", "6004", "--city", "Luzern",
    )  # fmt: skip
    assert status == 0, err


def test_every_item_to_the_us_names_the_groups_country(cli: Cli, tmp_path: Path, zoe: None) -> None:
    assert cli("settings", "set", "group_country", "CH")[0] == 0
    letters, envelopes, labels = tmp_path / "l.pdf", tmp_path / "e.pdf", tmp_path / "lab.pdf"
    assert cli("export", "letters", "--case", CASE, "--signers", "all", "--out", str(letters))[0] == 0
    status, _, err = cli(
        "export",
        "envelopes",
        "--case",
        CASE,
        "--size",
        "DL",
        "--signers",
        "all",
        "--out",
        str(envelopes),
    )
    assert status == 0, err
    status, _, err = cli(
        "export", "labels", "--case", CASE, "--sheet", "L7160", "--signers", "all",
        "--per-signer", "--return-address", "--out", str(labels),
    )  # fmt: skip
    assert status == 0, err
    letter = text_of(letters)
    # The sender block and the return line in the window both end with the country.
    assert "Zoë Ångström, Seestrasse 1a, 6004 Luzern, SWITZERLAND" in letter
    assert letter.count("SWITZERLAND") == 2 and "UNITED STATES" in letter
    for item in (envelopes, labels):
        text = text_of(item)
        assert "Seestrasse 1a" in text and "SWITZERLAND" in text, item.name
        assert text.index("6004 Luzern") < text.index("SWITZERLAND")


def test_the_groups_return_address_gets_its_country_on_envelopes(cli: Cli, tmp_path: Path) -> None:
    cli("settings", "set", "group_country", "CH")
    cli("settings", "set", "group_return_address", "Amnesty-Gruppe Luzern", "Postfach", "6000 Luzern")
    out = tmp_path / "e.pdf"
    status, _, err = cli("export", "envelopes", "--case", CASE, "--size", "C6", "--out", str(out))
    assert status == 0, err
    text = text_of(out)
    assert "6000 Luzern" in text and text.index("6000 Luzern") < text.index("SWITZERLAND")


def test_without_any_country_the_export_says_what_to_set(cli: Cli, tmp_path: Path, zoe: None) -> None:
    out = tmp_path / "letters.pdf"
    status, _, err = cli("export", "letters", "--case", CASE, "--signers", "all", "--out", str(out))
    assert status == 1 and "ua-desktop settings set group_country" in err and "Traceback" not in err
    assert not out.exists()
    status, _, err = cli("letter", "render", "--case", CASE, "--signer", "1", "--out", str(out))
    assert status == 1 and "settings set group_country" in err
    # Domestic mail needs no country line: a US group writing to Washington.
    cli("settings", "set", "group_country", "US")
    status, _, _ = cli("export", "letters", "--case", CASE, "--signers", "all", "--out", str(out))
    assert status == 0 and "UNITED STATES" not in text_of(out) and "SWITZERLAND" not in text_of(out)
