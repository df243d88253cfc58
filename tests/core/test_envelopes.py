"""Envelopes read back with pypdf: page size per preset, the address inside the address zone, the return
address top left, the priority mark, rotation for short-edge feeds, and bad sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.envelopes import (
    ENVELOPES,
    PRIORITY_MARK,
    EnvelopeOptions,
    Feed,
    custom_envelope,
    envelope_size,
    parse_envelope,
)
from ua_desktop.core.export.envelopes_job import EnvelopeJob, ReturnAddress, export_envelopes
from ua_desktop.core.export.pdf import MM
from ua_desktop.core.letter.fonts import register_font
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.posting import AddressStyle

GROUP = ["Amnesty-Gruppe Zürich", "Postfach 1234", "8021 Zürich", "SWITZERLAND"]
TOL = 0.01  # mm: PDF coordinates are written with a few decimals
RECIPIENT_WORDS = ("Kristi Noem", "Secretary of Homeland Security", "WASHINGTON", "UNITED STATES")


@pytest.fixture
def case(data_dir: Path) -> Case:
    return CaseLibrary(data_dir / "cases").get("ua-034-25")


def runs(page: PageObject) -> list[tuple[float, float, float, str, bool]]:
    """(x, y, size, text, rotated) of every text run in PDF points; x/y of the baseline start."""
    found = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, size, text.strip(), abs(cm[1]) > 0.5))

    page.extract_text(visitor_text=visit)
    return found


def envelope_coordinates(x: float, y: float, page_height: float) -> tuple[float, float]:
    """Landscape page point -> mm from the envelope's top-left corner."""
    return x / MM, (page_height - y) / MM


@pytest.mark.parametrize("size_id", sorted(ENVELOPES))
def test_recipient_in_the_address_zone_and_sender_top_left(tmp_path: Path, case: Case, size_id: str) -> None:
    size = ENVELOPES[size_id]
    out = tmp_path / f"{size_id}.pdf"
    options = EnvelopeOptions(size, mark=PRIORITY_MARK)
    result = export_envelopes(
        out, EnvelopeJob(case, options, group_lines=GROUP, count=2, style=AddressStyle(sender_country="CH"))
    )
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages == 2
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(size.width * MM, abs=0.5)
    assert float(box.height) == pytest.approx(size.height * MM, abs=0.5)
    font = register_font()
    zone, back = size.address, size.return_address
    recipient_seen = []
    for x, y, font_size, text, _ in runs(reader.pages[0]):
        x_mm, y_mm = envelope_coordinates(x, y, float(box.height))
        right = x_mm + stringWidth(text, font, font_size) / MM
        if text in GROUP:
            assert back.x - TOL <= x_mm and right <= back.right + TOL and back.y <= y_mm <= back.bottom, text
        elif text == PRIORITY_MARK:
            assert x_mm < zone.x and y_mm < zone.y + 10, "the mark belongs under the return address"
        else:
            assert zone.x - TOL <= x_mm and right <= zone.right + TOL, f"{text!r} leaves the zone sideways"
            top = y_mm - font_size * 0.75 / MM
            assert zone.y <= top and y_mm <= zone.bottom, f"{text!r} leaves the zone vertically"
            recipient_seen.append(text)
    joined = " ".join(recipient_seen)
    assert all(word in joined for word in RECIPIENT_WORDS)


def test_us10_keeps_the_barcode_clear_zone_free(tmp_path: Path, case: Case) -> None:
    size = envelope_size("US #10")
    assert size.height - size.address.bottom >= 5 / 8 * 25.4 - 0.01  # USPS: bottom 5/8 in clear
    assert size.width - size.address.right >= 0.5 * 25.4 - 0.01


