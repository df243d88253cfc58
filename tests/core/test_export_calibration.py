"""Printer calibration: the page, the arithmetic from measurements, the per-printer store, and its effect."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from ua_desktop.core.calibration import Calibration
from ua_desktop.core.calibration_store import CalibrationStore, calibration_from_measurements
from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.errors import UserError
from ua_desktop.core.export.envelopes_job import export_calibration_page
from ua_desktop.core.export.labels_job import LabelJob, export_labels
from ua_desktop.core.export.pdf import MM
from ua_desktop.core.labels.catalogue import LabelCatalogue


def test_exact_printer_gives_no_correction() -> None:
    assert calibration_from_measurements(20, 100, 20, 100).is_identity


def test_measurements_model_scale_then_offset() -> None:
    calibration = calibration_from_measurements(21.0, 101.0, 18.81, 99.0)
    assert calibration.scale_x == pytest.approx(1.01)
    assert calibration.scale_y == pytest.approx(0.99)
    # printed = scale * (drawn + offset): the ruler's 0, drawn at 20 mm, lands where it was measured
    assert calibration.scale_x * (20 + calibration.offset_x_mm) == pytest.approx(21.0, abs=0.01)
    assert calibration.scale_y * (20 + calibration.offset_y_mm) == pytest.approx(18.81, abs=0.01)


@pytest.mark.parametrize("values", [(60, 100, 20, 100), (20, 150, 20, 100), (20, 100, 20, 0)])
def test_implausible_measurements_are_refused(values: tuple[float, ...]) -> None:
    with pytest.raises(UserError):
        calibration_from_measurements(*values)


def test_calibrations_are_saved_per_printer(tmp_path: Path) -> None:
    store = CalibrationStore(tmp_path / "cal.json")
    assert store.get("HP LaserJet").is_identity
    store.set("HP LaserJet", Calibration(1.5, -0.5, 1.01, 0.99))
    store.set("Brother", Calibration(0.2, 0.0, 1.0, 1.0))
    again = CalibrationStore(tmp_path / "cal.json")
    assert again.get("HP LaserJet") == Calibration(1.5, -0.5, 1.01, 0.99)
    assert again.printers() == ["Brother", "HP LaserJet"]
    again.remove("Brother")
    assert again.printers() == ["HP LaserJet"]
    (tmp_path / "cal.json").write_text("garbage", encoding="utf-8")
    assert CalibrationStore(tmp_path / "cal.json").get("HP LaserJet").is_identity


def test_calibration_page_has_rulers_grid_and_instructions(tmp_path: Path) -> None:
    out = tmp_path / "calibration.pdf"
    export_calibration_page(out, (215.9, 279.4), printer="Office printer")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) == pytest.approx(612, abs=0.5)
    text = reader.pages[0].extract_text()
    assert "Printer calibration" in text and "Office printer" in text and "100" in text
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"


def test_calibration_moves_labels(tmp_path: Path, data_dir: Path) -> None:
    case = CaseLibrary(data_dir / "cases").get("ua-034-25")
    sheet = LabelCatalogue.load(None).get("L7160")

    def first_x(calibration: Calibration | None, name: str) -> float:
        out = tmp_path / name
        export_labels(out, LabelJob(case, sheet, count=1, calibration=calibration))
        xs: list[float] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            if text.strip():
                xs.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

        PdfReader(out).pages[0].extract_text(visitor_text=visit)
        return min(xs)

    plain = first_x(None, "plain.pdf")
    moved = first_x(Calibration(offset_x_mm=2.0), "moved.pdf")
    assert plain - moved == pytest.approx(2.0 * MM, abs=0.05)


def _first_text_x(path: Path) -> float:
    xs: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            xs.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return min(xs)


def test_calibration_moves_envelopes_and_letters(tmp_path: Path, data_dir: Path) -> None:
    from ua_desktop.core.export.envelopes import EnvelopeOptions, envelope_size
    from ua_desktop.core.export.envelopes_job import EnvelopeJob, ReturnAddress, export_envelopes
    from ua_desktop.core.export.letters_job import LetterJob, export_letters
    from ua_desktop.core.letter.page_setup import PageSetup
    from ua_desktop.core.letter.signer import LetterSigner

    case = CaseLibrary(data_dir / "cases").get("ua-034-25")
    shift = Calibration(offset_x_mm=-3.0)
    for name, calibration in (("plain", None), ("moved", shift)):
        export_envelopes(
            tmp_path / f"env-{name}.pdf",
            EnvelopeJob(
                case,
                EnvelopeOptions(envelope_size("DL")),
                return_address=ReturnAddress.NONE,
                calibration=calibration,
            ),
        )
        export_letters(
            tmp_path / f"letter-{name}.pdf",
            LetterJob(case, [LetterSigner.sample()], PageSetup(), calibration=calibration),
        )
    for kind in ("env", "letter"):
        moved = _first_text_x(tmp_path / f"{kind}-moved.pdf") - _first_text_x(tmp_path / f"{kind}-plain.pdf")
        assert moved == pytest.approx(3.0 * MM, abs=0.05), kind
