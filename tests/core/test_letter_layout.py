"""The letter layout read back from the PDF: address positions per preset, fonts, escaping, long letters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from ua_desktop.core.calibration import MM, Calibration
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case, Recipient, RecipientRole
from ua_desktop.core.letter.fonts import LetterFont, missing_characters, register_font
from ua_desktop.core.letter.layout import (
    LetterPdfWriter,
    PdfMetadata,
    address_field_rect,
    letter_pdf_bytes,
    wrap_text,
)
from ua_desktop.core.letter.page_setup import AddressPreset, PageSetup, Paper
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.letter.templates import LetterRenderer
from ua_desktop.core.paths import resolve_paths

DAY = dt.date(2026, 11, 28)


def bundled_case() -> Case:
    return CaseLibrary(resolve_paths().ensure().cases_dir).get("ua-034-25")


@dataclass(frozen=True)
class PlacedText:
    page: int
    x_mm: float  # from the left edge
    y_mm: float  # baseline, from the top edge
    text: str


def placed_text(pdf: bytes) -> list[PlacedText]:
    """Every text run of the PDF with its position in mm from the top-left corner."""
    reader = PdfReader(io.BytesIO(pdf))
    found: list[PlacedText] = []
    for number, page in enumerate(reader.pages, start=1):
        height = float(page.mediabox.height)

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            *_: object,
            number: int = number,
            height: float = height,
        ) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append(PlacedText(number, x / MM, (height - y) / MM, text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def find_text(pdf: bytes, text: str) -> PlacedText:
    for item in placed_text(pdf):
        if item.text == text:
            return item
    raise AssertionError(f"{text!r} not in {[t.text for t in placed_text(pdf)]}")


def render(signer: LetterSigner | None = None, template: str | None = None, case: Case | None = None):
    case = case or bundled_case()
    renderer = LetterRenderer(case, template)
    return renderer.render(signer or LetterSigner.sample(), case.primary_recipients[0], DAY)


def setup_for(preset: AddressPreset) -> PageSetup:
    paper = Paper.LETTER if preset is AddressPreset.US_10 else Paper.A4
    return PageSetup(paper=paper, preset=preset)


@pytest.mark.parametrize("preset", list(AddressPreset))
def test_address_block_lies_in_the_window_field(preset: AddressPreset) -> None:
    setup = setup_for(preset)
    letter = render()
    pdf = letter_pdf_bytes(letter, setup)
    x, y, w, h = address_field_rect(setup)
    inset = setup.geometry.text_inset
    placed = {t.text: t for t in placed_text(pdf)}
    lines = [placed[line] for line in letter.recipient_lines]
    assert [t.text for t in lines] == [
        "The Honorable Kristi Noem",
        "Secretary of Homeland Security",
        "U.S. Department of Homeland Security",
        "2707 Martin Luther King Jr. Avenue, SE",
        "WASHINGTON, DC 20528",
        "UNITED STATES",
    ]
    for line in lines:
        assert line.page == 1
        assert line.x_mm == pytest.approx(x + inset, abs=0.05)
        assert y + 2.5 < line.y_mm < y + h - 0.5, (line, (x, y, w, h))
    # the lines are in order, evenly spaced, top line in the address zone below the endorsement zone
    gaps = {round(b.y_mm - a.y_mm, 2) for a, b in itertools.pairwise(lines)}
    assert len(gaps) == 1
    assert lines[0].y_mm > y + setup.geometry.endorsement_zone


def test_preset_figures_follow_the_standards() -> None:
    din_b = address_field_rect(PageSetup(preset=AddressPreset.DIN_B))
    din_a = address_field_rect(PageSetup(preset=AddressPreset.DIN_A))
    assert din_b == (20.0, 45.0, 85.0, 45.0) and din_a == (20.0, 27.0, 85.0, 45.0)
    assert PageSetup(preset=AddressPreset.DIN_B).geometry.fold_marks == (105.0, 210.0)
    assert PageSetup(preset=AddressPreset.DIN_A).geometry.fold_marks == (87.0, 192.0)
    assert PageSetup().hole_mark_mm == 148.5
    us = address_field_rect(setup_for(AddressPreset.US_10))
    assert us == pytest.approx((19.05, 53.975, 101.6, 25.4))
    ch_x, ch_y, ch_w, ch_h = address_field_rect(PageSetup(preset=AddressPreset.CH_RIGHT))
    # inside the window an A4 sheet folded in thirds shows through a C6/5 right window (108-208, 40-85 mm)
    assert ch_x >= 108 and ch_x + ch_w <= 208 and ch_y >= 40 and ch_y + ch_h <= 85.5


def test_page_size_return_line_sender_and_date() -> None:
    letter = render()
    pdf = letter_pdf_bytes(letter, PageSetup(preset=AddressPreset.DIN_B))
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (float(box.width) / MM, float(box.height) / MM) == pytest.approx((210, 297), abs=0.01)
    us_pdf = letter_pdf_bytes(letter, setup_for(AddressPreset.US_10))
    us_box = PdfReader(io.BytesIO(us_pdf)).pages[0].mediabox
    assert (float(us_box.width), float(us_box.height)) == pytest.approx((612, 792), abs=0.01)
    ret = find_text(pdf, "Anna Muster, Bahnhofstrasse 12, 8001 Zürich, SWITZERLAND")
    assert 45 < ret.y_mm < 45 + 17.7  # the return line sits in the endorsement zone
    sender = find_text(pdf, "Bahnhofstrasse 12")
    assert sender.x_mm == pytest.approx(125, abs=0.05)  # DIN 5008 information block
    date = find_text(pdf, "Zürich, 28 November 2026")
    assert date.y_mm > 90
    ch = letter_pdf_bytes(letter, PageSetup(preset=AddressPreset.CH_RIGHT))
    assert find_text(ch, "Bahnhofstrasse 12").x_mm == pytest.approx(25, abs=0.05)  # sender on the left


def test_pdf_asks_not_to_be_scaled_and_embeds_a_font_subset() -> None:
    buffer = io.BytesIO()
    writer = LetterPdfWriter(buffer, PageSetup(), PdfMetadata(title="UA 034/25 letter"))
    writer.add_letter(render())
    writer.close()
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    assert reader.metadata is not None and reader.metadata.title == "UA 034/25 letter"
    assert reader.metadata.author == "UA Desktop"  # never the signer's name
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert "+" in str(font["/BaseFont"])  # subset prefix, e.g. /AAAAAA+UaNotoSerif
        descriptor = (
            font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/DescendantFonts" in font
            else font["/FontDescriptor"]
        )
        assert "/FontFile2" in descriptor.get_object()  # TrueType embedded


@pytest.mark.parametrize("name", ["Tom <b> & Jerry", '<img src="/etc/hostname">', "0.1 <A <0.9"])
def test_markup_in_names_prints_as_written(name: str) -> None:
    signer = dataclasses.replace(LetterSigner.sample(), first_name=name, last_name="")
    letter = render(signer, template="Dear {{ signer.first_name }}, written by {{ signer.full_name }}.")
    pdf = letter_pdf_bytes(letter, PageSetup())
    texts = [t.text for t in placed_text(pdf)]
    assert name in texts  # the sender block and the printed name
    assert f"Dear {name}, written by {name}." in texts


def test_multilingual_names_are_covered_and_extracted() -> None:
    for name in ("Łukasz Żółć", "Ελένη Παπαδοπούλου", "Дмитрий Иванов", "Nguyễn Thị Minh"):
        assert missing_characters(name) == []
        first, last = name.split(" ", 1)
        letter = render(dataclasses.replace(LetterSigner.sample(), first_name=first, last_name=last))
        assert name in [t.text for t in placed_text(letter_pdf_bytes(letter, PageSetup()))]


def test_emoji_and_right_to_left_text_are_reported_not_dropped() -> None:
    signer = dataclasses.replace(LetterSigner.sample(), first_name="Dana 😀", last_name="שלום")
    letter = render(signer)
    buffer = io.BytesIO()
    writer = LetterPdfWriter(buffer, PageSetup())
    assert writer.add_letter(letter) == 1
    writer.close()
    assert "😀" in writer.missing_characters and "ש" in writer.missing_characters
    texts = [t.text for t in placed_text(buffer.getvalue())]
    assert "Dana \ufffd \ufffd\ufffd\ufffd\ufffd" in texts  # shown as �, never silently dropped
    assert missing_characters("A\n\tb\u200d") == []  # control and joiner characters are not printed
    assert missing_characters("ok", LetterFont.SANS) == []


def test_twenty_page_letter_has_page_numbers_and_sender_name_on_later_pages() -> None:
    paragraph = "This paragraph is long enough to fill a few lines of the letter. " * 12
    template = "\n\n".join(f"{n}. {paragraph}" for n in range(1, 96))
    letter = render(template=template)
    pdf = letter_pdf_bytes(letter, PageSetup())
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert 19 <= pages <= 24
    placed = placed_text(pdf)
    labels = [t for t in placed if t.text.startswith("Page ")]
    assert [t.text for t in labels] == [f"Page {n} of {pages}" for n in range(1, pages + 1)]
    headers = [t.page for t in placed if t.text == "Anna Muster" and t.y_mm < 30]
    assert headers == list(range(2, pages + 1))
    last = [t.text for t in placed if t.page == pages]
    assert "Yours sincerely," in last and "Anna Muster" in last
    label_texts = {t.text for t in labels}
    body = [t for t in placed if t.text not in label_texts]
    assert all(20 <= t.y_mm <= 297 - 20 for t in body)  # text stays inside the margins
    assert all(297 - 20 < t.y_mm < 297 for t in labels)  # page numbers in the bottom margin


def test_blank_signer_gets_ruled_lines_and_no_name() -> None:
    letter = render(LetterSigner())
    assert letter.sender_blank and letter.sender_lines == [] and letter.signer_name == ""
    pdf = letter_pdf_bytes(letter, PageSetup())
    texts = [t.text for t in placed_text(pdf)]
    assert "Anna Muster" not in texts and "28 November 2026" in texts
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    assert content.count(" l S") + content.count(" l\nS") >= 5  # four sender lines and the name line


def test_empty_name_with_address_is_treated_as_blank() -> None:
    signer = dataclasses.replace(LetterSigner.sample(), first_name="", last_name="")
    letter = render(signer)
    assert letter.sender_blank
    assert letter_pdf_bytes(letter, PageSetup()).startswith(b"%PDF")


def test_line_breaks_survive_and_long_words_are_split() -> None:
    letter = render(template="First line\nsecond line\n\nNext paragraph " + "x" * 300)
    pdf = letter_pdf_bytes(letter, PageSetup())
    first, second = find_text(pdf, "First line"), find_text(pdf, "second line")
    assert second.y_mm > first.y_mm and second.x_mm == first.x_mm
    lines = wrap_text("a " + "x" * 300, "UaNotoSerif", 11, 160)
    assert lines[0] == "a" and "".join(lines[1:]) == "x" * 300


def test_letters_start_on_new_sheets_padding_and_calibration() -> None:
    buffer = io.BytesIO()
    writer = LetterPdfWriter(buffer, PageSetup(), calibration=Calibration(offset_x_mm=2.0))
    assert writer.add_letter(render(), pad_to_even=True) == 2
    assert writer.add_letter(render(LetterSigner())) == 1
    writer.close()
    assert writer.pages == 3
    placed = placed_text(buffer.getvalue())
    assert [t.page for t in placed if t.text == "The Honorable Kristi Noem"] == [1, 3]
    moved = find_text(buffer.getvalue(), "The Honorable Kristi Noem")
    assert moved.x_mm == pytest.approx(25 - 2.0, abs=0.05)  # the printer's +2 mm offset is undone


def test_copy_recipients_are_listed() -> None:
    case = bundled_case()
    copy = Recipient(name="Ambassador X", role=RecipientRole.COPY, title="Ambassador", organisation="Embassy")
    case = dataclasses.replace(case, recipients=(*case.recipients, copy))
    letter = render(case=case)
    assert letter.copy_to_lines == ["Ambassador X, Ambassador, Embassy"]
    texts = [t.text for t in placed_text(letter_pdf_bytes(letter, PageSetup()))]
    assert "Copy to:" in texts and "Ambassador X, Ambassador, Embassy" in texts


LONG_WELSH_TOWN = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch Gorllewin Ynys Môn"


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_a_long_town_wraps_the_date_line_and_keeps_the_date_whole(paper: Paper) -> None:
    setup = PageSetup(paper=paper)
    letter = render(dataclasses.replace(LetterSigner.sample(), city=LONG_WELSH_TOWN))
    assert letter.place_date_line == f"{LONG_WELSH_TOWN}, 28 November 2026"
    pdf = letter_pdf_bytes(letter, setup)
    width, _height = setup.page_size_mm
    date = find_text(pdf, "28 November 2026")  # on a line of its own, whole
    placed = placed_text(pdf)
    town_lines = [t for t in placed if t.y_mm < date.y_mm and t.y_mm > date.y_mm - 30 and "Ynys" in t.text]
    assert town_lines, [t.text for t in placed]
    for line in [*town_lines, date]:
        right_end = line.x_mm + stringWidth(line.text, register_font(setup.font), setup.font_size_pt) / MM
        assert line.x_mm >= setup.margin_left_mm - 0.1
        assert right_end <= width - setup.margin_right_mm + 0.1  # nothing runs off the page
    assert "".join(t.text for t in placed if "Llanfair" in t.text or "Ynys" in t.text).startswith("Llanfair")


def test_a_date_line_that_fits_stays_one_line() -> None:
    letter = render()
    pdf = letter_pdf_bytes(letter, PageSetup())
    assert find_text(pdf, letter.place_date_line).text.endswith("28 November 2026")