@pytest.mark.parametrize("feed", [Feed.PORTRAIT, Feed.CENTRE, Feed.LEFT])
def test_short_edge_feeds_rotate_the_envelope(tmp_path: Path, case: Case, feed: Feed) -> None:
    out = tmp_path / "portrait.pdf"
    options = EnvelopeOptions(envelope_size("DL"), feed=feed, carrier=(210.0, 297.0))
    export_envelopes(out, EnvelopeJob(case, options, group_lines=GROUP, style=AddressStyle("CH")))
    page = PdfReader(out).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    if feed is Feed.PORTRAIT:
        assert (width, height) == pytest.approx((110 * MM, 220 * MM), abs=0.5)
    else:
        assert (width, height) == pytest.approx((210 * MM, 297 * MM), abs=0.5)
    found = runs(page)
    assert found and all(rotated for *_, rotated in found)
    assert "Kristi Noem" in page.extract_text()
    zone = options.size.address
    offset = (210 - 110) / 2 if feed is Feed.CENTRE else 0.0
    for x, y, _size, _text, _ in found:
        # Turned clockwise: envelope (ex, ey) from its top-left lands at page x = offset + 110 - ey, y = ex.
        ex, ey = (height - y) / MM, offset + 110 - x / MM
        if _text not in GROUP:
            assert zone.x - 0.1 <= ex <= zone.right and zone.y <= ey <= zone.bottom + 0.1


def test_signer_return_addresses_follow_the_run(tmp_path: Path, case: Case) -> None:
    signers = [
        LetterSigner(
            "Ελένη",
            "Παπαδοπούλου",
            street=("Οδός Ερμού 10",),
            postal_code="105 63",
            city="Αθήνα",
            country="GR",
        ),
        LetterSigner(
            "Дмитрий", "Иванов", street=("ул. Ленина 1",), postal_code="101000", city="Москва", country="RU"
        ),
    ]
    out = tmp_path / "run.pdf"
    result = export_envelopes(
        out,
        EnvelopeJob(
            case, EnvelopeOptions(envelope_size("C5")), signers=signers, return_address=ReturnAddress.SIGNER
        ),
    )
    reader = PdfReader(out)
    assert result.pages == 2
    assert "Παπαδοπούλου" in reader.pages[0].extract_text()
    assert "Иванов" in reader.pages[1].extract_text()


