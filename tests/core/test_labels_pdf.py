"""Label PDFs read back with pypdf: pages, size, text, and every label's text inside its label."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase.pdfmetrics import stringWidth

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.model import Case
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.labels_job import AddressSource, LabelJob, export_labels, export_test_page
from ua_desktop.core.export.pdf import MM
from ua_desktop.core.labels.catalogue import LabelSheet, load_bundled_sheets
from ua_desktop.core.labels.drawing import LabelsDoNotFitError
from ua_desktop.core.labels.geometry import label_rects
from ua_desktop.core.letter.fonts import register_font
from ua_desktop.core.letter.signer import LetterSigner
from ua_desktop.core.posting import AddressStyle

SHEETS = {sheet.id: sheet for sheet in load_bundled_sheets()}
SIGNERS = [
    LetterSigner(
        first_name="Łukasz",
        last_name="Żółkiewski",
        street=("ul. Długa 5",),
        postal_code="00-238",
        city="Warszawa",
        country="PL",
    ),
    LetterSigner(
        first_name="Ελένη",
        last_name="Παπαδοπούλου",
        street=("Οδός Ερμού 10",),
        postal_code="105 63",
        city="Αθήνα",
        country="GR",
    ),
    LetterSigner(
        first_name="Дмитрий",
        last_name="Иванов",
        street=("ул. Ленина 1",),
        postal_code="101000",
        city="Москва",
        country="RU",
    ),
    LetterSigner(
        first_name="Zoë",
        last_name="Müller 😀",
        street=("Bahnhofstrasse 1",),
        postal_code="8001",
        city="Zürich",
        country="CH",
    ),
]


@pytest.fixture
def case(data_dir: Path) -> Case:
    return CaseLibrary(data_dir / "cases").get("ua-034-25")


def text_runs(page: PageObject) -> list[tuple[float, float, float, str]]:
    """(x, y, font size, text) of every text run on page, in PDF points (origin bottom-left)."""
    runs: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[0] * cm[0]) or 1.0
        runs.append((x, y, size * scale, text.strip()))

    page.extract_text(visitor_text=visit)
    return runs


def stroked_boxes(page: PageObject) -> list[tuple[float, float, float, float]]:
    """The bounding box (x0, y0, x1, y1 in points) of every path the page strokes, read from its operators.

    A rounded outline is four lines and four Bézier curves whose control points lie on the rectangle's
    edges, so the box of all its points is the rectangle itself; a square one is a single `re`.
    """
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    saved: list[list[float]] = []
    points: list[tuple[float, float]] = []
    boxes: list[tuple[float, float, float, float]] = []

    def to_page(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = ctm
        return (a * x + c * y + e, b * x + d * y + f)

    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        values = [float(v) for v in operands if isinstance(v, (int, float))]
        if operator == b"q":
            saved.append(list(ctm))
        elif operator == b"Q":
            ctm = saved.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = values
            A, B, C, D, E, F = ctm
            ctm = [
                a * A + b * C,
                a * B + b * D,
                c * A + d * C,
                c * B + d * D,
                e * A + f * C + E,
                e * B + f * D + F,
            ]
        elif operator in (b"m", b"l", b"c", b"v", b"y"):
            points.extend(to_page(x, y) for x, y in zip(values[::2], values[1::2], strict=True))
        elif operator == b"re":
            x, y, w, h = values
            points.extend(to_page(px, py) for px, py in ((x, y), (x + w, y + h)))
        elif operator in (b"S", b"s", b"B", b"B*", b"b", b"b*"):
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
            points = []
        elif operator in (b"f", b"f*", b"F", b"n"):
            points = []
    return boxes


def assert_text_inside_labels(reader: PdfReader, sheet: LabelSheet, expected_labels: int) -> None:
    """Every run's baseline start and end lie inside one label rectangle; count the labels used."""
    rects = label_rects(sheet)
    used = 0
    for page in reader.pages:
        height = float(page.mediabox.height)
        boxes_with_text: set[int] = set()
        for x, y, size, text in text_runs(page):
            width = stringWidth(text, register_font(), size)
            x_mm, y_mm = x / MM, (height - y) / MM
            hits = [
                i
                for i, r in enumerate(rects)
                if r.x <= x_mm
                and x_mm + min(width / MM, r.width) <= r.right + 0.01
                and r.y <= y_mm <= r.bottom
            ]
            assert hits, f"text {text!r} at {x_mm:.1f}, {y_mm:.1f} mm is outside every label"
            assert y_mm - size * 0.75 / MM >= rects[hits[0]].y, f"{text!r} sticks out of its label's top"
            boxes_with_text.add(hits[0])
        used += len(boxes_with_text)
    assert used == expected_labels


