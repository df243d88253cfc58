"""`ua-desktop export …`, `labels …` and `calibrate` through the CLI entry point (the scripts' code path)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from .cli_types import Cli

CASE = "ua-034-25"


def write_group_settings(data_dir: Path) -> None:
    (data_dir / "config").mkdir(parents=True, exist_ok=True)
    settings = {
        "group_name": "Amnesty-Gruppe Zürich",
        "group_return_address": ["Postfach 1234", "8021 Zürich"],
        "group_country": "CH",
        "group_city": "Zürich",
    }
    (data_dir / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")


def test_labels_list_names_every_shipped_sheet(cli: Cli) -> None:
    status, out, _ = cli("labels", "list")
    assert status == 0
    ids = {line.split("\t")[0] for line in out.splitlines()}
    assert {"L7160", "L7161", "L7162", "L7163", "L7159", "3422", "3474", "3475", "3490"} <= ids
    assert {"5160", "5161", "5162", "5163"} <= ids


def test_export_labels_remembers_used_positions(tmp_path: Path, cli: Cli) -> None:
    first = tmp_path / "first.pdf"
    status, out, _ = cli(
        "export", "labels", "--case", CASE, "--sheet", "L7160", "--count", "5", "--out", str(first)
    )
    assert status == 0 and "starting at label 1" in out
    assert "Kristi Noem" in PdfReader(first).pages[0].extract_text()
    status, out, _ = cli(
        "export",
        "labels",
        "--case",
        CASE,
        "--sheet",
        "L7160",
        "--count",
        "2",
        "--out",
        str(tmp_path / "second.pdf"),
    )
    assert status == 0 and "starting at label 6" in out
    status, out, _ = cli("labels", "used", "--sheet", "L7160")
    assert "1, 2, 3, 4, 5, 6, 7" in out and "starts at label 8" in out
    status, out, _ = cli(
        "export",
        "labels",
        "--case",
        CASE,
        "--sheet",
        "L7160",
        "--start",
        "20",
        "--count",
        "3",
        "--out",
        str(tmp_path / "third.pdf"),
    )
    assert status == 0 and "on 2 L7160 sheet(s)" in out
    cli("labels", "used", "--sheet", "L7160", "--clear")
    assert "none (fresh sheet)" in cli("labels", "used", "--sheet", "L7160")[1]


def test_start_position_beyond_the_sheet(tmp_path: Path, cli: Cli) -> None:
    status, _, err = cli(
        "export",
        "labels",
        "--case",
        CASE,
        "--sheet",
        "5160",
        "--start",
        "31",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert status == 1 and "Start position 31" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_sheet_and_case(tmp_path: Path, cli: Cli) -> None:
    status, _, err = cli("export", "labels", "--case", CASE, "--sheet", "L0000", "--out", "x.pdf")
    assert status == 1 and "Unknown label sheet" in err
    status, _, err = cli("export", "envelopes", "--case", "nope", "--size", "DL", "--out", "x.pdf")
    assert status == 1


def test_group_return_address_labels(tmp_path: Path, data_dir: Path, cli: Cli) -> None:
    write_group_settings(data_dir)
    out = tmp_path / "return.pdf"
    status, _, _ = cli(
        "export",
        "labels",
        "--case",
        CASE,
        "--sheet",
        "3474",
        "--return-address",
        "--count",
        "24",
        "--out",
        str(out),
    )
    assert status == 0
    text = PdfReader(out).pages[0].extract_text()
    assert text.count("Amnesty-Gruppe Zürich") == 24


def test_export_letters_blank_and_per_signer_folder(tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "blank.pdf"
    status, stdout, _ = cli(
        "export",
        "letters",
        "--case",
        CASE,
        "--blank",
        "3",
        "--paper",
        "a4",
        "--pad-duplex",
        "--out",
        str(out),
    )
    assert status == 0 and "3 letter(s)" in stdout
    reader = PdfReader(out)
    assert len(reader.pages) % 2 == 0 and float(reader.pages[0].mediabox.height) == pytest.approx(
        841.9, abs=1
    )
    folder = tmp_path / "letters"
    status, stdout, _ = cli(
        "export",
        "letters",
        "--case",
        CASE,
        "--blank",
        "2",
        "--paper",
        "letter",
        "--per-signer-folder",
        str(folder),
    )
    assert status == 0 and len(list(folder.glob("*.pdf"))) == 2


def test_letters_without_signers_is_a_clear_error(tmp_path: Path, cli: Cli) -> None:
    status, _, err = cli("export", "letters", "--case", CASE, "--out", str(tmp_path / "x.pdf"))
    assert status == 1 and "No signers selected" in err
    status, _, err = cli("export", "letters", "--case", CASE, "--signers", "1,x", "--out", "x.pdf")
    assert status == 1 and "roster ids" in err


def test_output_folder_not_writable(tmp_path: Path, cli: Cli) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    status, _, err = cli(
        "export", "letters", "--case", CASE, "--blank", "1", "--out", str(blocker / "letters.pdf")
    )
    assert status == 1 and "Cannot write" in err and "Traceback" not in err


def test_export_envelopes(tmp_path: Path, data_dir: Path, cli: Cli) -> None:
    write_group_settings(data_dir)
    for size, width_pt in (("DL", 220), ("C5", 229), ("US10", 241.3), ("C6/5", 229), ("235x120", 235)):
        out = tmp_path / "env.pdf"
        status, _, err = cli(
            "export",
            "envelopes",
            "--case",
            CASE,
            "--size",
            size,
            "--priority",
            "--usps-style",
            "--out",
            str(out),
        )
        assert status == 0, err
        page = PdfReader(out).pages[0]
        assert float(page.mediabox.width) == pytest.approx(width_pt * 72 / 25.4, abs=0.5)
        text = page.extract_text()
        assert "WASHINGTON DC 20528" in text and "UNITED STATES" in text and "Par avion" in text
        assert "Amnesty-Gruppe Zürich" in text


def test_envelopes_on_a_fresh_install_go_out_without_a_sender(tmp_path: Path, cli: Cli) -> None:
    envelopes = ("export", "envelopes", "--case", CASE, "--size", "DL")
    out = tmp_path / "env.pdf"
    status, _, err = cli(*envelopes, "--out", str(out))
    assert status == 0, err
    assert "no group return address is set, so the envelopes carry no sender" in err
    assert "settings set group_return_address" in err and "Traceback" not in err
    pages = PdfReader(out).pages
    assert len(pages) == 1 and "Kristi Noem" in pages[0].extract_text()
    chosen = tmp_path / "none.pdf"
    status, _, err = cli(*envelopes, "--return-address", "none", "--out", str(chosen))
    assert status == 0 and err == ""  # asked for: no note
    assert PdfReader(chosen).pages[0].extract_text() == pages[0].extract_text()
    status, _, err = cli(*envelopes, "--return-address", "group", "--out", str(tmp_path / "g.pdf"))
    assert status == 1 and "return address is empty" in err  # asked for the group's: says what is missing


def test_calibration_page_and_calibrate(tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "calibration.pdf"
    assert cli("export", "calibration", "--paper", "letter", "--out", str(out))[0] == 0
    assert "Printer calibration" in PdfReader(out).pages[0].extract_text()
    status, stdout, _ = cli("calibrate", "--printer", "Office", "21", "101", "19", "99")
    assert status == 0 and "scale x 1.0100" in stdout
    status, _, err = cli("calibrate", "--printer", "Office", "21", "101")
    assert status == 1 and "four measurements" in err
    check = tmp_path / "check.pdf"
    assert cli("export", "calibration", "--printer", "Office", "--out", str(check))[0] == 0
    assert "Check page" in PdfReader(check).pages[0].extract_text()
    status, _, _ = cli(
        "labels",
        "test-page",
        "--sheet",
        "L7163",
        "--printer",
        "Office",
        "--out",
        str(tmp_path / "t.pdf"),
    )
    assert status == 0


def test_roster_signers_by_id_and_tag(tmp_path: Path, data_dir: Path, cli: Cli) -> None:
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.core.roster import records
    from ua_desktop.core.roster.signer import Signer
    from ua_desktop.core.roster.store import RosterStore

    paths = resolve_paths(data_dir).ensure()
    with RosterStore.open(paths) as store:
        anna = records.add_signer(
            store,
            Signer(
                first_name="Anna",
                last_name="Muster",
                street=("Gasse 1",),
                postal_code="8001",
                city="Zürich",
                country="CH",
                tags=("choir",),
            ),
        )
        records.add_signer(
            store,
            Signer(
                first_name="Дмитрий",
                last_name="Иванов",
                street=("ул. Ленина 1",),
                postal_code="101000",
                city="Москва",
                country="RU",
            ),
        )
    out = tmp_path / "all.pdf"
    status, stdout, err = cli("export", "letters", "--case", CASE, "--signers", "all", "--out", str(out))
    assert status == 0, err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Anna Muster" in text and "Иванов" in text
    status, stdout, _ = cli(
        "export",
        "labels",
        "--case",
        CASE,
        "--sheet",
        "L7160",
        "--tag",
        "choir",
        "--return-address",
        "--out",
        str(tmp_path / "tag.pdf"),
    )
    assert status == 0 and "1 label(s)" in stdout
    status, _, err = cli(
        "export",
        "letters",
        "--case",
        CASE,
        "--signers",
        f"{anna.id},999",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert status == 1 and "999" in err
    status, _, err = cli("export", "letters", "--case", CASE, "--tag", "nobody", "--out", "x.pdf")
    assert status == 1 and "No signers selected" in err


def test_long_place_names_print_every_label_and_envelope(tmp_path: Path, data_dir: Path, cli: Cli) -> None:
    """Issue 17: two real place names refused the whole job; now all is printed, the changed listed."""
    from ua_desktop.core.paths import resolve_paths
    from ua_desktop.core.roster import records
    from ua_desktop.core.roster.signer import Signer
    from ua_desktop.core.roster.store import RosterStore

    write_group_settings(data_dir)
    with RosterStore.open(resolve_paths(data_dir).ensure()) as store:
        for first, last, street, postcode, city, country in (
            ("Anna", "Muster", "Gasse 1", "8001", "Zürich", "CH"),
            (
                "Gwen",
                "Jones",
                "1 Holyhead Road",
                "LL61 5UJ",
                "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
                "GB",
            ),
            (
                "Aroha",
                "Ngata",
                "1 State Highway 52",
                "4273",
                "Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu",
                "NZ",
            ),
        ):
            records.add_signer(
                store,
                Signer(
                    first_name=first,
                    last_name=last,
                    street=(street,),
                    postal_code=postcode,
                    city=city,
                    country=country,
                ),
            )
    out = tmp_path / "labels.pdf"
    status, stdout, err = cli(
        "export",
        "labels",
        "--case",
        CASE,
        "--sheet",
        "L7160",
        "--per-signer",
        "--return-address",
        "--out",
        str(out),
    )
    assert status == 0, err
    assert "(3 label(s)" in stdout and "nothing was printed" not in err
    warnings = [line for line in err.splitlines() if "is shortened to fit a L7160 label" in line]
    assert len(warnings) == 2
    assert "Gwen Jones" in warnings[0] + warnings[1] and "Aroha Ngata" in warnings[0] + warnings[1]
    text = PdfReader(out).pages[0].extract_text()
    assert "Anna Muster" in text and "Gwen Jones" in text and "Aroha Ngata" in text and "4273" in text
    envelopes = tmp_path / "envelopes.pdf"
    status, stdout, err = cli(
        "export", "envelopes", "--case", CASE, "--size", "C6", "--per-signer", "--out", str(envelopes)
    )
    assert status == 0, err
    assert "3 C6 envelope(s)" in stdout
    assert len([line for line in err.splitlines() if "return address on the envelope" in line]) == 2