def test_no_return_address_and_a_signer_without_address(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "plain.pdf"
    export_envelopes(
        out,
        EnvelopeJob(
            case,
            EnvelopeOptions(envelope_size("C6"), return_address=False),
            return_address=ReturnAddress.NONE,
        ),
    )
    assert "Zürich" not in PdfReader(out).pages[0].extract_text()
    with pytest.raises(UserError, match="no postal address"):
        export_envelopes(
            tmp_path / "x.pdf",
            EnvelopeJob(
                case,
                EnvelopeOptions(envelope_size("DL")),
                signers=[LetterSigner("Anna", "Ohne")],
                return_address=ReturnAddress.SIGNER,
            ),
        )
    assert not (tmp_path / "x.pdf").exists()


def test_sizes_by_name_and_custom_sizes() -> None:
    assert envelope_size("c6/5").width == 229 and envelope_size("C65").height == 114
    assert envelope_size("#10").width == pytest.approx(241.3)
    custom = parse_envelope("235x120")
    assert (custom.width, custom.height) == (235, 120)
    assert parse_envelope("120x235").width == 235
    with pytest.raises(UserError, match="Known sizes"):
        envelope_size("B4")
    with pytest.raises(UserError, match="too small"):
        custom_envelope(90, 60)
    with pytest.raises(UserError, match="WIDTHxHEIGHT"):
        parse_envelope("widexhigh")


def test_address_too_long_for_the_zone_is_refused(tmp_path: Path, case: Case) -> None:
    import dataclasses

    long_case = dataclasses.replace(
        case,
        recipients=(dataclasses.replace(case.recipients[0], street=tuple(f"Line {i}" for i in range(14))),),
    )
    with pytest.raises(UserError, match="does not fit the C6 envelope"):
        export_envelopes(
            tmp_path / "x.pdf",
            EnvelopeJob(long_case, EnvelopeOptions(envelope_size("C6")), return_address=ReturnAddress.NONE),
        )


WELSH = LetterSigner(
    "Gwen",
    "Jones",
    street=("1 Holyhead Road",),
    postal_code="LL61 5UJ",
    city="Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
    country="GB",
)


def test_a_long_place_name_in_the_return_address_is_shortened_not_refused(tmp_path: Path, case: Case) -> None:
    """Issue 17: envelopes fit addresses as labels do (wrap, shrink, abbreviate) and print everything."""
    many_lines = LetterSigner(
        "Max",
        "Lines",
        street=tuple(f"Building {i}, Staircase {i}" for i in range(12)),
        postal_code="8001",
        city="Zürich",
        country="CH",
    )
    signers = [
        WELSH,
        many_lines,
        LetterSigner("Anna", "Muster", street=("Gasse 1",), postal_code="8001", city="Zürich", country="CH"),
    ]
    out = tmp_path / "long.pdf"
    size = envelope_size("C6")
    result = export_envelopes(
        out,
        EnvelopeJob(
            case,
            EnvelopeOptions(size),
            signers=signers,
            return_address=ReturnAddress.SIGNER,
            style=AddressStyle(sender_country="CH"),
        ),
    )
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) == len(signers) * len(case.recipients)
    font = register_font()
    back, zone = size.return_address, size.address
    for page in reader.pages:
        for x, y, font_size, text, _ in runs(page):
            x_mm, y_mm = envelope_coordinates(x, y, float(page.mediabox.height))
            right = x_mm + stringWidth(text, font, font_size) / MM
            top = y_mm - font_size * 0.75 / MM
            in_back = (
                back.x - TOL <= x_mm
                and right <= back.right + TOL
                and back.y - TOL <= top
                and y_mm <= back.bottom
            )
            in_zone = (
                zone.x - TOL <= x_mm
                and right <= zone.right + TOL
                and zone.y - TOL <= top
                and y_mm <= zone.bottom
            )
            assert in_back or in_zone, f"{text!r} leaves its zone"
    texts = [page.extract_text() for page in reader.pages]
    welsh, lines, anna = texts[0], texts[1], texts[2]
    assert "Gwen Jones" in welsh and "LLANFAIRPWLLGWYNGYLL" in welsh and "…" in welsh and "LL61 5UJ" in welsh
    assert "Building" not in lines and "Kristi Noem" in lines  # the corner left blank, the recipient printed
    assert "Anna Muster" in anna and "…" not in anna
    notices = [str(notice) for notice in result.notices]
    assert len(notices) == 2
    assert "Gwen Jones" in notices[0] and "is shortened to fit its corner (LLANFAIRPWLLGWYNGYLL" in notices[0]
    assert "Max Lines" in notices[1] and "the corner is left blank: write it by hand" in notices[1]


def test_a_recipient_that_cannot_be_made_legible_leaves_its_zone_blank(tmp_path: Path, case: Case) -> None:
    """One recipient too long for the zone no longer stops the others' envelopes: its zone is left blank."""
    import dataclasses

    official = case.recipients[0]
    long_one = dataclasses.replace(
        official, name="Second Official", street=tuple(f"Line {i}" for i in range(14))
    )
    two = dataclasses.replace(case, recipients=(official, long_one))
    out = tmp_path / "two.pdf"
    result = export_envelopes(
        out,
        EnvelopeJob(
            two, EnvelopeOptions(envelope_size("C6")), group_lines=GROUP, count=1, style=AddressStyle("CH")
        ),
    )
    texts = [page.extract_text() for page in PdfReader(out).pages]
    assert result.pages == len(texts) == 2
    assert "Kristi Noem" in texts[0] and "Zürich" in texts[0]
    assert "Line 13" not in texts[1] and "Second Official" not in texts[1] and "Zürich" in texts[1]
    assert [str(notice) for notice in result.notices] == [
        f"The address on the envelope for {long_one.display_name} does not fit the C6 envelope's address "
        "zone even at the smallest readable size, so the zone is left blank: write it by hand or choose a "
        "larger envelope."
    ]