@pytest.mark.parametrize("sheet_id", sorted(SHEETS))
def test_recipient_labels_on_every_sheet(tmp_path: Path, case: Case, sheet_id: str) -> None:
    sheet = SHEETS[sheet_id]
    out = tmp_path / f"{sheet_id}.pdf"
    count = sheet.labels_per_sheet + 2
    result = export_labels(out, LabelJob(case, sheet, count=count, style=AddressStyle(sender_country="CH")))
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages == 2
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(sheet.page_width * MM, abs=0.5)
    assert float(box.height) == pytest.approx(sheet.page_height * MM, abs=0.5)
    text = reader.pages[0].extract_text()
    assert "Kristi Noem" in text and "UNITED STATES" in text and "20528" in text
    assert_text_inside_labels(reader, sheet, count)


def test_every_pdf_asks_not_to_be_scaled_and_says_nothing_personal(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "labels.pdf"
    export_labels(
        out, LabelJob(case, SHEETS["L7160"], source=AddressSource.SIGNERS, signers=SIGNERS, count=1)
    )
    reader = PdfReader(out)
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    info = reader.metadata
    assert "UA 034/25" in info.title
    joined = " ".join(str(v) for v in info.values())
    assert "Łukasz" not in joined and "Иванов" not in joined


def test_return_labels_print_cyrillic_greek_and_accents_and_leave_out_emoji(
    tmp_path: Path, case: Case
) -> None:
    out = tmp_path / "return.pdf"
    result = export_labels(
        out,
        LabelJob(
            case,
            SHEETS["L7163"],
            source=AddressSource.SIGNERS,
            signers=SIGNERS,
            count=1,
            style=AddressStyle(sender_country="CH"),
        ),
    )
    text = PdfReader(out).pages[0].extract_text()
    for word in ("Łukasz", "Żółkiewski", "Παπαδοπούλου", "Иванов", "МОСКВА", "Zoë", "Zürich"):
        assert word in text
    assert "😀" not in text
    assert text.count("SWITZERLAND") == 1  # a returned letter crosses the border back: country printed
    assert any("😀" in warning and "Zoë" in warning for warning in map(str, result.notices))
    assert_text_inside_labels(PdfReader(out), SHEETS["L7163"], 4)


def test_one_label_per_letter_follows_the_run_order(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "run.pdf"
    result = export_labels(out, LabelJob(case, SHEETS["5160"], signers=SIGNERS, start=3, used=frozenset({5})))
    assert result.labels == len(SIGNERS) * len(case.recipients)
    assert [p.position for p in result.placements] == [3, 4, 6, 7]
    assert result.used_after == frozenset({1, 2, 3, 4, 5, 6, 7})


def test_an_address_too_long_for_the_label_is_reported_by_name(tmp_path: Path, case: Case) -> None:
    long_signer = LetterSigner(
        first_name="Maximiliane",
        last_name="Long",
        street=tuple(f"Building {i}, Staircase {i}, Floor {i}" for i in range(12)),
        postal_code="8001",
        city="Zürich",
        country="CH",
    )
    out = tmp_path / "long.pdf"
    # Fourteen lines cannot be made legible on a 25 mm label: with nothing else to print, nothing is.
    with pytest.raises(LabelsDoNotFitError, match="Maximiliane Long"):
        export_labels(
            out,
            LabelJob(case, SHEETS["5160"], source=AddressSource.SIGNERS, signers=[long_signer], count=2),
        )
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    # Beside an address that fits, the rest is printed and the long one is left blank at its place, named.
    result = export_labels(
        out,
        LabelJob(
            case, SHEETS["5160"], source=AddressSource.SIGNERS, signers=[SIGNERS[0], long_signer], count=1
        ),
    )
    assert result.labels == 1 and [p.position for p in result.placements] == [1, 2]
    assert [str(n) for n in result.notices if "Maximiliane Long" in str(n)] == [
        "The label for Maximiliane Long is left blank: the address does not fit on a 5160 label even at the "
        "smallest readable size. Write it by hand, shorten the address or choose a sheet with larger labels."
    ]
    text = PdfReader(out).pages[0].extract_text()
    assert "Łukasz" in text and "Maximiliane" not in text and "Staircase" not in text
    assert_text_inside_labels(PdfReader(out), SHEETS["5160"], 1)


LONG_PLACES = [
    LetterSigner(
        first_name="Gwen",
        last_name="Jones",
        street=("1 Holyhead Road",),
        postal_code="LL61 5UJ",
        city="Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch",
        country="GB",
    ),
    LetterSigner(
        first_name="Aroha",
        last_name="Ngata",
        street=("1 State Highway 52",),
        postal_code="4273",
        city="Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu",
        country="NZ",
    ),
]


def assert_text_inside_inner_boxes(reader: PdfReader, sheet: LabelSheet) -> set[int]:
    """Every run, its whole width and height, lies inside one label's printable box; the labels with text."""
    boxes = [rect.inset(sheet.padding) for rect in label_rects(sheet)]
    font = register_font()
    with_text: set[int] = set()
    for number, page in enumerate(reader.pages):
        height = float(page.mediabox.height)
        for x, y, size, text in text_runs(page):
            left, baseline = x / MM, (height - y) / MM
            right = left + stringWidth(text, font, size) / MM
            top, bottom = baseline - size * 0.75 / MM, baseline + size * 0.25 / MM
            inside = [
                i
                for i, b in enumerate(boxes)
                if b.x - 0.01 <= left
                and right <= b.right + 0.01
                and b.y - 0.01 <= top
                and bottom <= b.bottom + 0.01
            ]
            assert inside, (
                f"{text!r} ({left:.1f}-{right:.1f} mm, baseline {baseline:.1f} mm) leaves its label"
            )
            with_text.add(number * sheet.labels_per_sheet + inside[0])
    return with_text


@pytest.mark.parametrize("sheet_id", sorted(SHEETS))
def test_long_place_names_are_fitted_not_refused(tmp_path: Path, case: Case, sheet_id: str) -> None:
    """Issue 17: a Welsh and a Māori place name no longer refuse the job: wrapped, shrunk, abbreviated."""
    sheet = SHEETS[sheet_id]
    out = tmp_path / "long-places.pdf"
    signers = [SIGNERS[0], *LONG_PLACES, SIGNERS[2]]
    result = export_labels(
        out,
        LabelJob(
            case,
            sheet,
            source=AddressSource.SIGNERS,
            signers=signers,
            style=AddressStyle(sender_country="CH"),
        ),
    )
    assert result.labels == len(signers) * len(case.recipients)
    reader = PdfReader(out)
    assert len(assert_text_inside_inner_boxes(reader, sheet)) == result.labels
    text = " ".join(page.extract_text() for page in reader.pages)
    for kept in ("Łukasz", "Иванов", "Gwen Jones", "1 Holyhead Road", "LL61 5UJ", "UNITED KINGDOM"):
        assert kept in text
    for kept in ("Aroha Ngata", "1 State Highway 52", "4273", "NEW ZEALAND"):
        assert kept in text
    assert "LLANFAIRPWLLGWYNGYLL" in text and "TAUMATAWHAKATANGIHANGA" in text
    # The Māori town is far wider than any label: it is cut with an ellipsis and named in a notice.
    assert "TAUMATAWHAKATANGIHANGAKOAUAUOTAMATEATURIPUKAKAPIKIMAUNGAHORONUKUPOKAIWHENUAKITANATAHU" not in text
    notices = [str(notice) for notice in result.notices]
    shortened = [n for n in notices if "is shortened to fit" in n]
    assert any("Aroha Ngata" in n and "TAUMATAWHAKATANGIHANGA" in n and "…" in n for n in shortened)
    cut_welsh = "LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLLLANTYSILIOGOGOGOCH" not in text
    assert cut_welsh == any("Gwen Jones" in n for n in shortened)
    assert not any("Łukasz" in n or "Иванов" in n for n in notices)
    assert not any("left blank" in n for n in notices)


def test_signer_without_address_and_empty_group_address_are_refused(tmp_path: Path, case: Case) -> None:
    with pytest.raises(UserError, match="Nobody Here has no postal address"):
        export_labels(
            tmp_path / "a.pdf",
            LabelJob(
                case,
                SHEETS["L7160"],
                source=AddressSource.SIGNERS,
                signers=[LetterSigner("Nobody", "Here")],
                count=1,
            ),
        )
    with pytest.raises(UserError, match="return address is empty"):
        export_labels(
            tmp_path / "b.pdf", LabelJob(case, SHEETS["L7160"], source=AddressSource.GROUP, count=3)
        )
    with pytest.raises(UserError, match="No signers selected"):
        export_labels(tmp_path / "c.pdf", LabelJob(case, SHEETS["L7160"]))
    assert list(tmp_path.iterdir()) == []


def test_group_return_labels(tmp_path: Path, case: Case) -> None:
    out = tmp_path / "group.pdf"
    lines = ["Amnesty-Gruppe Zürich", "Postfach 1234", "8021 Zürich"]
    job = LabelJob(
        case,
        SHEETS["3474"],
        source=AddressSource.GROUP,
        count=30,
        group_lines=lines,
        style=AddressStyle("CH"),
    )
    result = export_labels(out, job)
    assert result.pages == 2
    assert_text_inside_labels(PdfReader(out), SHEETS["3474"], 30)
    # The labels go on mail to the US: the group's country is added under the address it typed.
    assert PdfReader(out).pages[0].extract_text().count("SWITZERLAND") == 24


@pytest.mark.parametrize("sheet_id", sorted(SHEETS))
def test_test_page_draws_every_outline_and_number(tmp_path: Path, sheet_id: str) -> None:
    sheet = SHEETS[sheet_id]
    out = tmp_path / "test.pdf"
    export_test_page(out, sheet)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    height = float(page.mediabox.height)
    rects = label_rects(sheet)
    # One stroked outline per label, exactly where the geometry puts it (mm from the top-left corner).
    outlines = [
        (x0 / MM, (height - y1) / MM, x1 / MM, (height - y0) / MM) for x0, y0, x1, y1 in stroked_boxes(page)
    ]
    assert len(outlines) == len(rects) == sheet.labels_per_sheet
    for outline, rect in zip(outlines, rects, strict=True):
        assert outline == pytest.approx((rect.x, rect.y, rect.right, rect.bottom), abs=0.01)
    # Each position number is printed inside its own label, with the sheet's name and size under it.
    numbers = {text: (x / MM, (height - y) / MM) for x, y, _size, text in text_runs(page) if text.isdigit()}
    assert sorted(numbers, key=int) == [str(n) for n in range(1, len(rects) + 1)]
    for number, (x_mm, y_mm) in numbers.items():
        rect = rects[int(number) - 1]
        assert rect.x < x_mm < rect.right and rect.y < y_mm < rect.bottom, number
    size = f"{sheet.label_width:g} × {sheet.label_height:g} mm"
    assert page.extract_text().count(f"{sheet.id} {size}") == len(rects)


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path, case: Case) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="Cannot write"):
        export_labels(not_a_folder / "x.pdf", LabelJob(case, SHEETS["L7160"], count=1))
    with pytest.raises(UserError, match="is a folder"):
        export_labels(tmp_path, LabelJob(case, SHEETS["L7160"], count=1))
